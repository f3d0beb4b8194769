// Stage 7, report: the report data every renderer reads, in a deterministic order.

import type { Diagnostic } from '../core/diagnostic.js';
import type { RepoHealth, ScanKind, ScanReport, ScanStats } from '../core/report.js';
import type { RuleSpec } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { documented } from '../ruleset/docs.js';

export function buildReport(parts: {
  readonly kind: ScanKind;
  readonly target: string;
  readonly findings: readonly Finding[];
  readonly suppressed: ScanReport['suppressed'];
  readonly rules: readonly RuleSpec[];
  readonly diagnostics: Diagnostic[];
  readonly stats: ScanStats;
  readonly health: RepoHealth | undefined;
}): ScanReport {
  // What renders a finding shows its rule's documentation: looked up for those rules only (a clean run reads none).
  const shown = new Set([...parts.findings, ...(parts.suppressed ?? [])].map((f) => f.ruleId));
  return {
    kind: parts.kind,
    target: parts.target,
    findings: parts.findings,
    suppressed: parts.suppressed,
    rules: parts.rules.map((r) => (shown.has(r.id) ? documented(r) : r)),
    diagnostics: sortDiagnostics(parts.diagnostics),
    stats: parts.stats,
    toolVersion: VERSION,
    ...(parts.health ? { health: parts.health } : {}),
  };
}

/** Deterministic order: path, line, column, rule, fingerprint. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\0${d.ruleId ?? ''}\0${d.path ?? ''}\0${d.detail}`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? '', b.path ?? '') || cmp(a.blobId ?? '', b.blobId ?? '') || cmp(a.detail, b.detail),
  );
}
