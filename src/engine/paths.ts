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

/**
 * One fast test of "matches any of these globs", for tests run on every blob: globs of a file name at any depth
 * (`**\/*.jar`, `**\/.env`) become one alternation tested on the base name, the others one tested on the path
 * (10-15x faster than testing each glob in turn).
 */
export async function compileAnyGlob(globs: readonly string[]): Promise<PathTest> {
  if (globs.length === 0) return () => false;
  const { default: picomatch } = await import('picomatch');
  const alternation = (patterns: readonly string[]): RegExp | undefined =>
    patterns.length === 0 ? undefined : new RegExp(patterns.map((g) => `(?:${picomatch.makeRe(g, { dot: true }).source})`).join('|'));
  const isBaseGlob = (g: string): boolean => g.startsWith('**/') && !g.slice(3).includes('/');
  const baseRe = alternation(globs.filter(isBaseGlob).map((g) => g.slice(3)));
  const pathRe = alternation(globs.filter((g) => !isBaseGlob(g)));
  return (path) => (baseRe?.test(path.slice(path.lastIndexOf('/') + 1)) ?? false) || (pathRe?.test(path) ?? false);
}
