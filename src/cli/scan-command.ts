// `leakgate scan`: flags -> ScanOptions -> runScan -> report on stdout or a file -> exit code.

import { writeFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import type { ScanReport } from '../core/types.js';
import { loadRules, parse, parseFormat, parseSize, parseWorkers, USAGE, type Format, type Io } from './args.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exit-code.js';
import { createProgress } from './progress.js';
import { formatBytes, plural } from '../report/text.js';
import type { Target } from '../scan.js';

const scanOptions = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean' },
  'no-git': { type: 'boolean' },
  staged: { type: 'boolean' },
  range: { type: 'string' },
  'since-commit': { type: 'string' },
  'all-refs': { type: 'boolean' },
  'pre-push': { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  workers: { type: 'string' },
  'max-blob-size': { type: 'string' },
  'stdin-name': { type: 'string' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type ScanValues = ReturnType<typeof parse<typeof scanOptions>>['values'];

/** LEAKGATE_SKIP=1 (or true/yes) skips the hook scans, loudly. */
function skipRequested(): boolean {
  return /^(1|true|yes|on)$/i.test(process.env.LEAKGATE_SKIP ?? '');
}

/** Reads git's pre-push lines; a terminal gives none (a hook always has a pipe). */
async function readAll(stdin: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  if (stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The ref updates of a pre-push scan: git's standard input, or under the pre-commit framework (which reads that
 * input itself) the PRE_COMMIT_* variables it exports for its hooks.
 */
async function prePushUpdates(io: Io) {
  const { parsePrePushInput } = await import('../scan.js');
  const updates = parsePrePushInput(await readAll(io.stdin));
  const env = process.env;
  if (updates.length > 0 || (!env.PRE_COMMIT_LOCAL_BRANCH && !env.PRE_COMMIT_TO_REF)) return updates;
  const zero = '0'.repeat(40);
  return [
    {
      localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? 'HEAD',
      localSha: env.PRE_COMMIT_TO_REF || env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD',
      remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? '',
      remoteSha: env.PRE_COMMIT_FROM_REF || zero,
    },
  ];
}

/** Chooses what to scan from the mode flags; at most one of --staged, --range, --since-commit, --pre-push. */
async function chooseTarget(values: ScanValues, positionals: string[], io: Io): Promise<Target> {
  const path = positionals[0] ?? '.';
  const modes = (['staged', 'range', 'since-commit', 'pre-push'] as const).filter((m) => values[m] !== undefined && values[m] !== false);
  if (modes.length > 1) throw new InputError(`scan: --${modes.join(' and --')} cannot be combined; choose one`);
  const mode = modes[0];
  if (mode && (path === '-' || values['no-git'])) throw new InputError(`scan: --${mode} reads a git repository; it cannot be combined with ${path === '-' ? '"-"' : '--no-git'}`);
  if (values['all-refs'] && mode && mode !== 'since-commit') throw new InputError(`scan: --all-refs goes with --since-commit (or alone), not with --${mode}`);
  if (mode === 'staged') return { type: 'staged', path };
  if (mode === 'pre-push') return { type: 'push', path, updates: await prePushUpdates(io), exclude: ['--remotes'] };
  if (mode === 'range') {
    const text = values.range ?? '';
    return { type: 'history', path, revs: [text], spec: { flag: '--range', text } };
  }
  if (mode === 'since-commit') {
    const text = values['since-commit'] ?? '';
    return { type: 'history', path, revs: values['all-refs'] ? ['--all', `^${text}`] : [`^${text}`, 'HEAD'], spec: { flag: '--since-commit', text } };
  }
  if (path === '-') return { type: 'stdin', name: values['stdin-name'] ?? 'stdin', input: io.stdin as AsyncIterable<Buffer> };
  if (values['no-git']) return { type: 'directory', path };
  return { type: 'history', path };
}

/** "scanned 3 files (12 KiB), 2 commits" or "nothing to scan": said on stderr by every hook and range scan. */
function scannedLine(report: ScanReport, target: Target): string {
  const s = report.stats;
  const commits = report.kind === 'range' ? `, ${plural(s.commits, 'commit')}` : '';
  const what =
    s.blobs === 0
      ? `nothing to scan${target.type === 'staged' ? ' (no staged content)' : report.kind === 'range' && s.commits === 0 ? ' (no new commits)' : commits}`
      : `scanned ${plural(s.blobs, 'file')} (${formatBytes(s.bytes)}${s.binarySkipped > 0 ? `, ${s.binarySkipped} binary skipped` : ''})${commits}`;
  const found = report.findings.length === 0 ? 'no findings' : plural(report.findings.length, 'finding');
  return `leakgate: ${what}: ${found}${report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, 'diagnostic')}` : ''}`;
}


/** What a blocked hook tells the user, after the findings and their "allow:" lines. */
function blockedHint(target: Target): string {
  const action = target.type === 'staged' ? 'commit' : 'push';
  return [
    `leakgate: ${action} blocked. Remove the secret${target.type === 'staged' ? ' from the staged file (git add it again)' : ' from the commits (git rebase -i, git commit --amend)'}, or allow a false positive as shown above.`,
    `leakgate: to skip this check once: LEAKGATE_SKIP=1 git ${action} ..., or git ${action} --no-verify`,
    '',
  ].join('\n');
}

async function render(report: ScanReport, format: Format, showSecrets: boolean, color: boolean, verbose: boolean): Promise<string> {
  if (format === 'json') {
    const { renderJson } = await import('../report/json.js');
    return renderJson(report, { showSecrets });
  }
  if (format === 'sarif') {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import('../report/sarif.js'), import('../engine/fingerprint.js')]);
    return renderSarif(report, { showSecrets, locationHash });
  }
  const { renderText } = await import('../report/text.js');
  return renderText(report, { showSecrets, color, verbose });
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, scanOptions, 'scan');
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = parseFormat(values.format);
  const workers = parseWorkers(values.workers);
  const { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES, runScan, countCommits } = await import('../scan.js');
  const maxBlobBytes = values['max-blob-size'] ? parseSize(values['max-blob-size'], '--max-blob-size') : DEFAULT_MAX_BLOB_BYTES;
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const hookMode = values.staged ? 'staged changes' : values['pre-push'] ? 'pushed commits' : undefined;
  if (hookMode && skipRequested()) {
    io.stderr.write(`leakgate: WARNING: LEAKGATE_SKIP is set; the ${hookMode} were NOT scanned for secrets\n`);
    return EXIT_CLEAN;
  }
  const target = await chooseTarget(values, positionals, io);
  const rules = await loadRules(values.rules);
  const ranged = target.type === 'staged' || target.type === 'push' || (target.type === 'history' && target.revs !== undefined);
  const progress = createProgress(io.stderr, !quiet && !values['no-progress'] && target.type !== 'staged');
  if (target.type === 'history' && io.stderr.isTTY && !quiet) {
    countCommits(target.path, target.revs).then((n) => n !== undefined && progress.setTotalCommits(n), () => undefined);
  }
  let report: ScanReport;
  try {
    report = await runScan({
      target,
      rules,
      workers,
      maxBlobBytes,
      blobTimeoutMs: DEFAULT_BLOB_TIMEOUT_MS,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.done();
  }
  const color = format === 'text' && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  const clean = report.findings.length === 0;
  // Hook and range scans keep a clean text run to the one stderr line below.
  const silentText = format === 'text' && clean && (quiet || (ranged && report.diagnostics.length === 0 && !values.output));
  if (!silentText) {
    const text = await render(report, format, values['no-redact'] ?? false, color, verbose);
    if (values.output) {
      try {
        writeFileSync(values.output, text);
      } catch (error: unknown) {
        throw new InputError(`--output: cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      if (!quiet && !ranged) {
        const { summaryLine } = await import('../report/text.js');
        io.stderr.write(`${summaryLine(report)}\nreport written to ${values.output}\n`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  if (ranged && !(quiet && clean)) io.stderr.write(`${scannedLine(report, target)}\n`);
  if (ranged && values.output && !quiet) io.stderr.write(`leakgate: report written to ${values.output}\n`);
  if (!clean && (target.type === 'staged' || (target.type === 'push' && values['pre-push']))) io.stderr.write(blockedHint(target));
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.durationMs} ms, ${workers} workers\n`,
    );
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

