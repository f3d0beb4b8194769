import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  failingFindings
} from "./chunk-2BBKBBEV.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-MHERK6FT.js";
export {
  FAIL_ON_VALUES,
  failingFindings
};
