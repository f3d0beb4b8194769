import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
} from "./chunk-WJV4AZE3.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
};
