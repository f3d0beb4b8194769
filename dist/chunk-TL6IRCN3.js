import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  failingFindings
} from "./chunk-K7DWDF7X.js";
import "./chunk-MWPVYLQK.js";
import "./chunk-MHERK6FT.js";
export {
  FAIL_ON_VALUES,
  failingFindings
};
