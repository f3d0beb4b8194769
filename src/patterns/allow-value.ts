// Allow-value patterns (a rule's `allowValues`, a config's allowlist regexes): compiled the same way wherever they
// are checked (the config's schema) or run (the engine).

/**
 * An allowValues pattern; a leading flag group such as `(?i)` or `(?is)` (flags i, m, s) applies those flags to the
 * whole pattern (JavaScript has no inline flags).
 */
export function compileAllowValue(source: string): RegExp {
  const flags = /^\(\?([ims]+)\)/.exec(source);
  return flags ? new RegExp(source.slice(flags[0].length), [...new Set(flags[1])].join('')) : new RegExp(source);
}

/**
 * An exact value as an allow pattern. The engine tests allow patterns on the secret as it sits in a Latin-1 view
 * of the bytes (engine/detect.ts), so a non-ASCII literal is written as its UTF-8 bytes.
 */
export function literalPattern(value: string): string {
  const bytes = Buffer.from(value, 'utf8').toString('latin1');
  return `^${bytes.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`;
}

const LITERAL_PATTERN = /^\^(?:\\[\\^$.*+?()[\]{}|/-]|[^\\^$.*+?()[\]{}|/-])*\$$/;

/** True for a pattern `literalPattern` makes: it matches one exact string and cannot backtrack. */
export function isLiteralPattern(pattern: string): boolean {
  return LITERAL_PATTERN.test(pattern);
}
