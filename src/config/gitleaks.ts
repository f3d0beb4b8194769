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
import type { RuleAllowlist, RuleSpec } from '../core/rule.js';
import { isTable, Reader, type Table } from './gitleaks-reader.js';
import { globalAllowlist, readAllowlists, type GitleaksAllowlist } from './gitleaks-allowlists.js';
import { mergeRead, readRule, toRuleSpec, type ReadRule } from './gitleaks-rules.js';

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

/** A gitleaks config as leakgate rules, global allowlists and extensions of built-in rules, with its warnings. */
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

// `minVersion` and betterleaks' `betterleaksMinVersion` name the tool version a config was written for: metadata.
const TOP_FIELDS = new Set(['title', 'description', 'minVersion', 'betterleaksMinVersion', 'extend', 'rules', 'allowlist', 'allowlists']);
const EXTEND_FIELDS = new Set(['useDefault', 'path', 'disabledRules']);
/** gitleaks follows `[extend] path` at most this deep. */
const MAX_EXTEND_DEPTH = 2;

/** Parsed, before rules meet the bases they may extend. */
interface ParsedFile {
  readonly useDefault: boolean;
  readonly disabledRules: readonly string[];
  readonly rules: readonly ReadRule[];
  readonly allowlists: readonly GitleaksAllowlist[];
  readonly warnings: readonly string[];
  readonly extended: readonly { readonly path: string; readonly text: string }[];
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
