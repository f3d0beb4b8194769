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
  const words = keywords.map((k) => Buffer.from(k.toLowerCase(), 'latin1'));
  // 1. Trie over lower-cased bytes.
  const goto: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  words.forEach((word, index) => {
    let s = 0;
    for (const byte of word) {
      let next = goto[s]!.get(byte);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        out.push([]);
        goto[s]!.set(byte, next);
      }
      s = next;
    }
    out[s]!.push(index);
  });
  const count = goto.length;
  // 2. Failure links in BFS order, merging outputs along them.
  const fail = new Int32Array(count);
  const order: number[] = [];
  const queue: number[] = [];
  for (const next of goto[0]!.values()) {
    fail[next] = 0;
    queue.push(next);
  }
  while (queue.length > 0) {
    const s = queue.shift()!;
    order.push(s);
    for (const [byte, next] of goto[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !goto[f]!.has(byte)) f = fail[f]!;
      const candidate = goto[f]!.get(byte);
      fail[next] = candidate !== undefined && candidate !== next ? candidate : 0;
      out[next]!.push(...out[fail[next]!]!);
      queue.push(next);
    }
  }
  // 3. Full transition function over lower-cased bytes.
  const delta = new Int32Array(count * 256);
  for (let b = 0; b < 256; b++) delta[b] = goto[0]!.get(b) ?? 0;
  for (const s of order) {
    for (let b = 0; b < 256; b++) {
      const direct = goto[s]!.get(b);
      delta[s * 256 + b] = direct !== undefined ? direct : delta[fail[s]! * 256 + b]!;
    }
  }
  // 4. Renumber: states without output first, then states with output; fold upper-case bytes into the table.
  const renumber = new Int32Array(count);
  let next = 0;
  for (let s = 0; s < count; s++) if (out[s]!.length === 0) renumber[s] = next++;
  const firstOutput = next;
  for (let s = 0; s < count; s++) if (out[s]!.length > 0) renumber[s] = next++;
  const table = new Int32Array(count * 256);
  const outputs: Int32Array[] = new Array<Int32Array>(count);
  for (let s = 0; s < count; s++) {
    const row = renumber[s]! * 256;
    for (let b = 0; b < 256; b++) {
      const lower = b >= 65 && b <= 90 ? b + 32 : b;
      table[row + b] = renumber[delta[s * 256 + lower]!]!;
    }
    outputs[renumber[s]!] = Int32Array.from(new Set(out[s]!));
  }
  const total = words.length;

  return {
    keywords: keywords.map((k) => k.toLowerCase()),
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
