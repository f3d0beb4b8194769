// Runs the detector over a stream of blobs: in-process for small scans, then on worker threads with a
// watchdog that replaces a worker whose regex overruns its time budget on one blob.

import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Blob, Diagnostic, Match, RuleSpec } from '../core/types.js';
import { createDetector, scanBlob, type BlobScan, type Detector } from './detect.js';

export interface WorkerInit {
  readonly rules: readonly RuleSpec[];
  /** Int32Array view: [batch, item (-1 idle), rule (-1 none), sequence]. */
  readonly heartbeat: SharedArrayBuffer;
}

export interface BatchMessage {
  readonly batch: number;
  readonly ids: string[];
  /** offsets[i]..offsets[i+1] are blob i's bytes in `buffer`. */
  readonly offsets: Uint32Array;
  readonly buffer: ArrayBuffer;
  /** scoped[i] = 0: skip path-scoped rules for blob i (see Detector.scan). */
  readonly scoped: Uint8Array;
}

export interface ResultMessage {
  readonly batch: number;
  /** Per blob: FLAG_BINARY | FLAG_MATCHED. */
  readonly flags: Uint8Array;
  /** Only the blobs with matches or diagnostics (most have none: cloning 64 empty results per batch cost more). */
  readonly details: { readonly index: number; readonly matches: Match[]; readonly diagnostics: Diagnostic[] }[];
  /** The batch's buffer, handed back for reuse. */
  readonly buffer: ArrayBuffer;
}

export const FLAG_BINARY = 1;
export const FLAG_MATCHED = 2;

export interface ScannerOptions {
  readonly rules: readonly RuleSpec[];
  /** Worker threads to use once the scan is big enough; 0 keeps everything in-process. */
  readonly workers: number;
  /** Bytes scanned in-process before workers start (short scans skip the pool's start-up). */
  readonly inlineBytes: number;
  /** Time one blob may spend in the rules before its worker is replaced and the blob reported. */
  readonly blobTimeoutMs: number;
  readonly onResult: (scan: BlobScan) => void;
  readonly onDiagnostic: (diagnostic: Diagnostic) => void;
}

const BATCH_BYTES = 1 << 20;
const BATCH_ITEMS = 64;
const IN_FLIGHT_PER_WORKER = 2;
/** Batch buffers of this size go back and forth between the threads instead of a new allocation per batch. */
const RECYCLED_BYTES = 2 << 20;
const MAX_FREE_BUFFERS = 8;
/** A blob this large that owns its whole ArrayBuffer is handed over without a copy. */
const TRANSFER_BYTES = 1 << 20;
const NO_MATCHES: Match[] = [];
const NO_DIAGNOSTICS: Diagnostic[] = [];

/** A blob and whether path-scoped rules run on it. */
interface Job {
  readonly blob: Blob;
  readonly scoped: boolean;
}

interface PendingBatch {
  readonly batch: number;
  readonly jobs: Job[];
}

interface Slot {
  worker: Worker;
  beat: Int32Array;
  inFlight: Map<number, PendingBatch>;
  lastSequence: number;
  stuckSince: number;
}

/** Scans blobs handed to `submit`, delivering one BlobScan per blob through `onResult`, in no fixed order. */
export class BlobScanner {
  private detector: Detector | undefined;
  private inlineUsed = 0;
  private slots: Slot[] = [];
  private queue: PendingBatch[] = [];
  private current: Job[] = [];
  private currentBytes = 0;
  private nextBatch = 0;
  private waiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private watchdog: NodeJS.Timeout | undefined;
  private failure: unknown;
  private closed = false;
  private readonly free: ArrayBuffer[] = [];

  constructor(private readonly options: ScannerOptions) {}

  /** Compiles the in-process detector now rather than on the first blob (to overlap it with the source's start). */
  prepare(): void {
    if (this.options.inlineBytes > 0 || this.options.workers === 0) this.detector ??= createDetector(this.options.rules);
  }

