import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/cli/exit-code.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

export {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_ERROR
};
