// Keyword prefilter: one pass of an Aho-Corasick automaton over a blob's bytes tells which rules can match at all.
// Matching is ASCII case-insensitive and works on raw bytes, so a blob without keywords is never decoded.

/** Which keywords occur in a buffer. */
export interface Prefilter {
  readonly keywords: readonly string[];
  /** Marks `found[k] = 1` for every keyword k present in `bytes`; returns how many distinct keywords were found. */
  scan(bytes: Uint8Array, found: Uint8Array): number;
}

/**
 * Builds a dense DFA (state x byte -> state) with ASCII case folded into the table. States with output are
 * numbered last, so the hot loop needs one table load and one comparison per byte.
 */
export function buildPrefilter(keywords: readonly string[]): Prefilter {
  // Plain arrays and loops throughout: the build runs on every hook start, mostly in V8's interpreter, where Maps,
  // iterators, a dense trie or a 256-step loop per state cost tens of milliseconds with a few hundred keywords.
  const lowered = keywords.map((k) => k.toLowerCase());
  // 1. Trie over lower-cased bytes (Latin-1: the low byte of each character); edges[s] = [byte, child, byte, ...].
  const edges: number[][] = [[]];
  const out: number[][] = [[]];
  const childOf = (s: number, byte: number): number => {
    const list = edges[s]!;
    for (let i = 0; i < list.length; i += 2) if (list[i] === byte) return list[i + 1]!;
    return 0;
  };
  lowered.forEach((word, index) => {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const byte = word.charCodeAt(i) & 0xff;
      let next = childOf(s, byte);
      if (next === 0) {
        next = edges.length;
        edges[s]!.push(byte, next);
        edges.push([]);
        out.push([]);
      }
      s = next;
    }
    out[s]!.push(index);
  });
  const count = edges.length;
  // 2. Failure links in BFS order, merging outputs along them.
  const fail = new Int32Array(count);
  const order: number[] = [];
  const queue: number[] = edges[0]!.filter((_, i) => i % 2 === 1);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    order.push(s);
    const list = edges[s]!;
    for (let e = 0; e < list.length; e += 2) {
      const byte = list[e]!;
      const next = list[e + 1]!;
      let f = fail[s]!;
      while (f !== 0 && childOf(f, byte) === 0) f = fail[f]!;
      const candidate = childOf(f, byte);
      fail[next] = candidate !== next ? candidate : 0;
      if (out[fail[next]!]!.length > 0) out[next]!.push(...out[fail[next]!]!);
      queue.push(next);
    }
  }
  // 3. Renumber: states without output first, then states with output.
  const renumber = new Int32Array(count);
  let next = 0;
  for (let s = 0; s < count; s++) if (out[s]!.length === 0) renumber[s] = next++;
  const firstOutput = next;
  for (let s = 0; s < count; s++) if (out[s]!.length > 0) renumber[s] = next++;
  // 4. Full transition table over raw bytes, upper-case ASCII folded in. A state's row is its failure state's row
  // (already built: BFS order) with its own trie edges written over it; copying rows natively instead of looking
  // up 256 transitions per state keeps start-up short with hundreds of keywords (the hook pays it on every commit).
  // 16-bit states when they fit (any realistic pack): half the memory to fault in and copy.
  const table = count <= 0xffff ? new Uint16Array(count * 256) : new Int32Array(count * 256);
  const own = (s: number): void => {
    const row = renumber[s]! * 256;
    const list = edges[s]!;
    for (let e = 0; e < list.length; e += 2) {
      const byte = list[e]!;
      const target = renumber[list[e + 1]!]!;
      table[row + byte] = target;
      if (byte >= 97 && byte <= 122) table[row + byte - 32] = target;
    }
  };
  own(0);
  for (const s of order) {
    const from = renumber[fail[s]!]! * 256;
    table.copyWithin(renumber[s]! * 256, from, from + 256);
    own(s);
  }
  const outputs: Int32Array[] = new Array<Int32Array>(count);
  for (let s = 0; s < count; s++) if (out[s]!.length > 0) outputs[renumber[s]!] = Int32Array.from(new Set(out[s]!));
  const total = lowered.length;

  return {
    keywords: lowered,
    scan(bytes: Uint8Array, found: Uint8Array): number {
      let distinct = 0;
      if (total === 0) return 0;
      let s = 0;
      const n = bytes.length;
      for (let i = 0; i < n; i++) {
        s = table[(s << 8) | bytes[i]!]!;
        if (s >= firstOutput) {
          const hits = outputs[s]!;
          for (let j = 0; j < hits.length; j++) {
            const k = hits[j]!;
            if (found[k] === 0) {
              found[k] = 1;
              if (++distinct === total) return distinct;
            }
          }
        }
      }
      return distinct;
    },
  };
}
