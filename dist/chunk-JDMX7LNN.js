import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  pairKey,
  parseAddedLines
} from "./chunk-GY3EXOQI.js";
import {
  CatFileReader,
  gitBuffer,
  gitResult
} from "./chunk-6Q7H7BQF.js";
import {
  GitError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/sources/staged.ts
var EMPTY_TREE = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
};
var ZERO_OID = /^0+$/;
var REGULAR_FILE = /* @__PURE__ */ new Set(["100644", "100755", "100664"]);
var StagedSource = class {
  constructor(options) {
    this.options = options;
    this.target = options.target;
  }
  options;
  kind = "staged";
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  places = /* @__PURE__ */ new Map();
  reader;
  async *blobs() {
    const changes = await listStagedChanges(this.options.repo, this.diagnostics);
    const order = [];
    for (const change of changes) {
      if (this.options.skipPath?.(change.path)) continue;
      const origin = change.lines ? { path: change.path, lines: change.lines } : { path: change.path };
      const known = this.places.get(change.blob);
      if (known) known.push(origin);
      else {
        this.places.set(change.blob, [origin]);
        order.push(change);
      }
    }
    this.progress.blobsTotal = order.length;
    if (order.length === 0) return;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    try {
      const reads = order.map((o) => reader.read(o.blob));
      for (const r of reads) r.catch(() => void 0);
      reader.flush();
      this.options.onContent?.();
      for (const [i, { blob, path }] of order.entries()) {
        const object = await reads[i];
        if (!object) {
          this.diagnostics.push({
            code: "missing-object",
            blobId: blob,
            path,
            detail: `staged blob ${blob} (${path}) is not in the object store; it was not scanned`
          });
          continue;
        }
        this.progress.blobsRead++;
        this.progress.bytesRead += object.size;
        yield { id: blob, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
        reader.release(object.bytes.byteLength);
      }
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const places = this.places.get(id);
      if (places) out.set(id, places);
    }
    return out;
  }
  async close() {
    this.reader?.close();
  }
};
async function listStagedChanges(repo, diagnostics) {
  let output;
  try {
    output = await diffIndex(repo, "HEAD");
  } catch (error) {
    const base = await stagedBase(repo);
    if (base === "HEAD") throw error;
    output = await diffIndex(repo, base);
  }
  const { entries, patchStart } = parseRaw(output);
  const added = parseAddedLines(output.subarray(patchStart));
  const changes = [];
  for (const e of entries) {
    if (e.status === "U") {
      diagnostics.push({ code: "git-warning", path: e.path, detail: `${e.path} is unmerged (a conflict); stage its resolution to have it scanned` });
      continue;
    }
    if (e.status === "D" || ZERO_OID.test(e.newBlob) || !REGULAR_FILE.has(e.newMode)) continue;
    let lines;
    if (!ZERO_OID.test(e.oldBlob)) {
      const key = pairKey(e.oldBlob, e.newBlob);
      if (added.has(key)) lines = added.get(key);
      else if (e.oldBlob === e.newBlob) lines = [];
    }
    if (lines && lines.length === 0) continue;
    changes.push({ path: e.path, blob: e.newBlob, lines });
  }
  return changes;
}
function diffIndex(repo, base) {
  return gitBuffer(repo, [
    "diff-index",
    "--cached",
    "-z",
    "--patch-with-raw",
    "-U0",
    "--inter-hunk-context=0",
    "--full-index",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    base,
    "--"
  ]);
}
async function stagedBase(repo) {
  const result = await gitResult(repo, ["rev-parse", "--show-toplevel", "--show-object-format", "--verify", "-q", "HEAD^{commit}"]);
  const lines = result.stdout.toString("utf8").split("\n").filter((l) => l !== "");
  if (result.code !== 0 && (lines.length < 2 || result.stderr !== "")) {
    const why = result.stderr || `exit ${result.code}`;
    throw new GitError(
      /must be run in a work tree/.test(why) ? `${repo}: --staged needs a work tree (a bare repository has no index)` : `git rev-parse failed in ${repo}: ${why}`
    );
  }
  if (result.code === 0) return "HEAD";
  const format = lines.at(-1) ?? "sha1";
  const empty = EMPTY_TREE[format];
  if (!empty) throw new GitError(`${repo}: unsupported object format "${format}"`);
  return empty;
}
function parseRaw(output) {
  const entries = [];
  let pos = 0;
  const next = () => {
    if (pos >= output.length) return void 0;
    let end = output.indexOf(0, pos);
    if (end === -1) end = output.length;
    const token = output.toString("utf8", pos, end);
    pos = end + 1;
    return token;
  };
  while (pos < output.length && output[pos] === 58) {
    const meta = next();
    const [, newMode = "", oldBlob = "", newBlob = "", status = ""] = meta.slice(1).split(" ");
    const first = next();
    if (first === void 0) break;
    const renamed = status.startsWith("R") || status.startsWith("C");
    const path = renamed ? next() ?? first : first;
    entries.push({ newMode, oldBlob, newBlob, status: status.charAt(0), path });
  }
  if (output[pos] === 0) pos++;
  return { entries, patchStart: pos };
}
export {
  StagedSource,
  listStagedChanges
};
