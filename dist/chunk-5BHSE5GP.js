import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-LYNIKN7Z.js";
import "./chunk-42Q6PXUQ.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-N3LO65NH.js";
import "./chunk-6EBL744J.js";
import "./chunk-MY644TUY.js";
import "./chunk-OZNMCW6D.js";
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
