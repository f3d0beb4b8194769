// The job summary ($GITHUB_STEP_SUMMARY) and the PR comment, as markdown: a headline, a table of findings, how to
// fix or allow them, hygiene figures and diagnostics. Never reads files or git; secrets as the options say.

import { pathToUri } from '../report/sarif.js';
import { shownSecret } from '../report/redact.js';
import { formatBytes } from '../report/text.js';
import type { ScanReport } from '../core/report.js';
import { SEVERITIES } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import type { FailOn } from '../core/fail-on.js';
import { code, link, plural } from './markdown.js';

/** Everything the summary says beyond the report itself. */
export interface SummaryContext {
  /** What was scanned, e.g. "push 1a2b3c..4d5e6f". */
  readonly description: string;
  /** The findings not in the baseline (all of them without one). */
  readonly newFindings: readonly Finding[];
  readonly failOn: FailOn;
  /** Findings that fail the step. */
  readonly failing: number;
  readonly showSecrets: boolean;
  /** `https://github.com/owner/repo`, for links to commits and files; omitted outside Actions. */
  readonly repositoryUrl?: string;
  /** Link to the workflow run (the PR comment points there). */
  readonly runUrl?: string;
}

/** Rows of the findings table in the job summary (GitHub caps a summary at 1 MiB). */
export const SUMMARY_ROWS = 200;
/** Rows in the PR comment: it should stay readable; the job summary has the rest. */
export const COMMENT_ROWS = 30;
/** Hidden marker that identifies the Action's comment on a pull request, so a re-run updates it. */
export const COMMENT_MARKER = '<!-- leakgate -->';

/** The headline: clean, or how many findings and how many of them new. */
export function headline(report: ScanReport, context: SummaryContext): string {
  const n = report.findings.length;
  if (n === 0) return `✅ leakgate: no findings`;
  const bySeverity = SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} ${s}`)
    .join(', ');
  return `${context.failing > 0 ? '❌' : '⚠️'} leakgate: ${plural(n, 'finding')}, ${context.newFindings.length} new (${bySeverity})`;
}

/** The job summary. */
export function renderSummary(report: ScanReport, context: SummaryContext): string {
  return renderMarkdown(report, context, SUMMARY_ROWS, true);
}

/** The PR comment: always redacted, shorter, marked so a re-run finds and updates it. */
export function renderComment(report: ScanReport, context: SummaryContext): string {
  const body = renderMarkdown(report, { ...context, showSecrets: false }, COMMENT_ROWS, false);
  const more = context.runUrl ? `\n[Job summary and full results](${context.runUrl})\n` : '';
  return `${COMMENT_MARKER}\n${body}${more}`;
}

function renderMarkdown(report: ScanReport, context: SummaryContext, maxRows: number, details: boolean): string {
  const out: string[] = [`## ${headline(report, context)}`, '', scannedLine(report, context), ''];
  if (report.findings.length > 0) out.push(...findingsTable(report, context, maxRows), '');
  if (report.findings.length > 0) out.push(...howTo(report, details), '');
  const hygiene = report.findings.filter((f) => f.kind === 'hygiene');
  if (hygiene.length > 0) out.push(...hygieneFigures(report, hygiene), '');
  if (details && report.diagnostics.length > 0) {
    out.push(`<details><summary>${plural(report.diagnostics.length, 'diagnostic')} (items skipped or partly scanned)</summary>`, '');
    for (const d of report.diagnostics.slice(0, 100)) out.push(`- ${code(d.code)} ${code(d.detail)}`);
    if (report.diagnostics.length > 100) out.push(`- … and ${report.diagnostics.length - 100} more (in the SARIF file)`);
    out.push('', '</details>', '');
  }
  return `${out.join('\n')}`;
}

