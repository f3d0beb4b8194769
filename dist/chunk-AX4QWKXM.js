import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FINGERPRINT
} from "./chunk-JMPAVHJF.js";
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/config/baseline.ts
function compare(a, b) {
  const cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return cmp(a.fingerprint, b.fingerprint) || cmp(a.path, b.path) || cmp(a.rule, b.rule);
}
function baselineEntries(findings) {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path }));
}
function renderBaseline(entries) {
  const lines = [...entries].sort(compare).map((e) => JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path }));
  const unique = lines.filter((line, i) => line !== lines[i - 1]);
  return unique.length === 0 ? "" : `${unique.join("\n")}
`;
}
function parseBaseline(text, file) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${file}:${i + 1}`;
    if (/^(<<<<<<<|=======|>>>>>>>)/.test(line)) {
      problems.push(`${where}: merge conflict marker; keep the entries of both sides (or re-run "leakgate baseline create")`);
      return;
    }
    let value;
    try {
      value = JSON.parse(line.replace(/,$/, ""));
    } catch {
      problems.push(`${where}: expected one JSON entry {"fingerprint":...,"rule":...,"path":...} per line, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const entry = value;
    if (typeof value !== "object" || value === null || typeof entry.fingerprint !== "string" || !FINGERPRINT.test(entry.fingerprint) || typeof entry.rule !== "string" || typeof entry.path !== "string") {
      problems.push(`${where}: expected {"fingerprint": 24 hexadecimal characters, "rule": string, "path": string}, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, path: entry.path });
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return entries;
}

export {
  baselineEntries,
  renderBaseline,
  parseBaseline
};
