// Incremental audits for the scan (scan/plan.ts opens one): joins the scan cache (incremental/store.ts) and the
// history source's walk so that a second scan of a repository reads only blobs it has not scanned and walks only
// commits it has not walked, and still reports the same findings, attributions, diagnostics and counts as a scan from
// scratch.
//
// Blob level: every blob scanned is recorded with its results (and what the file rules learnt from its head) under a
// key of the effective rules; a later walk that meets it replays the stored results instead of reading it. Walk level
// (whole-history scans only): the refs walked are stored too, with the introductions of every blob a later scan
// needs from the part of history it will not walk: blobs with results, and the blobs the file rules and health
// figures need (see FileScan.relevantBlobs: notable facts, attribute files, the largest, every blob at a path a file
// rule looks at). When every stored ref is still reachable from the current refs (history only grew), the next walk
// is `git log <refs> --not <stored refs>`, those blobs are replayed with their stored paths, and the stored counts
// stand for the part of history not walked again. Otherwise (a force push, a deleted branch) the whole history is
// walked and only the blob level applies. What depends on HEAD (is a large blob still there?) is never stored.

import { resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import { privateDirectory, repositoryCacheDir } from '../../core/cache-dir.js';
import { cacheKey, ScanCache, type CachedBlob, type StoredWalk, type WalkTotals } from './store.js';
import { gitMaybe } from '../../sources/git.js';
import type { HistorySource, WalkState } from '../../sources/history.js';
import { allReachable, resolveTips } from '../../sources/revisions.js';

export class IncrementalScan {
  /** Blobs with results (or too large) in this run: the ones whose introductions the next walk needs. */
  private readonly notable = new Set<string>();

  private constructor(
    private readonly cache: ScanCache,
    /** Refs walked in this run (undefined for range scans: only the blob level applies). */
    readonly tips: readonly string[] | undefined,
    /** The stored walk this run continues, when it could be reused. */
    private readonly previous: StoredWalk | undefined,
  ) {}

  /** Opens the cache of a git repository; undefined when `repo` is not one (the source reports that). */
  static async open(
    repo: string,
    keyParts: unknown,
    wholeHistory: boolean,
    diagnostics: Diagnostic[],
  ): Promise<IncrementalScan | undefined> {
    const out = await gitMaybe(repo, ['rev-parse', '--show-object-format', '--git-common-dir']);
    const [format, gitDir] = out?.split('\n') ?? [];
    if (!format || !gitDir) return undefined;
    // In the user's cache directory, never under the repository's git directory (core/cache-dir.ts).
    const dir = privateDirectory(repositoryCacheDir(resolve(repo, gitDir)));
    if (dir === undefined) return undefined;
    const cache = await ScanCache.open(dir, cacheKey(keyParts), format === 'sha256' ? 32 : 20, diagnostics);
    if (!wholeHistory) return new IncrementalScan(cache, undefined, undefined);
    const tips = await resolveTips(repo);
    const stored = await cache.loadWalk(diagnostics);
    // Reuse the stored walk only if history only grew and every blob it relies on is still in the cache (or was
    // missing from the object store: those are asked for again).
    const missing = new Set(stored?.missing.map(([id]) => id));
    const usable =
      stored !== undefined &&
      Object.keys(stored.intros).every((id) => missing.has(id) || cache.lookup(id, false) !== undefined) &&
      (await allReachable(repo, stored.tips, tips));
    return new IncrementalScan(cache, tips, usable ? stored : undefined);
  }

  /** Counts of the part of history this run does not walk again (undefined: the whole history is walked). */
  get totals(): WalkTotals | undefined {
    return this.previous?.totals;
  }

  /** Blobs replayed from the cache. */
  get hits(): number {
    return this.cache.hitCount;
  }

  /** The stored walk in the source's terms. */
  get since(): WalkState | undefined {
    const walk = this.previous;
    if (!walk) return undefined;
    return {
      tips: walk.tips,
      commits: walk.commits,
      intros: new Map(Object.entries(walk.intros)),
      missing: walk.missing,
    };
  }

  /** Commits of the stored walk that this run does not walk again (0: the whole history is walked). */
  get reusedCommits(): number {
    return this.previous?.commits ?? 0;
  }

  /** Replays the stored blobs of the part of history not walked again, each with the paths it was introduced at. */
  replayStored(replay: (hit: CachedBlob, paths: readonly string[]) => void): void {
    const walk = this.previous;
    if (!walk) return;
    for (const [id, list] of Object.entries(walk.intros)) {
      const hit = this.cache.lookup(id);
      if (!hit) continue;
      this.note(hit);
      replay(hit, [...new Set(list.map(([path]) => path))]);
    }
  }

  /**
   * Asked by the source for each blob the walk meets: undefined means read and scan it. A blob already counted in
   * the stored walk is reported as `counted` (its results were replayed by replayStored).
   */
  lookup(id: string): { hit: CachedBlob; counted: boolean } | undefined {
    const hit = this.cache.lookup(id);
    if (!hit) return undefined;
    const counted = this.previous !== undefined && hit.walked === true;
    if (!counted) this.note(hit);
    return { hit, counted };
  }

  /** Records a blob scanned (or found too large) in this run. */
  add(blob: CachedBlob): void {
    this.note(blob);
    this.cache.add(blob);
  }

  /**
   * After a complete scan: stores the blobs and, for whole-history scans, the walk. `relevant`: further blobs the
   * next scan needs from this history (FileScan.relevantBlobs).
   */
  async save(source: HistorySource, totals: WalkTotals, commits: number, diagnostics: Diagnostic[], relevant: Iterable<string> = []): Promise<void> {
    if (!this.tips) {
      await this.cache.save(diagnostics);
      return;
    }
    const missing = source.diagnostics
      .filter((d) => d.code === 'missing-object' && d.blobId && d.path !== undefined)
      .map((d) => [d.blobId!, d.path!] as [string, string]);
    // Missing blobs keep their introductions too: one that arrives later (a partial clone fetched it) is read by the
    // next scan, and its findings need the commits that introduced it.
    const intros: StoredWalk['intros'] = {};
    for (const [id, list] of source.index().introductions(new Set([...this.notable, ...relevant, ...missing.map(([id]) => id)]))) {
      intros[id] = list.map(([path, commit, time]) => [path, commit, time]);
    }
    await this.cache.save(diagnostics, { tips: [...this.tips], commits, totals, intros, missing }, this.previous !== undefined);
  }

  private note(blob: CachedBlob): void {
    if (blob.truncated || blob.matches.length > 0 || blob.diagnostics.length > 0) this.notable.add(blob.id);
  }
}
