import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var TOOL_NAME = "leakgate";
var INFORMATION_URI = "https://github.com/leakgate/leakgate";

export {
  VERSION,
  TOOL_NAME,
  INFORMATION_URI
};
