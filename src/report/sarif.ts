// SARIF 2.1.0 for GitHub code scanning: full rule metadata, redacted snippets, content-based partial
// fingerprints (so alerts survive rebases), commit attribution in properties, and at most 25,000 results.

import { isIncomplete } from '../core/diagnostic.js';
import type { ScanReport } from '../core/report.js';
import type { Confidence, Precision, RuleSpec, Severity } from '../core/rule.js';
import type { SuppressedFinding } from '../core/suppression.js';
import { containerPath, type Finding } from '../core/types.js';
import type * as Sarif from 'sarif';
import { INFORMATION_URI, TOOL_NAME } from '../core/version.js';
import { shownSecret, shownSnippet, type RenderOptions } from './redact.js';
import { countSuppressed } from './suppressed.js';

/** leakgate's content fingerprint in `partialFingerprints` (rule + secret [+ path]; never a line or commit). */
export const FINGERPRINT_KEY = 'leakgate/v1';

/** GitHub code scanning accepts at most this many results per run. */
export const MAX_SARIF_RESULTS = 25_000;

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
/** Hygiene is not a security problem: at most a warning, so code scanning never lists a junk file as a High alert. */
const HYGIENE_LEVEL: Record<Severity, 'warning' | 'note'> = { critical: 'warning', high: 'warning', medium: 'warning', low: 'note', info: 'note' };

function levelOf(kind: RuleSpec['kind'], severity: Severity): 'error' | 'warning' | 'note' {
  return kind === 'hygiene' ? HYGIENE_LEVEL[severity] : LEVEL[severity];
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/**
 * A finding's confidence as SARIF `precision` (GitHub's words: very-high, high, medium, low): the rule's own
 * precision when the finding is as sure as the rule, else the confidence itself.
 */
export function findingPrecision(finding: Finding, rule: RuleSpec | undefined): Precision {
  return rule && rule.confidence === finding.confidence ? rule.precision : finding.confidence;
}

/** SARIF `result.rank` (0 to 100, higher is more relevant), from the finding's confidence. */
export const CONFIDENCE_RANK: Record<Confidence, number> = { high: 90, medium: 60, low: 30 };

export interface SarifOptions extends RenderOptions {
  /** Hash of a location for `partialFingerprints.primaryLocationLineHash`. */
  readonly locationHash: (fingerprint: string, path: string) => string;
  /**
   * True when the uploader hashes this path's line itself: upload-sarif computes `primaryLocationLineHash` from the
   * checked-out file whenever the result has a start line and the file exists, and warns when a tool's value
   * differs. For those paths leakgate leaves the key to it; for paths not in the checkout (history only) it writes
   * its own. Absent: leakgate writes its own for every result (no checkout to compare with).
   */
  readonly uploaderHashes?: (path: string) => boolean;
  /** For a finding only in history (`inHead` false): what to say about it, and where it went (the Action traces it). */
  readonly historyNote?: (finding: Finding) => HistoryDetail | undefined;
  /** Overrides `automationDetails.id` (the Action separates PR and history scans); default `leakgate/<kind>/`. */
  readonly automationId?: string;
  /**
   * Also emit suppressed findings, with SARIF `suppressions` (`inSource` for allow comments, `external` for the
   * ignore file and baseline). Off by default: a viewer that ignores `suppressions` would show them as open alerts.
   */
  readonly includeSuppressed?: boolean;
}

/** What the SARIF result says of a finding that is no longer in the scanned commit. */
export interface HistoryDetail {
  /** A clause such as "only in history (removed in commit 1234abcd5678)". */
  readonly text: string;
  readonly removedIn?: string;
  readonly refs?: readonly string[];
}

/** Percent-encodes a repository-relative path as a URI reference, segment by segment. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** "a" or "an" for a description: by its first letter, and by its spoken first letter for acronyms ("an AWS key"). */
export function article(text: string): 'a' | 'an' {
  const word = /^[A-Za-z0-9]+/.exec(text)?.[0] ?? '';
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  if (/^(uni|use|usu|one|eu)/i.test(word)) return 'a';
  if (/^(hour|honest)/i.test(word) || /^(npm|ssh|sftp|ftp|smtp|rsa|s3)$/i.test(word)) return 'an';
  return /^[aeiou8]/i.test(word) ? 'an' : 'a';
}

function ruleHelp(rule: RuleSpec): string {
  const references = rule.references ?? [];
  const refs = references.length > 0 ? `\n\n**References**\n${references.map((r) => `- ${r}`).join('\n')}` : '';
  const what =
    rule.kind === 'hygiene'
      ? `This rule flags a repository-hygiene problem: ${rule.description}.`
      : `This rule found what looks like ${article(rule.description)} ${rule.description} committed to the repository. Anyone with read access to the repository, any clone or fork of it, holds a copy, including in history after the file changes.`;
  return `**${rule.description}** (\`${rule.id}\`)\n\n${what}\n\n**What to do**\n\n${rule.remediation ?? ''}${refs}`;
}

const NOT_HYGIENE_TAGS = new Set(['security', 'maintainability', 'hygiene']);

function sarifRule(rule: RuleSpec): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id
      .split(/[.-]/)
      .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
      .join(''),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} (${rule.kind} rule ${rule.id}).` },
    help: { text: ruleHelp(rule).replace(/[*`]/g, ''), markdown: ruleHelp(rule) },
    ...(rule.references?.[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: levelOf(rule.kind, rule.severity) },
    // Only secret and credential rules are security alerts (GitHub shows a rule with security-severity as one).
    properties:
      rule.kind === 'hygiene'
        ? { precision: rule.precision, tags: ['maintainability', 'hygiene', ...rule.tags.filter((t) => !NOT_HYGIENE_TAGS.has(t))] }
        : {
            'security-severity': SECURITY_SEVERITY[rule.severity],
            precision: rule.precision,
            tags: ['security', rule.kind, ...rule.tags.filter((t) => t !== 'security' && t !== rule.kind)],
          },
  };
}

