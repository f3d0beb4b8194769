import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  confidenceOf,
  formatZodIssues,
  parseRulePack
} from "./action-chunk-HLM57RCU.js";
import "./action-chunk-7VLDUZHW.js";
import "./action-chunk-DUBRKRO7.js";
import "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";
export {
  buildRuleSpecs,
  confidenceOf,
  formatZodIssues,
  parseRulePack
};
