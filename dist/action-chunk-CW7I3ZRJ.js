import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  GitError,
  InputError
} from "./action-chunk-O7PUBUA5.js";

// src/sources/git.ts
const { spawn, spawnSync } = require("node:child_process");
const { createRequire } = require("node:module");
var env;
function gitEnv() {
  return env ??= {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
var ZERO_OID = /^0+$/;
function isZeroOid(id) {
  return ZERO_OID.test(id);
}
function spawnGit(cwd, args) {
  return spawn("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
async function gitBuffer(cwd, args, input) {
  const result = await gitResult(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}
function gitResult(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
function gitResultSync(cwd, args, input, maxBuffer = Infinity) {
  const result = spawnSync("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), input: input ?? "", maxBuffer, stdio: "pipe" });
  if (result.error) {
    if (result.error.code === "ENOBUFS") throw new OutputTooLarge(`git ${args[0]}: output over ${maxBuffer} bytes`);
    throw new GitError(`cannot run git: ${result.error.message}`);
  }
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString("utf8").trim() };
}
function gitBufferSync(cwd, args, input) {
  const result = gitResultSync(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}
var OutputTooLarge = class extends Error {
};
async function git(cwd, args, input) {
  return (await gitBuffer(cwd, args, input)).toString("utf8");
}
async function gitMaybe(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return void 0;
  }
}
async function* gitRecords(cwd, args, separator = 0, input) {
  const child = spawnGit(cwd, args);
  child.stdin.on("error", () => void 0);
  child.stdin.end(input);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => stderr += text.slice(0, 4e3));
  const exit = new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  const spawnError = new Promise(
    (_, reject) => child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)))
  );
  spawnError.catch(() => void 0);
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout) {
      let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let at;
      while ((at = buf.indexOf(separator, start)) !== -1) {
        yield buf.toString("utf8", start, at);
        start = at + 1;
      }
      rest = buf.subarray(start);
      buf = rest;
    }
    if (rest.length > 0) yield rest.toString("utf8");
    const code = await Promise.race([exit, spawnError]);
    if (code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${stderr.trim() || `exit ${code}`}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
var SLAB_BYTES = 4 << 20;
var REUSE_MAX_OBJECT = 1 << 20;
var MAX_READ = 1 << 18;
var MIN_READ = 1 << 16;
var SPARE_SLABS = 2;
var CatFileReader = class {
  constructor(cwd, maxBytes, options = {}) {
    this.maxBytes = maxBytes;
    this.maxHeld = options.maxHeld ?? 24 * 1024 * 1024;
    this.headBytes = options.headBytes ?? 8192;
    this.child = spawnGit(cwd, ["cat-file", "--batch-command", "--buffer"]);
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (text) => this.stderr += text.slice(0, 4e3));
    this.child.stdin.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    this.child.on("error", (error) => this.fail(new GitError(`cannot run git: ${error.message}`)));
    let exit;
    let drained = false;
    const check = () => {
      if (exit !== void 0 && drained && this.pending.length > 0) this.fail(new GitError(`git cat-file --batch exited (${exit}): ${this.stderr.trim()}`));
    };
    this.child.on("close", (code) => {
      exit = code;
      check();
    });
    if (options.reuse && this.readIntoSlabs(() => (drained = true, check()))) return;
    drained = true;
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
  }
  maxBytes;
  child;
  pending = [];
  buffer = Buffer.alloc(0);
  /** Ordinary reads: the object whose content is coming. */
  current;
  body = [];
  bodyLength = 0;
  remaining = 0;
  stderr = "";
  failed;
  outgoing = [];
  /** Bytes of objects handed out and not yet released by the consumer; over the limit, git's output is paused. */
  held = 0;
  paused = false;
  maxHeld;
  headBytes;
  /** Reuse mode: the socket reading git's output into slabs, and the state of the parse. */
  input;
  slab;
  spare = [];
  /** Bytes of the current slab written by reads, and parsed. */
  written = 0;
  parsed = 0;
  incoming;
  /** Where the read in progress goes (chosen by readTarget, counted by onRead). */
  target = "slab";
  discard;
  /** Per object handed out and not yet released: its slab (undefined: memory of its own) and length as delivered. */
  handedOut = /* @__PURE__ */ new WeakMap();
  /**
   * Takes git's stdout pipe from the stream Node made for it and reads it with a socket whose reads land in our
   * slabs (net.Socket's `onread`): no new buffer per read and no copy per object. The pipe handle is not public API;
   * without it the reader falls back to ordinary reads. Returns whether it switched.
   */
  readIntoSlabs(onEnd) {
    const stdout = this.child.stdout;
    const handle = stdout._handle;
    if (!handle || typeof handle !== "object") return false;
    stdout._handle = null;
    stdout.destroy();
    this.slab = this.takeSlab();
    const input = new (netModule()).Socket({
      handle,
      readable: true,
      writable: false,
      onread: { buffer: () => this.readTarget(), callback: (n) => this.onRead(n) }
    });
    input.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    input.on("end", onEnd);
    input.on("close", onEnd);
    this.input = input;
    return true;
  }
  /** Reads one object; resolves undefined when git reports it missing. */
  read(id) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      this.outgoing.push(id);
    });
  }
  /** Sends the requests made since the last flush to git in one write. */
  flush() {
    if (this.outgoing.length === 0) return;
    this.child.stdin.write(`contents ${this.outgoing.join("\ncontents ")}
flush
`);
    this.outgoing = [];
  }
  /** How many requests are waiting for git's answer. */
  get backlog() {
    return this.pending.length;
  }
  /**
   * The consumer is done with an object (this bounds memory while it is slower than git). In reuse mode the object's
   * bytes may be overwritten from then on. The length released is the one delivered: a consumer may have transferred
   * the object's buffer to another thread since, leaving it empty.
   */
  release(object) {
    const out = this.handedOut.get(object);
    if (!out) return;
    this.handedOut.delete(object);
    if (out.slab && --out.slab.live === 0 && out.slab !== this.slab && this.spare.length < SPARE_SLABS) this.spare.push(out.slab);
    this.held -= out.length;
    if (this.paused && this.held < this.maxHeld / 2) {
      this.paused = false;
      if (this.input) this.input.resume();
      else this.child.stdout.resume();
    }
  }
  close() {
    this.flush();
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
    this.input?.destroy();
  }
  fail(error) {
    this.failed ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
  /** Resolves the oldest request with `object`, read from `slab` (reuse mode) or into memory of its own. */
  deliver(object, slab) {
    const request = this.pending.shift();
    if (!request) return;
    if (slab) slab.live++;
    this.handedOut.set(object, { slab, length: object.bytes.byteLength });
    this.held += object.bytes.byteLength;
    request.resolve(object);
  }
  /** A free slab: a spare one, or a new one. */
  takeSlab() {
    return this.spare.pop() ?? { bytes: Buffer.allocUnsafeSlow(SLAB_BYTES), live: 0 };
  }
  /** Where the next read goes: a large object's own memory, the discard buffer, or the current slab. */
  readTarget() {
    const next = this.incoming;
    if (next?.own && next.filled < next.size) {
      if (next.filled < next.own.length) {
        this.target = "own";
        return next.own.subarray(next.filled, Math.min(next.own.length, next.filled + MAX_READ));
      }
      this.target = "discard";
      this.discard ??= Buffer.allocUnsafeSlow(MAX_READ);
      return this.discard.subarray(0, Math.min(MAX_READ, next.size - next.filled));
    }
    this.target = "slab";
    if (this.slab.bytes.length - this.written < MIN_READ) this.switchSlab();
    const bytes = this.slab.bytes;
    return bytes.subarray(this.written, Math.min(bytes.length, this.written + MAX_READ));
  }
  /** Moves the unparsed tail of the current slab to a free one, which becomes current. */
  switchSlab() {
    const old = this.slab;
    const next = this.takeSlab();
    old.bytes.copy(next.bytes, 0, this.parsed, this.written);
    if (this.incoming && !this.incoming.own) this.incoming.start -= this.parsed;
    this.written -= this.parsed;
    this.parsed = 0;
    this.slab = next;
    if (old.live === 0 && this.spare.length < SPARE_SLABS) this.spare.push(old);
  }
  /** `n` bytes arrived where readTarget() pointed; returns false to pause reading. */
  onRead(n) {
    if (this.target === "slab") this.written += n;
    else this.incoming.filled += n;
    this.parseSlab();
    if (!this.paused && this.held > this.maxHeld) {
      this.paused = true;
      return false;
    }
    return !this.paused;
  }
  /** Parses headers and content between `parsed` and `written` in the current slab; hands out complete objects. */
  parseSlab() {
    for (; ; ) {
      const slab = this.slab;
      const bytes = slab.bytes;
      const next = this.incoming;
      if (next?.own) {
        if (next.filled < next.size || this.written === this.parsed) return;
        this.parsed += 1;
        this.incoming = void 0;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: next.own }, void 0);
        continue;
      }
      if (next) {
        if (this.written - next.start < next.size + 1) return;
        this.parsed = next.start + next.size + 1;
        this.incoming = void 0;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: bytes.subarray(next.start, next.start + next.size) }, slab);
        continue;
      }
      const eol = bytes.indexOf(10, this.parsed);
      if (eol === -1 || eol >= this.written) return;
      const header = this.header(bytes.toString("latin1", this.parsed, eol));
      this.parsed = eol + 1;
      if (header === "missing") continue;
      if (header === void 0) {
        this.input?.destroy();
        return;
      }
      const { size } = header;
      const incoming = { ...header, start: this.parsed, filled: 0 };
      this.incoming = incoming;
      if (size > this.maxBytes || size > REUSE_MAX_OBJECT) {
        const own = Buffer.allocUnsafeSlow(size > this.maxBytes ? Math.min(size, this.headBytes) : size);
        const here = Math.min(size, this.written - this.parsed);
        bytes.copy(own, 0, this.parsed, this.parsed + Math.min(here, own.length));
        incoming.own = own;
        incoming.filled = here;
        this.parsed += here;
      } else if (incoming.start + size + 1 > bytes.length) {
        this.switchSlab();
      }
    }
  }
  /**
   * An object's header line (`<id> <type> <size>`). A missing object's line (`<id> missing`) answers the oldest
   * request with undefined; anything else fails the reader. Returns the header, 'missing', or undefined on failure.
   */
  header(line) {
    const header = batchHeader(line);
    if (header === "missing") this.pending.shift()?.resolve(void 0);
    else if (header === void 0) this.fail(new GitError(`git cat-file --batch: unexpected header "${line.slice(0, 120)}"`));
    return header;
  }
  /** Ordinary reads: chunks as Node delivers them, each object's pieces joined. */
  onData(chunk) {
    let buf = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let pos = 0;
    while (pos < buf.length) {
      if (this.current) {
        const take = Math.min(this.remaining, buf.length - pos);
        if (take > 0) {
          const keep = this.current.size > this.maxBytes ? Math.max(0, Math.min(take, this.headBytes - this.bodyLength)) : take;
          if (keep > 0) {
            this.body.push(buf.subarray(pos, pos + keep));
            this.bodyLength += keep;
          }
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        if (pos >= buf.length) break;
        pos += 1;
        const { id, type, size } = this.current;
        const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyLength);
        this.current = void 0;
        this.body = [];
        this.bodyLength = 0;
        this.deliver({ id, type, size, bytes }, void 0);
        if (!this.paused && this.held > this.maxHeld) {
          this.paused = true;
          this.child.stdout.pause();
        }
        continue;
      }
      const eol = buf.indexOf(10, pos);
      if (eol === -1) break;
      const header = this.header(buf.toString("latin1", pos, eol));
      pos = eol + 1;
      if (header === "missing") continue;
      if (header === void 0) return;
      this.current = header;
      this.remaining = header.size;
    }
    this.buffer = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    buf = this.buffer;
  }
};
var net;
function netModule() {
  return net ??= createRequire(import.meta.url)("node:net");
}
async function* readInOrder(reader, ids, batch) {
  for (let i = 0; i < ids.length; i += batch) {
    const reads = ids.slice(i, i + batch).map((id) => reader.read(id));
    for (const read of reads) read.catch(() => void 0);
    reader.flush();
    for (const [j, read] of reads.entries()) {
      const object = await read;
      yield { index: i + j, object };
      if (object) reader.release(object);
    }
  }
}
function batchHeader(line) {
  const parts = line.split(" ");
  if (parts.length === 2 && (parts[1] === "missing" || parts[1] === "ambiguous")) return "missing";
  const size = Number(parts[2]);
  return parts.length === 3 && Number.isSafeInteger(size) ? { id: parts[0], type: parts[1], size } : void 0;
}
async function* readBlobsById(repo, maxBlobBytes, blobIds) {
  const reader = new CatFileReader(repo, maxBlobBytes);
  try {
    for await (const { object } of readInOrder(reader, blobIds, 256)) {
      if (object) yield { id: object.id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
    }
  } finally {
    reader.close();
  }
}

// src/sources/added-lines.ts
function pairKey(oldBlob, newBlob) {
  return `${oldBlob}..${newBlob}`;
}
var INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: \d+)?$/;
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseAddedLines(patch) {
  const text = typeof patch === "string" ? patch : patch.toString("latin1");
  const out = /* @__PURE__ */ new Map();
  let key;
  let ranges;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(pos);
    if (oldLeft > 0 || newLeft > 0) {
      if (first === 43) {
        const last = ranges?.at(-1);
        if (last && last[1] === newLine - 1) last[1] = newLine;
        else ranges?.push([newLine, newLine]);
        newLine++;
        newLeft--;
      } else if (first === 45) {
        oldLeft--;
      } else if (first === 32 || end === pos) {
        oldLeft--;
        newLeft--;
        newLine++;
      }
      pos = end + 1;
      continue;
    }
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.startsWith("diff ")) {
      key = void 0;
      ranges = void 0;
    } else if (key === void 0 && line.startsWith("index ")) {
      const m = INDEX_LINE.exec(line);
      if (m) {
        key = pairKey(m[1], m[2]);
        ranges = [];
        out.set(key, ranges);
      }
    } else if (key !== void 0 && (line.startsWith("Binary files ") || line === "GIT binary patch")) {
      out.set(key, void 0);
      ranges = void 0;
    } else if (line.startsWith("@@ ")) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === void 0 ? 1 : Number(m[3]);
    }
  }
  return out;
}
function intersectLines(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i];
    const [b0, b1] = b[j];
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}
function unionLines(sets) {
  const all = [];
  for (const set of sets) {
    if (set === void 0) return void 0;
    all.push(...set);
  }
  all.sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [first, last] of all) {
    const previous = out.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else out.push([first, last]);
  }
  return out;
}

