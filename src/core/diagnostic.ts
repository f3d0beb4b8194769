// Diagnostics: odd data met during a scan (sources -> engine -> scan), recorded and reported, never fatal, and which
// of them mean that something was not fully scanned. This file imports nothing.

/** What a diagnostic is about (see INCOMPLETE_CODES for those that mean something was not fully scanned). */
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

/** Odd data met during a scan: recorded, skipped, never fatal. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly detail: string;
  readonly blobId?: string;
  readonly path?: string;
  readonly ruleId?: string;
}

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
