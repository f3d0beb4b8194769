// Suppression, after findings are built: allow comments (recorded by the engine on each match), fingerprints from
// the ignore file, gitleaks' line-based ignore entries, then the baseline. Each hidden finding is kept with the
// reason, so reports can say "4 in baseline, 1 allowed inline, 2 ignored" instead of hiding silently. Matches the
// engine found to be documentation examples (a URL at example.com) are suppressed first, with that reason.

import { meetsConfidence, type Confidence } from '../core/rule.js';
import type { GitleaksIgnoreEntry, SuppressedFinding, Suppression, SuppressionInput } from '../core/suppression.js';
import type { Finding } from '../core/types.js';

export type { GitleaksIgnoreEntry, SuppressionInput };

export interface SuppressionResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/** A gitleaks entry names one line: it covers that location of the finding. */
function gitleaksMatch(entry: GitleaksIgnoreEntry, finding: Finding, line: number): boolean {
  if (entry.ruleId !== finding.ruleId || entry.path !== finding.path || entry.line !== line) return false;
  if (entry.commit === undefined) return true;
  return finding.commit !== undefined && finding.commit.id.startsWith(entry.commit);
}

/** gitleaks reports each line on its own: a finding on several lines is ignored when every one of them is. */
function gitleaksIgnored(entries: readonly GitleaksIgnoreEntry[], finding: Finding): boolean {
  const lines = finding.locations?.map((l) => l.line) ?? [finding.line];
  return lines.every((line) => entries.some((entry) => gitleaksMatch(entry, finding, line)));
}

/** What a scan reports: findings at or above `minConfidence` (`--min-confidence`, `minConfidence`, the face's default). */
export interface Selection {
  readonly minConfidence: Confidence;
  /** Where the minimum came from, for the suppression's `source` ("--min-confidence", a config file, a default). */
  readonly source?: string;
}

/** Why a finding is suppressed, if it is: an example, an allow comment, then the ignore files, then the baseline. */
function suppressionOf(finding: Finding, input: SuppressionInput | undefined, inline: boolean, selection: Selection | undefined): Suppression | undefined {
  // A documentation example is never a finding, whatever else applies (also with --no-suppress).
  if (finding.example !== undefined) return { kind: 'example', reason: finding.example };
  // Below the minimum confidence: not selected (also with --no-suppress, which is about allow comments and files).
  if (selection && !meetsConfidence(finding.confidence, selection.minConfidence)) {
    return { kind: 'confidence', reason: `${finding.confidence} confidence, below the minimum ${selection.minConfidence}`, ...(selection.source ? { source: selection.source } : {}) };
  }
  if (inline && finding.allowed) {
    return { kind: 'inline', ...(finding.allowed.reason ? { reason: finding.allowed.reason } : {}), source: finding.allowed.marker };
  }
  if (!input) return undefined;
  if (input.ignored.has(finding.fingerprint)) {
    const reason = input.ignored.get(finding.fingerprint);
    return { kind: 'ignore', ...(reason ? { reason } : {}), ...(input.ignoreSource ? { source: input.ignoreSource } : {}) };
  }
  if (input.gitleaksIgnored && gitleaksIgnored(input.gitleaksIgnored, finding)) {
    return { kind: 'ignore', ...(input.gitleaksIgnoreSource ? { source: input.gitleaksIgnoreSource } : {}) };
  }
  if (input.baseline?.has(finding.fingerprint)) {
    return { kind: 'baseline', ...(input.baselineSource ? { source: input.baselineSource } : {}) };
  }
  return undefined;
}

/**
 * Splits findings into reported and suppressed; `inline: false` disregards allow comments (an audit wants all);
 * `selection` holds back findings below a minimum confidence.
 */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput | undefined, inline = true, selection?: Selection): SuppressionResult {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const suppression = suppressionOf(finding, input, inline, selection);
    if (suppression) suppressed.push({ ...finding, suppression });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}
