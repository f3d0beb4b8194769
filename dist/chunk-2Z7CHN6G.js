import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  intersectLines,
  pairKey,
  parseAddedLines
} from "./chunk-GY3EXOQI.js";
import {
  CatFileReader,
  git,
  gitBuffer,
  gitMaybe,
  gitRecords,
  gitResult
} from "./chunk-6Q7H7BQF.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/sources/history.ts
var ZERO_OID = /^0+$/;
var READ_HIGH = 512;
var READ_LOW = 128;
var DIFF_CONCURRENCY = 4;
var HistorySource = class {
  constructor(options) {
    this.options = options;
    this.kind = options.kind;
    this.target = options.target;
  }
  options;
  kind;
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  commitIds = [];
  commitTimes = [];
  paths = [];
  pathIndex = /* @__PURE__ */ new Map();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  intros = /* @__PURE__ */ new Map();
  requested = /* @__PURE__ */ new Set();
  reader;
  /** In a partial clone, the blobs present locally (others are never asked for, so never fetched). */
  present;
  async *blobs() {
    if (this.options.revs.length === 0) return;
    const present = await this.presentObjects();
    this.present = present;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    const inFlight = [];
    const request = (id, path) => {
      const read = (present && !present.has(id) ? Promise.resolve(void 0) : reader.read(id)).then((object) => {
        if (!object) return void 0;
        return { id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
      });
      read.catch(() => void 0);
      inFlight.push({ id, path, read });
    };
    const take = async () => {
      const next = inFlight.shift();
      const blob = await next.read;
      if (!blob) {
        this.diagnostics.push({
          code: "missing-object",
          blobId: next.id,
          path: next.path,
          detail: `blob ${next.id} (${next.path}) is not in the object store (partial or shallow clone, or a damaged repository); it was not scanned`
        });
        return void 0;
      }
      this.progress.blobsRead++;
      this.progress.bytesRead += blob.size;
      return blob;
    };
    const queue = [];
    let queueHead = 0;
    let walking = true;
    let walkError;
    let wake;
    const walkDone = (async () => {
      try {
        for await (const change of this.walk()) {
          if (this.requested.has(change.blob)) continue;
          this.requested.add(change.blob);
          queue.push(change);
          if (wake) {
            wake();
            wake = void 0;
          }
        }
      } catch (error) {
        walkError = error;
      } finally {
        walking = false;
        wake?.();
      }
    })();
    try {
      for (; ; ) {
        while (inFlight.length < READ_HIGH && queueHead < queue.length) {
          const next = queue[queueHead++];
          request(next.blob, next.path);
        }
        if (queueHead > 65536) {
          queue.splice(0, queueHead);
          queueHead = 0;
        }
        reader.flush();
        if (inFlight.length === 0) {
          if (!walking) break;
          await new Promise((resolve) => wake = resolve);
          continue;
        }
        do {
          const blob = await take();
          if (blob) {
            yield blob;
            reader.release(blob.bytes.byteLength);
          }
        } while (inFlight.length > READ_LOW || inFlight.length > 0 && !walking && queueHead >= queue.length);
      }
      await walkDone;
      if (walkError) throw walkError;
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  /**
   * In a partial clone, asking cat-file for an absent blob would fetch it from the promisor remote (a network
   * call, and git 2.39 has no switch to stop it). There, list the objects present locally and never ask for others.
   */
  async presentObjects() {
    const partial = await gitMaybe(this.options.repo, ["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"]);
    if (!partial?.split("\n").some((line) => /^extensions\.partialclone \S|\.promisor true$/i.test(line.trim()))) return void 0;
    const present = /* @__PURE__ */ new Set();
    for await (const line of gitRecords(this.options.repo, ["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)"], 10)) {
      if (line.endsWith(" blob")) present.add(line.slice(0, line.indexOf(" ")));
    }
    return present;
  }
  /** Streams the walk: records commits and introductions, yields each (blob, path) change. */
  async *walk() {
    const args = [
      "log",
      ...this.options.revs,
      "--raw",
      "--no-abbrev",
      "--no-renames",
      `--diff-merges=${this.options.merges}`,
      "-z",
      "--format=%x01%H %ct",
      "--"
    ];
    let commit = -1;
    let pendingEntry;
    for await (let token of gitRecords(this.options.repo, args, 0)) {
      if (token.charCodeAt(0) === 10) token = token.slice(1);
      if (pendingEntry !== void 0) {
        const entry = pendingEntry;
        pendingEntry = void 0;
        const change = this.parseEntry(entry, token, commit);
        if (change) yield change;
        continue;
      }
      if (token.charCodeAt(0) === 1) {
        const space = token.indexOf(" ");
        commit = this.commitIds.length;
        this.commitIds.push(token.slice(1, space));
        this.commitTimes.push(Number(token.slice(space + 1)));
        this.progress.commits++;
      } else if (token.charCodeAt(0) === 58) {
        pendingEntry = token;
      }
    }
  }
  /** Parses a raw entry (`:old new oldsha newsha S` or the combined `::...` form) and records the introduction. */
  parseEntry(entry, path, commit) {
    let parents = 0;
    while (entry.charCodeAt(parents) === 58) parents++;
    const fields = entry.slice(parents).split(" ");
    const mode = fields[parents];
    const blob = fields[2 * parents + 1];
    const status = fields[2 * parents + 2] ?? "";
    if (!mode || !blob || ZERO_OID.test(blob) || status.startsWith("D")) return void 0;
    if (mode !== "100644" && mode !== "100755" && mode !== "100664") return void 0;
    if (commit < 0 || this.options.skipPath?.(path)) return void 0;
    this.recordIntro(blob, path, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : void 0);
    return { blob, path };
  }
  recordIntro(blob, path, commit, parents) {
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, p);
    }
    const known = this.intros.get(blob);
    if (!known) {
      this.intros.set(blob, parents ? { commit, path: p, parents } : { commit, path: p });
      return;
    }
    const list = Array.isArray(known) ? known : [known];
    const same = list.find((i) => i.path === p);
    if (same) {
      if (this.commitTimes[commit] <= this.commitTimes[same.commit]) {
        same.commit = commit;
        if (parents) same.parents = parents;
      }
      return;
    }
    list.push(parents ? { commit, path: p, parents } : { commit, path: p });
    if (!Array.isArray(known)) this.intros.set(blob, list);
  }
  async origins(blobIds) {
    const wanted = /* @__PURE__ */ new Map();
    const commits = /* @__PURE__ */ new Set();
    for (const id of blobIds) {
      const known = this.intros.get(id);
      if (!known) continue;
      const list = (Array.isArray(known) ? known : [known]).slice().sort((a, b) => this.commitTimes[a.commit] - this.commitTimes[b.commit] || a.path - b.path);
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const [info, lines] = await Promise.all([this.commitInfo([...commits].map((c) => this.commitIds[c])), this.addedLinesOf(wanted)]);
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commitIds[intro.commit]);
          const origin = commit ? { path: this.paths[intro.path], commit } : { path: this.paths[intro.path] };
          const added = lines.get(intro);
          return added ? { ...origin, lines: added } : origin;
        })
      );
    }
    return out;
  }
  /** With `addedLines`: per introduction, the lines new relative to every parent (absent: every line counts). */
  async addedLinesOf(wanted) {
    const out = /* @__PURE__ */ new Map();
    if (!this.options.addedLines) return out;
    const pairs = /* @__PURE__ */ new Map();
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        for (const parent of intro.parents ?? []) if (!ZERO_OID.test(parent)) pairs.set(pairKey(parent, blob), { old: parent, now: blob });
      }
    }
    const diffs = /* @__PURE__ */ new Map();
    const queue = [...pairs];
    const work = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { old, now }] = next;
        diffs.set(key, await this.diffBlobs(old, now));
      }
    };
    await Promise.all(Array.from({ length: Math.min(DIFF_CONCURRENCY, queue.length) }, work));
    for (const [blob, list] of wanted) {
      for (const intro of list) {
        let lines;
        for (const parent of intro.parents ?? []) {
          const relative = ZERO_OID.test(parent) ? void 0 : diffs.get(pairKey(parent, blob));
          if (relative) lines = lines ? intersectLines(lines, relative) : relative;
        }
        if (lines) out.set(intro, lines);
      }
    }
    return out;
  }
  /** Lines of `now` that are not in `old`; undefined when git treats the pair as binary. */
  async diffBlobs(old, now) {
    if (old === now) return [];
    if (this.present && !this.present.has(old)) {
      this.diagnostics.push({
        code: "missing-object",
        blobId: old,
        detail: `blob ${old} is not in the object store (partial clone); every line of ${now} counts as added`
      });
      return void 0;
    }
    try {
      const patch = await gitBuffer(this.options.repo, [
        "diff",
        "-U0",
        "--inter-hunk-context=0",
        "--full-index",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        old,
        now
      ]);
      const added = parseAddedLines(patch);
      return added.has(pairKey(old, now)) ? added.get(pairKey(old, now)) : void 0;
    } catch (error) {
      this.diagnostics.push({
        code: "missing-object",
        blobId: old,
        detail: `cannot diff ${old.slice(0, 12)} against ${now.slice(0, 12)} to find the added lines (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); every line of ${now.slice(0, 12)} counts`
      });
      return void 0;
    }
  }
  /** Author, date and subject of the given commits, in one git call. */
  async commitInfo(ids) {
    const out = /* @__PURE__ */ new Map();
    if (ids.length === 0) return out;
    const text = await git(
      this.options.repo,
      ["log", "--no-walk=unsorted", "--stdin", "-z", "--format=%H%x00%an%x00%ae%x00%aI%x00%s"],
      `${ids.join("\n")}
`
    );
    const fields = text.split("\0");
    for (let i = 0; i + 4 < fields.length; i += 5) {
      const id = fields[i].replace(/^\n/, "");
      out.set(id, { id, author: fields[i + 1], email: fields[i + 2], date: fields[i + 3], summary: fields[i + 4] });
    }
    return out;
  }
  async close() {
    this.reader?.close();
  }
};
async function verifyRevisions(repo, flag, spec, revs) {
  if (spec === "" || spec.startsWith("-") || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
  const result = await gitResult(repo, ["rev-parse", ...revs.filter((r) => !r.startsWith("--")), "--"]);
  if (result.code !== 0) {
    const why = result.stderr.split("\n")[0]?.replace(/^fatal: /, "") ?? `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}
export {
  HistorySource,
  verifyRevisions
};
