// Applies what a config says about rules and paths: the effective RuleSpecs (rules disabled or re-severitied, path
// and value allowlists merged into each rule's `excludePaths`/`allowValues`) and one global path filter for sources.
// Both the leakgate config and a gitleaks config are first turned into this one Policy shape.

import type { RuleSpec, Severity } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { compileAllowValue } from '../engine/compile.js';
import type { PathFilter } from '../sources/source.js';

export { literalPattern } from '../engine/compile.js';

export interface RuleChange {
  disabled?: boolean;
  severity?: Severity;
  excludePaths?: string[];
  excludePathRegexes?: string[];
  allowValues?: string[];
}

/** What a config changes, in one shape. */
export interface Policy {
  /** Globs and regexes of paths never scanned at all. */
  readonly skipGlobs: string[];
  readonly skipRegexes: string[];
  /** Value patterns (regex sources, `(?i)` prefix allowed) allowed for every rule. */
  readonly allowValues: string[];
  readonly perRule: Map<string, RuleChange>;
}

export function emptyPolicy(): Policy {
  return { skipGlobs: [], skipRegexes: [], allowValues: [], perRule: new Map() };
}

/** The change record of one rule, created on first use. */
export function changeOf(policy: Policy, ruleId: string): RuleChange {
  let change = policy.perRule.get(ruleId);
  if (!change) {
    change = {};
    policy.perRule.set(ruleId, change);
  }
  return change;
}

/** The rules with the policy applied; rules without changes keep their identity. */
export function applyPolicy(rules: readonly RuleSpec[], policy: Policy): RuleSpec[] {
  const out: RuleSpec[] = [];
  for (const rule of rules) {
    const change = policy.perRule.get(rule.id);
    if (change?.disabled) continue;
    const allowValues = [...policy.allowValues, ...(change?.allowValues ?? [])];
    if (!change && allowValues.length === 0) {
      out.push(rule);
      continue;
    }
    const excludePathRegexes = [...(rule.excludePathRegexes ?? []), ...(change?.excludePathRegexes ?? [])];
    out.push(
      deepFreeze({
        ...rule,
        severity: change?.severity ?? rule.severity,
        allowValues: [...rule.allowValues, ...allowValues],
        excludePaths: [...rule.excludePaths, ...(change?.excludePaths ?? [])],
        ...(excludePathRegexes.length > 0 ? { excludePathRegexes } : {}),
      }),
    );
  }
  return out;
}

/** The global path filter, or undefined when the policy skips no path (picomatch is loaded only when needed). */
export async function skipPathFilter(policy: Policy): Promise<PathFilter | undefined> {
  const tests: PathFilter[] = [];
  if (policy.skipGlobs.length > 0) {
    const { default: picomatch } = await import('picomatch');
    tests.push(picomatch(policy.skipGlobs, { dot: true }));
  }
  if (policy.skipRegexes.length > 0) {
    const regexes = policy.skipRegexes.map(compileAllowValue);
    tests.push((path) => regexes.some((re) => re.test(path)));
  }
  if (tests.length === 0) return undefined;
  return (path) => tests.some((test) => test(path));
}
