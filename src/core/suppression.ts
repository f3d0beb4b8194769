// Suppressions: what the scan is told to hide (the ignore files and the baseline, loaded at the edge by config/ and
// passed as data), why a finding was hidden, and the hidden finding that reporters count.

import type { Finding } from './types.js';

/**
 * Why a finding was not reported: an allow comment, the ignore file, the baseline, a documentation example, or a
 * confidence below the scan's minimum (`--min-confidence`, `minConfidence`).
 */
export type SuppressionKind = 'inline' | 'ignore' | 'baseline' | 'example' | 'confidence';

export interface Suppression {
  readonly kind: SuppressionKind;
  readonly reason?: string;
  /** File that holds the suppression (ignore file or baseline), for messages. */
  readonly source?: string;
}

/** A `.gitleaksignore` entry: gitleaks fingerprints name a rule, a path, a line and (in git scans) a commit. */
export interface GitleaksIgnoreEntry {
  readonly ruleId: string;
  readonly path: string;
  readonly line: number;
  readonly commit?: string;
}

/** What to suppress, loaded at the edge (config/settings.ts) and passed to the scan as data. */
export interface SuppressionInput {
  /** Fingerprint -> reason (or undefined), from `.leakgateignore`. */
  readonly ignored: ReadonlyMap<string, string | undefined>;
  readonly ignoreSource?: string;
  readonly gitleaksIgnored?: readonly GitleaksIgnoreEntry[];
  readonly gitleaksIgnoreSource?: string;
  /** Fingerprints of the baseline file. */
  readonly baseline?: ReadonlySet<string>;
  readonly baselineSource?: string;
}

/** A finding that was found and then suppressed; reporters count it and may list it, never as a failure. */
export interface SuppressedFinding extends Finding {
  readonly suppression: Suppression;
}

