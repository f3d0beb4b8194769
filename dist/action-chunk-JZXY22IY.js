import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/sources/source.ts
function* pathEntries(placesByBlob, pathOf) {
  const byPath = /* @__PURE__ */ new Map();
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

export {
  pathEntries
};
