import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  printable,
  renderText,
  summaryLine
} from "./chunk-KLPRYABL.js";
import "./chunk-X2NNYMSQ.js";
import "./chunk-MWPVYLQK.js";
import "./chunk-MHERK6FT.js";
export {
  formatBytes,
  printable,
  renderText,
  summaryLine
};
