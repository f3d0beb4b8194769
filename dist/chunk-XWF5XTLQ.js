import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  INFORMATION_URI,
  TOOL_NAME
} from "./chunk-MPYZAZE2.js";
import {
  countSuppressed,
  shownSecret,
  shownSnippet
} from "./chunk-X2NNYMSQ.js";

// src/report/sarif.ts
var MAX_SARIF_RESULTS = 25e3;
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
function pathToUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function ruleHelp(rule) {
  const refs = rule.references.length > 0 ? `

**References**
${rule.references.map((r) => `- ${r}`).join("\n")}` : "";
  const what = rule.kind === "hygiene" ? `This rule flags a repository-hygiene problem: ${rule.description}.` : `This rule found what looks like a ${rule.description} committed to the repository. Anyone with read access to the repository, any clone or fork of it, holds a copy, including in history after the file changes.`;
  return `**${rule.description}** (\`${rule.id}\`)

${what}

**What to do**

${rule.remediation}${refs}`;
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: rule.id.split(/[.-]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(""),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} (${rule.kind} rule ${rule.id}).` },
    help: { text: ruleHelp(rule).replace(/[*`]/g, ""), markdown: ruleHelp(rule) },
    ...rule.references[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[rule.severity],
      precision: rule.precision,
      tags: ["security", rule.kind, ...rule.tags.filter((t) => t !== "security" && t !== rule.kind)]
    }
  };
}
function message(finding, rule, options) {
  const what = rule?.description ?? finding.ruleId;
  if (finding.kind === "hygiene" || finding.secret === "") {
    const where = finding.inHead === false ? "; only in history, no longer at HEAD" : "";
    const when2 = finding.commit ? `; introduced in commit ${finding.commit.id.slice(0, 12)}` : "";
    return `${what}: ${finding.path}${finding.snippet ? ` (${finding.snippet})` : ""}${when2}${where}.`;
  }
  const when = finding.commit ? ` (introduced in commit ${finding.commit.id.slice(0, 12)} by ${finding.commit.author}, ${finding.commit.date.slice(0, 10)})` : "";
  return `${what} found: ${shownSecret(finding.secret, options)}${when}. Fingerprint ${finding.fingerprint}.`;
}
function isSuppressed(f) {
  return f.suppression !== void 0;
}
function sarifSuppression(f) {
  const { kind, reason, source } = f.suppression;
  const why = kind === "inline" ? `allow comment (${source ?? "leakgate:allow"})` : kind === "ignore" ? `ignore file ${source ?? ""}`.trim() : `baseline ${source ?? ""}`.trim();
  return { kind: kind === "inline" ? "inSource" : "external", justification: reason ? `${why}: ${reason}` : why };
}
function renderSarif(report, options) {
  const rulesById = new Map(report.rules.map((r) => [r.id, r]));
  const suppressed = options.includeSuppressed ? report.suppressed ?? [] : [];
  const all = [...report.findings, ...suppressed];
  const ranked = all.map((f, i) => ({ f, i })).sort((a, b) => Number(isSuppressed(a.f)) - Number(isSuppressed(b.f)) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).slice(0, MAX_SARIF_RESULTS).sort((a, b) => a.i - b.i).map(({ f }) => f);
  const truncated = all.length - ranked.length;
  const usedIds = [...new Set(ranked.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(usedIds.map((id, i) => [id, i]));
  const results = ranked.map((f) => {
    const rule = rulesById.get(f.ruleId);
    const snippet = f.kind === "hygiene" || f.secret === "" ? "" : shownSnippet(f.snippet, f.secret, options);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: message(f, rule, options) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(f.path), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.endLine,
              endColumn: f.endColumn,
              ...snippet ? { snippet: { text: snippet } } : {}
            }
          }
        }
      ],
      partialFingerprints: { primaryLocationLineHash: options.locationHash(f.fingerprint, f.path) },
      ...isSuppressed(f) ? { suppressions: [sarifSuppression(f)] } : {},
      properties: {
        fingerprint: f.fingerprint,
        blob: f.blobId,
        otherOccurrences: f.otherOccurrences,
        ...f.size !== void 0 ? { size: f.size } : {},
        ...f.inHead !== void 0 ? { inHead: f.inHead } : {},
        ...f.commit ? { commit: f.commit.id, author: f.commit.author, email: f.commit.email, date: f.commit.date, commitSummary: f.commit.summary } : {}
      }
    };
  });
  const notifications = report.diagnostics.map((d) => ({
    level: "warning",
    message: { text: d.detail },
    descriptor: { id: d.code }
  }));
  if (truncated > 0) {
    notifications.push({
      level: "warning",
      message: { text: `${truncated} results were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} per run` },
      descriptor: { id: "results-truncated" }
    });
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: report.toolVersion,
            version: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules: usedIds.map((id) => sarifRule(rulesById.get(id)))
          }
        },
        automationDetails: { id: options.automationId ?? `leakgate/${report.kind}/` },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository" } } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        properties: {
          scanKind: report.kind,
          blobs: report.stats.blobs,
          bytes: report.stats.bytes,
          commits: report.stats.commits,
          redacted: !options.showSecrets,
          suppressed: countSuppressed(report),
          ...report.health ? {
            health: {
              binaryOutsideLfs: report.health.binaryOutsideLfs,
              lfsPointers: report.health.lfsPointers,
              largest: report.health.largest.map((b) => ({ path: b.path, size: b.size, blob: b.blobId }))
            }
          } : {},
          ...truncated > 0 ? { resultsTruncated: truncated } : {}
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  MAX_SARIF_RESULTS,
  pathToUri,
  renderSarif
};
