// The Action's `config`, `baseline` and `fail-on` inputs, resolved through the same settings loader as the CLI
// (config/settings.ts): effective rules, path filter, suppressions (inline allow, ignore files, baseline),
// hygiene thresholds and the fail-on level.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { FailOn } from '../core/fail-on.js';
import type { ScanReport } from '../core/report.js';
import type { Confidence } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { loadScanSettings, settingsScanOptions, type ScanSettings } from '../config/settings.js';
import type { ScanOptions } from '../scan/run.js';
import type { ActionInputs } from './inputs.js';
import { readCommitted } from '../sources/committed.js';

/** What the config and baseline inputs decide for one scan. */
export interface ActionSettings {
  /** Rules, path filter, suppressions and hygiene thresholds, exactly as the CLI builds them. */
  readonly scan: Pick<ScanOptions, 'rules' | 'skipPath' | 'skipPathKey' | 'suppress' | 'hygiene' | 'minConfidence' | 'minConfidenceSource'>;
  /** The `fail-on` input when given, else the config's `failOn` (default info). */
  readonly failOn: FailOn;
  /** The `allow-incomplete` input, or the config's allowIncomplete. */
  readonly allowIncomplete: boolean;
  /** Warnings for the log (unsupported gitleaks fields and the like). */
  readonly notes: readonly string[];
}

/** Resolves the config and baseline inputs against the scanned directory (paths relative to working-directory). */
export async function settingsFromInputs(
  inputs: Pick<ActionInputs, 'config' | 'baseline' | 'failOn'> & Partial<Pick<ActionInputs, 'allowIncomplete' | 'minConfidence'>>,
  repoDir: string,
): Promise<ActionSettings> {
  for (const name of ['config', 'baseline'] as const) {
    const file = inputs[name];
    if (file && !existsSync(resolve(repoDir, file))) {
      throw new InputError(`input "${name}": ${file}: no such file (paths are relative to working-directory ${repoDir})`);
    }
  }
  const settings = await loadScanSettings(repoDir, {
    ...(inputs.config ? { configPath: resolve(repoDir, inputs.config) } : {}),
    ...(inputs.baseline ? { baselinePath: resolve(repoDir, inputs.baseline) } : {}),
    readCommitted,
  });
  return {
    // The Action gates pull requests like the hooks: medium confidence and up unless the input or config says.
    scan: { ...settingsScanOptions(settings), ...minConfidence(inputs.minConfidence, settings) },
    failOn: inputs.failOn ?? settings.failOn,
    allowIncomplete: (inputs.allowIncomplete ?? false) || settings.allowIncomplete,
    notes: settings.warnings,
  };
}

function minConfidence(input: Confidence | undefined, settings: ScanSettings): Pick<ScanOptions, 'minConfidence' | 'minConfidenceSource'> {
  if (input) return { minConfidence: input, minConfidenceSource: 'input "min-confidence"' };
  if (settings.minConfidence) return { minConfidence: settings.minConfidence, minConfidenceSource: `minConfidence in ${settings.configFile ?? 'the config'}` };
  return { minConfidence: 'medium', minConfidenceSource: "the Action's default" };
}

/** Every finding of the scan, new or in the baseline (allowed and ignored ones are not findings). */
export function allFindings(report: ScanReport): readonly Finding[] {
  return [...report.findings, ...(report.suppressed ?? []).filter((s) => s.suppression.kind === 'baseline')];
}
