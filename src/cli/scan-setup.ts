// Flags shared by every command that runs a scan (`scan`, `baseline create|update`): the repository's settings
// plus flags -> ScanOptions. The Action builds the same options from the same loadScanSettings.

import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { CONFIDENCES, type Confidence } from '../core/rule.js';
import { DEFAULT_ARCHIVE_LIMITS, MAX_NESTING_DEPTH } from '../core/scan-settings.js';
import { loadScanSettings, settingsScanOptions, type ScanSettings } from '../config/settings.js';
import { FAIL_ON_VALUES, type FailOn } from '../core/fail-on.js';
import { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES, type ScanOptions, type Target } from '../scan/run.js';
import { parseDuration, parseSize, parseWorkers, type Io } from './args.js';
import { readCommitted } from '../sources/committed.js';

export const scanSetupOptions = {
  'no-git': { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  workers: { type: 'string' },
  'max-blob-size': { type: 'string' },
  'blob-timeout': { type: 'string' },
  'decode-depth': { type: 'string' },
  'archive-depth': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'stdin-name': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export interface ScanSetupValues {
  readonly 'no-git'?: boolean;
  readonly rules?: string[];
  readonly config?: string;
  readonly workers?: string;
  readonly 'max-blob-size'?: string;
  readonly 'blob-timeout'?: string;
  readonly 'decode-depth'?: string;
  readonly 'archive-depth'?: string;
  readonly 'no-cache'?: boolean;
  readonly 'stdin-name'?: string;
}

export function parseFailOn(text: string): FailOn {
  const found = FAIL_ON_VALUES.find((v) => v === text);
  if (!found) throw new InputError(`--fail-on: expected one of ${FAIL_ON_VALUES.join(', ')}, got "${text}"`);
  return found;
}

export function parseMinConfidence(text: string): Confidence {
  const found = CONFIDENCES.find((v) => v === text);
  if (!found) throw new InputError(`--min-confidence: expected one of ${[...CONFIDENCES].reverse().join(', ')}, got "${text}"`);
  return found;
}

/**
 * The lowest confidence a scan reports, and where that came from: the flag, else the config's `minConfidence`, else
 * the face's default (medium for the hooks, which block a commit for what they report; low for audits).
 */
export function minConfidenceOf(
  flag: Confidence | undefined,
  settings: Pick<ScanSettings, 'minConfidence' | 'configFile'>,
  hook: boolean,
): { minConfidence: Confidence; minConfidenceSource: string } {
  if (flag) return { minConfidence: flag, minConfidenceSource: '--min-confidence' };
  if (settings.minConfidence) return { minConfidence: settings.minConfidence, minConfidenceSource: `minConfidence in ${settings.configFile ?? 'the config'}` };
  return hook ? { minConfidence: 'medium', minConfidenceSource: 'the hooks\' default' } : { minConfidence: 'low', minConfidenceSource: 'the default' };
}

/** Loads the settings for a scan of `path` ('-' = standard input) and builds the options of that scan. */
export async function prepareScan(
  values: ScanSetupValues,
  path: string,
  io: Io,
  extra: { baselinePath?: string; useBaseline?: boolean; suppress?: boolean } = {},
): Promise<{ settings: ScanSettings; options: ScanOptions; workers: number }> {
  const workers = parseWorkers(values.workers);
  const maxBlobBytes = values['max-blob-size'] ? parseSize(values['max-blob-size'], '--max-blob-size') : DEFAULT_MAX_BLOB_BYTES;
  const blobTimeoutMs = values['blob-timeout'] ? parseDuration(values['blob-timeout'], '--blob-timeout') : DEFAULT_BLOB_TIMEOUT_MS;
  const settings = await loadScanSettings(path === '-' ? io.cwd : resolve(io.cwd, path), {
    ...(values.config ? { configPath: resolve(io.cwd, values.config) } : {}),
    ...(extra.baselinePath ? { baselinePath: resolve(io.cwd, extra.baselinePath) } : {}),
    // --no-suppress applies no baseline: it is not read (a damaged one cannot stop the scan that looks past it).
    ...(extra.useBaseline === false || extra.suppress === false ? { useBaseline: false } : {}),
    ...(values.rules ? { ruleFiles: values.rules.map((f) => resolve(io.cwd, f)) } : {}),
    readCommitted,
  });
  const target: Target =
    path === '-'
      ? { type: 'stdin', name: values['stdin-name'] ?? 'stdin', input: io.stdin as AsyncIterable<Buffer> }
      : values['no-git']
        ? { type: 'directory', path }
        : { type: 'history', path };
  const { suppress, ...fromSettings } = settingsScanOptions(settings);
  const options: ScanOptions = {
    target,
    workers,
    maxBlobBytes,
    blobTimeoutMs,
    cache: !values['no-cache'],
    ...fromSettings,
    ...(values['decode-depth'] !== undefined ? { decodeDepth: parseDecodeDepth(values['decode-depth']) } : {}),
    ...(values['archive-depth'] !== undefined
      ? { archives: { ...(fromSettings.archives ?? DEFAULT_ARCHIVE_LIMITS), depth: parseArchiveDepth(values['archive-depth']) } }
      : {}),
    // --no-suppress: report what allow comments, ignore files and the baseline would hide.
    ...((extra.suppress ?? true) ? { suppress } : { inlineAllow: false }),
  };
  return { settings, options, workers };
}

/** `--decode-depth N`: a whole number from 0 (off) to MAX_NESTING_DEPTH. */
export function parseDecodeDepth(text: string): number {
  return nestingDepth('--decode-depth', text, 'decoding off');
}

/** `--archive-depth N`: a whole number from 0 (off) to MAX_NESTING_DEPTH. */
export function parseArchiveDepth(text: string): number {
  return nestingDepth('--archive-depth', text, 'archives not opened');
}

function nestingDepth(flag: string, text: string, zero: string): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(n >= 0 && n <= MAX_NESTING_DEPTH)) throw new InputError(`${flag}: expected a whole number from 0 (${zero}) to ${MAX_NESTING_DEPTH}, got "${text}"`);
  return n;
}

/** Config warnings on stderr (unsupported gitleaks fields and the like). */
export function printWarnings(settings: ScanSettings, io: Io): void {
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}\n`);
}
