// Finds and reads rule packs (built-in rules/ or a user's file) and returns frozen RuleSpecs.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import type { RuleSpec } from '../core/rule.js';

/** Reads and validates one rule pack file; `display` is the name used in messages. */
export async function loadRulePackFile(file: string, display = file): Promise<RuleSpec[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    throw new ConfigError(`${display}: cannot read rule pack: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { parseRulePack } = await import('./parse-pack.js');
  return parseRulePack(text, display);
}

/** Joins packs, rejecting an id defined twice. */
export function mergeRulePacks(packs: readonly (readonly RuleSpec[])[]): RuleSpec[] {
  const byId = new Map<string, RuleSpec>();
  const problems: string[] = [];
  for (const rule of packs.flat()) {
    const prior = byId.get(rule.id);
    if (prior) problems.push(`${rule.source}: rule id "${rule.id}" is already defined in ${prior.source}`);
    else byId.set(rule.id, rule);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return [...byId.values()];
}

/** Finds the package root (holding package.json and rules/) above this module, whether run from src, build or dist. */
export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

/** The YAML packs of a directory, in name order. */
export function listPackFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Name of the pre-validated JSON that the build writes next to the bundle, so hooks skip YAML parsing. */
export const PRECOMPILED_RULES = 'builtin-rules.json';

/** What the build derives from the built-in packs for the engine (see patterns/precomputed.ts), next to the bundle. */
export const PRECOMPUTED_PREFILTER = 'builtin-prefilter.bin';
export const PRECOMPUTED_GLOBS = 'builtin-globs.json';

function readBesideBundle(name: string): Buffer | undefined {
  try {
    return readFileSync(join(dirname(fileURLToPath(import.meta.url)), name));
  } catch {
    return undefined;
  }
}

/** Readers of the build's precomputed data (patterns/precomputed.ts); each undefined when absent (a run from source). */
export const builtinPrecomputed = {
  prefilter: (): Uint8Array | undefined => readBesideBundle(PRECOMPUTED_PREFILTER),
  globs: (): unknown => {
    const bytes = readBesideBundle(PRECOMPUTED_GLOBS);
    return bytes && (JSON.parse(bytes.toString('utf8')) as unknown);
  },
};

let builtinCache: readonly RuleSpec[] | undefined;

/** The built-in packs: pre-validated JSON when running from the bundle, else the YAML under rules/. */
export async function loadBuiltinRules(): Promise<readonly RuleSpec[]> {
  if (builtinCache) return builtinCache;
  const here = dirname(fileURLToPath(import.meta.url));
  const precompiled = join(here, PRECOMPILED_RULES);
  if (existsSync(precompiled)) {
    // The build writes it ASCII (other characters as \u escapes): Latin-1 reads the same text, faster.
    const rules = JSON.parse(readFileSync(precompiled, 'latin1')) as RuleSpec[];
    builtinCache = freezeAll(rules);
    return builtinCache;
  }
  builtinCache = Object.freeze(await loadBuiltinRulesFromYaml());
  return builtinCache;
}

/** Parses every built-in YAML pack (the build uses this to write the precompiled JSON). */
export async function loadBuiltinRulesFromYaml(): Promise<RuleSpec[]> {
  const root = packageRoot();
  if (!root) throw new ConfigError('cannot find the built-in rules/ directory of the leakgate package');
  const files = listPackFiles(join(root, 'rules'));
  const packs = await Promise.all(files.map((f) => loadRulePackFile(f, `rules/${basename(f)}`)));
  return mergeRulePacks(packs);
}

function freezeAll(rules: RuleSpec[]): readonly RuleSpec[] {
  for (const rule of rules) {
    // Documentation read later (ruleset/docs.ts) is frozen when read.
    const examples = Object.getOwnPropertyDescriptor(rule, 'examples');
    if (examples && 'value' in examples) Object.freeze(examples.value);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}
