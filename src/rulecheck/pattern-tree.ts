// The parser of `rules --check`'s backtracking check (rulecheck/backtracking.ts): a pattern, in the syntax both rule
// dialects share (JavaScript and Go), as a tree of sets, sequences, alternatives and repetitions, which is all the
// check needs to see.

import { CharSet, DIGIT, posixSet, SPACE, WORD } from './char-set.js';

/** A part of a pattern; `start` and `end` are its offsets in the pattern's source (for messages). */
export type Node =
  | { readonly t: 'set'; readonly set: CharSet }
  | { readonly t: 'empty' }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly alts: readonly Node[]; readonly start: number; readonly end: number }
  | { readonly t: 'rep'; readonly min: number; readonly max: number; readonly body: Node; readonly start: number; readonly end: number };

/** A repetition: `body` taken `min` to `max` times (Infinity: unbounded). */
/** A repetition: `body` taken `min` to `max` times (Infinity: unbounded). */
export type Rep = Extract<Node, { t: 'rep' }>;

const EMPTY: Node = { t: 'empty' };

/** The flags in force at a point of the pattern: case-insensitive, dot-all. */
/** The flags in force at a point of the pattern: case-insensitive, dot-all. */
export interface Flags {
  readonly i: boolean;
  readonly s: boolean;
}

/** A small parser for the syntax both rule dialects share (JavaScript and Go), enough to see repetitions and sets. */

export class Parser {
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
