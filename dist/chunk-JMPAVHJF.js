import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/config/ignore-file.ts
var FINGERPRINT = /^[0-9a-f]{24}$/;
function parseIgnoreFile(text, file) {
  const out = /* @__PURE__ */ new Map();
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim().toLowerCase();
    const reason = hash === -1 ? void 0 : raw.slice(hash + 1).trim() || void 0;
    if (value === "") return;
    if (!FINGERPRINT.test(value)) {
      problems.push(`${file}:${i + 1}: expected a finding fingerprint (24 hexadecimal characters, as "leakgate scan" prints them) and an optional "# reason", got ${JSON.stringify(raw.slice(0, 80))}`);
      return;
    }
    if (!out.has(value) || out.get(value) === void 0) out.set(value, reason);
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return out;
}
function formatIgnoreLine(fingerprint, reason) {
  return reason ? `${fingerprint}  # ${reason}` : fingerprint;
}
function parseGitleaksIgnore(text, file) {
  const entries = [];
  const warnings = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^(?:([0-9a-f]{7,40}):)?(.+):([^:]+):(\d+)$/.exec(line);
    if (!m) {
      warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint ([commit:]path:rule-id:line); ignored`);
      return;
    }
    entries.push({ ...m[1] ? { commit: m[1] } : {}, path: m[2], ruleId: m[3], line: Number(m[4]) });
  });
  return { entries, warnings };
}

export {
  FINGERPRINT,
  parseIgnoreFile,
  formatIgnoreLine,
  parseGitleaksIgnore
};
