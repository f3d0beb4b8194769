// Human-readable report for terminals: one block per finding, then a summary line with counts.

import { isIncomplete } from '../core/diagnostic.js';
import type { RepoHealth, ScanReport } from '../core/report.js';
import { SEVERITIES, type RuleSpec, type Severity } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { shownSecret, shownSnippet, type RenderOptions } from './redact.js';
import { formatCount } from './count.js';
import { formatBytes } from '../core/size.js';
import { describeSuppressed } from './suppressed.js';

export { formatBytes };

export interface TextOptions extends RenderOptions {
  readonly color: boolean;
  /** List every diagnostic rather than the first few. */
  readonly verbose: boolean;
  /** Print the repository health table (`scan --health`); history scans print a one-line summary anyway. */
  readonly health?: boolean;
  /** Also list the findings hidden by allow comments, ignore files and the baseline. */
  readonly showSuppressed?: boolean;
}

const SUPPRESSION_LABEL = {
  inline: 'allowed inline',
  ignore: 'ignored',
  baseline: 'in baseline',
  example: 'documentation example',
  confidence: 'below the minimum confidence',
} as const;

/** How many other lines "also at lines ..." lists before "and N more". */
export const LOCATIONS_SHOWN = 10;

/** "also at lines 12, 40 (allowed), and 3 more": the finding's other locations in its file, or '' when none. */
export function otherLocations(finding: Finding, shown = LOCATIONS_SHOWN): string {
  const others = (finding.locations ?? []).filter((l) => l.line !== finding.line || l.column !== finding.column);
  if (others.length === 0) return '';
  const listed = others.slice(0, shown).map((l) => `${l.line}${l.allowed ? ' (allowed)' : ''}`);
  const more = others.length > shown ? `, and ${others.length - shown} more` : '';
  return `also at line${others.length === 1 ? '' : 's'} ${listed.join(', ')}${more}`;
}

const DIAGNOSTICS_SHOWN = 10;

type Paint = (text: string) => string;

