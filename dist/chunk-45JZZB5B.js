import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  describeSuppressed,
  shownSecret,
  shownSnippet
} from "./chunk-X2NNYMSQ.js";
import {
  SEVERITIES
} from "./chunk-MUH7D3S2.js";

// src/report/text.ts
var SUPPRESSION_LABEL = { inline: "allowed inline", ignore: "ignored", baseline: "in baseline" };
var DIAGNOSTICS_SHOWN = 10;
function palette(color) {
  const wrap = (open, close) => (text) => color ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\n/g, "\\n");
}
function plural(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
function renderText(report, options) {
  const c = palette(options.color);
  const severityColor = { critical: c.red, high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const out = [];
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    const paint = severityColor[finding.severity];
    out.push(`${c.bold(paint(finding.severity.toUpperCase()))} ${c.bold(finding.ruleId)}  ${rule?.description ?? ""}`);
    out.push(`  ${c.cyan(printable(finding.path))}:${finding.line}:${finding.column}${commitLine(finding, c.dim)}`);
    const fileLevel = isFileLevel(finding);
    if (!fileLevel) {
      out.push(`  secret  ${c.magenta(printable(shownSecret(finding.secret, options)))}`);
      const snippet = shownSnippet(finding.snippet, finding.secret, options).trim();
      if (snippet) out.push(`  ${c.dim("line")}    ${printable(snippet)}`);
    } else {
      const where = finding.inHead === void 0 ? "" : finding.inHead ? "; still at HEAD" : "; not at HEAD, only in history";
      if (finding.snippet || where) out.push(`  ${printable(finding.snippet)}${where}`);
    }
    const more = finding.otherOccurrences > 0 ? `; ${plural(finding.otherOccurrences, fileLevel ? "other version" : "other occurrence")}` : "";
    out.push(c.dim(`  fingerprint ${finding.fingerprint}${more}`));
    out.push(
      c.dim(
        fileLevel ? `  allow: run "leakgate ignore ${finding.fingerprint}"` : `  allow: add "leakgate:allow ${finding.ruleId} -- reason" in a comment on the line, or run "leakgate ignore ${finding.fingerprint}"`
      )
    );
    out.push("");
  }
  if (options.showSuppressed && report.suppressed && report.suppressed.length > 0) {
    out.push(c.dim(`${plural(report.suppressed.length, "suppressed finding")}:`));
    for (const f of report.suppressed) {
      const why = `${SUPPRESSION_LABEL[f.suppression.kind]}${f.suppression.source ? ` (${printable(f.suppression.source)})` : ""}`;
      const reason = f.suppression.reason ? `: ${printable(f.suppression.reason)}` : "";
      out.push(`  ${f.ruleId}  ${c.cyan(printable(f.path))}:${f.line}:${f.column}  fingerprint ${f.fingerprint}  ${c.dim(why + reason)}`);
    }
    out.push("");
  }
  const diagnostics = report.diagnostics;
  if (diagnostics.length > 0) {
    out.push(c.yellow(`${plural(diagnostics.length, "diagnostic")} (items skipped or partly scanned):`));
    const shown = options.verbose ? diagnostics : diagnostics.slice(0, DIAGNOSTICS_SHOWN);
    for (const d of shown) out.push(`  ${d.code}: ${printable(d.detail)}`);
    if (shown.length < diagnostics.length) out.push(c.dim(`  ... and ${diagnostics.length - shown.length} more (--verbose lists them all)`));
    out.push("");
  }
  if (report.health && options.health) out.push(...healthTable(report.health, c), "");
  else if (report.health && report.kind === "history") out.push(healthLine(report.health), "");
  out.push(summaryLine(report, c));
  return `${out.join("\n")}
`;
}
function isFileLevel(finding) {
  return finding.kind === "hygiene" || finding.secret === "";
}
function healthLine(health) {
  const top = health.largest[0];
  const largest = top ? `; largest ${printable(top.path)} (${formatBytes(top.size)})` : "";
  const binary = `${plural(health.binaryOutsideLfs.count, "binary blob")} outside LFS (${formatBytes(health.binaryOutsideLfs.bytes)})`;
  return `repository: ${plural(health.blobs, "blob")}, ${formatBytes(health.bytes)}${largest}; ${binary}; run with --health for the largest blobs`;
}
function healthTable(health, c = palette(false)) {
  const rows = [
    ["blobs", health.blobs.toLocaleString("en-US"), formatBytes(health.bytes)],
    ["binary outside LFS", health.binaryOutsideLfs.count.toLocaleString("en-US"), formatBytes(health.binaryOutsideLfs.bytes)],
    ["LFS pointers", health.lfsPointers.toLocaleString("en-US"), ""]
  ];
  const out = [c.bold("Repository health")];
  for (const [label, count, size] of rows) out.push(`  ${label.padEnd(20)} ${count.padStart(10)}  ${size}`.trimEnd());
  if (health.largest.length > 0) {
    out.push(`  ${c.bold("largest blobs")}`);
    const width = Math.max(...health.largest.map((b) => formatBytes(b.size).length));
    for (const b of health.largest) {
      const head = b.inHead === void 0 ? "" : b.inHead ? "" : c.dim("  (not at HEAD)");
      const commit = b.commit ? c.dim(`  ${b.commit.slice(0, 12)}`) : "";
      out.push(`    ${formatBytes(b.size).padStart(width)}  ${printable(b.path)}${commit}${head}`);
    }
  }
  return out;
}
function commitLine(finding, dim) {
  const commit = finding.commit;
  if (!commit) return "";
  const date = commit.date.slice(0, 10);
  return `  ${dim(`commit ${commit.id.slice(0, 12)} ${printable(commit.author)} <${printable(commit.email)}> ${date} "${printable(commit.summary.slice(0, 60))}"`)}`;
}
function summaryLine(report, c = palette(false)) {
  const s = report.stats;
  const scanned = s.blobs === 0 ? "nothing to scan" : `${plural(s.blobs, report.kind === "stdin" ? "input" : "blob")} (${formatBytes(s.bytes)})${report.kind === "history" || report.kind === "range" ? `, ${plural(s.commits, "commit")}` : ""}`;
  const counts = SEVERITIES.map((sev) => [sev, report.findings.filter((f) => f.severity === sev).length]).filter(([, n]) => n > 0).map(([sev, n]) => `${n} ${sev}`).join(", ");
  const headline = report.findings.length === 0 ? c.green("no findings") : c.red(c.bold(`${plural(report.findings.length, "finding")} (${counts})`));
  const hidden = describeSuppressed(report);
  const suppressed = hidden ? `; ${(report.suppressed ?? []).length.toLocaleString("en-US")} suppressed (${hidden})` : "";
  const diag = report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, "diagnostic")}` : "";
  return `leakgate ${report.kind} scan of ${printable(report.target)}: ${headline}${diag}${suppressed}; scanned ${scanned} in ${(s.durationMs / 1e3).toFixed(1)} s`;
}

export {
  printable,
  formatBytes,
  renderText,
  isFileLevel,
  healthLine,
  healthTable,
  summaryLine
};
