// What each peer scanner finds that leakgate does not, and the reverse: reads leakgate's JSON report and a peer's
// report (gitleaks' and betterleaks' JSON array, TruffleHog's JSON lines) into one shape, matches them, and groups
// the three outcomes by rule family and file type. Pure functions; bench/peer-diff.ts runs the scans and prints.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/** One reported secret, from any scanner. */
export interface Hit {
  readonly rule: string;
  readonly commit: string;
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  /** The secret in clear (leakgate with --no-redact); '' for file-level findings. */
  readonly secret: string;
  /** The blob the hit is in: leakgate reports it; a peer's is looked up from commit and path (`commit:path`). */
  blob?: string;
  /** The matched text or snippet, to read the groups by hand (never printed in tables). */
  readonly context: string;
}

interface LeakgateReport {
  findings: Array<{
    ruleId: string;
    kind: string;
    path: string;
    line: number;
    endLine?: number;
    secret: string;
    snippet?: string;
    blob?: string;
    commit?: { id: string };
  }>;
}

/** leakgate's JSON report: every secret and credential finding (hygiene has no peer counterpart; counted apart). */
export function leakgateHits(json: string): { hits: Hit[]; hygiene: number } {
  const report = JSON.parse(json) as LeakgateReport;
  const hits: Hit[] = [];
  let hygiene = 0;
  for (const f of report.findings) {
    if (f.kind === 'hygiene') {
      hygiene++;
      continue;
    }
    hits.push({
      rule: f.ruleId,
      commit: f.commit?.id ?? '',
      path: f.path,
      line: f.line,
      endLine: f.endLine ?? f.line,
      secret: f.secret,
      blob: f.blob,
      context: f.snippet ?? '',
    });
  }
  return { hits, hygiene };
}

interface GitleaksFinding {
  RuleID: string;
  Commit: string;
  File: string;
  StartLine: number;
  EndLine: number;
  Secret: string;
  Match: string;
}

/** gitleaks' and betterleaks' `--report-format json` (an array; betterleaks writes null, or no file, for none). */
export function gitleaksHits(json: string): Hit[] {
  const parsed = (json.trim() === '' ? null : JSON.parse(json)) as GitleaksFinding[] | null;
  return (parsed ?? []).map((f) => ({
    rule: f.RuleID,
    commit: f.Commit,
    path: f.File,
    line: f.StartLine,
    endLine: Math.max(f.StartLine, f.EndLine),
    secret: f.Secret,
    context: f.Match,
  }));
}

interface TrufflehogResult {
  SourceMetadata?: { Data?: { Git?: { commit?: string; file?: string; line?: number } } };
  DetectorName?: string;
  DecoderName?: string;
  Raw?: string;
  RawV2?: string;
}

/** TruffleHog's `--json` output: one object per result; log lines and other objects are skipped. */
export function trufflehogHits(jsonLines: string): Hit[] {
  const hits: Hit[] = [];
  for (const line of jsonLines.split('\n')) {
    if (!line.includes('"SourceMetadata"')) continue;
    const r = JSON.parse(line) as TrufflehogResult;
    const git = r.SourceMetadata?.Data?.Git ?? {};
    const decoded = r.DecoderName && r.DecoderName !== 'PLAIN' ? `:${r.DecoderName.toLowerCase()}` : '';
    hits.push({
      rule: `${r.DetectorName ?? 'unknown'}${decoded}`,
      commit: git.commit ?? '',
      path: git.file ?? '',
      line: git.line ?? 0,
      endLine: git.line ?? 0,
      secret: r.Raw ?? '',
      context: r.RawV2 || r.Raw || '',
    });
  }
  return hits;
}

/** A secret as compared: surrounding whitespace and quotes dropped, line breaks normalised (private keys). */
export function normaliseSecret(secret: string): string {
  return secret
    .replace(/\r\n?/g, '\n')
    .replace(/\\n/g, '\n')
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .trim();
}

export const digest = (secret: string): string => createHash('sha256').update(normaliseSecret(secret)).digest('hex').slice(0, 16);

