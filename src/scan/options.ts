// What a scan is asked to do: the target and the options the CLI and the Action build once at the edge.

import type { Confidence, RuleSpec, SizeLimit } from '../core/rule.js';
import type { ArchiveLimits, HygieneSettings } from '../core/scan-settings.js';
import type { RefUpdate } from '../sources/pre-push.js';
import type { PathFilter, SourceProgress } from '../sources/source.js';
import type { SuppressionInput } from './suppress.js';

/** What to scan. */
export type Target =
  /** Every ref's history, or with `revs` a range (`A..B`, `^X HEAD`...): then only what the range adds counts. */
  | {
      readonly type: 'history';
      readonly path: string;
      readonly revs?: readonly string[];
      /** The user's spelling of `revs` and its flag, checked before the walk so a typo is a clear error. */
      readonly spec?: { readonly flag: string; readonly text: string };
    }
  /** The index compared with HEAD: what `git commit` would record (the pre-commit hook). */
  | { readonly type: 'staged'; readonly path: string }
  /** The commits that ref updates add to a remote (the pre-push hook; see sources/pre-push.ts). */
  | { readonly type: 'push'; readonly path: string; readonly updates: readonly RefUpdate[]; readonly exclude?: readonly string[] }
  /** The files under `path`, or with `files` only those (paths relative to `path`: a hook manager's file list). */
  | { readonly type: 'directory'; readonly path: string; readonly files?: readonly string[] }
  | { readonly type: 'stdin'; readonly name: string; readonly input: AsyncIterable<Buffer | string> };

/** Options shared by the CLI and the Action; built once at the edge and never mutated. */
export interface ScanOptions {
  readonly target: Target;
  readonly rules: readonly RuleSpec[];
  /** Worker threads for big scans; 0 scans in-process only. */
  readonly workers: number;
  readonly maxBlobBytes: number;
  readonly blobTimeoutMs: number;
  /** Paths never scanned (the config's global path allowlist); applied by the source and again to origins. */
  readonly skipPath?: PathFilter;
  /**
   * What `skipPath` was built from. The scan cache's key includes it: blobs at skipped paths are never read, so a
   * cache built with another allowlist would hide them. A `skipPath` without a key turns the cache off.
   */
  readonly skipPathKey?: string;
  /** Reuse and extend the scan cache under the git directory (history scans only); default true. */
  readonly cache?: boolean;
  /** Ignore-file fingerprints and the baseline (allow comments are recorded by the engine). */
  readonly suppress?: SuppressionInput;
  /** False: allow comments do not hide findings (an audit that wants to see everything). Default true. */
  readonly inlineAllow?: boolean;
  /**
   * Findings below this confidence are counted as suppressed (kind 'confidence') instead of reported. Default low
   * (everything); the hooks and the Action ask for medium (docs/configuration.md says why).
   */
  readonly minConfidence?: Confidence;
  /** Where `minConfidence` came from, said with each finding it holds back ("--min-confidence", the config file). */
  readonly minConfidenceSource?: string;
  /** Size thresholds for hygiene rules, from the config file (after `sizeLimits`). */
  readonly hygiene?: HygieneSettings;
  /** Add the introducing commit and HEAD presence of the largest blobs to the health figures (`--health`). */
  readonly healthDetail?: boolean;
  /** Large-blob thresholds by path glob, checked before the rule pack's own (`--size-limit`). */
  readonly sizeLimits?: readonly SizeLimit[];
  /** Levels of nested encodings decoded and scanned again (0: off; default DEFAULT_DECODE_DEPTH). */
  readonly decodeDepth?: number;
  /** How archives in blobs are opened (depth 0: never); default DEFAULT_ARCHIVE_LIMITS. */
  readonly archives?: ArchiveLimits;
  readonly onProgress?: (progress: Readonly<SourceProgress>) => void;
}

export const DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
export const DEFAULT_BLOB_TIMEOUT_MS = 10_000;
