// Applies what a config says about rules and paths: the effective RuleSpecs (rules disabled or re-severitied, path
// and value allowlists merged into each rule's `excludePaths`/`allowValues`) and one global path filter for sources.
// Both the leakgate config and a gitleaks config are first turned into this one Policy shape.

import type { RuleAllowlist, RuleSpec, Severity } from '../core/rule.js';
import type { PathFilter } from '../core/types.js';
import { compileAllowValue } from '../patterns/allow-value.js';
import { globsTest } from '../patterns/globs.js';

export { literalPattern } from '../patterns/allow-value.js';

export interface RuleChange {
  disabled?: boolean;
  severity?: Severity;
  excludePaths?: string[];
  excludePathRegexes?: string[];
  allowValues?: string[];
  /** gitleaks allowlists kept whole, added to the rule's own. */
  allowlists?: RuleAllowlist[];
}

/** What a config changes, in one shape. */
export interface Policy {
  /** Globs and regexes of paths never scanned at all. */
  readonly skipGlobs: string[];
  readonly skipRegexes: string[];
  /** Value patterns (regex sources, `(?i)` prefix allowed) allowed for every rule. */
  readonly allowValues: string[];
  /** gitleaks allowlists for every rule. */
  readonly allowlists: RuleAllowlist[];
  readonly perRule: Map<string, RuleChange>;
}

export function emptyPolicy(): Policy {
  return { skipGlobs: [], skipRegexes: [], allowValues: [], allowlists: [], perRule: new Map() };
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
    const allowlists = [...(rule.allowlists ?? []), ...policy.allowlists, ...(change?.allowlists ?? [])];
    if (!change && allowValues.length === 0 && policy.allowlists.length === 0) {
      out.push(rule);
      continue;
    }
    const excludePathRegexes = [...(rule.excludePathRegexes ?? []), ...(change?.excludePathRegexes ?? [])];
    const copy: RuleSpec = {
      ...rule,
      severity: change?.severity ?? rule.severity,
      allowValues: [...rule.allowValues, ...allowValues],
      excludePaths: [...rule.excludePaths, ...(change?.excludePaths ?? [])],
      ...(excludePathRegexes.length > 0 ? { excludePathRegexes } : {}),
      ...(allowlists.length > 0 ? { allowlists } : {}),
    };
    // Frozen with the lists made here; the rest is the rule's own (a deep freeze of every copy is a hook's cost).
    for (const list of [copy.allowValues, copy.excludePaths, copy.excludePathRegexes, copy.allowlists]) if (list) Object.freeze(list);
    out.push(Object.freeze(copy));
  }
  return out;
}

/**
 * The global path filter, or undefined when the policy skips no path. Globs go through globsTest: from sources
 * computed before (the config's, remembered with its parse) when there are, else with picomatch, loaded then.
 */
export async function skipPathFilter(policy: Policy): Promise<PathFilter | undefined> {
  const tests: PathFilter[] = [];
  if (policy.skipGlobs.length > 0) tests.push(await globsTest(policy.skipGlobs));
  if (policy.skipRegexes.length > 0) {
    const regexes = policy.skipRegexes.map(compileAllowValue);
    tests.push((path) => regexes.some((re) => re.test(path)));
  }
  if (tests.length === 0) return undefined;
  return (path) => tests.some((test) => test(path));
}