function scannedLine(report: ScanReport, context: SummaryContext): string {
  const s = report.stats;
  const what =
    s.blobs === 0
      ? 'nothing to scan'
      : `${plural(s.blobs, 'blob')} (${formatBytes(s.bytes)})${report.kind === 'tree' ? '' : ` in ${plural(s.commits, 'commit')}`}`;
  const gate =
    context.failOn === 'none'
      ? 'fail-on: none, the step does not fail on findings'
      : context.failing > 0
        ? `**${plural(context.failing, 'new finding')} at or above ${context.failOn}: the step fails**`
        : `no new finding at or above ${context.failOn} (fail-on)`;
  return `Scanned ${code(context.description)}: ${what}, ${(s.durationMs / 1000).toFixed(1)} s. ${gate}.`;
}

function findingsTable(report: ScanReport, context: SummaryContext, maxRows: number): string[] {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const isNew = new Set(context.newFindings);
  const markNew = context.newFindings.length !== report.findings.length;
  const rows = [
    `| Severity | Rule | Location | Commit | Secret | Fingerprint${markNew ? ' | New' : ''} |`,
    `|---|---|---|---|---|---${markNew ? '|---' : ''}|`,
  ];
  // New and severe first: those are the ones to act on.
  const ordered = [...report.findings].sort(
    (a, b) => Number(isNew.has(b)) - Number(isNew.has(a)) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  for (const f of ordered.slice(0, maxRows)) {
    const rule = rules.get(f.ruleId);
    const commit = f.commit ? link(code(f.commit.id.slice(0, 7)), context.repositoryUrl && `${context.repositoryUrl}/commit/${f.commit.id}`) : '';
    const at = f.commit?.id;
    const location = link(
      code(`${f.path}:${f.line}`),
      context.repositoryUrl && at ? `${context.repositoryUrl}/blob/${at}/${pathToUri(f.path)}#L${f.line}` : undefined,
    );
    const secret = f.kind === 'hygiene' || f.secret === '' ? '' : code(shownSecret(f.secret, context));
    const more = f.otherOccurrences > 0 ? ` (+${f.otherOccurrences} more)` : '';
    rows.push(
      `| ${f.severity} | ${code(f.ruleId)} ${rule?.description ?? ''} | ${location}${more} | ${commit} | ${secret} | ${code(f.fingerprint)}${markNew ? ` | ${isNew.has(f) ? 'new' : 'baseline'}` : ''} |`,
    );
  }
  if (report.findings.length > maxRows) {
    rows.push('', `${plural(report.findings.length - maxRows, 'more finding')} not listed here: see the SARIF file or code scanning.`);
  }
  return rows;
}

function howTo(report: ScanReport, details: boolean): string[] {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const used = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const out = ['### How to fix', ''];
  for (const id of used) {
    const rule = rules.get(id);
    const remediation = rule?.remediation?.trim() ?? '';
    if (details) out.push(`<details><summary><code>${id}</code> ${rule?.description ?? ''}</summary>`, '', remediation || 'Remove it from the repository.', '', '</details>', '');
    else out.push(`- ${code(id)}: ${remediation.split('\n')[0] ?? ''}`);
  }
  out.push(
    '',
    '### How to allow a false positive',
    '',
    'Add `leakgate:allow <rule-id>` in a comment on the line, or add the finding\'s fingerprint to the baseline (`leakgate ignore <fingerprint>`). A secret that was real must be rotated first: it stays in the history of every clone.',
  );
  return out;
}

function hygieneFigures(report: ScanReport, hygiene: readonly Finding[]): string[] {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const counts = new Map<string, number>();
  for (const f of hygiene) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const out = ['### Repository hygiene', '', '| Rule | Files |', '|---|---|'];
  for (const [id, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${code(id)} ${rules.get(id)?.description ?? ''} | ${n} |`);
  out.push('', `Blobs scanned: ${report.stats.blobs} (${formatBytes(report.stats.bytes)}), binary: ${report.stats.binarySkipped}.`);
  return out;
}
