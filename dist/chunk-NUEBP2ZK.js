import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-WFQIQFKR.js";
import "./chunk-AYY4DWZ7.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-ZPMKJVIT.js";
import "./chunk-NFGRQZFF.js";
import {
  parsePrePushInput,
  resolvePushRevs
} from "./chunk-V5MDRX66.js";
import "./chunk-6Q7H7BQF.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  parsePrePushInput,
  resolvePushRevs,
  runScan
};
