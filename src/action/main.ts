// GitHub Action entry (bundled to dist/action.js): inputs and event -> the same ScanOptions the CLI builds ->
// runScan -> SARIF file, outputs, annotations, job summary, optional PR comment -> pass or fail.
// Only this entry imports @actions/*; the CLI and hooks never load it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { InputError, isScannerError } from '../core/errors.js';
import { isIncomplete } from '../core/diagnostic.js';
import type { ScanReport } from '../core/report.js';
import type { Finding } from '../core/types.js';
import { EXIT_ERROR } from '../cli/exit-code.js';
import { canRelaunch, relaunch } from '../launch/relaunch.js';
import { fingerprint, locationHash } from '../engine/fingerprint.js';
import { renderSarif } from '../report/sarif.js';
import { summaryLine } from '../report/text.js';
import { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES, runScan, type ScanOptions } from '../scan/run.js';
import { checkoutFiles } from '../sources/checkout.js';
import { gitMaybe } from '../sources/git.js';
import { VERSION } from '../core/version.js';
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from './annotations.js';
import { describeNote, markPresence, noteKey } from './history-only.js';
import { octokitCommentApi, upsertComment } from './comment.js';
import { planScan, type ScanPlan } from './event.js';
import { failingFindings, type FailOn } from '../core/fail-on.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { allFindings, settingsFromInputs } from './settings.js';
import { renderComment, renderSummary, type SummaryContext } from './summary.js';

