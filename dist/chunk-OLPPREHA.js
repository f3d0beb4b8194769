import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  compilePathTests,
  resolveOverlaps
} from "./chunk-QA6BZVPR.js";
import {
  CatFileReader,
  git,
  gitBuffer,
  gitMaybe,
  gitRecords,
  gitResult
} from "./chunk-6Q7H7BQF.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";
import {
  createDetector
} from "./chunk-JDFZSXZU.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";
import {
  fingerprint
} from "./chunk-QK7QNPCE.js";
import "./chunk-MHERK6FT.js";

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
import { join, relative, sep } from "node:path";
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
    for await (const file of this.walk(this.root)) {
      const path = relative(this.root, file).split(sep).join("/");
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

// src/sources/history.ts
var ZERO_OID = /^0+$/;
var READ_HIGH = 512;
var READ_LOW = 128;
var DIFF_CONCURRENCY = 4;
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
  /** In a partial clone, the blobs present locally (others are never asked for, so never fetched). */
  present;
  async *blobs() {
    if (this.options.revs.length === 0) return;
    const present = await this.presentObjects();
    this.present = present;
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
    this.recordIntro(blob, path, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : void 0);
    return { blob, path };
  }
  recordIntro(blob, path, commit, parents) {
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    }
    const known = this.intros.get(blob);
    if (!known) {
      this.intros.set(blob, parents ? { commit, path: p, parents } : { commit, path: p });
      return;
    }
    const list = Array.isArray(known) ? known : [known];
    const same = list.find((i) => i.path === p);
    if (same) {
      if (this.commitTimes[commit] <= this.commitTimes[same.commit]) {
        same.commit = commit;
        if (parents) same.parents = parents;
      }
      return;
    }
    list.push(parents ? { commit, path: p, parents } : { commit, path: p });
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
    const [info, lines] = await Promise.all([this.commitInfo([...commits].map((c) => this.commitIds[c])), this.addedLinesOf(wanted)]);
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commitIds[intro.commit]);
          const origin = commit ? { path: this.paths[intro.path], commit } : { path: this.paths[intro.path] };
          const added = lines.get(intro);
          return added ? { ...origin, lines: added } : origin;
        })
      );
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
        for (const parent of intro.parents ?? []) if (!ZERO_OID.test(parent)) pairs.set(pairKey(parent, blob), { old: parent, now: blob });
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
          const relative2 = ZERO_OID.test(parent) ? void 0 : diffs.get(pairKey(parent, blob));
          if (relative2) lines = lines ? intersectLines(lines, relative2) : relative2;
        }
        if (lines) out.set(intro, lines);
      }
    }
    return out;
  }
  /** Lines of `now` that are not in `old`; undefined when git treats the pair as binary. */
  async diffBlobs(old, now) {
    if (old === now) return [];
    if (this.present && !this.present.has(old)) {
      this.diagnostics.push({
        code: "missing-object",
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
        code: "missing-object",
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
async function verifyRevisions(repo, flag, spec, revs) {
  if (spec === "" || spec.startsWith("-") || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
  const result = await gitResult(repo, ["rev-parse", ...revs.filter((r) => !r.startsWith("--")), "--"]);
  if (result.code !== 0) {
    const why = result.stderr.split("\n")[0]?.replace(/^fatal: /, "") ?? `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}

// src/sources/pre-push.ts
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var ZERO = /^0+$/;
function isZeroOid(sha) {
  return ZERO.test(sha);
}
function parsePrePushInput(text) {
  const updates = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const parts = line.split(" ");
    const [localRef = "", localSha = "", remoteRef = "", remoteSha = ""] = parts;
    if (parts.length !== 4 || !OID.test(localSha) || !OID.test(remoteSha)) {
      throw new InputError(
        `--pre-push: standard input line ${i + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": "${line.slice(0, 200)}"`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}
async function resolvePushRevs(repo, updates, options = {}) {
  const notes = [];
  const diagnostics = [];
  const pushed = updates.filter((u) => {
    if (isZeroOid(u.localSha)) notes.push(`${u.remoteRef}: deleted, nothing to scan`);
    return !isZeroOid(u.localSha);
  });
  if (pushed.length === 0) return { revs: [], notes, diagnostics };
  for (const u of updates) {
    for (const rev of [u.localSha, u.remoteSha]) {
      if (rev.startsWith("-") || /\s/.test(rev)) throw new InputError(`--pre-push: "${rev}" is not a revision`);
    }
  }
  const asked = [...new Set(pushed.flatMap((u) => isZeroOid(u.remoteSha) ? [u.localSha] : [u.localSha, u.remoteSha]))];
  const peeled = await peel(repo, asked);
  const include = /* @__PURE__ */ new Set();
  const exclude = /* @__PURE__ */ new Set();
  for (const u of pushed) {
    const local = peeled.get(u.localSha);
    if (!local) throw new GitError(`${u.localRef}: pushed object ${u.localSha} is not in this repository`);
    if (local.type !== "commit") {
      diagnostics.push({
        code: "git-warning",
        detail: `${u.localRef} points at a ${local.type} (${local.id}), not a commit; its content was not scanned`
      });
      continue;
    }
    include.add(local.id);
    if (isZeroOid(u.remoteSha)) {
      notes.push(`${u.remoteRef}: new, scanning commits not on ${describe(options.exclude)}`);
      continue;
    }
    const remote = peeled.get(u.remoteSha);
    if (remote?.type === "commit") {
      exclude.add(remote.id);
      notes.push(`${u.remoteRef}: ${remote.id.slice(0, 12)}..${local.id.slice(0, 12)}`);
    } else {
      notes.push(`${u.remoteRef}: remote value ${u.remoteSha.slice(0, 12)} is not in this repository; scanning commits not on ${describe(options.exclude)}`);
    }
  }
  if (include.size === 0) return { revs: [], notes, diagnostics };
  const revs = [...include, ...[...exclude].map((id) => `^${id}`)];
  const extra = options.exclude ?? [];
  if (extra.length > 0) revs.push("--not", ...extra);
  return { revs, notes, diagnostics };
}
function describe(exclude) {
  if (!exclude || exclude.length === 0) return "the remote";
  return exclude.map((e) => e === "--remotes" ? "any remote-tracking ref" : e === "--all" ? "any ref" : e).join(", ");
}
async function peel(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const text = await git(repo, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], names.map((n) => `${n}^{}
`).join(""));
  const lines = text.split("\n");
  names.forEach((name, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    if (type && type !== "missing" && OID.test(id)) out.set(name, { id, type });
  });
  return out;
}

// src/sources/staged.ts
var EMPTY_TREE = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
};
var ZERO_OID2 = /^0+$/;
var REGULAR_FILE = /* @__PURE__ */ new Set(["100644", "100755", "100664"]);
var StagedSource = class {
  constructor(options) {
    this.options = options;
    this.target = options.target;
  }
  options;
  kind = "staged";
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  places = /* @__PURE__ */ new Map();
  reader;
  async *blobs() {
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    let changes;
    try {
      changes = await listStagedChanges(this.options.repo, this.diagnostics);
    } catch (error) {
      reader.close();
      throw error;
    }
    const order = [];
    for (const change of changes) {
      if (this.options.skipPath?.(change.path)) continue;
      const origin = change.lines ? { path: change.path, lines: change.lines } : { path: change.path };
      const known = this.places.get(change.blob);
      if (known) known.push(origin);
      else {
        this.places.set(change.blob, [origin]);
        order.push(change);
      }
    }
    this.progress.blobsTotal = order.length;
    try {
      const reads = order.map((o) => reader.read(o.blob));
      for (const r of reads) r.catch(() => void 0);
      reader.flush();
      for (const [i, { blob, path }] of order.entries()) {
        const object = await reads[i];
        if (!object) {
          this.diagnostics.push({
            code: "missing-object",
            blobId: blob,
            path,
            detail: `staged blob ${blob} (${path}) is not in the object store; it was not scanned`
          });
          continue;
        }
        this.progress.blobsRead++;
        this.progress.bytesRead += object.size;
        yield { id: blob, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
        reader.release(object.bytes.byteLength);
      }
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const places = this.places.get(id);
      if (places) out.set(id, places);
    }
    return out;
  }
  async close() {
    this.reader?.close();
  }
};
async function listStagedChanges(repo, diagnostics) {
  let output;
  try {
    output = await diffIndex(repo, "HEAD");
  } catch (error) {
    const base = await stagedBase(repo);
    if (base === "HEAD") throw error;
    output = await diffIndex(repo, base);
  }
  const { entries, patchStart } = parseRaw(output);
  const added = parseAddedLines(output.subarray(patchStart));
  const changes = [];
  for (const e of entries) {
    if (e.status === "U") {
      diagnostics.push({ code: "git-warning", path: e.path, detail: `${e.path} is unmerged (a conflict); stage its resolution to have it scanned` });
      continue;
    }
    if (e.status === "D" || ZERO_OID2.test(e.newBlob) || !REGULAR_FILE.has(e.newMode)) continue;
    let lines;
    if (!ZERO_OID2.test(e.oldBlob)) {
      const key = pairKey(e.oldBlob, e.newBlob);
      if (added.has(key)) lines = added.get(key);
      else if (e.oldBlob === e.newBlob) lines = [];
    }
    if (lines && lines.length === 0) continue;
    changes.push({ path: e.path, blob: e.newBlob, lines });
  }
  return changes;
}
function diffIndex(repo, base) {
  return gitBuffer(repo, [
    "diff-index",
    "--cached",
    "-z",
    "--patch-with-raw",
    "-U0",
    "--inter-hunk-context=0",
    "--full-index",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    base,
    "--"
  ]);
}
async function stagedBase(repo) {
  const result = await gitResult(repo, ["rev-parse", "--show-toplevel", "--show-object-format", "--verify", "-q", "HEAD^{commit}"]);
  const lines = result.stdout.toString("utf8").split("\n").filter((l) => l !== "");
  if (result.code !== 0 && (lines.length < 2 || result.stderr !== "")) {
    const why = result.stderr || `exit ${result.code}`;
    throw new GitError(
      /must be run in a work tree/.test(why) ? `${repo}: --staged needs a work tree (a bare repository has no index)` : `git rev-parse failed in ${repo}: ${why}`
    );
  }
  if (result.code === 0) return "HEAD";
  const format = lines.at(-1) ?? "sha1";
  const empty = EMPTY_TREE[format];
  if (!empty) throw new GitError(`${repo}: unsupported object format "${format}"`);
  return empty;
}
function parseRaw(output) {
  const entries = [];
  let pos = 0;
  const next = () => {
    if (pos >= output.length) return void 0;
    let end = output.indexOf(0, pos);
    if (end === -1) end = output.length;
    const token = output.toString("utf8", pos, end);
    pos = end + 1;
    return token;
  };
  while (pos < output.length && output[pos] === 58) {
    const meta = next();
    const [, newMode = "", oldBlob = "", newBlob = "", status = ""] = meta.slice(1).split(" ");
    const first = next();
    if (first === void 0) break;
    const renamed = status.startsWith("R") || status.startsWith("C");
    const path = renamed ? next() ?? first : first;
    entries.push({ newMode, oldBlob, newBlob, status: status.charAt(0), path });
  }
  if (output[pos] === 0) pos++;
  return { entries, patchStart: pos };
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
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  diagnostics.push(...source.diagnostics);
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
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (target.type === "staged") return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, ...skip });
  const gitDir = await gitMaybe(path, ["rev-parse", "--git-dir"]);
  if (gitDir === void 0) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  if (target.type === "push") {
    const range = await resolvePushRevs(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    const source = rangeSource(path, target.path, range.revs, options);
    source.diagnostics.push(...range.diagnostics);
    return source;
  }
  if (!target.revs) {
    return new HistorySource({
      repo: path,
      kind: "history",
      target: target.path,
      revs: ["--all"],
      merges: "first-parent",
      maxBlobBytes: options.maxBlobBytes,
      ...skip
    });
  }
  if (target.spec) await verifyRevisions(path, target.spec.flag, target.spec.text, target.revs);
  return rangeSource(path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options);
}
function rangeSource(repo, target, revs, options) {
  return new HistorySource({
    repo,
    kind: "range",
    target,
    revs,
    merges: "combined",
    addedLines: true,
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
  DEFAULT_BLOB_TIMEOUT_MS,
  DEFAULT_MAX_BLOB_BYTES,
  compareFindings,
  countCommits,
  parsePrePushInput,
  resolvePushRevs,
  runScan
};