function message(finding: Finding, rule: RuleSpec | undefined, options: RenderOptions, history: HistoryDetail | undefined): string {
  const what = rule?.description ?? finding.ruleId;
  const gone = finding.inHead === false ? (history?.text ?? 'only in history, no longer at HEAD') : undefined;
  if (finding.kind === 'hygiene' || finding.secret === '') {
    const where = gone ? `; ${gone}` : '';
    const when = finding.commit ? `; introduced in commit ${finding.commit.id.slice(0, 12)}` : '';
    return `${what}: ${finding.path}${finding.snippet ? ` (${finding.snippet})` : ''}${when}${where}.`;
  }
  const when = finding.commit ? ` (introduced in commit ${finding.commit.id.slice(0, 12)} by ${finding.commit.author}, ${finding.commit.date.slice(0, 10)})` : '';
  const where = gone ? ` It is ${gone}: rotate it, removing the line does not take it out of the clones.` : '';
  return `${what} found: ${shownSecret(finding.secret, options)}${when}.${where} Fingerprint ${finding.fingerprint}.`;
}

/** The finding's other places in its file, as SARIF related locations (ids from 1, in line order). */
function relatedLocations(f: Finding): Sarif.Location[] {
  const others = (f.locations ?? []).filter((l) => l.line !== f.line || l.column !== f.column);
  return others.map((l, i) => ({
    id: i + 1,
    physicalLocation: {
      artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' },
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
    },
    message: { text: `The same secret again (line ${l.line})${l.allowed ? '; allowed by a comment on that line' : ''}` },
  }));
}

function isSuppressed(f: Finding): f is SuppressedFinding {
  return (f as Partial<SuppressedFinding>).suppression !== undefined;
}

function sarifSuppression(f: SuppressedFinding): Sarif.Suppression {
  const { kind, reason, source } = f.suppression;
  const why =
    kind === 'inline'
      ? `allow comment (${source ?? 'leakgate:allow'})`
      : kind === 'ignore'
        ? `ignore file ${source ?? ''}`.trim()
        : kind === 'example'
          ? 'documentation example'
          : kind === 'confidence'
            ? `below the minimum confidence${source ? ` (${source})` : ''}`
            : `baseline ${source ?? ''}`.trim();
  return { kind: kind === 'inline' ? 'inSource' : 'external', justification: reason ? `${why}: ${reason}` : why };
}

