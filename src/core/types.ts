// Shared types for every stage of the pipeline (sources -> engine -> scan -> report); this file imports nothing.

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
export const CREDENTIAL_DETECTORS: readonly DetectorName[] = ['credential-assignment', 'credential-config'];
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

/** Bytes of one unique piece of content, identified by its git object id (or a content hash outside git). */
export interface Blob {
  readonly id: string;
  readonly bytes: Uint8Array;
  /**
   * Only matches touching these lines (inclusive 1-based ranges, ascending) can count, as for a staged change:
   * the detector may then scan just those lines and their surroundings. Absent: the whole blob counts.
   */
  readonly focus?: ReadonlyArray<readonly [number, number]>;
}

/** Who made a commit and when. */
export interface CommitInfo {
  readonly id: string;
  readonly author: string;
  readonly email: string;
  /** ISO 8601 author date. */
  readonly date: string;
  readonly summary: string;
}

/** Where a blob was seen: a path, and in git scans the commit that introduced it there. */
export interface Origin {
  readonly path: string;
  readonly commit?: CommitInfo;
  /**
   * When set, only findings whose line falls in one of these inclusive [first, last] line ranges count
   * (the added lines of a diff). Undefined: every line counts.
   */
  readonly lines?: ReadonlyArray<readonly [number, number]>;
}

/** One rule match inside one blob, as the engine reports it (no path, no commit). */
export interface Match {
  readonly ruleId: string;
  readonly blobId: string;
  /** The secret (capture group) in clear; reporters redact it. */
  readonly secret: string;
  /** 1-based line and column (UTF-16 code units) of the secret's first character. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column one past the secret's last character. */
  readonly endLine: number;
  readonly endColumn: number;
  /** The line holding the secret, cut to a bounded window around it; contains the secret in clear. */
  readonly snippet: string;
  readonly entropy: number;
  /** How sure this match is a real credential, when its detector judges each value (else the rule's `confidence`). */
  readonly confidence?: Confidence;
  /** Set when an allow comment on the secret's line (or its last line) covers this match's rule. */
  readonly allowed?: InlineAllow;
  /** Set when the match is a documentation example (the reason): counted as suppressed, never a finding. */
  readonly example?: string;
  /**
   * Indexes into the rule's `allowlists` of those whose content criteria hold for this match but which also name
   * paths or commits: whether they allow it is decided per origin.
   */
  readonly allowlisted?: readonly number[];
  /**
   * Found by a rule run only because a composite rule requires it (none of its keywords is in the blob; gitleaks
   * runs required rules whatever their keywords): it counts for composite rules and is never reported itself.
   */
  readonly requiredOnly?: boolean;
  /**
   * Set when the secret was found in decoded text: the encodings undone, outermost first (`['base64', 'percent']`).
   * The position is then that of the encoded text in the blob, and the snippet is the decoded line.
   */
  readonly decoded?: readonly string[];
  /**
   * Set when the secret was found in a member of an archive blob: the member's names, outermost first, joined by `!`
   * (`lib/b.jar!conf/x.properties`). A gzip stream that names no file is named after its archive (`x.gz` -> `x`);
   * the engine cannot name it at the outermost level (it never sees paths) and leaves that name empty. Line and
   * column are then the member's own; the finding's path is the blob's path, `!`, and this.
   */
  readonly member?: string;
}

/** An allow comment that covers a match: `leakgate:allow [rule ...] [-- reason]` or `gitleaks:allow`. */
export interface InlineAllow {
  readonly marker: 'leakgate:allow' | 'gitleaks:allow';
  readonly reason?: string;
}

/** One place of a finding's secret in its blob: 1-based line and column of the first character, end one past the last. */
export interface FindingLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** An allow comment covers the secret at this place (the finding is allowed only when every place is). */
  readonly allowed?: boolean;
}

