import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-LXS32EZN.js";
import "./chunk-QK7QNPCE.js";
import "./chunk-QA6BZVPR.js";
import "./chunk-WECGYBXM.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-MHERK6FT.js";
export {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
};
