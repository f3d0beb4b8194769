// The index of a source that keeps every place it met a blob in memory (staged changes, a directory): blob -> its
// origins, and the paths inverted from them.

import type { Origin } from '../core/types.js';
import type { PathEntry, SourceIndex } from './source.js';

/** Blob id -> the places it was met at, in the order met. */
export class PlaceIndex implements SourceIndex {
  private readonly places = new Map<string, Origin[]>();

  /** Records that `blobId` sits at `origin`; true when the blob was not met before. */
  add(blobId: string, origin: Origin): boolean {
    const known = this.places.get(blobId);
    if (known) known.push(origin);
    else this.places.set(blobId, [origin]);
    return known === undefined;
  }

  /** The places of one blob, in the order met. */
  placesOf(blobId: string): readonly Origin[] | undefined {
    return this.places.get(blobId);
  }

  async origins(blobIds: readonly string[]): Promise<Map<string, Origin[]>> {
    const out = new Map<string, Origin[]>();
    for (const id of blobIds) {
      const places = this.places.get(id);
      if (places) out.set(id, [...places]);
    }
    return out;
  }

  /** Paths in the order first met, each with its blobs in the order they were met. */
  *paths(): Generator<PathEntry> {
    const byPath = new Map<string, string[]>();
    for (const [blob, places] of this.places) {
      for (const { path } of places) {
        const list = byPath.get(path);
        if (list) list.push(blob);
        else byPath.set(path, [blob]);
      }
    }
    for (const [path, blobIds] of byPath) yield { path, blobIds };
  }
}
