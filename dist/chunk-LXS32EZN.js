import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  fingerprint
} from "./chunk-QK7QNPCE.js";
import {
  compilePathTests,
  resolveOverlaps
} from "./chunk-QA6BZVPR.js";
import {
  createDetector
} from "./chunk-WECGYBXM.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";

// src/scan.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/engine/pool.ts
import { Worker } from "node:worker_threads";
var BATCH_BYTES = 1 << 20;
var BATCH_ITEMS = 64;
var IN_FLIGHT_PER_WORKER = 2;
var BlobScanner = class {
  constructor(options) {
    this.options = options;
  }
  options;
  detector;
  inlineUsed = 0;
  slots = [];
  queue = [];
  current = [];
  currentBytes = 0;
  nextBatch = 0;
  waiters = [];
  drainWaiters = [];
  watchdog;
  failure;
  closed = false;
  /** Hands over one blob; resolves when the scanner can take more (back-pressure). */
  async submit(blob) {
    if (this.failure) throw this.failure;
    if (this.options.workers === 0 || this.inlineUsed + blob.bytes.byteLength <= this.options.inlineBytes) {
      this.inlineUsed += blob.bytes.byteLength;
      this.detector ??= createDetector(this.options.rules);
      this.options.onResult(this.detector.scan(blob));
      return;
    }
    this.current.push(blob);
    this.currentBytes += blob.bytes.byteLength;
    if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
    while (this.queue.length > this.slots.length * IN_FLIGHT_PER_WORKER) {
      await new Promise((resolve2) => this.waiters.push(resolve2));
      if (this.failure) throw this.failure;
    }
  }
  /** Waits for every submitted blob's result. */
  async drain() {
    this.flush();
    while (this.queue.length > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      await new Promise((resolve2) => this.drainWaiters.push(resolve2));
      if (this.failure) throw this.failure;
    }
  }
  /** Stops the workers. */
  async close() {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
  flush() {
    if (this.current.length === 0) return;
    this.queue.push({ batch: this.nextBatch++, blobs: this.current });
    this.current = [];
    this.currentBytes = 0;
    this.startWorkers();
    this.dispatch();
  }
  startWorkers() {
    while (this.slots.length < this.options.workers) this.slots.push(this.spawn());
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(500, this.options.blobTimeoutMs / 2));
    this.watchdog.unref();
  }
  spawn() {
    const heartbeat = new SharedArrayBuffer(16);
    const beat = new Int32Array(heartbeat);
    Atomics.store(beat, 1, -1);
    const init = { rules: this.options.rules, heartbeat };
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: init });
    const slot = { worker, beat, inFlight: /* @__PURE__ */ new Map(), lastSequence: 0, stuckSince: Date.now() };
    worker.on("message", (message) => this.receive(slot, message));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot) && code !== 0) this.fail(new Error(`scan worker exited with code ${code}`));
    });
    return slot;
  }
  receive(slot, message) {
    slot.inFlight.delete(message.batch);
    for (const result of message.results) this.options.onResult(result);
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift();
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...pack(pending));
      }
    }
    if (this.queue.length <= this.slots.length * IN_FLIGHT_PER_WORKER) this.waiters.splice(0).forEach((w) => w());
    if (this.queue.length === 0 && this.slots.every((s) => s.inFlight.size === 0)) this.drainWaiters.splice(0).forEach((w) => w());
  }
  /** A worker whose current blob has not moved for the budget is terminated; its other blobs are re-queued. */
  checkTimeouts() {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      const sequence = Atomics.load(slot.beat, 3);
      const item = Atomics.load(slot.beat, 1);
      if (sequence !== slot.lastSequence || item === -1) {
        slot.lastSequence = sequence;
        slot.stuckSince = now;
        continue;
      }
      if (now - slot.stuckSince < this.options.blobTimeoutMs) continue;
      const batch = slot.inFlight.get(Atomics.load(slot.beat, 0));
      const blob = batch?.blobs[item];
      const ruleIndex = Atomics.load(slot.beat, 2);
      const rule = this.options.rules[ruleIndex];
      this.options.onDiagnostic({
        code: "regex-timeout",
        ...blob ? { blobId: blob.id } : {},
        ...rule ? { ruleId: rule.id } : {},
        detail: `rule ${rule?.id ?? "?"} ran over ${this.options.blobTimeoutMs} ms on blob ${blob?.id ?? "?"}; the blob was skipped for the remaining rules`
      });
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
      for (const pending of slot.inFlight.values()) {
        const rest = pending.blobs.filter((b) => b !== blob);
        if (blob && pending.blobs.includes(blob)) {
          this.options.onResult({ blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [] });
        }
        if (rest.length > 0) this.queue.unshift({ batch: this.nextBatch++, blobs: rest });
      }
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }
  fail(error) {
    this.failure ??= error;
    this.waiters.splice(0).forEach((w) => w());
    this.drainWaiters.splice(0).forEach((w) => w());
  }
};
function pack(pending) {
  const offsets = new Uint32Array(pending.blobs.length + 1);
  let total = 0;
  pending.blobs.forEach((blob, i) => {
    offsets[i] = total;
    total += blob.bytes.byteLength;
  });
  offsets[pending.blobs.length] = total;
  const buffer = new ArrayBuffer(total);
  const view = new Uint8Array(buffer);
  pending.blobs.forEach((blob, i) => view.set(blob.bytes, offsets[i]));
  return [{ batch: pending.batch, ids: pending.blobs.map((b) => b.id), offsets, buffer }, [buffer]];
}

