// Character sets for `rules --check`'s backtracking check (rulecheck/backtracking.ts): what a part of a pattern can
// match, one bit per character, with the classes both rule dialects name (`\d`, `\w`, `\s`, POSIX `[:alpha:]`).

/** Characters 0-255 one bit each (rules run on a Latin-1 view), plus bit 256: any character above U+00FF. */
export class CharSet {
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

/** `\\d`, `\\w` and `\\s`; `\\s` holds U+00A0 and characters above U+00FF, as JavaScript's does. */
/** `\d`, `\w` and `\s`; `\s` holds U+00A0 and characters above U+00FF, as JavaScript's does. */
export const DIGIT = CharSet.range(48, 57);
export const WORD = CharSet.range(48, 57).addRange(65, 90).addRange(97, 122).add(95);
export const SPACE = CharSet.of(9, 10, 11, 12, 13, 32, 0xa0, 256);

/** A POSIX class by name (`alpha` for `[:alpha:]`); an unknown name: every ASCII character. */
export function posixSet(name: string): CharSet {
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
