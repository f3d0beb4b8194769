import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  createDetector,
  scanBlob
} from "./chunk-LNCCVCRI.js";

// src/engine/pool.ts
import { Worker } from "node:worker_threads";
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var BATCH_BYTES = 1 << 20;
var BATCH_ITEMS = 64;
var IN_FLIGHT_PER_WORKER = 2;
var RECYCLED_BYTES = 2 << 20;
var MAX_FREE_BUFFERS = 8;
var TRANSFER_BYTES = 1 << 20;
var NO_MATCHES = [];
var NO_DIAGNOSTICS = [];
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
  free = [];
  /**
   * Hands over one blob; resolves when the scanner can take more (back-pressure). `scoped` false skips the rules
   * limited to some paths (the blob was seen at none of them). The scanner may take the blob's ArrayBuffer (a large
   * blob that owns all of it is transferred to a worker, not copied): do not read `blob.bytes` after this call.
   */
  async submit(blob, scoped = true) {
    if (this.failure) throw this.failure;
    if (this.options.workers === 0 || this.inlineUsed + blob.bytes.byteLength <= this.options.inlineBytes) {
      this.inlineUsed += blob.bytes.byteLength;
      this.detector ??= createDetector(this.options.rules);
      this.options.onResult(await scanBlob(this.detector, blob, void 0, scoped));
      return;
    }
    this.current.push({ blob, scoped });
    this.currentBytes += blob.bytes.byteLength;
    if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
    while (this.queue.length > this.slots.length * IN_FLIGHT_PER_WORKER) {
      await new Promise((resolve) => this.waiters.push(resolve));
      if (this.failure) throw this.failure;
    }
  }
  /** Waits for every submitted blob's result. */
  async drain() {
    this.flush();
    while (this.queue.length > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      await new Promise((resolve) => this.drainWaiters.push(resolve));
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
    this.queue.push({ batch: this.nextBatch++, jobs: this.current });
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
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot = { worker, beat, inFlight: /* @__PURE__ */ new Map(), lastSequence: 0, stuckSince: Date.now() };
    worker.on("message", (message) => this.receive(slot, message));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot) && code !== 0) this.fail(new Error(`scan worker exited with code ${code}`));
    });
    return slot;
  }
  receive(slot, message) {
    const pending = slot.inFlight.get(message.batch);
    slot.inFlight.delete(message.batch);
    if (message.buffer.byteLength === RECYCLED_BYTES && this.free.length < MAX_FREE_BUFFERS) this.free.push(message.buffer);
    if (pending) {
      let d = 0;
      pending.jobs.forEach(({ blob }, i) => {
        const detail = message.details[d]?.index === i ? message.details[d++] : void 0;
        const flags = message.flags[i];
        this.options.onResult({
          blobId: blob.id,
          matches: detail?.matches ?? NO_MATCHES,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          diagnostics: detail?.diagnostics ?? NO_DIAGNOSTICS
        });
      });
    }
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift();
        const message = this.pack(pending, slot.inFlight.size === 0);
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...message);
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
      const blob = batch?.jobs[item]?.blob;
      const ruleIndex = Atomics.load(slot.beat, 2);
      const rule = this.options.rules[ruleIndex];
      const diagnostic = {
        code: "regex-timeout",
        ...blob ? { blobId: blob.id } : {},
        ...rule ? { ruleId: rule.id } : {},
        detail: `rule ${rule?.id ?? "?"} ran over ${this.options.blobTimeoutMs} ms on blob ${blob?.id ?? "?"}; the blob was skipped for the remaining rules`
      };
      if (!blob) this.options.onDiagnostic(diagnostic);
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
      for (const pending of slot.inFlight.values()) {
        const rest = pending.jobs.filter((j) => j.blob !== blob);
        if (blob && rest.length < pending.jobs.length) {
          this.options.onResult({ blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [diagnostic] });
        }
        if (rest.length > 0) this.queue.unshift({ batch: this.nextBatch++, jobs: rest });
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
  /** One buffer for a batch: the blob's own when it can be transferred, else a recycled or new one with copies. */
  pack(pending, mayTransfer) {
    const { jobs } = pending;
    const ids = jobs.map((j) => j.blob.id);
    const scoped = Uint8Array.from(jobs, (j) => j.scoped ? 1 : 0);
    const offsets = new Uint32Array(jobs.length + 1);
    const only = jobs.length === 1 ? jobs[0].blob.bytes : void 0;
    if (mayTransfer && only && only.byteLength >= TRANSFER_BYTES && only.byteOffset === 0 && only.buffer.byteLength === only.byteLength && only.buffer instanceof ArrayBuffer) {
      offsets[1] = only.byteLength;
      return [{ batch: pending.batch, ids, offsets, buffer: only.buffer, scoped }, [only.buffer]];
    }
    let total = 0;
    jobs.forEach(({ blob }, i) => {
      offsets[i] = total;
      total += blob.bytes.byteLength;
    });
    offsets[jobs.length] = total;
    const buffer = total <= RECYCLED_BYTES ? this.free.pop() ?? new ArrayBuffer(RECYCLED_BYTES) : new ArrayBuffer(total);
    const view = new Uint8Array(buffer);
    jobs.forEach(({ blob }, i) => view.set(blob.bytes, offsets[i]));
    return [{ batch: pending.batch, ids, offsets, buffer, scoped }, [buffer]];
  }
};

export {
  FLAG_BINARY,
  FLAG_MATCHED,
  BlobScanner
};
