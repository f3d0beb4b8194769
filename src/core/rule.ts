// What a rule is, as every stage of the pipeline sees it: the validated, frozen RuleSpec and its parts (severity,
// confidence, detectors, allowlists, documentation). This file imports nothing.

/** Severity of a rule, from most to least urgent. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** What a rule looks for: secrets in content, plaintext credentials in known file types, or repository hygiene. */
export type RuleKind = 'secret' | 'credential' | 'hygiene';

/** How likely a match of the rule is a real problem (SARIF `precision`). */
export type Precision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * A rule's own proof: text (with `{random:N}`-style placeholders), optionally at a path for path-scoped rules.
 * File-level rules (see `detector`) may instead give the blob's first bytes (`head`, one character per byte) and
 * its full `size` in bytes; a missing `text` is ''.
 */
export type RuleExample =
  | string
  | { readonly path: string; readonly text: string; readonly head?: string; readonly size?: number };

/**
 * Detectors that are not a regex: 'kubernetes-secret' is a structured content detector run by the engine on each
 * blob (engine/kubernetes-secret.ts), the 'credential-*' ones are the key-aware credential detector; the others are file-level checks of a path and its blob's size and first
 * bytes, run once per path after the blobs are read (engine/file-rules.ts).
 */
export type DetectorName =
  | 'kubernetes-secret'
  | 'credential-assignment'
  | 'credential-config'
  | 'file'
  | 'large-blob'
  | 'binary-artefact'
  | 'dependency-folder';
/**
 * The key-aware credential detector (engine/credentials/): 'credential-assignment' reads quoted values, XML text and
 * connection-string parts in any file; 'credential-config' reads unquoted values at line starts (its rule's paths
 * name the config files where they mean a value).
 */
export const FILE_DETECTORS: readonly DetectorName[] = ['file', 'large-blob', 'binary-artefact', 'dependency-folder'];

/**
 * How sure a finding of the rule is a real credential: `high` for provider formats (a fixed prefix, a checksum) and
 * private keys, `medium` for a credential key with a random-looking value, `low` for a weak but real-looking value.
 */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Whether `confidence` is at least `minimum` (low < medium < high). */
export function meetsConfidence(confidence: Confidence, minimum: Confidence): boolean {
  return CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[minimum];
}

/** The higher of two confidences. */
export function higherConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}

/** A content signature: `bytes` (hex) at `offset`; `binary` requires a NUL byte in the head too; `verify` names an extra check. */
export interface MagicSpec {
  readonly name: string;
  readonly offset: number;
  readonly bytes: string;
  readonly binary: boolean;
  readonly verify?: string;
}

/** A committed dependency or build folder by name; with `evidence`, only when some file under it matches one of these globs. */
export interface FolderSpec {
  readonly name: string;
  readonly evidence: readonly string[];
}

/**
 * Size thresholds in bytes for blobs at `paths` (every path when empty). Infinity = off. An undefined `warn` means
 * no warning threshold; an undefined `error` means none in a rule pack, and the pack's own (at least `warn`) in a
 * limit given by `--size-limit` or the config file.
 */
export interface SizeLimit {
  readonly paths: readonly string[];
  readonly warn?: number;
  readonly error?: number;
}

/**
 * An allowlist of a gitleaks config, kept whole (rule `[[rules.allowlists]]`, or a global `[[allowlists]]` given to
 * the rules it targets). The engine decides the content criteria on each match (`regexes` on the secret, the whole
 * match or its lines; `stopwords` in the secret); the criteria of where a match was seen (`paths`, `commits`) are
 * decided per origin (scan/attribute.ts). `or`: any criterion given allows the match; `and`: every one given must.
 */
export interface RuleAllowlist {
  readonly condition: 'or' | 'and';
  readonly regexTarget: 'secret' | 'match' | 'line';
  /** Regex sources (a leading `(?i)` allowed), searched in the regexTarget. */
  readonly regexes: readonly string[];
  /** Lower-case words the secret, lower-cased, may contain. */
  readonly stopwords: readonly string[];
  /** Regex sources searched in the path. */
  readonly paths: readonly string[];
  /** Full commit ids, lower-case: a match introduced by one of them (history and range scans). */
  readonly commits: readonly string[];
}

/** A rule a composite rule requires (gitleaks `[[rules.required]]`): a match of it in the same file, near enough. */
export interface RequiredRule {
  readonly id: string;
  /** At most this many lines above or below the composite rule's secret. */
  readonly withinLines?: number;
  /** Starting at most this many columns left or right of the composite rule's secret. */
  readonly withinColumns?: number;
}

