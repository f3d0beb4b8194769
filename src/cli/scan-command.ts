// `leakgate scan`: flags + the repository's settings -> ScanOptions -> runScan -> report on stdout or a file -> exit code.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { isIncomplete, type Diagnostic } from '../core/diagnostic.js';
import type { ScanReport } from '../core/report.js';
import { parse, parseFormat, parseSizeLimit, type Format, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exit-code.js';
import { createProgress } from './progress.js';
import { minConfidenceOf, parseFailOn, parseMinConfidence, prepareScan, printWarnings, scanSetupOptions } from './scan-setup.js';
import { formatBytes, plural, renderText, summaryLine } from '../report/text.js';
import { describeSuppressed } from '../report/suppressed.js';
import { checkRevisionSpec, countCommits, parsePrePushInput, runScan, type ScanOptions, type Target } from '../scan/run.js';
import { failingFindings } from '../core/fail-on.js';
import type { FindingExposure } from '../report/remediation.js';
import { checkoutFiles } from '../sources/checkout.js';
import { exposures } from '../sources/exposure.js';
import { isPreCommitPushStage, planFiles, type FilesPlan } from './hook-files.js';

export const scanOptions = {
  ...scanSetupOptions,
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-redact': { type: 'boolean' },
  staged: { type: 'boolean' },
  files: { type: 'boolean' },
  range: { type: 'string' },
  'since-commit': { type: 'string' },
  'all-refs': { type: 'boolean' },
  'pre-push': { type: 'boolean' },
  'allow-incomplete': { type: 'boolean' },
  baseline: { type: 'string' },
  'fail-on': { type: 'string' },
  'min-confidence': { type: 'string' },
  'no-suppress': { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
  'size-limit': { type: 'string', multiple: true },
  health: { type: 'boolean' },
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

/** True when the pre-commit framework runs us at push time (it exports these only then). */
function pushStageOfPreCommit(): boolean {
  return ['PRE_COMMIT_TO_REF', 'PRE_COMMIT_REMOTE_BRANCH', 'PRE_COMMIT_LOCAL_BRANCH'].some((name) => Boolean(process.env[name]));
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

/**
 * The git target of a mode flag (--staged, --range, --since-commit, --pre-push; at most one), or undefined for a
 * plain scan, whose target comes from prepareScan.
 */
async function modeTarget(values: ScanValues, path: string, io: Io): Promise<Target | undefined> {
  const modes = (['staged', 'files', 'range', 'since-commit', 'pre-push'] as const).filter((m) => values[m] !== undefined && values[m] !== false);
  if (modes.length > 1) throw new InputError(`scan: --${modes.join(' and --')} cannot be combined; choose one`);
  const mode = modes[0];
  if (mode === 'files') return undefined; // filesTarget
  if (mode && (path === '-' || values['no-git'])) throw new InputError(`scan: --${mode} reads a git repository; it cannot be combined with ${path === '-' ? '"-"' : '--no-git'}`);
  if (values['all-refs'] && mode && mode !== 'since-commit') throw new InputError(`scan: --all-refs goes with --since-commit (or alone), not with --${mode}`);
  if (mode === 'staged') return { type: 'staged', path };
  if (mode === 'pre-push') return { type: 'push', path, updates: await prePushUpdates(io), exclude: ['--remotes'] };
  if (mode === 'range') {
    const text = values.range ?? '';
    checkRevisionSpec('--range', text); // before anything hands it to git (the progress count does, early)
    return { type: 'history', path, revs: [text], spec: { flag: '--range', text } };
  }
  if (mode === 'since-commit') {
    const text = values['since-commit'] ?? '';
    checkRevisionSpec('--since-commit', text);
    return { type: 'history', path, revs: values['all-refs'] ? ['--all', `^${text}`] : [`^${text}`, 'HEAD'], spec: { flag: '--since-commit', text } };
  }
  return undefined;
}

/** The target of a `--files` scan (hook-files.ts), or undefined when there is nothing to scan here. */
function filesTarget(plan: FilesPlan): Target | undefined {
  if (plan.mode === 'push-stage') return undefined;
  if (plan.mode === 'staged') return { type: 'staged', path: plan.root };
  if (plan.mode === 'files') return { type: 'directory', path: plan.root, files: plan.files };
  const flag = 'PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF';
  checkRevisionSpec(flag, plan.from);
  checkRevisionSpec(flag, plan.to);
  // A new branch's "from" is the zero id (CI's "before" of a first push): its commits on no remote-tracking ref.
  const revs = /^0+$/.test(plan.from) ? [plan.to, '--not', '--remotes'] : [`^${plan.from}`, plan.to];
  return { type: 'history', path: plan.root, revs, spec: { flag, text: plan.to } };
}

/** The options of a `--files` scan: its target, and in staged and range modes only the named files' paths. */
function filesOptions(options: ScanOptions, plan: FilesPlan, target: Target): ScanOptions {
  const named = plan.mode === 'staged' || plan.mode === 'range' ? plan.named : undefined;
  if (!named) return { ...options, target };
  // The cache is keyed on the config's allowlist only (skipPathKey): a narrower filter goes without it.
  const { skipPathKey: _key, skipPath: allowlisted, ...rest } = options;
  const skipPath = allowlisted ? (path: string) => !named.has(path) || allowlisted(path) : (path: string) => !named.has(path);
  return { ...rest, target, skipPath };
}

/** "scanned 3 files (12 KiB), 2 commits" or "nothing to scan": said on stderr by every hook and range scan. */
function scannedLine(report: ScanReport, target: Target, unreadable: number, label: string | undefined): string {
  const s = report.stats;
  const commits = report.kind === 'range' ? `, ${plural(s.commits, 'commit')}` : '';
  const what =
    s.blobs === 0
      ? unreadable > 0
        ? `nothing could be read (${plural(unreadable, target.type === 'staged' ? 'staged blob' : 'pushed blob')} missing)`
        : `nothing to scan${target.type === 'staged' ? ' (no staged content)' : target.type === 'directory' ? ' (no regular file to read among them)' : report.kind === 'range' && s.commits === 0 ? ' (no new commits)' : commits}`
      : `scanned ${plural(s.blobs, 'file')} (${formatBytes(s.bytes)}${s.binarySkipped > 0 ? `, ${s.binarySkipped} binary skipped` : ''})${commits}`;
  const found = report.findings.length === 0 ? 'no findings' : plural(report.findings.length, 'finding');
  const hidden = report.suppressed && report.suppressed.length > 0 ? `, ${report.suppressed.length} suppressed (${describeSuppressed(report)})` : '';
  return `leakgate: ${label ? `${label}: ` : ''}${what}: ${found}${hidden}${report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, 'diagnostic')}` : ''}`;
}

/**
 * Blobs of a commit or push that git could not give (a damaged object store, a partial clone). A missing parent blob
 * (code missing-parent) is not one of these: the child was then scanned whole.
 */
function unreadableInHook(incomplete: readonly Diagnostic[]): number {
  return incomplete.filter((d) => d.code === 'missing-object').length;
}

/** How many diagnostics of the incomplete ones are listed under a blocked hook's message. */
const INCOMPLETE_SHOWN = 5;

/**
 * Why a hook did not pass a scan that could not look at everything (exit 2), and what to do: what is committed or
 * pushed was not all scanned, so the hook cannot vouch for it.
 */
function incompleteHint(target: Target, incomplete: readonly Diagnostic[], action: HookAction): string {
  const unreadable = unreadableInHook(incomplete);
  const lines: string[] = [];
  if (unreadable > 0) {
    lines.push(
      target.type === 'staged'
        ? `leakgate: commit blocked: ${plural(unreadable, 'staged blob')} could not be read from the object store, so what is staged was not all scanned (see the diagnostics; "git fsck" tells more)`
        : `leakgate: push blocked: ${plural(unreadable, 'blob')} of the pushed commits could not be read from the object store, so what is pushed was not all scanned (see the diagnostics; "git fsck" tells more; in a partial clone, "git cat-file -p <blob>" fetches a missing blob)`,
    );
  }
  const others = incomplete.filter((d) => d.code !== 'missing-object');
  if (others.length > 0) {
    const what = action === 'run' ? 'it was asked to scan' : `is ${action === 'commit' ? 'staged' : 'pushed'}`;
    lines.push(`leakgate: ${action === 'run' ? 'failed' : `${action} blocked`}: ${plural(others.length, 'item')} could not be fully scanned, so leakgate cannot vouch for what ${what}:`);
    for (const d of others.slice(0, INCOMPLETE_SHOWN)) lines.push(`  ${d.code}: ${d.detail}`);
    if (others.length > INCOMPLETE_SHOWN) lines.push(`  ... and ${others.length - INCOMPLETE_SHOWN} more (see the report's diagnostics)`);
  }
  lines.push(
    action === 'run'
      ? 'leakgate: fix the cause (a named file that is not there, unreadable or too large), or pass such runs with --allow-incomplete (or "allowIncomplete: true" in .leakgate.yaml)'
      : `leakgate: fix the cause, or let such a ${action} through with --allow-incomplete (or "allowIncomplete: true" in .leakgate.yaml); to skip this check once: LEAKGATE_SKIP=1 git ${action} ...`,
    '',
  );
  return lines.join('\n');
}

/** What a hook guards: a commit, a push, or a hook manager's run over named files or a range ("run"). */
type HookAction = 'commit' | 'push' | 'run';

/** What a blocked hook tells the user, after the findings and their "allow:" lines. */
function blockedHint(target: Target, action: HookAction): string {
  if (action === 'run') {
    return `leakgate: failed. Fix what is reported in ${target.type === 'history' ? 'the commits of the range' : 'the named files'}, or allow a false positive as shown above; LEAKGATE_SKIP=1 skips this check once.\n`;
  }
  return [
    `leakgate: ${action} blocked. Fix what is reported ${target.type === 'staged' ? 'in what is staged (edit or git rm --cached, then git add)' : 'in the commits being pushed (git rebase -i, git commit --amend)'}, or allow a false positive as shown above.`,
    `leakgate: to skip this check once: LEAKGATE_SKIP=1 git ${action} ..., or git ${action} --no-verify`,
    '',
  ].join('\n');
}

interface RenderFlags {
  readonly showSecrets: boolean;
  readonly color: boolean;
  readonly verbose: boolean;
  readonly showSuppressed: boolean;
  readonly health: boolean;
  /** History scans rendered as HTML: where each finding's content still is (refs, HEAD, removal). */
  readonly exposures?: readonly FindingExposure[];
  /** The scanned work tree (not for standard input): SARIF leaves the line hash of its files to upload-sarif. */
  readonly checkoutRoot?: string;
}

async function render(report: ScanReport, format: Format, flags: RenderFlags): Promise<string> {
  const { showSecrets, showSuppressed } = flags;
  if (format === 'json') {
    const { renderJson } = await import('../report/json.js');
    return renderJson(report, { showSecrets });
  }
  if (format === 'html') {
    const { renderHtml } = await import('../report/html.js');
    return renderHtml(report, { showSecrets }, flags.exposures);
  }
  if (format === 'sarif') {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import('../report/sarif.js'), import('../engine/fingerprint.js')]);
    // As the Action does: upload-sarif computes primaryLocationLineHash itself for files of the checkout (and warns
    // when a tool's value differs), so leakgate writes its own only for paths not there (history only).
    const uploaderHashes = flags.checkoutRoot === undefined ? undefined : checkoutFiles(flags.checkoutRoot);
    return renderSarif(report, { showSecrets, locationHash, includeSuppressed: showSuppressed, ...(uploaderHashes ? { uploaderHashes } : {}) });
  }
  return renderText(report, { showSecrets, color: flags.color, verbose: flags.verbose, showSuppressed, health: flags.health });
}

/** Runs that scan nothing on purpose (LEAKGATE_SKIP, a pre-commit hook run at push time): said on stderr. */
function skippedRun(values: ScanValues, io: Io): boolean {
  const hookMode = values.staged ? 'staged changes' : values['pre-push'] ? 'pushed commits' : values.files ? 'named files' : undefined;
  if (hookMode && skipRequested()) {
    io.stderr.write(`leakgate: WARNING: LEAKGATE_SKIP is set; the ${hookMode} were NOT scanned for secrets\n`);
    return true;
  }
  // The pre-commit framework runs a hook without `stages` at push time too (see .pre-commit-hooks.yaml): there the
  // index is not what is pushed, and the pushed commits are leakgate-pre-push's.
  if (values.staged && pushStageOfPreCommit()) {
    io.stderr.write('leakgate: nothing to scan (pre-commit runs this hook at push time; the pushed commits are scanned by leakgate-pre-push)\n');
    return true;
  }
  if (values.files && values['no-git'] !== true && isPreCommitPushStage(process.env)) {
    if (!values.quiet) io.stderr.write('leakgate: nothing to scan (pre-commit runs this hook at push time; the pushed commits are scanned by leakgate-pre-push)\n');
    return true;
  }
  return false;
}

/** Renders the report in its format to --output or stdout. */
async function writeReport(
  report: ScanReport,
  format: ReturnType<typeof parseFormat>,
  values: ScanValues,
  { path, target, quiet, ranged, color, verbose }: { path: string; target: ScanOptions['target']; quiet: boolean; ranged: boolean; color: boolean; verbose: boolean },
  io: Io,
): Promise<void> {
  // An audit's HTML page says which refs hold each secret and whether HEAD still does (git queries after the scan).
  const exposed =
    format === 'html' && report.kind === 'history' && target.type === 'history'
      ? await exposures(path, report.findings.map((f) => ({ path: f.path, secret: f.kind === 'hygiene' ? '' : f.secret, ...(f.commit ? { commit: f.commit.id } : {}) })))
      : undefined;
  const text = await render(report, format, {
    ...(exposed ? { exposures: exposed } : {}),
    showSecrets: values['no-redact'] ?? false,
    color,
    verbose,
    showSuppressed: values['show-suppressed'] ?? false,
    health: values.health ?? false,
    ...(target.type === 'stdin' ? {} : { checkoutRoot: resolve(io.cwd, target.path) }),
  });
  if (values.output) {
    try {
      writeFileSync(values.output, text);
    } catch (error: unknown) {
      throw new InputError(`--output: cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!quiet && !ranged) {
      io.stderr.write(`${summaryLine(report)}\nreport written to ${values.output}\n`);
    }
  } else {
    io.stdout.write(text);
  }
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, scanOptions, 'scan');
  if (values.help) {
    io.stdout.write(`${HELP.scan}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1 && !values.files) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
  if (skippedRun(values, io)) return EXIT_CLEAN;
  const format = parseFormat(values.format);
  const failOnFlag = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
  const minConfidenceFlag = values['min-confidence'] === undefined ? undefined : parseMinConfidence(values['min-confidence']);
  const sizeLimits = (values['size-limit'] ?? []).map(parseSizeLimit);
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  // --files: the positionals are a hook manager's file list, and the repository is the work tree around the cwd.
  const plan = values.files ? planFiles(positionals, io.cwd, process.env, values['no-git'] !== true) : undefined;
  const path = plan ? plan.root : (positionals[0] ?? '.');
  const mode = plan ? (await modeTarget(values, path, io), plan.mode === 'push-stage' ? undefined : filesTarget(plan)) : await modeTarget(values, path, io);
  const prepared = await prepareScan(values, path, io, {
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    suppress: !values['no-suppress'],
  });
  const { settings, workers } = prepared;
  const options = plan && mode ? filesOptions(prepared.options, plan, mode) : mode ? { ...prepared.options, target: mode } : prepared.options;
  const target = options.target;
  // The hooks (and hook managers' runs) report and fail on medium confidence and up; audits report everything.
  const gate = target.type === 'staged' || target.type === 'push' || plan !== undefined;
  const selection = minConfidenceOf(minConfidenceFlag, settings, gate);
  const label = plan && plan.mode !== 'push-stage' ? plan.label : undefined;
  // A whole history is a long scan: run it where V8 collects garbage without helper threads (launch/relaunch.ts). The
  // arguments were checked here first, so a bad flag or config is reported once.
  // Warnings first: a config's warnings are shown when it was parsed afresh, and the relaunched process finds it
  // remembered (config/settings.ts).
  if (!quiet) printWarnings(settings, io);
  if (io.relaunch && target.type === 'history' && target.revs === undefined) return await io.relaunch();
  // Hook and range scans: one line on stderr says how much was scanned; a clean text run prints nothing else.
  const ranged = target.type === 'staged' || target.type === 'push' || (target.type === 'history' && target.revs !== undefined) || plan !== undefined;
  const progress = createProgress(io.stderr, !quiet && !values['no-progress'] && target.type !== 'staged');
  if (target.type === 'history' && io.stderr.isTTY && !quiet) {
    countCommits(path, target.revs).then((n) => n !== undefined && progress.setTotalCommits(n), () => undefined);
  }
  let report: ScanReport;
  try {
    report = await runScan({ ...options, ...selection, sizeLimits, healthDetail: values.health ?? false, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === 'text' && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  const clean = report.findings.length === 0;
  const silentText =
    format === 'text' && clean && !values.health && (quiet || (ranged && report.diagnostics.length === 0 && !values.output && !values['show-suppressed']));
  if (!silentText) await writeReport(report, format, values, { path, target, quiet, ranged, color, verbose }, io);
  const failing = failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0;
  // A hook never passes what it could not fully scan (a blob unreadable or too large, a rule stopped by the timeout):
  // exit 2, unless the user allows it. A scan outside the hooks (an audit, CI on a shallow clone) reports it.
  const action: HookAction = target.type === 'staged' ? 'commit' : target.type === 'push' ? 'push' : 'run';
  const incomplete = gate ? report.diagnostics.filter(isIncomplete) : [];
  const allowIncomplete = (values['allow-incomplete'] ?? false) || settings.allowIncomplete;
  const blocked = incomplete.length > 0 && !allowIncomplete;
  if (ranged && !(quiet && clean)) io.stderr.write(`${scannedLine(report, target, unreadableInHook(incomplete), label)}\n`);
  // A staged scan run by hand (a husky hook, a CI step) with nothing staged checked nothing: said plainly. git sets
  // GIT_INDEX_FILE for its commit hooks, so an empty commit stays one line.
  if (target.type === 'staged' && report.stats.blobs === 0 && report.diagnostics.length === 0 && !quiet && !process.env.GIT_INDEX_FILE) {
    io.stderr.write('leakgate: not run by git commit and nothing is staged, so no file was checked; to check the files as they are: leakgate scan --no-git (or pre-commit run --all-files, lefthook run pre-commit --all-files)\n');
  }
  if (ranged && values.output && !quiet) io.stderr.write(`leakgate: report written to ${values.output}\n`);
  if (blocked) io.stderr.write(incompleteHint(target, incomplete, action));
  else if (failing && gate) io.stderr.write(blockedHint(target, action));
  // The scope of an audit (a shallow or partial clone) is said on stderr too, whatever the report's format.
  if (!quiet) {
    for (const d of report.diagnostics) if (d.code === 'shallow-history' || d.code === 'partial-clone') io.stderr.write(`leakgate: WARNING: ${d.detail}\n`);
  }
  if (incomplete.length > 0 && allowIncomplete) {
    io.stderr.write(`leakgate: WARNING: ${plural(incomplete.length, 'item')} could not be fully scanned; passed anyway because of ${values['allow-incomplete'] ? '--allow-incomplete' : 'allowIncomplete in the config'}\n`);
  }
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.cachedBlobs ?? 0} from the cache, ${s.cachedCommits ?? 0} commits not walked again, ${s.durationMs} ms, ${workers} workers\n`,
    );
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(', ')}\n`);
  }
  return blocked ? EXIT_ERROR : failing ? EXIT_FINDINGS : EXIT_CLEAN;
}