  /**
   * Hands over one blob; resolves when the scanner can take more (back-pressure). `scoped` false skips the rules
   * limited to some paths (the blob was seen at none of them). The scanner may take the blob's ArrayBuffer (a large
   * blob that owns all of it is transferred to a worker, not copied): do not read `blob.bytes` after this call.
   */
  async submit(blob: Blob, scoped = true): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.options.workers === 0 || this.inlineUsed + blob.bytes.byteLength <= this.options.inlineBytes) {
      this.inlineUsed += blob.bytes.byteLength;
      this.detector ??= createDetector(this.options.rules);
      this.options.onResult(await scanBlob(this.detector, blob, undefined, scoped));
      return;
    }
    this.current.push({ blob, scoped });
    this.currentBytes += blob.bytes.byteLength;
    if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
    while (this.queue.length > this.slots.length * IN_FLIGHT_PER_WORKER) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      if (this.failure) throw this.failure;
    }
  }

  /** Waits for every submitted blob's result. */
  async drain(): Promise<void> {
    this.flush();
    while (this.queue.length > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
      if (this.failure) throw this.failure;
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private flush(): void {
    if (this.current.length === 0) return;
    this.queue.push({ batch: this.nextBatch++, jobs: this.current });
    this.current = [];
    this.currentBytes = 0;
    this.startWorkers();
    this.dispatch();
  }

  private startWorkers(): void {
    while (this.slots.length < this.options.workers) this.slots.push(this.spawn());
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(500, this.options.blobTimeoutMs / 2));
    this.watchdog.unref();
  }

  private spawn(): Slot {
    const heartbeat = new SharedArrayBuffer(16);
    const beat = new Int32Array(heartbeat);
    Atomics.store(beat, 1, -1);
    const init: WorkerInit = { rules: this.options.rules, heartbeat };
    // A small young generation: a worker's garbage is short-lived (windows of text, match objects), and two workers
    // with the default sizes added about 60 MB to the peak RSS of a git/git scan.
    const worker = new (workerThreads().Worker)(new URL('./worker.js', import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, beat, inFlight: new Map(), lastSequence: 0, stuckSince: Date.now() };
    worker.on('message', (message: ResultMessage) => this.receive(slot, message));
    worker.on('error', (error: unknown) => this.fail(error));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot) && code !== 0) this.fail(new Error(`scan worker exited with code ${code}`));
    });
    return slot;
  }

  private receive(slot: Slot, message: ResultMessage): void {
    const pending = slot.inFlight.get(message.batch);
    slot.inFlight.delete(message.batch);
    if (message.buffer.byteLength === RECYCLED_BYTES && this.free.length < MAX_FREE_BUFFERS) this.free.push(message.buffer);
    if (pending) {
      let d = 0;
      pending.jobs.forEach(({ blob }, i) => {
        const detail = message.details[d]?.index === i ? message.details[d++] : undefined;
        const flags = message.flags[i]!;
        this.options.onResult({
          blobId: blob.id,
          matches: detail?.matches ?? NO_MATCHES,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          diagnostics: detail?.diagnostics ?? NO_DIAGNOSTICS,
        });
      });
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift()!;
        // Only a worker's first batch may take a blob's own buffer: a batch queued behind another could not be sent
        // again if the watchdog replaced the worker, as its bytes would be gone with it.
        const message = this.pack(pending, slot.inFlight.size === 0);
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...message);
      }
    }
    if (this.queue.length <= this.slots.length * IN_FLIGHT_PER_WORKER) this.waiters.splice(0).forEach((w) => w());
    if (this.queue.length === 0 && this.slots.every((s) => s.inFlight.size === 0)) this.drainWaiters.splice(0).forEach((w) => w());
  }

  /** A worker whose current blob has not moved for the budget is terminated; its other blobs are re-queued. */
  private checkTimeouts(): void {
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
      const diagnostic: Diagnostic = {
        code: 'regex-timeout',
        ...(blob ? { blobId: blob.id } : {}),
        ...(rule ? { ruleId: rule.id } : {}),
        detail: `rule ${rule?.id ?? '?'} ran over ${this.options.blobTimeoutMs} ms on blob ${blob?.id ?? '?'}; the blob was skipped for the remaining rules`,
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

  private fail(error: unknown): void {
    this.failure ??= error;
    this.waiters.splice(0).forEach((w) => w());
    this.drainWaiters.splice(0).forEach((w) => w());
  }

  /** One buffer for a batch: the blob's own when it can be transferred, else a recycled or new one with copies. */
  private pack(pending: PendingBatch, mayTransfer: boolean): [BatchMessage, ArrayBuffer[]] {
    const { jobs } = pending;
    const ids = jobs.map((j) => j.blob.id);
    const scoped = Uint8Array.from(jobs, (j) => (j.scoped ? 1 : 0));
    const offsets = new Uint32Array(jobs.length + 1);
    const only = jobs.length === 1 ? jobs[0]!.blob.bytes : undefined;
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
    const buffer = total <= RECYCLED_BYTES ? (this.free.pop() ?? new ArrayBuffer(RECYCLED_BYTES)) : new ArrayBuffer(total);
    const view = new Uint8Array(buffer);
    jobs.forEach(({ blob }, i) => view.set(blob.bytes, offsets[i]!));
    return [{ batch: pending.batch, ids, offsets, buffer, scoped }, [buffer]];
  }
}

let threads: typeof import('node:worker_threads') | undefined;

/** node:worker_threads, loaded on first use: small scans (every hook run) never start a worker and skip it. */
function workerThreads(): typeof import('node:worker_threads') {
  return (threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));
}
