// Markdown pieces for the job summary and the PR comment: untrusted text (paths, secrets, commit data) goes
// into code spans, where GitHub renders no formatting, links, mentions or HTML, and table pipes are escaped.

import { printable } from '../report/text.js';

/** Text as an inline code span that is safe inside a table cell. */
export function code(text: string): string {
  const clean = printable(text).replace(/\|/g, '\\|');
  if (clean === '') return '` `';
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A link whose text is markdown already made safe and whose URL is built from percent-encoded parts. */
export function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** "1 finding" / "2 findings". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
