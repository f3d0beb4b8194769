// `leakgate ignore FINGERPRINT... [--reason TEXT]`: appends fingerprints to .leakgateignore at the repository root.

import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { findSettingsRoot, IGNORE_FILE, readOptional } from '../config/files.js';
import { FINGERPRINT, formatIgnoreLine, parseIgnoreFile } from '../config/ignore-file.js';
import { parse, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN } from './exit-code.js';

export const ignoreOptions = {
  reason: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export async function ignoreCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, ignoreOptions, 'ignore');
  if (values.help) {
    io.stdout.write(`${HELP.ignore}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new InputError('ignore: expected a FINGERPRINT (as "leakgate scan" prints it)');
  const fingerprints = positionals.map((p) => p.trim().toLowerCase());
  const bad = fingerprints.filter((fp) => !FINGERPRINT.test(fp));
  if (bad.length > 0) {
    throw new InputError(`ignore: expected fingerprints of 24 hexadecimal characters (as "leakgate scan" prints them), got ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  }
  const reason = values.reason?.trim();
  if (reason !== undefined && /[\r\n]/.test(reason)) throw new InputError('--reason: expected one line of text');
  const file = join(findSettingsRoot(io.cwd), IGNORE_FILE);
  const text = readOptional(file, file) ?? '';
  const known = parseIgnoreFile(text, file);
  const added = [...new Set(fingerprints)].filter((fp) => !known.has(fp));
  for (const fp of fingerprints.filter((f) => known.has(f))) io.stdout.write(`${fp} is already in ${file}\n`);
  if (added.length === 0) return EXIT_CLEAN;
  const prefix = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  try {
    appendFileSync(file, `${prefix}${added.map((fp) => formatIgnoreLine(fp, reason || undefined)).join('\n')}\n`);
  } catch (error: unknown) {
    throw new InputError(`ignore: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  io.stdout.write(`added ${added.length} fingerprint${added.length === 1 ? '' : 's'} to ${file}\n`);
  return EXIT_CLEAN;
}
