// User regexes with Go's RE2 semantics, in linear time. Custom rules of `.leakgate.yaml` and the rules of gitleaks
// configs are written for Go's regexp package, whose engine cannot backtrack: they run on re2js (a port of Go's
// regexp to JavaScript), never on V8's backtracking engine, so no pattern a user wrote can take exponential time.
// The package is loaded only when some rule needs it (`loadRe2`), so a hook without such rules never reads it.
// Why not V8's own linear engine (`--enable-experimental-regexp-engine`): docs/performance.md#user-rules-on-re2.

import type { RE2JS as RE2JSClass } from 're2js';

type Re2Module = { RE2JS: typeof RE2JSClass };
let re2: typeof RE2JSClass | undefined;

/** Loads re2js once per thread; every other function of this module needs it loaded. */
export async function loadRe2(): Promise<void> {
  if (re2) return;
  // Bundled (dist/vendor/re2js.cjs), the package arrives as a CommonJS namespace with `default`; unbundled, named.
  const mod: Re2Module & { default?: Re2Module } = await import('re2js');
  re2 = (typeof mod.RE2JS === 'function' ? mod : mod.default!).RE2JS;
}

/** True once `loadRe2` has finished in this thread. */
export function isRe2Loaded(): boolean {
  return re2 !== undefined;
}

function engine(): typeof RE2JSClass {
  if (!re2) throw new Error('internal error: re2js used before loadRe2()');
  return re2;
}

/** A compiled RE2 pattern. */
export interface Re2Pattern {
  readonly groupCount: number;
  /** True when the pattern matches somewhere in `text` (a DFA pass, without groups: the fast check). */
  test(text: string): boolean;
  /**
   * Calls `found(start, end)` with the span of group `group` of every leftmost-first match, left to right (Go's
   * FindAllSubmatchIndex), in UTF-16 offsets of `text`; a match whose group did not take part is skipped. Stops when
   * `found` returns false.
   */
  forEachMatch(text: string, group: number, found: (start: number, end: number, matchStart: number, matchEnd: number) => boolean): void;
}

/** The JavaScript-style flags a rule may carry ("i", "m", "s") as RE2 flags. */
function flagBits(flags: string): number {
  const R = engine();
  let bits = 0;
  for (const f of flags) {
    if (f === 'i') bits |= R.CASE_INSENSITIVE;
    else if (f === 'm') bits |= R.MULTILINE;
    else if (f === 's') bits |= R.DOTALL;
    else throw new Error(`flag "${f}" has no RE2 meaning; expected any of "i", "m", "s"`);
  }
  return bits;
}

/** Compiles a Go (RE2) pattern; throws an Error whose message names what is wrong or not supported. */
export function compileRe2(source: string, flags = ''): Re2Pattern {
  const construct = nonLinearConstruct(source);
  if (construct) throw new Error(construct);
  const R = engine();
  const bits = flagBits(flags);
  let compiled: RE2JSClass;
  try {
    compiled = R.compile(source, bits);
  } catch (error: unknown) {
    throw new Error(`not a valid Go (RE2) regular expression: ${(error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '')}`);
  }
  const groupCount = compiled.groupCount();
  return {
    groupCount,
    test: (text) => compiled.test(text),
    forEachMatch(text, group, found) {
      const m = compiled.matcher(text);
      while (m.find()) {
        // Group -1: the first group that matched text, else the whole match (gitleaks without a secretGroup).
        let g = group;
        if (g < 0) {
          g = 0;
          for (let i = 1; i <= groupCount; i++) {
            if (m.start(i) >= 0 && m.end(i) > m.start(i)) {
              g = i;
              break;
            }
          }
        }
        const start = m.start(g);
        if (start < 0) continue;
        if (!found(start, m.end(g), m.start(0), m.end(0))) return;
      }
    },
  };
}

/**
 * The first construct of `source` that no linear-time engine can run (lookaround, backreferences, atomic groups,
 * possessive quantifiers, conditionals), named with its offset, or undefined. Go's regexp rejects all of them too;
 * this says which one, and why, instead of a bare syntax error.
 */
export function nonLinearConstruct(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const at = ` at offset ${i}`;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (!inClass && /[1-9]/.test(next)) return `backreference \\${next}${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === 'k' && source[i + 2] === '<') return `named backreference \\k<...>${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === 'G') return `\\G${at}: not RE2 syntax (match-continuation anchors need a backtracking engine)`;
      // \x{263A}, \p{Greek}: the braces belong to the escape (a quantifier after them is not possessive).
      if ((next === 'x' || next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i + 3);
        i = end === -1 ? source.length : end;
        continue;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') {
        const end = source.indexOf(':]', i + 2);
        if (end !== -1) i = end + 1;
      } else if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith('=')) return `lookahead (?=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith('!')) return `negative lookahead (?!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === '<=') return `lookbehind (?<=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === '<!') return `negative lookbehind (?<!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith('>')) return `atomic group (?>...)${at}: not RE2 syntax`;
      if (rest.startsWith('(')) return `conditional (?(...)${at}: not RE2 syntax`;
      continue;
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+') {
      return `possessive quantifier ${c}+${at}: not RE2 syntax`;
    }
  }
  return undefined;
}
