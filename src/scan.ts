// Wires one source, the engine and the report data: blobs -> matches -> findings attached to their origins.
// The CLI and the Action both call runScan; neither knows how sources or the engine work.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, InputError } from './core/errors.js';
import type { Diagnostic, Finding, HygieneSettings, Match, Origin, RuleSpec, ScanKind, ScanReport, ScanStats } from './core/types.js';
import { resolveOverlaps } from './engine/overlap.js';
import { compilePathTests } from './engine/paths.js';
import { BlobScanner } from './engine/pool.js';
import { gitMaybe } from './sources/git.js';
import { HistorySource, verifyRevisions } from './sources/history.js';
import { resolvePushRevs, type RefUpdate } from './sources/pre-push.js';
import type { PathFilter, Source, SourceProgress } from './sources/source.js';
import { StagedSource } from './sources/staged.js';
import { applySuppressions, type SuppressionInput } from './suppress.js';
import { VERSION } from './version.js';

// The directory and stdin sources (node:crypto, node:fs/promises behind them) and fingerprinting (node:crypto) are
// loaded only by the scans that need them: the pre-commit hook starts Node on every commit and pays for every
// built-in module and every chunk it loads.

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
  /** The commits that ref updates add to a remote (the pre-push hook; see sources/ranges.ts). */
  | { readonly type: 'push'; readonly path: string; readonly updates: readonly RefUpdate[]; readonly exclude?: readonly string[] }
  | { readonly type: 'directory'; readonly path: string }
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
  /** Ignore-file fingerprints and the baseline (allow comments are recorded by the engine). */
  readonly suppress?: SuppressionInput;
  /** False: allow comments do not hide findings (an audit that wants to see everything). Default true. */
  readonly inlineAllow?: boolean;
  /** Size thresholds for hygiene rules, from the config file. */
  readonly hygiene?: HygieneSettings;
  readonly onProgress?: (progress: Readonly<SourceProgress>) => void;
}

export const DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
export const DEFAULT_BLOB_TIMEOUT_MS = 10_000;
/** Below this many bytes a scan never starts worker threads (their start-up would dominate). */
const INLINE_BYTES = 4 * 1024 * 1024;

/** Runs one scan to completion and returns everything a reporter needs. */
export async function runScan(options: ScanOptions): Promise<ScanReport> {
  const started = process.hrtime.bigint();
  const matchesByBlob = new Map<string, Match[]>();
  const diagnostics: Diagnostic[] = [];
  const stats: ScanStats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: INLINE_BYTES,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      if (result.binary) stats.binarySkipped++;
      if (result.matched) stats.blobsMatched++;
      if (result.matches.length > 0) matchesByBlob.set(result.blobId, result.matches);
      diagnostics.push(...result.diagnostics);
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
  });
  // A source that knows early that content is coming (the staged list) lets the rules compile while git reads it.
  const source = await openSource(options, () => scanner.prepare());
  const blobs = source.blobs()[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (let next = await blobs.next(); !next.done; next = await blobs.next()) {
      const blob = next.value;
      stats.blobs++;
      stats.bytes += blob.size;
      options.onProgress?.(source.progress);
      if (blob.truncated) {
        diagnostics.push({
          code: 'too-large',
          blobId: blob.id,
          detail: `blob ${blob.id} is ${blob.size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`,
        });
        continue;
      }
      await scanner.submit(blob);
    }
    finished = true;
    await scanner.drain();
  } finally {
    // What `for await` would do on an early exit: let the source's own cleanup run.
    if (!finished) await blobs.return?.(undefined).catch(() => undefined);
    await scanner.close();
    await source.close();
  }
  stats.commits = source.progress.commits;
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  // After origins(): attributing findings may itself meet odd data (a parent blob missing for a diff).
  diagnostics.push(...source.diagnostics);
  const all = await attach(matchesByBlob, origins, options.rules, diagnostics, options.skipPath);
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
  };
}

async function openSource(options: ScanOptions, onContent: () => void): Promise<Source> {
  const { target } = options;
  if (target.type === 'stdin') {
    const { StreamSource } = await import('./sources/stdin.js');
    return new StreamSource(target.input, target.name, options.maxBlobBytes);
  }
  const path = resolve(target.path);
  if (!existsSync(path)) throw new InputError(`${target.path}: no such file or directory`);
  if (target.type === 'directory') {
    const { DirectorySource } = await import('./sources/directory.js');
    return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath);
  }
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  // The staged source's own first git call says whether this is a work tree; skipping the check saves a process
  // on the pre-commit hook's path.
  if (target.type === 'staged') {
    return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, onContent, ...skip });
  }
  const gitDir = await gitMaybe(path, ['rev-parse', '--git-dir']);
  if (gitDir === undefined) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  if (target.type === 'push') {
    const range = await resolvePushRevs(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    const source = rangeSource(path, target.path, range.revs, options);
    source.diagnostics.push(...range.diagnostics);
    return source;
  }
  if (!target.revs) {
    return new HistorySource({
      repo: path,
      kind: 'history',
      target: target.path,
      revs: ['--all'],
      merges: 'first-parent',
      maxBlobBytes: options.maxBlobBytes,
      ...skip,
    });
  }
  if (target.spec) await verifyRevisions(path, target.spec.flag, target.spec.text, target.revs);
  return rangeSource(path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options);
}

/** Commits of a range: merges diffed against every parent, and only the lines each commit added count. */
function rangeSource(repo: string, target: string, revs: readonly string[], options: ScanOptions): HistorySource {
  return new HistorySource({
    repo,
    kind: 'range',
    target,
    revs,
    merges: 'combined',
    addedLines: true,
    maxBlobBytes: options.maxBlobBytes,
    ...(options.skipPath ? { skipPath: options.skipPath } : {}),
  });
}

/** How many commits a history scan of `path` will walk (for progress), or undefined if git cannot tell. */
export async function countCommits(path: string, revs: readonly string[] = ['--all']): Promise<number | undefined> {
  const out = await gitMaybe(resolve(path), ['rev-list', '--count', ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : undefined;
}

/** Adds the path of too-large blobs to their diagnostics when the source knows it. */
async function describeTooLarge(diagnostics: Diagnostic[], source: Source): Promise<void> {
  const large = diagnostics.filter((d) => d.code === 'too-large' && d.blobId && !d.path);
  if (large.length === 0) return;
  const origins = await source.origins(large.map((d) => d.blobId!));
  for (const [i, d] of diagnostics.entries()) {
    if (d.code !== 'too-large' || !d.blobId) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (origin) diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, origin.path) };
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
  diagnostics: Diagnostic[],
  skipPath: PathFilter | undefined,
): Promise<Finding[]> {
  if (matchesByBlob.size === 0) return [];
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const tests = await compilePathTests(rules);
  // node:crypto is loaded only when there is something to fingerprint.
  const { fingerprint } = await import('./engine/fingerprint.js');
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
 * Which occurrence of one finding to report: one without an allow comment wins over one with (the secret also
 * sits somewhere unallowed, so the finding is not allowed), then the earlier introduction.
 */
function preferred(a: Finding, b: Finding): boolean {
  if ((a.allowed === undefined) !== (b.allowed === undefined)) return a.allowed === undefined;
  return earlier(a, b);
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

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? '', b.path ?? '') || cmp(a.blobId ?? '', b.blobId ?? '') || cmp(a.detail, b.detail),
  );
}

export type { ScanKind };
// The pre-push range logic, for the CLI (and any other caller that has git's pre-push input).
export { parsePrePushInput, resolvePushRevs, type PushRange, type RefUpdate } from './sources/pre-push.js';
