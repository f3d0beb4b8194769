import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  blobId
} from "./action-chunk-3FLMJDU4.js";
import "./action-chunk-YNICGUBZ.js";
import "./action-chunk-ND6KTPYW.js";

// src/sources/stdin.ts
var StreamSource = class {
  constructor(input, target, maxBlobBytes) {
    this.input = input;
    this.target = target;
    this.maxBlobBytes = maxBlobBytes;
  }
  input;
  target;
  maxBlobBytes;
  kind = "stdin";
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  id;
  /** The one blob, at the display name. */
  known = {
    origins: async (blobIds) => {
      const out = /* @__PURE__ */ new Map();
      if (this.id && blobIds.includes(this.id)) out.set(this.id, [{ path: this.target }]);
      return out;
    },
    paths: () => this.id ? [{ path: this.target, blobIds: [this.id] }] : []
  };
  async *blobs() {
    const chunks = [];
    let size = 0;
    let kept = 0;
    for await (const chunk of this.input) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      size += buf.byteLength;
      if (kept < this.maxBlobBytes) {
        const part = buf.subarray(0, this.maxBlobBytes - kept);
        chunks.push(part);
        kept += part.byteLength;
      }
    }
    const bytes = Buffer.concat(chunks);
    this.id = blobId(bytes);
    this.progress.blobsRead = 1;
    this.progress.bytesRead = size;
    yield { id: this.id, bytes: size > kept ? bytes.subarray(0, 8192) : bytes, size, truncated: size > kept, path: this.target };
  }
  index() {
    return this.known;
  }
  async close() {
  }
};
export {
  StreamSource
};
