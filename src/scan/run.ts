// One scan as named stages: plan -> read -> expand -> match -> attribute -> suppress -> report (docs/architecture.md).
// The CLI and the Action both call runScan; neither knows how sources or the engine work.

import { resolve } from 'node:path';
import type { ScanKind, ScanReport } from '../core/report.js';
import { gitMaybe } from '../sources/git.js';
import type { Source } from '../sources/source.js';
import { attribute } from './attribute.js';
import { Matcher, ResultStore } from './match.js';
import { LazyRuleSetup, openSource, planScan } from './plan.js';
import { cachedWalk, readAll, replayStored, saveWalk } from './read.js';
import { buildReport, compareFindings } from './report.js';
import type { ScanOptions } from './options.js';
import { applySuppressions } from './suppress.js';

export { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES, type ScanOptions, type Target } from './options.js';
export { onlyReviewedRegexes } from './plan.js';
export { compareFindings } from './report.js';
export { checkRevisionSpec } from '../sources/revisions.js';

// The directory and stdin sources (node:fs/promises behind them) are loaded only by the scans that need them: the
// pre-commit hook starts Node on every commit and pays for every built-in module and every chunk it loads.

/** Opens the scan's source, given the read stage's cache lookup and a call for when content is coming. */
export type SourceOpener = typeof openSource;

/** Runs one scan to completion and returns everything a reporter needs. */
export function runScan(options: ScanOptions): Promise<ScanReport> {
  return runStages(options, openSource);
}

/** The stages over the source `open` returns (runScan: the target's source; tests: a fake one). */
export async function runStages(options: ScanOptions, open: SourceOpener): Promise<ScanReport> {
  const started = process.hrtime.bigint();
  const store = new ResultStore(options.maxBlobBytes);
  const plan = await planScan(options, store.diagnostics);
  if (plan.cache?.totals) Object.assign(store.stats, plan.cache.totals);
  const matcher = new Matcher(plan, store);
  let source: Source | undefined;
  const rules = new LazyRuleSetup(plan, () => source!);
  const onContent = (): void => {
    matcher.prepare();
    rules.get().catch(() => undefined);
  };
  try {
    source = await open(options, cachedWalk(plan.cache, store, () => rules.current()), onContent);
  } catch (error) {
    await matcher.close();
    throw error;
  }
  if (plan.cache || options.healthDetail) {
    const ready = await rules.get();
    if (plan.cache) replayStored(plan.cache, store, ready);
  }
  const { read, complete } = await readAll(source, plan, rules, matcher, store, options.onProgress);
  if (complete) await saveWalk(plan, source, rules, store, read);
  store.stats.commits = source.progress.commits;

  // attribute: nothing read and no path seen (a path whose blob is missing still counts): no finding is possible.
  const index = source.index();
  const idle = !rules.started && store.matchesByBlob.size === 0 && (!index.paths || index.paths()[Symbol.iterator]().next().done === true);
  const attributed = await attribute(source, store, idle ? undefined : await rules.get(), options);

  // suppress, then report.
  const all = attributed.findings.sort(compareFindings);
  const selection = { minConfidence: options.minConfidence ?? 'low', ...(options.minConfidenceSource ? { source: options.minConfidenceSource } : {}) } as const;
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true, selection);
  const { stats, diagnostics } = store;
  // process.hrtime rather than `performance`, whose first use loads perf_hooks.
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const { kind, target } = source;
  return buildReport({ kind, target, findings, suppressed, rules: options.rules, diagnostics, stats, health: attributed.health });
}

/** How many commits a history scan of `path` will walk (for progress), or undefined if git cannot tell. */
export async function countCommits(path: string, revs: readonly string[] = ['--all']): Promise<number | undefined> {
  const out = await gitMaybe(resolve(path), ['rev-list', '--count', ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : undefined;
}

export type { ScanKind };
// The pre-push range logic, for the CLI (and any other caller that has git's pre-push input).
export { parsePrePushInput, resolvePushRevs, type PushRange, type RefUpdate } from '../sources/pre-push.js';
