// Reads a gitleaks config (`.gitleaks.toml`) into leakgate rules and allowlists, so a repository switching over
// keeps its rules. Supported: rules with `regex`, `secretGroup`, `entropy`, `keywords`, `path`, `tags`, per-rule
// and global `allowlist`/`allowlists` (`paths`, `regexes`, `stopwords`, `condition`, `targetRules`) and
// `[extend]` (`useDefault` means leakgate's built-in rules, `path`, `disabledRules`). Anything else is a warning
// naming the field, never silently dropped. Type errors are ConfigErrors, all reported at once.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { ConfigError } from '../core/errors.js';
import type { RuleSpec } from '../core/types.js';
import { deepFreeze } from '../core/freeze.js';
import { translateGoRegex } from './go-regex.js';

/** A global allowlist, translated: applies to every rule, or to `targetRules` when given. */
export interface GitleaksAllowlist {
  readonly pathRegexes: readonly string[];
  readonly valueRegexes: readonly string[];
  readonly targetRules?: readonly string[];
}

export interface GitleaksConfig {
  readonly file: string;
  /** `[extend] useDefault = true`: leakgate's built-in rules join the config's own. */
  readonly useDefault: boolean;
  readonly disabledRules: readonly string[];
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly GitleaksAllowlist[];
  readonly warnings: readonly string[];
}

type Table = Record<string, unknown>;

const TOP_FIELDS = new Set(['title', 'description', 'minVersion', 'extend', 'rules', 'allowlist', 'allowlists']);
const EXTEND_FIELDS = new Set(['useDefault', 'path', 'disabledRules']);
const RULE_FIELDS = new Set(['id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlist', 'allowlists', 'required']);
const ALLOWLIST_FIELDS = new Set(['description', 'condition', 'commits', 'paths', 'regexes', 'regexTarget', 'stopwords']);
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

/** Collects problems (errors) and warnings while walking one file. */
class Reader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  constructor(readonly file: string) {}

  problem(field: string, message: string, value: unknown): void {
    this.problems.push(`${this.file}: ${field}: ${message}, got ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`);
  }

  warn(field: string, message: string): void {
    this.warnings.push(`${this.file}: ${field}: ${message}`);
  }

  unknownFields(table: Table, known: ReadonlySet<string>, where: string): void {
    for (const key of Object.keys(table)) {
      if (!known.has(key)) this.warn(`${where}${where ? '.' : ''}${key}`, 'not supported by leakgate; ignored');
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

  number(table: Table, key: string, where: string, min: number, max: number): number | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
      this.problem(`${where}.${key}`, `expected a number from ${min} to ${max}`, typeof value === 'bigint' ? Number(value) : value);
      return undefined;
    }
    return n;
  }

  /** A Go regex as JavaScript source (a leading `(?i)` kept for allowlist patterns), or undefined with a warning. */
  regex(source: string, where: string, forAllowlist: boolean): { source: string; flags: string } | undefined {
    try {
      const translated = translateGoRegex(source);
      if (translated.note) this.warn(where, translated.note);
      if (forAllowlist) {
        const other = translated.flags.replace('i', '');
        if (other) this.warn(where, `flags "${other}" are not supported in allowlist patterns; ignored`);
        return { source: translated.flags.includes('i') ? `(?i)${translated.source}` : translated.source, flags: '' };
      }
      return translated;
    } catch (error: unknown) {
      this.warn(where, `${error instanceof Error ? error.message : String(error)}; skipped`);
      return undefined;
    }
  }
}

/** A stopword as a case-insensitive "contains" pattern (gitleaks compares against the lower-cased secret). */
function stopwordPattern(word: string): string {
  return `(?i)${word.toLowerCase().replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}`;
}

interface Allowlist {
  readonly pathRegexes: string[];
  readonly valueRegexes: string[];
  readonly targetRules?: string[];
}

