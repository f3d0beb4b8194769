import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  formatZodIssues,
  parseRulePack
} from "./action-chunk-A7I5JLH3.js";
import "./action-chunk-FJNQVVMO.js";
import "./action-chunk-DUBRKRO7.js";
import "./action-chunk-TSU6TNDI.js";
import "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";
export {
  buildRuleSpecs,
  formatZodIssues,
  parseRulePack
};
