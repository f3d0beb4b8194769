import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  compilePathTests,
  resolveOverlaps
} from "./chunk-AYY4DWZ7.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";
import {
  createDetector
} from "./chunk-ZPMKJVIT.js";
import {
  gitMaybe
} from "./chunk-6Q7H7BQF.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";

// src/scan.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/engine/pool.ts
import { createRequire } from "node:module";
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
  /** Compiles the in-process detector now rather than on the first blob (to overlap it with the source's start). */
  prepare() {
    if (this.options.inlineBytes > 0 || this.options.workers === 0) this.detector ??= createDetector(this.options.rules);
  }
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
    const worker = new (workerThreads()).Worker(new URL("./worker.js", import.meta.url), { workerData: init });
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
var threads;
function workerThreads() {
  return threads ??= createRequire(import.meta.url)("node:worker_threads");
}
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
  const started = process.hrtime.bigint();
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
  const source = await openSource(options, () => scanner.prepare());
  const blobs = source.blobs()[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (let next = await blobs.next(); !next.done; next = await blobs.next()) {
      const blob = next.value;
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
    finished = true;
    await scanner.drain();
  } finally {
    if (!finished) await blobs.return?.(void 0).catch(() => void 0);
    await scanner.close();
    await source.close();
  }
  stats.commits = source.progress.commits;
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  diagnostics.push(...source.diagnostics);
  const all = await attach(matchesByBlob, origins, options.rules, diagnostics, options.skipPath);
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true);
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return {
    kind: source.kind,
    target: source.target,
    findings,
    suppressed,
    rules: options.rules,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
    toolVersion: VERSION
  };
}
async function openSource(options, onContent) {
  const { target } = options;
  if (target.type === "stdin") {
    const { StreamSource } = await import("./chunk-IIYZYFAB.js");
    return new StreamSource(target.input, target.name, options.maxBlobBytes);
  }
  const path = resolve(target.path);
  if (!existsSync(path)) throw new InputError(`${target.path}: no such file or directory`);
  if (target.type === "directory") {
    const { DirectorySource } = await import("./chunk-BWZKOGJZ.js");
    return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath);
  }
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (target.type === "staged") {
    const { StagedSource } = await import("./chunk-JDMX7LNN.js");
    return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, onContent, ...skip });
  }
  const { HistorySource, verifyRevisions } = await import("./chunk-2Z7CHN6G.js");
  const gitDir = await gitMaybe(path, ["rev-parse", "--git-dir"]);
  if (gitDir === void 0) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  if (target.type === "push") {
    const { resolvePushRevs: resolvePushRevs2 } = await import("./chunk-3B5EHT2C.js");
    const range = await resolvePushRevs2(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    const source = rangeSource(HistorySource, path, target.path, range.revs, options);
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
  return rangeSource(HistorySource, path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options);
}
function rangeSource(History, repo, target, revs, options) {
  return new History({
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
async function attach(matchesByBlob, origins, rules, diagnostics, skipPath) {
  if (matchesByBlob.size === 0) return [];
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const tests = await compilePathTests(rules);
  const { fingerprint } = await import("./chunk-JZK7VSAF.js");
  const byKey = /* @__PURE__ */ new Map();
  for (const [blobId, matches] of matchesByBlob) {
    const known = origins.get(blobId);
    if (!known || known.length === 0) {
      diagnostics.push({ code: "unreachable", blobId, detail: `blob ${blobId} has matches but no known path; not reported` });
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
  DEFAULT_MAX_BLOB_BYTES,
  DEFAULT_BLOB_TIMEOUT_MS,
  runScan,
  countCommits,
  compareFindings
};
