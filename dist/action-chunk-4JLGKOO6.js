import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  SEVERITIES
} from "./action-chunk-7HOSZQZF.js";

// src/core/fail-on.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
function failingFindings(findings, failOn) {
  if (failOn === "none") return [];
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

export {
  FAIL_ON_VALUES,
  failingFindings
};
