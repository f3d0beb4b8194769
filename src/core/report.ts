// What a scan hands its reporters (scan -> report): the findings, suppressed findings, rules, diagnostics, counters
// and repository size figures of one scan.

import type { Diagnostic } from './diagnostic.js';
import type { RuleSpec } from './rule.js';
import type { SuppressedFinding } from './suppression.js';
import type { Finding } from './types.js';

/** What kind of scan produced a report (SARIF runAutomationDetails, text headline). */
export type ScanKind = 'history' | 'tree' | 'staged' | 'range' | 'stdin';

/** Counters every scan reports, so that a scan that scanned nothing says so. */
export interface ScanStats {
  blobs: number;
  bytes: number;
  binarySkipped: number;
  commits: number;
  /** Blobs in which the prefilter found a keyword of some rule (their content went on to that rule's regex where it applies). */
  blobsMatched: number;
  /** Blobs replayed from the scan cache instead of being read (history scans). */
  cachedBlobs?: number;
  /** Commits of an earlier scan not walked again: history only grew since, and their blobs came from the cache. */
  cachedCommits?: number;
  durationMs: number;
}

/** One of the largest blobs of a scan. */
export interface LargeBlob {
  readonly blobId: string;
  readonly size: number;
  /** The first path where it was introduced. */
  readonly path: string;
  readonly commit?: string;
  readonly inHead?: boolean;
}

/** Repository size figures gathered in the same pass as the findings (`scan --health`). */
export interface RepoHealth {
  /** Unique blobs and their bytes. */
  readonly blobs: number;
  readonly bytes: number;
  /** The largest blobs, largest first. */
  readonly largest: readonly LargeBlob[];
  /** Binary blobs (a NUL byte in the first 8,000 bytes) stored in Git rather than in LFS. */
  readonly binaryOutsideLfs: { readonly count: number; readonly bytes: number };
  /** Git LFS pointer blobs (their content lives in LFS). */
  readonly lfsPointers: number;
}

/** Everything a reporter needs; reporters never read files or git. */
export interface ScanReport {
  readonly kind: ScanKind;
  readonly target: string;
  readonly findings: readonly Finding[];
  /** Findings hidden by an allow comment, the ignore file or the baseline (absent: none). */
  readonly suppressed?: readonly SuppressedFinding[];
  readonly rules: readonly RuleSpec[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ScanStats;
  readonly toolVersion: string;
  /** Size figures of what was scanned (absent from reports built without them). */
  readonly health?: RepoHealth;
}