/** Reads one allowlist table; returns undefined when it cannot be applied faithfully (with a warning). */
function readAllowlist(reader: Reader, table: unknown, where: string, global: boolean): Allowlist | undefined {
  if (!isTable(table)) {
    reader.problem(where, 'expected a table', table);
    return undefined;
  }
  reader.unknownFields(table, global ? new Set([...ALLOWLIST_FIELDS, 'targetRules']) : ALLOWLIST_FIELDS, where);
  const condition = (reader.string(table, 'condition', where) ?? 'OR').toUpperCase();
  if (condition !== 'OR' && condition !== 'AND') reader.problem(`${where}.condition`, 'expected "OR" or "AND"', table.condition);
  const target = reader.string(table, 'regexTarget', where) ?? 'secret';
  if (!['secret', 'match', 'line'].includes(target)) reader.problem(`${where}.regexTarget`, 'expected "secret", "match" or "line"', target);
  const commits = reader.strings(table, 'commits', where);
  const paths = reader.strings(table, 'paths', where);
  let regexes = reader.strings(table, 'regexes', where);
  const stopwords = reader.strings(table, 'stopwords', where);
  if (commits.length > 0) {
    reader.warn(`${where}.commits`, 'commit allowlists are not supported (leakgate findings are keyed on content, not commits); use .leakgateignore fingerprints instead');
  }
  if (regexes.length > 0 && target !== 'secret') {
    reader.warn(`${where}.regexTarget`, `regexTarget "${target}" is not supported (only "secret"); these regexes are ignored`);
    regexes = [];
  }
  const kinds = [paths.length > 0, regexes.length > 0, stopwords.length > 0, commits.length > 0].filter(Boolean).length;
  if (condition === 'AND' && kinds > 1) {
    reader.warn(`${where}.condition`, 'an AND allowlist over several criteria is not supported; the allowlist is ignored (more findings, never fewer)');
    return undefined;
  }
  const pathRegexes = paths.flatMap((p, i) => reader.regex(p, `${where}.paths[${i}]`, true)?.source ?? []);
  const valueRegexes = [
    ...regexes.flatMap((r, i) => reader.regex(r, `${where}.regexes[${i}]`, true)?.source ?? []),
    ...stopwords.map(stopwordPattern),
  ];
  const targetRules = global ? reader.strings(table, 'targetRules', where) : [];
  return targetRules.length > 0 ? { pathRegexes, valueRegexes, targetRules } : { pathRegexes, valueRegexes };
}

/** A table's allowlists, whichever of the old (`allowlist`) and new (`allowlists`) forms it uses. */
function readAllowlists(reader: Reader, table: Table, where: string, global: boolean): Allowlist[] {
  const out: Allowlist[] = [];
  if (table.allowlist !== undefined) {
    const one = readAllowlist(reader, table.allowlist, `${where}${where ? '.' : ''}allowlist`, global);
    if (one) out.push(one);
  }
  if (table.allowlists !== undefined) {
    if (!Array.isArray(table.allowlists)) reader.problem(`${where}${where ? '.' : ''}allowlists`, 'expected an array of tables', table.allowlists);
    else {
      table.allowlists.forEach((entry, i) => {
        const one = readAllowlist(reader, entry, `${where}${where ? '.' : ''}allowlists[${i}]`, global);
        if (one) out.push(one);
      });
    }
  }
  return out;
}

function groupCount(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
}

