// The seam between the Action's `config` / `baseline` inputs and the noise-control machinery (config file,
// baseline, suppressions). Everything those inputs change passes through settingsFromInputs(), so wiring the
// machinery in means changing this file only.
//
// Until that machinery is in this build: a given config or baseline file must exist (a typo fails the step),
// but it is not applied, and the step warns so; every finding is new.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding, RuleSpec } from '../core/types.js';
import { loadBuiltinRules } from '../ruleset/load.js';
import type { PathFilter } from '../sources/source.js';
import type { ActionInputs } from './inputs.js';

/** What the config and baseline inputs decide for one scan. */
export interface ScanSettings {
  /** The rules in effect (the built-in packs, plus or minus what the config says). */
  readonly rules: readonly RuleSpec[];
  /** Paths the source should skip (allowlisted paths of the config). */
  readonly skipPath?: PathFilter;
  /** The findings that are not in the baseline. */
  readonly newFindings: (findings: readonly Finding[]) => readonly Finding[];
  /** Warnings for the log (inputs given but not applied, files read). */
  readonly notes: readonly string[];
}

/** Resolves the config and baseline inputs against the scanned directory, and loads the rules. */
export async function settingsFromInputs(inputs: Pick<ActionInputs, 'config' | 'baseline'>, repoDir: string): Promise<ScanSettings> {
  const notes: string[] = [];
  for (const [name, file] of [
    ['config', inputs.config],
    ['baseline', inputs.baseline],
  ] as const) {
    if (!file) continue;
    const path = resolve(repoDir, file);
    if (!existsSync(path)) throw new InputError(`input "${name}": ${file}: no such file (paths are relative to working-directory ${repoDir})`);
    notes.push(`input "${name}" (${file}) is not applied by this build of leakgate: config and baseline support is not in it yet`);
  }
  return { rules: await loadBuiltinRules(), newFindings: (findings) => findings, notes };
}
