// Staged source: what `git commit` would record. The staged blobs (the index) are compared with HEAD, or with the
// empty tree before the first commit; each changed file's staged blob is read by id (never the working tree) and
// only its added or changed lines count.
//
// One `git diff-index --cached --patch-with-raw -z` gives both the list of changes (NUL-separated, so any file
// name is exact) and the -U0 hunks that say which lines each change added. During a merge the index is compared
// with HEAD: everything the merge brings into the current branch is scanned. The staged blobs are then read from
// their loose files when `git add` left them there (loose.ts), else from git.

import { GitError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Origin } from '../core/types.js';
import { pairKey, parseAddedLines, unionLines, type LineRanges } from './added-lines.js';
import { CatFileReader, readBlobsById, readInOrder, type CatFileObject } from './cat-file.js';
import { gitBufferSync, gitResultSync, isZeroOid } from './git.js';
import { readLooseBlobs } from './loose.js';
import { PlaceIndex } from './place-index.js';
import type { PathFilter, Source, SourceBlob, SourceProgress } from './source.js';

export interface StagedOptions {
  readonly repo: string;
  readonly target: string;
  readonly maxBlobBytes: number;
  readonly skipPath?: PathFilter;
  /** Called once blobs are known to be coming, before they are read (the scan then compiles its rules). */
  readonly onContent?: () => void;
}

/** One staged change that adds content: the staged blob at a path, and the lines it adds (undefined: all). */
export interface StagedChange {
  readonly path: string;
  readonly blob: string;
  readonly lines: LineRanges | undefined;
}

const EMPTY_TREE: Record<string, string> = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
};
const REGULAR_FILE = new Set(['100644', '100755', '100664']);

/** Reads the staged changes of a work tree; see the file comment. */
export class StagedSource implements Source {
  readonly kind = 'staged' as const;
  readonly target: string;
  readonly progress: SourceProgress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private readonly places = new PlaceIndex();
  private reader: CatFileReader | undefined;

  constructor(private readonly options: StagedOptions) {
    this.target = options.target;
  }

  async *blobs(): AsyncGenerator<SourceBlob> {
    // Starting a process costs more than git's work on a commit (docs/performance.md): the diff is the
    // one git process of an ordinary commit, and the blobs are read without one when they can be (below).
    // (Rebuilding files from a full-context patch instead was measured: the JavaScript line handling cost more.)
    const changes = listStagedChanges(this.options.repo, this.diagnostics);
    const order: { blob: string; path: string }[] = [];
    for (const change of changes) {
      if (this.options.skipPath?.(change.path)) continue;
      const origin: Origin = change.lines ? { path: change.path, lines: change.lines } : { path: change.path };
      if (this.places.add(change.blob, origin)) order.push(change);
    }
    this.progress.blobsTotal = order.length;
    if (order.length === 0) return;
    this.options.onContent?.();
    // Usually every staged blob is a loose object that `git add` just wrote: read here, no process started. The
    // others (packed, say) come from one streaming cat-file reader, which keeps memory bounded.
    const loose = readLooseBlobs(this.options.repo, order.map((o) => o.blob), this.options.maxBlobBytes);
    const rest = order.filter((o) => !loose.has(o.blob));
    for (const change of order) {
      const object = loose.get(change.blob);
      if (object) yield this.toBlob(change, object)!;
    }
    if (rest.length === 0) return;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    try {
      // Every request in one write, so git never waits for another round.
      for await (const { index, object } of readInOrder(reader, rest.map((o) => o.blob), rest.length)) {
        const blob = this.toBlob(rest[index]!, object);
        if (blob) yield blob;
      }
    } finally {
      reader.close();
      this.reader = undefined;
    }
  }

  /** The staged blob read for one change, or undefined (and a diagnostic) when it is not in the object store. */
  private toBlob({ blob, path }: { blob: string; path: string }, object: CatFileObject | undefined): SourceBlob | undefined {
    if (!object) {
      this.diagnostics.push({
        code: 'missing-object',
        blobId: blob,
        path,
        detail: `staged blob ${blob} (${path}) is not in the object store; it was not scanned`,
      });
      return undefined;
    }
    this.progress.blobsRead++;
    this.progress.bytesRead += object.size;
    // Only the added lines count: the detector may scan just their surroundings (not a new file's blob).
    const focus = unionLines(this.places.placesOf(blob)!.map((o) => o.lines));
    return { id: blob, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength, path, ...(focus ? { focus } : {}) };
  }

  /** Every staged path that adds content, with its blob and the lines it adds. */
  index(): PlaceIndex {
    return this.places;
  }

  /** Staged blobs again, by id (path-scoped rules that skipped a blob on the first pass). */
  async *readBlobs(blobIds: readonly string[]): AsyncGenerator<SourceBlob> {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }

  async close(): Promise<void> {
    this.reader?.close();
  }
}

/**
 * Lists what the index changes relative to HEAD (or the empty tree before the first commit): one entry per staged
 * file that adds content, with the lines it adds. Deletions, pure renames, symlinks and submodules add no content.
 * Unmerged paths are reported in `diagnostics`. Throws GitError when git cannot answer (not a work tree, no git).
 */
