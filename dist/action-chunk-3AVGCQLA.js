import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/core/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var FILE_DETECTORS = ["file", "large-blob", "binary-artefact", "dependency-folder"];

export {
  SEVERITIES,
  FILE_DETECTORS
};
