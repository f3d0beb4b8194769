// Allow comments: `leakgate:allow [rule-id ...] [-- reason]` in a comment anywhere on a line, in any comment syntax,
// covers that line's matches; naming rules narrows it, so a different secret of another rule on the same line is still reported.
// gitleaks' `gitleaks:allow` marker covers every rule, as it does in gitleaks, for users switching over.

import type { InlineAllow } from '../core/types.js';

/** One allow comment found on a line. */
export interface AllowComment extends InlineAllow {
  /** Rule ids it is limited to; empty = every rule. */
  readonly rules: readonly string[];
}

/**
 * The marker right after a comment opener (`//`, `#`, `/*`, `*`, `<!--`, `--`, `;`, `%`, `{#`, `{{!`, `{{/*`, `(*`,
 * `REM`, `::`, or `'`/`"` followed by a space), as a word of its own. Requiring the opener keeps the marker's
 * mention in prose, strings and minified one-line files (`"see leakgate:allow"`) from allowing a whole line.
 */
const MARKER =
  /(?:\/\/+|#+|\/\*+|\*|<!--|--|;+|%+|\{#|\{\{!(?:--)?|\{\{-?\/\*|\(\*|\b[Rr][Ee][Mm]\b|::|['"](?=[ \t]))[ \t]*(leakgate|gitleaks):allow(?![A-Za-z0-9_-])/g;
/** A rule id after the marker (separated by spaces or commas); stops at `--`, a comment closer or anything else. */
const RULE_ID = /[ \t,]*([A-Za-z0-9][A-Za-z0-9_.-]*)/y;
const REASON = /^[ \t,]*--[ \t]*(.*)$/;
/** Comment closers left after a reason (`*\/`, `-->`, `%>`, `#}`, `}}`, `*)`, `-}`), or the opener of a next comment. */
const CLOSER = /\s*(?:\*\/|-->|%>|#\}|\}\}|\*\)|-\}|\s(?:#|\/\/|\/\*|<!--|;|%|--))\s*$/;
const MAX_REASON = 200;

/** Quick test before parsing: a line without this substring has no allow comment. */
export const ALLOW_HINT = ':allow';

/** Every allow comment on one line of text, in order; empty when there is none. */
export function parseAllowComments(text: string): AllowComment[] {
  if (!text.includes(ALLOW_HINT)) return [];
  const line = text.replace(/[\r\n]+$/, '');
  const found: { marker: AllowComment['marker']; start: number; end: number }[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(line)) !== null) {
    found.push({ marker: m[1] === 'gitleaks' ? 'gitleaks:allow' : 'leakgate:allow', start: m.index, end: MARKER.lastIndex });
  }
  const comments: AllowComment[] = [];
  found.forEach(({ marker, end }, i) => {
    // A comment's text runs to the next marker on the line, if any.
    const rest = line.slice(end, found[i + 1]?.start ?? line.length);
    const rules: string[] = [];
    let tail = rest;
    if (marker === 'leakgate:allow') {
      RULE_ID.lastIndex = 0;
      let id: RegExpExecArray | null;
      let consumed = 0;
      while ((id = RULE_ID.exec(rest)) !== null) {
        rules.push(id[1]!.replace(/[.-]+$/, ''));
        consumed = RULE_ID.lastIndex;
      }
      tail = rest.slice(consumed);
    }
    const reason = stripClosers(REASON.exec(tail)?.[1] ?? '').slice(0, MAX_REASON);
    comments.push(reason ? { marker, rules, reason } : { marker, rules });
  });
  return comments;
}

/** A reason without the comment closers after it (`*\/}}` closes a Helm comment: two of them). */
function stripClosers(text: string): string {
  let out = text.trim();
  for (let prior = ''; prior !== out; ) {
    prior = out;
    out = out.replace(CLOSER, '').trim();
  }
  return out;
}

/** The allow comment that covers a match of `ruleId`, if any (the first one on the line that does). */
export function allowFor(comments: readonly AllowComment[], ruleId: string): InlineAllow | undefined {
  for (const comment of comments) {
    if (comment.rules.length === 0 || comment.rules.includes(ruleId)) {
      return comment.reason === undefined ? { marker: comment.marker } : { marker: comment.marker, reason: comment.reason };
    }
  }
  return undefined;
}
