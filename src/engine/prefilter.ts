// Keyword prefilter: one pass of an Aho-Corasick automaton over a blob's bytes tells which rules can match at all.
// Matching is ASCII case-insensitive and works on raw bytes, so a blob without keywords is never decoded.
//
// Building the automaton is slow in a hook's cold code, so the build stores the built-in packs' automaton
// in dist/ (`serializePrefilter`); `buildPrefilter` takes those bytes and uses them only when they hold exactly the
// keywords asked for (a config that adds or drops rules builds its own), and builds anew from anything unreadable.

/** Which keywords occur in a buffer. */
export interface Prefilter {
  readonly keywords: readonly string[];
  /**
   * Marks `found[k] = 1` for every keyword k present in `bytes`; returns how many distinct keywords were found.
   * With `hits`, also records where the keywords it wants start.
   */
  scan(bytes: Uint8Array, found: Uint8Array, hits?: KeywordHits): number;
}

/** Where some keywords occur, gathered during the same pass (for rules whose matches start with a keyword). */
export interface KeywordHits {
  /** want[k] = 1: record the occurrences of keyword k. */
  readonly want: Uint8Array;
  /** Pairs (start offset, keyword index), flat; in no particular order, and an occurrence may appear twice. */
  readonly starts: number[];
}

/** The automaton: everything scanning needs, and all that is stored ahead of time. */
export interface PrefilterTables {
  /** The keywords, lower-cased; output lists hold indexes into this. */
  readonly keywords: readonly string[];
  /** States: 0 is the root; states from `firstOutput` on report keywords. */
  readonly count: number;
  readonly firstOutput: number;
  /** table[(state << 8) | byte] = next state (upper-case ASCII folded in). */
  readonly table: Uint16Array | Int32Array;
  /** outputs[state - firstOutput] = the keywords that state reports. */
  readonly outputs: readonly Int32Array[];
}

/**
 * The prefilter for `keywords`: from `stored` (bytes of `serializePrefilter`) when they hold exactly these keywords,
 * else built now.
 */
export function buildPrefilter(keywords: readonly string[], stored?: Uint8Array): Prefilter {
  const lowered = keywords.map((k) => k.toLowerCase());
  const tables = (stored && deserializePrefilter(stored, lowered)) || buildPrefilterTables(lowered);
  return prefilterFrom(tables);
}

/**
 * Builds a dense DFA (state x byte -> state) with ASCII case folded into the table. States with output are
 * numbered last, so the hot loop needs one table load and one comparison per byte.
 */
export function buildPrefilterTables(keywords: readonly string[]): PrefilterTables {
  // Flat typed arrays over a compact alphabet (only the bytes keywords use): the build runs at a scan's start,
  // mostly in V8's interpreter, where Maps, arrays of arrays or a 256-wide trie cost tens of milliseconds with a
  // few hundred keywords.
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
  const outputs: Int32Array[] = new Array<Int32Array>(count - firstOutput);
  for (let s = 1; s < count; s++) {
    if (reports[s] === 0) continue;
    const found: number[] = [];
    for (let f = s; f !== 0; f = fail[f]!) for (let k = ends[f]!; k !== -1; k = sameEnd[k]!) found.push(k);
    outputs[renumber[s]! - firstOutput] = Int32Array.from(found);
  }
  return { keywords: lowered, count, firstOutput, table, outputs };
}

/**
 * Bytes a prefilter scans with one automaton before it interleaves four: about as much as V8 runs in its interpreter
 * and baseline tiers before TurboFan's optimized loop is ready. Until then one automaton is faster (four cost a hook
 * with ten 100 KB files about twice as much, docs/performance.md); optimized, four run 2-3 times faster.
 */
const COLD_BYTES = 1 << 20;

/** The scanner over built or stored tables. */
function prefilterFrom(tables: PrefilterTables): Prefilter {
  const { keywords: lowered, firstOutput, table, outputs } = tables;
  const total = lowered.length;
  const longest = lowered.reduce((max, word) => Math.max(max, word.length), 0);
  const lengths = Int32Array.from(lowered, (word) => word.length);
  // This prefilter's own count (one per thread in practice: a worker's detector, or a hook's).
  let scanned = 0;

  /** Marks the keywords ending at `end` in output state `s`; returns how many were new. */
  const mark = (s: number, found: Uint8Array, end: number, wanted: KeywordHits | undefined): number => {
    // Undefined only for a state out of range, which no verified table holds: never a crash.
    const hits = outputs[s - firstOutput];
    if (hits === undefined) return 0;
    let fresh = 0;
    for (let j = 0; j < hits.length; j++) {
      const k = hits[j]!;
      if (found[k] === 0) {
        found[k] = 1;
        fresh++;
      }
      if (wanted !== undefined && wanted.want[k] === 1) wanted.starts.push(end - lengths[k]! + 1, k);
    }
    return fresh;
  };

  /** One automaton over bytes [from, to), starting in the root state; stops early once `limit` keywords are found. */
  const scanRange = (bytes: Uint8Array, from: number, to: number, found: Uint8Array, distinct: number, wanted: KeywordHits | undefined, limit: number): number => {
    let s = 0;
    for (let i = from; i < to; i++) {
      s = table[(s << 8) | bytes[i]!]!;
      if (s >= firstOutput && (distinct += mark(s, found, i, wanted)) === limit) return distinct;
    }
    return distinct;
  };

  return {
    keywords: lowered,
    scan(bytes: Uint8Array, found: Uint8Array, wanted?: KeywordHits): number {
      if (total === 0) return 0;
      const n = bytes.length;
      // Recording positions needs the whole pass; otherwise the pass ends once every keyword has been seen.
      const limit = wanted === undefined ? total : -1;
      // Each step of one automaton waits for the table load of the step before (a dependency chain that leaves the
      // CPU mostly idle), so large buffers are cut in four and four automata run interleaved in one loop. Each
      // quarter runs on for `longest - 1` bytes into the next, so a keyword that starts in it is still seen whole.
      // Small buffers, where setting up four costs more than it saves, run one, and so does a prefilter whose code
      // is still cold (COLD_BYTES).
      if (n < 4096 || scanned < COLD_BYTES) {
        scanned += n;
        return scanRange(bytes, 0, n, found, 0, wanted, limit);
      }
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
          if (s0 >= firstOutput) distinct += mark(s0, found, i, wanted);
          if (s1 >= firstOutput) distinct += mark(s1, found, b1 + i, wanted);
          if (s2 >= firstOutput) distinct += mark(s2, found, b2 + i, wanted);
          if (s3 >= firstOutput) distinct += mark(s3, found, b3 + i, wanted);
          if (distinct === limit) return distinct;
        }
      }
      // Keywords starting at 4q or later (the last quarter ran to 4q + longest - 1 <= n).
      return scanRange(bytes, 4 * q, n, found, distinct, wanted, limit);
    },
  };
}

