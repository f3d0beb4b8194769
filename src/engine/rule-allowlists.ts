// gitleaks allowlists kept whole (RuleAllowlist): the engine's half decides the content criteria of one match (the
// regexes on its secret, whole match or lines, the stopwords in its secret); the scan's half (`allowsAt`, used by
// scan/attribute.ts) decides the criteria of a place (path, commit). Composite rules' proximity test is here too.

import type { RequiredRule, RuleAllowlist } from '../core/rule.js';
import type { Match, Origin } from '../core/types.js';
import { compileAllowValue } from '../patterns/allow-value.js';

interface CompiledAllowlist {
  readonly spec: RuleAllowlist;
  readonly regexes: readonly RegExp[];
  /** The allowlist also names paths or commits, decided per origin. */
  readonly byPlace: boolean;
}

/** The texts one match offers to regexTarget; `match` and `line` are built only when an allowlist asks. */
export interface MatchTexts {
  readonly secret: string;
  match(): string;
  line(): string;
}

/** What the content criteria say about one match: allowed outright, or to be decided per origin (indexes). */
export type ContentVerdict = 'allowed' | readonly number[] | undefined;

export type AllowlistCheck = (texts: MatchTexts) => ContentVerdict;

/** Compiles a rule's allowlists into one check (regexes compiled here, once per thread). */
export function compileRuleAllowlists(allowlists: readonly RuleAllowlist[]): AllowlistCheck {
  const compiled: CompiledAllowlist[] = allowlists.map((spec) => ({
    spec,
    regexes: spec.regexes.map(compileAllowValue),
    byPlace: spec.paths.length > 0 || spec.commits.length > 0,
  }));
  return (texts) => {
    const pending: number[] = [];
    for (const [index, { spec, regexes, byPlace }] of compiled.entries()) {
      const target = regexes.length === 0 ? '' : spec.regexTarget === 'secret' ? texts.secret : spec.regexTarget === 'match' ? texts.match() : texts.line();
      const regexHit = regexes.length > 0 ? regexes.some((re) => re.test(target)) : undefined;
      const lower = spec.stopwords.length > 0 ? texts.secret.toLowerCase() : '';
      const stopwordHit = spec.stopwords.length > 0 ? spec.stopwords.some((word) => lower.includes(word)) : undefined;
      if (spec.condition === 'or') {
        if (regexHit === true || stopwordHit === true) return 'allowed';
        if (byPlace) pending.push(index);
        continue;
      }
      // AND: every content criterion given holds; then the place decides, if the allowlist names one.
      if (regexHit === false || stopwordHit === false) continue;
      if (!byPlace) return 'allowed';
      pending.push(index);
    }
    return pending.length > 0 ? pending : undefined;
  };
}

/** Whether the allowlists a match left pending (its `allowlisted` indexes) allow it at `origin`. */
export function allowsAt(
  allowlisted: readonly number[] | undefined,
  allowlists: readonly RuleAllowlist[] | undefined,
  origin: Pick<Origin, 'path' | 'commit'>,
  pathTest: (allowlist: RuleAllowlist) => (path: string) => boolean,
): boolean {
  if (!allowlisted || !allowlists) return false;
  const commit = origin.commit?.id.toLowerCase();
  for (const index of allowlisted) {
    const allowlist = allowlists[index];
    if (!allowlist) continue;
    const path = allowlist.paths.length > 0 ? pathTest(allowlist)(origin.path) : undefined;
    const listed = allowlist.commits.length > 0 ? commit !== undefined && allowlist.commits.includes(commit) : undefined;
    if (allowlist.condition === 'or' ? path === true || listed === true : path !== false && listed !== false) return true;
  }
  return false;
}

/**
 * The allowlists that can allow a file finding (a path-only rule's): those with a path or a commit, AND ones only
 * when they have no content criterion (a file has no secret for them to hold on).
 */
export function fileAllowlists(allowlists: readonly RuleAllowlist[] | undefined): number[] {
  const out: number[] = [];
  (allowlists ?? []).forEach((a, i) => {
    const byPlace = a.paths.length > 0 || a.commits.length > 0;
    const content = a.regexes.length > 0 || a.stopwords.length > 0;
    if (byPlace && (a.condition === 'or' || !content)) out.push(i);
  });
  return out;
}

/** A memo of path tests per allowlist (its `paths` regexes, any of which may match). */
export function allowlistPathTests(): (allowlist: RuleAllowlist) => (path: string) => boolean {
  const tests = new WeakMap<RuleAllowlist, (path: string) => boolean>();
  return (allowlist) => {
    let test = tests.get(allowlist);
    if (!test) {
      const regexes = allowlist.paths.map(compileAllowValue);
      test = (path) => regexes.some((re) => re.test(path));
      tests.set(allowlist, test);
    }
    return test;
  };
}

/**
 * Whether every required rule has a match among `others` near `match` (in the same archive member, within its lines
 * and columns when given). A rule that requires itself is met by its own match, as in gitleaks.
 */
export function requirementsMet(match: Match, required: readonly RequiredRule[], others: readonly Match[]): boolean {
  return required.every((r) =>
    others.some(
      (o) =>
        o.ruleId === r.id &&
        o.member === match.member &&
        (r.withinLines === undefined || Math.abs(o.line - match.line) <= r.withinLines) &&
        (r.withinColumns === undefined || Math.abs(o.column - match.column) <= r.withinColumns),
    ),
  );
}
