// Stage 2, read: one stream of blobs, fresh from the source or answered by the cache. The cache's lookup and replay
// and the counting of blobs live here; each fresh blob goes through expand to the match stage.

import { DEFAULT_ARCHIVE_LIMITS } from '../core/scan-settings.js';
import type { HistoryOptions } from '../sources/history.js';
import { HistorySource } from '../sources/history.js';
import type { Source, SourceProgress } from '../sources/source.js';
import { expand } from './expand.js';
import type { IncrementalScan } from './incremental/walk.js';
import type { Matcher, ResultStore } from './match.js';
import type { LazyRuleSetup, RuleSetup, ScanPlan } from './plan.js';

type Known = NonNullable<HistoryOptions['known']>;

/** What the source is told by the cache: a lookup of blobs scanned before, and the walk to resume. */
export function cachedWalk(
  cache: IncrementalScan | undefined,
  store: ResultStore,
  setup: () => RuleSetup | undefined,
): Pick<HistoryOptions, 'known' | 'tips' | 'since'> | undefined {
  if (!cache) return undefined;
  const known: Known = (id, path) => {
    const found = cache.lookup(id);
    if (!found) return false;
    const ready = setup();
    // Scanned without the path-limited rules, and met now at a path they concern: read and scan it again.
    if (!found.hit.scoped && ready?.scoped.concerns(path)) {
      if (found.counted) store.markRecounted(id);
      return false;
    }
    if (!found.counted) {
      store.count(id, found.hit, found.hit.size);
      store.replay(found.hit);
    }
    ready?.files.observeCached(found.hit, path);
    if (found.hit.scoped) ready?.scoped.markScoped(id);
    return true;
  };
  return { known, ...(cache.tips ? { tips: cache.tips } : {}), ...(cache.since ? { since: cache.since } : {}) };
}

/** The stored walk's blobs, for the part of history not walked again: results, file facts, paths. */
export function replayStored(cache: IncrementalScan, store: ResultStore, ready: RuleSetup): void {
  cache.replayStored((hit, paths) => {
    store.replay(hit);
    ready.files.observeStored(hit, paths);
    if (hit.scoped) ready.scoped.markScoped(hit.id);
  });
}

/** Reads the source to its end through expand and match; how many blobs it read, and whether it finished. */
export async function readAll(
  source: Source,
  plan: ScanPlan,
  rules: LazyRuleSetup,
  matcher: Matcher,
  store: ResultStore,
  onProgress: ((progress: Readonly<SourceProgress>) => void) | undefined,
): Promise<{ read: number; complete: boolean }> {
  const { cache } = plan;
  const archives = (plan.options.archives?.depth ?? DEFAULT_ARCHIVE_LIMITS.depth) > 0;
  let read = 0;
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      onProgress?.(source.progress);
      const { files, scoped } = await rules.get();
      matcher.useScoping(scoped);
      const unit = expand(blob, files.observe(blob), scoped.atHint(blob.id, blob.path), archives);
      const { head } = unit;
      const skipped = { ...head, id: blob.id, size: blob.size, matched: false, scoped: true, matches: [], diagnostics: [] };
      if (unit.kind === 'too-large') {
        store.count(blob.id, { binary: false, matched: false }, blob.size);
        store.tooLarge(blob.id, blob.size);
        cache?.add({ ...skipped, binary: false, truncated: true });
      } else if (unit.kind === 'binary') {
        store.count(blob.id, { binary: true, matched: false }, blob.size);
        cache?.add({ ...skipped, binary: true, truncated: false });
      } else if (unit.kind === 'archive') {
        // Every rule runs on an archive's members (attribute asks each rule about the member's own path).
        scoped.markScoped(blob.id);
        await matcher.submit(blob, head, true);
      } else {
        await matcher.submit(blob, head, unit.allRules);
      }
    }
    await matcher.drain();
    // Blobs that path-scoped rules skipped (first seen elsewhere) but that also sit at a path those rules concern:
    // read those few again with every rule.
    const again = rules.started ? (await rules.get()).scoped.missed([...store.diagnostics, ...source.diagnostics]) : new Set<string>();
    if (again.size > 0 && source.readBlobs) await matcher.rescan(source.readBlobs([...again]), again);
    complete = true;
  } finally {
    await matcher.close();
    await source.close();
  }
  return { read, complete };
}

/** Stores this walk in the incremental cache (a finished history scan only). */
export async function saveWalk(plan: ScanPlan, source: Source, rules: LazyRuleSetup, store: ResultStore, read: number): Promise<void> {
  const { cache } = plan;
  if (!cache || !(source instanceof HistorySource)) return;
  const { stats } = store;
  stats.cachedBlobs = stats.blobs - read;
  stats.cachedCommits = cache.reusedCommits;
  const { blobs, bytes, binarySkipped, blobsMatched } = stats;
  const relevant = rules.started ? (await rules.get()).files.relevantBlobs(source.index().paths()) : [];
  await cache.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, store.diagnostics, relevant);
}
