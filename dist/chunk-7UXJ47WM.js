import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  MAX_SARIF_RESULTS,
  pathToUri,
  renderSarif
} from "./chunk-XWF5XTLQ.js";
import "./chunk-MPYZAZE2.js";
import "./chunk-X2NNYMSQ.js";
import "./chunk-MHERK6FT.js";
export {
  MAX_SARIF_RESULTS,
  pathToUri,
  renderSarif
};