/** A reported finding: a match attached to the origin that introduced it. */
export interface Finding extends Match {
  /** The match's own confidence when its detector judged it, else the rule's; the highest of its locations. */
  readonly confidence: Confidence;
  /**
   * Every place of the same secret (same rule) in the reported blob: the finding's own line and column first (the
   * first place not allowed), then the others in line order; absent when there is only that one. Not part of the
   * fingerprint.
   */
  readonly locations?: readonly FindingLocation[];
  readonly severity: Severity;
  readonly kind: RuleKind;
  readonly path: string;
  readonly commit?: CommitInfo;
  /** Content-based identity: rule + secret (+ path where the rule says so); never line numbers or commits. */
  readonly fingerprint: string;
  /** Other places (blob/path/commit) holding the same finding, beyond the reported one. */
  readonly otherOccurrences: number;
  /** File-level findings: size in bytes of the (largest) blob reported. */
  readonly size?: number;
  /** File-level findings in git scans: whether the reported content is still at HEAD under this path. */
  readonly inHead?: boolean;
}

/** The file of the repository that holds a finding: its path, or for an archive member the archive's path. */
export function containerPath(finding: Pick<Finding, 'path' | 'member'>): string {
  const { path, member } = finding;
  return member !== undefined && path.endsWith(`!${member}`) ? path.slice(0, path.length - member.length - 1) : path;
}

export type DiagnosticCode =
  | 'missing-object'
  | 'missing-parent'
  | 'too-large'
  | 'regex-timeout'
  | 'read-error'
  | 'not-a-commit'
  | 'git-warning'
  | 'unreachable'
  | 'match-limit'
  | 'decode-limit'
  | 'archive-unreadable'
  | 'archive-limit'
  | 'archive-depth'
  | 'archive-member-name'
  | 'cache-ignored'
  | 'shallow-history'
  | 'partial-clone';

/**
 * Diagnostics that mean something was not (fully) looked at: a blob not read, too large for the secret rules, a
 * rule stopped on it, a file that could not be read, a pushed ref that is not a commit, matches with no known path.
 * An archive or member that could not be opened (corrupt, encrypted, truncated, an unknown compression) or that passes
 * the archive limits (a possible bomb) is one too.
 * A hook or the Action never passes a scan that has one (exit 2) unless the user allows it; an audit reports them.
 * The others are notes: a parent blob missing for a diff (the child then counts whole, more is scanned, not less),
 * git's warnings, the match limit (the rule already reports that blob), the cache, the scope of a shallow clone,
 * archives nested deeper than the depth asked for (like the decoding depth, the user's bound), a member whose name
 * climbs out of the archive or is absolute (its content is still scanned).
 */
export const INCOMPLETE_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'missing-object',
  'too-large',
  'regex-timeout',
  'read-error',
  'not-a-commit',
  'unreachable',
  'archive-unreadable',
  'archive-limit',
]);

/** Whether a diagnostic says that something was not (fully) scanned (see INCOMPLETE_CODES). */
export function isIncomplete(diagnostic: Diagnostic): boolean {
  return INCOMPLETE_CODES.has(diagnostic.code);
}

/** How archives in blobs are opened (engine/archive): nesting depth (0: never) and per-blob limits. */
export interface ArchiveLimits {
  /** Levels of archives opened: 1 opens an archive blob's members, 2 also the archives among them, and so on. */
  readonly depth: number;
  /** Uncompressed bytes one blob's archives may produce, over every level. */
  readonly maxBytes: number;
  /** Members one blob's archives may hold, over every level. */
  readonly maxMembers: number;
  /** A member larger than 1 MiB may be at most this many times its compressed size (a bomb otherwise). */
  readonly maxRatio: number;
}

/** The deepest nesting of encodings decoded (decode.depth, --decode-depth) and of archives opened (archives.depth). */
export const MAX_NESTING_DEPTH = 8;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = Object.freeze({ depth: 4, maxBytes: 64 * 1024 * 1024, maxMembers: 10_000, maxRatio: 100 });

/** Odd data met during a scan: recorded, skipped, never fatal. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly detail: string;
  readonly blobId?: string;
  readonly path?: string;
  readonly ruleId?: string;
}

/** What kind of scan produced a report (SARIF runAutomationDetails, text headline). */
export type ScanKind = 'history' | 'tree' | 'staged' | 'range' | 'stdin';