function palette(color: boolean): Record<'red' | 'yellow' | 'cyan' | 'dim' | 'bold' | 'green' | 'magenta', Paint> {
  const wrap =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/** Control characters in paths, snippets and git metadata are shown escaped, so they cannot rewrite the terminal. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n');
}

export { formatCount };

export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What to do about a secret found in what is already committed (an audit, a range, files on disk), rotation first:
 * removing it does not un-leak it. Staged and pushed content has not left the machine: its hook message says what to
 * fix. Hygiene findings have no secret to rotate.
 */
function nextSteps(finding: Finding, rule: RuleSpec | undefined, kind: ScanReport['kind']): string {
  if (isFileLevel(finding) || kind === 'staged' || kind === 'stdin') return '';
  const url = rule?.references?.find((r) => /^https?:\/\//.test(r));
  const rotate = `1. rotate or revoke it at its issuer${url ? ` (${url})` : ''}`;
  if (kind === 'tree') return `${rotate}; 2. remove it from the file; 3. if it was ever committed, purge it from history (leakgate remediate)`;
  const purge = 'purge it from history (leakgate remediate writes the plan)';
  if (finding.inHead === false) return `${rotate}; 2. ${purge}`;
  return `${rotate}; 2. remove it ${finding.inHead ? 'from the current tree' : 'where it is still used'}; 3. ${purge}`;
}

/** Renders the whole report as text. */
export function renderText(report: ScanReport, options: TextOptions): string {
  const c = palette(options.color);
  const severityColor: Record<Severity, Paint> = { critical: c.red, high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    const paint = severityColor[finding.severity];
    out.push(`${c.bold(paint(finding.severity.toUpperCase()))} ${c.bold(finding.ruleId)}  ${rule?.description ?? ''}  ${c.dim(`(${finding.confidence} confidence)`)}`);
    out.push(`  ${c.cyan(printable(finding.path))}:${finding.line}:${finding.column}${commitLine(finding, c.dim)}`);
    const also = otherLocations(finding);
    if (also) out.push(`  ${also}`);
    const fileLevel = isFileLevel(finding);
    if (!fileLevel) {
      out.push(`  secret  ${c.magenta(printable(shownSecret(finding.secret, options)))}`);
      const snippet = shownSnippet(finding.snippet, finding.secret, options).trim();
      // A decoded finding: the position is the encoded text's, the snippet the decoded line.
      if (finding.decoded) out.push(`  ${c.dim('encoded')} ${finding.decoded.join(' > ')}`);
      if (snippet) out.push(`  ${c.dim(finding.decoded ? 'decoded' : 'line   ')} ${printable(snippet)}`);
    } else {
      // File-level findings never show content: their snippet is a message (size, file type).
      const where = finding.inHead === undefined ? '' : finding.inHead ? '; still at HEAD' : '; not at HEAD, only in history';
      if (finding.snippet || where) out.push(`  ${printable(finding.snippet)}${where}`);
    }
    const more = finding.otherOccurrences > 0 ? `; ${plural(finding.otherOccurrences, fileLevel ? 'other version' : 'other occurrence')}` : '';
    out.push(c.dim(`  fingerprint ${finding.fingerprint}${more}`));
    const next = nextSteps(finding, rule, report.kind);
    if (next) out.push(`  ${c.bold('next')}    ${next}`);
    out.push(
      c.dim(
        // An archive member cannot carry an allow comment that the archive's file shows.
        fileLevel || finding.member !== undefined
          ? `  allow: run "leakgate ignore ${finding.fingerprint}"`
          : `  allow: add "leakgate:allow ${finding.ruleId} -- reason" in a comment on the line, or run "leakgate ignore ${finding.fingerprint}"`,
      ),
    );
    out.push('');
  }
  if (options.showSuppressed && report.suppressed && report.suppressed.length > 0) {
    out.push(c.dim(`${plural(report.suppressed.length, 'suppressed finding')}:`));
    for (const f of report.suppressed) {
      const why = `${SUPPRESSION_LABEL[f.suppression.kind]}${f.suppression.source ? ` (${printable(f.suppression.source)})` : ''}`;
      const reason = f.suppression.reason ? `: ${printable(f.suppression.reason)}` : '';
      out.push(`  ${f.ruleId}  ${c.cyan(printable(f.path))}:${f.line}:${f.column}  fingerprint ${f.fingerprint}  ${c.dim(why + reason)}`);
    }
    out.push('');
  }
  const diagnostics = report.diagnostics;
  if (diagnostics.length > 0) {
    out.push(c.yellow(`${plural(diagnostics.length, 'diagnostic')} (items skipped or partly scanned):`));
    // What was not looked at comes first: it is what the findings above cannot speak for.
    const ordered = [...diagnostics.filter(isIncomplete), ...diagnostics.filter((d) => !isIncomplete(d))];
    const shown = options.verbose ? ordered : ordered.slice(0, DIAGNOSTICS_SHOWN);
    for (const d of shown) out.push(`  ${d.code}: ${printable(d.detail)}`);
    if (shown.length < diagnostics.length) out.push(c.dim(`  ... and ${diagnostics.length - shown.length} more (--verbose lists them all)`));
    out.push('');
  }
  if (report.health && options.health) out.push(...healthTable(report.health, c), '');
  else if (report.health && report.kind === 'history') out.push(healthLine(report.health), '');
  out.push(summaryLine(report, c));
  return `${out.join('\n')}\n`;
}

/** Findings about a whole file (hygiene, credential files by name): no secret, the snippet is a message. */
export function isFileLevel(finding: Finding): boolean {
  return finding.kind === 'hygiene' || finding.secret === '';
}

/** "repository: 1,234 blobs, 56.7 MiB; largest dist/app.js (1.2 MiB); 3 binary blobs outside LFS (2.0 MiB)". */
export function healthLine(health: RepoHealth): string {
  const top = health.largest[0];
  const largest = top ? `; largest ${printable(top.path)} (${formatBytes(top.size)})` : '';
  const binary = `${plural(health.binaryOutsideLfs.count, 'binary blob')} outside LFS (${formatBytes(health.binaryOutsideLfs.bytes)})`;
  return `repository: ${plural(health.blobs, 'blob')}, ${formatBytes(health.bytes)}${largest}; ${binary}; run with --health for the largest blobs`;
}

/** The `--health` table: totals, then the largest blobs with their paths. */
export function healthTable(health: RepoHealth, c = palette(false)): string[] {
  const rows: [string, string, string][] = [
    ['blobs', health.blobs.toLocaleString('en-US'), formatBytes(health.bytes)],
    ['binary outside LFS', health.binaryOutsideLfs.count.toLocaleString('en-US'), formatBytes(health.binaryOutsideLfs.bytes)],
    ['LFS pointers', health.lfsPointers.toLocaleString('en-US'), ''],
  ];
  const out = [c.bold('Repository health')];
  for (const [label, count, size] of rows) out.push(`  ${label.padEnd(20)} ${count.padStart(10)}  ${size}`.trimEnd());
  if (health.largest.length > 0) {
    out.push(`  ${c.bold('largest blobs')}`);
    const width = Math.max(...health.largest.map((b) => formatBytes(b.size).length));
    for (const b of health.largest) {
      const head = b.inHead === undefined ? '' : b.inHead ? '' : c.dim('  (not at HEAD)');
      const commit = b.commit ? c.dim(`  ${b.commit.slice(0, 12)}`) : '';
      out.push(`    ${formatBytes(b.size).padStart(width)}  ${printable(b.path)}${commit}${head}`);
    }
  }
  return out;
}

function commitLine(finding: Finding, dim: Paint): string {
  const commit = finding.commit;
  if (!commit) return '';
  const date = commit.date.slice(0, 10);
  return `  ${dim(`commit ${commit.id.slice(0, 12)} ${printable(commit.author)} <${printable(commit.email)}> ${date} "${printable(commit.summary.slice(0, 60))}"`)}`;
}

/** "N findings (1 critical, 2 high) in 1,234 blobs (5.6 MiB), 89 commits, 1.2 s": says what was scanned, even when nothing. */
export function summaryLine(report: ScanReport, c = palette(false)): string {
  const s = report.stats;
  const scanned =
    s.blobs === 0
      ? 'nothing to scan'
      : `scanned ${plural(s.blobs, report.kind === 'stdin' ? 'input' : 'blob')} (${formatBytes(s.bytes)})${
          report.kind === 'history' || report.kind === 'range' ? `, ${plural(s.commits, 'commit')}` : ''
        }`;
  const counts = SEVERITIES.map((sev) => [sev, report.findings.filter((f) => f.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `${n} ${sev}`)
    .join(', ');
  const headline =
    report.findings.length === 0 ? c.green('no findings') : c.red(c.bold(`${plural(report.findings.length, 'finding')} (${counts})`));
  const hidden = describeSuppressed(report);
  const suppressed = hidden ? `; ${formatCount((report.suppressed ?? []).length)} suppressed (${hidden})` : '';
  const incomplete = report.diagnostics.filter(isIncomplete).length;
  const diag =
    report.diagnostics.length > 0
      ? `, ${plural(report.diagnostics.length, 'diagnostic')}${incomplete > 0 ? c.yellow(` (${formatCount(incomplete)} not fully scanned)`) : ''}`
      : '';
  return `leakgate ${report.kind} scan of ${printable(report.target)}: ${headline}${diag}${suppressed}; ${scanned} in ${(s.durationMs / 1000).toFixed(1)} s`;
}
