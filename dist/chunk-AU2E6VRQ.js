import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  formatZodIssues,
  parseRulePack
} from "./chunk-NXSKMLLK.js";
import "./chunk-P4CRFPQL.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-6WTS4UGZ.js";
import "./chunk-2TY7D2QD.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  buildRuleSpecs,
  formatZodIssues,
  parseRulePack
};
