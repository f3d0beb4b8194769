// Wires one source, the engine and the report data: blobs -> matches -> findings attached to their origins.
// The CLI and the Action both call runScan; neither knows how sources or the engine work.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GitError, InputError } from './core/errors.js';
import type { Diagnostic, Finding, HygieneSettings, Match, Origin, RuleSpec, ScanKind, ScanReport, ScanStats } from './core/types.js';
import { fingerprint } from './engine/fingerprint.js';
import { resolveOverlaps } from './engine/overlap.js';
import { compilePathTests } from './engine/paths.js';
import type { CachedBlob } from './cache/scan-cache.js';
import { IncrementalScan } from './incremental.js';
import type { BlobScan } from './engine/detect.js';
import { BlobScanner } from './engine/pool.js';
import { DirectorySource } from './sources/directory.js';
import { gitMaybe } from './sources/git.js';
import { HistorySource, type HistoryOptions } from './sources/history.js';
import { loadBuiltinRules } from './ruleset/load.js';
import type { PathFilter, Source, SourceProgress } from './sources/source.js';
import { StreamSource } from './sources/stdin.js';
import { applySuppressions, type SuppressionInput } from './suppress.js';
import { VERSION } from './version.js';

/** What to scan. */
export type Target =
  | { readonly type: 'history'; readonly path: string; readonly revs?: readonly string[] }
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
  /** Reuse and extend the scan cache under the git directory (history scans only); default true. */
  readonly cache?: boolean;
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
  const started = performance.now();
  const matchesByBlob = new Map<string, Match[]>();
  const diagnostics: Diagnostic[] = [];
  const stats: ScanStats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const count = (result: { binary: boolean; matched: boolean }, size: number): void => {
    stats.blobs++;
    stats.bytes += size;
    if (result.binary) stats.binarySkipped++;
    if (result.matched) stats.blobsMatched++;
  };
  const keep = (id: string, result: { matches: readonly Match[]; diagnostics: readonly Diagnostic[] }): void => {
    if (result.matches.length > 0) matchesByBlob.set(id, [...result.matches]);
    diagnostics.push(...result.diagnostics);
  };
  const tooLarge = (id: string, size: number): void => {
    diagnostics.push({
      code: 'too-large',
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`,
    });
  };
  const replay = (hit: CachedBlob): void => (hit.truncated ? tooLarge(hit.id, hit.size) : keep(hit.id, hit));
  // Incremental audits (see incremental.ts): blobs scanned before are replayed, commits walked before skipped.
  const cache = await openIncremental(options, diagnostics);
  if (cache?.totals) {
    Object.assign(stats, cache.totals);
    cache.replayStored(replay);
  }
  const known = cache
    ? (id: string): boolean => {
        const found = cache.lookup(id);
        if (!found) return false;
        if (!found.counted) {
          count(found.hit, found.hit.size);
          replay(found.hit);
        }
        return true;
      }
    : undefined;
  const source = await openSource(options, known && { known, ...(cache?.tips ? { tips: cache.tips } : {}), ...(cache?.since ? { since: cache.since } : {}) });
  const sizes = new Map<string, number>();
  let read = 0;
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: (await onlyBuiltinRules(options.rules)) ? INLINE_BYTES : 0,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      const size = sizes.get(result.blobId) ?? 0;
      sizes.delete(result.blobId);
      count(result, size);
      keep(result.blobId, result);
      // A blob whose rules timed out was not fully scanned: not cached, so the next scan tries again.
      if (cache && !result.diagnostics.some((d) => d.code === 'regex-timeout')) cache.add({ ...result, id: result.blobId, size, truncated: false });
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
  });
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      options.onProgress?.(source.progress);
      if (blob.truncated) {
        count({ binary: false, matched: false }, blob.size);
        tooLarge(blob.id, blob.size);
        cache?.add({ id: blob.id, size: blob.size, binary: false, matched: false, truncated: true, matches: [], diagnostics: [] });
        continue;
      }
      sizes.set(blob.id, blob.size);
      await scanner.submit(blob);
    }
    await scanner.drain();
    complete = true;
  } finally {
    await scanner.close();
    await source.close();
  }
  if (cache && complete && source instanceof HistorySource) {
    stats.cachedBlobs = stats.blobs - read;
    const { blobs, bytes, binarySkipped, blobsMatched } = stats;
    await cache.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, diagnostics);
  }
  stats.commits = source.progress.commits;
  diagnostics.push(...source.diagnostics);
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  const all = await attach(matchesByBlob, origins, options.rules, diagnostics, options.skipPath);
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true);
  stats.durationMs = Math.round(performance.now() - started);
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

/**
 * In-process scanning has no time budget (a regex cannot be interrupted on the main thread), so it is kept for the
 * reviewed built-in rules; any other rule (a user's pack) always runs on workers, under the watchdog.
 */
async function onlyBuiltinRules(rules: readonly RuleSpec[]): Promise<boolean> {
  const builtin = new Set(await loadBuiltinRules());
  return rules.every((rule) => builtin.has(rule));
}

/** Opens the scan cache of a git target (under `git rev-parse --git-path leakgate`), unless turned off. */
async function openIncremental(options: ScanOptions, diagnostics: Diagnostic[]): Promise<IncrementalScan | undefined> {
  if (options.cache === false || options.target.type !== 'history') return undefined;
  const keyParts = { tool: VERSION, rules: options.rules, maxBlobBytes: options.maxBlobBytes, hygiene: options.hygiene ?? null };
  return IncrementalScan.open(resolve(options.target.path), keyParts, !options.target.revs, diagnostics);
}

async function openSource(options: ScanOptions, history?: Pick<HistoryOptions, 'known' | 'tips' | 'since'>): Promise<Source> {
  const { target } = options;
  if (target.type === 'stdin') return new StreamSource(target.input, target.name, options.maxBlobBytes);
  const path = resolve(target.path);
  try {
    await stat(path);
  } catch {
    throw new InputError(`${target.path}: no such file or directory`);
  }
  if (target.type === 'directory') return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath);
  const gitDir = await gitMaybe(path, ['rev-parse', '--git-dir']);
  if (gitDir === undefined) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  const revs = target.revs ?? ['--all'];
  return new HistorySource({
    repo: path,
    kind: target.revs ? 'range' : 'history',
    target: target.path,
    revs,
    merges: target.revs ? 'combined' : 'first-parent',
    maxBlobBytes: options.maxBlobBytes,
    ...(options.skipPath ? { skipPath: options.skipPath } : {}),
    ...history,
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
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const tests = await compilePathTests(rules);
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
