// Counts of suppressed findings per reason, worded the same way in every reporter.

import type { ScanReport } from '../core/report.js';
import type { SuppressionKind } from '../core/suppression.js';
import { formatCount } from './count.js';

/** Counts per reason, always with every key. */
export function countSuppressed(report: ScanReport): Record<SuppressionKind, number> {
  const counts: Record<SuppressionKind, number> = { baseline: 0, inline: 0, ignore: 0, example: 0, confidence: 0 };
  for (const f of report.suppressed ?? []) counts[f.suppression.kind]++;
  return counts;
}

/**
 * "4 in baseline, 1 allowed inline, 2 ignored, 3 documentation examples, 5 below the minimum confidence", or ''
 * when nothing was suppressed.
 */
export function describeSuppressed(report: ScanReport): string {
  const counts = countSuppressed(report);
  return [
    counts.baseline > 0 ? `${formatCount(counts.baseline)} in baseline` : '',
    counts.inline > 0 ? `${formatCount(counts.inline)} allowed inline` : '',
    counts.ignore > 0 ? `${formatCount(counts.ignore)} ignored` : '',
    counts.example > 0 ? `${formatCount(counts.example)} documentation example${counts.example === 1 ? '' : 's'}` : '',
    counts.confidence > 0 ? `${formatCount(counts.confidence)} below the minimum confidence` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
