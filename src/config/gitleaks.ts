// Reads a gitleaks or betterleaks config (`.gitleaks.toml`) into leakgate rules and allowlists, so a repository
// switching over keeps its rules whole. Every construct of their documented format is read: rules (`regex`,
// `secretGroup`, `entropy`, `keywords`, `path`, `tags`, path-only rules, composite rules with `[[rules.required]]`
// and `skipReport`, betterleaks' `specificity`), rule and global allowlists (`paths`, `regexes` with `regexTarget`,
// `stopwords`, `commits`, `condition`, `targetRules`) and `[extend]` (`useDefault` means leakgate's built-in rules,
// `path`, `disabledRules`; a rule of the same id as a base rule adds to it). What leakgate cannot honour exactly
// (betterleaks' CEL `filter` and `prefilter`, `tokenEfficiency`, an unknown field, a pattern it cannot run) is a
// ConfigError naming the file, field and value. The few warnings left say where a scan reports more than the config
// asks, never less (a widened pattern, betterleaks' `validate`), or what never matches in gitleaks either; they
// are shown once per change of the config (config/settings.ts). Every problem in a file is reported at once.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from '../core/errors.js';
import type { RequiredRule, RuleAllowlist, RuleSpec } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { translateGoRegex } from './go-regex.js';
import { compileRe2 } from '../patterns/re2.js';

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

/** A rule given by id without a regex or path: it adds to the rule of that id ([extend]), here a built-in one. */
export interface GitleaksExtension {
  readonly id: string;
  /** Where it is, for messages: `.gitleaks.toml: rules[3] (gitlab-pat)`. */
  readonly where: string;
  readonly allowlists: readonly RuleAllowlist[];
  readonly excludePathRegexes: readonly string[];
  /** Fields that only a rule of this config can take (a built-in rule keeps its own). */
  readonly fields: readonly string[];
}

export interface GitleaksConfig {
  readonly file: string;
  /** `[extend] useDefault = true`: leakgate's built-in rules join the config's own. */
  readonly useDefault: boolean;
  readonly disabledRules: readonly string[];
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly GitleaksAllowlist[];
  /** Rules that add to a rule of the same id not defined here (with useDefault: leakgate's built-in rules). */
  readonly extensions: readonly GitleaksExtension[];
  readonly warnings: readonly string[];
  /** Files read through `[extend] path`, with their text: a remembered parse holds while they are unchanged. */
  readonly extended: readonly { readonly path: string; readonly text: string }[];
}

type Table = Record<string, unknown>;

// `minVersion` and betterleaks' `betterleaksMinVersion` name the tool version a config was written for: metadata.
const TOP_FIELDS = new Set(['title', 'description', 'minVersion', 'betterleaksMinVersion', 'extend', 'rules', 'allowlist', 'allowlists']);
const EXTEND_FIELDS = new Set(['useDefault', 'path', 'disabledRules']);
const RULE_FIELDS = new Set([
  'id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlist', 'allowlists', 'required', 'skipReport',
  // betterleaks: `validate` is checked below; `specificity` ranks overlapping rules.
  'validate', 'specificity',
]);
const REQUIRED_FIELDS = new Set(['id', 'withinLines', 'withinColumns']);
const ALLOWLIST_FIELDS = new Set(['description', 'condition', 'commits', 'paths', 'regexes', 'regexTarget', 'stopwords']);
/**
 * Fields leakgate knows and cannot honour exactly (betterleaks' CEL expressions and its token-efficiency filter):
 * each is an error saying so, rather than a rule that would report something else than the config means.
 */
const UNHONOURED: Readonly<Record<string, string>> = {
  filter: 'betterleaks CEL filters cannot be evaluated by leakgate; express the filter as [[rules.allowlists]] (regexes, stopwords, paths, commits) instead',
  prefilter: 'betterleaks CEL prefilters cannot be evaluated by leakgate; use [[allowlists]] paths or commits instead',
  tokenEfficiency: 'betterleaks token-efficiency filtering has no exact equivalent in leakgate; remove it (or set it to false) and add stopwords or an entropy floor',
};
/** gitleaks follows `[extend] path` at most this deep. */
const MAX_EXTEND_DEPTH = 2;

