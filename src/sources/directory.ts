// Directory source: the files on disk under a folder (git or not), or only the files named in a list (a hook
// manager's file list), each unique content scanned once.

import { createHash } from 'node:crypto';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { PlaceIndex } from './place-index.js';
import type { PathFilter, Source, SourceBlob, SourceProgress } from './source.js';

/** Git's blob id of some bytes, so directory and history scans name the same content the same way. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

const SKIP_DIRS = new Set(['.git']);
/** How many named files are looked up at once. */
const NAMED_BATCH = 256;

export class DirectorySource implements Source {
  readonly kind = 'tree' as const;
  readonly progress: SourceProgress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private readonly places = new PlaceIndex();

  constructor(
    private readonly root: string,
    readonly target: string,
    private readonly maxBlobBytes: number,
    private readonly skipPath?: PathFilter,
    /** Only these files (paths relative to `root`, '/'-separated; a folder stands for the files under it). */
    private readonly files?: readonly string[],
  ) {}

  async *blobs(): AsyncGenerator<SourceBlob> {
    // A single file given as the root is scanned under its own name.
    const single = this.files === undefined && (await lstat(this.root)).isFile();
    const files = single ? [this.root] : this.files ? this.named(this.files) : this.walk(this.root);
    for await (const file of files) {
      const path = single ? basename(file) : relative(this.root, file).split(sep).join('/');
      if (this.skipPath?.(path)) continue;
      const read = await this.read(file, path);
      if (!read) continue;
      const id = blobId(read.hashBytes);
      if (!this.places.add(id, { path })) continue;
      this.progress.blobsRead++;
      this.progress.bytesRead += read.size;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength, path };
    }
  }

  /** Reads a file whole, or only its head when it is over the limit (then the id hashes the head and size). */
  private async read(file: string, path: string): Promise<{ bytes: Uint8Array; hashBytes: Uint8Array; size: number } | undefined> {
    try {
      const handle = await open(file, 'r');
      try {
        const { size } = await handle.stat();
        if (size <= this.maxBlobBytes) {
          const bytes = await handle.readFile();
          return { bytes, hashBytes: bytes, size: bytes.byteLength };
        }
        const head = Buffer.alloc(8192);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const bytes = head.subarray(0, bytesRead);
        return { bytes, hashBytes: Buffer.concat([bytes, Buffer.from(`\0${size}`)]), size };
      } finally {
        await handle.close();
      }
    } catch (error: unknown) {
      this.diagnostics.push({
        code: 'read-error',
        path,
        detail: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      return undefined;
    }
  }

  /**
   * The named files in the order given, each once. A named file that is not there is a read error (a hook must not
   * pass what it was asked to scan and could not); a symbolic link is skipped, as in a walk (git stores only its
   * target's name); a named folder stands for the files below it.
   */
  private async *named(files: readonly string[]): AsyncGenerator<string> {
    const seen = new Set<string>();
    const unique: { name: string; full: string }[] = [];
    for (const name of files) {
      const full = join(this.root, ...name.split('/'));
      if (!seen.has(full)) seen.add(full), unique.push({ name, full });
    }
    // Looked up a batch at a time: one lstat after another waits on the thread pool once per file, which made a
    // long list slower than a walk of the same tree.
    for (let start = 0; start < unique.length; start += NAMED_BATCH) {
      const batch = unique.slice(start, start + NAMED_BATCH);
      const looked = await Promise.all(batch.map(({ full }) => lstat(full).then((stats) => stats, (error: unknown) => error as NodeJS.ErrnoException)));
      for (let i = 0; i < batch.length; i++) {
        const { name, full } = batch[i]!;
        const stats = looked[i]!;
        if (stats instanceof Error) {
          this.diagnostics.push({ code: 'read-error', path: name, detail: `cannot read ${name}: ${stats.code ?? String(stats)}` });
        } else if (stats.isDirectory()) yield* this.walk(full);
        else if (stats.isFile()) yield full;
      }
    }
  }

  /** Regular files below `dir` in name order; symbolic links are not followed. */
  private async *walk(dir: string): AsyncGenerator<string> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error: unknown) {
      this.diagnostics.push({
        code: 'read-error',
        path: relative(this.root, dir) || '.',
        detail: `cannot list ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) yield* this.walk(full);
      } else if (entry.isFile()) {
        yield full;
      }
    }
  }

  async *readBlobs(blobIds: readonly string[]): AsyncGenerator<SourceBlob> {
    for (const id of blobIds) {
      const path = this.places.placesOf(id)?.[0]?.path;
      if (path === undefined) continue;
      const single = this.files === undefined && (await lstat(this.root)).isFile();
      const read = await this.read(single ? this.root : join(this.root, ...path.split('/')), path);
      // A file changed since the first pass is not the blob asked for.
      if (!read || blobId(read.hashBytes) !== id) continue;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength };
    }
  }

  /** Every file read, at each path where its content sits. */
  index(): PlaceIndex {
    return this.places;
  }

  async close(): Promise<void> {}
}
