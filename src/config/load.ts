// Parses and validates the text of `.leakgate.yaml`: every problem at once, each as `file:line: field: problem,
// got value`, then the custom rules are built with the rule-pack code so they behave exactly like built-in ones.

import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { RuleSpec } from '../core/rule.js';
import { deepFreeze } from '../core/freeze.js';
import { buildRuleSpecs } from '../ruleset/parse-pack.js';
import { configSchema, type Config } from './schema.js';

export interface LoadedConfig {
  readonly config: Config;
  /** The config's custom rules as frozen specs. */
  readonly customRules: readonly RuleSpec[];
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(top level)';
}

function truncate(text: string | undefined, max: number): string {
  if (text === undefined) return 'undefined';
  return text.length > max ? `${text.slice(0, max)}...` : text;
}

/** The 1-based line of the YAML node at `path` (or of the key `key` inside it), when the document has it. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
  let node: unknown = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  // A missing field: point at the nearest enclosing node that exists.
  for (let up = path.length - 1; node === undefined && up >= 0; up--) node = up === 0 ? doc.contents : doc.getIn(path.slice(0, up) as unknown[], true);
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (range) return counter.linePos(range[0]).line;
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

function formatIssues(file: string, error: ZodError, doc: Document, counter: LineCounter): string[] {
  const out: string[] = [];
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const line = lineOf(doc, counter, issue.path, key);
      const where = `${file}${line ? `:${line}` : ''}`;
      if (key !== undefined) {
        out.push(`${where}: ${fieldName(path)}: unknown field; remove it or check its spelling (see "leakgate init" for every field)`);
        continue;
      }
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) {
        const expected = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
        out.push(`${where}: ${fieldName(path)}: missing; ${expected}`);
        continue;
      }
      out.push(`${where}: ${fieldName(path)}: ${issue.message}, got ${truncate(JSON.stringify(input), 80)}`);
    }
  }
  return out;
}

/** Parses and validates a config file's text (call `loadRe2()` first); throws one ConfigError listing every problem. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatIssues(file, parsed.error, doc, counter).join('\n'));
  const config = parsed.data;
  // Custom rules are Go (RE2) syntax, as in gitleaks configs: they run with Go's semantics in linear time.
  const { specs, problems } = buildRuleSpecs(config.rules, 'secret', file, 'rules', 're2');
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { config: deepFreeze(config), customRules: specs };
}
