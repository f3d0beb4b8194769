// `leakgate init [DIR]`: writes a commented starter .leakgate.yaml at the repository root.

import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { CONFIG_FILE, findSettingsRoot } from '../config/files.js';
import { STARTER_CONFIG } from '../config/starter.js';
import { parse, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN } from './exit-code.js';

export const initOptions = {
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, initOptions, 'init');
  if (values.help) {
    io.stdout.write(`${HELP.init}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`init: expected at most one DIR, got ${positionals.join(' ')}`);
  const dir = positionals[0] ? resolve(io.cwd, positionals[0]) : findSettingsRoot(io.cwd);
  const file = join(dir, CONFIG_FILE);
  if (existsSync(file) && !values.force) {
    throw new InputError(`init: ${file} already exists; edit it, or run "leakgate init --force" to replace it`);
  }
  try {
    writeFileSync(file, STARTER_CONFIG);
  } catch (error: unknown) {
    throw new InputError(`init: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  io.stdout.write(`wrote ${file}\n`);
  return EXIT_CLEAN;
}
