// Suppression, after findings are built: allow comments (recorded by the engine on each match), fingerprints from
// the ignore file, gitleaks' line-based ignore entries, then the baseline. Each hidden finding is kept with the
// reason, so reports can say "4 in baseline, 1 allowed inline, 2 ignored" instead of hiding silently. Matches the
// engine found to be documentation examples (a URL at example.com) are suppressed first, with that reason.

import type { Finding, GitleaksIgnoreEntry, SuppressedFinding, Suppression, SuppressionInput } from '../core/types.js';

export type { GitleaksIgnoreEntry, SuppressionInput };

export interface SuppressionResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

function gitleaksMatch(entry: GitleaksIgnoreEntry, finding: Finding): boolean {
  if (entry.ruleId !== finding.ruleId || entry.path !== finding.path || entry.line !== finding.line) return false;
  if (entry.commit === undefined) return true;
  return finding.commit !== undefined && finding.commit.id.startsWith(entry.commit);
}

/** Why a finding is suppressed, if it is: an example, an allow comment, then the ignore files, then the baseline. */
function suppressionOf(finding: Finding, input: SuppressionInput | undefined, inline: boolean): Suppression | undefined {
  // A documentation example is never a finding, whatever else applies (also with --no-suppress).
  if (finding.example !== undefined) return { kind: 'example', reason: finding.example };
  if (inline && finding.allowed) {
    return { kind: 'inline', ...(finding.allowed.reason ? { reason: finding.allowed.reason } : {}), source: finding.allowed.marker };
  }
  if (!input) return undefined;
  if (input.ignored.has(finding.fingerprint)) {
    const reason = input.ignored.get(finding.fingerprint);
    return { kind: 'ignore', ...(reason ? { reason } : {}), ...(input.ignoreSource ? { source: input.ignoreSource } : {}) };
  }
  if (input.gitleaksIgnored?.some((entry) => gitleaksMatch(entry, finding))) {
    return { kind: 'ignore', ...(input.gitleaksIgnoreSource ? { source: input.gitleaksIgnoreSource } : {}) };
  }
  if (input.baseline?.has(finding.fingerprint)) {
    return { kind: 'baseline', ...(input.baselineSource ? { source: input.baselineSource } : {}) };
  }
  return undefined;
}

/** Splits findings into reported and suppressed; `inline: false` disregards allow comments (an audit wants all). */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput | undefined, inline = true): SuppressionResult {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const suppression = suppressionOf(finding, input, inline);
    if (suppression) suppressed.push({ ...finding, suppression });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}
