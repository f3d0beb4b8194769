// The contract between sources and the scan: each unique blob once, then one index of where the blobs were seen.

import type { Diagnostic } from '../core/diagnostic.js';
import type { ScanKind } from '../core/report.js';
import type { Blob, Origin, PathFilter } from '../core/types.js';

/** A blob as a source delivers it: `size` is the full size; `bytes` holds only the head when the blob is too large. */
export interface SourceBlob extends Blob {
  readonly size: number;
  /** True when `bytes` is only the first few KB of a blob larger than the source's limit. */
  readonly truncated: boolean;
  /** A path where the blob was first seen: a hint for content whose meaning depends on its name (.gitattributes). */
  readonly path?: string;
}

/** A path seen by a source, with the blobs introduced there. */
export interface PathEntry {
  readonly path: string;
  readonly blobIds: readonly string[];
}

/** Progress counters a source keeps while it is read. */
export interface SourceProgress {
  blobsRead: number;
  bytesRead: number;
  /** Total blobs the source will deliver, once known. */
  blobsTotal?: number;
  commits: number;
}

/**
 * What a source knows of where its blobs are, learnt while `blobs()` runs: ask it once `blobs()` is exhausted. Which
 * of the optional queries an index has is fixed from the start (the scan plans with it before the walk).
 */
export interface SourceIndex {
  /**
   * Every path seen, each with the blobs introduced there, for the file-level rules and path scoping. An index
   * without it cannot list its paths: file-level rules then see each blob's hinted path only.
   */
  paths?(): Iterable<PathEntry>;
  /**
   * Where each of these blobs was introduced (earliest first per path; in git sources with the commit, which costs
   * one git call): the scan asks once, for every blob a finding or a diagnostic needs.
   */
  origins(blobIds: readonly string[]): Promise<Map<string, Origin[]>>;
  /**
   * The first path where each of these blobs was introduced (the path of the first of `origins`), without looking
   * up commits; an index without it leaves the path a blob was read at.
   */
  firstPaths?(blobIds: readonly string[]): Map<string, string>;
  /**
   * In git sources: the blob at HEAD of each path that `wanted` accepts, from one listing of HEAD's tree; undefined
   * when there is no HEAD.
   */
  headBlobs?(wanted: (path: string) => boolean): Promise<Map<string, string> | undefined>;
}

/** One scan's source: each unique blob once, a few again on request, then its index. */
export interface Source {
  readonly kind: ScanKind;
  /** Human description of what is scanned, for reports. */
  readonly target: string;
  /**
   * Each unique blob exactly once. A blob's bytes may live in memory the source reuses (the history source does):
   * they are valid until the consumer asks for the next blob, so a consumer copies what it keeps (BlobScanner.submit
   * does).
   */
  blobs(): AsyncIterable<SourceBlob>;
  /**
   * After `blobs()` is exhausted: these blobs again (a few, by id), for rules that the first pass skipped because
   * the blob's hinted path did not concern them; sources without it get every rule on every blob.
   */
  readBlobs?(blobIds: readonly string[]): AsyncIterable<SourceBlob>;
  /** The source's index: the same object on every call; its answers are complete once `blobs()` is exhausted. */
  index(): SourceIndex;
  readonly progress: SourceProgress;
  /** Problems met while reading (missing objects, unreadable files) or indexing; never thrown. */
  readonly diagnostics: Diagnostic[];
  close(): Promise<void>;
}

export type { PathFilter };
