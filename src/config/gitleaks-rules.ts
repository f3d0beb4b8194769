// The rules of a gitleaks config (config/gitleaks.ts): each `[[rules]]` table read, merged into a rule of the same id
// in a config it extends, and turned into a RuleSpec (a pattern rule on RE2, or a path-only file rule).

import type { RequiredRule, RuleAllowlist, RuleSpec } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { isTable, type Reader } from './gitleaks-reader.js';
import { readAllowlists, splitAllowlist } from './gitleaks-allowlists.js';

const RULE_FIELDS = new Set([
  'id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'allowlist', 'allowlists', 'required', 'skipReport',
  // betterleaks: `validate` is checked below; `specificity` ranks overlapping rules.
  'validate', 'specificity',
]);
const REQUIRED_FIELDS = new Set(['id', 'withinLines', 'withinColumns']);

/** What every rule of a gitleaks config tells the user to do about a finding. */
const REMEDIATION = [
  '1. **Revoke or rotate the credential now**; assume it is compromised, since every clone and fork holds a copy.',
  '2. Replace it in code with a lookup from a secret store or an environment variable.',
  '3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push.',
].join('\n');

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
export interface ReadRule {
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

/** Reads the `index`th `[[rules]]` table; undefined when it has no usable id. */
export function readRule(reader: Reader, table: unknown, index: number): ReadRule | undefined {
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
export function mergeRead(base: ReadRule, child: ReadRule): ReadRule {
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
export function toRuleSpec(rule: ReadRule, file: string, problems: string[]): RuleSpec | undefined {
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
