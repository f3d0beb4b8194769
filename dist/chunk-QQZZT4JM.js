import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  countSuppressed,
  shownSecret,
  shownSnippet
} from "./chunk-73NG7B4Z.js";
import {
  SEVERITIES
} from "./chunk-MUH7D3S2.js";
import "./chunk-MHERK6FT.js";

// src/report/json.ts
var isFileLevel = (kind, secret) => kind === "hygiene" || secret === "";
var JSON_FORMAT_VERSION = 1;
function renderJson(report, options) {
  const entry = (f) => ({
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: isFileLevel(f.kind, f.secret) ? "" : shownSecret(f.secret, options),
    snippet: isFileLevel(f.kind, f.secret) ? f.snippet : shownSnippet(f.snippet, f.secret, options),
    entropy: f.entropy,
    fingerprint: f.fingerprint,
    blob: f.blobId,
    commit: f.commit ?? null,
    otherOccurrences: f.otherOccurrences,
    ...f.size !== void 0 ? { size: f.size } : {},
    ...f.inHead !== void 0 ? { inHead: f.inHead } : {}
  });
  const findings = report.findings.map(entry);
  const suppressed = (report.suppressed ?? []).map((f) => ({ ...entry(f), suppression: f.suppression }));
  const counts = countSuppressed(report);
  const document = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: "leakgate", version: report.toolVersion },
    scan: { kind: report.kind, target: report.target, redacted: !options.showSecrets, ...report.stats },
    summary: {
      findings: report.findings.length,
      bySeverity: Object.fromEntries(
        SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])
      ),
      diagnostics: report.diagnostics.length,
      suppressed: { total: suppressed.length, ...counts }
    },
    findings,
    suppressed,
    diagnostics: report.diagnostics,
    ...report.health ? { health: report.health } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
export {
  JSON_FORMAT_VERSION,
  renderJson
};
