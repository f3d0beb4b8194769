import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  healthLine,
  healthTable,
  isFileLevel,
  printable,
  renderText,
  summaryLine
} from "./chunk-45JZZB5B.js";
import "./chunk-X2NNYMSQ.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-MHERK6FT.js";
export {
  formatBytes,
  healthLine,
  healthTable,
  isFileLevel,
  printable,
  renderText,
  summaryLine
};