/** A validated, frozen rule as the engine consumes it. */
export interface RuleSpec {
  readonly id: string;
  readonly kind: RuleKind;
  readonly description: string;
  readonly severity: Severity;
  readonly precision: Precision;
  /** See Confidence; a pack that gives none gets it from `precision` (very-high and high: high). */
  readonly confidence: Confidence;
  /** Lower-case literals; the rule runs only on blobs containing one of them (case-insensitive). Empty: always runs. */
  readonly keywords: readonly string[];
  /**
   * The regular expression's source; '' when `detector` is set. JavaScript syntax, compiled with the `g` flag plus
   * `flags`, unless `syntax` is 're2'.
   */
  readonly pattern: string;
  /**
   * 're2': `pattern` is Go (RE2) syntax, a regex a user wrote (a custom rule, a gitleaks config's rule); the engine
   * runs it with Go's semantics in linear time (patterns/re2.ts). Absent: JavaScript syntax on V8 (built-in rules).
   */
  readonly syntax?: 're2';
  /** A detector other than `pattern` (see DetectorName). */
  readonly detector?: DetectorName;
  /** 'binary-artefact': content signatures. */
  readonly magic?: readonly MagicSpec[];
  /** 'dependency-folder': folder names. */
  readonly folders?: readonly FolderSpec[];
  /** 'large-blob': thresholds; the first entry whose paths match a blob's path applies. */
  readonly sizeLimits?: readonly SizeLimit[];
  /**
   * The secret is a URL's password (`scheme://user:secret@host`): a match whose host is a documentation domain
   * (example.com/.net/.org, .example, .test, .invalid, mycompany.com...) is a documentation example, counted as
   * suppressed with that reason instead of reported.
   */
  readonly documentationHosts?: boolean;
  /** 'file' credential rules: report the file even when content rules already report values in it. */
  readonly keepWithContent?: boolean;
  readonly flags: string;
  /** Capture group holding the secret (0 = whole match; -1 = the first group that matched text, else the whole match, as gitleaks). */
  readonly secretGroup: number;
  /** Minimum Shannon entropy (bits per character) of the secret; undefined = no floor. */
  readonly minEntropy?: number;
  /** Name of a structural check the secret must pass (e.g. a checksum), see engine/validators.ts. */
  readonly validate?: string;
  /** Regex sources; a secret matching any of them is not a finding. */
  readonly allowValues: readonly string[];
  /** Globs: when non-empty, the rule reports only for paths matching one of them. */
  readonly paths: readonly string[];
  /** Globs: the rule never reports for paths matching one of them. */
  readonly excludePaths: readonly string[];
  /** Regex sources (searched in the path): when non-empty, the rule reports only for paths matching one (gitleaks `path`). */
  readonly pathRegexes?: readonly string[];
  /** Regex sources: the rule never reports for paths matching one of them (gitleaks allowlist `paths`). */
  readonly excludePathRegexes?: readonly string[];
  /**
   * Which rule reports a secret that several rules match (engine/overlap.ts): the higher wins. Unset: 100 for
   * provider rules, 50 for credential rules, 0 for generic ones. betterleaks `specificity`; a gitleaks rule whose id
   * contains "generic" is 0, as gitleaks gives way to any other rule there.
   */
  readonly specificity?: number;
  /** gitleaks allowlists kept whole (see RuleAllowlist): a match any of them allows is not a finding. */
  readonly allowlists?: readonly RuleAllowlist[];
  /** A composite rule: it reports a match only where every one of these rules matches too (see RequiredRule). */
  readonly required?: readonly RequiredRule[];
  /** The rule's matches only serve composite rules that require it; never reported (gitleaks `skipReport`). */
  readonly skipReport?: boolean;
  /** Skip the shared placeholder allowlist (for rules whose secrets legitimately look like words). */
  readonly skipPlaceholderCheck: boolean;
  /**
   * Every match of `pattern` starts where one of `keywords` occurs (ASCII case-insensitive): the engine runs the
   * pattern only at those places instead of over the whole text (the prefilter already knows them).
   */
  readonly startsWithKeyword?: boolean;
  readonly tags: readonly string[];
  /**
   * The rule's documentation (RuleDocs). A rule parsed from a pack has it; the built-in rules of the bundle keep it in
   * a file of its own, read only by what shows it: ruleset/docs.ts `ruleDocs` gives it for any rule.
   */
  readonly references?: readonly string[];
  readonly remediation?: string;
  readonly examples?: RuleDocs['examples'];
  /** File the rule came from (for messages). */
  readonly source: string;
}

/** What a rule's documentation holds: links, the steps to rotate and purge, and its examples. */
export interface RuleDocs {
  readonly references: readonly string[];
  /** Markdown: how to rotate and purge. */
  readonly remediation: string;
  readonly examples: { readonly match: readonly RuleExample[]; readonly ignore: readonly RuleExample[] };
}
