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
// blob ids of every introduction, and once the blobs with matches are known, a -U0 diff against each parent's blob
// says which lines are new (for a merge, new relative to every parent). An old secret in a file that a commit of the
// range merely touches is then not reported again.

import type { CommitInfo, Diagnostic, Origin, ScanKind } from '../core/types.js';
import { intersectLines, pairKey, parseAddedLines, type LineRanges } from './added-lines.js';
import { CatFileReader, readBlobsById, type CatFileObject } from './cat-file.js';
import { git, gitBuffer, gitMaybe, gitRecords, isZeroOid } from './git.js';
import { CommitTable } from './commit-table.js';
import { IntroTable, type Intro } from './intro-table.js';
import { WalkQueue } from './walk-queue.js';
import type { PathEntry, PathFilter, Source, SourceBlob, SourceProgress } from './source.js';

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

/** One introduction of a blob: path, commit id, commit time (seconds). */
export type StoredIntro = readonly [path: string, commit: string, time: number];

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

/** Blob diffs run at once while attributing findings to added lines. */
const DIFF_CONCURRENCY = 4;

/** Reads blobs introduced by a set of commits; see the file comment. */
export class HistorySource implements Source {
  readonly kind: ScanKind;
  readonly target: string;
  readonly progress: SourceProgress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private readonly commits = new CommitTable();
  private readonly pathNames: string[] = [];
  private readonly pathIndex = new Map<string, number>();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  private readonly intros = new IntroTable();
  /** `paths()`, until the next introduction is recorded. */
  private pathList: PathEntry[] | undefined;
  private reader: CatFileReader | undefined;
  /** In a partial clone, the blobs present locally (others are never asked for, so never fetched). */
  private present: Set<string> | undefined;
  private readonly commitIndex = new Map<string, number>();
  /** Commits below this index come from the earlier walk (`since`): ancestors or strangers of every walked commit. */
  private preloaded = 0;

  constructor(private readonly options: HistoryOptions) {
    this.kind = options.kind;
    this.target = options.target;
    const since = options.since;
    if (since) {
      // The earlier walk's introductions of blobs with results, so `origins` answers as a full walk would.
      this.progress.commits = since.commits;
      for (const [blob, list] of since.intros) {
        for (const [path, id, time] of list) {
          let c = this.commitIndex.get(id);
          if (c === undefined) {
            c = this.commits.push(id, time);
            this.commitIndex.set(id, c);
          }
          if (IntroTable.isId(blob)) this.recordIntro(blob, this.pathId(path), c);
        }
      }
      this.preloaded = this.commits.length;
    }
  }

