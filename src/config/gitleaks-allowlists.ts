// The allowlists of a gitleaks config (config/gitleaks.ts), a rule's own and the global ones: each table read whole
// into a RuleAllowlist, and an OR allowlist's paths split off for the rule's path test or the sources' path skip.

import type { RuleAllowlist } from '../core/rule.js';
import { isTable, type Reader, type Table } from './gitleaks-reader.js';

/**
 * A global allowlist: `skipPaths` (the paths of an OR allowlist for every rule) are never scanned; `allowlist` (the
 * rest, or all of an AND allowlist) joins every rule, or the `targetRules`.
 */
export interface GitleaksAllowlist {
  readonly skipPaths: readonly string[];
  readonly allowlist?: RuleAllowlist;
  /** The OR allowlist's paths, for its targetRules. */
  readonly excludePathRegexes?: readonly string[];
  readonly targetRules?: readonly string[];
}

const ALLOWLIST_FIELDS = new Set(['description', 'condition', 'commits', 'paths', 'regexes', 'regexTarget', 'stopwords']);

/** A rule's or a global allowlist, read whole; undefined after a problem. */
export interface ReadAllowlist {
  readonly allowlist: RuleAllowlist;
  readonly targetRules: readonly string[];
}

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Reads one allowlist table. */
function readAllowlist(reader: Reader, table: unknown, where: string, global: boolean): ReadAllowlist | undefined {
  if (!isTable(table)) {
    reader.problem(where, 'expected a table', table);
    return undefined;
  }
  const problemsBefore = reader.problems.length;
  reader.unknownFields(table, global ? new Set([...ALLOWLIST_FIELDS, 'targetRules']) : ALLOWLIST_FIELDS, where);
  const conditionText = reader.string(table, 'condition', where) ?? 'OR';
  const condition = conditionText.toUpperCase();
  if (condition !== 'OR' && condition !== 'AND') reader.problem(`${where}.condition`, 'expected "OR" or "AND"', table.condition);
  const target = reader.string(table, 'regexTarget', where) ?? 'secret';
  if (target !== 'secret' && target !== 'match' && target !== 'line') reader.problem(`${where}.regexTarget`, 'expected "secret", "match" or "line"', target);
  // As gitleaks: commit ids compared whole, in any case; stopwords compared lower-cased.
  const commits = reader.strings(table, 'commits', where).map((c) => c.trim().toLowerCase());
  commits.forEach((c, i) => {
    if (!COMMIT_ID.test(c)) reader.warn(`${where}.commits[${i}]`, `"${c}" is not a full commit id; gitleaks and leakgate compare whole ids, so it never matches`);
  });
  const paths = reader.strings(table, 'paths', where).flatMap((p, i) => reader.allowRegex(p, `${where}.paths[${i}]`) ?? []);
  const regexes = reader.strings(table, 'regexes', where).flatMap((r, i) => reader.allowRegex(r, `${where}.regexes[${i}]`) ?? []);
  const stopwords = reader.strings(table, 'stopwords', where).map((w) => w.toLowerCase());
  const targetRules = global ? reader.strings(table, 'targetRules', where) : [];
  if (paths.length + regexes.length + stopwords.length + commits.length === 0 && reader.problems.length === problemsBefore) {
    reader.problem(where, 'an allowlist needs at least one of paths, regexes, stopwords or commits', table);
    return undefined;
  }
  return {
    allowlist: {
      condition: condition === 'AND' ? 'and' : 'or',
      regexTarget: target === 'match' || target === 'line' ? target : 'secret',
      regexes,
      stopwords,
      paths,
      commits,
    },
    targetRules,
  };
}

/** A table's allowlists, whichever of the old (`allowlist`) and new (`allowlists`) forms it uses (not both). */
export function readAllowlists(reader: Reader, table: Table, where: string, global: boolean): ReadAllowlist[] {
  const out: ReadAllowlist[] = [];
  const at = (key: string): string => `${where}${where ? '.' : ''}${key}`;
  if (table.allowlist !== undefined && table.allowlists !== undefined) {
    reader.problem(at('allowlist'), 'a table takes [allowlist] or [[allowlists]], not both', Object.keys(table).filter((k) => k.startsWith('allowlist')));
  }
  if (table.allowlist !== undefined) {
    const one = readAllowlist(reader, table.allowlist, at('allowlist'), global);
    if (one) out.push(one);
  }
  if (table.allowlists !== undefined) {
    if (!Array.isArray(table.allowlists)) reader.problem(at('allowlists'), 'expected an array of tables ([[allowlists]])', table.allowlists);
    else {
      table.allowlists.forEach((entry, i) => {
        const one = readAllowlist(reader, entry, `${at('allowlists')}[${i}]`, global);
        if (one) out.push(one);
      });
    }
  }
  return out;
}

/** An OR allowlist's paths go to the rule's own path test; the rest stays an allowlist (when anything is left). */
export function splitAllowlist(allowlist: RuleAllowlist): { excludePathRegexes: string[]; rest?: RuleAllowlist } {
  const pathsOnly = allowlist.regexes.length === 0 && allowlist.stopwords.length === 0 && allowlist.commits.length === 0;
  // An AND allowlist of paths alone is an OR one: any of its paths.
  if ((allowlist.condition === 'and' && !pathsOnly) || allowlist.paths.length === 0) return { excludePathRegexes: [], rest: allowlist };
  const rest: RuleAllowlist = { ...allowlist, paths: [] };
  const empty = rest.regexes.length === 0 && rest.stopwords.length === 0 && rest.commits.length === 0;
  return { excludePathRegexes: [...allowlist.paths], ...(empty ? {} : { rest }) };
}

/** A global allowlist as the config gives it to the scan: paths skipped, or an allowlist for every rule or its targetRules. */
export function globalAllowlist(read: ReadAllowlist): GitleaksAllowlist {
  const targetRules = read.targetRules.length > 0 ? { targetRules: read.targetRules } : {};
  const split = splitAllowlist(read.allowlist);
  if (read.targetRules.length > 0) {
    return { skipPaths: [], ...(split.rest ? { allowlist: split.rest } : {}), ...(split.excludePathRegexes.length > 0 ? { excludePathRegexes: split.excludePathRegexes } : {}), ...targetRules };
  }
  return { skipPaths: split.excludePathRegexes, ...(split.rest ? { allowlist: split.rest } : {}) };
}
