// Counts of suppressed findings per reason, worded the same way in every reporter.

import type { ScanReport, SuppressionKind } from '../core/types.js';

/** Counts per reason, always with all three keys. */
export function countSuppressed(report: ScanReport): Record<SuppressionKind, number> {
  const counts: Record<SuppressionKind, number> = { baseline: 0, inline: 0, ignore: 0 };
  for (const f of report.suppressed ?? []) counts[f.suppression.kind]++;
  return counts;
}

/** "4 in baseline, 1 allowed inline, 2 ignored", or '' when nothing was suppressed. */
export function describeSuppressed(report: ScanReport): string {
  const counts = countSuppressed(report);
  return [
    counts.baseline > 0 ? `${counts.baseline.toLocaleString('en-US')} in baseline` : '',
    counts.inline > 0 ? `${counts.inline.toLocaleString('en-US')} allowed inline` : '',
    counts.ignore > 0 ? `${counts.ignore.toLocaleString('en-US')} ignored` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
