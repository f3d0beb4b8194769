// Stage 1, plan: everything decided before reading. The cache, the in-process budget, the size limits, the source
// (opened with the read stage's cache lookup), and the rule setup (file rules, path tests, path scoping) compiled
// when there is content to apply it to.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, InputError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { RuleSpec, SizeLimit } from '../core/rule.js';
import { DEFAULT_ARCHIVE_LIMITS, type HygieneSettings } from '../core/scan-settings.js';
import { isLiteralPattern } from '../patterns/allow-value.js';
import { usePrecomputed } from '../patterns/precomputed.js';
import { DEFAULT_DECODE_DEPTH } from '../engine/detect.js';
import { compilePathTests, type PathTest } from '../engine/paths.js';
import { builtinPrecomputed, loadBuiltinRules } from '../ruleset/load.js';
import { gitMaybe } from '../sources/git.js';
import { HistorySource, type HistoryOptions } from '../sources/history.js';
import { verifyRevisions } from '../sources/revisions.js';
import { resolvePushRevs } from '../sources/pre-push.js';
import { historyScope } from '../sources/scope.js';
import type { Source } from '../sources/source.js';
import { StagedSource } from '../sources/staged.js';
import { VERSION } from '../core/version.js';
import { FileScan } from './files.js';
import type { IncrementalScan } from './incremental/walk.js';
import type { ScanOptions, Target } from './options.js';
import { scopedPaths, type PathScoping } from './scoping.js';

/** Below this many bytes a scan never starts worker threads (their start-up would dominate). */
const INLINE_BYTES = 4 * 1024 * 1024;

/** What the plan stage decided: passed, never mutated, to every later stage. */
export interface ScanPlan {
  readonly options: ScanOptions;
  /** The incremental cache of a history scan, when it is on. */
  readonly cache: IncrementalScan | undefined;
  /** Bytes below which blobs are scanned in-process (0: always on workers). */
  readonly inlineBytes: number;
  /** Large-blob thresholds: `--size-limit` first, then the config file's. */
  readonly sizeLimits: readonly SizeLimit[];
}

/** The rules as the file-level and path-level stages need them, for one source. */
export interface RuleSetup {
  readonly files: FileScan;
  readonly pathTests: ReadonlyMap<string, PathTest>;
  readonly scoped: PathScoping;
}

export async function planScan(options: ScanOptions, diagnostics: Diagnostic[]): Promise<ScanPlan> {
  usePrecomputed(builtinPrecomputed);
  // Incremental audits: blobs scanned before are replayed instead of read, and commits walked before are not
  // walked again (what the file rules and path-limited rules need from them is replayed too).
  const cache = await openIncremental(options, diagnostics);
  return {
    options,
    cache,
    inlineBytes: (await onlyReviewedRegexes(options.rules)) ? INLINE_BYTES : 0,
    sizeLimits: [...(options.sizeLimits ?? []), ...configSizeLimits(options.hygiene)],
  };
}

/**
 * The rule setup, compiled once on first use: when there is something to apply it to (an empty commit's hook skips
 * it), early when a source knows content is coming (the staged list), before the walk when the cache replays.
 */
export class LazyRuleSetup {
  private setup: Promise<RuleSetup> | undefined;
  private ready: RuleSetup | undefined;

  constructor(
    private readonly plan: ScanPlan,
    private readonly source: () => Source,
  ) {}

  get(): Promise<RuleSetup> {
    return (this.setup ??= this.compile());
  }

  /** The setup if it has been compiled, without starting it. */
  current(): RuleSetup | undefined {
    return this.ready;
  }

  /** Whether anything asked for the setup (a scan that asked for nothing had nothing to apply it to). */
  get started(): boolean {
    return this.setup !== undefined;
  }

  private async compile(): Promise<RuleSetup> {
    const source = this.source();
    const { rules } = this.plan.options;
    const files = await FileScan.create(rules, this.plan.sizeLimits, !source.index().paths);
    const pathTests = await compilePathTests(rules);
    const scoped = await scopedPaths(rules, pathTests, source);
    this.ready = { files, pathTests, scoped };
    return this.ready;
  }
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
      rule.allowValues.every((value) => own.allowValues.includes(value) || isLiteralPattern(value)) &&
      // gitleaks allowlists' regexes run on content too (their paths and commits are decided after the scan).
      (rule.allowlists ?? []).every((allowlist) => allowlist.regexes.every(isLiteralPattern))
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
    // The depth in effect, so that `--decode-depth 3` and the default share their cached results.
    decodeDepth: options.decodeDepth ?? DEFAULT_DECODE_DEPTH,
    // Likewise the archive limits in effect (`--archive-depth 0` results are not another depth's).
    archives: options.archives ?? DEFAULT_ARCHIVE_LIMITS,
    hygiene: options.hygiene ?? null,
    sizeLimits: options.sizeLimits ?? [],
    skipPath: options.skipPathKey ?? null,
  };
  return IncrementalScan.open(resolve(options.target.path), keyParts, !options.target.revs, diagnostics);
}

export async function openSource(
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

/** The config file's hygiene thresholds as large-blob limits: `maxBlobSize` reports from that size on. */
function configSizeLimits(hygiene: HygieneSettings | undefined): SizeLimit[] {
  if (!hygiene) return [];
  return [
    ...hygiene.paths.map((p) => ({ paths: [p.glob], warn: p.maxBytes })),
    ...(hygiene.maxBlobBytes !== undefined ? [{ paths: [], warn: hygiene.maxBlobBytes }] : []),
  ];
}
