// `leakgate baseline create [FILE]` writes the current findings as the baseline; `leakgate baseline update [FILE]`
// prunes entries whose secret is gone. Both scan like `leakgate scan` (history by default, --no-git for files),
// apply allow comments and ignore files, but never the baseline itself.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { baselineEntries, parseBaseline, renderBaseline } from '../config/baseline.js';
import { readOptional, readRequired } from '../config/files.js';
import { parse, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN } from './exit-code.js';
import { prepareScan, printWarnings, scanSetupOptions } from './scan-setup.js';
import { runScan } from '../scan/run.js';

export const baselineOptions = {
  ...scanSetupOptions,
  repo: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export async function baselineCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, baselineOptions, 'baseline');
  if (values.help) {
    io.stdout.write(`${HELP.baseline}\n`);
    return EXIT_CLEAN;
  }
  const [action, file, ...rest] = positionals;
  if (action !== 'create' && action !== 'update') {
    throw new InputError(`baseline: expected "create" or "update", got ${action === undefined ? 'nothing' : JSON.stringify(action)}`);
  }
  if (rest.length > 0) throw new InputError(`baseline ${action}: expected at most one FILE, got ${[file, ...rest].join(' ')}`);
  const { settings, options } = await prepareScan(values, values.repo ?? '.', io, { useBaseline: false });
  if (!values.quiet) printWarnings(settings, io);
  const target = file ? resolve(io.cwd, file) : settings.baselinePath;
  const previousText = action === 'update' ? readRequired(target, target) : readOptional(target, target);
  const report = await runScan(options);
  let entries = baselineEntries(report.findings);
  let summary: string;
  if (action === 'update') {
    const previous = parseBaseline(previousText ?? '', target);
    const present = new Set(report.findings.map((f) => f.fingerprint));
    entries = previous.filter((e) => present.has(e.fingerprint));
    summary = `${entries.length} kept, ${previous.length - entries.length} pruned`;
  } else {
    summary = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`;
  }
  const text = renderBaseline(entries);
  const changed = text !== previousText;
  if (changed) {
    try {
      writeFileSync(target, text);
    } catch (error: unknown) {
      throw new InputError(`baseline: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (!values.quiet) io.stdout.write(`baseline ${target}: ${summary}${changed ? '' : ' (unchanged)'}\n`);
  return EXIT_CLEAN;
}
