// The ignore files: `.leakgateignore` (one fingerprint a line, optional `# reason`) and gitleaks'
// `.gitleaksignore` (line-based gitleaks fingerprints `[commit:]path:rule:line`, honoured for users switching over).

import { ConfigError } from '../core/errors.js';
import type { GitleaksIgnoreEntry } from '../core/suppression.js';

/** A finding fingerprint as engine/fingerprint.ts writes it. */
export const FINGERPRINT = /^[0-9a-f]{24}$/;

/** Fingerprint -> reason; throws a ConfigError naming every line that is not a fingerprint. */
export function parseIgnoreFile(text: string, file: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim().toLowerCase();
    const reason = hash === -1 ? undefined : raw.slice(hash + 1).trim() || undefined;
    if (value === '') return;
    if (!FINGERPRINT.test(value)) {
      problems.push(`${file}:${i + 1}: expected a finding fingerprint (24 hexadecimal characters, as "leakgate scan" prints them) and an optional "# reason", got ${JSON.stringify(raw.slice(0, 80))}`);
      return;
    }
    if (!out.has(value) || out.get(value) === undefined) out.set(value, reason);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return out;
}

/** One line of `.leakgateignore`. */
export function formatIgnoreLine(fingerprint: string, reason?: string): string {
  return reason ? `${fingerprint}  # ${reason}` : fingerprint;
}

/** gitleaks fingerprints; lines that are not one are warnings (the file is gitleaks', not ours). */
export function parseGitleaksIgnore(text: string, file: string): { entries: GitleaksIgnoreEntry[]; warnings: string[] } {
  const entries: GitleaksIgnoreEntry[] = [];
  const warnings: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:([0-9a-f]{7,40}):)?(.+):([^:]+):(\d+)$/.exec(line);
    if (!m) {
      warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint ([commit:]path:rule-id:line); ignored`);
      return;
    }
    entries.push({ ...(m[1] ? { commit: m[1] } : {}), path: m[2]!, ruleId: m[3]!, line: Number(m[4]) });
  });
  return { entries, warnings };
}
