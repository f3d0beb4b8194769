// `rules --check`'s static check for patterns that can backtrack catastrophically on V8: nested or overlapping
// unbounded quantifiers. A built-in rule runs on V8's backtracking engine in-process, with no time budget in a hook,
// so none may hold one; a custom rule runs on RE2 (linear anyway), and is checked all the same so that it stays safe
// on any engine. What is rejected, precisely, is in docs/rules.md#patterns-that-cannot-backtrack.

/** Characters 0-255 one bit each (rules run on a Latin-1 view), plus bit 256: any character above U+00FF. */
class CharSet {
  readonly bits = new Uint32Array(9);

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }

  static range(lo: number, hi: number): CharSet {
    return new CharSet().addRange(lo, hi);
  }

  static any(): CharSet {
    const s = new CharSet();
    s.bits.fill(0xffffffff);
    s.bits[8] = 1;
    return s;
  }

  add(code: number): this {
    const c = Math.min(code, 256);
    this.bits[c >>> 5]! |= 1 << (c & 31);
    return this;
  }

  addRange(lo: number, hi: number): this {
    for (let c = lo; c <= Math.min(hi, 256); c++) this.add(c);
    return this;
  }

  addSet(other: CharSet): this {
    for (let i = 0; i < 9; i++) this.bits[i]! |= other.bits[i]!;
    return this;
  }

  complement(): CharSet {
    const s = new CharSet();
    for (let i = 0; i < 8; i++) s.bits[i] = ~this.bits[i]!;
    s.bits[8] = 1; // characters above U+00FF: most are outside any class a rule writes
    return s;
  }

  /** A character both sets hold, if any (for messages). */
  common(other: CharSet): number | undefined {
    for (let i = 0; i < 9; i++) {
      const both = this.bits[i]! & other.bits[i]!;
      if (both !== 0) return i * 32 + (31 - Math.clz32(both & -both));
    }
    return undefined;
  }

  /** Adds the other case of every ASCII letter. */
  foldCase(): this {
    for (let c = 65; c <= 90; c++) {
      if (this.has(c) || this.has(c + 32)) this.add(c).add(c + 32);
    }
    return this;
  }

  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}

type Node =
  | { readonly t: 'set'; readonly set: CharSet }
  | { readonly t: 'empty' }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly alts: readonly Node[]; readonly start: number; readonly end: number }
  | { readonly t: 'rep'; readonly min: number; readonly max: number; readonly body: Node; readonly start: number; readonly end: number };

type Rep = Extract<Node, { t: 'rep' }>;

const DIGIT = CharSet.range(48, 57);
const WORD = CharSet.range(48, 57).addRange(65, 90).addRange(97, 122).add(95);
const SPACE = CharSet.of(9, 10, 11, 12, 13, 32, 0xa0, 256);
const EMPTY: Node = { t: 'empty' };

interface Flags {
  readonly i: boolean;
  readonly s: boolean;
}

/** A small parser for the syntax both rule dialects share (JavaScript and Go), enough to see repetitions and sets. */
class Parser {
  private i = 0;
  /** Zero-width parts (lookarounds) are checked on their own: their bodies backtrack too. */
  readonly extraRoots: Node[] = [];

  constructor(
    private readonly src: string,
    private readonly go: boolean,
  ) {}

  parse(flags: Flags): Node {
    const node = this.alternation(flags);
    if (this.i < this.src.length) throw new Error(`unexpected "${this.src[this.i]}" at offset ${this.i}`);
    return node;
  }

  private alternation(initial: Flags): Node {
    const start = this.i;
    const alts: Node[] = [];
    // Go's `(?i)` in the middle of a group applies to the rest of the group, across `|`.
    const flags = { ...initial };
    for (;;) {
      alts.push(this.sequence(flags));
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts, start, end: this.i };
  }