function readRule(reader: Reader, table: unknown, index: number): RuleSpec | undefined {
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
  if (table.required !== undefined) {
    reader.warn(`${at}.required`, 'composite rules are not supported; the rule reports on its own regex alone (more findings, never fewer)');
  }
  const regexSource = reader.string(table, 'regex', at);
  const pathSource = reader.string(table, 'path', at);
  const secretGroup = reader.number(table, 'secretGroup', at, 0, 50);
  const entropy = reader.number(table, 'entropy', at, 0, 8);
  const keywords = reader.strings(table, 'keywords', at);
  const tags = reader.strings(table, 'tags', at);
  const description = reader.string(table, 'description', at) ?? id;
  const allowlists = readAllowlists(reader, table, at, false);
  if (regexSource === undefined) {
    if (pathSource !== undefined) reader.warn(at, 'rules with only a `path` (file-name rules) are not supported; the rule is skipped');
    else if (table.regex === undefined) reader.problem(`${at}.regex`, 'expected a regex (or a path)', undefined);
    return undefined;
  }
  const regex = reader.regex(regexSource, `${at}.regex`, false);
  if (!regex) return undefined;
  const groups = groupCount(regex.source, regex.flags);
  let group = secretGroup ?? 0;
  if (secretGroup !== undefined && secretGroup > groups) {
    reader.problem(`${at}.secretGroup`, `expected a group number from 0 to ${groups}`, secretGroup);
    return undefined;
  }
  if (secretGroup === undefined && groups > 0) {
    group = 1;
    if (groups > 1) reader.warn(`${at}.secretGroup`, 'not set and the regex has several groups: leakgate takes group 1 (gitleaks takes the first non-empty group)');
  }
  const path = pathSource === undefined ? undefined : reader.regex(pathSource, `${at}.path`, true);
  if (pathSource !== undefined && !path) return undefined;
  return deepFreeze({
    id,
    kind: 'secret',
    description,
    severity: 'high',
    precision: 'medium',
    confidence: 'medium',
    keywords: [...new Set(keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0))],
    pattern: regex.source,
    flags: regex.flags,
    secretGroup: group,
    ...(entropy !== undefined && entropy > 0 ? { minEntropy: entropy } : {}),
    allowValues: allowlists.flatMap((a) => a.valueRegexes),
    paths: [],
    excludePaths: [],
    ...(path ? { pathRegexes: [path.source] } : {}),
    excludePathRegexes: allowlists.flatMap((a) => a.pathRegexes),
    skipPlaceholderCheck: false,
    tags,
    references: [],
    remediation: REMEDIATION,
    examples: { match: [], ignore: [] },
    source: reader.file,
  } satisfies RuleSpec);
}

/** Parses a gitleaks config's text (and the files it extends); throws a ConfigError listing every problem. */
export function parseGitleaksConfig(text: string, file: string, absolutePath?: string, depth = 0): GitleaksConfig {
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
  let base: GitleaksConfig | undefined;
  if (doc.extend !== undefined) {
    if (!isTable(doc.extend)) reader.problem('extend', 'expected a table', doc.extend);
    else {
      reader.unknownFields(doc.extend, EXTEND_FIELDS, 'extend');
      if (doc.extend.useDefault !== undefined && typeof doc.extend.useDefault !== 'boolean') {
        reader.problem('extend.useDefault', 'expected true or false', doc.extend.useDefault);
      }
      useDefault = doc.extend.useDefault === true;
      disabledRules = reader.strings(doc.extend, 'disabledRules', 'extend');
      const extendPath = reader.string(doc.extend, 'path', 'extend');
      if (extendPath !== undefined) {
        if (depth >= MAX_EXTEND_DEPTH) reader.warn('extend.path', `configs extend at most ${MAX_EXTEND_DEPTH} levels deep; ${extendPath} is not read`);
        else {
          const target = resolve(absolutePath ? dirname(absolutePath) : '.', extendPath);
          let baseText: string;
          try {
            baseText = readFileSync(target, 'utf8');
          } catch (error: unknown) {
            throw new ConfigError(`${file}: extend.path: cannot read ${extendPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
          }
          base = parseGitleaksConfig(baseText, extendPath, target, depth + 1);
        }
      }
    }
  }
  const rules: RuleSpec[] = [];
  if (doc.rules !== undefined && !Array.isArray(doc.rules)) reader.problem('rules', 'expected an array of tables ([[rules]])', doc.rules);
  const seen = new Set<string>();
  (Array.isArray(doc.rules) ? doc.rules : []).forEach((table, i) => {
    const rule = readRule(reader, table, i);
    if (!rule) return;
    if (seen.has(rule.id)) reader.problem(`rules[${i}].id`, 'duplicate rule id; ids must be unique', rule.id);
    seen.add(rule.id);
    rules.push(rule);
  });
  const allowlists = readAllowlists(reader, doc, '', true);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems.join('\n'));
  if (!base) return { file, useDefault, disabledRules, rules, allowlists, warnings: reader.warnings };
  // The extending file's rules replace the base's rules of the same id; allowlists add up.
  const disabled = new Set(disabledRules);
  const own = new Set(rules.map((r) => r.id));
  return {
    file,
    useDefault: useDefault || base.useDefault,
    disabledRules: [...base.disabledRules, ...disabledRules],
    rules: [...base.rules.filter((r) => !own.has(r.id) && !disabled.has(r.id)), ...rules],
    allowlists: [...base.allowlists, ...allowlists],
    warnings: [...base.warnings, ...reader.warnings],
  };
}
