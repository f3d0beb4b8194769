// Git history source: one `git log --raw` walk finds every blob introduced by the walked commits (and where),
// and one long-running `git cat-file --batch` streams each unique blob's content exactly once.
//
// Why a log walk rather than `rev-list --objects` or `--batch-all-objects`: the walk yields each blob with the
// commit and path that introduced it, in an order that git reads faster than pack order (git/git: 13.3 s versus
// 16.4 s for the same 262k blobs), and it skips unreachable objects. Merges are combined diffs: a merge lists only
// the files that differ from every parent, i.e. content written in the merge itself (a conflict resolution). Any
// other file of a merge is some parent's, and the walk meets it where that parent's history introduced it. Diffing
// merges against their first parent instead would list everything a merged branch brought (git/git: 5 of 17 CPU s
// of the walk, 40 of 110 MB of its output) only for those blobs to be attributed to the branch's commits anyway; in
// a range scan it would also count content merged in from outside the range as new.
//
// Range scans can also restrict findings to the lines each commit added (`addedLines`): the walk keeps the parents'
// blob ids of every introduction, and once the blobs with matches are known, the index (history-index.ts) diffs each
// against its parents' blobs with -U0 to say which lines are new (for a merge, new relative to every parent). An old
// secret in a file that a commit of the range merely touches is then not reported again.

import type { Diagnostic } from '../core/diagnostic.js';
import type { ScanKind } from '../core/report.js';
import { CatFileReader, readBlobsById, type CatFileObject } from './cat-file.js';
import { gitMaybe, gitRecords, isZeroOid } from './git.js';
import { HistoryIndex, type StoredIntro } from './history-index.js';
import { IntroTable } from './intro-table.js';
import { WalkQueue } from './walk-queue.js';
import type { PathFilter, Source, SourceBlob, SourceProgress } from './source.js';

export type { StoredIntro } from './history-index.js';

export interface HistoryOptions {
  readonly repo: string;
  readonly kind: ScanKind;
  readonly target: string;
  /** Revision arguments for `git log`, e.g. ['--all'] or ['A..B']. */
  readonly revs: readonly string[];
  /** Blobs larger than this are not read whole (only their head, for hygiene checks). */
  readonly maxBlobBytes: number;
  readonly skipPath?: PathFilter;
  /** Report only the lines each introducing commit added (range scans); whole blobs otherwise. */
  readonly addedLines?: boolean;
  /**
   * Asked once per unique blob the walk finds; true means the caller already has that blob's scan (the cache), so it
   * is not read. Its introductions are still recorded for `origins`.
   */
  readonly known?: (blobId: string, path: string) => boolean;
  /**
   * Walk from exactly these commits (resolved once with `resolveTips`) instead of `revs`, so that what was walked
   * can be recorded and a later scan can walk only what is new.
   */
  readonly tips?: readonly string[];
  /** An earlier walk whose commits are skipped (incremental audit): see WalkState. Requires `tips`. */
  readonly since?: WalkState;
}

/** What a later scan needs from an earlier walk to skip its commits and still attribute every finding. */
export interface WalkState {
  /** The commits that walk started from; each must still be reachable for the state to be reused. */
  readonly tips: readonly string[];
  readonly commits: number;
  /** Introductions of the blobs that had results (matches, diagnostics, too large). */
  readonly intros: ReadonlyMap<string, readonly StoredIntro[]>;
  /** Blobs that were missing from the object store, with the path they were first met at: asked for again. */
  readonly missing: readonly (readonly [blob: string, path: string])[];
}

/** Requests kept queued in cat-file ahead of the blob being consumed. */
const READ_HIGH = 512;
const READ_LOW = 128;

/** Reads blobs introduced by a set of commits; see the file comment. */
export class HistorySource implements Source {
  readonly kind: ScanKind;
  readonly target: string;
  readonly progress: SourceProgress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics: Diagnostic[] = [];
  /** What the walk records (commits, paths, introductions), asked after it. */
  private readonly known: HistoryIndex;
  private reader: CatFileReader | undefined;

  constructor(private readonly options: HistoryOptions) {
    this.kind = options.kind;
    this.target = options.target;
    const since = options.since;
    if (since) this.progress.commits = since.commits;
    // The earlier walk's introductions of blobs with results, so the index answers as a full walk would.
    this.known = new HistoryIndex({
      repo: options.repo,
      diagnostics: this.diagnostics,
      ...(options.addedLines ? { addedLines: true } : {}),
      ...(since ? { preloaded: since.intros } : {}),
    });
  }

  /** The walk's commits, paths and introductions (complete once `blobs()` is exhausted). */
  index(): HistoryIndex {
    return this.known;
  }

