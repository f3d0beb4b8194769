// `leakgate remediate [PATH] --out DIR`: a history scan (same flags as `scan`), then the facts a purge needs (refs
// holding each secret, whether HEAD still has it, where it was removed) and the plan: replace-text.txt (0600: it
// holds the secrets), paths.txt and REMEDIATION.md.

import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { parse, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN } from './exit-code.js';
import { prepareScan, printWarnings, scanSetupOptions } from './scan-setup.js';
import { buildPlan } from '../report/remediation.js';
import { plural } from '../report/text.js';
import { runScan } from '../scan/run.js';
import { exposures, remotes } from '../sources/exposure.js';

const { 'no-git': _noGit, 'stdin-name': _stdinName, ...historyOptions } = scanSetupOptions;

export const remediateOptions = {
  ...historyOptions,
  out: { type: 'string' },
  baseline: { type: 'string' },
  'no-suppress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function write(path: string, text: string, mode: number): void {
  try {
    writeFileSync(path, text, { mode });
    chmodSync(path, mode); // an existing file keeps its mode on write
  } catch (error: unknown) {
    throw new InputError(`--out: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export async function remediateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, remediateOptions, 'remediate');
  if (values.help) {
    io.stdout.write(`${HELP.remediate}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`remediate: expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  if (!values.out) throw new InputError('remediate: --out DIR is required (the folder the plan is written to)');
  const path = positionals[0] ?? '.';
  if (path === '-') throw new InputError('remediate: plans a rewrite of git history; PATH cannot be "-" (standard input)');
  const prepared = await prepareScan(values, path, io, {
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    suppress: !values['no-suppress'],
  });
  if (!values.quiet) printWarnings(prepared.settings, io);
  const report = await runScan(prepared.options);
  const repo = resolve(io.cwd, path);
  const facts = await exposures(
    repo,
    report.findings.map((f) => ({ path: f.path, secret: f.kind === 'hygiene' ? '' : f.secret, ...(f.commit ? { commit: f.commit.id } : {}) })),
  );
  const dir = resolve(io.cwd, values.out);
  // Absolute paths: the plan's commands run from inside the mirror clone.
  const plan = buildPlan({ report, exposures: facts, remotes: await remotes(repo), repo, out: dir });
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error: unknown) {
    throw new InputError(`--out: cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // The folder may sit inside a work tree: git ignores everything in it, so the secrets cannot be committed by accident.
  write(join(dir, '.gitignore'), '# written by leakgate remediate: this folder holds secrets; never commit it\n*\n', 0o644);
  write(join(dir, 'replace-text.txt'), plan.replaceText, 0o600);
  write(join(dir, 'paths.txt'), plan.paths, 0o644);
  write(join(dir, 'REMEDIATION.md'), plan.markdown, 0o644);
  if (!values.quiet) {
    io.stderr.write(
      [
        `leakgate: ${plural(report.findings.length, 'finding')} in ${plural(report.stats.commits, 'commit')}: plan written to ${values.out}/ (REMEDIATION.md, replace-text.txt, paths.txt)`,
        ...(plan.secrets > 0
          ? [
              `leakgate: WARNING: ${values.out}/replace-text.txt holds ${plural(plan.secrets, 'secret')} IN CLEAR (mode 0600). Keep it private, never commit it, delete it after the purge.`,
              'leakgate: rotate or revoke every secret FIRST (REMEDIATION.md, section 1): a purge does not un-leak what clones and forks already hold.',
            ]
          : []),
        '',
      ].join('\n'),
    );
  }
  return EXIT_CLEAN;
}
