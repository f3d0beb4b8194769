import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  globsTest
} from "./action-chunk-BDZOGSJN.js";
import {
  compileAllowValue,
  literalPattern
} from "./action-chunk-ESREYKSH.js";
import "./action-chunk-ND6KTPYW.js";

// src/config/policy.ts
function emptyPolicy() {
  return { skipGlobs: [], skipRegexes: [], allowValues: [], allowlists: [], perRule: /* @__PURE__ */ new Map() };
}
function changeOf(policy, ruleId) {
  let change = policy.perRule.get(ruleId);
  if (!change) {
    change = {};
    policy.perRule.set(ruleId, change);
  }
  return change;
}
function applyPolicy(rules, policy) {
  const out = [];
  for (const rule of rules) {
    const change = policy.perRule.get(rule.id);
    if (change?.disabled) continue;
    const allowValues = [...policy.allowValues, ...change?.allowValues ?? []];
    const allowlists = [...rule.allowlists ?? [], ...policy.allowlists, ...change?.allowlists ?? []];
    if (!change && allowValues.length === 0 && policy.allowlists.length === 0) {
      out.push(rule);
      continue;
    }
    const excludePathRegexes = [...rule.excludePathRegexes ?? [], ...change?.excludePathRegexes ?? []];
    const copy = {
      ...rule,
      severity: change?.severity ?? rule.severity,
      allowValues: [...rule.allowValues, ...allowValues],
      excludePaths: [...rule.excludePaths, ...change?.excludePaths ?? []],
      ...excludePathRegexes.length > 0 ? { excludePathRegexes } : {},
      ...allowlists.length > 0 ? { allowlists } : {}
    };
    for (const list of [copy.allowValues, copy.excludePaths, copy.excludePathRegexes, copy.allowlists]) if (list) Object.freeze(list);
    out.push(Object.freeze(copy));
  }
  return out;
}
async function skipPathFilter(policy) {
  const tests = [];
  if (policy.skipGlobs.length > 0) tests.push(await globsTest(policy.skipGlobs));
  if (policy.skipRegexes.length > 0) {
    const regexes = policy.skipRegexes.map(compileAllowValue);
    tests.push((path) => regexes.some((re) => re.test(path)));
  }
  if (tests.length === 0) return void 0;
  return (path) => tests.some((test) => test(path));
}
export {
  applyPolicy,
  changeOf,
  emptyPolicy,
  literalPattern,
  skipPathFilter
};