const MAGIC = 'leakgate-prefilter 1\n';

/**
 * The tables as bytes: a magic line, a JSON header (keywords, sizes, output lists) padded to 4 bytes, then the
 * transition table in the platform's byte order (the header says which, and a reader on another one rebuilds).
 */
export function serializePrefilter(tables: PrefilterTables): Uint8Array {
  const header = JSON.stringify({
    keywords: tables.keywords,
    count: tables.count,
    firstOutput: tables.firstOutput,
    width: tables.table.BYTES_PER_ELEMENT,
    littleEndian: new Uint8Array(new Uint16Array([1]).buffer)[0] === 1,
    outputs: tables.outputs.map((o) => [...o]),
  });
  const head = Buffer.from(`${MAGIC}${header}\n`, 'utf8');
  const start = Math.ceil((head.length + 4) / 4) * 4;
  const out = new Uint8Array(start + tables.table.byteLength);
  out.set(head, 4);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(new Uint8Array(tables.table.buffer, tables.table.byteOffset, tables.table.byteLength), start);
  return out;
}

/**
 * Reads `serializePrefilter` bytes back; undefined (never a throw) when they are not well-formed, were written for
 * other keywords than `keywords` (lower-cased, same order), or fail the check that every keyword's path through
 * the table ends in a state reporting it.
 */
export function deserializePrefilter(bytes: Uint8Array, keywords: readonly string[]): PrefilterTables | undefined {
  try {
    if (bytes.byteLength < 4) return undefined;
    const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    if (headLength < MAGIC.length || 4 + headLength > bytes.byteLength) return undefined;
    const head = Buffer.from(bytes.buffer, bytes.byteOffset + 4, headLength).toString('utf8');
    if (!head.startsWith(MAGIC)) return undefined;
    const h = JSON.parse(head.slice(MAGIC.length)) as Record<string, unknown>;
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const stored = h.keywords;
    if (!Array.isArray(stored) || stored.length !== keywords.length || stored.some((k, i) => k !== keywords[i])) return undefined;
    const { count, firstOutput, width, outputs } = h;
    if (!Number.isSafeInteger(count) || !Number.isSafeInteger(firstOutput) || (width !== 2 && width !== 4) || h.littleEndian !== littleEndian) return undefined;
    const n = count as number;
    const first = firstOutput as number;
    if (n < 1 || first < 1 || first > n || (width === 2 && n > 0xffff) || !Array.isArray(outputs) || outputs.length !== n - first) return undefined;
    const start = Math.ceil((headLength + 4) / 4) * 4;
    if (bytes.byteLength !== start + n * 256 * width) return undefined;
    // A view when aligned (a file read whole is), else a copy.
    const offset = bytes.byteOffset + start;
    const source = offset % width === 0 ? bytes.buffer : bytes.slice(start).buffer;
    const at = offset % width === 0 ? offset : 0;
    const table = width === 2 ? new Uint16Array(source, at, n * 256) : new Int32Array(source, at, n * 256);
    const lists: Int32Array[] = [];
    for (const list of outputs as unknown[]) {
      if (!Array.isArray(list) || list.some((k) => !Number.isInteger(k) || k < 0 || k >= keywords.length)) return undefined;
      lists.push(Int32Array.from(list as number[]));
    }
    const tables: PrefilterTables = { keywords, count: n, firstOutput: first, table, outputs: lists };
    return reportsEveryKeyword(tables) ? tables : undefined;
  } catch {
    return undefined;
  }
}

/** Each keyword, fed from the root, ends in a state that reports it (a few thousand steps: cheap, catches damage). */
function reportsEveryKeyword({ keywords, count, firstOutput, table, outputs }: PrefilterTables): boolean {
  for (let k = 0; k < keywords.length; k++) {
    const word = keywords[k]!;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      s = table[(s << 8) | (word.charCodeAt(i) & 0xff)]!;
      if (!(s < count)) return false;
    }
    if (s < firstOutput || !outputs[s - firstOutput]!.includes(k)) return false;
  }
  return true;
}
