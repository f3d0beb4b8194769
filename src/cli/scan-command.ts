// `leakgate scan`: flags -> ScanOptions -> runScan -> report on stdout or a file -> exit code.

import { writeFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import type { ScanReport } from '../core/types.js';
import { loadRules, parse, parseDuration, parseFormat, parseSize, parseWorkers, USAGE, type Format, type Io } from './args.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exit-code.js';
import { createProgress } from './progress.js';

const scanOptions = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean' },
  'no-git': { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  workers: { type: 'string' },
  'max-blob-size': { type: 'string' },
  'blob-timeout': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'stdin-name': { type: 'string' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

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
  const blobTimeoutMs = values['blob-timeout'] ? parseDuration(values['blob-timeout'], '--blob-timeout') : DEFAULT_BLOB_TIMEOUT_MS;
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
      blobTimeoutMs,
      cache: !values['no-cache'],
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
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.cachedBlobs ?? 0} from the cache, ${s.durationMs} ms, ${workers} workers\n`,
    );
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

