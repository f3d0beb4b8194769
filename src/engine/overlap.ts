// When several rules match the same characters, only the most specific one reports.

import type { RuleSpec } from '../core/rule.js';
import type { Match } from '../core/types.js';

/**
 * Provider-specific secret rules (100) beat credential-file rules (50), which beat generic assignment rules (0); a
 * rule may say its own (a gitleaks config's, see RuleSpec.specificity).
 */
export function specificity(rule: RuleSpec): number {
  if (rule.specificity !== undefined) return rule.specificity;
  if (rule.tags.includes('generic')) return 0;
  if (rule.kind === 'credential') return 50;
  return 100;
}

const PRECISION_RANK = { 'very-high': 3, high: 2, medium: 1, low: 0 } as const;

function overlaps(a: Match, b: Match): boolean {
  const aStart = a.line * 1e7 + a.column;
  const aEnd = a.endLine * 1e7 + a.endColumn;
  const bStart = b.line * 1e7 + b.column;
  const bEnd = b.endLine * 1e7 + b.endColumn;
  return aStart < bEnd && bStart < aEnd;
}

/** Drops every match that overlaps a match of a more specific (then more precise, then earlier) rule that is not an example. */
export function resolveOverlaps(matches: readonly Match[], ruleOf: (id: string) => RuleSpec | undefined): Match[] {
  if (matches.length < 2) return [...matches];
  const rank = (m: Match): number[] => {
    const rule = ruleOf(m.ruleId);
    return rule ? [specificity(rule), PRECISION_RANK[rule.precision]] : [0, 0];
  };
  return matches.filter((m, i) =>
    !matches.some((other, j) => {
      if (j === i || other.ruleId === m.ruleId || !overlaps(m, other)) return false;
      // A documentation example (counted, never reported) does not hide another rule's real match.
      if (other.example !== undefined && m.example === undefined) return false;
      const [a0, a1] = rank(m);
      const [b0, b1] = rank(other);
      if (b0! !== a0!) return b0! > a0!;
      if (b1! !== a1!) return b1! > a1!;
      return other.ruleId < m.ruleId;
    }),
  );
}
