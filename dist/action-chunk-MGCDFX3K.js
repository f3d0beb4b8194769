import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
} from "./action-chunk-NDWP65M2.js";
import "./action-chunk-3AVGCQLA.js";
import "./action-chunk-TSU6TNDI.js";
import "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";
export {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
};
