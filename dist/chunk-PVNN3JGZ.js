import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
} from "./chunk-HH3EE4E2.js";
import "./chunk-NCDMN6VD.js";
import "./chunk-6WTS4UGZ.js";
import "./chunk-MHERK6FT.js";
export {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
};
