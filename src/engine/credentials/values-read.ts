// Readers for the value assigned to a key, one per syntax family, for the credential detector (engine/credentials/):
// quoted literals (JSON, YAML, TOML, shell, PHP, Python, Ruby, JavaScript, Go, Java/Kotlin, C#), XML element text,
// connection-string and query parts (ADO.NET, JDBC, ODBC, DSNs), and unquoted config values (YAML, INI,
// properties, .env, shell). Every reader is bounded: it reads at most a few hundred characters from where it starts,
// so a 50 MB single-line file costs what its key names cost.

/** A value's characters: text[start, end) of the blob's Latin-1 view. */
export interface ValueSpan {
  readonly start: number;
  readonly end: number;
  /** `config`: an unquoted value at the start of a line, meaningful only in config files (the config rule's paths). */
  readonly kind: 'literal' | 'config';
}

/** Longest value read; longer is not a credential a person typed or a tool wrote on one line. */
const MAX_VALUE = 400;
/** How far back a line's start is looked for (a config key starts a short line). */
const MAX_PREFIX = 200;

const QUOTE_DOUBLE = 34;
const QUOTE_SINGLE = 39;

function isQuote(code: number): boolean {
  // Backticks are left out: in Markdown and comments they quote words (`high`), not values.
  return code === QUOTE_DOUBLE || code === QUOTE_SINGLE;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** Index after an assignment operator at `at` (`=`, `:`, `:=`, `=>`; not `==`, `=~`, `::`), or -1. */
export function afterOperator(text: string, at: number): number {
  const c = text[at];
  const next = text[at + 1];
  if (c === ':') {
    if (next === '=') return at + 2;
    return next === ':' ? -1 : at + 1;
  }
  if (c === '=') {
    if (next === '>') return at + 2;
    return next === '=' || next === '~' ? -1 : at + 1;
  }
  return -1;
}

/**
 * A quoted literal starting at `at` (after optional Python string prefixes): the characters between the quotes,
 * on one line. Undefined for triple quotes, an unterminated string, or a literal concatenated with code.
 */
export function readQuoted(text: string, at: number): ValueSpan | undefined {
  let p = at;
  for (let i = 0; i < 2 && /[rRbBfFuU]/.test(text[p] ?? ''); i++) p++;
  const quote = text.charCodeAt(p);
  if (!isQuote(quote)) return undefined;
  if (text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote) return undefined;
  const start = p + 1;
  const limit = Math.min(text.length, start + MAX_VALUE);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return undefined;
    if (c === 92) {
      i++;
      continue;
    }
    if (c !== quote) continue;
    // `"abc" + suffix`, `'abc' . $x`, `"%s" % x`: part of an expression, not the whole value.
    const after = skipSpaces(text, i + 1);
    const op = text[after];
    if (op === '+' || op === '%' || (op === '.' && after > i + 1)) return undefined;
    return { start, end: i, kind: 'literal' };
  }
  return undefined;
}

/** The text of an XML element whose name ends at `at` (`<Pass encoding="base64">value</Pass>`), or undefined. */
export function readElement(text: string, at: number): ValueSpan | undefined {
  let p = at;
  if (text[p] !== '>') {
    if (text[p] !== ' ' && text[p] !== '\t') return undefined;
    const close = text.indexOf('>', p);
    if (close === -1 || close - p > MAX_PREFIX || text[close - 1] === '/' || text.slice(p, close).includes('<')) return undefined;
    p = close;
  }
  let start = p + 1;
  const open = text.indexOf('<', start);
  if (open === -1 || open - start > MAX_VALUE || text[open + 1] !== '/') return undefined;
  let end = open;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (text.slice(start, end).includes('\n')) return undefined;
  return { start, end, kind: 'literal' };
}

/** A connection-string or query part's value at `at` (`Password=value;`, `PWD={value}`, `?password=value&`). */
export function readPart(text: string, at: number): ValueSpan | undefined {
  if (text[at] === '{') {
    const close = text.indexOf('}', at);
    if (close === -1 || close - at > MAX_VALUE || text.slice(at, close).includes('\n')) return undefined;
    // `{name:N}`: a format specifier or a generated-example placeholder, not an ODBC-quoted value.
    if (/^[A-Za-z0-9_]+:[^{}\s]*$/.test(text.slice(at + 1, close))) return undefined;
    return { start: at + 1, end: close, kind: 'literal' };
  }
  const limit = Math.min(text.length, at + MAX_VALUE);
  let end = at;
  while (end < limit && !/[;&"'`\s<>)]/.test(text[end]!)) end++;
  return end > at ? { start: at, end, kind: 'literal' } : undefined;
}

/** Whether the character before `at` (spaces skipped) starts a connection-string or query part. */
export function startsPart(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  const c = text[p];
  if (c === ';' || c === '?' || c === '&' || c === '"' || c === "'") return true;
  // libpq-style keyword/value strings: `host=db user=app password=...`.
  return p < at - 1 && /[A-Za-z_]=[^\s;=]+$/.test(text.slice(Math.max(0, p - 60), p + 1));
}

/** Whether a key at `at` opens its line, as in a config file (after `export`, `set`, `setx`, a YAML `- `). */
export function opensLine(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  if (p === 0 || text.charCodeAt(p - 1) === 10) return true;
  // A short word before the key: read back at most a few characters, never to the start of a long line.
  return /(?:^|\n)[ \t]*(?:(?:export|set|setx|declare[ \t]+-x|SetEnv|setenv|env|ENV|ARG)[ \t]+|-[ \t]+|\$env:)$/.test(text.slice(Math.max(0, at - 24), at));
}

/** An unquoted config value at `at`, to the end of the line, without an inline comment. */
export function readUnquoted(text: string, at: number): ValueSpan | undefined {
  const c = text[at];
  if (c === undefined || c === '|' || c === '>' || c === '\n' || c === '\r') return undefined;
  const limit = Math.min(text.length, at + MAX_VALUE);
  let end = at;
  while (end < limit && text[end] !== '\n') end++;
  if (end === limit && limit < text.length) return undefined;
  let value = text.slice(at, end);
  const comment = /[ \t](?:#|;|\/\/)/.exec(value);
  if (comment) value = value.slice(0, comment.index);
  value = value.replace(/[\s,]+$/, '');
  return value === '' ? undefined : { start: at, end: at + value.length, kind: 'config' };
}

export { isQuote, skipSpaces };
