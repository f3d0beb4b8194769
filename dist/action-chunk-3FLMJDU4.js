import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  PlaceIndex
} from "./action-chunk-YNICGUBZ.js";

// src/sources/directory.ts
const { createHash } = require("node:crypto");
const { lstat, open, readdir } = require("node:fs/promises");
const { basename, join, relative, sep } = require("node:path");
function blobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
var SKIP_DIRS = /* @__PURE__ */ new Set([".git"]);
var NAMED_BATCH = 256;
var DirectorySource = class {
  constructor(root, target, maxBlobBytes, skipPath, files) {
    this.root = root;
    this.target = target;
    this.maxBlobBytes = maxBlobBytes;
    this.skipPath = skipPath;
    this.files = files;
  }
  root;
  target;
  maxBlobBytes;
  skipPath;
  files;
  kind = "tree";
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  places = new PlaceIndex();
  async *blobs() {
    const single = this.files === void 0 && (await lstat(this.root)).isFile();
    const files = single ? [this.root] : this.files ? this.named(this.files) : this.walk(this.root);
    for await (const file of files) {
      const path = single ? basename(file) : relative(this.root, file).split(sep).join("/");
      if (this.skipPath?.(path)) continue;
      const read = await this.read(file, path);
      if (!read) continue;
      const id = blobId(read.hashBytes);
      if (!this.places.add(id, { path })) continue;
      this.progress.blobsRead++;
      this.progress.bytesRead += read.size;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength, path };
    }
  }
  /** Reads a file whole, or only its head when it is over the limit (then the id hashes the head and size). */
  async read(file, path) {
    try {
      const handle = await open(file, "r");
      try {
        const { size } = await handle.stat();
        if (size <= this.maxBlobBytes) {
          const bytes2 = await handle.readFile();
          return { bytes: bytes2, hashBytes: bytes2, size: bytes2.byteLength };
        }
        const head = Buffer.alloc(8192);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const bytes = head.subarray(0, bytesRead);
        return { bytes, hashBytes: Buffer.concat([bytes, Buffer.from(`\0${size}`)]), size };
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.diagnostics.push({
        code: "read-error",
        path,
        detail: `cannot read ${path}: ${error.code ?? String(error)}`
      });
      return void 0;
    }
  }
  /**
   * The named files in the order given, each once. A named file that is not there is a read error (a hook must not
   * pass what it was asked to scan and could not); a symbolic link is skipped, as in a walk (git stores only its
   * target's name); a named folder stands for the files below it.
   */
  async *named(files) {
    const seen = /* @__PURE__ */ new Set();
    const unique = [];
    for (const name of files) {
      const full = join(this.root, ...name.split("/"));
      if (!seen.has(full)) seen.add(full), unique.push({ name, full });
    }
    for (let start = 0; start < unique.length; start += NAMED_BATCH) {
      const batch = unique.slice(start, start + NAMED_BATCH);
      const looked = await Promise.all(batch.map(({ full }) => lstat(full).then((stats) => stats, (error) => error)));
      for (let i = 0; i < batch.length; i++) {
        const { name, full } = batch[i];
        const stats = looked[i];
        if (stats instanceof Error) {
          this.diagnostics.push({ code: "read-error", path: name, detail: `cannot read ${name}: ${stats.code ?? String(stats)}` });
        } else if (stats.isDirectory()) yield* this.walk(full);
        else if (stats.isFile()) yield full;
      }
    }
  }
  /** Regular files below `dir` in name order; symbolic links are not followed. */
  async *walk(dir) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      this.diagnostics.push({
        code: "read-error",
        path: relative(this.root, dir) || ".",
        detail: `cannot list ${dir}: ${error.code ?? String(error)}`
      });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) yield* this.walk(full);
      } else if (entry.isFile()) {
        yield full;
      }
    }
  }
  async *readBlobs(blobIds) {
    for (const id of blobIds) {
      const path = this.places.placesOf(id)?.[0]?.path;
      if (path === void 0) continue;
      const single = this.files === void 0 && (await lstat(this.root)).isFile();
      const read = await this.read(single ? this.root : join(this.root, ...path.split("/")), path);
      if (!read || blobId(read.hashBytes) !== id) continue;
      yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength };
    }
  }
  /** Every file read, at each path where its content sits. */
  index() {
    return this.places;
  }
  async close() {
  }
};

export {
  blobId,
  DirectorySource
};
