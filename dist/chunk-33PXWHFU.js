import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  runScan
} from "./chunk-MCOABILU.js";
import "./chunk-PTP6TP6B.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-EEUAQW6Z.js";
import "./chunk-LNCCVCRI.js";
import "./chunk-JQHSVOUR.js";
import "./chunk-FX5AZDPC.js";
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
