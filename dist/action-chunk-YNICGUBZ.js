import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/sources/place-index.ts
var PlaceIndex = class {
  places = /* @__PURE__ */ new Map();
  /** Records that `blobId` sits at `origin`; true when the blob was not met before. */
  add(blobId, origin) {
    const known = this.places.get(blobId);
    if (known) known.push(origin);
    else this.places.set(blobId, [origin]);
    return known === void 0;
  }
  /** The places of one blob, in the order met. */
  placesOf(blobId) {
    return this.places.get(blobId);
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const places = this.places.get(id);
      if (places) out.set(id, [...places]);
    }
    return out;
  }
  /** Paths in the order first met, each with its blobs in the order they were met. */
  *paths() {
    const byPath = /* @__PURE__ */ new Map();
    for (const [blob, places] of this.places) {
      for (const { path } of places) {
        const list = byPath.get(path);
        if (list) list.push(blob);
        else byPath.set(path, [blob]);
      }
    }
    for (const [path, blobIds] of byPath) yield { path, blobIds };
  }
};

export {
  PlaceIndex
};