/** The shortest secret that a containment match may rest on: shorter ones (`root`, `1234`) match too much. */
const MIN_CONTAINED = 8;

function sameSecret(a: string, b: string): boolean {
  const x = normaliseSecret(a);
  const y = normaliseSecret(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= MIN_CONTAINED && long.includes(short);
}

const overlaps = (a: Hit, b: Hit): boolean => a.line <= b.endLine + 1 && b.line <= a.endLine + 1;

export interface Matched {
  /** Peer hits leakgate also reports, each with the leakgate hit it matched. */
  readonly both: Array<{ peer: Hit; ours: Hit; by: 'secret' | 'location' }>;
  readonly peerOnly: Hit[];
  readonly oursOnly: Hit[];
}

/**
 * Matches a peer's hits against leakgate's: the same secret (equal, or one containing the other, in any path:
 * leakgate reports a value once, with its other occurrences counted), else the same blob (or commit and path) at
 * overlapping lines (a different extent of the same secret, such as a whole key block against its first line).
 */
export function matchHits(ours: readonly Hit[], theirs: readonly Hit[]): Matched {
  const byDigest = new Map<string, Hit>();
  for (const o of ours) if (o.secret) byDigest.set(digest(o.secret), o);
  const byBlob = new Map<string, Hit[]>();
  const byCommitPath = new Map<string, Hit[]>();
  const push = (map: Map<string, Hit[]>, key: string, hit: Hit): void => void (map.get(key) ?? map.set(key, []).get(key)!).push(hit);
  for (const o of ours) {
    if (o.blob) push(byBlob, o.blob, o);
    push(byCommitPath, `${o.commit}:${o.path}`, o);
  }
  const used = new Set<Hit>();
  const both: Matched['both'] = [];
  const peerOnly: Hit[] = [];
  for (const p of theirs) {
    let ours1: Hit | undefined = p.secret ? byDigest.get(digest(p.secret)) : undefined;
    let by: 'secret' | 'location' = 'secret';
    if (!ours1 && p.secret) ours1 = ours.find((o) => sameSecret(o.secret, p.secret));
    if (!ours1) {
      by = 'location';
      const near = [...(p.blob ? (byBlob.get(p.blob) ?? []) : []), ...(byCommitPath.get(`${p.commit}:${p.path}`) ?? [])];
      ours1 = near.find((o) => overlaps(o, p) || o.secret === '');
    }
    if (ours1) {
      used.add(ours1);
      both.push({ peer: p, ours: ours1, by });
    } else {
      peerOnly.push(p);
    }
  }
  return { both, peerOnly, oursOnly: ours.filter((o) => !used.has(o)) };
}

/** One value per (rule, secret): gitleaks reports a secret again for every commit that adds it, leakgate once. */
export function distinct(hits: readonly Hit[]): Hit[] {
  const seen = new Map<string, Hit>();
  for (const h of hits) {
    const key = `${h.rule}\0${h.secret ? digest(h.secret) : `${h.path}:${h.line}`}`;
    if (!seen.has(key)) seen.set(key, h);
  }
  return [...seen.values()];
}

/** A path's file type for grouping: well-known names as themselves, else the extension, else "(none)". */
export function fileType(path: string): string {
  const name = basename(path).toLowerCase();
  if (/^\.env(\..*)?$/.test(name)) return '.env*';
  if (/^(dockerfile|makefile|gemfile|rakefile|jenkinsfile|procfile)$/.test(name)) return name;
  if (name.startsWith('.') && !name.slice(1).includes('.')) return name;
  const ext = extname(name);
  return ext === '' ? '(none)' : ext;
}

/** Counts by key, largest first, as "key n" cells ("a 3, b 1"), at most `top` of them then "... (k more)". */
export function tally(hits: readonly Hit[], key: (h: Hit) => string, top = 6): string {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, top).map(([k, n]) => `${k} ${n}`);
  if (sorted.length > top) shown.push(`... (${sorted.length - top} more)`);
  return shown.join(', ') || '-';
}
