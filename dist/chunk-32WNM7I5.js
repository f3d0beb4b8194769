import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-A4I3JB3Y.js";
import "./chunk-PSUHV2KZ.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-VZIGFNRK.js";
import "./chunk-WDV5H2QY.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-QK7QNPCE.js";
import "./chunk-MHERK6FT.js";
export {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
};
