// Runs the detector over a stream of blobs: in-process for small scans, then on worker threads with a
// watchdog that replaces a worker whose regex overruns its time budget on one blob. That rule is then stopped for
// that blob only: the blob is scanned again by every other rule, so a slow rule can never hide another's finding.

import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostic.js';
import type { RuleSpec } from '../core/rule.js';
import type { ArchiveLimits } from '../core/scan-settings.js';
import type { Blob, Match } from '../core/types.js';
import { createDetector, scanBlob, type BlobScan, type Detector, type DetectorOptions } from './detect.js';
import { precomputedPrefilter } from '../patterns/precomputed.js';

export interface WorkerInit {
  readonly rules: readonly RuleSpec[];
  readonly decodeDepth?: number;
  readonly archives?: ArchiveLimits;
  /** Int32Array view: [batch, item (-1 idle), rule (-1 none), sequence]. */
  readonly heartbeat: SharedArrayBuffer;
  /** The pool's shared batch buffers, given once: a batch names one by index instead of carrying its bytes. */
  readonly shared: readonly SharedArrayBuffer[];
  /** The stored prefilter bytes this thread read (patterns/precomputed.ts), so a worker never builds the automaton. */
  readonly prefilter?: Uint8Array;
}

export interface BatchMessage {
  readonly batch: number;
  readonly ids: string[];
  /** spans[2i]..spans[2i+1] are blob i's bytes in the shared buffer `shared`, or else in `buffer`. */
  readonly spans: Uint32Array;
  readonly shared?: number;
  /** A batch's own bytes, transferred (a blob too large for a shared buffer). */
  readonly buffer?: ArrayBuffer;
  /** scoped[i] = 0: skip path-scoped rules for blob i (see Detector.scan). */
  readonly scoped: Uint8Array;
  /** skip[i]: indexes of rules not to run on blob i (the watchdog stopped them there); absent for most batches. */
  readonly skip?: Record<number, readonly number[]>;
}

export interface ResultMessage {
  readonly batch: number;
  /** Per blob: FLAG_BINARY | FLAG_MATCHED. */
  readonly flags: Uint8Array;
  /** Only the blobs with matches or diagnostics (most have none: cloning 64 empty results per batch cost more). */
  readonly details: { readonly index: number; readonly matches: Match[]; readonly diagnostics: Diagnostic[] }[];
}

export const FLAG_BINARY = 1;
export const FLAG_MATCHED = 2;

export interface ScannerOptions {
  readonly rules: readonly RuleSpec[];
  /** Levels of nested encodings decoded (DetectorOptions). */
  readonly decodeDepth?: number;
  /** How archives are opened (DetectorOptions). */
  readonly archives?: ArchiveLimits;
  /** Worker threads to use once the scan is big enough; 0 keeps everything in-process. */
  readonly workers: number;
  /** Bytes scanned in-process before workers start (short scans skip the pool's start-up). */
  readonly inlineBytes: number;
  /** Time one rule may spend on one blob before its worker is replaced and the blob scanned again without it. */
  readonly blobTimeoutMs: number;
  readonly onResult: (scan: BlobScan) => void;
  readonly onDiagnostic: (diagnostic: Diagnostic) => void;
}

const BATCH_BYTES = 1 << 20;
const BATCH_ITEMS = 64;
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Size of the shared batch buffers. `submit` copies a blob of up to this many bytes into one at once, so the blob's
 * own memory may be reused as soon as `submit` returns (the history source reads into buffers it recycles).
 */
export const SHARED_BYTES = 2 << 20;
/** Room kept in a shared buffer beyond SHARED_BYTES for aligning copies (see submit). */
const ALIGN_SLACK = 8;
const NO_MATCHES: Match[] = [];
const NO_DIAGNOSTICS: Diagnostic[] = [];

/** A blob waiting for its result: its bytes are in its batch's shared buffer (span), or its own (`bytes`). */
interface Job {
  readonly id: string;
  /** Whether path-scoped rules run on it. */
  readonly scoped: boolean;
  readonly start: number;
  readonly end: number;
  readonly bytes?: Uint8Array;
  /** Rules the watchdog stopped on this blob, and the diagnostics saying so (added to its result). */
  readonly skip?: readonly number[];
  readonly notes?: readonly Diagnostic[];
}

interface PendingBatch {
  readonly batch: number;
  readonly jobs: Job[];
  /** The shared buffer holding the jobs' bytes; undefined for one job with its own bytes. */
  readonly shared: number | undefined;
}

interface Slot {
  worker: Worker;
  beat: Int32Array;
  inFlight: Map<number, PendingBatch>;
  lastSequence: number;
  stuckSince: number;
}

