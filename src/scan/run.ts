// Wires one source, the engine and the report data: blobs -> matches -> findings attached to their origins.
// The CLI and the Action both call runScan; neither knows how sources or the engine work.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, InputError } from '../core/errors.js';
import type { Diagnostic, Finding, HygieneSettings, Match, Origin, RuleSpec, ScanKind, ScanReport, ScanStats, SizeLimit } from '../core/types.js';
import { isBinary } from '../engine/binary.js';
import { fingerprint } from '../engine/fingerprint.js';
import { isLiteralPattern } from '../patterns/allow-value.js';
import { resolveOverlaps } from '../engine/overlap.js';
import { compileAnyGlob, compilePathTests, type PathTest } from '../engine/paths.js';
import type { CachedBlob } from './incremental/store.js';
import type { IncrementalScan } from './incremental/walk.js';
import { BlobScanner } from '../engine/pool.js';
import { gitMaybe } from '../sources/git.js';
import { FileScan, type HeadFacts } from './files.js';
import { HistorySource, verifyRevisions, type HistoryOptions } from '../sources/history.js';
export { checkRevisionSpec } from '../sources/history.js';
import { resolvePushRevs, type RefUpdate } from '../sources/pre-push.js';
import { builtinPrecomputed, loadBuiltinRules } from '../ruleset/load.js';
import { usePrecomputed } from '../patterns/precomputed.js';
import type { PathFilter, Source, SourceProgress } from '../sources/source.js';
import { historyScope } from '../sources/scope.js';
import { StagedSource } from '../sources/staged.js';
import { applySuppressions, type SuppressionInput } from './suppress.js';
import { VERSION } from '../core/version.js';

// The directory and stdin sources (node:fs/promises behind them) are loaded only by the scans that need them: the
// pre-commit hook starts Node on every commit and pays for every built-in module and every chunk it loads.

/** What to scan. */
export type Target =
  /** Every ref's history, or with `revs` a range (`A..B`, `^X HEAD`...): then only what the range adds counts. */
  | {
      readonly type: 'history';
      readonly path: string;
      readonly revs?: readonly string[];
      /** The user's spelling of `revs` and its flag, checked before the walk so a typo is a clear error. */
      readonly spec?: { readonly flag: string; readonly text: string };
    }
  /** The index compared with HEAD: what `git commit` would record (the pre-commit hook). */
  | { readonly type: 'staged'; readonly path: string }
  /** The commits that ref updates add to a remote (the pre-push hook; see sources/pre-push.ts). */
  | { readonly type: 'push'; readonly path: string; readonly updates: readonly RefUpdate[]; readonly exclude?: readonly string[] }
  /** The files under `path`, or with `files` only those (paths relative to `path`: a hook manager's file list). */
  | { readonly type: 'directory'; readonly path: string; readonly files?: readonly string[] }
  | { readonly type: 'stdin'; readonly name: string; readonly input: AsyncIterable<Buffer | string> };

/** Options shared by the CLI and the Action; built once at the edge and never mutated. */
export interface ScanOptions {
  readonly target: Target;
  readonly rules: readonly RuleSpec[];
  /** Worker threads for big scans; 0 scans in-process only. */
  readonly workers: number;
  readonly maxBlobBytes: number;
  readonly blobTimeoutMs: number;
  /** Paths never scanned (the config's global path allowlist); applied by the source and again to origins. */
  readonly skipPath?: PathFilter;
  /**
   * What `skipPath` was built from. The scan cache's key includes it: blobs at skipped paths are never read, so a
   * cache built with another allowlist would hide them. A `skipPath` without a key turns the cache off.
   */
  readonly skipPathKey?: string;
  /** Reuse and extend the scan cache under the git directory (history scans only); default true. */
  readonly cache?: boolean;
  /** Ignore-file fingerprints and the baseline (allow comments are recorded by the engine). */
  readonly suppress?: SuppressionInput;
  /** False: allow comments do not hide findings (an audit that wants to see everything). Default true. */
  readonly inlineAllow?: boolean;
  /** Size thresholds for hygiene rules, from the config file (after `sizeLimits`). */
  readonly hygiene?: HygieneSettings;
  /** Add the introducing commit and HEAD presence of the largest blobs to the health figures (`--health`). */
  readonly healthDetail?: boolean;
  /** Large-blob thresholds by path glob, checked before the rule pack's own (`--size-limit`). */
  readonly sizeLimits?: readonly SizeLimit[];
  readonly onProgress?: (progress: Readonly<SourceProgress>) => void;
}

