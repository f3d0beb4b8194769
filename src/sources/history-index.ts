// The history source's index: the commits, paths and introductions its `git log --raw` walk recorded, and the
// questions the scan asks once the walk is over. Origins name commits (author, date, subject) from one
// `git log --no-walk` call; range scans with added-line attribution also diff each introduction against its parents'
// blobs; HEAD presence comes from one listing of HEAD's tree.

import type { Diagnostic } from '../core/diagnostic.js';
import type { CommitInfo, Origin } from '../core/types.js';
import { intersectLines, pairKey, parseAddedLines, type LineRanges } from './added-lines.js';
import { CommitTable } from './commit-table.js';
import { git, gitBuffer, gitRecords, isZeroOid } from './git.js';
import { IntroTable, type Intro } from './intro-table.js';
import type { PathEntry, SourceIndex } from './source.js';

/** One introduction of a blob: path, commit id, commit time (seconds). */
export type StoredIntro = readonly [path: string, commit: string, time: number];

/** Blob diffs run at once while attributing findings to added lines. */
const DIFF_CONCURRENCY = 4;

export interface HistoryIndexOptions {
  readonly repo: string;
  /** Origins carry the lines each introducing commit added (range scans). */
  readonly addedLines?: boolean;
  /** Where problems met while answering go (the source's diagnostics). */
  readonly diagnostics: Diagnostic[];
  /** An earlier walk's introductions of blobs with results, so that `origins` answers as a full walk would. */
  readonly preloaded?: ReadonlyMap<string, readonly StoredIntro[]>;
}

/** What a history walk recorded: see the file comment. */
export class HistoryIndex implements SourceIndex {
  private readonly commits = new CommitTable();
  private readonly pathNames: string[] = [];
  private readonly pathIndex = new Map<string, number>();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  private readonly intros = new IntroTable();
  /** `paths()`, until the next introduction is recorded. */
  private pathList: PathEntry[] | undefined;
  /** In a partial clone, the blobs present locally (a parent blob not among them is never diffed). */
  private present: ReadonlySet<string> | undefined;
  /** Commits below this index come from the earlier walk: ancestors or strangers of every walked commit. */
  private readonly preloaded: number = 0;

  constructor(private readonly options: HistoryIndexOptions) {
    if (!options.preloaded) return;
    const commitIndex = new Map<string, number>();
    for (const [blob, list] of options.preloaded) {
      for (const [path, id, time] of list) {
        let c = commitIndex.get(id);
        if (c === undefined) {
          c = this.commits.push(id, time);
          commitIndex.set(id, c);
        }
        if (IntroTable.isId(blob)) this.record(blob, this.pathId(path), c);
      }
    }
    this.preloaded = this.commits.length;
  }

  /** The walk met a commit; returns its index. */
  addCommit(id: string, time: number): number {
    return this.commits.push(id, time);
  }

  /** The index of a path, added on first use. */
  pathId(path: string): number {
    let p = this.pathIndex.get(path);
    if (p === undefined) {
      p = this.pathNames.length;
      this.pathNames.push(path);
      this.pathIndex.set(path, p);
    }
    return p;
  }

  pathName(p: number): string {
    return this.pathNames[p]!;
  }

  /** The hex id of a blob's table entry. */
  blobOf(entry: number): string {
    return this.intros.idOf(entry);
  }

  /**
   * Records that commit index `commit` introduced `blob` at path index `p` (`parents`: the blob at that path in each
   * parent, for added lines); returns the blob's new table entry, or -1 if it was known.
   */
  record(blob: string, p: number, commit: number, parents?: readonly string[]): number {
    this.pathList = undefined;
    return this.intros.record(blob, commit, p, parents, this.earlier);
  }

  /** The blobs present in a partial clone (others are never asked for, so never fetched). */
  usePresent(present: ReadonlySet<string> | undefined): void {
    this.present = present;
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

  /** Lines of `now` that are not in `old`; undefined when git treats the pair as binary. */
  private async diffBlobs(old: string, now: string): Promise<LineRanges | undefined> {
    if (old === now) return [];
    if (this.present && !this.present.has(old)) {
      this.options.diagnostics.push({
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
      this.options.diagnostics.push({
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
}
