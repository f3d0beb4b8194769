import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  compileAllowValue
} from "./chunk-MY644TUY.js";

// src/engine/overlap.ts
function specificity(rule) {
  if (rule.tags.includes("generic")) return 0;
  if (rule.kind === "credential") return 1;
  return 2;
}
var PRECISION_RANK = { "very-high": 3, high: 2, medium: 1, low: 0 };
function overlaps(a, b) {
  const aStart = a.line * 1e7 + a.column;
  const aEnd = a.endLine * 1e7 + a.endColumn;
  const bStart = b.line * 1e7 + b.column;
  const bEnd = b.endLine * 1e7 + b.endColumn;
  return aStart < bEnd && bStart < aEnd;
}
function resolveOverlaps(matches, ruleOf) {
  if (matches.length < 2) return [...matches];
  const rank = (m) => {
    const rule = ruleOf(m.ruleId);
    return rule ? [specificity(rule), PRECISION_RANK[rule.precision]] : [0, 0];
  };
  return matches.filter(
    (m, i) => !matches.some((other, j) => {
      if (j === i || other.ruleId === m.ruleId || !overlaps(m, other)) return false;
      const [a0, a1] = rank(m);
      const [b0, b1] = rank(other);
      if (b0 !== a0) return b0 > a0;
      if (b1 !== a1) return b1 > a1;
      return other.ruleId < m.ruleId;
    })
  );
}

// src/engine/paths.ts
function hasPathLimits(rule) {
  return rule.paths.length > 0 || rule.excludePaths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0 || (rule.excludePathRegexes?.length ?? 0) > 0;
}
async function compilePathTests(rules) {
  const tests = /* @__PURE__ */ new Map();
  const scoped = rules.filter(hasPathLimits);
  if (scoped.length === 0) return tests;
  const picomatch = scoped.some((r) => r.paths.length > 0 || r.excludePaths.length > 0) ? (await import("./chunk-YLINAKD2.js")).default : void 0;
  for (const rule of scoped) {
    const checks = [];
    if (picomatch && rule.paths.length > 0) checks.push(picomatch([...rule.paths], { dot: true }));
    if (picomatch && rule.excludePaths.length > 0) {
      const exclude = picomatch([...rule.excludePaths], { dot: true });
      checks.push((path) => !exclude(path));
    }
    if (rule.pathRegexes && rule.pathRegexes.length > 0) {
      const include = rule.pathRegexes.map(compileAllowValue);
      checks.push((path) => include.some((re) => re.test(path)));
    }
    if (rule.excludePathRegexes && rule.excludePathRegexes.length > 0) {
      const exclude = rule.excludePathRegexes.map(compileAllowValue);
      checks.push((path) => !exclude.some((re) => re.test(path)));
    }
    tests.set(rule.id, (path) => checks.every((check) => check(path)));
  }
  return tests;
}

export {
  resolveOverlaps,
  compilePathTests
};