const REMEDIATION = [
  '1. **Revoke or rotate the credential now**; assume it is compromised, since every clone and fork holds a copy.',
  '2. Replace it in code with a lookup from a secret store or an environment variable.',
  '3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push.',
].join('\n');

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))?.slice(0, 80) ?? String(value);
}

/** Collects problems (errors) and warnings while walking one file. */
class Reader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  constructor(readonly file: string) {}

  problem(field: string, message: string, value: unknown): void {
    this.problems.push(`${this.file}: ${field}: ${message}, got ${show(value)}`);
  }

  warn(field: string, message: string): void {
    this.warnings.push(`${this.file}: ${field}: ${message}`);
  }

  /** Fields not in `known`: an error naming them (a field leakgate would ignore could change what is reported). */
  unknownFields(table: Table, known: ReadonlySet<string>, where: string): void {
    for (const key of Object.keys(table)) {
      if (known.has(key)) continue;
      const field = `${where}${where ? '.' : ''}${key}`;
      const reason = UNHONOURED[key];
      if (reason && !(key === 'tokenEfficiency' && table[key] === false)) this.problem(field, reason, table[key]);
      else if (!reason) this.problem(field, `not a field of a gitleaks config here; expected one of ${[...known].join(', ')}`, table[key]);
    }
  }

  string(table: Table, key: string, where: string): string | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.problem(`${where}.${key}`, 'expected a string', value);
      return undefined;
    }
    return value;
  }

  strings(table: Table, key: string, where: string): string[] {
    const value = table[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      this.problem(`${where}.${key}`, 'expected an array of strings', value);
      return [];
    }
    return value as string[];
  }

  boolean(table: Table, key: string, where: string): boolean | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(`${where}.${key}`, 'expected true or false', value);
      return undefined;
    }
    return value;
  }

  number(table: Table, key: string, where: string, min: number, max: number, integer = false): number | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      this.problem(`${where}.${key}`, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, value);
      return undefined;
    }
    return n;
  }

  /** A rule's Go regex as JavaScript source and flags; a pattern that cannot be run is an error naming the construct. */
  /** A rule's Go pattern, kept as written: it runs with Go's semantics in linear time (patterns/re2.ts). */
  ruleRegex(source: string, where: string): { source: string; groups: number } | undefined {
    try {
      return { source, groups: compileRe2(source).groupCount };
    } catch (error: unknown) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return undefined;
    }
  }

  /**
   * An allowlist or path pattern as an allow-value source (leading flags as a `(?ims)` group). A pattern widened in
   * translation would allow more than the config says: an error, like one that cannot be run.
   */
  allowRegex(source: string, where: string): string | undefined {
    try {
      const translated = translateGoRegex(source);
      if (translated.note) {
        this.problem(where, `${translated.note}, which would allow more than the pattern says; expected a pattern whose flags apply to all of it`, source);
        return undefined;
      }
      const flags = translated.flags.replace(/[gdyuv]/g, '');
      return flags ? `(?${flags})${translated.source}` : translated.source;
    } catch (error: unknown) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return undefined;
    }
  }
}

