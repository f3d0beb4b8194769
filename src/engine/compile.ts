// Compiles frozen RuleSpecs into matchers: one prefilter over every keyword, one RegExp and checks per rule.

import { ConfigError } from '../core/errors.js';
import type { RuleSpec } from '../core/rule.js';
import { precomputedPrefilter } from '../patterns/precomputed.js';
import { compileAllowValue } from '../patterns/allow-value.js';
import { compileRe2, type Re2Pattern } from '../patterns/re2.js';
import { buildPrefilter, type Prefilter } from './prefilter.js';
import { VALIDATORS } from './validators.js';
import type { CredentialMode } from './credentials/find.js';

export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly index: number;
  /** The rule's pattern; undefined for detector rules and RE2 rules. */
  readonly regex: RegExp | undefined;
  /** A user rule's Go (RE2) pattern, run in linear time (`spec.syntax` 're2'; needs `loadRe2()` first). */
  readonly re2?: Re2Pattern;
  /**
   * For a rule whose matches start with a keyword (`startsWithKeyword`): its keywords' indexes in the prefilter
   * and its pattern compiled sticky, to be tried only where those keywords start.
   */
  readonly anchors: ReadonlySet<number> | undefined;
  readonly sticky: RegExp | undefined;
  /** A structured content detector (the engine runs it instead of a regex). */
  readonly structured: 'kubernetes-secret' | undefined;
  /** The key-aware credential detector's mode, for its rules (engine/credentials/find.ts). */
  readonly credential?: CredentialMode;
  /** The rule reports only at some paths (`paths` globs): a scan may skip it for blobs seen at no such path. */
  readonly pathScoped: boolean;
  readonly allow: readonly RegExp[];
  readonly validate: ((secret: string) => boolean) | undefined;
}

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly prefilter: Prefilter;
  /** For each keyword index, the indexes of the rules it enables. */
  readonly rulesByKeyword: readonly (readonly number[])[];
  /** Rules without keywords: they run on every text blob. */
  readonly alwaysRun: readonly number[];
  /** The keywords whose places the prefilter records (want[k] = 1), when some rule starts with its keywords. */
  readonly anchorWant: Uint8Array | undefined;
}




const CREDENTIAL_MODES: Partial<Record<string, CredentialMode>> = { 'credential-assignment': 'literal', 'credential-config': 'config' };

