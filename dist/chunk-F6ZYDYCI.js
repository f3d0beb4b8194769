import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  loadScanSettings,
  settingsScanOptions
} from "./chunk-HV5HKQYT.js";
import "./chunk-AX4QWKXM.js";
import "./chunk-JMPAVHJF.js";
import "./chunk-ZY4GVWBC.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  loadScanSettings,
  settingsScanOptions
};