  private sequence(flags: { i: boolean; s: boolean }): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const start = this.i;
      const atom = this.atom(flags);
      if (atom === undefined) continue;
      items.push(this.quantified(atom, start));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(atom: Node, start: number): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++;
    return this.quantified({ t: 'rep', min, max, body: atom, start, end: this.i }, start);
  }

  /** One atom; undefined for a flag group `(?i)` that only changes `flags`. */
  private atom(flags: { i: boolean; s: boolean }): Node | undefined {
    const c = this.src[this.i]!;
    if (c === '(') return this.group(flags);
    if (c === '[') return this.charClass(flags);
    if (c === '.') {
      this.i++;
      return { t: 'set', set: flags.s ? CharSet.any() : CharSet.of(10).complement() };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.escape(flags, false);
    this.i++;
    return this.literal(c.codePointAt(0)!, flags);
  }

  private literal(code: number, flags: Flags): Node {
    const set = CharSet.of(code);
    return { t: 'set', set: flags.i ? set.foldCase() : set };
  }

  private group(flags: { i: boolean; s: boolean }): Node | undefined {
    const rest = this.src.slice(this.i);
    const modifier = /^\(\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
    if (modifier && (modifier[1] || modifier[2] !== undefined || modifier[3] === ':')) {
      const on = modifier[1] ?? '';
      const off = modifier[2] ?? '';
      const next = { i: (flags.i || on.includes('i')) && !off.includes('i'), s: (flags.s || on.includes('s')) && !off.includes('s') };
      this.i += modifier[0].length;
      if (modifier[3] === ')') {
        flags.i = next.i;
        flags.s = next.s;
        return undefined;
      }
      return this.closeGroup(next);
    }
    const look = /^\(\?(<?[=!])/.exec(rest);
    if (look) {
      this.i += look[0].length;
      this.extraRoots.push(this.closeGroup({ ...flags }));
      return EMPTY;
    }
    const named = /^\(\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest);
    this.i += named ? named[0].length : rest.startsWith('(?') ? 3 : 1;
    return this.closeGroup({ ...flags });
  }

  private closeGroup(flags: Flags): Node {
    const node = this.alternation(flags);
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at offset ${this.i}`);
    this.i++;
    return node;
  }

  /** An escape at `this.i` (a backslash); in a class, a set or a single character. */
  private escape(flags: Flags, inClass: boolean): Node {
    const next = this.src[this.i + 1] ?? '';
    this.i += 2;
    const set = (s: CharSet): Node => ({ t: 'set', set: s });
    switch (next) {
      case 'd':
        return set(DIGIT);
      case 'D':
        return set(DIGIT.complement());
      case 'w':
        return set(WORD);
      case 'W':
        return set(WORD.complement());
      case 's':
        return set(SPACE);
      case 'S':
        return set(SPACE.complement());
      case 'b':
        return inClass ? this.literal(8, flags) : EMPTY;
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return EMPTY;
      case 'n':
        return this.literal(10, flags);
      case 'r':
        return this.literal(13, flags);
      case 't':
        return this.literal(9, flags);
      case 'f':
        return this.literal(12, flags);
      case 'v':
        return this.literal(11, flags);
      case 'a':
        return this.literal(7, flags);
      case 'e':
        return this.literal(27, flags);
      case '0':
        return this.literal(0, flags);
      case 'c':
        this.i++;
        return set(CharSet.range(0, 31));
      case 'p':
      case 'P': {
        // Unicode classes: taken as every letter, digit and non-ASCII character (wide, so overlaps are not missed).
        const braced = /^\{[^}]*\}/.exec(this.src.slice(this.i));
        this.i += braced ? braced[0].length : 1;
        return set(next === 'P' ? CharSet.any() : new CharSet().addSet(WORD).addRange(128, 256));
      }
      case 'x':
      case 'u': {
        const m = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i)) ?? (next === 'x' ? /^([0-9A-Fa-f]{2})/ : /^([0-9A-Fa-f]{4})/).exec(this.src.slice(this.i));
        if (!m) return this.literal(next.charCodeAt(0), flags);
        this.i += m[0].length;
        return this.literal(parseInt(m[1]!, 16), flags);
      }
      case 'k':
        if (this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1 || this.src.length;
        return set(CharSet.any());
      case 'Q': {
        if (!this.go) return this.literal(81, flags);
        const end = this.src.indexOf('\\E', this.i);
        const text = this.src.slice(this.i, end === -1 ? undefined : end);
        this.i = end === -1 ? this.src.length : end + 2;
        const items = [...text].map((ch) => this.literal(ch.codePointAt(0)!, flags));
        return items.length === 1 ? items[0]! : { t: 'seq', items };
      }
      default:
        if (/[1-9]/.test(next) && !inClass) {
          while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
          return set(CharSet.any());
        }
        return this.literal(next.codePointAt(0) ?? 92, flags);
    }
  }

  private charClass(flags: Flags): Node {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const set = new CharSet();
    let first = true;
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === ']' && !(first && this.go)) break;
      first = false;
      if (c === '[' && this.src[this.i + 1] === ':') {
        const end = this.src.indexOf(':]', this.i);
        if (end !== -1) {
          const name = this.src.slice(this.i + 2, end);
          const posix = posixSet(name.replace(/^\^/, ''));
          set.addSet(name.startsWith('^') ? posix.complement() : posix);
          this.i = end + 2;
          continue;
        }
      }
      const lo = this.classAtom(flags);
      if (lo instanceof CharSet) {
        set.addSet(lo);
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classAtom(flags);
        if (hi instanceof CharSet) set.add(lo).add(45).addSet(hi);
        else set.addRange(lo, hi);
        continue;
      }
      set.add(lo);
    }
    if (this.src[this.i] !== ']') throw new Error('unclosed character class');
    this.i++;
    if (flags.i) set.foldCase();
    return { t: 'set', set: negated ? set.complement() : set };
  }

  /** One character of a class (its code) or an escape standing for a set. */
  private classAtom(flags: Flags): number | CharSet {
    const c = this.src[this.i]!;
    if (c !== '\\') {
      this.i += c.length;
      return c.codePointAt(0)!;
    }
    const node = this.escape(flags, true);
    if (node.t !== 'set') return 8;
    const s = node.set;
    let count = 0;
    let code = 0;
    for (let k = 0; k <= 256; k++) {
      if (s.has(k)) {
        count++;
        code = k;
      }
    }
    return count === 1 && !flags.i ? code : s;
  }
}

function posixSet(name: string): CharSet {
  switch (name) {
    case 'alnum':
      return CharSet.range(48, 57).addRange(65, 90).addRange(97, 122);
    case 'alpha':
      return CharSet.range(65, 90).addRange(97, 122);
    case 'digit':
      return CharSet.range(48, 57);
    case 'xdigit':
      return CharSet.range(48, 57).addRange(65, 70).addRange(97, 102);
    case 'lower':
      return CharSet.range(97, 122);
    case 'upper':
      return CharSet.range(65, 90);
    case 'space':
      return CharSet.of(9, 10, 11, 12, 13, 32);
    case 'blank':
      return CharSet.of(9, 32);
    case 'word':
      return WORD;
    case 'punct':
      return CharSet.range(33, 47).addRange(58, 64).addRange(91, 96).addRange(123, 126);
    default:
      return CharSet.range(0, 127);
  }
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'set':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.body);
  }
}

/** The characters a non-empty match of `n` can start with. */
function first(n: Node): CharSet {
  switch (n.t) {
    case 'set':
      return n.set;
    case 'empty':
      return new CharSet();
    case 'seq': {
      const s = new CharSet();
      for (const item of n.items) {
        s.addSet(first(item));
        if (!nullable(item)) break;
      }
      return s;
    }
    case 'alt':
      return n.alts.reduce((s, a) => s.addSet(first(a)), new CharSet());
    case 'rep':
      return n.max === 0 ? new CharSet() : first(n.body);
  }
}

/** Every character a match of `n` can hold. */
function chars(n: Node): CharSet {
  switch (n.t) {
    case 'set':
      return n.set;
    case 'empty':
      return new CharSet();
    case 'seq':
      return n.items.reduce((s, a) => s.addSet(chars(a)), new CharSet());
    case 'alt':
      return n.alts.reduce((s, a) => s.addSet(chars(a)), new CharSet());
    case 'rep':
      return chars(n.body);
  }
}

/** Whether `n` can match some non-empty text made only of characters in `alphabet` ([can match, non-empty]). */
function within(n: Node, alphabet: CharSet): [boolean, boolean] {
  switch (n.t) {
    case 'set': {
      const ok = n.set.common(alphabet) !== undefined;
      return [ok, ok];
    }
    case 'empty':
      return [true, false];
    case 'seq': {
      const parts = n.items.map((item) => within(item, alphabet));
      const all = parts.every(([can]) => can);
      return [all, all && parts.some(([, nonEmpty]) => nonEmpty)];
    }
    case 'alt': {
      const parts = n.alts.map((a) => within(a, alphabet));
      return [parts.some(([can]) => can), parts.some(([, nonEmpty]) => nonEmpty)];
    }
    case 'rep': {
      const [can, nonEmpty] = within(n.body, alphabet);
      return [n.min === 0 || can, n.max > 0 && nonEmpty];
    }
  }
}

function nonEmptyWithin(n: Node, alphabet: CharSet): boolean {
  return within(n, alphabet)[1];
}

/** The unbounded repetitions that can take the last characters of a match of `n` (nothing after them but empty parts). */
function tails(n: Node): Rep[] {
  switch (n.t) {
    case 'set':
    case 'empty':
      return [];
    case 'seq': {
      const out: Rep[] = [];
      for (let k = n.items.length - 1; k >= 0; k--) {
        out.push(...tails(n.items[k]!));
        if (!nullable(n.items[k]!)) break;
      }
      return out;
    }
    case 'alt':
      return n.alts.flatMap(tails);
    case 'rep':
      return [...(n.max === Infinity ? [n] : []), ...tails(n.body)];
  }
}

/**
 * Calls `found` for every unbounded repetition inside `n` with the characters that can come right after it stops
 * (within `n`, then `after`): where it could take one more round or let what follows begin.
 */
function follows(n: Node, after: CharSet, found: (rep: Rep, next: CharSet) => void): void {
  switch (n.t) {
    case 'set':
    case 'empty':
      return;
    case 'seq': {
      let next = after;
      for (let k = n.items.length - 1; k >= 0; k--) {
        const item = n.items[k]!;
        follows(item, next, found);
        next = nullable(item) ? new CharSet().addSet(first(item)).addSet(next) : first(item);
      }
      return;
    }
    case 'alt':
      for (const a of n.alts) follows(a, after, found);
      return;
    case 'rep':
      if (n.max > n.min) found(n, after);
      follows(n.body, n.max > 1 ? new CharSet().addSet(after).addSet(first(n.body)) : after, found);
  }
}

/** The unbounded repetitions that can take the first characters of a match of `n`. */
function heads(n: Node): Rep[] {
  switch (n.t) {
    case 'set':
    case 'empty':
      return [];
    case 'seq': {
      const out: Rep[] = [];
      for (const item of n.items) {
        out.push(...heads(item));
        if (!nullable(item)) break;
      }
      return out;
    }
    case 'alt':
      return n.alts.flatMap(heads);
    case 'rep':
      return [...(n.max === Infinity ? [n] : []), ...heads(n.body)];
  }
}

function children(n: Node): readonly Node[] {
  return n.t === 'seq' ? n.items : n.t === 'alt' ? n.alts : n.t === 'rep' ? [n.body] : [];
}

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of children(n)) yield* walk(c);
}

function show(code: number | undefined): string {
  if (code === undefined) return '?';
  if (code === 256) return 'a character above U+00FF';
  return code > 32 && code < 127 ? `"${String.fromCharCode(code)}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The reasons `pattern` (JavaScript syntax, or Go's with `go`) may backtrack catastrophically, each naming the
 * parts of the pattern at fault; empty when it has none. A pattern this parser cannot read gives one reason.
 */
export function backtrackingProblems(pattern: string, flags: string, go = false): string[] {
  const parser = new Parser(pattern, go);
  let root: Node;
  try {
    root = parser.parse({ i: flags.includes('i'), s: flags.includes('s') });
  } catch (error: unknown) {
    return [`the pattern could not be read for the backtracking check (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems = new Set<string>();
  const text = (r: { start: number; end: number }): string => `\`${pattern.slice(r.start, r.end)}\``;
  for (const top of [root, ...parser.extraRoots]) {
    for (const n of walk(top)) {
      if (n.t === 'rep' && n.max === Infinity) {
        const start = first(n.body);
        // 1. Nested: an unbounded repetition inside another that, where it could take one more round, could also
        // let the rest of the outer round (or the outer's next round) begin: two ways to split the same text.
        follows(n.body, start, (inner, next) => {
          const common = first(inner.body).common(next);
          if (common !== undefined) {
            problems.add(`nested quantifiers: ${text(inner)} inside the unbounded ${text(n)} can take ${show(common)} or stop there and let the rest of ${text(n)} take it`);
          }
        });
        // 2. Overlapping alternatives inside an unbounded repetition.
        for (const inner of walk(n.body)) {
          if (inner.t !== 'alt') continue;
          for (let a = 0; a < inner.alts.length; a++) {
            for (let b = a + 1; b < inner.alts.length; b++) {
              const common = first(inner.alts[a]!).common(first(inner.alts[b]!));
              if (common !== undefined) {
                problems.add(`overlapping alternatives under an unbounded quantifier: two branches of ${text(inner)} inside ${text(n)} can both start with ${show(common)}`);
              }
            }
          }
        }
      }
      // 3. Adjacent unbounded repetitions (only optional parts between them) that can take the same character.
      if (n.t === 'seq') {
        for (let a = 0; a < n.items.length; a++) {
          const ends = tails(n.items[a]!);
          if (ends.length === 0) continue;
          for (let b = a + 1; b < n.items.length; b++) {
            for (const left of ends) {
              for (const right of heads(n.items[b]!)) {
                const common = first(left.body).common(first(right.body));
                // Both can start on the same character, and each can match some text made only of the other's
                // characters: the same run can be split between them in many ways.
                if (common !== undefined && nonEmptyWithin(left.body, chars(right.body)) && nonEmptyWithin(right.body, chars(left.body))) {
                  problems.add(`overlapping adjacent unbounded quantifiers: ${text(left)} and then ${text(right)} can both take ${show(common)}`);
                }
              }
            }
            if (!nullable(n.items[b]!)) break;
          }
        }
      }
    }
  }
  return [...problems];
}
