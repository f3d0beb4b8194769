import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
} from "./action-chunk-C3JMOF4Y.js";
import "./action-chunk-M5RNSC7Y.js";
import "./action-chunk-TSU6TNDI.js";
import "./action-chunk-ND6KTPYW.js";
export {
  buildRuleSpecs,
  deepFreeze,
  formatZodIssues,
  parseRulePack
};
