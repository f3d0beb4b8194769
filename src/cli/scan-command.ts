// `leakgate scan`: flags + the repository's settings -> ScanOptions -> runScan -> report on stdout or a file -> exit code.

import { writeFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import type { ScanReport } from '../core/types.js';
import { parse, parseFormat, parseSizeLimit, USAGE, type Format, type Io } from './args.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exit-code.js';
import { createProgress } from './progress.js';
import { parseFailOn, prepareScan, printWarnings, scanSetupOptions } from './scan-setup.js';

const scanOptions = {
  ...scanSetupOptions,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  'no-suppress': { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
  'size-limit': { type: 'string', multiple: true },
  health: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

interface RenderFlags {
  readonly showSecrets: boolean;
  readonly color: boolean;
  readonly verbose: boolean;
  readonly showSuppressed: boolean;
  readonly health: boolean;
}

async function render(report: ScanReport, format: Format, flags: RenderFlags): Promise<string> {
  const { showSecrets, showSuppressed } = flags;
  if (format === 'json') {
    const { renderJson } = await import('../report/json.js');
    return renderJson(report, { showSecrets });
  }
  if (format === 'sarif') {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import('../report/sarif.js'), import('../engine/fingerprint.js')]);
    return renderSarif(report, { showSecrets, locationHash, includeSuppressed: showSuppressed });
  }
  const { renderText } = await import('../report/text.js');
  return renderText(report, { showSecrets, color: flags.color, verbose: flags.verbose, showSuppressed, health: flags.health });
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, scanOptions, 'scan');
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = parseFormat(values.format);
  const failOnFlag = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
  const sizeLimits = (values['size-limit'] ?? []).map(parseSizeLimit);
  const path = positionals[0] ?? '.';
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const { settings, options, workers } = await prepareScan(values, path, io, {
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    suppress: !values['no-suppress'],
  });
  if (!quiet) printWarnings(settings, io);
  const { runScan, countCommits } = await import('../scan.js');
  const progress = createProgress(io.stderr, !quiet && !values['no-progress']);
  if (options.target.type === 'history' && io.stderr.isTTY && !quiet) {
    countCommits(path).then((n) => n !== undefined && progress.setTotalCommits(n), () => undefined);
  }
  let report: ScanReport;
  try {
    report = await runScan({ ...options, sizeLimits, healthDetail: values.health ?? false, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === 'text' && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  if (!(quiet && format === 'text' && report.findings.length === 0 && !values.health)) {
    const text = await render(report, format, {
      showSecrets: values['no-redact'] ?? false,
      color,
      verbose,
      showSuppressed: values['show-suppressed'] ?? false,
      health: values.health ?? false,
    });
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
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(', ')}\n`);
  }
  const { failingFindings } = await import('../fail-on.js');
  return failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
