import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  SEVERITIES
} from "./action-chunk-3AGHBZKH.js";

// src/core/fail-on.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
function failingFindings(findings, failOn) {
  if (failOn === "none") return [];
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

// src/core/scan-settings.ts
var MAX_NESTING_DEPTH = 8;
var DEFAULT_ARCHIVE_LIMITS = Object.freeze({ depth: 4, maxBytes: 64 * 1024 * 1024, maxMembers: 1e4, maxRatio: 100 });

export {
  MAX_NESTING_DEPTH,
  DEFAULT_ARCHIVE_LIMITS,
  FAIL_ON_VALUES,
  failingFindings
};
