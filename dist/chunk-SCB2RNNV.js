import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  PRECOMPILED_RULES,
  listPackFiles,
  loadBuiltinRules,
  loadBuiltinRulesFromYaml,
  loadRulePackFile,
  mergeRulePacks,
  packageRoot
} from "./chunk-FX5AZDPC.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  PRECOMPILED_RULES,
  listPackFiles,
  loadBuiltinRules,
  loadBuiltinRulesFromYaml,
  loadRulePackFile,
  mergeRulePacks,
  packageRoot
};