async function run(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const repoDir = resolve(workspace, inputs.workingDirectory);
  const settings = await settingsFromInputs(inputs, repoDir);

  const remote = await pickRemote(repoDir);
  const plan = await planScan(inputs.mode, { eventName: context.eventName ?? '', payload: context.payload }, repoDir, {
    ...(remote ? { remote } : {}),
    log: (line) => core.info(line),
  });
  // A whole history is a long scan: the step runs again where V8 collects garbage without helper threads
  // (relaunch.ts). That run plans again, but the history it may have fetched is already here.
  if (plan.kind === 'history' && canRelaunch()) {
    process.exitCode = await relaunch();
    return;
  }
  for (const note of settings.notes) core.warning(note);
  core.info(`leakgate ${VERSION}: ${plan.description}`);

  const options: ScanOptions | undefined = plan.target && {
    ...settings.scan,
    target: plan.target,
    workers: Math.max(1, Math.min(availableParallelism(), 8)),
    maxBlobBytes: DEFAULT_MAX_BLOB_BYTES,
    blobTimeoutMs: DEFAULT_BLOB_TIMEOUT_MS,
  };
  const scanned = options ? await runScan(options) : emptyReport(repoDir, settings.scan.rules);
  const traced = plan.headRev && scanned.findings.length > 0 ? await markPresence(repoDir, plan.headRev, scanned.findings) : undefined;
  const report = plan.kind === 'tree' ? withPathPrefix(scanned, await treePrefix(repoDir)) : traced ? { ...scanned, findings: traced.findings } : scanned;
  const scannedCommit = plan.headRev === 'HEAD' || !plan.headRev ? 'HEAD' : `commit ${plan.headRev.slice(0, 12)}`;
  const historyNote = (f: Finding) => {
    const note = traced?.notes.get(noteKey(f));
    return { text: describeNote(note, scannedCommit), ...(note?.removedIn ? { removedIn: note.removedIn } : {}), ...(note ? { refs: note.refs } : {}) };
  };
  core.info(summaryLine(report));

  // New findings are the reported ones; those in the baseline are still findings, shown but never failing.
  const newFindings = report.findings;
  const found = allFindings(report);
  const failing = failingFindings(newFindings, settings.failOn);
  const showSecrets = !inputs.redact;
  if (showSecrets) core.warning('leakgate: redact is false: secrets are shown in full in the SARIF file, the job summary and annotations (the pull request comment stays redacted)');
  const inCheckout = checkoutFiles(plan.kind === 'tree' ? resolve(repoDir, await treeRoot(repoDir)) : repoDir);

  const sarifPath = inputs.sarifFile ? resolve(workspace, inputs.sarifFile) : resolve(process.env.RUNNER_TEMP || workspace, 'leakgate.sarif');
  try {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, renderSarif(report, { showSecrets, locationHash, uploaderHashes: inCheckout, historyNote, automationId: inputs.category || plan.automationId }));
  } catch (error: unknown) {
    throw new InputError(`input "sarif-file": cannot write ${sarifPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  core.setOutput('findings', found.length);
  core.setOutput('new-findings', newFindings.length);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('scanned-commits', report.stats.commits);

  const { annotations, omitted } = selectAnnotations(report.findings, report.rules, {
    showSecrets,
    // A history-only finding's line is not in the checkout either: only what is there gets a file link.
    inCheckout,
    historyOnly: (f) => (f.inHead === false ? historyNote(f).text : undefined),
    // GitHub drops annotations past 10 per level: keep room for the step's own failure and warning lines.
    cap: ANNOTATIONS_PER_LEVEL - 2,
  });
  for (const a of annotations) {
    // A finding whose file is not in the checkout (history only) gets no file link: it would lead nowhere.
    const properties = a.file === undefined ? { title: a.title } : { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    const columns = a.startColumn !== undefined ? { startColumn: a.startColumn, endColumn: a.endColumn } : {};
    core[a.level](a.message, { ...properties, ...columns });
  }
  if (omitted > 0) core.notice(`leakgate: ${omitted} more findings are not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step); see the job summary and the SARIF file`);

  const summaryContext = summaryContextFor(plan, inputs, newFindings, failing.length, settings.failOn);
  const shown = { ...report, findings: found };
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(shown, summaryContext), true).write();
  if (inputs.commentOnPr) await comment(plan, inputs, shown, summaryContext);

  // The step never passes what it could not fully scan, unless allowed: it cannot vouch for it (exit 2).
  const incomplete = report.diagnostics.filter(isIncomplete);
  if (incomplete.length > 0 && !settings.allowIncomplete) {
    const listed = incomplete.slice(0, 5).map((d) => `  ${d.code}: ${d.detail}`);
    const more = incomplete.length > 5 ? [`  ... and ${incomplete.length - 5} more (in the job summary and the SARIF file)`] : [];
    core.setFailed(
      [
        `leakgate: ${incomplete.length} item${incomplete.length === 1 ? '' : 's'} could not be fully scanned, so this run cannot vouch for ${plan.kind === 'tree' ? 'the files' : 'the commits'} it covers:`,
        ...listed,
        ...more,
        'Fix the cause, or set the input allow-incomplete: true (or allowIncomplete: true in the config) to pass anyway.',
      ].join('\n'),
    );
    process.exitCode = EXIT_ERROR;
  } else if (incomplete.length > 0) {
    core.warning(`leakgate: ${incomplete.length} item${incomplete.length === 1 ? '' : 's'} could not be fully scanned; passed because allow-incomplete is set`);
  }
  if (failing.length > 0) {
    core.setFailed(`leakgate: ${failing.length} new finding${failing.length === 1 ? '' : 's'} at or above "${settings.failOn}" (fail-on); see the job summary`);
  }
}

/** The remote to fetch missing history from: origin (what actions/checkout creates), else the only one. */
async function pickRemote(repoDir: string): Promise<string | undefined> {
  const remotes = (await gitMaybe(repoDir, ['remote']))?.split('\n').filter((r) => r.length > 0) ?? [];
  return remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
}

/** The repository root relative to a tree scan's directory ("" outside git). */
async function treeRoot(repoDir: string): Promise<string> {
  return (await gitMaybe(repoDir, ['rev-parse', '--show-cdup']))?.trim() ?? '';
}

/** A deleted branch: nothing was scanned, and the report says so. */
function emptyReport(repoDir: string, rules: ScanReport['rules']): ScanReport {
  return {
    kind: 'range',
    target: repoDir,
    findings: [],
    rules,
    diagnostics: [],
    stats: { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 },
    toolVersion: VERSION,
  };
}

/** Where a tree scan's directory sits in its repository ("" at the top or outside git), so paths match the repo. */
async function treePrefix(repoDir: string): Promise<string> {
  return (await gitMaybe(repoDir, ['rev-parse', '--show-prefix']))?.trim() ?? '';
}

/**
 * Paths from the repository root, as a range scan reports them; a fingerprint that includes the path (credential
 * and hygiene rules) is recomputed with the new path, so a tree scan and a range scan give the same identity.
 */
function withPathPrefix(report: ScanReport, prefix: string): ScanReport {
  if (!prefix) return report;
  const moved = <F extends Finding>(f: F): F => {
    const path = `${prefix}${f.path}`;
    const withPath = f.fingerprint === fingerprint(f.ruleId, f.secret, f.path);
    return { ...f, path, ...(withPath ? { fingerprint: fingerprint(f.ruleId, f.secret, path) } : {}) };
  };
  return { ...report, findings: report.findings.map(moved), ...(report.suppressed ? { suppressed: report.suppressed.map(moved) } : {}) };
}

function summaryContextFor(plan: ScanPlan, inputs: ActionInputs, newFindings: SummaryContext['newFindings'], failing: number, failOn: FailOn): SummaryContext {
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = process.env.GITHUB_REPOSITORY;
  const runId = process.env.GITHUB_RUN_ID;
  return {
    description: plan.description,
    newFindings,
    failOn,
    failing,
    showSecrets: !inputs.redact,
    ...(repository ? { repositoryUrl: `${server}/${repository}` } : {}),
    ...(repository && runId ? { runUrl: `${server}/${repository}/actions/runs/${runId}` } : {}),
  };
}

/** Creates or updates the PR comment; a failure (e.g. a read-only token on a fork) is a warning, not a failed step. */
async function comment(plan: ScanPlan, inputs: ActionInputs, report: ScanReport, summaryContext: SummaryContext): Promise<void> {
  if (plan.pullRequest === undefined) {
    core.info('comment-on-pr: not a pull request event; no comment');
    return;
  }
  if (!inputs.token) {
    core.warning('comment-on-pr: no token (input "token"); no comment');
    return;
  }
  try {
    const { owner, repo } = context.repo;
    const api = octokitCommentApi(getOctokit(inputs.token), { owner, repo, issueNumber: plan.pullRequest });
    const done = await upsertComment(api, renderComment(report, summaryContext), report.findings.length > 0);
    core.info(`comment-on-pr: ${done === 'skipped' ? 'clean, no earlier comment to update' : `comment ${done}`}`);
  } catch (error: unknown) {
    core.warning(`comment-on-pr: could not comment on pull request #${plan.pullRequest}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  await run();
} catch (error: unknown) {
  if (isScannerError(error)) core.setFailed(`leakgate: ${error.message}`);
  else core.setFailed(`leakgate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = EXIT_ERROR;
}
