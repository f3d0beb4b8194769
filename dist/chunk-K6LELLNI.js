import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-UBGUDHCY.js";
import "./chunk-UXZ62NZP.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-4GPC6G4V.js";
import "./chunk-6ACMVQWA.js";
import "./chunk-TVGA44QV.js";
import "./chunk-QK7QNPCE.js";
import "./chunk-MHERK6FT.js";
export {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
};