export const DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
export const DEFAULT_BLOB_TIMEOUT_MS = 10_000;
/** Below this many bytes a scan never starts worker threads (their start-up would dominate). */
const INLINE_BYTES = 4 * 1024 * 1024;

/** Runs one scan to completion and returns everything a reporter needs. */
export async function runScan(options: ScanOptions): Promise<ScanReport> {
  const started = process.hrtime.bigint();
  usePrecomputed(builtinPrecomputed);
  const matchesByBlob = new Map<string, Match[]>();
  const diagnostics: Diagnostic[] = [];
  const stats: ScanStats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const count = (result: { binary: boolean; matched: boolean }, size: number): void => {
    stats.blobs++;
    stats.bytes += size;
    if (result.binary) stats.binarySkipped++;
    if (result.matched) stats.blobsMatched++;
  };
  const keep = (id: string, result: { matches: readonly Match[]; diagnostics: readonly Diagnostic[] }, again = false): void => {
    if (result.matches.length > 0) matchesByBlob.set(id, [...result.matches]);
    // A blob scanned again (with the path-limited rules) repeats the diagnostics of its first scan: keep them once.
    const seen = again ? new Set(diagnostics.filter((d) => d.blobId === id).map(diagnosticKey)) : undefined;
    diagnostics.push(...(seen ? result.diagnostics.filter((d) => !seen.has(diagnosticKey(d))) : result.diagnostics));
  };
  // Incremental audits (see incremental.ts): blobs scanned before are replayed instead of read, and commits walked
  // before are not walked again (what the file rules and path-limited rules need from them is replayed too).
  const cache = await openIncremental(options, diagnostics);
  const tooLarge = (id: string, size: number): void => {
    diagnostics.push({
      code: 'too-large',
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`,
    });
  };
  const replay = (hit: CachedBlob): void => (hit.truncated ? tooLarge(hit.id, hit.size) : keep(hit.id, hit));
  if (cache?.totals) Object.assign(stats, cache.totals);
  // Blobs counted in the stored walk's totals but read again here (for the path-limited rules): not counted twice.
  const recounted = new Set<string>();
  let files: FileScan | undefined;
  let scoped: Awaited<ReturnType<typeof scopedPaths>> | undefined;
  const known = cache
    ? (id: string, path: string | undefined): boolean => {
        const found = cache.lookup(id);
        if (!found) return false;
        // Scanned without the path-limited rules, and met now at a path they concern: read and scan it again.
        if (!found.hit.scoped && scoped?.concerns(path)) {
          if (found.counted) recounted.add(id);
          return false;
        }
        if (!found.counted) {
          count(found.hit, found.hit.size);
          replay(found.hit);
        }
        files?.observeCached(found.hit, path);
        if (found.hit.scoped) scoped?.markScoped(id);
        return true;
      }
    : undefined;
  // Per blob being scanned: its size, and what the file rules learnt from its head (kept with its result).
  const pending = new Map<string, { size: number; head: HeadFacts }>();
  let rescanning: ReadonlySet<string> = new Set();
  let read = 0;
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: (await onlyReviewedRegexes(options.rules)) ? INLINE_BYTES : 0,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      const again = rescanning.has(result.blobId);
      const info = pending.get(result.blobId);
      pending.delete(result.blobId);
      if (!again && !recounted.has(result.blobId)) count(result, info?.size ?? 0);
      keep(result.blobId, result, again);
      // A blob whose rules timed out was not fully scanned: not cached, so the next scan tries again.
      if (cache && info && !result.diagnostics.some((d) => d.code === 'regex-timeout')) {
        cache.add({ ...result, ...info.head, id: result.blobId, size: info.size, truncated: false, scoped: again || (scoped?.wasScoped(result.blobId) ?? false) });
      }
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
  });
  // The file rules and path globs are compiled when there is something to apply them to (an empty commit's hook
  // skips them), and a source that knows early that content is coming (the staged list) has them and the content
  // rules compiled while git reads it. With the cache, cached blobs are observed during the walk: compiled first.
  let setup: Promise<{ files: FileScan; pathTests: ReadonlyMap<string, PathTest>; scoped: Awaited<ReturnType<typeof scopedPaths>> }> | undefined;
  const prepared = () =>
    (setup ??= (async () => {
      files = await FileScan.create(options.rules, [...(options.sizeLimits ?? []), ...configSizeLimits(options.hygiene)], !source.paths);
      const pathTests = await compilePathTests(options.rules);
      scoped = await scopedPaths(options.rules, pathTests, source);
      return { files, pathTests, scoped };
    })());
  const onContent = (): void => {
    scanner.prepare();
    prepared().catch(() => undefined);
  };
  let source: Source;
  try {
    source = await openSource(
      options,
      known && { known, ...(cache?.tips ? { tips: cache.tips } : {}), ...(cache?.since ? { since: cache.since } : {}) },
      onContent,
    );
  } catch (error) {
    await scanner.close();
    throw error;
  }
  if (cache || options.healthDetail) {
    const ready = await prepared();
    // The stored walk's blobs, for the part of history not walked again: results, file facts, paths.
    cache?.replayStored((hit, paths) => {
      replay(hit);
      ready.files.observeStored(hit, paths);
      if (hit.scoped) ready.scoped.markScoped(hit.id);
    });
  }
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      options.onProgress?.(source.progress);
      const { files, scoped } = await prepared();
      const head = files.observe(blob);
      // A binary blob is never read by the secret rules, whatever its size: a large one is binary, not too large.
      if (blob.truncated && !(head.facts?.binary ?? isBinary(blob.bytes))) {
        if (!recounted.has(blob.id)) count({ binary: false, matched: false }, blob.size);
        tooLarge(blob.id, blob.size);
        cache?.add({ ...head, id: blob.id, size: blob.size, binary: false, matched: false, truncated: true, scoped: true, matches: [], diagnostics: [] });
        continue;
      }
      if (head.facts?.binary) {
        // The file rules' look at the head found a NUL byte, the detector's own test for binary content: no content
        // rule would read it, so it is not copied to a worker to be found binary again.
        if (!recounted.has(blob.id)) count({ binary: true, matched: false }, blob.size);
        cache?.add({ ...head, id: blob.id, size: blob.size, binary: true, matched: false, truncated: false, scoped: true, matches: [], diagnostics: [] });
        continue;
      }
      pending.set(blob.id, { size: blob.size, head });
      await scanner.submit(blob, scoped.atHint(blob.id, blob.path));
    }
    await scanner.drain();
    // Blobs that path-scoped rules skipped (first seen elsewhere) but that also sit at a path those rules concern:
    // read those few again with every rule (their second result holds the first's matches too).
    rescanning = setup ? (await setup).scoped.missed([...diagnostics, ...source.diagnostics]) : new Set();
    if (rescanning.size > 0 && source.readBlobs) {
      for await (const blob of source.readBlobs([...rescanning])) {
        if (blob.truncated) continue;
        pending.set(blob.id, { size: blob.size, head: {} });
        await scanner.submit(blob, true);
      }
      await scanner.drain();
    }
    complete = true;
  } finally {
    await scanner.close();
    await source.close();
  }
  if (cache && complete && source instanceof HistorySource) {
    stats.cachedBlobs = stats.blobs - read;
    stats.cachedCommits = cache.reusedCommits;
    const { blobs, bytes, binarySkipped, blobsMatched } = stats;
    const relevant = setup ? (await setup).files.relevantBlobs(source.paths()) : [];
    await cache.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, diagnostics, relevant);
  }
  stats.commits = source.progress.commits;
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeBlobs(diagnostics, source);
  // After origins(): attributing findings may itself meet odd data (a parent blob missing for a diff).
  diagnostics.push(...source.diagnostics);
  // Nothing read and no path seen (a path whose blob is missing still counts): no finding is possible.
  const idle = !setup && matchesByBlob.size === 0 && (!source.paths || source.paths()[Symbol.iterator]().next().done === true);
  const ready = idle ? undefined : await prepared();
  const contentFindings = ready ? await attach(matchesByBlob, origins, options.rules, ready.pathTests, diagnostics, options.skipPath) : [];
  const unreadable = new Set(diagnostics.filter((d) => (d.code === 'missing-object' || d.code === 'missing-parent') && d.blobId).map((d) => d.blobId!));
  const fileResult = ready ? await ready.files.finish(source, contentFindings, stats, options.healthDetail ?? false, options.skipPath, unreadable) : undefined;
  const all = [...contentFindings, ...(fileResult?.findings ?? [])].sort(compareFindings);
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true);
  // process.hrtime rather than `performance`, whose first use loads perf_hooks.
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return {
    kind: source.kind,
    target: source.target,
    findings,
    suppressed,
    rules: options.rules,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
    toolVersion: VERSION,
    ...(fileResult ? { health: fileResult.health } : {}),
  };
}

/**
 * In-process scanning has no time budget (a regex cannot be interrupted on the main thread), so it is kept for
 * reviewed regexes: built-in rules, also with a config's changes that add none (a severity, paths, exact allowed
 * values). Any rule or allow pattern a user wrote runs on workers, under the watchdog.
 */
export async function onlyReviewedRegexes(rules: readonly RuleSpec[]): Promise<boolean> {
  const builtin = new Map((await loadBuiltinRules()).map((rule) => [rule.id, rule]));
  return rules.every((rule) => {
    const own = builtin.get(rule.id);
    if (own === rule) return true;
    return (
      own !== undefined &&
      rule.pattern === own.pattern &&
      rule.flags === own.flags &&
      rule.detector === own.detector &&
      rule.validate === own.validate &&
      rule.allowValues.every((value) => own.allowValues.includes(value) || isLiteralPattern(value))
    );
  });
}

/** Opens the scan cache of a git target (under `git rev-parse --git-path leakgate`), unless turned off. */
async function openIncremental(options: ScanOptions, diagnostics: Diagnostic[]): Promise<IncrementalScan | undefined> {
  if (options.cache === false || options.target.type !== 'history') return undefined;
  if (options.skipPath && options.skipPathKey === undefined) return undefined;
  // Loaded here: the cache (node:crypto, node:fs/promises) serves full-history scans only, never a hook.
  const { IncrementalScan } = await import('./incremental/walk.js');
  const keyParts = {
    tool: VERSION,
    rules: options.rules,
    maxBlobBytes: options.maxBlobBytes,
    hygiene: options.hygiene ?? null,
    sizeLimits: options.sizeLimits ?? [],
    skipPath: options.skipPathKey ?? null,
  };
  return IncrementalScan.open(resolve(options.target.path), keyParts, !options.target.revs, diagnostics);
}

async function openSource(
  options: ScanOptions,
  history: Pick<HistoryOptions, 'known' | 'tips' | 'since'> | undefined,
  onContent: () => void,
): Promise<Source> {
  const { target } = options;
  if (target.type === 'stdin') {
    const { StreamSource } = await import('../sources/stdin.js');
    return new StreamSource(target.input, target.name, options.maxBlobBytes);
  }
  const path = resolve(target.path);
  if (!existsSync(path)) throw new InputError(`${target.path}: no such file or directory`);
  if (target.type === 'directory') {
    const { DirectorySource } = await import('../sources/directory.js');
    return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath, target.files);
  }
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  // The staged source's own first git call says whether this is a work tree; skipping the check saves a process
  // on the pre-commit hook's path.
  if (target.type === 'staged') {
    return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, onContent, ...skip });
  }
  const notRepository = async (): Promise<GitError | undefined> =>
    (await gitMaybe(path, ['rev-parse', '--git-dir'])) === undefined
      ? new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`)
      : undefined;
  if (target.type === 'push') {
    // The pushed objects' lookup is the first git call, and says whether this is a repository: git is asked why
    // only when it fails or there was nothing to look up (one process less on the pre-push hook's path).
    let range: Awaited<ReturnType<typeof resolvePushRevs>>;
    try {
      range = await resolvePushRevs(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    } catch (error: unknown) {
      throw (error instanceof GitError && (await notRepository())) || error;
    }
    if (range.revs.length === 0) {
      const why = await notRepository();
      if (why) throw why;
    }
    const source = rangeSource(path, target.path, range.revs, options, history);
    source.diagnostics.push(...range.diagnostics);
    return source;
  }
  const why = await notRepository();
  if (why) throw why;
  const scope = await historyScope(path);
  const source = await historySource(path, target, options, history);
  source.diagnostics.push(...scope);
  return source;
}

/** A whole history (every ref), or a range when `revs` is given. */
async function historySource(
  path: string,
  target: Extract<Target, { type: 'history' }>,
  options: ScanOptions,
  history: Pick<HistoryOptions, 'known' | 'tips' | 'since'> | undefined,
): Promise<HistorySource> {
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (!target.revs) {
    return new HistorySource({
      repo: path,
      kind: 'history',
      target: target.path,
      revs: ['--all'],
      maxBlobBytes: options.maxBlobBytes,
      ...skip,
      ...history,
    });
  }
  if (target.spec) await verifyRevisions(path, target.spec.flag, target.spec.text, target.revs);
  return rangeSource(path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options, history);
}

/** Commits of a range: merges diffed against every parent, and only the lines each commit added count. */
function rangeSource(
  repo: string,
  target: string,
  revs: readonly string[],
  options: ScanOptions,
  history: Pick<HistoryOptions, 'known' | 'tips' | 'since'> | undefined,
): HistorySource {
  return new HistorySource({
    repo,
    kind: 'range',
    target,
    revs,
    addedLines: true,
    maxBlobBytes: options.maxBlobBytes,
    ...(options.skipPath ? { skipPath: options.skipPath } : {}),
    ...history,
  });
}

/**
 * Rules limited to some paths (`.env`, `*.tfvars`...) need not run on a blob first seen at none of them: most blobs
 * hold their keywords (password, token, key) for other reasons. A source that can list its paths and read a few
 * blobs again gets this; the blobs that turn out to sit at such a path too are scanned again at the end.
 */
async function scopedPaths(rules: readonly RuleSpec[], tests: ReadonlyMap<string, PathTest>, source: Source) {
  const scopedRules = rules.filter(isPathLimited);
  const scopedTests = scopedRules.map((r) => tests.get(r.id)!);
  const enabled = scopedTests.length > 0 && source.paths !== undefined && source.readBlobs !== undefined;
  // Every blob's hinted path is tested: a fast union of the include globs first, the exact tests on its few hits.
  const mayConcern = await compileAnyGlob(scopedRules.flatMap((r) => r.paths));
  const concerns = (path: string): boolean => mayConcern(path) && scopedTests.some((test) => test(path));
  const scannedWithScoped = new Set<string>();
  return {
    /** Whether path-scoped rules run on this blob in the first pass. */
    atHint(blobId: string, path: string | undefined): boolean {
      if (!enabled) return true;
      if (path === undefined || !concerns(path)) return false;
      scannedWithScoped.add(blobId);
      return true;
    },
    /** Some path-scoped rule concerns this path (and they are skipped elsewhere). */
    concerns(path: string | undefined): boolean {
      return enabled && path !== undefined && concerns(path);
    },
    /** A blob replayed from the cache was scanned with the path-scoped rules. */
    markScoped(blobId: string): void {
      scannedWithScoped.add(blobId);
    },
    /** Whether this blob's scan included the path-scoped rules. */
    wasScoped(blobId: string): boolean {
      return !enabled || scannedWithScoped.has(blobId);
    },
    /** Blobs to scan again: at some path that a scoped rule concerns, not scanned with scoped rules, not missing. */
    missed(diagnostics: readonly Diagnostic[]): Set<string> {
      const again = new Set<string>();
      if (!enabled || !source.paths) return again;
      const missing = new Set(diagnostics.filter((d) => d.code === 'missing-object' || d.code === 'missing-parent' || d.code === 'too-large').map((d) => d.blobId));
      for (const { path, blobIds } of source.paths()) {
        if (!concerns(path)) continue;
        for (const id of blobIds) if (!scannedWithScoped.has(id) && !missing.has(id)) again.add(id);
      }
      return again;
    },
  };
}

/** A regex rule limited to some paths (`.env`, `*.tfvars`...). */
function isPathLimited(rule: RuleSpec): boolean {
  return rule.paths.length > 0 && rule.detector === undefined;
}

/** How many commits a history scan of `path` will walk (for progress), or undefined if git cannot tell. */
export async function countCommits(path: string, revs: readonly string[] = ['--all']): Promise<number | undefined> {
  const out = await gitMaybe(resolve(path), ['rev-list', '--count', ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : undefined;
}

/**
 * Names the place of each diagnostic that knows only its blob (too large, a rule stopped on it): the path, and in
 * git scans the commit that introduced it there, when the source knows them.
 */
async function describeBlobs(diagnostics: Diagnostic[], source: Source): Promise<void> {
  const anonymous = diagnostics.filter((d) => d.blobId && !d.path);
  if (anonymous.length === 0) return;
  const origins = await source.origins([...new Set(anonymous.map((d) => d.blobId!))]);
  for (const [i, d] of diagnostics.entries()) {
    if (!d.blobId || d.path) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (!origin) continue;
    const place = origin.commit ? `${origin.path} (commit ${origin.commit.id.slice(0, 12)})` : origin.path;
    diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, place) };
  }
}

function inLines(match: Match, origin: Origin): boolean {
  if (!origin.lines) return true;
  return origin.lines.some(([first, last]) => match.line >= first && match.line <= last);
}

/** Attaches matches to origins, keeps the most specific rule per span, and deduplicates by (rule, secret, path). */
async function attach(
  matchesByBlob: ReadonlyMap<string, Match[]>,
  origins: ReadonlyMap<string, Origin[]>,
  rules: readonly RuleSpec[],
  tests: ReadonlyMap<string, PathTest>,
  diagnostics: Diagnostic[],
  skipPath: PathFilter | undefined,
): Promise<Finding[]> {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byKey = new Map<string, { finding: Finding; count: number }>();
  for (const [blobId, matches] of matchesByBlob) {
    const known = origins.get(blobId);
    if (!known || known.length === 0) {
      diagnostics.push({ code: 'unreachable', blobId, detail: `blob ${blobId} has matches but no known path; not reported` });
      continue;
    }
    const places = skipPath ? known.filter((origin) => !skipPath(origin.path)) : known;
    // Each match belongs to the earliest origin where it counts (path globs, added lines); every later place
    // holding the same blob (a rename, a copy) is another occurrence, not another finding.
    const placed = new Map<Match, string>();
    for (const origin of places) {
      const kept = matches.filter((m) => (tests.get(m.ruleId)?.(origin.path) ?? true) && inLines(m, origin));
      for (const match of resolveOverlaps(kept, (id) => ruleById.get(id))) {
        const placedKey = placed.get(match);
        if (placedKey !== undefined) {
          byKey.get(placedKey)!.count++;
          continue;
        }
        const rule = ruleById.get(match.ruleId)!;
        const finding: Finding = {
          ...match,
          severity: rule.severity,
          kind: rule.kind,
          path: origin.path,
          ...(origin.commit ? { commit: origin.commit } : {}),
          fingerprint: fingerprint(rule.id, match.secret, isPathScoped(rule) ? origin.path : undefined),
          otherOccurrences: 0,
        };
        const key = `${rule.id}\0${match.secret}\0${origin.path}`;
        placed.set(match, key);
        const prior = byKey.get(key);
        if (!prior) byKey.set(key, { finding, count: 1 });
        else {
          prior.count++;
          if (preferred(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}

/** Credential and hygiene rules, and rules limited to paths, are about a file: their identity includes the path. */
function isPathScoped(rule: RuleSpec): boolean {
  return rule.kind !== 'secret' || rule.paths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0;
}

/**
 * Which occurrence of one finding to report: one that is not a documentation example wins, then one without an
 * allow comment (the secret also sits somewhere unallowed, so the finding is not allowed), then the earlier one.
 */
function preferred(a: Finding, b: Finding): boolean {
  // The same secret also used with a real host is not a documentation example.
  if ((a.example === undefined) !== (b.example === undefined)) return a.example === undefined;
  if ((a.allowed === undefined) !== (b.allowed === undefined)) return a.allowed === undefined;
  return earlier(a, b);
}

/** The config file's hygiene thresholds as large-blob limits: `maxBlobSize` reports from that size on. */
function configSizeLimits(hygiene: HygieneSettings | undefined): SizeLimit[] {
  if (!hygiene) return [];
  return [
    ...hygiene.paths.map((p) => ({ paths: [p.glob], warn: p.maxBytes })),
    ...(hygiene.maxBlobBytes !== undefined ? [{ paths: [], warn: hygiene.maxBlobBytes }] : []),
  ];
}

/** Earlier introduction first: commit date, then line, then column. */
function earlier(a: Finding, b: Finding): boolean {
  const da = a.commit?.date ?? '';
  const db = b.commit?.date ?? '';
  if (da !== db) return Date.parse(da) < Date.parse(db);
  if (a.commit?.id !== b.commit?.id) return (a.commit?.id ?? '') < (b.commit?.id ?? '');
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** Deterministic order: path, line, column, rule, fingerprint. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\0${d.ruleId ?? ''}\0${d.path ?? ''}\0${d.detail}`;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? '', b.path ?? '') || cmp(a.blobId ?? '', b.blobId ?? '') || cmp(a.detail, b.detail),
  );
}

export type { ScanKind };
// The pre-push range logic, for the CLI (and any other caller that has git's pre-push input).
export { parsePrePushInput, resolvePushRevs, type PushRange, type RefUpdate } from '../sources/pre-push.js';
