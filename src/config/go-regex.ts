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
  const flags = new Set<string>();
  let source = pattern;
  // Leading flag groups: (?i), (?s), (?m), (?is)...
  for (let m = /^\(\?([imsU]+)\)/.exec(source); m; m = /^\(\?([imsU]+)\)/.exec(source)) {
    for (const f of m[1]!) {
      if (f === 'U') throw new Error('the ungreedy flag (?U) has no JavaScript equivalent');
      flags.add(f);
    }
    source = source.slice(m[0].length);
  }
  let out = '';
  let note: string | undefined;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let step: Step | undefined;
    if (c === '\\') step = escape(source, i, inClass);
    else if (inClass) {
      step = classPart(source, i);
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      step = classOpening(source, i);
    } else if (c === '(' && source[i + 1] === '?') {
      step = groupOpening(source, i);
      if (step?.caseInsensitive) {
        // JavaScript on Node 20 has no inline modifiers: apply case-insensitivity to the whole pattern.
        flags.add('i');
        note = 'a case-insensitive group (?i:...) was applied to the whole pattern';
      }
    }
    out += step ? step.text : c;
    if (step) i = step.last;
  }
  const result = { source: out, flags: [...flags].sort().join('') };
  try {
    new RegExp(result.source, `gd${result.flags}`);
  } catch (error: unknown) {
    throw new Error(`does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  return note ? { ...result, note } : result;
}

/** What one construct at source[i] becomes, and the index of its last character. */
interface Step {
  readonly text: string;
  readonly last: number;
  readonly caseInsensitive?: boolean;
}

/** A backslash escape: `\Q...\E` quoting, the `\A` and `\z` anchors, `\x{...}`; others are kept. */
function escape(source: string, i: number, inClass: boolean): Step {
  const next = source[i + 1];
  if (next === undefined) throw new Error('trailing backslash');
  if (next === 'Q') {
    const end = source.indexOf('\\E', i + 2);
    const literal = source.slice(i + 2, end === -1 ? source.length : end);
    return { text: escapeLiteral(literal), last: end === -1 ? source.length : end + 1 };
  }
  if (!inClass && next === 'A') return { text: '(?<![\\s\\S])', last: i + 1 };
  if (!inClass && next === 'z') return { text: '(?![\\s\\S])', last: i + 1 };
  if (next === 'x' && source[i + 2] === '{') {
    const end = source.indexOf('}', i + 3);
    const hex = end === -1 ? '' : source.slice(i + 3, end);
    if (!/^[0-9A-Fa-f]{1,4}$/.test(hex)) throw new Error(`unsupported escape \\x{${hex}}`);
    return { text: `\\u${hex.padStart(4, '0')}`, last: end };
  }
  if (next === 'p' || next === 'P') throw new Error('Unicode classes (\\p) are not supported');
  return { text: `\\${next}`, last: i + 1 };
}

/** Inside a class: a POSIX class `[:name:]` becomes its range; any other character is kept. */
function classPart(source: string, i: number): Step | undefined {
  if (source[i] !== '[' || source[i + 1] !== ':') return undefined;
  const end = source.indexOf(':]', i + 2);
  const name = end === -1 ? '' : source.slice(i + 2, end);
  const negated = name.startsWith('^');
  const range = POSIX[negated ? name.slice(1) : name];
  if (!range || negated) throw new Error(`unsupported character class [:${name}:]`);
  return { text: range, last: end + 1 };
}

/** A class's opening bracket: a `]` or `^]` right after it is a literal in Go. */
function classOpening(source: string, i: number): Step {
  let text = '[';
  let last = i;
  if (source[last + 1] === '^') {
    text += '^';
    last++;
  }
  if (source[last + 1] === ']') {
    text += '\\]';
    last++;
  }
  return { text, last };
}

/** `(?P<name>` becomes `(?<name>`; `(?i:` a plain group (the caller widens the flags); other inline flags are errors. */
function groupOpening(source: string, i: number): Step | undefined {
  if (source[i + 2] === 'P' && source[i + 3] === '<') return { text: '(?<', last: i + 3 };
  const group = /^\(\?([a-zA-Z-]+)([:)])/.exec(source.slice(i));
  if (!group) return undefined;
  if (group[2] === ':' && group[1] === 'i') return { text: '(?:', last: i + group[0].length - 1, caseInsensitive: true };
  throw new Error(`inline flags (?${group[1]}${group[2]} are not supported in the middle of a pattern`);
}