/** A rule's or a global allowlist, read whole; undefined after a problem. */
interface ReadAllowlist {
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
function readAllowlists(reader: Reader, table: Table, where: string, global: boolean): ReadAllowlist[] {
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
function splitAllowlist(allowlist: RuleAllowlist): { excludePathRegexes: string[]; rest?: RuleAllowlist } {
  const pathsOnly = allowlist.regexes.length === 0 && allowlist.stopwords.length === 0 && allowlist.commits.length === 0;
  // An AND allowlist of paths alone is an OR one: any of its paths.
  if ((allowlist.condition === 'and' && !pathsOnly) || allowlist.paths.length === 0) return { excludePathRegexes: [], rest: allowlist };
  const rest: RuleAllowlist = { ...allowlist, paths: [] };
  const empty = rest.regexes.length === 0 && rest.stopwords.length === 0 && rest.commits.length === 0;
  return { excludePathRegexes: [...allowlist.paths], ...(empty ? {} : { rest }) };
}

function readRequired(reader: Reader, value: unknown, at: string): RequiredRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    reader.problem(`${at}.required`, 'expected an array of tables ([[rules.required]])', value);
    return [];
  }
  const out: RequiredRule[] = [];
  value.forEach((entry, i) => {
    const where = `${at}.required[${i}]`;
    if (!isTable(entry)) return reader.problem(where, 'expected a table', entry);
    reader.unknownFields(entry, REQUIRED_FIELDS, where);
    const id = reader.string(entry, 'id', where);
    if (!id) return reader.problem(`${where}.id`, 'expected the id of the required rule', entry.id);
    const withinLines = reader.number(entry, 'withinLines', where, 0, 1_000_000, true);
    const withinColumns = reader.number(entry, 'withinColumns', where, 0, 1_000_000, true);
    out.push({ id, ...(withinLines !== undefined ? { withinLines } : {}), ...(withinColumns !== undefined ? { withinColumns } : {}) });
  });
  return out;
}

/** One `[[rules]]` table as read, before it meets the rules it may extend. */
interface ReadRule {
  readonly id: string;
  readonly where: string;
  /** Fields given, for merging into a base rule of the same id. */
  readonly description?: string;
  /** The Go pattern as written (it runs on RE2) and its number of groups. */
  readonly regex?: { source: string; groups: number };
  readonly secretGroup?: number;
  readonly entropy?: number;
  readonly path?: string;
  readonly keywords: readonly string[];
  readonly tags: readonly string[];
  readonly allowlists: readonly RuleAllowlist[];
  readonly excludePathRegexes: readonly string[];
  readonly required: readonly RequiredRule[];
  readonly skipReport?: boolean;
  readonly specificity?: number;
  /** The fields of the table, for messages. */
  readonly given: readonly string[];
}

