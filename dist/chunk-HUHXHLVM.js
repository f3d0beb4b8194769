import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  printable,
  renderText,
  summaryLine
} from "./chunk-6VSEUGQG.js";
import "./chunk-IMZGUAV7.js";
import "./chunk-MHERK6FT.js";
export {
  formatBytes,
  printable,
  renderText,
  summaryLine
};
