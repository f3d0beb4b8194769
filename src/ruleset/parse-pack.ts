// Parses and validates the text of a YAML rule pack into frozen RuleSpecs (loaded lazily: yaml and zod stay off the hook's start-up path).

import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { ConfigError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { FILE_DETECTORS, type Confidence, type MagicSpec, type Precision, type RuleExample, type RuleKind, type RuleSpec } from '../core/rule.js';
import { parseSizeText } from '../core/size.js';
import { detectorSchema, rulePackSchema, type RuleInput } from './schema.js';
import { compileRe2 } from '../patterns/re2.js';

/** Bytes of a size field (a number, or text such as 1MiB), 'off', or undefined when it is not a size. */
function sizeOf(value: number | string, allowOff: boolean): number | 'off' | undefined {
  if (typeof value === 'number') return value;
  if (allowOff && value.trim().toLowerCase() === 'off') return 'off';
  return parseSizeText(value);
}

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
function checkRule(rule: RuleInput, where: string, syntax: 're2' | undefined): string[] {
  const problems: string[] = [];
  if (rule.pattern === undefined && rule.detector === undefined) {
    problems.push(`${where}: expected a "pattern" (a regular expression) or a "detector" (one of ${detectorSchema.options.join(', ')})`);
  }
  if (rule.pattern !== undefined && rule.detector !== undefined) {
    problems.push(`${where}: "pattern" and "detector" are exclusive; a rule detects with one of them`);
  }
  if (rule.detector !== undefined) problems.push(...checkDetectorRule(rule, rule.detector, where));
  if (rule.startsWithKeyword && (rule.pattern === undefined || rule.keywords.length === 0)) {
    problems.push(`${where}.startsWithKeyword: needs a "pattern" and "keywords" (the pattern is tried only where a keyword starts)`);
  }
  let groups: number | undefined;
  if (rule.pattern !== undefined) {
    try {
      groups = syntax === 're2' ? compileRe2(rule.pattern, rule.flags).groupCount : groupCount(new RegExp(rule.pattern, `g${rule.flags}`));
    } catch (error: unknown) {
      problems.push(`${where}.pattern: does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (groups !== undefined && rule.secretGroup > groups) {
    problems.push(`${where}.secretGroup: expected a group number from 0 to ${groups}, got ${rule.secretGroup}`);
  }
  rule.allowValues.forEach((value, i) => {
    try {
      new RegExp(value.startsWith('(?i)') ? value.slice(4) : value);
    } catch (error: unknown) {
      problems.push(`${where}.allowValues[${i}]: does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const fileLevel = rule.detector !== undefined && (FILE_DETECTORS as readonly string[]).includes(rule.detector);
  for (const kind of ['match', 'ignore'] as const) {
    rule.examples[kind].forEach((example, i) => {
      if (typeof example !== 'string' && example.size !== undefined && sizeOf(example.size, false) === undefined) {
        problems.push(`${where}.examples.${kind}[${i}].size: expected a size such as 512k, 1MiB or 10MB, got ${JSON.stringify(example.size)}`);
      }
      if (fileLevel && typeof example === 'string') {
        problems.push(`${where}.examples.${kind}[${i}]: a file-level rule's example needs a path, e.g. { path: 'a/b.bin', size: 2MiB, head: "\\x7fELF" }`);
      } else if (!fileLevel && typeof example !== 'string' && (example.text === undefined || example.head !== undefined || example.size !== undefined)) {
        problems.push(`${where}.examples.${kind}[${i}]: a content rule's example is text, or { path, text }; "head" and "size" are for file-level rules`);
      }
    });
  }
  return problems;
}

/** What each detector needs and accepts. */
function checkDetectorRule(rule: RuleInput, detector: NonNullable<RuleInput['detector']>, where: string): string[] {
  const problems: string[] = [];
  const only = (field: 'magic' | 'folders' | 'sizeLimits', owner: string): void => {
    if (rule[field] !== undefined && detector !== owner) problems.push(`${where}.${field}: only a "detector: ${owner}" rule takes ${field}`);
  };
  only('magic', 'binary-artefact');
  only('folders', 'dependency-folder');
  only('sizeLimits', 'large-blob');
  if (rule.keepWithContent !== undefined && detector !== 'file') problems.push(`${where}.keepWithContent: only a "detector: file" rule takes keepWithContent`);
  if (detector === 'kubernetes-secret' || detector === 'credential-assignment' || detector === 'credential-config') {
    if (rule.keywords.length === 0) problems.push(`${where}.keywords: a ${detector} rule needs keywords (e.g. "kind: secret", "password") so the prefilter can skip other blobs`);
    return problems;
  }
  if (rule.keywords.length > 0) problems.push(`${where}.keywords: a file-level rule (detector: ${detector}) reads no text, so it takes no keywords`);
  if (detector === 'file' && rule.paths.length === 0) problems.push(`${where}.paths: a "detector: file" rule needs path globs`);
  if (detector === 'binary-artefact' && !rule.magic?.length && rule.paths.length === 0) {
    problems.push(`${where}: a binary-artefact rule needs "magic" signatures or "paths" globs`);
  }
  if (detector === 'dependency-folder' && !rule.folders?.length) problems.push(`${where}.folders: a dependency-folder rule needs folder names`);
  if (detector === 'large-blob' && !rule.sizeLimits?.length) problems.push(`${where}.sizeLimits: a large-blob rule needs at least one size limit`);
  rule.sizeLimits?.forEach((limit, i) => {
    for (const field of ['warn', 'error'] as const) {
      const value = limit[field];
      if (value !== undefined && sizeOf(value, true) === undefined) {
        problems.push(`${where}.sizeLimits[${i}].${field}: expected a size such as 512k, 1MiB or 10MB, or "off", got ${JSON.stringify(value)}`);
      }
    }
  });
  rule.magic?.forEach((m, i) => {
    if ((m.hex === undefined) === (m.text === undefined)) problems.push(`${where}.magic[${i}]: expected exactly one of "hex" and "text"`);
    if (m.text !== undefined && /[^\u0000-\u00ff]/.test(m.text)) problems.push(`${where}.magic[${i}].text: expected one byte per character (\\x00-\\xff)`);
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
 * With `syntax` 're2' the patterns are Go (RE2) syntax (a config's custom rules): call `loadRe2()` first.
 */
export function buildRuleSpecs(
  rules: readonly RuleInput[],
  packKind: RuleKind,
  file: string,
  field = 'rules',
  syntax?: 're2',
): { specs: RuleSpec[]; problems: string[] } {
  const problems: string[] = [];
  const seen = new Set<string>();
  const specs = rules.map((rule, i) => {
    const where = `${file}: ${field}[${i}] (${rule.id})`;
    if (seen.has(rule.id)) problems.push(`${where}.id: duplicate rule id "${rule.id}"; ids must be unique`);
    seen.add(rule.id);
    problems.push(...checkRule(rule, where, syntax));
    return toSpec(rule, packKind, file, syntax);
  });
  return { specs, problems };
}

function toSpec(rule: RuleInput, packKind: RuleKind, file: string, syntax: 're2' | undefined): RuleSpec {
  const kind = rule.kind ?? packKind;
  return deepFreeze({
    id: rule.id,
    kind,
    description: rule.description,
    severity: rule.severity,
    precision: rule.precision ?? 'high',
    confidence: rule.confidence ?? confidenceOf(rule.precision ?? 'high'),
    keywords: [...new Set(rule.keywords.map((k) => k.toLowerCase()))],
    pattern: rule.pattern ?? '',
    ...(syntax && rule.pattern !== undefined ? { syntax } : {}),
    flags: rule.flags,
    ...(rule.detector !== undefined ? { detector: rule.detector } : {}),
    ...(rule.magic !== undefined ? { magic: rule.magic.map(toMagic) } : {}),
    ...(rule.folders !== undefined
      ? { folders: rule.folders.map((f) => (typeof f === 'string' ? { name: f, evidence: [] } : { name: f.name, evidence: f.evidence })) }
      : {}),
    ...(rule.sizeLimits !== undefined
      ? {
          sizeLimits: rule.sizeLimits.map((l) => {
            const warn = l.warn === undefined ? undefined : sizeOf(l.warn, true);
            const error = l.error === undefined ? undefined : sizeOf(l.error, true);
            return { paths: l.paths, ...(typeof warn === 'number' ? { warn } : {}), ...(typeof error === 'number' ? { error } : {}) };
          }),
        }
      : {}),
    ...(rule.keepWithContent !== undefined ? { keepWithContent: rule.keepWithContent } : {}),
    ...(rule.documentationHosts ? { documentationHosts: true } : {}),
    secretGroup: rule.secretGroup,
    ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}),
    ...(rule.validate !== undefined ? { validate: rule.validate } : {}),
    allowValues: rule.allowValues,
    paths: rule.paths,
    excludePaths: rule.excludePaths,
    skipPlaceholderCheck: rule.skipPlaceholderCheck,
    ...(rule.startsWithKeyword ? { startsWithKeyword: true } : {}),
    tags: rule.tags,
    references: rule.references,
    remediation: rule.remediation ?? DEFAULT_REMEDIATION[kind],
    examples: { match: rule.examples.match.map(toExample), ignore: rule.examples.ignore.map(toExample) },
    source: file,
  });
}

/** The confidence a rule without one gets from its precision. */
export function confidenceOf(precision: Precision): Confidence {
  return precision === 'very-high' || precision === 'high' ? 'high' : precision;
}

function toExample(example: RuleInput['examples']['match'][number]): RuleExample {
  if (typeof example === 'string') return example;
  return {
    path: example.path,
    text: example.text ?? '',
    ...(example.head !== undefined ? { head: example.head } : {}),
    ...(example.size !== undefined ? { size: sizeOf(example.size, false) as number } : {}),
  };
}

function toMagic(magic: NonNullable<RuleInput['magic']>[number]): MagicSpec {
  const bytes = magic.hex?.toLowerCase() ?? Buffer.from(magic.text ?? '', 'latin1').toString('hex');
  return { name: magic.name, offset: magic.offset, bytes, binary: magic.binary, ...(magic.verify !== undefined ? { verify: magic.verify } : {}) };
}

