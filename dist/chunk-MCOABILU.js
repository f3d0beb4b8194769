import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FileRuleSet,
  compileAnyGlob,
  compilePathTests,
  resolveOverlaps
} from "./chunk-PTP6TP6B.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";
import {
  BlobScanner
} from "./chunk-EEUAQW6Z.js";
import {
  loadBuiltinRules
} from "./chunk-FX5AZDPC.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";
import {
  fingerprint
} from "./chunk-QK7QNPCE.js";

// src/scan.ts
import { stat } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/incremental.ts
import { resolve } from "node:path";

// src/cache/scan-cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var FORMAT = "leakgate-scan-cache/2";
var SIZE_BYTES = 8;
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var FLAG_RESULTS = 4;
var FLAG_TRUNCATED = 8;
var FLAG_WALKED = 16;
var FLAG_SCOPED = 32;
function cacheKey(parts) {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
var ScanCache = class _ScanCache {
  constructor(file, key, oidBytes, records, results, generation) {
    this.file = file;
    this.key = key;
    this.oidBytes = oidBytes;
    this.records = records;
    this.results = results;
    this.generation = generation;
    this.recordBytes = oidBytes + SIZE_BYTES + 1;
    this.seen = new Uint8Array(records.length / this.recordBytes);
  }
  file;
  key;
  oidBytes;
  records;
  results;
  generation;
  recordBytes;
  /** Blobs scanned in this run; a later scan of the same blob (with more rules) replaces an earlier one. */
  added = /* @__PURE__ */ new Map();
  /** Lookups that found their blob (blobs replayed in this run). */
  hits = 0;
  /** Old records looked up in this run (they are part of this run's walk). */
  seen;
  get walkFile() {
    return this.file.replace(/\.cache$/, ".walk");
  }
  /** The walk stored with this version of the cache, or undefined (none, another version, unreadable). */
  async loadWalk(diagnostics) {
    if (!this.generation) return void 0;
    let text;
    try {
      text = await readFile(this.walkFile, "utf8");
    } catch {
      return void 0;
    }
    try {
      const stored = JSON.parse(text);
      if (stored.format !== FORMAT || stored.key !== this.key) throw new Error("header does not match");
      if (stored.generation !== this.generation) return void 0;
      const walk = stored.walk;
      if (!Array.isArray(walk.tips) || typeof walk.commits !== "number" || typeof walk.intros !== "object" || !Array.isArray(walk.missing)) {
        throw new Error("bad walk");
      }
      return walk;
    } catch (error) {
      diagnostics.push(cacheDiagnostic(`scan cache ${this.walkFile} is unreadable (${error instanceof Error ? error.message : String(error)}); the whole history is walked`));
      return void 0;
    }
  }
  /**
   * Opens the cache file for `key` in `dir` (a missing file is an empty cache). Problems are pushed to `diagnostics`
   * and give an empty cache that will overwrite the bad file.
   */
  static async open(dir, key, oidBytes, diagnostics) {
    const file = join(dir, `scan-${key}.cache`);
    const empty = () => new _ScanCache(file, key, oidBytes, Buffer.alloc(0), {}, void 0);
    let data;
    try {
      data = await readFile(file);
    } catch (error) {
      if (error.code !== "ENOENT") {
        diagnostics.push(cacheDiagnostic(`cannot read scan cache ${file}: ${error.code ?? String(error)}; scanning without it`));
      }
      return empty();
    }
    try {
      const eol = data.indexOf(10);
      if (eol < 0 || eol > 4096) throw new Error("no header");
      const header = JSON.parse(data.toString("utf8", 0, eol));
      const body = data.subarray(eol + 1);
      const recordBytes = oidBytes + SIZE_BYTES + 1;
      if (header.format !== FORMAT || header.key !== key || header.oidBytes !== oidBytes) throw new Error("header does not match");
      if (!Number.isSafeInteger(header.count) || !Number.isSafeInteger(header.resultsBytes)) throw new Error("bad counts");
      if (body.length !== header.count * recordBytes + header.resultsBytes) throw new Error("truncated");
      if (createHash("sha256").update(body).digest("hex") !== header.sha256) throw new Error("checksum mismatch");
      const records = body.subarray(0, header.count * recordBytes);
      const results = JSON.parse(body.toString("utf8", records.length));
      if (typeof results !== "object" || results === null) throw new Error("bad results");
      return new _ScanCache(file, key, oidBytes, records, results, header.generation);
    } catch (error) {
      diagnostics.push(
        cacheDiagnostic(`scan cache ${file} is unreadable (${error instanceof Error ? error.message : String(error)}); it was ignored and will be rewritten`)
      );
      return empty();
    }
  }
  /** Blobs the cache held when opened. */
  get size() {
    return this.records.length / this.recordBytes;
  }
  /** How many lookups found their blob. */
  get hitCount() {
    return this.hits;
  }
  /** The stored scan of `id`, or undefined when this blob has not been scanned under this key. */
  lookup(id, track = true) {
    if (this.records.length === 0 || id.length !== this.oidBytes * 2) return void 0;
    const oid = Buffer.from(id, "hex");
    const width = this.recordBytes;
    let lo = 0;
    let hi = this.records.length / width - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const at = mid * width;
      const c = this.records.compare(oid, 0, this.oidBytes, at, at + this.oidBytes);
      if (c === 0) {
        if (track) {
          this.hits++;
          this.seen[mid] = 1;
        }
        const size = this.records.readDoubleLE(at + this.oidBytes);
        const flags = this.records[at + this.oidBytes + SIZE_BYTES];
        const stored = flags & FLAG_RESULTS ? this.results[id] : void 0;
        return {
          id,
          size,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          truncated: (flags & FLAG_TRUNCATED) !== 0,
          scoped: (flags & FLAG_SCOPED) !== 0,
          matches: stored?.m ?? [],
          diagnostics: stored?.d ?? [],
          walked: (flags & FLAG_WALKED) !== 0
        };
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return void 0;
  }
  /** Records a blob scanned in this run (call only for complete scans: not for a blob whose rules timed out). */
  add(blob) {
    if (blob.id.length === this.oidBytes * 2) this.added.set(blob.id, blob);
  }
  /**
   * Writes old and new records to the cache file (temp file + rename), then the walk when given. `incremental`: the
   * run walked only commits new since the stored walk, so old records keep their walked mark; otherwise only the
   * blobs met in this run are marked. Problems become diagnostics.
   */
  async save(diagnostics, walk, incremental = false) {
    if (this.added.size === 0 && !walk) return;
    const width = this.recordBytes;
    const fresh = [...this.added.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const oldCount = this.records.length / width;
    const out = Buffer.alloc((oldCount + fresh.length) * width);
    const results = {};
    let i = 0;
    let j = 0;
    let n = 0;
    let last;
    while (i < oldCount || j < fresh.length) {
      const oldAt = i * width;
      const next = j < fresh.length ? Buffer.from(fresh[j].id, "hex") : void 0;
      const c = i >= oldCount ? 1 : next === void 0 ? -1 : this.records.compare(next, 0, this.oidBytes, oldAt, oldAt + this.oidBytes);
      const at = n * width;
      if (c < 0) {
        this.records.copy(out, at, oldAt, oldAt + width);
        const flagAt = at + this.oidBytes + SIZE_BYTES;
        const walked = this.seen[i] === 1 || incremental && (out[flagAt] & FLAG_WALKED) !== 0;
        out[flagAt] = out[flagAt] & ~FLAG_WALKED | (walked ? FLAG_WALKED : 0);
        if (this.records[oldAt + this.oidBytes + SIZE_BYTES] & FLAG_RESULTS) {
          const id = this.records.toString("hex", oldAt, oldAt + this.oidBytes);
          const stored = this.results[id];
          if (stored) results[id] = stored;
        }
        i++;
      } else {
        const blob = fresh[j];
        if (last && next.equals(last)) {
          j++;
          continue;
        }
        next.copy(out, at);
        out.writeDoubleLE(blob.size, at + this.oidBytes);
        const hasResults = blob.matches.length > 0 || blob.diagnostics.length > 0;
        out[at + this.oidBytes + SIZE_BYTES] = (blob.binary ? FLAG_BINARY : 0) | (blob.matched ? FLAG_MATCHED : 0) | (hasResults ? FLAG_RESULTS : 0) | (blob.truncated ? FLAG_TRUNCATED : 0) | (blob.scoped ? FLAG_SCOPED : 0) | FLAG_WALKED;
        if (hasResults) results[blob.id] = { m: [...blob.matches], d: [...blob.diagnostics] };
        last = next;
        if (c === 0) i++;
        j++;
      }
      n++;
    }
    const records = out.subarray(0, n * width);
    const resultText = Buffer.from(JSON.stringify(results), "utf8");
    const body = Buffer.concat([records, resultText]);
    const generation = randomBytes(8).toString("hex");
    const header = {
      format: FORMAT,
      key: this.key,
      oidBytes: this.oidBytes,
      count: n,
      resultsBytes: resultText.length,
      sha256: createHash("sha256").update(body).digest("hex"),
      generation
    };
    await mkdir(join(this.file, ".."), { recursive: true }).catch(() => void 0);
    if (!await writeAtomically(this.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`, "utf8"), body]), diagnostics)) return;
    if (walk) await writeAtomically(this.walkFile, Buffer.from(JSON.stringify({ format: FORMAT, key: this.key, generation, walk }), "utf8"), diagnostics);
  }
};
async function writeAtomically(file, data, diagnostics) {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, data, { mode: 384 });
    await rename(temp, file);
    return true;
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    diagnostics.push(cacheDiagnostic(`cannot write scan cache ${file}: ${error.code ?? String(error)}`));
    return false;
  }
}
function cacheDiagnostic(detail) {
  return { code: "cache-ignored", detail };
}

// src/sources/git.ts
import { spawn } from "node:child_process";
function gitEnv() {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function spawnGit(cwd, args) {
  return spawn("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
function gitBuffer(cwd, args, input) {
  return new Promise((resolve3, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve3(Buffer.concat(out));
      else reject(new GitError(`git ${args.join(" ")} failed: ${Buffer.concat(err).toString("utf8").trim() || `exit ${code}`}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
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
  const exit = new Promise((resolve3) => child.on("close", (code) => resolve3(code ?? 1)));
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
var CatFileReader = class {
  constructor(cwd, maxBytes, maxHeld = 24 * 1024 * 1024, headBytes = 8192) {
    this.maxBytes = maxBytes;
    this.maxHeld = maxHeld;
    this.headBytes = headBytes;
    this.child = spawnGit(cwd, ["cat-file", "--batch-command", "--buffer"]);
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (text) => this.stderr += text.slice(0, 4e3));
    this.child.stdin.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    this.child.on("error", (error) => this.fail(new GitError(`cannot run git: ${error.message}`)));
    this.child.on("close", (code) => {
      if (this.pending.length > 0) this.fail(new GitError(`git cat-file --batch exited (${code}): ${this.stderr.trim()}`));
    });
  }
  maxBytes;
  maxHeld;
  headBytes;
  child;
  pending = [];
  buffer = Buffer.alloc(0);
  header;
  body = [];
  bodyLength = 0;
  remaining = 0;
  stderr = "";
  failed;
  outgoing = [];
  /** Bytes of objects handed out and not yet released by the consumer; over the limit, git's output is paused. */
  held = 0;
  paused = false;
  /** Reads one object; resolves undefined when git reports it missing. */
  read(id) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve3, reject) => {
      this.pending.push({ id, resolve: resolve3, reject });
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
  /** The consumer is done with `bytes` of delivered content (bounds memory while it is slower than git). */
  release(bytes) {
    this.held -= bytes;
    if (this.paused && this.held < this.maxHeld / 2) {
      this.paused = false;
      this.child.stdout.resume();
    }
  }
  close() {
    this.flush();
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
  }
  fail(error) {
    this.failed ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
  onData(chunk) {
    let buf = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let pos = 0;
    while (pos < buf.length) {
      if (this.header) {
        const take = Math.min(this.remaining, buf.length - pos);
        if (take > 0) {
          const keep = this.header.size > this.maxBytes ? Math.max(0, Math.min(take, this.headBytes - this.bodyLength)) : take;
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
        const { id, type, size: size2 } = this.header;
        const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyLength);
        this.header = void 0;
        this.body = [];
        this.bodyLength = 0;
        this.pending.shift()?.resolve({ id, type, size: size2, bytes });
        this.held += bytes.byteLength;
        if (!this.paused && this.held > this.maxHeld) {
          this.paused = true;
          this.child.stdout.pause();
        }
        continue;
      }
      const eol = buf.indexOf(10, pos);
      if (eol === -1) break;
      const line = buf.toString("latin1", pos, eol);
      pos = eol + 1;
      const parts = line.split(" ");
      if (parts.length === 2 && (parts[1] === "missing" || parts[1] === "ambiguous")) {
        this.pending.shift()?.resolve(void 0);
        continue;
      }
      const size = Number(parts[2]);
      if (parts.length !== 3 || !Number.isSafeInteger(size)) {
        this.fail(new GitError(`git cat-file --batch: unexpected header "${line.slice(0, 120)}"`));
        return;
      }
      this.header = { id: parts[0], type: parts[1], size };
      this.remaining = size;
    }
    this.buffer = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    buf = this.buffer;
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
var ZERO_OID = /^0+$/;
var READ_HIGH = 512;
var READ_LOW = 128;
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
          this.recordIntro(blob, path, c);
        }
      }
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
  intros = /* @__PURE__ */ new Map();
  reader;
  commitIndex = /* @__PURE__ */ new Map();
  /** The introductions of these blobs, for a later incremental scan (see WalkState). */
  introductions(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const known = this.intros.get(id);
      if (!known) continue;
      out.set(
        id,
        (Array.isArray(known) ? known : [known]).map((i) => [this.pathNames[i.path], this.commits.id(i.commit), this.commits.time(i.commit)])
      );
    }
    return out;
  }
  async *blobs() {
    const present = await this.presentObjects();
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    const inFlight = [];
    const request = (id, path) => {
      const read = (present && !present.has(id) ? Promise.resolve(void 0) : reader.read(id)).then((object) => {
        if (!object) return void 0;
        return { id, bytes: object.bytes, size: object.size, truncated: object.size > this.options.maxBlobBytes, path };
      });
      read.catch(() => void 0);
      inFlight.push({ id, path, read });
    };
    const take = async () => {
      const next = inFlight.shift();
      const blob = await next.read;
      if (!blob) {
        this.diagnostics.push({
          code: "missing-object",
          blobId: next.id,
          path: next.path,
          detail: `blob ${next.id} (${next.path}) is not in the object store (partial or shallow clone, or a damaged repository); it was not scanned`
        });
        return void 0;
      }
      this.progress.blobsRead++;
      this.progress.bytesRead += blob.size;
      return blob;
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
          if (recheck.has(change.blob) || this.options.known?.(change.blob, this.pathNames[change.path])) continue;
          queueBlobs.push(change.blob);
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
          request(queueBlobs[queueHead], this.pathNames[queuePaths[queueHead]]);
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
          await new Promise((resolve3) => wake = resolve3);
          continue;
        }
        do {
          const blob = await take();
          if (blob) {
            const held = blob.bytes.byteLength;
            yield blob;
            reader.release(held);
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
  /** Streams the walk: records commits and introductions, yields each (blob, path) change. */
  async *walk() {
    const { tips, since } = this.options;
    const args = [
      "log",
      ...tips ? ["--stdin"] : this.options.revs,
      "--raw",
      "--no-abbrev",
      "--no-renames",
      `--diff-merges=${this.options.merges}`,
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
   * returns the blob and path index only the first time the walk meets the blob.
   */
  parseEntry(entry, path, commit) {
    let parents = 0;
    while (entry.charCodeAt(parents) === 58) parents++;
    const fields = entry.slice(parents).split(" ");
    const mode = fields[parents];
    const blob = fields[2 * parents + 1];
    const status = fields[2 * parents + 2] ?? "";
    if (!mode || !blob || ZERO_OID.test(blob) || status.startsWith("D")) return void 0;
    if (mode !== "100644" && mode !== "100755" && mode !== "100664") return void 0;
    if (commit < 0 || this.options.skipPath?.(path)) return void 0;
    const p = this.recordIntro(blob, path, commit);
    return p < 0 ? void 0 : { blob, path: p };
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
  /** Records that `commit` introduced `blob` at `path`; returns the path index if the blob is new, else -1. */
  recordIntro(blob, path, commit) {
    const p = this.pathId(path);
    const known = this.intros.get(blob);
    if (!known) {
      this.intros.set(blob, { commit, path: p });
      return p;
    }
    const list = Array.isArray(known) ? known : [known];
    const same = list.find((i) => i.path === p);
    if (same) {
      if (this.commits.time(commit) <= this.commits.time(same.commit)) same.commit = commit;
      return -1;
    }
    list.push({ commit, path: p });
    if (!Array.isArray(known)) this.intros.set(blob, list);
    return -1;
  }
  async origins(blobIds) {
    const wanted = /* @__PURE__ */ new Map();
    const commits = /* @__PURE__ */ new Set();
    for (const id of blobIds) {
      const known = this.intros.get(id);
      if (!known) continue;
      const list = (Array.isArray(known) ? known : [known]).slice().sort((a, b) => this.commits.time(a.commit) - this.commits.time(b.commit) || a.path - b.path);
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const info = await this.commitInfo([...commits].map((c) => this.commits.id(c)));
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commits.id(intro.commit));
          return commit ? { path: this.pathNames[intro.path], commit } : { path: this.pathNames[intro.path] };
        })
      );
    }
    return out;
  }
  async *readBlobs(blobIds) {
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    try {
      for (let i = 0; i < blobIds.length; i += 256) {
        const reads = blobIds.slice(i, i + 256).map((id) => reader.read(id));
        for (const read of reads) read.catch(() => void 0);
        reader.flush();
        for (const read of reads) {
          const object = await read;
          if (!object) continue;
          yield { id: object.id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
          reader.release(object.bytes.byteLength);
        }
      }
    } finally {
      reader.close();
    }
  }
  *paths() {
    const byPath = this.pathNames.map(() => []);
    for (const [blob, known] of this.intros) {
      if (Array.isArray(known)) for (const intro of known) byPath[intro.path].push(blob);
      else byPath[known.path].push(blob);
    }
    for (const [i, blobIds] of byPath.entries()) if (blobIds.length > 0) yield { path: this.pathNames[i], blobIds };
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
  id(index) {
    return this.ids.toString("hex", index * this.width, (index + 1) * this.width);
  }
  time(index) {
    return this.times[index];
  }
};

// src/incremental.ts
var IncrementalScan = class _IncrementalScan {
  constructor(cache, tips, previous) {
    this.cache = cache;
    this.tips = tips;
    this.previous = previous;
  }
  cache;
  tips;
  previous;
  /** Blobs with results (or too large) in this run: the ones whose introductions the next walk needs. */
  notable = /* @__PURE__ */ new Set();
  /** Opens the cache of a git repository; undefined when `repo` is not one (the source reports that). */
  static async open(repo, keyParts, wholeHistory, diagnostics) {
    const out = await gitMaybe(repo, ["rev-parse", "--show-object-format", "--git-path", "leakgate"]);
    const [format, dir] = out?.split("\n") ?? [];
    if (!format || !dir) return void 0;
    const cache = await ScanCache.open(resolve(repo, dir), cacheKey(keyParts), format === "sha256" ? 32 : 20, diagnostics);
    if (!wholeHistory) return new _IncrementalScan(cache, void 0, void 0);
    const tips = await resolveTips(repo);
    const stored = await cache.loadWalk(diagnostics);
    const usable = stored !== void 0 && await allReachable(repo, stored.tips, tips) && Object.keys(stored.intros).every((id) => cache.lookup(id, false) !== void 0);
    return new _IncrementalScan(cache, tips, usable ? stored : void 0);
  }
  /** Counts of the part of history this run does not walk again (undefined: the whole history is walked). */
  get totals() {
    return this.previous?.totals;
  }
  /** Blobs replayed from the cache. */
  get hits() {
    return this.cache.hitCount;
  }
  /** The stored walk in the source's terms. */
  get since() {
    const walk = this.previous;
    if (!walk) return void 0;
    return {
      tips: walk.tips,
      commits: walk.commits,
      intros: new Map(Object.entries(walk.intros)),
      missing: walk.missing
    };
  }
  /** Replays the stored blobs with results of the part of history not walked again. */
  replayStored(replay) {
    for (const id of Object.keys(this.previous?.intros ?? {})) {
      const hit = this.cache.lookup(id);
      if (!hit) continue;
      this.note(hit);
      replay(hit);
    }
  }
  /**
   * Asked by the source for each blob the walk meets: undefined means read and scan it. A blob already counted in
   * the stored walk is reported as `counted` (its results were replayed by replayStored).
   */
  lookup(id) {
    const hit = this.cache.lookup(id);
    if (!hit) return void 0;
    const counted = this.previous !== void 0 && hit.walked === true;
    if (!counted) this.note(hit);
    return { hit, counted };
  }
  /** Records a blob scanned (or found too large) in this run. */
  add(blob) {
    this.note(blob);
    this.cache.add(blob);
  }
  /** After a complete scan: stores the blobs and, for whole-history scans, the walk. */
  async save(source, totals, commits, diagnostics) {
    if (!this.tips) {
      await this.cache.save(diagnostics);
      return;
    }
    const intros = {};
    for (const [id, list] of source.introductions(this.notable)) intros[id] = list.map(([path, commit, time]) => [path, commit, time]);
    const missing = source.diagnostics.filter((d) => d.code === "missing-object" && d.blobId && d.path !== void 0).map((d) => [d.blobId, d.path]);
    await this.cache.save(diagnostics, { tips: [...this.tips], commits, totals, intros, missing }, this.previous !== void 0);
  }
  note(blob) {
    if (blob.truncated || blob.matches.length > 0 || blob.diagnostics.length > 0) this.notable.add(blob.id);
  }
};

// src/sources/directory.ts
import { createHash as createHash2 } from "node:crypto";
import { lstat, open, readdir } from "node:fs/promises";
import { basename, join as join2, relative, sep } from "node:path";
function blobId(bytes) {
  return createHash2("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
var SKIP_DIRS = /* @__PURE__ */ new Set([".git"]);
var DirectorySource = class {
  constructor(root, target, maxBlobBytes, skipPath) {
    this.root = root;
    this.target = target;
    this.maxBlobBytes = maxBlobBytes;
    this.skipPath = skipPath;
  }
  root;
  target;
  maxBlobBytes;
  skipPath;
  kind = "tree";
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  pathsByBlob = /* @__PURE__ */ new Map();
  async *blobs() {
    const single = (await lstat(this.root)).isFile();
    const files = single ? [this.root] : this.walk(this.root);
    for await (const file of files) {
      const path = single ? basename(file) : relative(this.root, file).split(sep).join("/");
      if (this.skipPath?.(path)) continue;
      const read = await this.read(file, path);
      if (!read) continue;
      const id = blobId(read.hashBytes);
      const known = this.pathsByBlob.get(id);
      if (known) {
        known.push(path);
        continue;
      }
      this.pathsByBlob.set(id, [path]);
      this.progress.blobsRead++;
      this.progress.bytesRead += read.size;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength, path };
    }
  }
  /** Reads a file whole, or only its head when it is over the limit (then the id hashes the head and size). */
  async read(file, path) {
    try {
      const handle = await open(file, "r");
      try {
        const { size } = await handle.stat();
        if (size <= this.maxBlobBytes) {
          const bytes2 = await handle.readFile();
          return { bytes: bytes2, hashBytes: bytes2, size: bytes2.byteLength };
        }
        const head = Buffer.alloc(8192);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const bytes = head.subarray(0, bytesRead);
        return { bytes, hashBytes: Buffer.concat([bytes, Buffer.from(`\0${size}`)]), size };
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.diagnostics.push({
        code: "read-error",
        path,
        detail: `cannot read ${path}: ${error.code ?? String(error)}`
      });
      return void 0;
    }
  }
  /** Regular files below `dir` in name order; symbolic links are not followed. */
  async *walk(dir) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.diagnostics.push({
        code: "read-error",
        path: relative(this.root, dir) || ".",
        detail: `cannot list ${dir}: ${error.code ?? String(error)}`
      });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = join2(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) yield* this.walk(full);
      } else if (entry.isFile()) {
        yield full;
      }
    }
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const paths = this.pathsByBlob.get(id);
      if (paths) out.set(id, paths.map((path) => ({ path })));
    }
    return out;
  }
  async *readBlobs(blobIds) {
    for (const id of blobIds) {
      const path = this.pathsByBlob.get(id)?.[0];
      if (path === void 0) continue;
      const single = (await lstat(this.root)).isFile();
      const read = await this.read(single ? this.root : join2(this.root, ...path.split("/")), path);
      if (!read || blobId(read.hashBytes) !== id) continue;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength };
    }
  }
  *paths() {
    const byPath = /* @__PURE__ */ new Map();
    for (const [id, paths] of this.pathsByBlob) {
      for (const path of paths) {
        const list = byPath.get(path);
        if (list) list.push(id);
        else byPath.set(path, [id]);
      }
    }
    for (const [path, blobIds] of byPath) yield { path, blobIds };
  }
  async close() {
  }
};

// src/engine/gitattributes.ts
function unquote(quoted) {
  return quoted.replace(/\\(?:([0-7]{3})|(.))/g, (_, octal, c) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8));
    return c === "t" ? "	" : c === "n" ? "\n" : c ?? "";
  });
}
function splitLine(line) {
  const trimmed = line.replace(/^\s+/, "");
  if (trimmed === "" || trimmed.startsWith("#")) return void 0;
  if (trimmed.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"(.*)$/.exec(trimmed);
    if (!m) return void 0;
    return { pattern: unquote(m[1]), tokens: m[2].trim().split(/\s+/).filter(Boolean) };
  }
  const [pattern, ...tokens] = trimmed.split(/\s+/).filter(Boolean);
  return pattern === void 0 ? void 0 : { pattern, tokens };
}
function filterOf(tokens, macros) {
  let filter;
  for (const token of tokens) {
    if (token === "filter") filter = "true";
    else if (token.startsWith("filter=")) filter = token.slice("filter=".length);
    else if (token === "-filter" || token === "!filter") filter = null;
    else if (macros.has(token)) {
      const expanded = filterOf(macros.get(token), /* @__PURE__ */ new Map());
      if (expanded !== void 0) filter = expanded;
    }
  }
  return filter;
}
var LfsAttributes = class _LfsAttributes {
  constructor(files) {
    this.files = files;
  }
  files;
  /** `files`: `.gitattributes` path -> its versions. */
  static async create(files) {
    const compiled = /* @__PURE__ */ new Map();
    if (files.size === 0) return new _LfsAttributes(compiled);
    const { default: picomatch } = await import("./chunk-YLINAKD2.js");
    const options = { dot: true, nobrace: true, noextglob: true, nonegate: true };
    const macros = /* @__PURE__ */ new Map();
    const parsed = /* @__PURE__ */ new Map();
    for (const [path, versions] of files) {
      parsed.set(
        path,
        versions.map(
          (v) => v.text.split(/\r?\n/).flatMap((line) => {
            const split = splitLine(line);
            if (!split) return [];
            if (split.pattern.startsWith("[attr]")) {
              macros.set(split.pattern.slice("[attr]".length), split.tokens);
              return [];
            }
            return [split];
          })
        )
      );
    }
    for (const [path, versions] of files) {
      const lists = parsed.get(path);
      compiled.set(
        path.slice(0, Math.max(0, path.lastIndexOf("/"))),
        versions.map((v, i) => ({
          time: v.time ?? -Infinity,
          lines: lists[i].flatMap(({ pattern, tokens }) => {
            const filter = filterOf(tokens, macros);
            if (filter === void 0 || pattern.endsWith("/") || pattern.startsWith("!")) return [];
            if (pattern.includes("/")) {
              const anchored = picomatch(pattern.replace(/^\//, ""), options);
              return [{ test: anchored, filter }];
            }
            const name = picomatch(pattern, options);
            return [{ test: (p) => name(p.slice(p.lastIndexOf("/") + 1)), filter }];
          })
        }))
      );
    }
    return new _LfsAttributes(compiled);
  }
  /**
   * Whether `path` is tracked by LFS under the newest version of each applicable attribute file added no later than
   * `time` (every version when `time` is undefined: the newest). In a linear history that is the version in force
   * at the commit; see README for where this approximation can differ from git.
   */
  isTracked(path, time) {
    let filter = null;
    const applicable = [...this.files].filter(([dir]) => dir === "" || path.startsWith(`${dir}/`)).sort(([a], [b]) => depth(a) - depth(b));
    for (const [dir, versions] of applicable) {
      let chosen;
      for (const v of versions) {
        if (time !== void 0 && v.time > time) continue;
        if (!chosen || v.time >= chosen.time) chosen = v;
      }
      if (!chosen) continue;
      const relative2 = dir === "" ? path : path.slice(dir.length + 1);
      for (const line of chosen.lines) if (line.test(relative2)) filter = line.filter;
    }
    return filter === "lfs";
  }
  get empty() {
    return this.files.size === 0;
  }
};
function depth(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}

// src/scan-files.ts
var LARGEST_BLOBS = 10;
var MAX_ATTRIBUTES_BYTES = 1024 * 1024;
var isAttributesPath = (path) => path === ".gitattributes" || path.endsWith("/.gitattributes");
var FileScan = class _FileScan {
  constructor(ruleSet, keepHints) {
    this.ruleSet = ruleSet;
    this.keepHints = keepHints;
  }
  ruleSet;
  keepHints;
  facts = /* @__PURE__ */ new Map();
  attributes = /* @__PURE__ */ new Map();
  largest = [];
  hints = [];
  lfsPointers = 0;
  /** `keepHints`: the source cannot list its paths afterwards, so remember each blob's hinted path. */
  static async create(rules, sizeLimits, keepHints) {
    return new _FileScan(await FileRuleSet.compile(rules, sizeLimits), keepHints);
  }
  /**
   * Looks at one blob's size and head; keeps only what is notable. Returns whether the blob is plain (text, not
   * large, nothing in its head): then its size alone tells the file rules everything (`observeCached`), and the
   * scan cache may replay it without reading it again.
   */
  observe(blob) {
    const facts = this.ruleSet.inspect(blob.bytes, blob.size);
    if (this.ruleSet.isNotable(facts, blob.path)) this.facts.set(blob.id, facts);
    if (facts.lfsPointer) this.lfsPointers++;
    if (this.keepHints && blob.path !== void 0) this.hints.push({ path: blob.path, blobIds: [blob.id] });
    if (blob.path !== void 0 && isAttributesPath(blob.path) && !facts.binary && blob.size <= MAX_ATTRIBUTES_BYTES && !blob.truncated) {
      const text = Buffer.from(blob.bytes).toString("utf8");
      if (text.includes("filter") || text.includes("[attr]")) this.attributes.set(blob.id, text);
    }
    this.rank(blob.id, blob.size, blob.path);
    return !this.ruleSet.isNotable(facts) && !(blob.path !== void 0 && isAttributesPath(blob.path));
  }
  /** A plain blob replayed from the scan cache (see `observe`): its facts follow from its size. */
  observeCached(blobId2, size, path) {
    const facts = { size, binary: false, lfsPointer: false };
    if (this.ruleSet.isNotable(facts, path)) this.facts.set(blobId2, facts);
    if (this.keepHints && path !== void 0) this.hints.push({ path, blobIds: [blobId2] });
    this.rank(blobId2, size, path);
  }
  /** Keeps the largest blobs for the health summary. */
  rank(blobId2, size, path) {
    const blob = { id: blobId2, size, path };
    const smallest = this.largest[this.largest.length - 1];
    if (this.largest.length < LARGEST_BLOBS || smallest && blob.size > smallest.size) {
      const at = this.largest.findIndex((b) => blob.size > b.size || blob.size === b.size && blob.id < b.blobId);
      this.largest.splice(at === -1 ? this.largest.length : at, 0, { blobId: blob.id, size: blob.size, path: blob.path });
      if (this.largest.length > LARGEST_BLOBS) this.largest.pop();
    }
  }
  /**
   * After the source is exhausted: the file-level findings, and the health figures. `contentFindings` are the
   * secret and credential findings of the same scan (a credential file whose values they already report is not
   * reported again as a file). `detail` adds the introducing commit and HEAD presence of the largest blobs (two git
   * calls, for `--health`); `skipPath` drops allowlisted paths.
   */
  async finish(source, contentFindings, totals, detail = false, skipPath) {
    const seen = source.paths ? [...source.paths()] : this.hints;
    const entries = skipPath ? seen.filter((e) => !skipPath(e.path)) : seen;
    const hits = this.ruleSet.evaluate(entries, (id) => this.facts.get(id));
    const attributeEntries = entries.filter((e) => isAttributesPath(e.path) && e.blobIds.some((id) => this.attributes.has(id)));
    const wanted = /* @__PURE__ */ new Set();
    for (const hit of hits) for (const v of hit.versions) wanted.add(v.blobId);
    for (const e of attributeEntries) for (const id of e.blobIds) if (this.attributes.has(id)) wanted.add(id);
    if (detail) for (const b of this.largest) wanted.add(b.blobId);
    const origins = wanted.size > 0 ? await source.origins([...wanted]) : /* @__PURE__ */ new Map();
    const originAt = (blobId2, path) => origins.get(blobId2)?.find((o) => o.path === path || path.endsWith("/") && o.path.startsWith(path));
    const timeAt = (blobId2, path) => {
      const date = originAt(blobId2, path)?.commit?.date;
      return date === void 0 ? void 0 : Date.parse(date);
    };
    const attributeFiles = /* @__PURE__ */ new Map();
    for (const e of attributeEntries) {
      const versions = e.blobIds.filter((id) => this.attributes.has(id)).map((id) => {
        const time = timeAt(id, e.path);
        return { text: this.attributes.get(id), ...time !== void 0 ? { time } : {} };
      });
      attributeFiles.set(e.path, versions);
    }
    const lfs = await LfsAttributes.create(attributeFiles);
    const reported = new Set(contentFindings.filter((f) => f.kind !== "hygiene").map((f) => f.path));
    const kept = [];
    for (let hit of hits) {
      if (this.ruleSet.isLfsSensitive(hit.rule) && !lfs.empty) {
        const path = hit.path;
        hit = { ...hit, versions: hit.versions.filter((v) => !lfs.isTracked(path, timeAt(v.blobId, path))) };
      }
      if (hit.rule.detector === "file" && hit.rule.kind === "credential" && !hit.rule.keepWithContent && reported.has(hit.path)) continue;
      const summary = this.ruleSet.summarize(hit);
      if (summary) kept.push({ hit, summary });
    }
    const roots = kept.filter((k) => k.hit.files !== void 0).map((k) => k.hit.path);
    const headPaths = new Set(kept.filter((k) => k.hit.files === void 0).map((k) => k.hit.path));
    const firstPaths = new Map(this.largest.map((b) => [b.blobId, origins.get(b.blobId)?.[0]?.path ?? b.path ?? ""]));
    if (detail) for (const path of firstPaths.values()) headPaths.add(path);
    const head = source.headBlobs && (kept.length > 0 || detail && this.largest.length > 0) ? await source.headBlobs((p) => headPaths.has(p) || roots.some((root) => p.startsWith(root))) : void 0;
    const findings = kept.map(({ hit, summary }) => {
      let first;
      for (const v of hit.versions) {
        const origin = originAt(v.blobId, hit.path);
        const time = origin?.commit ? Date.parse(origin.commit.date) : Infinity;
        if (!first || time < first.time || time === first.time && v.blobId < first.blobId) first = { blobId: v.blobId, origin, time };
      }
      const inHead = head ? hit.files !== void 0 ? [...head.keys()].some((p) => p.startsWith(hit.path)) : hit.versions.some((v) => head.get(hit.path) === v.blobId) : void 0;
      const finding = {
        ruleId: hit.rule.id,
        blobId: first?.blobId ?? "",
        secret: "",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        snippet: summary.message,
        entropy: 0,
        severity: summary.severity,
        kind: hit.rule.kind,
        path: hit.path,
        ...first?.origin?.commit ? { commit: first.origin.commit } : {},
        fingerprint: fingerprint(hit.rule.id, "", hit.path),
        otherOccurrences: hit.files !== void 0 ? 0 : hit.versions.length - 1,
        ...summary.size !== void 0 ? { size: summary.size } : {},
        ...inHead !== void 0 ? { inHead } : {}
      };
      return finding;
    });
    const outside = /* @__PURE__ */ new Map();
    for (const e of entries) {
      for (const id of e.blobIds) {
        const f = this.facts.get(id);
        if (f?.binary && !f.lfsPointer && !outside.has(id) && (lfs.empty || !lfs.isTracked(e.path))) outside.set(id, f.size);
      }
    }
    const largest = this.largest.map((b) => {
      const path = firstPaths.get(b.blobId) ?? "";
      const commit = origins.get(b.blobId)?.[0]?.commit?.id;
      return {
        blobId: b.blobId,
        size: b.size,
        path,
        ...commit !== void 0 ? { commit } : {},
        ...head && detail ? { inHead: head.get(path) === b.blobId } : {}
      };
    });
    const health = {
      blobs: totals.blobs,
      bytes: totals.bytes,
      largest,
      binaryOutsideLfs: { count: outside.size, bytes: [...outside.values()].reduce((a, b) => a + b, 0) },
      lfsPointers: this.lfsPointers
    };
    return { findings, health };
  }
};
function hasFileRules(rules) {
  return rules.some((r) => r.detector !== void 0 && r.detector !== "kubernetes-secret");
}

// src/sources/stdin.ts
var StreamSource = class {
  constructor(input, target, maxBlobBytes) {
    this.input = input;
    this.target = target;
    this.maxBlobBytes = maxBlobBytes;
  }
  input;
  target;
  maxBlobBytes;
  kind = "stdin";
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  id;
  async *blobs() {
    const chunks = [];
    let size = 0;
    let kept = 0;
    for await (const chunk of this.input) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buf.byteLength;
      if (kept < this.maxBlobBytes) {
        const part = buf.subarray(0, this.maxBlobBytes - kept);
        chunks.push(part);
        kept += part.byteLength;
      }
    }
    const bytes = Buffer.concat(chunks);
    this.id = blobId(bytes);
    this.progress.blobsRead = 1;
    this.progress.bytesRead = size;
    yield { id: this.id, bytes: size > kept ? bytes.subarray(0, 8192) : bytes, size, truncated: size > kept, path: this.target };
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    if (this.id && blobIds.includes(this.id)) out.set(this.id, [{ path: this.target }]);
    return out;
  }
  *paths() {
    if (this.id) yield { path: this.target, blobIds: [this.id] };
  }
  async close() {
  }
};

// src/suppress.ts
function gitleaksMatch(entry, finding) {
  if (entry.ruleId !== finding.ruleId || entry.path !== finding.path || entry.line !== finding.line) return false;
  if (entry.commit === void 0) return true;
  return finding.commit !== void 0 && finding.commit.id.startsWith(entry.commit);
}
function suppressionOf(finding, input, inline) {
  if (inline && finding.allowed) {
    return { kind: "inline", ...finding.allowed.reason ? { reason: finding.allowed.reason } : {}, source: finding.allowed.marker };
  }
  if (!input) return void 0;
  if (input.ignored.has(finding.fingerprint)) {
    const reason = input.ignored.get(finding.fingerprint);
    return { kind: "ignore", ...reason ? { reason } : {}, ...input.ignoreSource ? { source: input.ignoreSource } : {} };
  }
  if (input.gitleaksIgnored?.some((entry) => gitleaksMatch(entry, finding))) {
    return { kind: "ignore", ...input.gitleaksIgnoreSource ? { source: input.gitleaksIgnoreSource } : {} };
  }
  if (input.baseline?.has(finding.fingerprint)) {
    return { kind: "baseline", ...input.baselineSource ? { source: input.baselineSource } : {} };
  }
  return void 0;
}
function applySuppressions(findings, input, inline = true) {
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    const suppression = suppressionOf(finding, input, inline);
    if (suppression) suppressed.push({ ...finding, suppression });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

// src/scan.ts
var DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
var DEFAULT_BLOB_TIMEOUT_MS = 1e4;
var INLINE_BYTES = 4 * 1024 * 1024;
async function runScan(options) {
  const started = performance.now();
  const matchesByBlob = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const stats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const count = (result, size) => {
    stats.blobs++;
    stats.bytes += size;
    if (result.binary) stats.binarySkipped++;
    if (result.matched) stats.blobsMatched++;
  };
  const keep = (id, result) => {
    if (result.matches.length > 0) matchesByBlob.set(id, [...result.matches]);
    diagnostics.push(...result.diagnostics);
  };
  const walkReusable = !hasFileRules(options.rules) && !options.rules.some(isPathLimited);
  const cache = await openIncremental(options, walkReusable, diagnostics);
  const tooLarge = (id, size) => {
    diagnostics.push({
      code: "too-large",
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`
    });
  };
  const replay = (hit) => hit.truncated ? tooLarge(hit.id, hit.size) : keep(hit.id, hit);
  if (cache?.totals) {
    Object.assign(stats, cache.totals);
    cache.replayStored(replay);
  }
  let files;
  let scoped;
  const known = cache ? (id, path) => {
    const found = cache.lookup(id);
    if (!found) return false;
    if (!found.hit.scoped && scoped?.concerns(path)) return false;
    if (!found.counted) {
      count(found.hit, found.hit.size);
      replay(found.hit);
    }
    files?.observeCached(id, found.hit.size, path);
    if (found.hit.scoped) scoped?.markScoped(id);
    return true;
  } : void 0;
  const source = await openSource(options, known && { known, ...cache?.tips ? { tips: cache.tips } : {}, ...cache?.since ? { since: cache.since } : {} });
  files = await FileScan.create(options.rules, [...options.sizeLimits ?? [], ...configSizeLimits(options.hygiene)], !source.paths);
  const pathTests = await compilePathTests(options.rules);
  scoped = await scopedPaths(options.rules, pathTests, source);
  const scopedNow = scoped;
  const pending = /* @__PURE__ */ new Map();
  let rescanning = /* @__PURE__ */ new Set();
  let read = 0;
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: await onlyBuiltinRules(options.rules) ? INLINE_BYTES : 0,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      const again = rescanning.has(result.blobId);
      const info = pending.get(result.blobId);
      pending.delete(result.blobId);
      if (!again) count(result, info?.size ?? 0);
      keep(result.blobId, result);
      if (cache && info?.cacheable && !result.diagnostics.some((d) => d.code === "regex-timeout")) {
        cache.add({ ...result, id: result.blobId, size: info.size, truncated: false, scoped: again || scopedNow.wasScoped(result.blobId) });
      }
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic)
  });
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      options.onProgress?.(source.progress);
      const cacheable = files.observe(blob);
      if (blob.truncated) {
        count({ binary: false, matched: false }, blob.size);
        tooLarge(blob.id, blob.size);
        if (cacheable) cache?.add({ id: blob.id, size: blob.size, binary: false, matched: false, truncated: true, scoped: true, matches: [], diagnostics: [] });
        continue;
      }
      pending.set(blob.id, { size: blob.size, cacheable });
      await scanner.submit(blob, scoped.atHint(blob.id, blob.path));
    }
    await scanner.drain();
    rescanning = scoped.missed([...diagnostics, ...source.diagnostics]);
    if (rescanning.size > 0 && source.readBlobs) {
      for await (const blob of source.readBlobs([...rescanning])) {
        if (blob.truncated) continue;
        pending.set(blob.id, { size: blob.size, cacheable: true });
        await scanner.submit(blob, true);
      }
      await scanner.drain();
    }
    complete = true;
  } finally {
    await scanner.close();
    await source.close();
  }
  if (cache && complete && source instanceof HistorySource) {
    stats.cachedBlobs = stats.blobs - read;
    const { blobs, bytes, binarySkipped, blobsMatched } = stats;
    await cache.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, diagnostics);
  }
  stats.commits = source.progress.commits;
  diagnostics.push(...source.diagnostics);
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  const contentFindings = await attach(matchesByBlob, origins, options.rules, pathTests, diagnostics, options.skipPath);
  const fileResult = await files.finish(source, contentFindings, stats, options.healthDetail ?? false, options.skipPath);
  const all = [...contentFindings, ...fileResult.findings].sort(compareFindings);
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true);
  stats.durationMs = Math.round(performance.now() - started);
  return {
    kind: source.kind,
    target: source.target,
    findings,
    suppressed,
    rules: options.rules,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
    toolVersion: VERSION,
    health: fileResult.health
  };
}
async function onlyBuiltinRules(rules) {
  const builtin = new Set(await loadBuiltinRules());
  return rules.every((rule) => builtin.has(rule));
}
async function openIncremental(options, walkReusable, diagnostics) {
  if (options.cache === false || options.target.type !== "history") return void 0;
  const keyParts = { tool: VERSION, rules: options.rules, maxBlobBytes: options.maxBlobBytes, hygiene: options.hygiene ?? null, sizeLimits: options.sizeLimits ?? [] };
  return IncrementalScan.open(resolve2(options.target.path), keyParts, walkReusable && !options.target.revs, diagnostics);
}
async function openSource(options, history) {
  const { target } = options;
  if (target.type === "stdin") return new StreamSource(target.input, target.name, options.maxBlobBytes);
  const path = resolve2(target.path);
  try {
    await stat(path);
  } catch {
    throw new InputError(`${target.path}: no such file or directory`);
  }
  if (target.type === "directory") return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath);
  const gitDir = await gitMaybe(path, ["rev-parse", "--git-dir"]);
  if (gitDir === void 0) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  const revs = target.revs ?? ["--all"];
  return new HistorySource({
    repo: path,
    kind: target.revs ? "range" : "history",
    target: target.path,
    revs,
    merges: target.revs ? "combined" : "first-parent",
    maxBlobBytes: options.maxBlobBytes,
    ...options.skipPath ? { skipPath: options.skipPath } : {},
    ...history
  });
}
async function scopedPaths(rules, tests, source) {
  const scopedRules = rules.filter(isPathLimited);
  const scopedTests = scopedRules.map((r) => tests.get(r.id));
  const enabled = scopedTests.length > 0 && source.paths !== void 0 && source.readBlobs !== void 0;
  const mayConcern = await compileAnyGlob(scopedRules.flatMap((r) => r.paths));
  const concerns = (path) => mayConcern(path) && scopedTests.some((test) => test(path));
  const scannedWithScoped = /* @__PURE__ */ new Set();
  return {
    /** Whether path-scoped rules run on this blob in the first pass. */
    atHint(blobId2, path) {
      if (!enabled) return true;
      if (path === void 0 || !concerns(path)) return false;
      scannedWithScoped.add(blobId2);
      return true;
    },
    /** Some path-scoped rule concerns this path (and they are skipped elsewhere). */
    concerns(path) {
      return enabled && path !== void 0 && concerns(path);
    },
    /** A blob replayed from the cache was scanned with the path-scoped rules. */
    markScoped(blobId2) {
      scannedWithScoped.add(blobId2);
    },
    /** Whether this blob's scan included the path-scoped rules. */
    wasScoped(blobId2) {
      return !enabled || scannedWithScoped.has(blobId2);
    },
    /** Blobs to scan again: at some path that a scoped rule concerns, not scanned with scoped rules, not missing. */
    missed(diagnostics) {
      const again = /* @__PURE__ */ new Set();
      if (!enabled || !source.paths) return again;
      const missing = new Set(diagnostics.filter((d) => d.code === "missing-object" || d.code === "too-large").map((d) => d.blobId));
      for (const { path, blobIds } of source.paths()) {
        if (!concerns(path)) continue;
        for (const id of blobIds) if (!scannedWithScoped.has(id) && !missing.has(id)) again.add(id);
      }
      return again;
    }
  };
}
function isPathLimited(rule) {
  return rule.paths.length > 0 && rule.detector === void 0;
}
async function countCommits(path, revs = ["--all"]) {
  const out = await gitMaybe(resolve2(path), ["rev-list", "--count", ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : void 0;
}
async function describeTooLarge(diagnostics, source) {
  const large = diagnostics.filter((d) => d.code === "too-large" && d.blobId && !d.path);
  if (large.length === 0) return;
  const origins = await source.origins(large.map((d) => d.blobId));
  for (const [i, d] of diagnostics.entries()) {
    if (d.code !== "too-large" || !d.blobId) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (origin) diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, origin.path) };
  }
}
function inLines(match, origin) {
  if (!origin.lines) return true;
  return origin.lines.some(([first, last]) => match.line >= first && match.line <= last);
}
async function attach(matchesByBlob, origins, rules, tests, diagnostics, skipPath) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byKey = /* @__PURE__ */ new Map();
  for (const [blobId2, matches] of matchesByBlob) {
    const known = origins.get(blobId2);
    if (!known || known.length === 0) {
      diagnostics.push({ code: "unreachable", blobId: blobId2, detail: `blob ${blobId2} has matches but no known path; not reported` });
      continue;
    }
    const places = skipPath ? known.filter((origin) => !skipPath(origin.path)) : known;
    const placed = /* @__PURE__ */ new Map();
    for (const origin of places) {
      const kept = matches.filter((m) => (tests.get(m.ruleId)?.(origin.path) ?? true) && inLines(m, origin));
      for (const match of resolveOverlaps(kept, (id) => ruleById.get(id))) {
        const placedKey = placed.get(match);
        if (placedKey !== void 0) {
          byKey.get(placedKey).count++;
          continue;
        }
        const rule = ruleById.get(match.ruleId);
        const finding = {
          ...match,
          severity: rule.severity,
          kind: rule.kind,
          path: origin.path,
          ...origin.commit ? { commit: origin.commit } : {},
          fingerprint: fingerprint(rule.id, match.secret, isPathScoped(rule) ? origin.path : void 0),
          otherOccurrences: 0
        };
        const key = `${rule.id}\0${match.secret}\0${origin.path}`;
        placed.set(match, key);
        const prior = byKey.get(key);
        if (!prior) byKey.set(key, { finding, count: 1 });
        else {
          prior.count++;
          if (preferred(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}
function isPathScoped(rule) {
  return rule.kind !== "secret" || rule.paths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0;
}
function preferred(a, b) {
  if (a.allowed === void 0 !== (b.allowed === void 0)) return a.allowed === void 0;
  return earlier(a, b);
}
function configSizeLimits(hygiene) {
  if (!hygiene) return [];
  return [
    ...hygiene.paths.map((p) => ({ paths: [p.glob], warn: p.maxBytes })),
    ...hygiene.maxBlobBytes !== void 0 ? [{ paths: [], warn: hygiene.maxBlobBytes }] : []
  ];
}
function earlier(a, b) {
  const da = a.commit?.date ?? "";
  const db = b.commit?.date ?? "";
  if (da !== db) return Date.parse(da) < Date.parse(db);
  if (a.commit?.id !== b.commit?.id) return (a.commit?.id ?? "") < (b.commit?.id ?? "");
  return a.line < b.line || a.line === b.line && a.column < b.column;
}
function compareFindings(a, b) {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? "", b.path ?? "") || cmp(a.blobId ?? "", b.blobId ?? "") || cmp(a.detail, b.detail)
  );
}

export {
  git,
  gitMaybe,
  gitRecords,
  DEFAULT_MAX_BLOB_BYTES,
  DEFAULT_BLOB_TIMEOUT_MS,
  runScan,
  countCommits,
  compareFindings
};
