// The contract between sources and the scan: each unique blob once, then where the blobs with findings came from.

import type { Blob, Diagnostic, Origin, PathFilter, ScanKind } from '../core/types.js';

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

/** Inverts "blob -> where it was seen" into path entries: paths in the order first met, each with its blobs in map order. */
export function* pathEntries<T>(placesByBlob: ReadonlyMap<string, readonly T[]>, pathOf: (place: T) => string): Generator<PathEntry> {
  const byPath = new Map<string, string[]>();
  for (const [blob, places] of placesByBlob) {
    for (const place of places) {
      const path = pathOf(place);
      const list = byPath.get(path);
      if (list) list.push(blob);
      else byPath.set(path, [blob]);
    }
  }
  for (const [path, blobIds] of byPath) yield { path, blobIds };
}

/** Progress counters a source keeps while it is read. */
export interface SourceProgress {
  blobsRead: number;
  bytesRead: number;
  /** Total blobs the source will deliver, once known. */
  blobsTotal?: number;
  commits: number;
}

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
  /** After `blobs()` is exhausted: where each of these blobs was introduced (earliest first per path). */
  origins(blobIds: readonly string[]): Promise<Map<string, Origin[]>>;
  /**
   * After `blobs()` is exhausted: every path seen, each with the blobs introduced there, for the file-level rules.
   * A source without it gets file-level rules for the hinted path of each blob only.
   */
  paths?(): Iterable<PathEntry>;
  /**
   * After `blobs()` is exhausted: these blobs again (a few, by id), for rules that the first pass skipped because
   * the blob's hinted path did not concern them; sources without it get every rule on every blob.
   */
  readBlobs?(blobIds: readonly string[]): AsyncIterable<SourceBlob>;
  /**
   * After `blobs()` is exhausted: the first path where each of these blobs was introduced (the path of the first of
   * `origins`), without looking up commits; sources without it leave the path a blob was read at.
   */
  firstPaths?(blobIds: readonly string[]): Map<string, string>;
  /**
   * After `blobs()` is exhausted, in git sources: the blob at HEAD of each path that `wanted` accepts, from one
   * listing of HEAD's tree; undefined when there is no HEAD.
   */
  headBlobs?(wanted: (path: string) => boolean): Promise<Map<string, string> | undefined>;
  readonly progress: SourceProgress;
  /** Problems met while reading (missing objects, unreadable files); never thrown. */
  readonly diagnostics: Diagnostic[];
  close(): Promise<void>;
}

export type { PathFilter };
