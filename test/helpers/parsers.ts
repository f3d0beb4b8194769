// The flags every CLI command's parser accepts, for the tests that compare them with the help and the docs.

import type { ParseArgsConfig } from 'node:util';
import { scanOptions } from '../../src/cli/scan-command.js';
import { rulesOptions } from '../../src/cli/rules-command.js';
import { installOptions, uninstallOptions } from '../../src/cli/install-command.js';
import { initOptions } from '../../src/cli/init-command.js';
import { ignoreOptions } from '../../src/cli/ignore-command.js';
import { baselineOptions } from '../../src/cli/baseline-command.js';
import { remediateOptions } from '../../src/cli/remediate-command.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** The parser options of every command (a command added to main.ts without an entry here fails test/cli/help.test.ts). */
export const PARSERS: Record<string, Options> = {
  scan: scanOptions,
  rules: rulesOptions,
  install: installOptions,
  uninstall: uninstallOptions,
  init: initOptions,
  ignore: ignoreOptions,
  baseline: baselineOptions,
  remediate: remediateOptions,
};

/** "--name" and "-x" of every option of a parser. */
export function parserFlags(options: Options): Set<string> {
  return new Set(Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])]));
}