  /** The introductions of these blobs, for a later incremental scan (see WalkState). */
  introductions(blobIds: Iterable<string>): Map<string, StoredIntro[]> {
    const out = new Map<string, StoredIntro[]>();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      out.set(
        id,
        this.intros.intros(e).map((i) => [this.pathNames[i.path]!, this.commits.id(i.commit), this.commits.time(i.commit)] as const),
      );
    }
    return out;
  }

  async *blobs(): AsyncGenerator<SourceBlob> {
    // No revisions means nothing to walk (a push that adds no commit), never `git log`'s default of HEAD.
    if (this.options.revs.length === 0) return;
    const present = await this.presentObjects();
    this.present = present;
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
          request(typeof blob === 'number' ? this.intros.idOf(blob) : blob, this.pathNames[path]!);
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
      queue.push(blob, this.pathId(path));
    }
    queue.run(async () => {
      for await (const change of this.walk()) {
        if (recheck.size > 0 || this.options.known) {
          const id = this.intros.idOf(change.entry);
          if (recheck.has(id) || this.options.known?.(id, this.pathNames[change.path]!)) continue;
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
        commit = this.commits.push(token.slice(1, space), Number(token.slice(space + 1)));
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
    const p = this.pathId(path);
    const e = this.recordIntro(blob, p, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : undefined);
    return e < 0 ? undefined : { entry: e, path: p };
  }

  private pathId(path: string): number {
    let p = this.pathIndex.get(path);
    if (p === undefined) {
      p = this.pathNames.length;
      this.pathNames.push(path);
      this.pathIndex.set(path, p);
    }
    return p;
  }

  /** Records that `commit` introduced `blob` at path index `p`; returns the blob's new table entry, or -1 if known. */
  private recordIntro(blob: string, p: number, commit: number, parents?: readonly string[]): number {
    this.pathList = undefined;
    return this.intros.record(blob, commit, p, parents, this.earlier);
  }

  /**
   * Whether `now` is an earlier introduction than `old`: the walk goes newest first, so an older commit (or an equal
   * time seen later) is. A commit of the earlier walk stays before one of this walk at an equal time, as in one walk
   * of everything.
   */
  private readonly earlier = (now: number, old: number): boolean => {
    const time = this.commits.time(now);
    const other = this.commits.time(old);
    return time < other || (time === other && old >= this.preloaded);
  };

  async origins(blobIds: readonly string[]): Promise<Map<string, Origin[]>> {
    const wanted = new Map<string, Intro[]>();
    const commits = new Set<number>();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      const list = this.sortedIntros(this.intros.intros(e));
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const [info, lines] = await Promise.all([this.commitInfo([...commits].map((c) => this.commits.id(c))), this.addedLinesOf(wanted)]);
    const out = new Map<string, Origin[]>();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commits.id(intro.commit));
          const origin: Origin = commit ? { path: this.pathNames[intro.path]!, commit } : { path: this.pathNames[intro.path]! };
          const added = lines.get(intro);
          return added ? { ...origin, lines: added } : origin;
        }),
      );
    }
    return out;
  }

  /** Introductions earliest first: commit time, then path, then commit id (never the order the walk met them in). */
  private sortedIntros(known: Intro[]): Intro[] {
    if (known.length === 1) return known;
    const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    return known
      .slice()
      .sort(
        (a, b) =>
          this.commits.time(a.commit) - this.commits.time(b.commit) ||
          cmp(this.pathNames[a.path]!, this.pathNames[b.path]!) ||
          cmp(this.commits.id(a.commit), this.commits.id(b.commit)),
      );
  }

  firstPaths(blobIds: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e >= 0) out.set(id, this.pathNames[this.sortedIntros(this.intros.intros(e))[0]!.path]!);
    }
    return out;
  }

  /** With `addedLines`: per introduction, the lines new relative to every parent (absent: every line counts). */
  private async addedLinesOf(wanted: ReadonlyMap<string, Intro[]>): Promise<Map<Intro, LineRanges>> {
    const out = new Map<Intro, LineRanges>();
    if (!this.options.addedLines) return out;
    const pairs = new Map<string, { old: string; now: string }>();
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        for (const parent of intro.parents ?? []) if (!isZeroOid(parent)) pairs.set(pairKey(parent, blob), { old: parent, now: blob });
      }
    }
    const diffs = new Map<string, LineRanges | undefined>();
    const queue = [...pairs];
    const work = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { old, now }] = next;
        diffs.set(key, await this.diffBlobs(old, now));
      }
    };
    await Promise.all(Array.from({ length: Math.min(DIFF_CONCURRENCY, queue.length) }, work));
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        let lines: LineRanges | undefined;
        for (const parent of intro.parents ?? []) {
          // A parent without the file, or a binary diff, leaves every line new relative to that parent.
          const relative = isZeroOid(parent) ? undefined : diffs.get(pairKey(parent, blob));
          if (relative) lines = lines ? intersectLines(lines, relative) : relative;
        }
        if (lines) out.set(intro, lines);
      }
    }
    return out;
  }

  async *readBlobs(blobIds: readonly string[]): AsyncGenerator<SourceBlob> {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }

  /** Computed once per state of the walk: a whole-history scan asks several times (262k blobs on git/git). */
  paths(): Iterable<PathEntry> {
    if (this.pathList) return this.pathList;
    const byPath: string[][] = this.pathNames.map(() => []);
    for (let e = 0; e < this.intros.size; e++) {
      const blob = this.intros.idOf(e);
      byPath[this.intros.pathOf(e)]!.push(blob);
      for (const intro of this.intros.morePaths(e)) byPath[intro.path]!.push(blob);
    }
    // Sorted, so that what is derived from the entries never depends on the order the walk met the blobs in.
    const list: PathEntry[] = [];
    for (const [i, blobIds] of byPath.entries()) if (blobIds.length > 0) list.push({ path: this.pathNames[i]!, blobIds: blobIds.sort() });
    return (this.pathList = list);
  }

  async headBlobs(wanted: (path: string) => boolean): Promise<Map<string, string> | undefined> {
    const out = new Map<string, string>();
    try {
      for await (const record of gitRecords(this.options.repo, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], 0)) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const path = record.slice(tab + 1);
        if (!wanted(path)) continue;
        const [, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob' && oid) out.set(path, oid);
      }
    } catch {
      return undefined;
    }
    return out;
  }

  /** Lines of `now` that are not in `old`; undefined when git treats the pair as binary. */
  private async diffBlobs(old: string, now: string): Promise<LineRanges | undefined> {
    if (old === now) return [];
    if (this.present && !this.present.has(old)) {
      this.diagnostics.push({
        code: 'missing-parent',
        blobId: old,
        detail: `blob ${old} is not in the object store (partial clone); every line of ${now} counts as added`,
      });
      return undefined;
    }
    try {
      const patch = await gitBuffer(this.options.repo, [
        'diff',
        '-U0',
        '--inter-hunk-context=0',
        '--full-index',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        old,
        now,
      ]);
      const added = parseAddedLines(patch);
      return added.has(pairKey(old, now)) ? added.get(pairKey(old, now)) : undefined;
    } catch (error: unknown) {
      // A parent blob missing from a partial clone: count every line, and say why.
      this.diagnostics.push({
        code: 'missing-parent',
        blobId: old,
        detail: `cannot diff ${old.slice(0, 12)} against ${now.slice(0, 12)} to find the added lines (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); every line of ${now.slice(0, 12)} counts`,
      });
      return undefined;
    }
  }

  /** Author, date and subject of the given commits, in one git call. */
  private async commitInfo(ids: readonly string[]): Promise<Map<string, CommitInfo>> {
    const out = new Map<string, CommitInfo>();
    if (ids.length === 0) return out;
    const text = await git(
      this.options.repo,
      ['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x00%an%x00%ae%x00%aI%x00%s'],
      `${ids.join('\n')}\n`,
    );
    const fields = text.split('\0');
    for (let i = 0; i + 4 < fields.length; i += 5) {
      const id = fields[i]!.replace(/^\n/, '');
      out.set(id, { id, author: fields[i + 1]!, email: fields[i + 2]!, date: fields[i + 3]!, summary: fields[i + 4]! });
    }
    return out;
  }

  async close(): Promise<void> {
    this.reader?.close();
  }
}
