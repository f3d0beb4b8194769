// Translates the RE2/Go regular expressions of gitleaks configs that run on V8 (rule `path` and allowlist patterns;
// rule regexes run as written on RE2, patterns/re2.ts) into JavaScript ones: leading flag groups become
// flags, `(?P<name>` becomes `(?<name>`, `\A`/`\z` anchors, POSIX classes and `\Q...\E` quoting are rewritten.
// What cannot be expressed is reported, never silently changed.

export interface TranslatedRegex {
  readonly source: string;
  readonly flags: string;
  /** Set when the pattern had to be widened (a case-insensitive group applied to the whole pattern). */
  readonly note?: string;
}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Translates one Go regex; throws an Error whose message says what is not supported. */
export function translateGoRegex(pattern: string): TranslatedRegex {
  let source = pattern;
  const flags = new Set<string>();
  let note: string | undefined;
  // Leading flag groups: (?i), (?s), (?m), (?is)...
  for (let m = /^\(\?([imsU]+)\)/.exec(source); m; m = /^\(\?([imsU]+)\)/.exec(source)) {
    for (const f of m[1]!) {
      if (f === 'U') throw new Error('the ungreedy flag (?U) has no JavaScript equivalent');
      flags.add(f);
    }
    source = source.slice(m[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) throw new Error('trailing backslash');
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = source.slice(i + 2, end === -1 ? source.length : end);
        out += escapeLiteral(literal);
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (!inClass && next === 'A') {
        out += '(?<![\\s\\S])';
        i++;
        continue;
      }
      if (!inClass && next === 'z') {
        out += '(?![\\s\\S])';
        i++;
        continue;
      }
      if (next === 'x' && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        const hex = end === -1 ? '' : source.slice(i + 3, end);
        if (!/^[0-9A-Fa-f]{1,4}$/.test(hex)) throw new Error(`unsupported escape \\x{${hex}}`);
        out += `\\u${hex.padStart(4, '0')}`;
        i = end;
        continue;
      }
      if (next === 'p' || next === 'P') throw new Error('Unicode classes (\\p) are not supported');
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') {
        const end = source.indexOf(':]', i + 2);
        const name = end === -1 ? '' : source.slice(i + 2, end);
        const negated = name.startsWith('^');
        const range = POSIX[negated ? name.slice(1) : name];
        if (!range || negated) throw new Error(`unsupported character class [:${name}:]`);
        out += range;
        i = end + 1;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` or `^]` right after the opening bracket is a literal in Go.
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (source[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      if (source[i + 2] === 'P' && source[i + 3] === '<') {
        out += '(?<';
        i += 3;
        continue;
      }
      const group = /^\(\?([a-zA-Z-]+)([:)])/.exec(source.slice(i));
      if (group) {
        if (group[2] === ':' && group[1] === 'i') {
          // JavaScript on Node 20 has no inline modifiers: apply case-insensitivity to the whole pattern.
          flags.add('i');
          note = 'a case-insensitive group (?i:...) was applied to the whole pattern';
          out += '(?:';
          i += group[0].length - 1;
          continue;
        }
        throw new Error(`inline flags (?${group[1]}${group[2]} are not supported in the middle of a pattern`);
      }
    }
    out += c;
  }
  const result = { source: out, flags: [...flags].filter((f) => f !== 'U').sort().join('') };
  try {
    new RegExp(result.source, `gd${result.flags}`);
  } catch (error: unknown) {
    throw new Error(`does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  return note ? { ...result, note } : result;
}
