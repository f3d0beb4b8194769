import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes,
  healthLine,
  healthTable,
  isFileLevel,
  printable,
  renderText,
  summaryLine
} from "./chunk-OHKKAKUD.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-IMZGUAV7.js";
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
