// Whether a scan fails: any reported finding at or above the `failOn` severity (suppressed findings never count).

import { SEVERITIES, type Severity } from './rule.js';
import type { Finding } from './types.js';

/** Lowest severity that fails a scan (exit code 1); `none` never fails. */
export type FailOn = Severity | 'none';

/** Every accepted fail-on level, strictest first: the config schema, `--fail-on` and the Action's input accept these. */
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

/** The reported findings that make the scan fail under `failOn`. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}
