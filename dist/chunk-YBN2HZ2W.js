import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  plural,
  printable,
  renderText,
  summaryLine
} from "./chunk-WZULPSPL.js";
import {
  formatCount
} from "./chunk-73NG7B4Z.js";
import "./chunk-MWPVYLQK.js";
import "./chunk-MHERK6FT.js";
export {
  formatBytes,
  formatCount,
  plural,
  printable,
  renderText,
  summaryLine
};
