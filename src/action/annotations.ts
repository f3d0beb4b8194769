// Annotations for findings: which ones, at which level, with what text. main.ts emits them through @actions/core.

import { SEVERITIES, type RuleSpec } from '../core/rule.js';
import { containerPath, type Finding } from '../core/types.js';
import { shownSecret } from '../report/redact.js';
import { printable } from '../report/text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
  /** Undefined when the file is not in the checkout (a finding only in history): no link to a missing file. */
  readonly file: string | undefined;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface AnnotationOptions {
  readonly showSecrets: boolean;
  /** Whether the path is a file of the checkout (absent: every path is). */
  readonly inCheckout?: (path: string) => boolean;
  /** For a finding no longer in the scanned commit: a clause saying so (and where it went); it gets no file link. */
  readonly historyOnly?: (f: Finding) => string | undefined;
}

/** GitHub shows at most 10 annotations of each level per step; more are dropped without a word. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: Record<Finding['severity'], AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** Up to `cap` annotations per level (most severe first, then report order), and how many findings were left out. */
export function selectAnnotations(
  findings: readonly Finding[],
  rules: readonly RuleSpec[],
  options: AnnotationOptions & { readonly cap?: number },
): { annotations: Annotation[]; omitted: number } {
  const cap = options.cap ?? ANNOTATIONS_PER_LEVEL;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const severity of SEVERITIES) {
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const level = LEVELS[severity];
      if (used[level] >= cap) {
        omitted++;
        continue;
      }
      used[level]++;
      annotations.push(toAnnotation(f, byId.get(f.ruleId), level, options));
    }
  }
  return { annotations, omitted };
}

function toAnnotation(
  f: Finding,
  rule: RuleSpec | undefined,
  level: AnnotationLevel,
  options: AnnotationOptions,
): Annotation {
  const what = rule?.description ?? f.ruleId;
  const commit = f.commit ? ` Introduced in commit ${f.commit.id.slice(0, 12)}.` : '';
  const secret = f.kind === 'hygiene' || f.secret === '' ? '' : `: ${printable(shownSecret(f.secret, options))}`;
  const sameLine = f.endLine === f.line;
  const gone = options.historyOnly?.(f);
  // An archive member's finding is annotated on the archive, at its first line; the message names the member.
  const file = containerPath(f);
  const inArchive = file !== f.path;
  const present = !gone && (options.inCheckout?.(file) ?? true);
  const where = present
    ? inArchive
      ? ` In archive member ${printable(f.member ?? '')} line ${f.line}.`
      : ''
    : gone
      ? ` In ${printable(f.path)} line ${f.line} of that commit, ${gone}.`
      : ` In ${printable(f.path)} line ${f.line}, a file that is not in the checked-out commit (only in history).`;
  const fix = present && inArchive
    ? 'Rotate it and rebuild the archive without it, or list its fingerprint in the ignore file if it is already revoked.'
    : present
    ? `Rotate and remove it, or allow it with "leakgate:allow ${f.ruleId}" on the line.`
    : f.kind === 'hygiene'
      ? 'It stays in every clone until the history is rewritten.'
      : 'Rotate it: it stays readable in history; list it in a baseline or ignore file if it is already revoked.';
  return {
    level,
    title: `leakgate ${f.ruleId} (${f.severity})`,
    message: `${what}${secret}.${commit}${where} Fingerprint ${f.fingerprint}. ${fix}`,
    file: present ? file : undefined,
    startLine: inArchive ? 1 : f.line,
    endLine: inArchive ? 1 : f.endLine,
    // GitHub accepts columns only on single-line annotations.
    ...(sameLine && !inArchive ? { startColumn: f.column, endColumn: f.endColumn } : {}),
  };
}