/** Counters every scan reports, so that a scan that scanned nothing says so. */
export interface ScanStats {
  blobs: number;
  bytes: number;
  binarySkipped: number;
  commits: number;
  /** Blobs in which the prefilter found a keyword of some rule (their content went on to that rule's regex where it applies). */
  blobsMatched: number;
  /** Blobs replayed from the scan cache instead of being read (history scans). */
  cachedBlobs?: number;
  /** Commits of an earlier scan not walked again: history only grew since, and their blobs came from the cache. */
  cachedCommits?: number;
  durationMs: number;
}

/** One of the largest blobs of a scan. */
export interface LargeBlob {
  readonly blobId: string;
  readonly size: number;
  /** The first path where it was introduced. */
  readonly path: string;
  readonly commit?: string;
  readonly inHead?: boolean;
}

/** Repository size figures gathered in the same pass as the findings (`scan --health`). */
export interface RepoHealth {
  /** Unique blobs and their bytes. */
  readonly blobs: number;
  readonly bytes: number;
  /** The largest blobs, largest first. */
  readonly largest: readonly LargeBlob[];
  /** Binary blobs (a NUL byte in the first 8,000 bytes) stored in Git rather than in LFS. */
  readonly binaryOutsideLfs: { readonly count: number; readonly bytes: number };
  /** Git LFS pointer blobs (their content lives in LFS). */
  readonly lfsPointers: number;
}

/**
 * Why a finding was not reported: an allow comment, the ignore file, the baseline, a documentation example, or a
 * confidence below the scan's minimum (`--min-confidence`, `minConfidence`).
 */
export type SuppressionKind = 'inline' | 'ignore' | 'baseline' | 'example' | 'confidence';

export interface Suppression {
  readonly kind: SuppressionKind;
  readonly reason?: string;
  /** File that holds the suppression (ignore file or baseline), for messages. */
  readonly source?: string;
}

/** A `.gitleaksignore` entry: gitleaks fingerprints name a rule, a path, a line and (in git scans) a commit. */
export interface GitleaksIgnoreEntry {
  readonly ruleId: string;
  readonly path: string;
  readonly line: number;
  readonly commit?: string;
}

/** What to suppress, loaded at the edge (config/settings.ts) and passed to the scan as data. */
export interface SuppressionInput {
  /** Fingerprint -> reason (or undefined), from `.leakgateignore`. */
  readonly ignored: ReadonlyMap<string, string | undefined>;
  readonly ignoreSource?: string;
  readonly gitleaksIgnored?: readonly GitleaksIgnoreEntry[];
  readonly gitleaksIgnoreSource?: string;
  /** Fingerprints of the baseline file. */
  readonly baseline?: ReadonlySet<string>;
  readonly baselineSource?: string;
}

/** A finding that was found and then suppressed; reporters count it and may list it, never as a failure. */
export interface SuppressedFinding extends Finding {
  readonly suppression: Suppression;
}

/** Decides early which paths a source should skip (allowlisted paths); the source never sees the config. */
export type PathFilter = (path: string) => boolean;

/** Lowest severity that fails a scan (exit code 1); `none` never fails. */
export type FailOn = Severity | 'none';

/** Size thresholds for hygiene rules, from the config file; passed through as data. */
export interface HygieneSettings {
  /** Blobs larger than this are reported by the oversized-blob rule; undefined = the rule's default. */
  readonly maxBlobBytes?: number;
  /** Per-path thresholds (picomatch globs); the first matching entry wins over `maxBlobBytes`. */
  readonly paths: readonly { readonly glob: string; readonly maxBytes: number }[];
}

/** Everything a reporter needs; reporters never read files or git. */
export interface ScanReport {
  readonly kind: ScanKind;
  readonly target: string;
  readonly findings: readonly Finding[];
  /** Findings hidden by an allow comment, the ignore file or the baseline (absent: none). */
  readonly suppressed?: readonly SuppressedFinding[];
  readonly rules: readonly RuleSpec[];
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: ScanStats;
  readonly toolVersion: string;
  /** Size figures of what was scanned (absent from reports built without them). */
  readonly health?: RepoHealth;
}
