// Machine-readable report: findings (secrets redacted unless asked), diagnostics and counts, in a stable order.

import { isIncomplete } from '../core/diagnostic.js';
import type { ScanReport } from '../core/report.js';
import { CONFIDENCES, SEVERITIES } from '../core/rule.js';
import { containerPath, type Finding } from '../core/types.js';
import { shownSecret, shownSnippet, type RenderOptions } from './redact.js';
import { countSuppressed } from './suppressed.js';

const isFileLevel = (kind: string, secret: string): boolean => kind === 'hygiene' || secret === '';

export const JSON_FORMAT_VERSION = 1;

/** Renders the report as pretty-printed JSON. */
export function renderJson(report: ScanReport, options: RenderOptions): string {
  const entry = (f: Finding) => ({
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    // Every place of the same secret in the file, the finding's own first.
    locations: (f.locations ?? [f]).map((l) => ({ line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, ...(l.allowed ? { allowed: true } : {}) })),
    secret: isFileLevel(f.kind, f.secret) ? '' : shownSecret(f.secret, options),
    snippet: isFileLevel(f.kind, f.secret) ? f.snippet : shownSnippet(f.snippet, f.secret, options),
    entropy: f.entropy,
    fingerprint: f.fingerprint,
    blob: f.blobId,
    commit: f.commit ?? null,
    otherOccurrences: f.otherOccurrences,
    ...(f.size !== undefined ? { size: f.size } : {}),
    ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
    ...(f.decoded ? { decoded: f.decoded } : {}),
    // An archive member's finding: `path` is `archive!member`; these name the two parts.
    ...(f.member !== undefined ? { archive: containerPath(f), member: f.member } : {}),
  });
  const findings = report.findings.map(entry);
  const suppressed = (report.suppressed ?? []).map((f) => ({ ...entry(f), suppression: f.suppression }));
  const counts = countSuppressed(report);
  const document = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'leakgate', version: report.toolVersion },
    scan: { kind: report.kind, target: report.target, redacted: !options.showSecrets, ...report.stats },
    summary: {
      findings: report.findings.length,
      bySeverity: Object.fromEntries(
        SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]),
      ),
      byConfidence: Object.fromEntries(CONFIDENCES.map((c) => [c, report.findings.filter((f) => f.confidence === c).length])),
      diagnostics: report.diagnostics.length,
      /** Diagnostics saying that something was not (fully) scanned. */
      incomplete: report.diagnostics.filter(isIncomplete).length,
      suppressed: { total: suppressed.length, ...counts },
    },
    findings,
    suppressed,
    diagnostics: report.diagnostics,
    ...(report.health ? { health: report.health } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