function readRule(reader: Reader, table: unknown, index: number): ReadRule | undefined {
  const where = `rules[${index}]`;
  if (!isTable(table)) {
    reader.problem(where, 'expected a table', table);
    return undefined;
  }
  const id = reader.string(table, 'id', where);
  if (!id) {
    if (table.id === undefined) reader.problem(`${where}.id`, 'expected a rule id', undefined);
    return undefined;
  }
  const at = `${where} (${id})`;
  reader.unknownFields(table, RULE_FIELDS, at);
  if (table.validate !== undefined) {
    // Validation is a separate, opt-in step in betterleaks (`--validation`): without it, findings are the same.
    if (typeof table.validate !== 'string') reader.problem(`${at}.validate`, 'expected a CEL expression (a string)', table.validate);
    else reader.warn(`${at}.validate`, 'leakgate does not call providers to validate secrets; the rule reports what it matches, as betterleaks does without --validation');
  }
  const regexSource = reader.string(table, 'regex', at);
  const pathSource = reader.string(table, 'path', at);
  const secretGroup = reader.number(table, 'secretGroup', at, 0, 50, true);
  const entropy = reader.number(table, 'entropy', at, 0, 8);
  const keywords = reader.strings(table, 'keywords', at);
  const tags = reader.strings(table, 'tags', at);
  const description = reader.string(table, 'description', at);
  const skipReport = reader.boolean(table, 'skipReport', at);
  const specificity = reader.number(table, 'specificity', at, -1_000_000, 1_000_000, true);
  const read = readAllowlists(reader, table, at, false);
  const excludePathRegexes: string[] = [];
  const allowlists: RuleAllowlist[] = [];
  for (const { allowlist } of read) {
    const split = splitAllowlist(allowlist);
    excludePathRegexes.push(...split.excludePathRegexes);
    if (split.rest) allowlists.push(split.rest);
  }
  const required = readRequired(reader, table.required, at);
  const regex = regexSource === undefined ? undefined : reader.ruleRegex(regexSource, `${at}.regex`);
  const path = pathSource === undefined ? undefined : reader.allowRegex(pathSource, `${at}.path`);
  if (regex && secretGroup !== undefined && secretGroup > regex.groups) {
    reader.problem(`${at}.secretGroup`, `expected a group number from 0 to ${regex.groups}`, secretGroup);
  }
  if (regexSource === undefined && pathSource !== undefined) {
    // A path-only rule reports the file itself: no content, so only path and commit allowlists can apply to it.
    if (allowlists.some((a) => a.regexes.length > 0 || a.stopwords.length > 0)) {
      reader.problem(`${at}.allowlists`, 'a rule with only a path reports files, not values: its allowlists take paths and commits (regexes and stopwords have nothing to match)', Object.keys(table).filter((k) => k.startsWith('allowlist')));
    }
    // keywords would make gitleaks look for the file's name only in files holding one; required, a composite rule.
    for (const field of ['keywords', 'required'] as const) {
      if (table[field] !== undefined) reader.problem(`${at}.${field}`, `a rule with only a path (no regex) takes no ${field}`, table[field]);
    }
    for (const field of ['secretGroup', 'entropy'] as const) {
      if (table[field] !== undefined) reader.warn(`${at}.${field}`, 'has no effect on a rule with only a path (no regex), as in gitleaks');
    }
  }
  return {
    id,
    where: `${reader.file}: ${at}`,
    ...(description !== undefined ? { description } : {}),
    ...(regex ? { regex } : {}),
    ...(secretGroup !== undefined ? { secretGroup } : {}),
    ...(entropy !== undefined ? { entropy } : {}),
    ...(path !== undefined ? { path } : {}),
    keywords,
    tags,
    allowlists,
    excludePathRegexes,
    required,
    ...(skipReport !== undefined ? { skipReport } : {}),
    ...(specificity !== undefined ? { specificity } : {}),
    given: Object.keys(table),
  };
}

/** `child` added to `base` (a rule of the same id in a config it extends): its fields win, lists add up. */
function mergeRead(base: ReadRule, child: ReadRule): ReadRule {
  const regex = child.regex ?? base.regex;
  const path = child.path ?? base.path;
  const description = child.description ?? base.description;
  const secretGroup = child.secretGroup ?? base.secretGroup;
  const entropy = child.entropy ?? base.entropy;
  const skipReport = child.skipReport ?? base.skipReport;
  const specificity = child.specificity ?? base.specificity;
  return {
    id: child.id,
    where: child.where,
    ...(description !== undefined ? { description } : {}),
    ...(regex ? { regex } : {}),
    ...(secretGroup !== undefined ? { secretGroup } : {}),
    ...(entropy !== undefined ? { entropy } : {}),
    ...(path !== undefined ? { path } : {}),
    keywords: [...base.keywords, ...child.keywords],
    tags: [...base.tags, ...child.tags],
    allowlists: [...base.allowlists, ...child.allowlists],
    excludePathRegexes: [...base.excludePathRegexes, ...child.excludePathRegexes],
    required: [...base.required, ...child.required],
    ...(skipReport !== undefined ? { skipReport } : {}),
    ...(specificity !== undefined ? { specificity } : {}),
    given: [...new Set([...base.given, ...child.given])],
  };
}

