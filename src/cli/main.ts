// CLI entry: argv -> options -> scan -> report -> exit code. Nothing below cli/ ends the process.

import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, isScannerError } from '../core/errors.js';
import type { RuleSpec, ScanReport } from '../core/types.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exit-code.js';
import { createProgress } from './progress.js';
import { VERSION } from '../version.js';

const USAGE = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .)
  leakgate scan --no-git PATH   scan the files on disk under PATH (any directory, git or not)
  leakgate scan -               scan standard input
  leakgate rules                list the rules in effect
  leakgate rules --check [FILE] validate a rule pack (default: the built-in packs) and run every rule's examples
  leakgate version              print the version

Scan options:
  -f, --format text|json|sarif  output format (default text)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --rules FILE              add the rules of a rule pack file (repeatable)
      --workers N               worker threads for large scans (default: one per core, 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE (default 16MiB; e.g. 512k, 50MB)
      --stdin-name NAME         path to report for standard input (default "stdin")
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Exit codes: 0 no findings, 1 findings, 2 usage, configuration or runtime error.`;

type Io = {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
};

const scanOptions = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean' },
  'no-git': { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  workers: { type: 'string' },
  'max-blob-size': { type: 'string' },
  'stdin-name': { type: 'string' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const rulesOptions = {
  check: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  rules: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')}; run "leakgate ${command} --help" for the accepted flags`);
  }
}

/** Parses "512k", "10MB", "1MiB", "2048": bytes. */
export function parseSize(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) throw new InputError(`${flag}: expected a size such as 512k, 16MiB or 1048576, got "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const scale = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}

function parseWorkers(text: string | undefined): number {
  if (text === undefined) return Math.max(1, Math.min(availableParallelism(), 8));
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`--workers: expected a whole number from 0 to 64, got "${text}"`);
  return n;
}

type Format = 'text' | 'json' | 'sarif';
function parseFormat(text: string | undefined): Format {
  const format = text ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new InputError(`--format: expected one of text, json, sarif, got "${format}"`);
  }
  return format;
}

/** Built-in rules plus any `--rules FILE` packs. */
async function loadRules(files: readonly string[] | undefined): Promise<readonly RuleSpec[]> {
  const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import('../ruleset/load.js');
  const builtin = await loadBuiltinRules();
  if (!files || files.length === 0) return builtin;
  const extra = await Promise.all(files.map((f) => loadRulePackFile(f)));
  return mergeRulePacks([builtin, ...extra]);
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

async function scanCommand(args: string[], io: Io): Promise<number> {
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
  const rules = await loadRules(values.rules);
  const path = positionals[0] ?? '.';
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const target =
    path === '-'
      ? ({ type: 'stdin', name: values['stdin-name'] ?? 'stdin', input: io.stdin as AsyncIterable<Buffer> } as const)
      : values['no-git']
        ? ({ type: 'directory', path } as const)
        : ({ type: 'history', path } as const);
  const progress = createProgress(io.stderr, !quiet && !values['no-progress']);
  if (target.type === 'history' && io.stderr.isTTY && !quiet) {
    countCommits(path).then((n) => n !== undefined && progress.setTotalCommits(n), () => undefined);
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
  if (!(quiet && format === 'text' && report.findings.length === 0)) {
    const text = await render(report, format, values['no-redact'] ?? false, color, verbose);
    if (values.output) {
      try {
        writeFileSync(values.output, text);
      } catch (error: unknown) {
        throw new InputError(`--output: cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      if (!quiet) {
        const { summaryLine } = await import('../report/text.js');
        io.stderr.write(`${summaryLine(report)}\nreport written to ${values.output}\n`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.durationMs} ms, ${workers} workers\n`,
    );
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

async function rulesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, rulesOptions, 'rules');
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  if (values.check) {
    const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import('../ruleset/load.js');
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(' ')}`);
    const { checkRules } = await import('../rule-check.js');
    const builtin = await loadBuiltinRules();
    const file = positionals[0];
    const subjects = file ? await loadRulePackFile(file) : builtin;
    const all = file ? mergeRulePacks([builtin, subjects]) : builtin;
    const problems = await checkRules(all, subjects);
    for (const p of problems) io.stderr.write(`${p}\n`);
    const examples = subjects.reduce((n, r) => n + r.examples.match.length + r.examples.ignore.length, 0);
    io.stdout.write(
      problems.length === 0
        ? `${subjects.length} rules OK, ${examples} examples pass\n`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${subjects.length} rules\n`,
    );
    return problems.length === 0 ? EXIT_CLEAN : EXIT_ERROR;
  }
  if (positionals.length > 0) throw new InputError(`rules: unexpected argument "${positionals[0]}"; use "rules --check FILE" to check a pack`);
  const rules = await loadRules(values.rules);
  if (parseFormat(values.format) === 'json') {
    io.stdout.write(`${JSON.stringify(rules.map(({ id, kind, description, severity, precision, keywords, source }) => ({ id, kind, description, severity, precision, keywords, source })), null, 2)}\n`);
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}  [${r.keywords.join(', ')}]\n`);
  }
  io.stdout.write(`${rules.length} rules\n`);
  return EXIT_CLEAN;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, io);
      case 'rules':
        return await rulesCommand(rest, io);
      case 'version':
      case '--version':
      case '-V':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_CLEAN;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT_ERROR : EXIT_CLEAN;
      default:
        throw new InputError(`unknown command "${command}"; expected one of scan, rules, version, help`);
    }
  } catch (error: unknown) {
    if (isScannerError(error)) {
      io.stderr.write(`leakgate: ${error.message}\n`);
    } else {
      io.stderr.write(`leakgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_ERROR;
  }
}
