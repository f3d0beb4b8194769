// Self-contained HTML report (`-f html`): the report's data as inert JSON in the page, drawn by an inline script.
// No request leaves the page (a Content-Security-Policy forbids every fetch); untrusted text (paths, authors,
// commit messages, rule text) reaches the DOM only as text nodes, never as markup.

import { isIncomplete } from '../core/diagnostic.js';
import type { ScanReport } from '../core/report.js';
import { SEVERITIES, type RuleSpec } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { HTML_CLIENT } from './html-client.js';
import { HTML_STYLE } from './html-style.js';
import { shownSecret, shownSnippet, type RenderOptions } from './redact.js';
import type { FindingExposure } from './remediation.js';
import { countSuppressed } from './suppressed.js';

const isFileLevel = (f: Finding): boolean => f.kind === 'hygiene' || f.secret === '';

/** One finding as the page reads it (short keys: a 100,000-finding report stays a few tens of MB). */
interface PageFinding {
  readonly r: string;
  readonly k: string;
  readonly s: string;
  readonly c: string;
  readonly p: string;
  readonly l: number;
  readonly col: number;
  readonly x: string;
  readonly sn: string;
  readonly fp: string;
  readonly o: number;
  /** The other lines of the file holding the same secret (the finding's own line is `l`). */
  readonly ls?: readonly number[];
  readonly h?: boolean;
  readonly z?: number;
  readonly ci?: string;
  readonly a?: string;
  readonly d?: string;
  readonly m?: string;
  /** Refs holding the introducing commit (history scans). */
  readonly refs?: readonly string[];
  /** The commit that removed the secret from the path: id, date, summary. */
  readonly rm?: readonly [string, string, string];
}

interface PageRule {
  readonly d: string;
  readonly k: string;
  readonly s: string;
  readonly c: string;
  readonly rem: string;
  readonly refs: readonly string[];
}

function pageFinding(f: Finding, rules: ReadonlyMap<string, RuleSpec>, options: RenderOptions, e: FindingExposure | undefined): PageFinding {
  const fileLevel = isFileLevel(f);
  const inHead = f.inHead ?? e?.inHead;
  const others = (f.locations ?? []).filter((loc) => loc.line !== f.line || loc.column !== f.column).map((loc) => loc.line);
  return {
    r: f.ruleId,
    k: f.kind,
    s: f.severity,
    c: f.confidence,
    p: f.path,
    l: f.line,
    col: f.column,
    x: fileLevel ? '' : shownSecret(f.secret, options),
    sn: fileLevel ? f.snippet : shownSnippet(f.snippet, f.secret, options),
    fp: f.fingerprint,
    o: f.otherOccurrences,
    ...(others.length > 0 ? { ls: others } : {}),
    ...(inHead !== undefined ? { h: inHead } : {}),
    ...(e ? { refs: e.refs } : {}),
    ...(e?.removedIn ? { rm: [e.removedIn.id, e.removedIn.date, e.removedIn.summary] as const } : {}),
    ...(f.size !== undefined ? { z: f.size } : {}),
    ...(f.commit
      ? { ci: f.commit.id, a: f.commit.email ? `${f.commit.author} <${f.commit.email}>` : f.commit.author, d: f.commit.date, m: f.commit.summary }
      : {}),
  };
}

/**
 * The data the page draws, in the order the report gives. `exposures` (one per finding, from a history scan) adds
 * whether HEAD still holds each secret, which refs hold it and where it was removed.
 */
export function pageData(report: ScanReport, options: RenderOptions, exposures?: readonly FindingExposure[]) {
  const ruleById = new Map(report.rules.map((r) => [r.id, r] as const));
  const used = new Set(report.findings.map((f) => f.ruleId));
  const rules: Record<string, PageRule> = {};
  for (const id of [...used].sort()) {
    const r = ruleById.get(id);
    if (r) rules[id] = { d: r.description, k: r.kind, s: r.severity, c: r.confidence, rem: r.remediation ?? '', refs: r.references ?? [] };
  }
  return {
    tool: report.toolVersion,
    kind: report.kind,
    target: report.target,
    redacted: !options.showSecrets,
    severities: SEVERITIES,
    stats: report.stats,
    suppressed: countSuppressed(report),
    diagnostics: report.diagnostics.map((d) => ({ code: d.code, detail: d.detail, path: d.path ?? '', incomplete: isIncomplete(d) })),
    findings: report.findings.map((f, i) => pageFinding(f, ruleById, options, exposures?.[i])),
    rules,
    largest: (report.health?.largest ?? []).map((b) => ({ p: b.path, z: b.size, b: b.blobId, ...(b.inHead !== undefined ? { h: b.inHead } : {}) })),
  };
}

/**
 * JSON that is inert inside a <script type="application/json"> element: no `<` (so no `</script>`, no `<!--`),
 * no `>` or `&`, and no line separators that older parsers treat as line ends.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const escapeText = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders the whole report as one HTML document. */
export function renderHtml(report: ScanReport, options: RenderOptions, exposures?: readonly FindingExposure[]): string {
  const title = `leakgate report: ${report.target}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be fetched: no script, style, image, font or connection from anywhere, inline code only.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<noscript><p class="noscript">This report is drawn by its inline script; the data is in the page source (JSON).</p></noscript>',
    '<div id="app"></div>',
    `<script type="application/json" id="leakgate-data">${inertJson(pageData(report, options, exposures))}</script>`,
    `<script>${HTML_CLIENT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