/** Renders the report as one SARIF run. */
export function renderSarif(report: ScanReport, options: SarifOptions): string {
  const rulesById = new Map(report.rules.map((r) => [r.id, r]));
  // Keep the most severe results when over the cap, reported before suppressed; then the report's own order.
  const suppressed: readonly Finding[] = options.includeSuppressed ? (report.suppressed ?? []) : [];
  const all: Finding[] = [...report.findings, ...suppressed];
  const ranked = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(isSuppressed(a.f)) - Number(isSuppressed(b.f)) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .slice(0, MAX_SARIF_RESULTS)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f);
  const truncated = all.length - ranked.length;
  const usedIds = [...new Set(ranked.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(usedIds.map((id, i) => [id, i]));
  const results = ranked.map((f) => sarifResult(f, rulesById.get(f.ruleId), ruleIndex.get(f.ruleId), options));
  const notifications = notificationsOf(report, truncated);
  const sarif: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: report.toolVersion,
            version: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules: usedIds.map((id) => sarifRule(rulesById.get(id)!)),
          },
        },
        automationDetails: { id: options.automationId ?? `leakgate/${report.kind}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository' } } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        properties: {
          scanKind: report.kind,
          blobs: report.stats.blobs,
          bytes: report.stats.bytes,
          commits: report.stats.commits,
          redacted: !options.showSecrets,
          suppressed: countSuppressed(report),
          ...(report.health
            ? {
                health: {
                  binaryOutsideLfs: report.health.binaryOutsideLfs,
                  lfsPointers: report.health.lfsPointers,
                  largest: report.health.largest.map((b) => ({ path: b.path, size: b.size, blob: b.blobId })),
                },
              }
            : {}),
          ...(truncated > 0 ? { resultsTruncated: truncated } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** One finding as a SARIF result. */
function sarifResult(f: Finding, rule: RuleSpec | undefined, ruleIndex: number | undefined, options: SarifOptions): Sarif.Result {
  // An archive member is not a file of the repository: the result points at the archive (GitHub code scanning shows
  // only repository files), and the member, with its own line and column, is in the message and the properties.
  const archive = f.member !== undefined ? containerPath(f) : undefined;
  // A decoded finding's snippet is decoded text, not the file's characters at the region: kept out of the region.
  const snippet = f.kind === 'hygiene' || f.secret === '' || f.decoded || archive !== undefined ? '' : shownSnippet(f.snippet, f.secret, options);
  const history = f.inHead === false ? options.historyNote?.(f) : undefined;
  const related = archive === undefined ? relatedLocations(f) : [];
  const memberNote = archive !== undefined ? `In archive member ${f.member} (line ${f.line}, column ${f.column}): ` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelOf(f.kind, f.severity),
    message: { text: memberNote + message(f, rule, options, history) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(archive ?? f.path), uriBaseId: '%SRCROOT%' },
          region:
            archive !== undefined
              ? { startLine: 1 }
              : {
                  startLine: f.line,
                  startColumn: f.column,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                  ...(snippet ? { snippet: { text: snippet } } : {}),
                },
        },
      },
    ],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    rank: CONFIDENCE_RANK[f.confidence],
    partialFingerprints: {
      // Versioned, so a future change of the content fingerprint is a new key, not a silent rematch.
      [FINGERPRINT_KEY]: f.fingerprint,
      ...(options.uploaderHashes?.(f.path) ? {} : { primaryLocationLineHash: options.locationHash(f.fingerprint, f.path) }),
    },
    ...(isSuppressed(f) ? { suppressions: [sarifSuppression(f)] } : {}),
    properties: {
      confidence: f.confidence,
      precision: findingPrecision(f, rule),
      fingerprint: f.fingerprint,
      blob: f.blobId,
      otherOccurrences: f.otherOccurrences,
      ...(f.size !== undefined ? { size: f.size } : {}),
      ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
      ...(f.decoded ? { decoded: f.decoded.join(' > '), decodedSnippet: shownSnippet(f.snippet, f.secret, options) } : {}),
      ...(archive !== undefined
        ? {
            member: f.member,
            memberRegion: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            ...(f.decoded ? {} : { memberSnippet: shownSnippet(f.snippet, f.secret, options) }),
          }
        : {}),
      ...(history?.removedIn ? { removedIn: history.removedIn } : {}),
      ...(history?.refs ? { refs: history.refs } : {}),
      ...(f.commit
        ? { commit: f.commit.id, author: f.commit.author, email: f.commit.email, date: f.commit.date, commitSummary: f.commit.summary }
        : {}),
    },
  };
}

/** The run's notifications: every diagnostic (what was not looked at is an error of the run), and a cut-off note. */
function notificationsOf(report: ScanReport, truncated: number): Sarif.Notification[] {
  const notifications: Sarif.Notification[] = report.diagnostics.map((d): Sarif.Notification => ({
    // Something not looked at is an error of the run (its results do not cover it); other diagnostics are notes.
    level: isIncomplete(d) ? 'error' : 'warning',
    message: { text: d.detail },
    descriptor: { id: d.code },
  }));
  if (truncated > 0) {
    notifications.push({
      level: 'warning',
      message: { text: `${truncated} results were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} per run` },
      descriptor: { id: 'results-truncated' },
    });
  }
  return notifications;
}