/**
 * Scans blobs handed to `submit`, delivering one BlobScan per blob through `onResult`, in no fixed order.
 *
 * Batches travel in shared buffers that every worker received once, allocated when the workers start and reused for
 * the whole scan: a batch is a buffer index and spans, never a new ArrayBuffer. Allocating (or transferring) one per
 * batch made V8 count gigabytes of external memory over a long scan, and each 64 MB of it started a full garbage
 * collection of the main thread. A batch whose worker the watchdog replaced is still in its buffer, and is sent again.
 * A blob larger than a shared buffer travels as a copy of its own bytes (never the bytes themselves, transferred), so
 * that it too can be sent again.
 */
export class BlobScanner {
  private detector: Detector | undefined;
  private inlineUsed = 0;
  private slots: Slot[] = [];
  private queue: PendingBatch[] = [];
  private current: Job[] = [];
  private currentShared: number | undefined;
  private currentBytes = 0;
  private nextBatch = 0;
  private waiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private watchdog: NodeJS.Timeout | undefined;
  private failure: unknown;
  private closed = false;
  private shared: SharedArrayBuffer[] = [];
  private sharedViews: Uint8Array[] = [];
  private readonly freeShared: number[] = [];

  constructor(private readonly options: ScannerOptions) {}

  private detectorOptions(): DetectorOptions {
    const { decodeDepth, archives } = this.options;
    return { ...(decodeDepth !== undefined ? { decodeDepth } : {}), ...(archives !== undefined ? { archives } : {}) };
  }

  /** Compiles the in-process detector now rather than on the first blob (to overlap it with the source's start). */
  prepare(): void {
    if (this.options.inlineBytes > 0 || this.options.workers === 0) this.detector ??= createDetector(this.options.rules, this.detectorOptions());
  }

