// Rules limited to some paths (`paths`, `excludePaths` globs, picomatch semantics) are applied per origin.

import type { RuleSpec } from '../core/types.js';

export type PathTest = (path: string) => boolean;

/** Path tests for the rules that have path globs; picomatch is loaded only when some rule needs it. */
export async function compilePathTests(rules: readonly RuleSpec[]): Promise<ReadonlyMap<string, PathTest>> {
  const tests = new Map<string, PathTest>();
  const scoped = rules.filter((r) => r.paths.length > 0 || r.excludePaths.length > 0);
  if (scoped.length === 0) return tests;
  const { default: picomatch } = await import('picomatch');
  for (const rule of scoped) {
    const include = rule.paths.length > 0 ? picomatch([...rule.paths], { dot: true }) : () => true;
    const exclude = rule.excludePaths.length > 0 ? picomatch([...rule.excludePaths], { dot: true }) : () => false;
    tests.set(rule.id, (path) => include(path) && !exclude(path));
  }
  return tests;
}
