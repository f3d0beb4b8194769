// Stage 4, match: the worker pool and detector, and the one result store of a scan (matches by blob, diagnostics,
// counts) that the incremental cache also persists.

import type { Diagnostic } from '../core/diagnostic.js';
import type { ScanStats } from '../core/report.js';
import type { Match } from '../core/types.js';
import type { BlobScan } from '../engine/detect.js';
import { BlobScanner } from '../engine/pool.js';
import type { SourceBlob } from '../sources/source.js';
import type { CachedBlob } from './incremental/store.js';
import type { HeadFacts } from './files.js';
import type { ScanPlan } from './plan.js';
import { diagnosticKey } from './report.js';
import type { PathScoping } from './scoping.js';

/** Everything the scan learnt about blobs, whether scanned now or replayed from the cache. */
export class ResultStore {
  readonly matchesByBlob = new Map<string, Match[]>();
  readonly diagnostics: Diagnostic[] = [];
  readonly stats: ScanStats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  /** Blobs counted in the stored walk's totals but read again here (for the path-limited rules): not counted twice. */
  private readonly recounted = new Set<string>();

  constructor(private readonly maxBlobBytes: number) {}

  /** Counts a blob once: not when the stored totals already hold it. */
  count(id: string, result: { binary: boolean; matched: boolean }, size: number): void {
    if (this.recounted.has(id)) return;
    this.stats.blobs++;
    this.stats.bytes += size;
    if (result.binary) this.stats.binarySkipped++;
    if (result.matched) this.stats.blobsMatched++;
  }

  /** A blob already in the stored totals that is read again. */
  markRecounted(id: string): void {
    this.recounted.add(id);
  }

  keep(id: string, result: { matches: readonly Match[]; diagnostics: readonly Diagnostic[] }, again = false): void {
    if (result.matches.length > 0) this.matchesByBlob.set(id, [...result.matches]);
    // A blob scanned again (with the path-limited rules) repeats the diagnostics of its first scan: keep them once.
    const seen = again ? new Set(this.diagnostics.filter((d) => d.blobId === id).map(diagnosticKey)) : undefined;
    this.diagnostics.push(...(seen ? result.diagnostics.filter((d) => !seen.has(diagnosticKey(d))) : result.diagnostics));
  }

  tooLarge(id: string, size: number): void {
    this.diagnostics.push({
      code: 'too-large',
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${this.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`,
    });
  }

  /** A cached blob's result, as if scanned now. */
  replay(hit: CachedBlob): void {
    if (hit.truncated) this.tooLarge(hit.id, hit.size);
    else this.keep(hit.id, hit);
  }
}

/** Runs the detector on text units, in-process or on workers, and files every result in the store (and cache). */
export class Matcher {
  private readonly scanner: BlobScanner;
  /** Per blob being scanned: its size, and what the file rules learnt from its head (kept with its result). */
  private readonly pending = new Map<string, { size: number; head: HeadFacts }>();
  private rescanning: ReadonlySet<string> = new Set();
  private scoping: PathScoping | undefined;

  constructor(
    private readonly plan: ScanPlan,
    private readonly store: ResultStore,
  ) {
    const { options } = plan;
    this.scanner = new BlobScanner({
      rules: options.rules,
      ...(options.decodeDepth !== undefined ? { decodeDepth: options.decodeDepth } : {}),
      ...(options.archives !== undefined ? { archives: options.archives } : {}),
      workers: options.workers,
      inlineBytes: plan.inlineBytes,
      blobTimeoutMs: options.blobTimeoutMs,
      onResult: (result) => this.take(result),
      onDiagnostic: (diagnostic) => store.diagnostics.push(diagnostic),
    });
  }

  /** Starts compiling the rules (a source that knows content is coming calls this while git reads it). */
  prepare(): void {
    this.scanner.prepare();
  }

  useScoping(scoping: PathScoping): void {
    this.scoping = scoping;
  }

  async submit(blob: SourceBlob, head: HeadFacts, allRules: boolean): Promise<void> {
    this.pending.set(blob.id, { size: blob.size, head });
    await this.scanner.submit(blob, allRules);
  }

  /** Blobs scanned again with every rule: their second result holds the first's matches too. */
  async rescan(blobs: AsyncIterable<SourceBlob>, ids: ReadonlySet<string>): Promise<void> {
    this.rescanning = ids;
    for await (const blob of blobs) {
      if (blob.truncated) continue;
      await this.submit(blob, {}, true);
    }
    await this.scanner.drain();
  }

  drain(): Promise<void> {
    return this.scanner.drain();
  }

  close(): Promise<void> {
    return this.scanner.close();
  }

  private take(result: BlobScan): void {
    const again = this.rescanning.has(result.blobId);
    const info = this.pending.get(result.blobId);
    this.pending.delete(result.blobId);
    if (!again) this.store.count(result.blobId, result, info?.size ?? 0);
    this.store.keep(result.blobId, result, again);
    // A blob whose rules timed out was not fully scanned: not cached, so the next scan tries again.
    const { cache } = this.plan;
    if (cache && info && !result.diagnostics.some((d) => d.code === 'regex-timeout')) {
      const scoped = again || (this.scoping?.wasScoped(result.blobId) ?? false);
      cache.add({ ...result, ...info.head, id: result.blobId, size: info.size, truncated: false, scoped });
    }
  }
}
