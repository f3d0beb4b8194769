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
  // Flat typed arrays over a compact alphabet (only the bytes keywords use): the build runs on every hook start,
  // mostly in V8's interpreter, where Maps, arrays of arrays or a 256-wide trie cost tens of milliseconds with a
  // few hundred keywords; this takes about one.
  const lowered = keywords.map((k) => k.toLowerCase());
  // 1. Alphabet: class 0 for bytes in no keyword, 1..width-1 for the others (Latin-1: the low byte of a character).
  const classOf = new Uint8Array(256);
  const byteOf: number[] = [0];
  let maxStates = 1;
  for (const word of lowered) {
    maxStates += word.length;
    for (let i = 0; i < word.length; i++) {
      const byte = word.charCodeAt(i) & 0xff;
      if (classOf[byte] === 0) {
        classOf[byte] = byteOf.length;
        byteOf.push(byte);
      }
    }
  }
  const width = byteOf.length;
  // 2. Trie: child[s * width + c] = 0 means no edge (the root is never a child); ends[s] = a keyword ending at s,
  // sameEnd[k] = the next keyword ending at the same state (keywords equal once lower-cased), or -1.
  const child = new Int32Array(maxStates * width);
  const ends = new Int32Array(maxStates).fill(-1);
  const sameEnd = new Int32Array(lowered.length).fill(-1);
  let count = 1;
  for (let k = 0; k < lowered.length; k++) {
    const word = lowered[k]!;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const at = s * width + classOf[word.charCodeAt(i) & 0xff]!;
      if (child[at] === 0) child[at] = count++;
      s = child[at]!;
    }
    sameEnd[k] = ends[s]!;
    ends[s] = k;
  }
  // 3. In BFS order: failure links, and the trie completed into a DFA over the alphabet in place (a missing edge
  // of s leads where the same class leads from s's failure state, whose row is already complete). A state reports
  // its own keywords and everything its failure state reports.
  const fail = new Int32Array(count);
  const order = new Int32Array(count);
  const reports = new Uint8Array(count);
  let tail = 0;
  for (let c = 1; c < width; c++) if (child[c] !== 0) order[tail++] = child[c]!;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    const f = fail[s]!;
    if (ends[s] !== -1 || reports[f] === 1) reports[s] = 1;
    const row = s * width;
    const failRow = f * width;
    for (let c = 1; c < width; c++) {
      const next = child[row + c]!;
      if (next === 0) {
        child[row + c] = child[failRow + c]!;
      } else {
        fail[next] = child[failRow + c]!;
        order[tail++] = next;
      }
    }
  }
  // 4. Renumber: states without output first, then states with output.
  const renumber = new Int32Array(count);
  let next = 0;
  for (let s = 0; s < count; s++) if (reports[s] === 0) renumber[s] = next++;
  const firstOutput = next;
  for (let s = 0; s < count; s++) if (reports[s] === 1) renumber[s] = next++;
  // 5. The transition table over raw bytes, upper-case ASCII folded in. A byte in no keyword always leads back to
  // the root (0, the table's initial value), so only the alphabet's columns are written. 16-bit states when they
  // fit (any realistic pack): half the memory to fault in.
  const table = count <= 0xffff ? new Uint16Array(count * 256) : new Int32Array(count * 256);
  for (let s = 0; s < count; s++) {
    const row = renumber[s]! * 256;
    for (let c = 1; c < width; c++) {
      const target = renumber[child[s * width + c]!]!;
      const byte = byteOf[c]!;
      table[row + byte] = target;
      if (byte >= 97 && byte <= 122) table[row + byte - 32] = target;
    }
  }
  const outputs: Int32Array[] = new Array<Int32Array>(count);
  for (let s = 1; s < count; s++) {
    if (reports[s] === 0) continue;
    const found: number[] = [];
    for (let f = s; f !== 0; f = fail[f]!) for (let k = ends[f]!; k !== -1; k = sameEnd[k]!) found.push(k);
    outputs[renumber[s]!] = Int32Array.from(found);
  }
  const total = lowered.length;
  const longest = lowered.reduce((max, word) => Math.max(max, word.length), 0);

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
    keywords: lowered,
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