  /**
   * Hands over one blob; resolves when the scanner can take more (back-pressure). `scoped` false skips the rules
   * limited to some paths (the blob was seen at none of them). A blob of up to SHARED_BYTES is copied before this
   * returns, so its memory may then be reused. A larger one is kept until its result: do not change its bytes.
   */
  async submit(blob: Blob, scoped = true): Promise<void> {
    if (this.failure) throw this.failure;
    const length = blob.bytes.byteLength;
    if (this.options.workers === 0 || this.inlineUsed + length <= this.options.inlineBytes) {
      this.inlineUsed += length;
      this.detector ??= createDetector(this.options.rules, this.detectorOptions());
      this.options.onResult(await scanBlob(this.detector, blob, undefined, scoped));
      return;
    }
    this.startWorkers();
    if (length > SHARED_BYTES) {
      this.flush();
      this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes }], shared: undefined });
      this.dispatch();
    } else {
      // V8 copies into shared memory with relaxed atomics: 8 bytes at a time when source and target agree modulo 8,
      // one byte at a time otherwise (which cost the main thread 5 s on git/git). The target offset is chosen to agree.
      let at = this.currentBytes + ((blob.bytes.byteOffset - this.currentBytes) & 7);
      if (this.currentShared !== undefined && at + length > SHARED_BYTES) this.flush();
      if (this.currentShared === undefined) at = blob.bytes.byteOffset & 7;
      this.currentShared ??= this.freeShared.pop();
      if (this.currentShared === undefined) {
        // Every shared buffer is busy (back-pressure keeps this from happening): the blob travels with its own copy.
        this.flush();
        this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes.slice() }], shared: undefined });
        this.dispatch();
      } else {
        this.sharedViews[this.currentShared]!.set(blob.bytes, at);
        this.current.push({ id: blob.id, scoped, start: at, end: at + length });
        this.currentBytes = at + length;
        if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
      }
    }
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
    this.queue.push({ batch: this.nextBatch++, jobs: this.current, shared: this.currentShared });
    this.current = [];
    this.currentShared = undefined;
    this.currentBytes = 0;
    this.dispatch();
  }

  private startWorkers(): void {
    if (this.shared.length === 0) {
      // Enough for every batch that can exist at once: in flight, queued (see submit's back-pressure) and filling.
      const count = this.options.workers * IN_FLIGHT_PER_WORKER * 2 + 2;
      for (let i = 0; i < count; i++) {
        this.shared.push(new SharedArrayBuffer(SHARED_BYTES + ALIGN_SLACK));
        this.sharedViews.push(new Uint8Array(this.shared[i]!));
        this.freeShared.push(i);
      }
    }
    while (this.slots.length < this.options.workers) this.slots.push(this.spawn());
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(500, this.options.blobTimeoutMs / 2));
    this.watchdog.unref();
  }

  private spawn(): Slot {
    const heartbeat = new SharedArrayBuffer(16);
    const beat = new Int32Array(heartbeat);
    Atomics.store(beat, 1, -1);
    const prefilter = precomputedPrefilter();
    const init: WorkerInit = { rules: this.options.rules, ...this.detectorOptions(), heartbeat, shared: this.shared, ...(prefilter ? { prefilter } : {}) };
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
    if (pending) {
      if (pending.shared !== undefined) this.freeShared.push(pending.shared);
      let d = 0;
      pending.jobs.forEach((job, i) => {
        const detail = message.details[d]?.index === i ? message.details[d++] : undefined;
        const flags = message.flags[i]!;
        const diagnostics = detail?.diagnostics ?? NO_DIAGNOSTICS;
        this.options.onResult({
          blobId: job.id,
          matches: detail?.matches ?? NO_MATCHES,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0 || job.notes !== undefined,
          diagnostics: job.notes ? [...job.notes, ...diagnostics] : diagnostics,
        });
      });
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift()!;
        const message = this.pack(pending);
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...message);
      }
    }
    if (this.queue.length <= this.slots.length * IN_FLIGHT_PER_WORKER) this.waiters.splice(0).forEach((w) => w());
    if (this.queue.length === 0 && this.slots.every((s) => s.inFlight.size === 0)) this.drainWaiters.splice(0).forEach((w) => w());
  }

  /**
   * A worker whose current blob has not moved for the budget is terminated. The rule it was running is stopped for
   * that blob only: the blob goes back in the queue with that rule skipped (and a diagnostic naming it), so every
   * other rule still scans it; the worker's other blobs are re-queued as they were.
   */
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
      const stuck = batch?.jobs[item];
      const ruleIndex = Atomics.load(slot.beat, 2);
      const rule = this.options.rules[ruleIndex];
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
      for (const pending of slot.inFlight.values()) {
        const jobs = pending.jobs.flatMap((job): Job[] => {
          if (job !== stuck) return [job];
          if (!rule) {
            // Stuck outside every rule (the blob's binary test or keyword search): nothing to leave out and retry.
            this.options.onResult({ blobId: job.id, matches: [], binary: false, matched: true, diagnostics: [...(job.notes ?? []), this.stalled(job.id)] });
            return [];
          }
          return [{ ...job, skip: [...(job.skip ?? []), ruleIndex], notes: [...(job.notes ?? []), this.stopped(rule.id, job.id)] }];
        });
        // Every job is still in the batch's shared buffer, or holds its own bytes (never handed to a worker).
        if (jobs.length > 0) this.queue.unshift({ batch: this.nextBatch++, jobs, shared: pending.shared });
        else if (pending.shared !== undefined) this.freeShared.push(pending.shared);
      }
      if (!stuck) this.options.onDiagnostic(rule ? this.stopped(rule.id) : this.stalled());
      // A result the terminated worker still manages to post finds nothing: its blobs are re-queued or reported.
      slot.inFlight.clear();
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }

  /** A rule stopped on one blob (which the other rules still scan). The scan puts the blob's path in for its id. */
  private stopped(ruleId: string, blobId?: string): Diagnostic {
    return {
      code: 'regex-timeout',
      ...(blobId ? { blobId } : {}),
      ruleId,
      detail: `rule ${ruleId} ran over ${this.options.blobTimeoutMs} ms on blob ${blobId ?? '?'} and was stopped there; every other rule scanned it. That rule's pattern backtracks on this content: fix it (leakgate rules --check names risky constructs) or raise --blob-timeout`,
    };
  }

  /** A blob the scan could not get through outside any rule: not scanned. */
  private stalled(blobId?: string): Diagnostic {
    return {
      code: 'regex-timeout',
      ...(blobId ? { blobId } : {}),
      detail: `scanning blob ${blobId ?? '?'} ran over ${this.options.blobTimeoutMs} ms outside any rule; it was not scanned (raise --blob-timeout)`,
    };
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.waiters.splice(0).forEach((w) => w());
    this.drainWaiters.splice(0).forEach((w) => w());
  }

  /** The message for a batch: its shared buffer's index, or a copy of its one job's own bytes (kept for a retry). */
  private pack(pending: PendingBatch): [BatchMessage, ArrayBuffer[]] {
    const { jobs } = pending;
    const ids = jobs.map((j) => j.id);
    const scoped = Uint8Array.from(jobs, (j) => (j.scoped ? 1 : 0));
    const spans = new Uint32Array(jobs.length * 2);
    let skip: Record<number, readonly number[]> | undefined;
    jobs.forEach((job, i) => {
      spans[2 * i] = job.start;
      spans[2 * i + 1] = job.end;
      if (job.skip) (skip ??= {})[i] = job.skip;
    });
    const common = { batch: pending.batch, ids, spans, scoped, ...(skip ? { skip } : {}) };
    if (pending.shared !== undefined) return [{ ...common, shared: pending.shared }, []];
    const own = jobs[0]!.bytes!;
    const buffer = new ArrayBuffer(own.byteLength);
    new Uint8Array(buffer).set(own);
    return [{ ...common, buffer }, [buffer]];
  }
}

let threads: typeof import('node:worker_threads') | undefined;

/** node:worker_threads, loaded on first use: small scans (every hook run) never start a worker and skip it. */
function workerThreads(): typeof import('node:worker_threads') {
  return (threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));
}
