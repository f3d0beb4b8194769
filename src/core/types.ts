// What a scan reads and what it finds, shared by every stage of the pipeline (sources -> engine -> scan -> report):
// a Blob is bytes plus a content hash, an Origin is where it was seen, a Match is a rule's hit in a blob, a Finding
// is a match attached to the origin that introduced it.

import type { Confidence, RuleKind, Severity } from './rule.js';

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

/** Decides early which paths a source should skip (allowlisted paths); the source never sees the config. */
export type PathFilter = (path: string) => boolean;

