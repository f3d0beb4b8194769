import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  formatCount,
  plural,
  printable,
  renderText,
  summaryLine
} from "./chunk-RNROCH57.js";
import "./chunk-IMZGUAV7.js";
import "./chunk-MHERK6FT.js";
export {
  formatBytes,
  formatCount,
  plural,
  printable,
  renderText,
  summaryLine
};
