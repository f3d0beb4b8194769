// Parses and validates the text of a YAML rule pack into frozen RuleSpecs (loaded lazily: yaml and zod stay off the hook's start-up path).

import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { ConfigError } from '../core/errors.js';
import type { RuleSpec, RuleKind } from '../core/types.js';
import { rulePackSchema, type RuleInput } from './schema.js';

const DEFAULT_REMEDIATION: Record<RuleKind, string> = {
  secret: [
    '1. **Revoke or rotate the credential now** at the provider; assume it is compromised, since every clone and fork holds a copy.',
    '2. Replace it in code with a lookup from a secret store or an environment variable.',
    '3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push and ask collaborators to re-clone.',
    '4. If it is a test value, allow it inline with `leakgate:allow <rule-id> -- reason` on the same line.',
  ].join('\n'),
  credential: [
    '1. Rotate every credential in the file.',
    '2. Keep the file out of Git: add it to `.gitignore`, and commit an encrypted form (SOPS, SealedSecrets) or a template instead.',
    '3. Purge it from history (`git filter-repo --path <file> --invert-paths`), force-push, and ask collaborators to re-clone.',
  ].join('\n'),
  hygiene: [
    '1. Remove the file from the repository and add its pattern to `.gitignore`.',
    '2. Track large binaries with Git LFS (`git lfs track`), or publish build artefacts elsewhere.',
    '3. To shrink history, rewrite it (`git filter-repo --strip-blobs-bigger-than` or `--path <file> --invert-paths`).',
  ].join('\n'),
};

/** Formats every zod issue as `file: field: problem, got value`. */
export function formatZodIssues(file: string, error: ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
      .join('');
    const input = (issue as { input?: unknown }).input;
    const got = input === undefined ? '' : `, got ${truncate(JSON.stringify(input), 80)}`;
    return `${file}: ${field || '(top level)'}: ${issue.message}${got}`;
  });
}

function truncate(text: string | undefined, max: number): string {
  if (text === undefined) return 'undefined';
  return text.length > max ? `${text.slice(0, max)}...` : text;
}

/** Counts the capture groups of a compiled pattern. */
function groupCount(re: RegExp): number {
  return (new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')?.length ?? 1) - 1;
}

/** Checks what a schema cannot: the pattern compiles, the secret group exists, allow patterns compile. */
function checkRule(rule: RuleInput, where: string): string[] {
  const problems: string[] = [];
  let re: RegExp | undefined;
  try {
    re = new RegExp(rule.pattern, `g${rule.flags}`);
  } catch (error: unknown) {
    problems.push(`${where}.pattern: does not compile: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (re && rule.secretGroup > groupCount(re)) {
    problems.push(`${where}.secretGroup: expected a group number from 0 to ${groupCount(re)}, got ${rule.secretGroup}`);
  }
  rule.allowValues.forEach((value, i) => {
    try {
      new RegExp(value.startsWith('(?i)') ? value.slice(4) : value);
    } catch (error: unknown) {
      problems.push(`${where}.allowValues[${i}]: does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return problems;
}

/** Parses and validates the text of one rule pack; throws a ConfigError listing every problem. */
export function parseRulePack(text: string, file: string): RuleSpec[] {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${file}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const parsed = rulePackSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatZodIssues(file, parsed.error).join('\n'));
  const pack = parsed.data;
  const { specs, problems } = buildRuleSpecs(pack.rules, pack.kind, file);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return specs;
}

/**
 * Turns schema-validated rules into frozen RuleSpecs, checking what the schema cannot (patterns compile, the secret
 * group exists, ids are unique); `field` names the list in messages (`rules` in a pack and in the config file).
 */
export function buildRuleSpecs(
  rules: readonly RuleInput[],
  packKind: RuleKind,
  file: string,
  field = 'rules',
): { specs: RuleSpec[]; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const specs = rules.map((rule, i) => {
    const where = `${file}: ${field}[${i}] (${rule.id})`;
    if (seen.has(rule.id)) problems.push(`${where}.id: duplicate rule id "${rule.id}"; ids must be unique`);
    seen.add(rule.id);
    problems.push(...checkRule(rule, where));
    return toSpec(rule, packKind, file);
  });
  return { specs, problems };
}

function toSpec(rule: RuleInput, packKind: RuleKind, file: string): RuleSpec {
  const kind = rule.kind ?? packKind;
  return deepFreeze({
    id: rule.id,
    kind,
    description: rule.description,
    severity: rule.severity,
    precision: rule.precision ?? 'high',
    keywords: [...new Set(rule.keywords.map((k) => k.toLowerCase()))],
    pattern: rule.pattern,
    flags: rule.flags,
    secretGroup: rule.secretGroup,
    ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}),
    ...(rule.validate !== undefined ? { validate: rule.validate } : {}),
    allowValues: rule.allowValues,
    paths: rule.paths,
    excludePaths: rule.excludePaths,
    skipPlaceholderCheck: rule.skipPlaceholderCheck,
    tags: rule.tags,
    references: rule.references,
    remediation: rule.remediation ?? DEFAULT_REMEDIATION[kind],
    examples: { match: rule.examples.match, ignore: rule.examples.ignore },
    source: file,
  });
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
