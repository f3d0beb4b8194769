import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  MAX_SARIF_RESULTS,
  pathToUri,
  renderSarif
} from "./chunk-4NHBXD5V.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-73NG7B4Z.js";
import "./chunk-MHERK6FT.js";
export {
  MAX_SARIF_RESULTS,
  pathToUri,
  renderSarif
};