export function listStagedChanges(repo: string, diagnostics: Diagnostic[]): StagedChange[] {
  // Against HEAD first (the usual case, one git call); if that fails, find out why: an unborn HEAD (the first
  // commit) is diffed against the empty tree, anything else is an error with git's reason.
  let output: Buffer;
  let withPatch = true;
  try {
    output = diffIndex(repo, 'HEAD', true);
  } catch (error: unknown) {
    const base = stagedBase(repo);
    try {
      output = diffIndex(repo, base, true);
    } catch (patchError: unknown) {
      // git could not show a staged file (a blob missing from the object store): list the changes without their
      // content, read each blob on its own (a missing one becomes a diagnostic), and count every line.
      try {
        output = diffIndex(repo, base, false);
      } catch {
        throw base === 'HEAD' ? error : patchError;
      }
      withPatch = false;
      const why = (patchError instanceof Error ? patchError.message : String(patchError)).replace(/^.*? failed: /s, '');
      diagnostics.push({ code: 'git-warning', detail: `git could not diff the staged files (${why.split('\n')[0]}); every line of them was scanned` });
    }
  }
  const { entries, patchStart } = parseRaw(output);
  const added = withPatch ? parseAddedLines(output.subarray(patchStart)) : new Map<string, LineRanges | undefined>();
  const changes: StagedChange[] = [];
  for (const e of entries) {
    if (e.status === 'U') {
      diagnostics.push({ code: 'git-warning', path: e.path, detail: `${e.path} is unmerged (a conflict); stage its resolution to have it scanned` });
      continue;
    }
    if (e.status === 'D' || isZeroOid(e.newBlob) || !REGULAR_FILE.has(e.newMode)) continue;
    let lines: LineRanges | undefined;
    if (!isZeroOid(e.oldBlob) && withPatch) {
      const key = pairKey(e.oldBlob, e.newBlob);
      if (added.has(key)) lines = added.get(key);
      else if (e.oldBlob === e.newBlob) lines = [];
      // Otherwise (a type change, a pair git did not diff): every line counts, the safe side.
    }
    if (lines && lines.length === 0) continue;
    changes.push({ path: e.path, blob: e.newBlob, lines });
  }
  return changes;
}

/** The index against `base`: raw entries (NUL-separated), then (with `patch`) the -U0 patch with full blob ids. */
function diffIndex(repo: string, base: string, patch: boolean): Buffer {
  return gitBufferSync(repo, [
    'diff-index',
    '--cached',
    '-z',
    ...(patch ? ['--patch-with-raw', '-U0', '--inter-hunk-context=0'] : ['--raw']),
    '--full-index',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    base,
    '--',
  ]);
}

/** 'HEAD' when it names a commit, else the empty tree of the repository's hash (HEAD unborn: the first commit). */
function stagedBase(repo: string): string {
  // One git call answers all three: is this a work tree, which hash, and does HEAD exist.
  const result = gitResultSync(repo, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '-q', 'HEAD^{commit}']);
  const lines = result.stdout.toString('utf8').split('\n').filter((l) => l !== '');
  if (result.code !== 0 && (lines.length < 2 || result.stderr !== '')) {
    const why = result.stderr || `exit ${result.code}`;
    throw new GitError(
      /must be run in a work tree/.test(why)
        ? `${repo}: --staged needs a work tree (a bare repository has no index)`
        : `git rev-parse failed in ${repo}: ${why}`,
    );
  }
  if (result.code === 0) return 'HEAD';
  const format = lines.at(-1) ?? 'sha1';
  const empty = EMPTY_TREE[format];
  if (!empty) throw new GitError(`${repo}: unsupported object format "${format}"`);
  return empty;
}

interface RawEntry {
  readonly newMode: string;
  readonly oldBlob: string;
  readonly newBlob: string;
  readonly status: string;
  readonly path: string;
}

/** Splits `--patch-with-raw -z` output into the raw entries and the offset where the patch text starts. */
function parseRaw(output: Buffer): { entries: RawEntry[]; patchStart: number } {
  const entries: RawEntry[] = [];
  let pos = 0;
  const next = (): string | undefined => {
    if (pos >= output.length) return undefined;
    let end = output.indexOf(0, pos);
    if (end === -1) end = output.length;
    const token = output.toString('utf8', pos, end);
    pos = end + 1;
    return token;
  };
  while (pos < output.length && output[pos] === 58 /* : */) {
    const meta = next()!;
    // :oldmode newmode oldblob newblob status
    const [, newMode = '', oldBlob = '', newBlob = '', status = ''] = meta.slice(1).split(' ');
    const first = next();
    if (first === undefined) break;
    const renamed = status.startsWith('R') || status.startsWith('C');
    const path = renamed ? (next() ?? first) : first;
    entries.push({ newMode, oldBlob, newBlob, status: status.charAt(0), path });
  }
  // The raw part ends with an empty record (a lone NUL) before the patch.
  if (output[pos] === 0) pos++;
  return { entries, patchStart: pos };
}

/**
 * The paths whose staged version differs from HEAD (from the empty tree before the first commit), relative to the
 * top of the work tree; undefined when `repo` is not in a work tree. One git process, no content read: a hook
 * manager's file list is checked against it to tell a commit from a whole-repository run.
 */
export function stagedPaths(repo: string): Set<string> | undefined {
  const result = gitResultSync(repo, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-color']);
  if (result.code !== 0) return undefined;
  return new Set(result.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
}
