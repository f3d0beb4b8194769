import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  buildRuleSpecs,
  confidenceOf,
  formatZodIssues,
  parseRulePack
} from "./action-chunk-2QUSGB3Z.js";
import "./action-chunk-3AGHBZKH.js";
import "./action-chunk-62KQBZLI.js";
import "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";
export {
  buildRuleSpecs,
  confidenceOf,
  formatZodIssues,
  parseRulePack
};
