import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
} from "./chunk-K6CFV42L.js";
import "./chunk-MUH7D3S2.js";
import "./chunk-TVGA44QV.js";
import "./chunk-6WTS4UGZ.js";
import "./chunk-MHERK6FT.js";
export {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
};
