import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/core/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];

export {
  SEVERITIES
};