// src/sources/directory.ts
import { createHash } from "node:crypto";
import { lstat, open, readdir } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
function blobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
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
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength };
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
      const full = join(dir, entry.name);
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
  async close() {
  }
};

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
  return new Promise((resolve2, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve2(Buffer.concat(out));
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
async function* gitRecords(cwd, args, separator = 0) {
  const child = spawnGit(cwd, args);
  child.stdin.end();
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => stderr += text.slice(0, 4e3));
  const exit = new Promise((resolve2) => child.on("close", (code) => resolve2(code ?? 1)));
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
  constructor(cwd, maxBytes, maxHeld = 64 * 1024 * 1024, headBytes = 8192) {
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
    return new Promise((resolve2, reject) => {
      this.pending.push({ id, resolve: resolve2, reject });
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
var ZERO_OID = /^0+$/;
var READ_HIGH = 512;
var READ_LOW = 128;
var HistorySource = class {
  constructor(options) {
    this.options = options;
    this.kind = options.kind;
    this.target = options.target;
  }
  options;
  kind;
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  commitIds = [];
  commitTimes = [];
  paths = [];
  pathIndex = /* @__PURE__ */ new Map();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  intros = /* @__PURE__ */ new Map();
  requested = /* @__PURE__ */ new Set();
  reader;
  async *blobs() {
    const present = await this.presentObjects();
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    const inFlight = [];
    const request = (id, path) => {
      const read = (present && !present.has(id) ? Promise.resolve(void 0) : reader.read(id)).then((object) => {
        if (!object) return void 0;
        return { id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
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
    const queue = [];
    let queueHead = 0;
    let walking = true;
    let walkError;
    let wake;
    const walkDone = (async () => {
      try {
        for await (const change of this.walk()) {
          if (this.requested.has(change.blob)) continue;
          this.requested.add(change.blob);
          queue.push(change);
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
        while (inFlight.length < READ_HIGH && queueHead < queue.length) {
          const next = queue[queueHead++];
          request(next.blob, next.path);
        }
        if (queueHead > 65536) {
          queue.splice(0, queueHead);
          queueHead = 0;
        }
        reader.flush();
        if (inFlight.length === 0) {
          if (!walking) break;
          await new Promise((resolve2) => wake = resolve2);
          continue;
        }
        do {
          const blob = await take();
          if (blob) {
            yield blob;
            reader.release(blob.bytes.byteLength);
          }
        } while (inFlight.length > READ_LOW || inFlight.length > 0 && !walking && queueHead >= queue.length);
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
    const args = [
      "log",
      ...this.options.revs,
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
    for await (let token of gitRecords(this.options.repo, args, 0)) {
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
        commit = this.commitIds.length;
        this.commitIds.push(token.slice(1, space));
        this.commitTimes.push(Number(token.slice(space + 1)));
        this.progress.commits++;
      } else if (token.charCodeAt(0) === 58) {
        pendingEntry = token;
      }
    }
  }
  /** Parses a raw entry (`:old new oldsha newsha S` or the combined `::...` form) and records the introduction. */
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
    this.recordIntro(blob, path, commit);
    return { blob, path };
  }
  recordIntro(blob, path, commit) {
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    }
    const known = this.intros.get(blob);
    if (!known) {
      this.intros.set(blob, { commit, path: p });
      return;
    }
    const list = Array.isArray(known) ? known : [known];
    const same = list.find((i) => i.path === p);
    if (same) {
      if (this.commitTimes[commit] <= this.commitTimes[same.commit]) same.commit = commit;
      return;
    }
    list.push({ commit, path: p });
    if (!Array.isArray(known)) this.intros.set(blob, list);
  }
  async origins(blobIds) {
    const wanted = /* @__PURE__ */ new Map();
    const commits = /* @__PURE__ */ new Set();
    for (const id of blobIds) {
      const known = this.intros.get(id);
      if (!known) continue;
      const list = (Array.isArray(known) ? known : [known]).slice().sort((a, b) => this.commitTimes[a.commit] - this.commitTimes[b.commit] || a.path - b.path);
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const info = await this.commitInfo([...commits].map((c) => this.commitIds[c]));
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commitIds[intro.commit]);
          return commit ? { path: this.paths[intro.path], commit } : { path: this.paths[intro.path] };
        })
      );
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
    yield { id: this.id, bytes: size > kept ? bytes.subarray(0, 8192) : bytes, size, truncated: size > kept };
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    if (this.id && blobIds.includes(this.id)) out.set(this.id, [{ path: this.target }]);
    return out;
  }
  async close() {
  }
};

// src/scan.ts
var DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
var DEFAULT_BLOB_TIMEOUT_MS = 1e4;
var INLINE_BYTES = 4 * 1024 * 1024;
async function runScan(options) {
  const started = performance.now();
  const source = await openSource(options);
  const matchesByBlob = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const stats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: INLINE_BYTES,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      if (result.binary) stats.binarySkipped++;
      if (result.matched) stats.blobsMatched++;
      if (result.matches.length > 0) matchesByBlob.set(result.blobId, result.matches);
      diagnostics.push(...result.diagnostics);
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic)
  });
  try {
    for await (const blob of source.blobs()) {
      stats.blobs++;
      stats.bytes += blob.size;
      options.onProgress?.(source.progress);
      if (blob.truncated) {
        diagnostics.push({
          code: "too-large",
          blobId: blob.id,
          detail: `blob ${blob.id} is ${blob.size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`
        });
        continue;
      }
      await scanner.submit(blob);
    }
    await scanner.drain();
  } finally {
    await scanner.close();
    await source.close();
  }
  stats.commits = source.progress.commits;
  diagnostics.push(...source.diagnostics);
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  const findings = await attach(matchesByBlob, origins, options.rules, diagnostics);
  stats.durationMs = Math.round(performance.now() - started);
  return {
    kind: source.kind,
    target: source.target,
    findings,
    rules: options.rules,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
    toolVersion: VERSION
  };
}
async function openSource(options) {
  const { target } = options;
  if (target.type === "stdin") return new StreamSource(target.input, target.name, options.maxBlobBytes);
  const path = resolve(target.path);
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
    ...options.skipPath ? { skipPath: options.skipPath } : {}
  });
}
async function countCommits(path, revs = ["--all"]) {
  const out = await gitMaybe(resolve(path), ["rev-list", "--count", ...revs]);
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
async function attach(matchesByBlob, origins, rules, diagnostics) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const tests = await compilePathTests(rules);
  const byKey = /* @__PURE__ */ new Map();
  for (const [blobId2, matches] of matchesByBlob) {
    const places = origins.get(blobId2);
    if (!places || places.length === 0) {
      diagnostics.push({ code: "unreachable", blobId: blobId2, detail: `blob ${blobId2} has matches but no known path; not reported` });
      continue;
    }
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
          if (earlier(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}
function isPathScoped(rule) {
  return rule.kind !== "secret" || rule.paths.length > 0;
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