// src/sources/intro-table.ts
var EMPTY = -1;
var IntroTable = class {
  /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), fixed by the first id. */
  width = 0;
  ids = new Uint8Array(0);
  commits = new Int32Array(0);
  paths = new Int32Array(0);
  /** Hash chains: heads[hash & mask] is the first entry, next[e] the entry after e (EMPTY ends a chain). */
  heads = new Int32Array(0);
  next = new Int32Array(0);
  count = 0;
  /** The id being looked up, as bytes, and how many of them its hex gave. */
  scratch = Buffer.alloc(32);
  scratchLength = 0;
  /** Introductions at further paths, by entry (a copied or moved file's blob). */
  more = /* @__PURE__ */ new Map();
  /** Parents of each entry's first introduction, with added-line attribution only. */
  firstParents = /* @__PURE__ */ new Map();
  /** Unique blobs recorded. */
  get size() {
    return this.count;
  }
  /** True for a blob id this table can hold: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
  static isId(id) {
    return (id.length === 40 || id.length === 64) && /^[0-9a-f]+$/.test(id);
  }
  /** The entry of `id`, or EMPTY (-1); an id that is not 40 or 64 hex digits is never found. */
  find(id) {
    if (!this.load(id) || this.count === 0 || id.length !== this.width * 2) return EMPTY;
    for (let e = this.heads[this.bucketOf(this.scratch, 0)]; e !== EMPTY; e = this.next[e]) if (this.sameId(e)) return e;
    return EMPTY;
  }
  /**
   * Records that `commit` introduced `id` at `path`. Returns the new entry when the blob is new, else EMPTY: then
   * the introduction at that path is replaced when `earlier(commit, old)` says the new one comes first, and a new
   * path is added to the blob's list. `id` must pass `isId`.
   */
  record(id, commit, path, parents, earlier) {
    const e = this.find(id);
    if (e === EMPTY) return this.add(id, commit, path, parents);
    if (this.paths[e] === path) {
      if (earlier(commit, this.commits[e])) {
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
    const intro = parents ? { commit, path, parents } : { commit, path };
    if (extra) extra.push(intro);
    else this.more.set(e, [intro]);
    return EMPTY;
  }
  /** The hex id of entry `e`. */
  idOf(e) {
    return Buffer.from(this.ids.buffer, this.ids.byteOffset + e * this.width, this.width).toString("hex");
  }
  /** Path index of entry `e`'s first recorded introduction. */
  pathOf(e) {
    return this.paths[e];
  }
  /** The further paths' introductions of entry `e` (usually none). */
  morePaths(e) {
    return this.more.get(e) ?? [];
  }
  /** Every introduction of entry `e`, as objects of their own (in no particular order). */
  intros(e) {
    const parents = this.firstParents.get(e);
    const first = parents ? { commit: this.commits[e], path: this.paths[e], parents } : { commit: this.commits[e], path: this.paths[e] };
    return [first, ...this.morePaths(e)];
  }
  add(id, commit, path, parents) {
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
  load(id) {
    if (id.length > 64 || id.length % 2 !== 0) return false;
    this.scratchLength = this.scratch.write(id, 0, "hex");
    return this.scratchLength * 2 === id.length;
  }
  /** Bucket of the id at `bytes[at]` (ids are hashes already: their first four bytes are spread evenly). */
  bucketOf(bytes, at) {
    return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) & this.heads.length - 1;
  }
  /** Puts entry `e` (its id already stored) at the head of its bucket's chain. */
  link(e) {
    const bucket = this.bucketOf(this.ids, e * this.width);
    this.next[e] = this.heads[bucket];
    this.heads[bucket] = e;
  }
  sameId(e) {
    const at = e * this.width;
    for (let i = 0; i < this.width; i++) if (this.ids[at + i] !== this.scratch[i]) return false;
    return true;
  }
  grow() {
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
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.next = new Int32Array(capacity).fill(EMPTY);
    for (let e = 0; e < this.count; e++) this.link(e);
  }
};

// src/sources/history.ts
async function resolveTips(repo) {
  const refs = await gitMaybe(repo, ["rev-parse", "--all"]) ?? "";
  const head = await gitMaybe(repo, ["rev-parse", "--verify", "-q", "HEAD"]) ?? "";
  return [...new Set(`${refs}
${head}`.split("\n").map((l) => l.trim()).filter(Boolean))].sort();
}
async function allReachable(repo, old, tips) {
  if (old.length === 0) return true;
  const input = `${old.join("\n")}
${tips.map((t) => `^${t}`).join("\n")}
`;
  try {
    const out = await git(repo, ["rev-list", "-n", "1", "--stdin"], input);
    return out.trim() === "";
  } catch {
    return false;
  }
}
var READ_HIGH = 512;
var READ_LOW = 128;
var DIFF_CONCURRENCY = 4;
var HistorySource = class {
  constructor(options) {
    this.options = options;
    this.kind = options.kind;
    this.target = options.target;
    const since = options.since;
    if (since) {
      this.progress.commits = since.commits;
      for (const [blob, list] of since.intros) {
        for (const [path, id, time] of list) {
          let c = this.commitIndex.get(id);
          if (c === void 0) {
            c = this.commits.push(id, time);
            this.commitIndex.set(id, c);
          }
          if (IntroTable.isId(blob)) this.recordIntro(blob, this.pathId(path), c);
        }
      }
      this.preloaded = this.commits.length;
    }
  }
  options;
  kind;
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  commits = new CommitTable();
  pathNames = [];
  pathIndex = /* @__PURE__ */ new Map();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  intros = new IntroTable();
  /** `paths()`, until the next introduction is recorded. */
  pathList;
  reader;
  /** In a partial clone, the blobs present locally (others are never asked for, so never fetched). */
  present;
  commitIndex = /* @__PURE__ */ new Map();
  /** Commits below this index come from the earlier walk (`since`): ancestors or strangers of every walked commit. */
  preloaded = 0;
  /** The introductions of these blobs, for a later incremental scan (see WalkState). */
  introductions(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      out.set(
        id,
        this.intros.intros(e).map((i) => [this.pathNames[i.path], this.commits.id(i.commit), this.commits.time(i.commit)])
      );
    }
    return out;
  }
  async *blobs() {
    if (this.options.revs.length === 0) return;
    const present = await this.presentObjects();
    this.present = present;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes, { reuse: true });
    this.reader = reader;
    const inFlight = [];
    const request = (id, path) => {
      const read = present && !present.has(id) ? Promise.resolve(void 0) : reader.read(id);
      read.catch(() => void 0);
      inFlight.push({ id, path, read });
    };
    const take = async () => {
      const next = inFlight.shift();
      const object = await next.read;
      if (!object) {
        this.diagnostics.push({
          code: "missing-object",
          blobId: next.id,
          path: next.path,
          detail: `blob ${next.id} (${next.path}) is not in the object store (partial or shallow clone, or a damaged repository); it was not scanned`
        });
        return void 0;
      }
      this.progress.blobsRead++;
      this.progress.bytesRead += object.size;
      const blob = { id: next.id, bytes: object.bytes, size: object.size, truncated: object.size > this.options.maxBlobBytes, path: next.path };
      return { blob, object };
    };
    const queueBlobs = [];
    const queuePaths = [];
    let queueHead = 0;
    let walking = true;
    let walkError;
    let wake;
    const recheck = /* @__PURE__ */ new Set();
    for (const [blob, path] of this.options.since?.missing ?? []) {
      if (recheck.has(blob)) continue;
      recheck.add(blob);
      queueBlobs.push(blob);
      queuePaths.push(this.pathId(path));
    }
    const walkDone = (async () => {
      try {
        for await (const change of this.walk()) {
          if (recheck.size > 0 || this.options.known) {
            const id = this.intros.idOf(change.entry);
            if (recheck.has(id) || this.options.known?.(id, this.pathNames[change.path])) continue;
          }
          queueBlobs.push(change.entry);
          queuePaths.push(change.path);
          if (wake) {
            wake();
            wake = void 0;
          }
        }
      } catch (error) {
        walkError = error;
      } finally {
        walking = false;
        wake?.();
      }
    })();
    try {
      for (; ; ) {
        while (inFlight.length < READ_HIGH && queueHead < queueBlobs.length) {
          const blob = queueBlobs[queueHead];
          request(typeof blob === "number" ? this.intros.idOf(blob) : blob, this.pathNames[queuePaths[queueHead]]);
          queueHead++;
        }
        if (queueHead > 65536) {
          queueBlobs.splice(0, queueHead);
          queuePaths.splice(0, queueHead);
          queueHead = 0;
        }
        reader.flush();
        if (inFlight.length === 0) {
          if (!walking) break;
          await new Promise((resolve) => wake = resolve);
          continue;
        }
        do {
          const taken = await take();
          if (taken) {
            yield taken.blob;
            reader.release(taken.object);
          }
        } while (inFlight.length > READ_LOW || inFlight.length > 0 && !walking && queueHead >= queueBlobs.length);
      }
      await walkDone;
      if (walkError) throw walkError;
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  /**
   * In a partial clone, asking cat-file for an absent blob would fetch it from the promisor remote (a network
   * call, and git 2.39 has no switch to stop it). There, list the objects present locally and never ask for others.
   */
  async presentObjects() {
    const partial = await gitMaybe(this.options.repo, ["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"]);
    if (!partial?.split("\n").some((line) => /^extensions\.partialclone \S|\.promisor true$/i.test(line.trim()))) return void 0;
    const present = /* @__PURE__ */ new Set();
    for await (const line of gitRecords(this.options.repo, ["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)"], 10)) {
      if (line.endsWith(" blob")) present.add(line.slice(0, line.indexOf(" ")));
    }
    return present;
  }
  /** Streams the walk: records commits and introductions, yields each new blob's table entry and path. */
  async *walk() {
    const { tips, since } = this.options;
    const args = [
      "log",
      ...tips ? ["--stdin"] : this.options.revs,
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "--diff-merges=combined",
      "-z",
      "--format=%x01%H %ct",
      "--"
    ];
    let commit = -1;
    let pendingEntry;
    const input = tips ? `${[...tips, ...(since?.tips ?? []).map((t) => `^${t}`)].join("\n")}
` : void 0;
    if (tips && tips.length === 0) return;
    for await (let token of gitRecords(this.options.repo, args, 0, input)) {
      if (token.charCodeAt(0) === 10) token = token.slice(1);
      if (pendingEntry !== void 0) {
        const entry = pendingEntry;
        pendingEntry = void 0;
        const change = this.parseEntry(entry, token, commit);
        if (change) yield change;
        continue;
      }
      if (token.charCodeAt(0) === 1) {
        const space = token.indexOf(" ");
        commit = this.commits.push(token.slice(1, space), Number(token.slice(space + 1)));
        this.progress.commits++;
      } else if (token.charCodeAt(0) === 58) {
        pendingEntry = token;
      }
    }
  }
  /**
   * Parses a raw entry (`:old new oldsha newsha S` or the combined `::...` form) and records the introduction;
   * returns the blob's table entry and path index only the first time the walk meets the blob.
   */
  parseEntry(entry, path, commit) {
    let parents = 0;
    while (entry.charCodeAt(parents) === 58) parents++;
    const fields = entry.slice(parents).split(" ");
    const mode = fields[parents];
    const blob = fields[2 * parents + 1];
    const status = fields[2 * parents + 2] ?? "";
    if (!mode || !blob || isZeroOid(blob) || status.startsWith("D") || !IntroTable.isId(blob)) return void 0;
    if (mode !== "100644" && mode !== "100755" && mode !== "100664") return void 0;
    if (commit < 0 || this.options.skipPath?.(path)) return void 0;
    const p = this.pathId(path);
    const e = this.recordIntro(blob, p, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : void 0);
    return e < 0 ? void 0 : { entry: e, path: p };
  }
  pathId(path) {
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.pathNames.length;
      this.pathNames.push(path);
      this.pathIndex.set(path, p);
    }
    return p;
  }
  /** Records that `commit` introduced `blob` at path index `p`; returns the blob's new table entry, or -1 if known. */
  recordIntro(blob, p, commit, parents) {
    this.pathList = void 0;
    return this.intros.record(blob, commit, p, parents, this.earlier);
  }
  /**
   * Whether `now` is an earlier introduction than `old`: the walk goes newest first, so an older commit (or an equal
   * time seen later) is. A commit of the earlier walk stays before one of this walk at an equal time, as in one walk
   * of everything.
   */
  earlier = (now, old) => {
    const time = this.commits.time(now);
    const other = this.commits.time(old);
    return time < other || time === other && old >= this.preloaded;
  };
  async origins(blobIds) {
    const wanted = /* @__PURE__ */ new Map();
    const commits = /* @__PURE__ */ new Set();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      const list = this.sortedIntros(this.intros.intros(e));
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const [info, lines] = await Promise.all([this.commitInfo([...commits].map((c) => this.commits.id(c))), this.addedLinesOf(wanted)]);
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commits.id(intro.commit));
          const origin = commit ? { path: this.pathNames[intro.path], commit } : { path: this.pathNames[intro.path] };
          const added = lines.get(intro);
          return added ? { ...origin, lines: added } : origin;
        })
      );
    }
    return out;
  }
  /** Introductions earliest first: commit time, then path, then commit id (never the order the walk met them in). */
  sortedIntros(known) {
    if (known.length === 1) return known;
    const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    return known.slice().sort(
      (a, b) => this.commits.time(a.commit) - this.commits.time(b.commit) || cmp(this.pathNames[a.path], this.pathNames[b.path]) || cmp(this.commits.id(a.commit), this.commits.id(b.commit))
    );
  }
  firstPaths(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e >= 0) out.set(id, this.pathNames[this.sortedIntros(this.intros.intros(e))[0].path]);
    }
    return out;
  }
  /** With `addedLines`: per introduction, the lines new relative to every parent (absent: every line counts). */
  async addedLinesOf(wanted) {
    const out = /* @__PURE__ */ new Map();
    if (!this.options.addedLines) return out;
    const pairs = /* @__PURE__ */ new Map();
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        for (const parent of intro.parents ?? []) if (!isZeroOid(parent)) pairs.set(pairKey(parent, blob), { old: parent, now: blob });
      }
    }
    const diffs = /* @__PURE__ */ new Map();
    const queue = [...pairs];
    const work = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { old, now }] = next;
        diffs.set(key, await this.diffBlobs(old, now));
      }
    };
    await Promise.all(Array.from({ length: Math.min(DIFF_CONCURRENCY, queue.length) }, work));
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        let lines;
        for (const parent of intro.parents ?? []) {
          const relative = isZeroOid(parent) ? void 0 : diffs.get(pairKey(parent, blob));
          if (relative) lines = lines ? intersectLines(lines, relative) : relative;
        }
        if (lines) out.set(intro, lines);
      }
    }
    return out;
  }
  async *readBlobs(blobIds) {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }
  /** Computed once per state of the walk: a whole-history scan asks several times (262k blobs on git/git). */
  paths() {
    if (this.pathList) return this.pathList;
    const byPath = this.pathNames.map(() => []);
    for (let e = 0; e < this.intros.size; e++) {
      const blob = this.intros.idOf(e);
      byPath[this.intros.pathOf(e)].push(blob);
      for (const intro of this.intros.morePaths(e)) byPath[intro.path].push(blob);
    }
    const list = [];
    for (const [i, blobIds] of byPath.entries()) if (blobIds.length > 0) list.push({ path: this.pathNames[i], blobIds: blobIds.sort() });
    return this.pathList = list;
  }
  async headBlobs(wanted) {
    const out = /* @__PURE__ */ new Map();
    try {
      for await (const record of gitRecords(this.options.repo, ["ls-tree", "-r", "-z", "--full-tree", "HEAD"], 0)) {
        const tab = record.indexOf("	");
        if (tab === -1) continue;
        const path = record.slice(tab + 1);
        if (!wanted(path)) continue;
        const [, type, oid] = record.slice(0, tab).split(" ");
        if (type === "blob" && oid) out.set(path, oid);
      }
    } catch {
      return void 0;
    }
    return out;
  }
  /** Lines of `now` that are not in `old`; undefined when git treats the pair as binary. */
  async diffBlobs(old, now) {
    if (old === now) return [];
    if (this.present && !this.present.has(old)) {
      this.diagnostics.push({
        code: "missing-parent",
        blobId: old,
        detail: `blob ${old} is not in the object store (partial clone); every line of ${now} counts as added`
      });
      return void 0;
    }
    try {
      const patch = await gitBuffer(this.options.repo, [
        "diff",
        "-U0",
        "--inter-hunk-context=0",
        "--full-index",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        old,
        now
      ]);
      const added = parseAddedLines(patch);
      return added.has(pairKey(old, now)) ? added.get(pairKey(old, now)) : void 0;
    } catch (error) {
      this.diagnostics.push({
        code: "missing-parent",
        blobId: old,
        detail: `cannot diff ${old.slice(0, 12)} against ${now.slice(0, 12)} to find the added lines (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); every line of ${now.slice(0, 12)} counts`
      });
      return void 0;
    }
  }
  /** Author, date and subject of the given commits, in one git call. */
  async commitInfo(ids) {
    const out = /* @__PURE__ */ new Map();
    if (ids.length === 0) return out;
    const text = await git(
      this.options.repo,
      ["log", "--no-walk=unsorted", "--stdin", "-z", "--format=%H%x00%an%x00%ae%x00%aI%x00%s"],
      `${ids.join("\n")}
`
    );
    const fields = text.split("\0");
    for (let i = 0; i + 4 < fields.length; i += 5) {
      const id = fields[i].replace(/^\n/, "");
      out.set(id, { id, author: fields[i + 1], email: fields[i + 2], date: fields[i + 3], summary: fields[i + 4] });
    }
    return out;
  }
  async close() {
    this.reader?.close();
  }
};
var CommitTable = class {
  ids = Buffer.alloc(0);
  times = new Float64Array(0);
  width = 0;
  count = 0;
  /** Appends a commit; returns its index. */
  push(id, time) {
    if (this.width === 0) this.width = id.length >> 1;
    if (this.count === this.times.length) {
      const capacity = Math.max(1024, this.count * 2);
      const ids = Buffer.alloc(capacity * this.width);
      this.ids.copy(ids);
      this.ids = ids;
      const times = new Float64Array(capacity);
      times.set(this.times);
      this.times = times;
    }
    this.ids.write(id, this.count * this.width, this.width, "hex");
    this.times[this.count] = time;
    return this.count++;
  }
  get length() {
    return this.count;
  }
  id(index) {
    return this.ids.toString("hex", index * this.width, (index + 1) * this.width);
  }
  time(index) {
    return this.times[index];
  }
};
function checkRevisionSpec(flag, spec) {
  if (spec === "" || spec.startsWith("-") || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
}
async function verifyRevisions(repo, flag, spec, revs) {
  checkRevisionSpec(flag, spec);
  const result = await gitResult(repo, ["rev-parse", ...revs.filter((r) => !r.startsWith("--")), "--"]);
  if (result.code !== 0) {
    const why = result.stderr.split("\n")[0].replace(/^fatal: /, "") || `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}

// src/core/cache-dir.ts
const { lstatSync, mkdirSync, realpathSync } = require("node:fs");
const { homedir } = require("node:os");
const { basename, join } = require("node:path");
function cacheRoot() {
  return process.env.LEAKGATE_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "leakgate");
}
function repositoryCacheDir(gitDir) {
  let real = gitDir;
  try {
    real = realpathSync(gitDir);
  } catch {
  }
  const name = basename(real === ".git" || basename(real) === ".git" ? join(real, "..") : real).replace(/\.git$/, "").replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
  const hash = pathHash(real);
  return join(cacheRoot(), "repos", `${name || "repo"}-${hash}`);
}
function privateDirectory(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const info = lstatSync(dir);
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || process.platform !== "win32" && (info.mode & 18) !== 0) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function pathHash(text) {
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619 + 2 * i + 1) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export {
  isZeroOid,
  gitBuffer,
  gitResult,
  gitResultSync,
  gitBufferSync,
  git,
  gitMaybe,
  gitRecords,
  CatFileReader,
  readInOrder,
  readBlobsById,
  pairKey,
  parseAddedLines,
  unionLines,
  resolveTips,
  allReachable,
  HistorySource,
  verifyRevisions,
  repositoryCacheDir,
  privateDirectory
};