/** A rule's expression, or a ConfigError naming the rule. */
function compiling<T>(spec: RuleSpec, what: string, compile: () => T): T {
  try {
    return compile();
  } catch (error: unknown) {
    throw new ConfigError(`${spec.source}: rule ${spec.id}: ${what} does not compile: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Compiles rules once per thread; throws a ConfigError naming every rule with an unknown validator. */
export function compileRules(specs: readonly RuleSpec[]): CompiledRuleSet {
  const problems: string[] = [];
  const keywordIndex = new Map<string, number>();
  const rulesByKeyword: number[][] = [];
  const alwaysRun: number[] = [];
  const rules: CompiledRule[] = [];
  const anchorKeywords = new Set<number>();
  const addKeyword = (keyword: string, rule: number): number => {
    let k = keywordIndex.get(keyword);
    if (k === undefined) {
      k = keywordIndex.size;
      keywordIndex.set(keyword, k);
      rulesByKeyword.push([]);
    }
    rulesByKeyword[k]!.push(rule);
    return k;
  };
  const context: CompileContext = { problems, addKeyword, anchorKeywords, alwaysRun };
  for (const spec of specs) rules.push(compileRule(spec, rules.length, context));
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  let anchorWant: Uint8Array | undefined;
  if (anchorKeywords.size > 0) {
    anchorWant = new Uint8Array(keywordIndex.size);
    for (const k of anchorKeywords) anchorWant[k] = 1;
  }
  return { rules, prefilter: buildPrefilter([...keywordIndex.keys()], precomputedPrefilter()), rulesByKeyword, alwaysRun, anchorWant };
}

/** What compiling one rule adds to the rule set's shared tables. */
interface CompileContext {
  readonly problems: string[];
  readonly addKeyword: (keyword: string, rule: number) => number;
  readonly anchorKeywords: Set<number>;
  readonly alwaysRun: number[];
}

/** One rule, its expressions compiled on first use; its keywords and problems go to `context`. */
function compileRule(spec: RuleSpec, index: number, context: CompileContext): CompiledRule {
  const validate = spec.validate === undefined ? undefined : VALIDATORS[spec.validate];
  if (spec.validate !== undefined && !validate) {
    context.problems.push(
      `${spec.source}: rule ${spec.id}: validate: unknown validator "${spec.validate}"; expected one of ${Object.keys(VALIDATORS).join(', ')}`,
    );
  }
  // The allowValues and the pattern are compiled on first use: a scan runs only the rules whose keywords occur,
  // and compiling every built-in rule's expressions would cost a hook more than most of its scan. Rule packs and configs check
  // that they compile when they are loaded; one that fails here anyway is a ConfigError naming the rule.
  let allow: readonly RegExp[] | undefined;
  const allowOf = (): readonly RegExp[] =>
    (allow ??= compiling(spec, 'allowValues', () => spec.allowValues.map(compileAllowValue)));
  if (spec.detector !== undefined) {
    // File-level rules (engine/file-rules.ts) keep their index here (the pool's watchdog names rules by index)
    // but never run on content: no keyword enables them and they are not in alwaysRun.
    const structured = spec.detector === 'kubernetes-secret' ? spec.detector : undefined;
    const credential = CREDENTIAL_MODES[spec.detector];
    // The credential detector reads around its keywords' places, which the prefilter records.
    const keywordIds = structured || credential ? spec.keywords.map((keyword) => context.addKeyword(keyword, index)) : [];
    const credentialAnchors = credential && keywordIds.length > 0 ? new Set(keywordIds) : undefined;
    for (const k of credentialAnchors ?? []) context.anchorKeywords.add(k);
    return {
      spec,
      index,
      regex: undefined,
      anchors: credentialAnchors,
      sticky: undefined,
      structured,
      ...(credential ? { credential } : {}),
      // The scan's path scoping covers regex rules; a credential rule's paths still filter its findings.
      pathScoped: spec.paths.length > 0 && !credential,
      get allow() {
        return allowOf();
      },
      validate,
    };
  }
  if (spec.keywords.length === 0) context.alwaysRun.push(index);
  if (spec.syntax === 're2') {
    // Go semantics, linear time; tried over the whole text (a keyword anchor is a V8 sticky-regex optimisation).
    for (const keyword of spec.keywords) context.addKeyword(keyword, index);
    let re2: Re2Pattern | undefined;
    return {
      spec,
      index,
      regex: undefined,
      get re2() {
        return (re2 ??= compiling(spec, 'pattern', () => compileRe2(spec.pattern, spec.flags)));
      },
      anchors: undefined,
      sticky: undefined,
      structured: undefined,
      pathScoped: spec.paths.length > 0,
      get allow() {
        return allowOf();
      },
      validate,
    };
  }
  let regex: RegExp | undefined;
  let sticky: RegExp | undefined;
  const keywordIds = spec.keywords.map((keyword) => context.addKeyword(keyword, index));
  const anchors = spec.startsWithKeyword === true && keywordIds.length > 0 ? new Set(keywordIds) : undefined;
  for (const k of anchors ?? []) context.anchorKeywords.add(k);
  return {
    spec,
    index,
    // `d` gives the exact offsets of the secret group.
    get regex() {
      return (regex ??= compiling(spec, 'pattern', () => new RegExp(spec.pattern, `gd${spec.flags}`)));
    },
    anchors,
    get sticky() {
      return anchors ? (sticky ??= compiling(spec, 'pattern', () => new RegExp(spec.pattern, `yd${spec.flags}`))) : undefined;
    },
    structured: undefined,
    pathScoped: spec.paths.length > 0,
    get allow() {
      return allowOf();
    },
    validate,
  };
}