/** A read rule with a regex or a path as a RuleSpec; problems go to `problems`. */
function toRuleSpec(rule: ReadRule, file: string, problems: string[]): RuleSpec | undefined {
  const { id } = rule;
  const common = {
    id,
    description: rule.description ?? id,
    severity: 'high',
    precision: 'medium',
    confidence: 'medium',
    allowValues: [],
    paths: [],
    excludePaths: [],
    ...(rule.path !== undefined ? { pathRegexes: [rule.path] } : {}),
    ...(rule.excludePathRegexes.length > 0 ? { excludePathRegexes: [...rule.excludePathRegexes] } : {}),
    skipPlaceholderCheck: false,
    // gitleaks lets any other rule's finding on the line win over a rule whose id says "generic".
    ...(rule.specificity !== undefined ? { specificity: rule.specificity } : id.toLowerCase().includes('generic') ? { specificity: 0 } : {}),
    tags: [...rule.tags],
    references: [],
    remediation: REMEDIATION,
    examples: { match: [], ignore: [] },
    source: file,
  } as const;
  if (!rule.regex) {
    // A path-only rule: the file itself is the finding, whatever it holds (engine/file-rules.ts).
    return deepFreeze({
      ...common,
      kind: 'credential',
      keywords: [],
      pattern: '',
      detector: 'file',
      keepWithContent: true,
      flags: '',
      secretGroup: 0,
      ...(rule.allowlists.length > 0 ? { allowlists: rule.allowlists } : {}),
      ...(rule.skipReport ? { skipReport: true } : {}),
    } satisfies RuleSpec);
  }
  const groups = rule.regex.groups;
  if (rule.secretGroup !== undefined && rule.secretGroup > groups) {
    problems.push(`${rule.where}.secretGroup: expected a group number from 0 to ${groups}, got ${rule.secretGroup}`);
    return undefined;
  }
  // Without a secretGroup, gitleaks takes the first group that matched text, else the whole match.
  const group = rule.secretGroup ?? (groups > 0 ? -1 : 0);
  return deepFreeze({
    ...common,
    kind: 'secret',
    keywords: [...new Set(rule.keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0))],
    pattern: rule.regex.source,
    syntax: 're2',
    flags: '',
    secretGroup: group,
    ...(rule.entropy !== undefined && rule.entropy > 0 ? { minEntropy: rule.entropy } : {}),
    ...(rule.allowlists.length > 0 ? { allowlists: rule.allowlists } : {}),
    ...(rule.required.length > 0 ? { required: rule.required } : {}),
    ...(rule.skipReport ? { skipReport: true } : {}),
  } satisfies RuleSpec);
}

/** Parsed, before rules meet the bases they may extend. */
interface ParsedFile {
  readonly useDefault: boolean;
  readonly disabledRules: readonly string[];
  readonly rules: readonly ReadRule[];
  readonly allowlists: readonly GitleaksAllowlist[];
  readonly warnings: readonly string[];
  readonly extended: readonly { readonly path: string; readonly text: string }[];
}

function globalAllowlist(read: ReadAllowlist): GitleaksAllowlist {
  const targetRules = read.targetRules.length > 0 ? { targetRules: read.targetRules } : {};
  const split = splitAllowlist(read.allowlist);
  if (read.targetRules.length > 0) {
    return { skipPaths: [], ...(split.rest ? { allowlist: split.rest } : {}), ...(split.excludePathRegexes.length > 0 ? { excludePathRegexes: split.excludePathRegexes } : {}), ...targetRules };
  }
  return { skipPaths: split.excludePathRegexes, ...(split.rest ? { allowlist: split.rest } : {}) };
}

/**
 * One file and the files it extends. `baseDir` resolves `[extend] path` at every level: gitleaks reads it relative to
 * where it runs, not to the extending file; leakgate takes the directory of the repository's config (its root).
 */
