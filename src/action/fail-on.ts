// The `fail-on` gate: which findings fail the step, from their severity alone.

import { SEVERITIES, type Finding } from '../core/types.js';
import type { FailOn } from './inputs.js';

/** The findings at or above `threshold` (none for 'none'). */
export function failingFindings(findings: readonly Finding[], threshold: FailOn): readonly Finding[] {
  if (threshold === 'none') return [];
  const limit = SEVERITIES.indexOf(threshold);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}