  async *blobs(): AsyncGenerator<SourceBlob> {
    // No revisions means nothing to walk (a push that adds no commit), never `git log`'s default of HEAD.
    if (this.options.revs.length === 0) return;
    // In a partial clone, the blobs present locally: others are never asked for (so never fetched), nor diffed.
    const present = await this.presentObjects();
    this.known.usePresent(present);
    // Reads land in buffers the reader reuses: a blob's bytes are valid until it is released, right after the
    // consumer has taken it (the scan copies what it keeps; see BlobScanner.submit and REUSE_MAX_OBJECT).
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes, { reuse: true });
    this.reader = reader;
    const inFlight: { id: string; path: string; read: Promise<CatFileObject | undefined> }[] = [];
    const request = (id: string, path: string): void => {
      const read = present && !present.has(id) ? Promise.resolve(undefined) : reader.read(id);
      read.catch(() => undefined);
      inFlight.push({ id, path, read });
    };
    const queue = this.startWalk();
    try {
      // Keep between LOW and HIGH requests queued in git so it never waits for us, sent in one write each round.
      for (;;) {
        while (inFlight.length < READ_HIGH && queue.pending) {
          const [blob, path] = queue.shift();
          request(typeof blob === 'number' ? this.known.blobOf(blob) : blob, this.known.pathName(path));
        }
        reader.flush();
        if (inFlight.length === 0) {
          if (!queue.walking) break;
          await queue.more();
          continue;
        }
        // Consume at least one blob (this is where the loop waits), and down to LOW while git has plenty queued.
        do {
          const next = inFlight.shift()!;
          const object = await next.read;
          const blob = this.delivered(next.id, next.path, object);
          if (blob && object) {
            yield blob;
            reader.release(object);
          }
        } while (inFlight.length > READ_LOW || (inFlight.length > 0 && !queue.walking && !queue.pending));
      }
      await queue.done;
      if (queue.error) throw queue.error;
    } finally {
      reader.close();
      this.reader = undefined;
    }
  }

  /**
   * Starts the walk, which runs on its own, as fast as git produces it: it is small next to the blobs, attribution
   * needs all of it anyway, and a walk throttled by the scan leaves both git processes waiting on each other. Blobs an
   * earlier walk could not read come first: they may have arrived since.
   */
  private startWalk(): WalkQueue {
    const queue = new WalkQueue();
    const recheck = new Set<string>();
    for (const [blob, path] of this.options.since?.missing ?? []) {
      if (recheck.has(blob)) continue;
      recheck.add(blob);
      queue.push(blob, this.known.pathId(path));
    }
    queue.run(async () => {
      for await (const change of this.walk()) {
        if (recheck.size > 0 || this.options.known) {
          const id = this.known.blobOf(change.entry);
          if (recheck.has(id) || this.options.known?.(id, this.known.pathName(change.path))) continue;
        }
        queue.push(change.entry, change.path);
      }
    });
    return queue;
  }

  /** The blob read for a request, counted; or undefined, with a diagnostic, when it is not in the object store. */
  private delivered(id: string, path: string, object: CatFileObject | undefined): SourceBlob | undefined {
    if (!object) {
      this.diagnostics.push({
        code: 'missing-object',
        blobId: id,
        path,
        detail: `blob ${id} (${path}) is not in the object store (partial or shallow clone, or a damaged repository); it was not scanned`,
      });
      return undefined;
    }
    this.progress.blobsRead++;
    this.progress.bytesRead += object.size;
    return { id, bytes: object.bytes, size: object.size, truncated: object.size > this.options.maxBlobBytes, path };
  }

  /**
   * In a partial clone, asking cat-file for an absent blob would fetch it from the promisor remote (a network
   * call, and git 2.39 has no switch to stop it). There, list the objects present locally and never ask for others.
   */
  private async presentObjects(): Promise<Set<string> | undefined> {
    const partial = await gitMaybe(this.options.repo, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$']);
    if (!partial?.split('\n').some((line) => /^extensions\.partialclone \S|\.promisor true$/i.test(line.trim()))) return undefined;
    const present = new Set<string>();
    for await (const line of gitRecords(this.options.repo, ['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)'], 10)) {
      if (line.endsWith(' blob')) present.add(line.slice(0, line.indexOf(' ')));
    }
    return present;
  }

  /** Streams the walk: records commits and introductions, yields each new blob's table entry and path. */
  private async *walk(): AsyncGenerator<{ entry: number; path: number }> {
    const { tips, since } = this.options;
    const args = [
      'log',
      ...(tips ? ['--stdin'] : this.options.revs),
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '--diff-merges=combined',
      '-z',
      '--format=%x01%H %ct',
      '--',
    ];
    let commit = -1;
    let pendingEntry: string | undefined;
    const input = tips ? `${[...tips, ...(since?.tips ?? []).map((t) => `^${t}`)].join('\n')}\n` : undefined;
    if (tips && tips.length === 0) return;
    for await (let token of gitRecords(this.options.repo, args, 0, input)) {
      if (token.charCodeAt(0) === 10) token = token.slice(1);
      if (pendingEntry !== undefined) {
        const entry = pendingEntry;
        pendingEntry = undefined;
        const change = this.parseEntry(entry, token, commit);
        if (change) yield change;
        continue;
      }
      if (token.charCodeAt(0) === 1) {
        const space = token.indexOf(' ');
        commit = this.known.addCommit(token.slice(1, space), Number(token.slice(space + 1)));
        this.progress.commits++;
      } else if (token.charCodeAt(0) === 58) {
        pendingEntry = token;
      }
    }
  }

  /**
   * Parses a raw entry (`:old new oldsha newsha S` or the combined `::...` form) and records the introduction;
   * returns the blob's table entry and path index only the first time the walk meets the blob.
   */
  private parseEntry(entry: string, path: string, commit: number): { entry: number; path: number } | undefined {
    let parents = 0;
    while (entry.charCodeAt(parents) === 58) parents++;
    const fields = entry.slice(parents).split(' ');
    const mode = fields[parents];
    const blob = fields[2 * parents + 1];
    const status = fields[2 * parents + 2] ?? '';
    if (!mode || !blob || isZeroOid(blob) || status.startsWith('D') || !IntroTable.isId(blob)) return undefined;
    // Only regular files: symlinks hold a path, gitlinks (submodules) a commit id.
    if (mode !== '100644' && mode !== '100755' && mode !== '100664') return undefined;
    if (commit < 0 || this.options.skipPath?.(path)) return undefined;
    const p = this.known.pathId(path);
    const e = this.known.record(blob, p, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : undefined);
    return e < 0 ? undefined : { entry: e, path: p };
  }

  async *readBlobs(blobIds: readonly string[]): AsyncGenerator<SourceBlob> {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }

  async close(): Promise<void> {
    this.reader?.close();
  }
}
