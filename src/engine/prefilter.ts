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
  const longest = words.reduce((max, word) => Math.max(max, word.length), 0);

  /** Marks the keywords ending in output state `s`; returns how many were new. */
  const mark = (s: number, found: Uint8Array): number => {
    const hits = outputs[s]!;
    let fresh = 0;
    for (let j = 0; j < hits.length; j++) {
      const k = hits[j]!;
      if (found[k] === 0) {
        found[k] = 1;
        fresh++;
      }
    }
    return fresh;
  };

  /** One automaton over bytes [from, to), starting in the root state. */
  const scanRange = (bytes: Uint8Array, from: number, to: number, found: Uint8Array, distinct: number): number => {
    let s = 0;
    for (let i = from; i < to; i++) {
      s = table[(s << 8) | bytes[i]!]!;
      if (s >= firstOutput && (distinct += mark(s, found)) === total) return distinct;
    }
    return distinct;
  };

  return {
    keywords: keywords.map((k) => k.toLowerCase()),
    scan(bytes: Uint8Array, found: Uint8Array): number {
      if (total === 0) return 0;
      const n = bytes.length;
      // Each step of one automaton waits for the table load of the step before (a dependency chain that leaves the
      // CPU mostly idle), so large buffers are cut in four and four automata run interleaved in one loop. Each
      // quarter runs on for `longest - 1` bytes into the next, so a keyword that starts in it is still seen whole.
      if (n < 4096) return scanRange(bytes, 0, n, found, 0);
      const q = (n - (longest - 1)) >> 2;
      const steps = q + longest - 1;
      const b1 = q;
      const b2 = 2 * q;
      const b3 = 3 * q;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let distinct = 0;
      for (let i = 0; i < steps; i++) {
        s0 = table[(s0 << 8) | bytes[i]!]!;
        s1 = table[(s1 << 8) | bytes[b1 + i]!]!;
        s2 = table[(s2 << 8) | bytes[b2 + i]!]!;
        s3 = table[(s3 << 8) | bytes[b3 + i]!]!;
        if (s0 >= firstOutput || s1 >= firstOutput || s2 >= firstOutput || s3 >= firstOutput) {
          if (s0 >= firstOutput) distinct += mark(s0, found);
          if (s1 >= firstOutput) distinct += mark(s1, found);
          if (s2 >= firstOutput) distinct += mark(s2, found);
          if (s3 >= firstOutput) distinct += mark(s3, found);
          if (distinct === total) return distinct;
        }
      }
      // Keywords starting at 4q or later (the last quarter ran to 4q + longest - 1 <= n).
      return scanRange(bytes, 4 * q, n, found, distinct);
    },
  };
}
