import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/core/rule.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var FILE_DETECTORS = ["file", "large-blob", "binary-artefact", "dependency-folder"];
var CONFIDENCES = ["high", "medium", "low"];
var CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 };
function meetsConfidence(confidence, minimum) {
  return CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[minimum];
}
function higherConfidence(a, b) {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

// src/core/size.ts
var SIZE_UNITS = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
function parseSizeText(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const scale = m ? SIZE_UNITS[m[2].toLowerCase()] : void 0;
  return m && scale !== void 0 ? Math.floor(Number(m[1]) * scale) : void 0;
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

export {
  SEVERITIES,
  FILE_DETECTORS,
  CONFIDENCES,
  meetsConfidence,
  higherConfidence,
  parseSizeText,
  formatBytes
};