function parseFile(text: string, file: string, baseDir: string, depth: number): ParsedFile {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (error: unknown) {
    if (error instanceof TomlError) throw new ConfigError(`${file}:${error.line}:${error.column}: ${error.message.split('\n')[0]}`);
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reader = new Reader(file);
  reader.unknownFields(doc, TOP_FIELDS, '');
  let useDefault = false;
  let disabledRules: string[] = [];
  let base: ParsedFile | undefined;
  if (doc.extend !== undefined) {
    if (!isTable(doc.extend)) reader.problem('extend', 'expected a table', doc.extend);
    else {
      reader.unknownFields(doc.extend, EXTEND_FIELDS, 'extend');
      useDefault = reader.boolean(doc.extend, 'useDefault', 'extend') === true;
      disabledRules = reader.strings(doc.extend, 'disabledRules', 'extend');
      const extendPath = reader.string(doc.extend, 'path', 'extend');
      if (extendPath !== undefined && useDefault) reader.problem('extend.path', 'useDefault and path cannot be used together; choose one', extendPath);
      else if (extendPath !== undefined) {
        if (depth >= MAX_EXTEND_DEPTH) reader.problem('extend.path', `configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks; remove this [extend] or merge the files`, extendPath);
        else {
          const target = resolve(baseDir, extendPath);
          let baseText: string;
          try {
            baseText = readFileSync(target, 'utf8');
          } catch (error: unknown) {
            throw new ConfigError(`${file}: extend.path: cannot read ${extendPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
          }
          const parsed = parseFile(baseText, extendPath, baseDir, depth + 1);
          base = { ...parsed, extended: [{ path: target, text: baseText }, ...parsed.extended] };
        }
      }
    }
  }
  const rules: ReadRule[] = [];
  if (doc.rules !== undefined && !Array.isArray(doc.rules)) reader.problem('rules', 'expected an array of tables ([[rules]])', doc.rules);
  const seen = new Set<string>();
  (Array.isArray(doc.rules) ? doc.rules : []).forEach((table, i) => {
    const rule = readRule(reader, table, i);
    if (!rule) return;
    if (seen.has(rule.id)) reader.problem(`rules[${i}].id`, 'duplicate rule id; ids must be unique', rule.id);
    seen.add(rule.id);
    rules.push(rule);
  });
  const allowlists = readAllowlists(reader, doc, '', true).map(globalAllowlist);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems.join('\n'));
  if (!base) return { useDefault, disabledRules, rules, allowlists, warnings: reader.warnings, extended: [] };
  // The extending file's rules add to the base's rules of the same id (its fields win); allowlists add up.
  const disabled = new Set(disabledRules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const merged = [
    ...base.rules.filter((r) => !disabled.has(r.id)).map((r) => (byId.has(r.id) ? mergeRead(r, byId.get(r.id)!) : r)),
    ...rules.filter((r) => !base!.rules.some((b) => b.id === r.id)),
  ];
  return {
    useDefault: useDefault || base.useDefault,
    disabledRules: [...base.disabledRules, ...disabledRules],
    rules: merged,
    allowlists: [...base.allowlists, ...allowlists],
    warnings: [...base.warnings, ...reader.warnings],
    extended: base.extended,
  };
}

/** Parses a gitleaks config's text (and the files it extends); throws a ConfigError listing every problem. */
export function parseGitleaksConfig(text: string, file: string, absolutePath?: string): GitleaksConfig {
  const parsed = parseFile(text, file, absolutePath ? dirname(absolutePath) : '.', 0);
  const problems: string[] = [];
  const rules: RuleSpec[] = [];
  const extensions: GitleaksExtension[] = [];
  for (const rule of parsed.rules) {
    if (rule.regex || rule.path !== undefined) {
      const spec = toRuleSpec(rule, file, problems);
      if (spec) rules.push(spec);
      continue;
    }
    // No regex and no path: it adds to a rule of the same id from elsewhere (a built-in rule, with useDefault).
    if (!parsed.useDefault) {
      problems.push(`${rule.where}.regex: expected a regex or a path (a rule without either only adds to a rule of the same id in a config it extends, and there is none)`);
      continue;
    }
    extensions.push({
      id: rule.id,
      where: rule.where,
      allowlists: rule.allowlists,
      excludePathRegexes: rule.excludePathRegexes,
      fields: rule.given.filter((f) => !['id', 'allowlist', 'allowlists'].includes(f)),
    });
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return {
    file,
    useDefault: parsed.useDefault,
    disabledRules: parsed.disabledRules,
    rules,
    allowlists: parsed.allowlists,
    extensions,
    warnings: parsed.warnings,
    extended: parsed.extended,
  };
}
