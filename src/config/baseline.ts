// The baseline file: findings accepted as they are, so a scan reports only new ones. JSON Lines, one entry a line,
// sorted by fingerprint, with no line numbers and no timestamps: re-creating it on unchanged findings gives the
// same bytes, and two branches that each add entries touch different lines (git's `merge=union` driver also works).

import { ConfigError } from '../core/errors.js';
import type { Finding } from '../core/types.js';
import { FINGERPRINT } from './ignore-file.js';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly rule: string;
  readonly path: string;
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.fingerprint, b.fingerprint) || cmp(a.path, b.path) || cmp(a.rule, b.rule);
}

/** Entries for findings: one per fingerprint and path. */
export function baselineEntries(findings: readonly Finding[]): BaselineEntry[] {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path }));
}

/** The file's text: sorted, duplicates removed, one JSON object a line, ending with a newline (empty when none). */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries]
    .sort(compare)
    .map((e) => JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path }));
  const unique = lines.filter((line, i) => line !== lines[i - 1]);
  return unique.length === 0 ? '' : `${unique.join('\n')}\n`;
}

/** Parses a baseline; throws a ConfigError naming every bad line (a merge conflict marker, a broken entry). */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `${file}:${i + 1}`;
    if (/^(<<<<<<<|=======|>>>>>>>)/.test(line)) {
      problems.push(`${where}: merge conflict marker; keep the entries of both sides (or re-run "leakgate baseline create")`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.replace(/,$/, ''));
    } catch {
      problems.push(`${where}: expected one JSON entry {"fingerprint":...,"rule":...,"path":...} per line, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const entry = value as Partial<Record<keyof BaselineEntry, unknown>>;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof entry.fingerprint !== 'string' ||
      !FINGERPRINT.test(entry.fingerprint) ||
      typeof entry.rule !== 'string' ||
      typeof entry.path !== 'string'
    ) {
      problems.push(`${where}: expected {"fingerprint": 24 hexadecimal characters, "rule": string, "path": string}, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, path: entry.path });
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return entries;
}
