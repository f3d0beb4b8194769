// `rules --check`'s static check for patterns that can backtrack catastrophically on V8: nested or overlapping
// unbounded quantifiers. A built-in rule runs on V8's backtracking engine in-process, with no time budget in a hook,
// so none may hold one; a custom rule runs on RE2 (linear anyway), and is checked all the same so that it stays safe
// on any engine. What is rejected, precisely, is in docs/rules.md#patterns-that-cannot-backtrack.

import { CharSet } from './char-set.js';
import { Parser, type Node, type Rep } from './pattern-tree.js';

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
