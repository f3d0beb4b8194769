import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  allReachable,
  gitMaybe,
  privateDirectory,
  repositoryCacheDir,
  resolveTips
} from "./action-chunk-NUTTEPPZ.js";
import "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";

// src/scan/incremental/walk.ts
const { resolve } = require("node:path");

// src/scan/incremental/store.ts
const { createHash, randomBytes } = require("node:crypto");
const { mkdir, readFile, rename, unlink, writeFile } = require("node:fs/promises");
const { join } = require("node:path");
var FORMAT = "leakgate-scan-cache/3";
var SIZE_BYTES = 8;
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var FLAG_RESULTS = 4;
var FLAG_TRUNCATED = 8;
var FLAG_WALKED = 16;
var FLAG_SCOPED = 32;
function cacheKey(parts) {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
var ScanCache = class _ScanCache {
  constructor(file, key, oidBytes, records, results, generation) {
    this.file = file;
    this.key = key;
    this.oidBytes = oidBytes;
    this.records = records;
    this.results = results;
    this.generation = generation;
    this.recordBytes = oidBytes + SIZE_BYTES + 1;
    this.seen = new Uint8Array(records.length / this.recordBytes);
  }
  file;
  key;
  oidBytes;
  records;
  results;
  generation;
  recordBytes;
  /** Blobs scanned in this run; a later scan of the same blob (with more rules) replaces an earlier one. */
  added = /* @__PURE__ */ new Map();
  /** Lookups that found their blob (blobs replayed in this run). */
  hits = 0;
  /** Old records looked up in this run (they are part of this run's walk). */
  seen;
  get walkFile() {
    return this.file.replace(/\.cache$/, ".walk");
  }
  /** The walk stored with this version of the cache, or undefined (none, another version, unreadable). */
  async loadWalk(diagnostics) {
    if (!this.generation) return void 0;
    let text;
    try {
      text = await readFile(this.walkFile, "utf8");
    } catch {
      return void 0;
    }
    try {
      const stored = JSON.parse(text);
      if (isOtherFormat(stored.format)) return void 0;
      if (stored.format !== FORMAT || stored.key !== this.key) throw new Error("header does not match");
      if (stored.generation !== this.generation) return void 0;
      const walk = stored.walk;
      if (!isStoredWalk(walk, this.oidBytes * 2)) throw new Error("bad walk");
      return walk;
    } catch (error) {
      diagnostics.push(cacheDiagnostic(`scan cache ${this.walkFile} is unreadable (${error instanceof Error ? error.message : String(error)}); the whole history is walked`));
      return void 0;
    }
  }
  /**
   * Opens the cache file for `key` in `dir` (a missing file is an empty cache). Problems are pushed to `diagnostics`
   * and give an empty cache that will overwrite the bad file.
   */
  static async open(dir, key, oidBytes, diagnostics) {
    const file = join(dir, `scan-${key}.cache`);
    const empty = () => new _ScanCache(file, key, oidBytes, Buffer.alloc(0), {}, void 0);
    let data;
    try {
      data = await readFile(file);
    } catch (error) {
      if (error.code !== "ENOENT") {
        diagnostics.push(cacheDiagnostic(`cannot read scan cache ${file}: ${error.code ?? String(error)}; scanning without it`));
      }
      return empty();
    }
    try {
      const eol = data.indexOf(10);
      if (eol < 0 || eol > 4096) throw new Error("no header");
      const header = JSON.parse(data.toString("utf8", 0, eol));
      const body = data.subarray(eol + 1);
      const recordBytes = oidBytes + SIZE_BYTES + 1;
      if (isOtherFormat(header.format)) return empty();
      if (header.format !== FORMAT || header.key !== key || header.oidBytes !== oidBytes) throw new Error("header does not match");
      if (!Number.isSafeInteger(header.count) || !Number.isSafeInteger(header.resultsBytes)) throw new Error("bad counts");
      if (body.length !== header.count * recordBytes + header.resultsBytes) throw new Error("truncated");
      if (createHash("sha256").update(body).digest("hex") !== header.sha256) throw new Error("checksum mismatch");
      const records = body.subarray(0, header.count * recordBytes);
      const results = JSON.parse(body.toString("utf8", records.length));
      if (typeof results !== "object" || results === null) throw new Error("bad results");
      return new _ScanCache(file, key, oidBytes, records, results, header.generation);
    } catch (error) {
      diagnostics.push(
        cacheDiagnostic(`scan cache ${file} is unreadable (${error instanceof Error ? error.message : String(error)}); it was ignored and will be rewritten`)
      );
      return empty();
    }
  }
  /** Blobs the cache held when opened. */
  get size() {
    return this.records.length / this.recordBytes;
  }
  /** How many lookups found their blob. */
  get hitCount() {
    return this.hits;
  }
  /** The stored scan of `id`, or undefined when this blob has not been scanned under this key. */
  lookup(id, track = true) {
    if (this.records.length === 0 || id.length !== this.oidBytes * 2) return void 0;
    const oid = Buffer.from(id, "hex");
    const width = this.recordBytes;
    let lo = 0;
    let hi = this.records.length / width - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const at = mid * width;
      const c = this.records.compare(oid, 0, this.oidBytes, at, at + this.oidBytes);
      if (c === 0) {
        if (track) {
          this.hits++;
          this.seen[mid] = 1;
        }
        const size = this.records.readDoubleLE(at + this.oidBytes);
        const flags = this.records[at + this.oidBytes + SIZE_BYTES];
        const stored = flags & FLAG_RESULTS ? this.results[id] : void 0;
        return {
          id,
          size,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          truncated: (flags & FLAG_TRUNCATED) !== 0,
          scoped: (flags & FLAG_SCOPED) !== 0,
          matches: stored?.m ?? [],
          diagnostics: stored?.d ?? [],
          walked: (flags & FLAG_WALKED) !== 0,
          ...stored?.f ? { facts: stored.f } : {},
          ...stored?.a !== void 0 ? { attributes: stored.a } : {}
        };
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return void 0;
  }
  /** Records a blob scanned in this run (call only for complete scans: not for a blob whose rules timed out). */
  add(blob) {
    if (blob.id.length !== this.oidBytes * 2) return;
    const prior = blob.facts === void 0 || blob.attributes === void 0 ? this.added.get(blob.id) ?? this.lookup(blob.id, false) : void 0;
    this.added.set(blob.id, {
      ...blob,
      ...blob.facts === void 0 && prior?.facts ? { facts: prior.facts } : {},
      ...blob.attributes === void 0 && prior?.attributes !== void 0 ? { attributes: prior.attributes } : {}
    });
  }
  /**
   * Writes old and new records to the cache file (temp file + rename), then the walk when given. `incremental`: the
   * run walked only commits new since the stored walk, so old records keep their walked mark; otherwise only the
   * blobs met in this run are marked. Problems become diagnostics.
   */
  async save(diagnostics, walk, incremental = false) {
    if (this.added.size === 0 && !walk) return;
    const width = this.recordBytes;
    const fresh = [...this.added.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const oldCount = this.records.length / width;
    const out = Buffer.alloc((oldCount + fresh.length) * width);
    const results = {};
    let i = 0;
    let j = 0;
    let n = 0;
    let last;
    while (i < oldCount || j < fresh.length) {
      const oldAt = i * width;
      const next = j < fresh.length ? Buffer.from(fresh[j].id, "hex") : void 0;
      const c = i >= oldCount ? 1 : next === void 0 ? -1 : this.records.compare(next, 0, this.oidBytes, oldAt, oldAt + this.oidBytes);
      const at = n * width;
      if (c < 0) {
        this.records.copy(out, at, oldAt, oldAt + width);
        const flagAt = at + this.oidBytes + SIZE_BYTES;
        const walked = this.seen[i] === 1 || incremental && (out[flagAt] & FLAG_WALKED) !== 0;
        out[flagAt] = out[flagAt] & ~FLAG_WALKED | (walked ? FLAG_WALKED : 0);
        if (this.records[oldAt + this.oidBytes + SIZE_BYTES] & FLAG_RESULTS) {
          const id = this.records.toString("hex", oldAt, oldAt + this.oidBytes);
          const stored = this.results[id];
          if (stored) results[id] = stored;
        }
        i++;
      } else {
        const blob = fresh[j];
        if (last && next.equals(last)) {
          j++;
          continue;
        }
        next.copy(out, at);
        out.writeDoubleLE(blob.size, at + this.oidBytes);
        const hasResults = blob.matches.length > 0 || blob.diagnostics.length > 0 || blob.facts !== void 0 || blob.attributes !== void 0;
        out[at + this.oidBytes + SIZE_BYTES] = (blob.binary ? FLAG_BINARY : 0) | (blob.matched ? FLAG_MATCHED : 0) | (hasResults ? FLAG_RESULTS : 0) | (blob.truncated ? FLAG_TRUNCATED : 0) | (blob.scoped ? FLAG_SCOPED : 0) | FLAG_WALKED;
        if (hasResults) {
          results[blob.id] = {
            m: [...blob.matches],
            d: [...blob.diagnostics],
            ...blob.facts ? { f: blob.facts } : {},
            ...blob.attributes !== void 0 ? { a: blob.attributes } : {}
          };
        }
        last = next;
        if (c === 0) i++;
        j++;
      }
      n++;
    }
    const records = out.subarray(0, n * width);
    const resultText = Buffer.from(JSON.stringify(results), "utf8");
    const body = Buffer.concat([records, resultText]);
    const generation = randomBytes(8).toString("hex");
    const header = {
      format: FORMAT,
      key: this.key,
      oidBytes: this.oidBytes,
      count: n,
      resultsBytes: resultText.length,
      sha256: createHash("sha256").update(body).digest("hex"),
      generation
    };
    await mkdir(join(this.file, ".."), { recursive: true }).catch(() => void 0);
    if (!await writeAtomically(this.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`, "utf8"), body]), diagnostics)) return;
    if (walk) await writeAtomically(this.walkFile, Buffer.from(JSON.stringify({ format: FORMAT, key: this.key, generation, walk }), "utf8"), diagnostics);
  }
};
function isStoredWalk(walk, oidChars) {
  const isOid = (v) => typeof v === "string" && v.length === oidChars && /^[0-9a-f]+$/.test(v);
  const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  if (typeof walk !== "object" || walk === null) return false;
  const w = walk;
  const totals = w["totals"];
  if (!Array.isArray(w["tips"]) || !w["tips"].every(isOid) || !isCount(w["commits"])) return false;
  if (typeof totals !== "object" || totals === null || !["blobs", "bytes", "binarySkipped", "blobsMatched"].every((k) => isCount(totals[k]))) return false;
  const missing = w["missing"];
  if (!Array.isArray(missing) || !missing.every((m) => Array.isArray(m) && m.length === 2 && isOid(m[0]) && typeof m[1] === "string")) return false;
  const intros = w["intros"];
  if (typeof intros !== "object" || intros === null || Array.isArray(intros)) return false;
  for (const [id, list] of Object.entries(intros)) {
    if (!isOid(id) || !Array.isArray(list) || list.length === 0) return false;
    for (const intro of list) {
      if (!Array.isArray(intro) || intro.length !== 3 || typeof intro[0] !== "string" || !isOid(intro[1]) || !Number.isFinite(intro[2])) return false;
    }
  }
  return true;
}
async function writeAtomically(file, data, diagnostics) {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, data, { mode: 384 });
    await rename(temp, file);
    return true;
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    diagnostics.push(cacheDiagnostic(`cannot write scan cache ${file}: ${error.code ?? String(error)}`));
    return false;
  }
}
function isOtherFormat(format) {
  return typeof format === "string" && format !== FORMAT && format.startsWith("leakgate-scan-cache/");
}
function cacheDiagnostic(detail) {
  return { code: "cache-ignored", detail };
}

// src/scan/incremental/walk.ts
var IncrementalScan = class _IncrementalScan {
  constructor(cache, tips, previous) {
    this.cache = cache;
    this.tips = tips;
    this.previous = previous;
  }
  cache;
  tips;
  previous;
  /** Blobs with results (or too large) in this run: the ones whose introductions the next walk needs. */
  notable = /* @__PURE__ */ new Set();
  /** Opens the cache of a git repository; undefined when `repo` is not one (the source reports that). */
  static async open(repo, keyParts, wholeHistory, diagnostics) {
    const out = await gitMaybe(repo, ["rev-parse", "--show-object-format", "--git-common-dir"]);
    const [format, gitDir] = out?.split("\n") ?? [];
    if (!format || !gitDir) return void 0;
    const dir = privateDirectory(repositoryCacheDir(resolve(repo, gitDir)));
    if (dir === void 0) return void 0;
    const cache = await ScanCache.open(dir, cacheKey(keyParts), format === "sha256" ? 32 : 20, diagnostics);
    if (!wholeHistory) return new _IncrementalScan(cache, void 0, void 0);
    const tips = await resolveTips(repo);
    const stored = await cache.loadWalk(diagnostics);
    const missing = new Set(stored?.missing.map(([id]) => id));
    const usable = stored !== void 0 && Object.keys(stored.intros).every((id) => missing.has(id) || cache.lookup(id, false) !== void 0) && await allReachable(repo, stored.tips, tips);
    return new _IncrementalScan(cache, tips, usable ? stored : void 0);
  }
  /** Counts of the part of history this run does not walk again (undefined: the whole history is walked). */
  get totals() {
    return this.previous?.totals;
  }
  /** Blobs replayed from the cache. */
  get hits() {
    return this.cache.hitCount;
  }
  /** The stored walk in the source's terms. */
  get since() {
    const walk = this.previous;
    if (!walk) return void 0;
    return {
      tips: walk.tips,
      commits: walk.commits,
      intros: new Map(Object.entries(walk.intros)),
      missing: walk.missing
    };
  }
  /** Commits of the stored walk that this run does not walk again (0: the whole history is walked). */
  get reusedCommits() {
    return this.previous?.commits ?? 0;
  }
  /** Replays the stored blobs of the part of history not walked again, each with the paths it was introduced at. */
  replayStored(replay) {
    const walk = this.previous;
    if (!walk) return;
    for (const [id, list] of Object.entries(walk.intros)) {
      const hit = this.cache.lookup(id);
      if (!hit) continue;
      this.note(hit);
      replay(hit, [...new Set(list.map(([path]) => path))]);
    }
  }
  /**
   * Asked by the source for each blob the walk meets: undefined means read and scan it. A blob already counted in
   * the stored walk is reported as `counted` (its results were replayed by replayStored).
   */
  lookup(id) {
    const hit = this.cache.lookup(id);
    if (!hit) return void 0;
    const counted = this.previous !== void 0 && hit.walked === true;
    if (!counted) this.note(hit);
    return { hit, counted };
  }
  /** Records a blob scanned (or found too large) in this run. */
  add(blob) {
    this.note(blob);
    this.cache.add(blob);
  }
  /**
   * After a complete scan: stores the blobs and, for whole-history scans, the walk. `relevant`: further blobs the
   * next scan needs from this history (FileScan.relevantBlobs).
   */
  async save(source, totals, commits, diagnostics, relevant = []) {
    if (!this.tips) {
      await this.cache.save(diagnostics);
      return;
    }
    const missing = source.diagnostics.filter((d) => d.code === "missing-object" && d.blobId && d.path !== void 0).map((d) => [d.blobId, d.path]);
    const intros = {};
    for (const [id, list] of source.index().introductions(/* @__PURE__ */ new Set([...this.notable, ...relevant, ...missing.map(([id2]) => id2)]))) {
      intros[id] = list.map(([path, commit, time]) => [path, commit, time]);
    }
    await this.cache.save(diagnostics, { tips: [...this.tips], commits, totals, intros, missing }, this.previous !== void 0);
  }
  note(blob) {
    if (blob.truncated || blob.matches.length > 0 || blob.diagnostics.length > 0) this.notable.add(blob.id);
  }
};
export {
  IncrementalScan
};
