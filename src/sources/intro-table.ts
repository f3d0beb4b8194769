// Where a history walk first met each blob, kept in flat typed arrays: one entry per unique blob (its binary id, the
// commit and path of its earliest introduction), plus a small map for the rare blobs met at more than one path.
//
// Why not a Map keyed by hex ids: on git/git's 262k blobs that Map held 33 MB of small objects and strings on the
// JavaScript heap, which every full garbage collection of a scan marks again; here the same facts take about 9 MB
// outside it, and memory grows by 36 bytes a blob (SHA-1, hash chains included) instead of about 125.

/** One introduction of a blob: indexes into the walk's commit and path tables. */
export interface Intro {
  commit: number;
  path: number;
  /** With added-line attribution: the blob at this path in each parent of the commit (zeros: no such file). */
  parents?: readonly string[];
}

const EMPTY = -1;

/** Blob id (hex) -> introductions; see the file comment. */
export class IntroTable {
  /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), fixed by the first id. */
  private width = 0;
  private ids = new Uint8Array(0);
  private commits = new Int32Array(0);
  private paths = new Int32Array(0);
  /** Hash chains: heads[hash & mask] is the first entry, next[e] the entry after e (EMPTY ends a chain). */
  private heads = new Int32Array(0);
  private next = new Int32Array(0);
  private count = 0;
  /** The id being looked up, as bytes, and how many of them its hex gave. */
  private readonly scratch = Buffer.alloc(32);
  private scratchLength = 0;
  /** Introductions at further paths, by entry (a copied or moved file's blob). */
  private readonly more = new Map<number, Intro[]>();
  /** Parents of each entry's first introduction, with added-line attribution only. */
  private readonly firstParents = new Map<number, readonly string[]>();

  /** Unique blobs recorded. */
  get size(): number {
    return this.count;
  }

  /** True for a blob id this table can hold: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
  static isId(id: string): boolean {
    return (id.length === 40 || id.length === 64) && /^[0-9a-f]+$/.test(id);
  }

  /** The entry of `id`, or EMPTY (-1); an id that is not 40 or 64 hex digits is never found. */
  find(id: string): number {
    if (!this.load(id) || this.count === 0 || id.length !== this.width * 2) return EMPTY;
    for (let e = this.heads[this.bucketOf(this.scratch, 0)]!; e !== EMPTY; e = this.next[e]!) if (this.sameId(e)) return e;
    return EMPTY;
  }

  /**
   * Records that `commit` introduced `id` at `path`. Returns the new entry when the blob is new, else EMPTY: then
   * the introduction at that path is replaced when `earlier(commit, old)` says the new one comes first, and a new
   * path is added to the blob's list. `id` must pass `isId`.
   */
  record(id: string, commit: number, path: number, parents: readonly string[] | undefined, earlier: (now: number, old: number) => boolean): number {
    const e = this.find(id);
    if (e === EMPTY) return this.add(id, commit, path, parents);
    if (this.paths[e] === path) {
      if (earlier(commit, this.commits[e]!)) {
        this.commits[e] = commit;
        if (parents) this.firstParents.set(e, parents);
      }
      return EMPTY;
    }
    const extra = this.more.get(e);
    const same = extra?.find((i) => i.path === path);
    if (same) {
      if (earlier(commit, same.commit)) {
        same.commit = commit;
        if (parents) same.parents = parents;
      }
      return EMPTY;
    }
    const intro: Intro = parents ? { commit, path, parents } : { commit, path };
    if (extra) extra.push(intro);
    else this.more.set(e, [intro]);
    return EMPTY;
  }

  /** The hex id of entry `e`. */
  idOf(e: number): string {
    return Buffer.from(this.ids.buffer, this.ids.byteOffset + e * this.width, this.width).toString('hex');
  }

  /** Path index of entry `e`'s first recorded introduction. */
  pathOf(e: number): number {
    return this.paths[e]!;
  }

  /** The further paths' introductions of entry `e` (usually none). */
  morePaths(e: number): readonly Intro[] {
    return this.more.get(e) ?? [];
  }

  /** Every introduction of entry `e`, as objects of their own (in no particular order). */
  intros(e: number): Intro[] {
    const parents = this.firstParents.get(e);
    const first: Intro = parents ? { commit: this.commits[e]!, path: this.paths[e]!, parents } : { commit: this.commits[e]!, path: this.paths[e]! };
    return [first, ...this.morePaths(e)];
  }

  private add(id: string, commit: number, path: number, parents: readonly string[] | undefined): number {
    // `find` has just loaded the id into the scratch buffer.
    if (this.width === 0) {
      if (id.length !== 40 && id.length !== 64) return EMPTY;
      this.width = id.length / 2;
    }
    if (id.length !== this.width * 2 || this.scratchLength !== this.width) return EMPTY;
    if (this.count === this.commits.length) this.grow();
    const e = this.count++;
    this.ids.set(this.scratch.subarray(0, this.width), e * this.width);
    this.commits[e] = commit;
    this.paths[e] = path;
    this.link(e);
    if (parents) this.firstParents.set(e, parents);
    return e;
  }

  /** Writes `id` into the scratch buffer; false when it is not an even-length run of hex digits. */
  private load(id: string): boolean {
    if (id.length > 64 || id.length % 2 !== 0) return false;
    this.scratchLength = this.scratch.write(id, 0, 'hex');
    return this.scratchLength * 2 === id.length;
  }

  /** Bucket of the id at `bytes[at]` (ids are hashes already: their first four bytes are spread evenly). */
  private bucketOf(bytes: Uint8Array, at: number): number {
    return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) & (this.heads.length - 1);
  }

  /** Puts entry `e` (its id already stored) at the head of its bucket's chain. */
  private link(e: number): void {
    const bucket = this.bucketOf(this.ids, e * this.width);
    this.next[e] = this.heads[bucket]!;
    this.heads[bucket] = e;
  }

  private sameId(e: number): boolean {
    const at = e * this.width;
    for (let i = 0; i < this.width; i++) if (this.ids[at + i] !== this.scratch[i]) return false;
    return true;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.commits.length * 2);
    const ids = new Uint8Array(capacity * (this.width || 32));
    ids.set(this.ids);
    this.ids = ids;
    const commits = new Int32Array(capacity);
    commits.set(this.commits);
    this.commits = commits;
    const paths = new Int32Array(capacity);
    paths.set(this.paths);
    this.paths = paths;
    // As many buckets as entries fit (the capacity is a power of two), and the chains rebuilt over them.
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.next = new Int32Array(capacity).fill(EMPTY);
    for (let e = 0; e < this.count; e++) this.link(e);
  }
}
