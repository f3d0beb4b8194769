// Rules limited to some paths (`paths`/`excludePaths` globs with picomatch semantics, or `pathRegexes`/
// `excludePathRegexes` searched in the path, as gitleaks configs give them) are applied per origin.

import type { RuleSpec } from '../core/rule.js';
import { compileAllowValue } from '../patterns/allow-value.js';
import { globSource, globsTest, requiredText, type PathTest } from '../patterns/globs.js';

export type { PathTest };

function hasPathLimits(rule: RuleSpec): boolean {
  return (
    rule.paths.length > 0 ||
    rule.excludePaths.length > 0 ||
    (rule.pathRegexes?.length ?? 0) > 0 ||
    (rule.excludePathRegexes?.length ?? 0) > 0
  );
}

/** Path tests for the rules that have path limits (globs: see globs.ts). */
export async function compilePathTests(rules: readonly RuleSpec[]): Promise<ReadonlyMap<string, PathTest>> {
  const tests = new Map<string, PathTest>();
  const scoped = rules.filter(hasPathLimits);
  if (scoped.length === 0) return tests;
  for (const rule of scoped) {
    const checks: PathTest[] = [];
    if (rule.paths.length > 0) checks.push(await globsTest(rule.paths));
    if (rule.excludePaths.length > 0) {
      const exclude = await globsTest(rule.excludePaths);
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

/** A glob of a file name at any depth (`**\/*.jar`): compileAnyGlob tests its last part on the base name. */
export function isBaseGlob(glob: string): boolean {
  return glob.startsWith('**/') && !glob.slice(3).includes('/');
}

/**
 * One fast test of "matches any of these globs", for tests run on every blob: globs of a file name at any depth
 * (`**\/*.jar`, `**\/.env`) become one alternation tested on the base name, the others one tested on the path
 * (10-15x faster than testing each glob in turn).
 */
export async function compileAnyGlob(globs: readonly string[]): Promise<PathTest> {
  if (globs.length === 0) return () => false;
  const alternation = async (patterns: readonly string[]): Promise<RegExp | undefined> =>
    patterns.length === 0 ? undefined : new RegExp((await Promise.all(patterns.map(globSource))).map((source) => `(?:${source})`).join('|'));
  const bases = globs.filter(isBaseGlob).map((g) => g.slice(3));
  const paths = globs.filter((g) => !isBaseGlob(g));
  const baseRe = await alternation(bases);
  const pathRe = await alternation(paths);
  // Each alternation runs only when the name or path holds text one of its globs requires (see requiredText).
  const baseText = holdsAny(anyRequired(bases));
  const pathText = holdsAny(anyRequired(paths));
  // As picomatch (globs.ts): a glob's own text also matches literally.
  const literal = new Set(globs);
  return (path) => {
    if (literal.has(path)) return true;
    const base = path.slice(path.lastIndexOf('/') + 1);
    return (baseRe !== undefined && baseText(base) && baseRe.test(base)) || (pathRe !== undefined && pathText(path) && pathRe.test(path));
  };
}

/**
 * Whether a text holds one of `required` (always true when it is undefined): one regex of the literals, not a
 * search per literal (the file rules' globs require 157 texts, which every blob's path was searched for in turn).
 */
function holdsAny(required: readonly string[] | undefined): (text: string) => boolean {
  if (required === undefined) return () => true;
  if (required.length === 0) return () => false;
  const literals = new RegExp([...new Set(required)].map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
  return (text) => literals.test(text);
}

/** Text one of `globs` requires of whatever it matches (requiredText of each, together); undefined when unsure. */
function anyRequired(globs: readonly string[]): readonly string[] | undefined {
  const all: string[] = [];
  for (const glob of globs) {
    const required = requiredText(glob);
    if (required === undefined) return undefined;
    all.push(...required);
  }
  return all;
}
