import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/engine/worker.ts
const { parentPort, workerData } = require("node:worker_threads");

// src/core/scan-settings.ts
var DEFAULT_ARCHIVE_LIMITS = Object.freeze({ depth: 4, maxBytes: 64 * 1024 * 1024, maxMembers: 1e4, maxRatio: 100 });

// src/engine/binary.ts
var SNIFF_BYTES = 8e3;
function isBinary(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).indexOf(0) !== -1;
}

// src/engine/archive/inflate.ts
const { createRequire } = require("node:module");
var zlib;
var load = () => zlib ??= createRequire(import.meta.url)("node:zlib");
var OutputLimit = class extends Error {
  constructor() {
    super("output limit");
  }
};
function bounded(run, limit) {
  try {
    return run({ maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if (error?.code === "ERR_BUFFER_TOO_LARGE") throw new OutputLimit();
    throw error;
  }
}
function inflateBounded(data, limit) {
  return bounded((options) => load().inflateRawSync(data, options), limit);
}
function gunzipBounded(data, limit) {
  return bounded((options) => load().gunzipSync(data, options), limit);
}

// src/engine/archive/zip.ts
var EOCD = 101010256;
var ZIP64_LOCATOR = 117853008;
var ZIP64_EOCD = 101075792;
var CENTRAL = 33639248;
var LOCAL = 67324752;
var EOCD_SEARCH = 22 + 65535;
function readZipDirectory(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at2 = bytes.length - 22; at2 >= Math.max(0, bytes.length - EOCD_SEARCH); at2--) {
    if (view.getUint32(at2, true) === EOCD) {
      end = at2;
      break;
    }
  }
  if (end === -1) return { problem: "no end of central directory (truncated or not a zip)" };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 65535 || offset === 4294967295) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return { problem: "damaged zip64 end of central directory" };
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { problem: `central directory entry ${i + 1} of ${count} is damaged` };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return { problem: `central directory entry ${i + 1} of ${count} is damaged` };
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString(flags & 2048 ? "utf8" : "latin1");
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 1) {
        let p = x + 4;
        const next = () => p + 8 <= x + 4 + length ? Number(view.getBigUint64((p += 8) - 8, true)) : void 0;
        if (size === 4294967295) size = next() ?? size;
        if (compressedSize === 4294967295) compressedSize = next() ?? compressedSize;
        if (local === 4294967295) local = next() ?? local;
      }
      x += 4 + length;
    }
    entries.push({ name, flags, method, compressedSize, size, local });
    at = nameEnd + extraLength + commentLength;
  }
  return { entries };
}
function* zipMembers(bytes, limits) {
  const directory = readZipDirectory(bytes);
  if ("problem" in directory) {
    yield { problem: "unreadable", detail: `cannot be opened as a zip: ${directory.problem}` };
    return;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory.entries) {
    if (limits.exhausted) return;
    const { name } = entry;
    if (name.endsWith("/") && entry.size === 0) continue;
    if (entry.flags & 1) {
      yield { name, problem: "unreadable", detail: "is encrypted" };
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      yield { name, problem: "unreadable", detail: `uses compression method ${entry.method} (only stored and deflate are read)` };
      continue;
    }
    const refused = limits.refuse(entry.size, entry.compressedSize);
    if (refused) {
      yield { name, problem: "limit", detail: refused };
      continue;
    }
    if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== LOCAL) {
      yield { name, problem: "unreadable", detail: "has a damaged local header" };
      continue;
    }
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    if (start + entry.compressedSize > bytes.length) {
      yield { name, problem: "unreadable", detail: "runs past the end of the archive (truncated)" };
      continue;
    }
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) yield { name, problem: "unreadable", detail: "is stored with two different sizes" };
      else {
        limits.bytesLeft -= data.length;
        yield { name, bytes: data };
      }
      continue;
    }
    yield limits.inflate(name, entry.compressedSize, (max) => inflateBounded(data, max), entry.size);
  }
}

// src/engine/archive/members.ts
var RATIO_FLOOR = 1024 * 1024;
function archiveFormat(bytes) {
  const b0 = bytes[0];
  if (b0 === 80 && bytes[1] === 75 && (bytes[2] === 3 && bytes[3] === 4 || bytes[2] === 5 && bytes[3] === 6)) return "zip";
  if (b0 === 31 && bytes[1] === 139 && bytes[2] === 8) return "gzip";
  if (isTar(bytes)) return "tar";
  return void 0;
}
function isTar(bytes) {
  const magic = bytes.length >= 512 && bytes[257] === 117 && bytes[258] === 115 && bytes[259] === 116 && bytes[260] === 97 && bytes[261] === 114;
  return magic && checksumMatches(bytes.subarray(0, 512));
}
var ReadLimits = class {
  constructor(limits) {
    this.limits = limits;
    this.bytesLeft = limits.maxBytes;
    this.membersLeft = limits.maxMembers;
  }
  limits;
  bytesLeft;
  membersLeft;
  /** Set once the byte budget or the member count ran out: the readers stop. */
  exhausted = false;
  /** Counts one more member; the reason it is over the count, if it is. */
  admit() {
    if (--this.membersLeft >= 0) return void 0;
    this.exhausted = true;
    return `holds more than ${this.limits.maxMembers} members (archives.maxMembers); the rest were not scanned`;
  }
  /** Why a member of `size` bytes stored in `compressed` bytes is not read, if it is not (counted as one member). */
  refuse(size, compressed) {
    const over = this.admit();
    if (over) return over;
    if (size > RATIO_FLOOR && size > this.limits.maxRatio * Math.max(1, compressed)) {
      return `would expand from ${compressed} to ${size} bytes, over ${this.limits.maxRatio} times (archives.maxRatio): a possible zip bomb, not decompressed`;
    }
    if (size > this.bytesLeft) {
      this.exhausted = true;
      return `would take the archive past ${this.limits.maxBytes} bytes uncompressed (archives.maxBytes); it and the rest were not scanned`;
    }
    return void 0;
  }
  /**
   * Decompresses one member with `run(max)`, which must throw OutputLimit past `max` bytes: `declared` is the size
   * the archive gives (zip), else the output may reach the ratio limit or the byte budget, whichever is lower.
   */
  inflate(name, compressed, run, declared) {
    const ratioCap = Math.max(RATIO_FLOOR, this.limits.maxRatio * compressed);
    const max = declared ?? Math.min(this.bytesLeft, ratioCap);
    let out;
    try {
      out = run(max);
    } catch (error) {
      if (error instanceof OutputLimit) {
        if (declared !== void 0) return { name, problem: "limit", detail: `holds more data than the ${declared} bytes its entry declares: a possible zip bomb, not decompressed further` };
        if (max === ratioCap && ratioCap < this.bytesLeft) {
          return { name, problem: "limit", detail: `expands past ${this.limits.maxRatio} times its ${compressed} compressed bytes (archives.maxRatio): a possible zip bomb, not decompressed further` };
        }
        this.exhausted = true;
        return { name, problem: "limit", detail: `takes the archive past ${this.limits.maxBytes} bytes uncompressed (archives.maxBytes); it and the rest were not scanned` };
      }
      return { name, problem: "unreadable", detail: `is corrupt (${error instanceof Error ? error.message : String(error)})` };
    }
    if (declared !== void 0 && out.length !== declared) return { name, problem: "unreadable", detail: `is ${out.length} bytes, not the ${declared} its entry declares (damaged)` };
    this.bytesLeft -= out.length;
    return { name, bytes: out };
  }
};
function readMembers(bytes, format, limits) {
  if (format === "zip") return zipMembers(bytes, limits);
  if (format === "tar") return tarMembers(bytes, limits);
  return gzipMembers(bytes, limits);
}
function* tarMembers(bytes, limits) {
  let at = 0;
  let longName;
  let paxPath;
  while (at + 512 <= bytes.length && !limits.exhausted) {
    const header = bytes.subarray(at, at + 512);
    if (header.every((b) => b === 0)) return;
    if (!checksumMatches(header)) {
      yield { problem: "unreadable", detail: `has a damaged tar header at byte ${at}; the rest was not scanned` };
      return;
    }
    const size = tarNumber(header.subarray(124, 136));
    const start = at + 512;
    if (size === void 0 || start + size > bytes.length) {
      yield { name: longName ?? paxPath ?? headerName(header), problem: "unreadable", detail: "runs past the end of the archive (truncated)" };
      return;
    }
    const data = bytes.subarray(start, start + size);
    at = start + Math.ceil(size / 512) * 512;
    const type = header[156];
    if (type === 76) {
      longName = cString(data);
      continue;
    }
    if (type === 120) {
      paxPath = paxRecord(data, "path") ?? paxPath;
      continue;
    }
    const name = longName ?? paxPath ?? headerName(header);
    longName = void 0;
    paxPath = void 0;
    if (type !== 48 && type !== 0 && type !== 55) continue;
    const over = limits.admit();
    if (over) {
      yield { name, problem: "limit", detail: over };
      return;
    }
    if (size > 0) yield { name, bytes: data };
  }
  if (!limits.exhausted && at !== bytes.length) yield { problem: "unreadable", detail: "ends inside a tar header or padding (truncated); the rest was not scanned" };
}
function* gzipMembers(bytes, limits) {
  const flags = bytes[3] ?? 0;
  let pos = 10;
  if (flags & 4) pos += 2 + (bytes[10] ?? 0) + ((bytes[11] ?? 0) << 8);
  let name = "";
  if (flags & 8) {
    const end = bytes.indexOf(0, pos);
    if (end === -1) pos = bytes.length;
    else {
      name = Buffer.from(bytes.buffer, bytes.byteOffset + pos, end - pos).toString("latin1");
      pos = end + 1;
    }
  }
  if (flags & 16) {
    const end = bytes.indexOf(0, pos);
    pos = end === -1 ? bytes.length : end + 1;
  }
  if (flags & 2) pos += 2;
  if (pos >= bytes.length) {
    yield { problem: "unreadable", detail: "has a damaged gzip header (truncated)" };
    return;
  }
  const entry = limits.inflate(name, bytes.length - pos, (max) => gunzipBounded(bytes, max));
  if (entry.problem) {
    yield { problem: entry.problem, detail: entry.detail };
    return;
  }
  if (isTar(entry.bytes)) {
    yield* tarMembers(entry.bytes, limits);
    return;
  }
  const over = limits.admit();
  yield over ? { problem: "limit", detail: over } : entry;
}
function checksumMatches(header) {
  const stored = tarNumber(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return stored === sum;
}
function tarNumber(field) {
  if (field[0] & 128) {
    let n = field[0] & 127;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return Number.isSafeInteger(n) ? n : void 0;
  }
  const text = Buffer.from(field).toString("latin1").replace(/[\0 ]+$/, "").trim();
  if (text === "") return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : void 0;
}
function headerName(header) {
  const name = cString(header.subarray(0, 100));
  const prefix = cString(header.subarray(345, 500));
  return prefix !== "" && header[257] === 117 && header[262] === 0 ? `${prefix}/${name}` : name;
}
function cString(bytes) {
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.buffer, bytes.byteOffset, end === -1 ? bytes.length : end).toString("utf8");
}
function paxRecord(data, key) {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1");
  let found;
  for (let at = 0; at < text.length; ) {
    const space = text.indexOf(" ", at);
    const length = Number(text.slice(at, space));
    if (space === -1 || !Number.isInteger(length) || length <= 0) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === key) found = Buffer.from(record.slice(eq + 1), "latin1").toString("utf8");
    at += length;
  }
  return found;
}

// src/engine/archive/expand.ts
var archiveCounters = { archives: 0, members: 0, scanned: 0 };
function archiveMatches(bytes, format, blobId, limits, scanMember, onMember) {
  const budget = new ReadLimits(limits);
  const matches = [];
  const diagnostics = [];
  let matched = false;
  const note = (code, chain, detail) => {
    const subject = chain.length > 0 ? `archive member "${chain.join("!")}"` : "archive";
    diagnostics.push({ code, blobId, detail: `blob ${blobId}: ${subject} ${detail}` });
  };
  const walk = (archive, kind, chain, level) => {
    archiveCounters.archives++;
    for (const entry of readMembers(archive, kind, budget)) {
      onMember?.();
      archiveCounters.members++;
      if (entry.problem) {
        const where = entry.name === void 0 ? chain : [...chain, displayName(entry.name)];
        note(entry.problem === "limit" ? "archive-limit" : "archive-unreadable", where, `${entry.detail}${entry.problem === "unreadable" ? "; not scanned" : ""}`);
        continue;
      }
      const name = entry.name === "" ? unnamed(chain) : displayName(entry.name);
      const path = [...chain, name];
      if (isUnsafeName(entry.name)) {
        note("archive-member-name", path, "has a name that is absolute or climbs out of the archive (a path traversal when extracted); its content was scanned");
      }
      const inner = archiveFormat(entry.bytes);
      if (inner) {
        if (level >= limits.depth) {
          note("archive-depth", path, `is an archive nested deeper than the archive depth (${limits.depth}, archives.depth / --archive-depth); its members were not scanned`);
          continue;
        }
        if (!walk(entry.bytes, inner, path, level + 1)) return false;
        continue;
      }
      if (isBinary(entry.bytes)) continue;
      archiveCounters.scanned++;
      const result = scanMember(entry.bytes);
      if (!result) return false;
      matched ||= result.matched;
      const member = path.join("!");
      for (const m of result.matches) matches.push({ ...m, blobId, member });
      const place = `blob ${blobId}`;
      for (const d of result.diagnostics) {
        diagnostics.push({ ...d, blobId, detail: d.detail.replace(place, `${place}: archive member "${path.join("!")}"`) });
      }
    }
    return true;
  };
  if (!walk(bytes, format, [], 1)) return { matches: [], diagnostics: [], matched: true, needsLoad: true };
  return { matches, diagnostics, matched };
}
function unnamed(chain) {
  const outer = chain.at(-1);
  return outer === void 0 ? "" : gunzippedName(outer.slice(outer.lastIndexOf("/") + 1));
}
function gunzippedName(name) {
  if (/\.tgz$/i.test(name)) return name.slice(0, -4) + ".tar";
  return name.replace(/\.(?:gz|gzip)$/i, "");
}
function displayName(name) {
  return name.replace(/[\u0000-\u001f\u007f]/g, "?");
}
function isUnsafeName(name) {
  if (/^(?:[/\\]|[A-Za-z]:)/.test(name)) return true;
  return name.split(/[/\\]/).includes("..");
}

// src/core/errors.ts
var ScannerError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
  code;
};
var ConfigError = class extends ScannerError {
  constructor(message) {
    super("config", message);
  }
};

// src/patterns/precomputed.ts
var readers;
var prefilter;
var globs;
function usePrecomputed(next) {
  if (next === readers) return;
  readers = next;
  prefilter = void 0;
  globs = void 0;
}
function precomputedPrefilter() {
  prefilter ??= { bytes: safely(() => readers?.prefilter()) };
  return prefilter.bytes;
}
function safely(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}

// src/patterns/allow-value.ts
function compileAllowValue(source) {
  const flags = /^\(\?([ims]+)\)/.exec(source);
  return flags ? new RegExp(source.slice(flags[0].length), [...new Set(flags[1])].join("")) : new RegExp(source);
}

// src/patterns/re2.ts
var re2;
async function loadRe2() {
  if (re2) return;
  const mod = require("./vendor/re2js.cjs");
  re2 = (typeof mod.RE2JS === "function" ? mod : mod.default).RE2JS;
}
function isRe2Loaded() {
  return re2 !== void 0;
}
function engine() {
  if (!re2) throw new Error("internal error: re2js used before loadRe2()");
  return re2;
}
function flagBits(flags) {
  const R = engine();
  let bits = 0;
  for (const f of flags) {
    if (f === "i") bits |= R.CASE_INSENSITIVE;
    else if (f === "m") bits |= R.MULTILINE;
    else if (f === "s") bits |= R.DOTALL;
    else throw new Error(`flag "${f}" has no RE2 meaning; expected any of "i", "m", "s"`);
  }
  return bits;
}
function compileRe2(source, flags = "") {
  const construct = nonLinearConstruct(source);
  if (construct) throw new Error(construct);
  const R = engine();
  const bits = flagBits(flags);
  let compiled;
  try {
    compiled = R.compile(source, bits);
  } catch (error) {
    throw new Error(`not a valid Go (RE2) regular expression: ${(error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, "")}`);
  }
  const groupCount = compiled.groupCount();
  return {
    groupCount,
    test: (text) => compiled.test(text),
    forEachMatch(text, group, found) {
      const m = compiled.matcher(text);
      while (m.find()) {
        let g = group;
        if (g < 0) {
          g = 0;
          for (let i = 1; i <= groupCount; i++) {
            if (m.start(i) >= 0 && m.end(i) > m.start(i)) {
              g = i;
              break;
            }
          }
        }
        const start = m.start(g);
        if (start < 0) continue;
        if (!found(start, m.end(g), m.start(0), m.end(0))) return;
      }
    }
  };
}
function nonLinearConstruct(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const at = ` at offset ${i}`;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "Q") {
        const end = source.indexOf("\\E", i + 2);
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (!inClass && /[1-9]/.test(next)) return `backreference \\${next}${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === "k" && source[i + 2] === "<") return `named backreference \\k<...>${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === "G") return `\\G${at}: not RE2 syntax (match-continuation anchors need a backtracking engine)`;
      if ((next === "x" || next === "p" || next === "P") && source[i + 2] === "{") {
        const end = source.indexOf("}", i + 3);
        i = end === -1 ? source.length : end;
        continue;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && source[i + 1] === ":") {
        const end = source.indexOf(":]", i + 2);
        if (end !== -1) i = end + 1;
      } else if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (source[i + 1] === "^") i++;
      if (source[i + 1] === "]") i++;
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith("=")) return `lookahead (?=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith("!")) return `negative lookahead (?!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === "<=") return `lookbehind (?<=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === "<!") return `negative lookbehind (?<!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith(">")) return `atomic group (?>...)${at}: not RE2 syntax`;
      if (rest.startsWith("(")) return `conditional (?(...)${at}: not RE2 syntax`;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?" || c === "}") && source[i + 1] === "+") {
      return `possessive quantifier ${c}+${at}: not RE2 syntax`;
    }
  }
  return void 0;
}

// src/engine/prefilter.ts
function buildPrefilter(keywords, stored) {
  const lowered = keywords.map((k) => k.toLowerCase());
  const tables = stored && deserializePrefilter(stored, lowered) || buildPrefilterTables(lowered);
  return prefilterFrom(tables);
}
function buildPrefilterTables(keywords) {
  const lowered = keywords.map((k) => k.toLowerCase());
  const classOf = new Uint8Array(256);
  const byteOf = [0];
  let maxStates = 1;
  for (const word of lowered) {
    maxStates += word.length;
    for (let i = 0; i < word.length; i++) {
      const byte = word.charCodeAt(i) & 255;
      if (classOf[byte] === 0) {
        classOf[byte] = byteOf.length;
        byteOf.push(byte);
      }
    }
  }
  const width = byteOf.length;
  const child = new Int32Array(maxStates * width);
  const ends = new Int32Array(maxStates).fill(-1);
  const sameEnd = new Int32Array(lowered.length).fill(-1);
  let count = 1;
  for (let k = 0; k < lowered.length; k++) {
    const word = lowered[k];
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const at = s * width + classOf[word.charCodeAt(i) & 255];
      if (child[at] === 0) child[at] = count++;
      s = child[at];
    }
    sameEnd[k] = ends[s];
    ends[s] = k;
  }
  const fail = new Int32Array(count);
  const order = new Int32Array(count);
  const reports = new Uint8Array(count);
  let tail = 0;
  for (let c = 1; c < width; c++) if (child[c] !== 0) order[tail++] = child[c];
  for (let head = 0; head < tail; head++) {
    const s = order[head];
    const f = fail[s];
    if (ends[s] !== -1 || reports[f] === 1) reports[s] = 1;
    const row = s * width;
    const failRow = f * width;
    for (let c = 1; c < width; c++) {
      const next2 = child[row + c];
      if (next2 === 0) {
        child[row + c] = child[failRow + c];
      } else {
        fail[next2] = child[failRow + c];
        order[tail++] = next2;
      }
    }
  }
  const renumber = new Int32Array(count);
  let next = 0;
  for (let s = 0; s < count; s++) if (reports[s] === 0) renumber[s] = next++;
  const firstOutput = next;
  for (let s = 0; s < count; s++) if (reports[s] === 1) renumber[s] = next++;
  const table = count <= 65535 ? new Uint16Array(count * 256) : new Int32Array(count * 256);
  for (let s = 0; s < count; s++) {
    const row = renumber[s] * 256;
    for (let c = 1; c < width; c++) {
      const target = renumber[child[s * width + c]];
      const byte = byteOf[c];
      table[row + byte] = target;
      if (byte >= 97 && byte <= 122) table[row + byte - 32] = target;
    }
  }
  const outputs = new Array(count - firstOutput);
  for (let s = 1; s < count; s++) {
    if (reports[s] === 0) continue;
    const found = [];
    for (let f = s; f !== 0; f = fail[f]) for (let k = ends[f]; k !== -1; k = sameEnd[k]) found.push(k);
    outputs[renumber[s] - firstOutput] = Int32Array.from(found);
  }
  return { keywords: lowered, count, firstOutput, table, outputs };
}
var COLD_BYTES = 1 << 20;
function prefilterFrom(tables) {
  const { keywords: lowered, firstOutput, table, outputs } = tables;
  const total = lowered.length;
  const longest = lowered.reduce((max, word) => Math.max(max, word.length), 0);
  const lengths = Int32Array.from(lowered, (word) => word.length);
  let scanned = 0;
  const mark = (s, found, end, wanted) => {
    const hits = outputs[s - firstOutput];
    if (hits === void 0) return 0;
    let fresh = 0;
    for (let j = 0; j < hits.length; j++) {
      const k = hits[j];
      if (found[k] === 0) {
        found[k] = 1;
        fresh++;
      }
      if (wanted !== void 0 && wanted.want[k] === 1) wanted.starts.push(end - lengths[k] + 1, k);
    }
    return fresh;
  };
  const scanRange = (bytes, from, to, found, distinct, wanted, limit) => {
    let s = 0;
    for (let i = from; i < to; i++) {
      s = table[s << 8 | bytes[i]];
      if (s >= firstOutput && (distinct += mark(s, found, i, wanted)) === limit) return distinct;
    }
    return distinct;
  };
  return {
    keywords: lowered,
    scan(bytes, found, wanted) {
      if (total === 0) return 0;
      const n = bytes.length;
      const limit = wanted === void 0 ? total : -1;
      if (n < 4096 || scanned < COLD_BYTES) {
        scanned += n;
        return scanRange(bytes, 0, n, found, 0, wanted, limit);
      }
      const q = n - (longest - 1) >> 2;
      const steps = q + longest - 1;
      const b1 = q;
      const b2 = 2 * q;
      const b3 = 3 * q;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let distinct = 0;
      for (let i = 0; i < steps; i++) {
        s0 = table[s0 << 8 | bytes[i]];
        s1 = table[s1 << 8 | bytes[b1 + i]];
        s2 = table[s2 << 8 | bytes[b2 + i]];
        s3 = table[s3 << 8 | bytes[b3 + i]];
        if (s0 >= firstOutput || s1 >= firstOutput || s2 >= firstOutput || s3 >= firstOutput) {
          if (s0 >= firstOutput) distinct += mark(s0, found, i, wanted);
          if (s1 >= firstOutput) distinct += mark(s1, found, b1 + i, wanted);
          if (s2 >= firstOutput) distinct += mark(s2, found, b2 + i, wanted);
          if (s3 >= firstOutput) distinct += mark(s3, found, b3 + i, wanted);
          if (distinct === limit) return distinct;
        }
      }
      return scanRange(bytes, 4 * q, n, found, distinct, wanted, limit);
    }
  };
}
var MAGIC = "leakgate-prefilter 1\n";
function deserializePrefilter(bytes, keywords) {
  try {
    if (bytes.byteLength < 4) return void 0;
    const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    if (headLength < MAGIC.length || 4 + headLength > bytes.byteLength) return void 0;
    const head = Buffer.from(bytes.buffer, bytes.byteOffset + 4, headLength).toString("utf8");
    if (!head.startsWith(MAGIC)) return void 0;
    const h = JSON.parse(head.slice(MAGIC.length));
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const stored = h.keywords;
    if (!Array.isArray(stored) || stored.length !== keywords.length || stored.some((k, i) => k !== keywords[i])) return void 0;
    const { count, firstOutput, width, outputs } = h;
    if (!Number.isSafeInteger(count) || !Number.isSafeInteger(firstOutput) || width !== 2 && width !== 4 || h.littleEndian !== littleEndian) return void 0;
    const n = count;
    const first = firstOutput;
    if (n < 1 || first < 1 || first > n || width === 2 && n > 65535 || !Array.isArray(outputs) || outputs.length !== n - first) return void 0;
    const start = Math.ceil((headLength + 4) / 4) * 4;
    if (bytes.byteLength !== start + n * 256 * width) return void 0;
    const offset = bytes.byteOffset + start;
    const source = offset % width === 0 ? bytes.buffer : bytes.slice(start).buffer;
    const at = offset % width === 0 ? offset : 0;
    const table = width === 2 ? new Uint16Array(source, at, n * 256) : new Int32Array(source, at, n * 256);
    const lists = [];
    for (const list of outputs) {
      if (!Array.isArray(list) || list.some((k) => !Number.isInteger(k) || k < 0 || k >= keywords.length)) return void 0;
      lists.push(Int32Array.from(list));
    }
    const tables = { keywords, count: n, firstOutput: first, table, outputs: lists };
    return reportsEveryKeyword(tables) ? tables : void 0;
  } catch {
    return void 0;
  }
}
function reportsEveryKeyword({ keywords, count, firstOutput, table, outputs }) {
  for (let k = 0; k < keywords.length; k++) {
    const word = keywords[k];
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      s = table[s << 8 | word.charCodeAt(i) & 255];
      if (!(s < count)) return false;
    }
    if (s < firstOutput || !outputs[s - firstOutput].includes(k)) return false;
  }
  return true;
}

// src/engine/validators.ts
var BASE62_UPPER_FIRST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var BASE62_LOWER_FIRST = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
var CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let crc = 4294967295;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(value, width, alphabet = BASE62_UPPER_FIRST) {
  let out = "";
  let v = value;
  do {
    out = alphabet[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, alphabet[0]);
}
function hasCrc32Suffix(token) {
  const underscore = token.lastIndexOf("_");
  const payload = token.slice(underscore + 1);
  if (payload.length < 7 || !/^[A-Za-z0-9]+$/.test(payload)) return false;
  const body = payload.slice(0, -6);
  const check = payload.slice(-6);
  const crc = crc32(body);
  return base62(crc, 6) === check || base62(crc, 6, BASE62_LOWER_FIRST) === check;
}
function hasCrc32HexSuffix(token) {
  if (token.length < 9) return false;
  const check = token.slice(-8);
  return /^[0-9A-Fa-f]{8}$/.test(check) && crc32(token.slice(0, -8)).toString(16).padStart(8, "0") === check.toLowerCase();
}
function hasCrc32LittleEndianHexSuffix(token) {
  const underscore = token.lastIndexOf("_");
  const check = token.slice(underscore + 1);
  if (underscore <= 0 || !/^[0-9a-f]{8}$/.test(check)) return false;
  const crc = crc32(token.slice(0, underscore));
  const littleEndian = (crc & 255) << 24 | (crc & 65280) << 8 | crc >>> 8 & 65280 | crc >>> 24;
  return (littleEndian >>> 0).toString(16).padStart(8, "0") === check;
}
function isValidGitlabToken(token) {
  const dot = token.lastIndexOf(".");
  if (dot < 0) return true;
  const tail = token.slice(dot + 1);
  if (!/^[0-9a-z]{9}$/.test(tail)) return false;
  if (crc32(token.slice(0, -7)).toString(36).padStart(7, "0") !== tail.slice(2)) return false;
  const encodedLength = parseInt(tail.slice(0, 2), 36);
  const firstDot = token.indexOf(".");
  const start = firstDot - encodedLength;
  return start >= 0 && /^[A-Za-z0-9_-]+$/.test(token.slice(start, firstDot));
}
var rotl = (x, n) => (x << n | x >>> 32 - n) >>> 0;
function marvin32(bytes, seedLow, seedHigh) {
  let p0 = seedLow >>> 0;
  let p1 = seedHigh >>> 0;
  const mix = () => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = p0 + p1 >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = p0 + p1 >>> 0;
    p1 = rotl(p1, 19);
  };
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) {
    p0 = p0 + (bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24) >>> 0;
    mix();
  }
  const rest = bytes.length - i;
  let last = 128;
  if (rest === 1) last = 32768 | bytes[i];
  else if (rest === 2) last = 8388608 | bytes[i] | bytes[i + 1] << 8;
  else if (rest === 3) last = (2147483648 | bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16) >>> 0;
  p0 = p0 + last >>> 0;
  mix();
  mix();
  return (p0 ^ p1) >>> 0;
}
var CASK_SEED = (() => {
  const bytes = Buffer.from("Default0", "ascii").reverse();
  return [bytes.readUInt32LE(0), bytes.readUInt32LE(4)];
})();
function hasCaskChecksum(key) {
  return key.length === 84 && /^[A-Za-z0-9]+$/.test(key) && caskChecksum(key.slice(0, 80)) === key.slice(80);
}
function caskChecksum(head) {
  const sum = marvin32(Buffer.from(head, "base64"), CASK_SEED[0], CASK_SEED[1]);
  return Buffer.from([sum & 255, sum >>> 8 & 255, sum >>> 16 & 255]).toString("base64");
}
function decodeBase64(text) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return void 0;
  return Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}
function isPypiMacaroon(token) {
  const bytes = decodeBase64(token.replace(/^pypi-/, ""));
  if (!bytes || bytes.length < 40) return false;
  return bytes[0] === 2 && bytes[1] === 1 && bytes[bytes.length - 34] === 6 && bytes[bytes.length - 33] === 32;
}
function isJfrogReferenceToken(token) {
  const bytes = decodeBase64(token);
  return bytes !== void 0 && /^reftkn:01:[0-9]{10}:[A-Za-z0-9]{20,64}$/.test(bytes.toString("latin1"));
}
function isBedrockApiKey(key) {
  if (key.startsWith("ABSK")) {
    const bytes = decodeBase64(key.slice(4));
    return bytes !== void 0 && /^BedrockAPIKey-[A-Za-z0-9]{1,16}-at-[0-9]{12}:[\x21-\x7e]{8,}$/.test(bytes.toString("latin1"));
  }
  if (key.startsWith("bedrock-api-key-")) {
    const text = decodeBase64(key.slice(16))?.toString("latin1") ?? "";
    return /^bedrock\.amazonaws\.com\/\?Action=CallWithBearerToken&/.test(text) && text.includes("X-Amz-Signature=");
  }
  return false;
}
function isBase64Jwt(value) {
  const text = decodeBase64(value)?.toString("latin1").trim();
  return text !== void 0 && /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text) && isJwtShaped(text);
}
function base64Json(text) {
  const bytes = decodeBase64(text);
  if (!bytes) return void 0;
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function isBase64JsonToken(token) {
  return base64Json(token.replace(/^[a-z0-9]{1,10}_/, "")) !== void 0;
}
function isSentryOrgToken(token) {
  const parts = token.split("_");
  if (parts.length < 3 || parts[0] !== "sntrys") return false;
  const claims = base64Json(parts.slice(1, -1).join("_"));
  return claims !== void 0 && "iat" in claims && "org" in claims;
}
var BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function hasBech32Checksum(text) {
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return false;
  const separator = lower.lastIndexOf("1");
  if (separator < 1 || lower.length - separator < 7) return false;
  const values = [];
  for (const ch of lower.slice(separator + 1)) {
    const v = BECH32_ALPHABET.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  const hrp = lower.slice(0, separator);
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  return bech32Polymod(expanded) === 1;
}
function bech32Polymod(values) {
  const generators = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ generators[i]) >>> 0;
  }
  return chk;
}
function isJwtShaped(token) {
  const parts = token.split(".");
  if (parts.length < 2) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    const payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return typeof header === "object" && header !== null && "alg" in header && typeof payload === "object" && payload !== null;
  } catch {
    return false;
  }
}
function isBasicAuthBase64(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const decoded = Buffer.from(secret, "base64").toString("latin1");
  const colon = decoded.indexOf(":");
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}
var VALIDATORS = {
  "crc32-base62": hasCrc32Suffix,
  "crc32-hex": hasCrc32HexSuffix,
  "crc32-le-hex": hasCrc32LittleEndianHexSuffix,
  "gitlab-routable": isValidGitlabToken,
  "azure-cask": hasCaskChecksum,
  "pypi-macaroon": isPypiMacaroon,
  "jfrog-reference-token": isJfrogReferenceToken,
  "bedrock-api-key": isBedrockApiKey,
  "base64-jwt": isBase64Jwt,
  "base64-json": isBase64JsonToken,
  "sentry-org-token": isSentryOrgToken,
  bech32: hasBech32Checksum,
  jwt: isJwtShaped,
  "basic-auth-base64": isBasicAuthBase64
};

// src/engine/compile.ts
var CREDENTIAL_MODES = { "credential-assignment": "literal", "credential-config": "config" };
function compiling(spec, what, compile) {
  try {
    return compile();
  } catch (error) {
    throw new ConfigError(`${spec.source}: rule ${spec.id}: ${what} does not compile: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function compileRules(specs) {
  const problems = [];
  const keywordIndex = /* @__PURE__ */ new Map();
  const rulesByKeyword = [];
  const alwaysRun = [];
  const rules = [];
  const anchorKeywords = /* @__PURE__ */ new Set();
  const addKeyword = (keyword, rule) => {
    let k = keywordIndex.get(keyword);
    if (k === void 0) {
      k = keywordIndex.size;
      keywordIndex.set(keyword, k);
      rulesByKeyword.push([]);
    }
    rulesByKeyword[k].push(rule);
    return k;
  };
  const context = { problems, addKeyword, anchorKeywords, alwaysRun };
  for (const spec of specs) rules.push(compileRule(spec, rules.length, context));
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  let anchorWant;
  if (anchorKeywords.size > 0) {
    anchorWant = new Uint8Array(keywordIndex.size);
    for (const k of anchorKeywords) anchorWant[k] = 1;
  }
  return { rules, prefilter: buildPrefilter([...keywordIndex.keys()], precomputedPrefilter()), rulesByKeyword, alwaysRun, anchorWant };
}
function compileRule(spec, index, context) {
  const validate = spec.validate === void 0 ? void 0 : VALIDATORS[spec.validate];
  if (spec.validate !== void 0 && !validate) {
    context.problems.push(
      `${spec.source}: rule ${spec.id}: validate: unknown validator "${spec.validate}"; expected one of ${Object.keys(VALIDATORS).join(", ")}`
    );
  }
  let allow;
  const allowOf = () => allow ??= compiling(spec, "allowValues", () => spec.allowValues.map(compileAllowValue));
  if (spec.detector !== void 0) {
    const structured = spec.detector === "kubernetes-secret" ? spec.detector : void 0;
    const credential = CREDENTIAL_MODES[spec.detector];
    const keywordIds2 = structured || credential ? spec.keywords.map((keyword) => context.addKeyword(keyword, index)) : [];
    const credentialAnchors = credential && keywordIds2.length > 0 ? new Set(keywordIds2) : void 0;
    for (const k of credentialAnchors ?? []) context.anchorKeywords.add(k);
    return {
      spec,
      index,
      regex: void 0,
      anchors: credentialAnchors,
      sticky: void 0,
      structured,
      ...credential ? { credential } : {},
      // The scan's path scoping covers regex rules; a credential rule's paths still filter its findings.
      pathScoped: spec.paths.length > 0 && !credential,
      get allow() {
        return allowOf();
      },
      validate
    };
  }
  if (spec.keywords.length === 0) context.alwaysRun.push(index);
  if (spec.syntax === "re2") {
    for (const keyword of spec.keywords) context.addKeyword(keyword, index);
    let re22;
    return {
      spec,
      index,
      regex: void 0,
      get re2() {
        return re22 ??= compiling(spec, "pattern", () => compileRe2(spec.pattern, spec.flags));
      },
      anchors: void 0,
      sticky: void 0,
      structured: void 0,
      pathScoped: spec.paths.length > 0,
      get allow() {
        return allowOf();
      },
      validate
    };
  }
  let regex;
  let sticky;
  const keywordIds = spec.keywords.map((keyword) => context.addKeyword(keyword, index));
  const anchors = spec.startsWithKeyword === true && keywordIds.length > 0 ? new Set(keywordIds) : void 0;
  for (const k of anchors ?? []) context.anchorKeywords.add(k);
  return {
    spec,
    index,
    // `d` gives the exact offsets of the secret group.
    get regex() {
      return regex ??= compiling(spec, "pattern", () => new RegExp(spec.pattern, `gd${spec.flags}`));
    },
    anchors,
    get sticky() {
      return anchors ? sticky ??= compiling(spec, "pattern", () => new RegExp(spec.pattern, `yd${spec.flags}`)) : void 0;
    },
    structured: void 0,
    pathScoped: spec.paths.length > 0,
    get allow() {
      return allowOf();
    },
    validate
  };
}

// src/engine/credentials/keys.ts
var CREDENTIAL_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "pass", "passw", "pwd", "secret", "token", "credential", "credentials", "auth", "salt"]);
var CREDENTIAL_ENDINGS = ["password", "passwd", "passphrase", "secret", "token", "apikey", "secretkey", "accesskey", "privatekey", "authkey", "masterkey", "pwd"];
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "secret",
  "private",
  "master",
  "signing",
  "sign",
  "encryption",
  "encrypt",
  "crypt",
  "app",
  "application",
  "account",
  "auth",
  "client",
  "consumer",
  "shared",
  "hmac",
  "session",
  "jwt",
  "webhook",
  "service",
  "subscription",
  "storage",
  "root",
  "admin",
  "deploy",
  "aes",
  "nonce",
  "in",
  "license",
  "licence",
  "cookie",
  "db",
  "database",
  "cipher"
]);
var NEUTRAL_SUFFIXES = /* @__PURE__ */ new Set([
  "value",
  "val",
  "prod",
  "production",
  "dev",
  "development",
  "staging",
  "stage",
  "local",
  "live",
  "b64",
  "base64",
  "encoded",
  "raw",
  "str",
  "string",
  "plain",
  "plaintext",
  "clear",
  "data",
  "base",
  "default",
  "main",
  "primary",
  "secondary",
  "key"
]);
var NEGATIVE_WORDS = /* @__PURE__ */ new Set([
  "is",
  "has",
  "show",
  "hide",
  "forgot",
  "reset",
  "min",
  "max",
  "use",
  "enable",
  "disable",
  "require",
  "required",
  "validate",
  "check",
  "get",
  "placeholder",
  "label",
  "error",
  "invalid",
  "wrong",
  "missing",
  "input",
  "field",
  "csrf",
  "xsrf",
  "page",
  "next",
  "continuation",
  "cancellation",
  "cursor",
  "lexer",
  "parser",
  "syntax",
  "eof",
  "no",
  "not",
  "i18n",
  "msg",
  "message",
  "confirm",
  "repeat",
  "change",
  "update",
  "new",
  "old",
  "verify",
  "hint",
  "prompt",
  "type",
  "kind",
  "token_type",
  "last",
  "sync",
  "gen",
  "generate",
  "random",
  "test",
  "dummy",
  "fake",
  "mock",
  "example",
  "sample"
]);
function keyWords(identifier) {
  return identifier.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}
function isHead(word, previous) {
  if (CREDENTIAL_WORDS.has(word)) return true;
  if (word === "key") return previous !== void 0 && KEY_QUALIFIERS.has(previous);
  return word.length >= 6 && CREDENTIAL_ENDINGS.some((ending) => word.endsWith(ending) && !word.endsWith("secretary"));
}
var cache = /* @__PURE__ */ new Map();
function credentialKey(identifier) {
  const cached = cache.get(identifier);
  if (cached !== void 0) return cached ?? void 0;
  const found = classify(identifier);
  if (cache.size > 1e4) cache.clear();
  cache.set(identifier, found ?? null);
  return found;
}
function classify(identifier) {
  if (identifier.length > 80) return void 0;
  const words = keyWords(identifier);
  let head = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (isHead(words[i], words[i - 1])) {
      head = i;
      break;
    }
  }
  if (head === -1) return void 0;
  for (let i = head + 1; i < words.length; i++) if (!NEUTRAL_SUFFIXES.has(words[i]) && !/^[0-9]+$/.test(words[i])) return void 0;
  for (let i = 0; i < head; i++) if (NEGATIVE_WORDS.has(words[i])) return void 0;
  const word = words[head];
  const generated = !/pass|pwd|credential/.test(word);
  return { words, head: word === "key" ? `${words[head - 1]}key` : word, generated };
}

// src/engine/allowlist.ts
const { createRequire: createRequire2 } = require("node:module");

// src/engine/published-examples.ts
var PUBLISHED_EXAMPLES = [
  // Google Maps Platform: the browser API key of the Maps JavaScript API samples (restricted to Google's sample sites).
  {
    sha256: "e4902a0b38812b15ed5701b17fd4fd8c69d7e176d7517fa791981dc77e3b5e0d",
    length: 39,
    source: "https://developers.google.com/maps/documentation/javascript/examples/map-simple"
  },
  // Firebase: the "Example value" of a Firebase API key in the description of Firebase config files.
  {
    sha256: "95a4db2dd430bb3f690bf0c7487f3bc86017ee3030c65ed28f9c66141c4d99d7",
    length: 37,
    source: "https://firebase.google.com/docs/projects/learn-more#config-files-objects"
  },
  // AWS: the example access key ID used throughout the AWS documentation.
  {
    sha256: "1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3",
    length: 20,
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
  },
  // AWS: the example secret access key paired with it.
  {
    sha256: "78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598",
    length: 40,
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
  },
  // Tencent Cloud: the SecretId in the DescribeApiKey request and response examples of the API Gateway API.
  {
    sha256: "dc216d317e14de762be374d6dc1ba31f70de0559f347e182641f926b971ec3cf",
    length: 40,
    source: "https://cloud.tencent.com/document/api/628/14940"
  },
  // Tencent Cloud: the AccessKeySecret in the same response example.
  {
    sha256: "75daee48c202f140916ad451a6d0c7ee74d1b68c9a8263f5c37cc7ff4ecb0fa4",
    length: 40,
    source: "https://cloud.tencent.com/document/api/628/14940"
  },
  // Stripe: the test-mode secret key shown in the API reference to readers who are not signed in.
  {
    sha256: "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326",
    length: 32,
    source: "https://docs.stripe.com/api/authentication"
  },
  // Stripe: the test-mode publishable key shown next to it.
  {
    sha256: "b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b",
    length: 32,
    source: "https://docs.stripe.com/keys"
  },
  // Azure: the well-known account key of the storage emulator (Azurite), the same on every machine.
  {
    sha256: "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
    length: 88,
    source: "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings"
  },
  // Mapbox: the public access token of the "examples" account used by every Mapbox GL JS example.
  {
    sha256: "43552303e04960afffbd60d00ef4adefb2848f068d7d7a4c58177764c9f83e94",
    length: 90,
    source: "https://docs.mapbox.com/mapbox-gl-js/example/simple-map/"
  },
  // X (Twitter): the fake app-only bearer token in the example request of the OAuth 2.0 overview (up to its '?').
  {
    sha256: "6d544ed6105eb4dd3b8069ba49c5cf0778400bdf367f7f1d5cbb6f19c37af40b",
    length: 97,
    source: "https://docs.x.com/fundamentals/authentication/oauth-2-0"
  }
];

// src/engine/allowlist.ts
var TEMPLATE = /\{[A-Za-z0-9_]+:[^{}\s]{1,40}\}|^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;
var REFERENCE_START = /^\{?\$\(|^ENC[[(]|\{\{|\$\{[A-Za-z_]/;
var ENV_LOOKUP = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;
var PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|\u2026|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;
var SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "1234567890"];
var KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
var KEYBOARD_POSITION = /* @__PURE__ */ new Map();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, i) => KEYBOARD_POSITION.set(ch, r * 100 + i)));
function isStep(a, b) {
  const d = b.charCodeAt(0) - a.charCodeAt(0);
  if ((d === 1 || d === -1) && /[a-z0-9]/.test(a) && /[a-z0-9]/.test(b)) return true;
  const ka = KEYBOARD_POSITION.get(a);
  const kb = KEYBOARD_POSITION.get(b);
  return ka !== void 0 && kb !== void 0 && Math.abs(ka - kb) === 1;
}
function sequenceRuns(text) {
  const lower = text.toLowerCase();
  let covered = 0;
  let longest = 0;
  let run = 1;
  for (let i = 1; i <= lower.length; i++) {
    if (i < lower.length && isStep(lower[i - 1], lower[i])) {
      run++;
      continue;
    }
    if (run >= 3) covered += run;
    longest = Math.max(longest, run);
    run = 1;
  }
  return { coverage: lower.length === 0 ? 0 : covered / lower.length, longest };
}
function indexPublishedExamples(examples) {
  return { lengths: new Set(examples.map((e) => e.length)), digests: new Set(examples.map((e) => e.sha256)) };
}
var crypto;
function sha256Hex(text) {
  crypto ??= createRequire2(import.meta.url)("node:crypto");
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}
var PUBLISHED = indexPublishedExamples(PUBLISHED_EXAMPLES);
function isPublishedExample(secret, index = PUBLISHED) {
  if (!index.lengths.has(secret.length)) return false;
  return index.digests.has(sha256Hex(secret));
}
function isPlaceholder(secret) {
  const inner = /^\{(.*)\}$/s.exec(secret)?.[1] ?? /^base64:(.*)$/s.exec(secret)?.[1];
  if (inner !== void 0 && (inner === "" || isPlaceholder(inner))) return true;
  if (REFERENCE_START.test(secret)) return true;
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || PLACEHOLDER_WORDS.test(secret)) return true;
  if (isPublishedExample(secret)) return true;
  const body = secret.replace(/^(?:[A-Za-z0-9]{1,10}[_-]){1,3}/, "");
  if (body.length >= 4 && /^(.{1,3})\1+.{0,2}$/s.test(body)) return true;
  const lower = body.toLowerCase();
  if (lower.length >= 8 && SEQUENCES.some((seq) => seq.startsWith(lower))) return true;
  if (body.length >= 16 && !/^[0-9]+$/.test(body)) {
    const { coverage, longest } = sequenceRuns(body);
    if (coverage >= (body.length < 24 ? 0.7 : 0.6) || longest >= 12) return true;
  }
  return false;
}

// src/engine/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// src/engine/text-position.ts
function utf8(latin1) {
  return /[^\u0000-\u007f]/.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
}
function utf16Column(text, lineStart, offset) {
  return utf8(text.slice(lineStart, offset)).length + 1;
}
function lineIndexAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  build() {
    if (this.starts) return this.starts;
    const starts = [0];
    let i = -1;
    while ((i = this.text.indexOf("\n", i + 1)) !== -1) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }
  position(offset) {
    const starts = this.build();
    const index = lineIndexAt(starts, offset);
    return { line: index + 1, column: offset - starts[index] + 1 };
  }
  lineStart(line) {
    return this.build()[line - 1];
  }
  lineEnd(line) {
    const next = this.build()[line];
    return next === void 0 ? this.text.length : next - 1;
  }
};

// src/engine/credentials/values.ts
var MIN_LENGTH = 4;
var MAX_LENGTH = 256;
var NON_VALUES = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|n\/a|na|tbd|todo|required|optional|string|str|text|hidden|masked|mask|default|auto|random|generated|sensitive|secure|redacted|omitted|unset|foo|bar|baz|foobar|test|tests|testing|demo|abc|abcd|xyz|hello|world|value|basic|bearer|digest|oauth2?|ntlm|kerberos|plain|login|md5|sha1|sha256|scram-sha-256|trust|peer|ident|string|integer|number|boolean|object|array|include|omit|same-origin)$/i;
var REFERENCE = /^(?:[!&*@$%{[<]|#\{|ENC[[(]|\{cipher\}|vault:|ref\+|op:\/\/|sm:\/\/|akv:\/\/|secret:|arn:aws:|projects\/[^/]+\/secrets\/|AQICA)|\$\{|\$\(|\{\{|\}\}|%\(|%[sdv]\b|\{[0-9]?\}|\$[A-Z_]{2,}|@Microsoft\.KeyVault/;
var EXPRESSION = /[()]|==|=>|->|&&|\|\||\.\*|\\[dwsSbn]|^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+$/;
var LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:json|ya?ml|toml|txt|pem|key|crt|cer|p12|pfx|jks|env|xml|properties|conf|cfg|ini|sh)$/i;
var CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
var MASK = /^(.)\1+$|\*{2,}|x{4,}|X{4,}|\.{3}|\u2022{2,}|^[*#x\u2022_.-]+$/;
var PROVIDER_PREFIX = /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,5}-|xox[a-z]-|xapp-|sk-|[sprk]k_(?:live|test)_|shp[a-z]{2}_|pypi-|npm_|AKIA|ASIA|AIza|ya29\.|ATATT|ATCTT|dckr_pat_|hf_|SG\.|amzn\.|dop_v1_|lin_api_|whsec_|glc_|glsa_|sntry[su]_|AGE-SECRET-KEY-)|[_.-]$/;
var MADE_UP = /synthetic|fixture|dummy|fake|mock|hunter2|not[_-]?it|0123456|123456789|abcdefg|\u2026/i;
function judgeValue(latin1, key) {
  const value = utf8(latin1);
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return void 0;
  if (/\s/.test(value)) return void 0;
  if (/^[0-9]{1,5}$/.test(value) || /^[0-9.]+$/.test(value)) return void 0;
  if (NON_VALUES.test(value) || REFERENCE.test(value) || EXPRESSION.test(value) || LOCATION.test(value)) return void 0;
  if (CONSTANT_NAME.test(value) || MASK.test(value)) return void 0;
  if (isCryptHash(value)) return void 0;
  if (namesItself(value, key)) return void 0;
  if (isPlaceholder(value) || MADE_UP.test(value) || PROVIDER_PREFIX.test(value)) return void 0;
  const confidence = isRandomLooking(value) ? "medium" : "low";
  if (key.generated && confidence === "low") return void 0;
  return confidence;
}
function isCryptHash(value) {
  return /^\$(?:2[abxy]?|1|5|6|y|7|gy|argon2(?:id|i|d)|pbkdf2(?:-sha\d+)?|scrypt|apr1)\$/.test(value);
}
function namesItself(value, key) {
  const flat = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (flat === key.words.join("")) return true;
  return /passw(?:or)?d|secret|token|apikey|credential/.test(flat) || flat.includes(key.head) && key.head.length >= 4;
}
function isRandomLooking(value) {
  if (value.length < 12) return false;
  if (/^[0-9a-f]{16,}$/i.test(value)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 2) return false;
  const entropy = shannonEntropy(value);
  if (entropy < 3.2) return false;
  if (/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}[^A-Za-z0-9]{0,3}$/.test(value)) return false;
  if (value.length >= 16 && entropy >= 3.5) return true;
  let switches = 0;
  for (let i = 1; i < value.length; i++) if (charClass(value.charCodeAt(i)) !== charClass(value.charCodeAt(i - 1))) switches++;
  return switches / (value.length - 1) >= 0.35;
}
function charClass(code) {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}

// src/engine/credentials/values-read.ts
var MAX_VALUE = 400;
var MAX_PREFIX = 200;
var QUOTE_DOUBLE = 34;
var QUOTE_SINGLE = 39;
function isQuote(code) {
  return code === QUOTE_DOUBLE || code === QUOTE_SINGLE;
}
function skipSpaces(text, at) {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}
function afterOperator(text, at) {
  const c = text[at];
  const next = text[at + 1];
  if (c === ":") {
    if (next === "=") return at + 2;
    return next === ":" ? -1 : at + 1;
  }
  if (c === "=") {
    if (next === ">") return at + 2;
    return next === "=" || next === "~" ? -1 : at + 1;
  }
  return -1;
}
function readQuoted(text, at) {
  let p = at;
  for (let i = 0; i < 2 && /[rRbBfFuU]/.test(text[p] ?? ""); i++) p++;
  const quote = text.charCodeAt(p);
  if (!isQuote(quote)) return void 0;
  if (text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote) return void 0;
  const start = p + 1;
  const limit = Math.min(text.length, start + MAX_VALUE);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return void 0;
    if (c === 92) {
      i++;
      continue;
    }
    if (c !== quote) continue;
    const after = skipSpaces(text, i + 1);
    const op = text[after];
    if (op === "+" || op === "%" || op === "." && after > i + 1) return void 0;
    return { start, end: i, kind: "literal" };
  }
  return void 0;
}
function readElement(text, at) {
  let p = at;
  if (text[p] !== ">") {
    if (text[p] !== " " && text[p] !== "	") return void 0;
    const close = text.indexOf(">", p);
    if (close === -1 || close - p > MAX_PREFIX || text[close - 1] === "/" || text.slice(p, close).includes("<")) return void 0;
    p = close;
  }
  let start = p + 1;
  const open = text.indexOf("<", start);
  if (open === -1 || open - start > MAX_VALUE || text[open + 1] !== "/") return void 0;
  let end = open;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (text.slice(start, end).includes("\n")) return void 0;
  return { start, end, kind: "literal" };
}
function readPart(text, at) {
  if (text[at] === "{") {
    const close = text.indexOf("}", at);
    if (close === -1 || close - at > MAX_VALUE || text.slice(at, close).includes("\n")) return void 0;
    if (/^[A-Za-z0-9_]+:[^{}\s]*$/.test(text.slice(at + 1, close))) return void 0;
    return { start: at + 1, end: close, kind: "literal" };
  }
  const limit = Math.min(text.length, at + MAX_VALUE);
  let end = at;
  while (end < limit && !/[;&"'`\s<>)]/.test(text[end])) end++;
  return end > at ? { start: at, end, kind: "literal" } : void 0;
}
function startsPart(text, at) {
  let p = at - 1;
  while (p >= 0 && (text[p] === " " || text[p] === "	")) p--;
  const c = text[p];
  if (c === ";" || c === "?" || c === "&" || c === '"' || c === "'") return true;
  return p < at - 1 && /[A-Za-z_]=[^\s;=]+$/.test(text.slice(Math.max(0, p - 60), p + 1));
}
function opensLine(text, at) {
  let p = at;
  while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  if (p === 0 || text.charCodeAt(p - 1) === 10) return true;
  return /(?:^|\n)[ \t]*(?:(?:export|set|setx|declare[ \t]+-x|SetEnv|setenv|env|ENV|ARG)[ \t]+|-[ \t]+|\$env:)$/.test(text.slice(Math.max(0, at - 24), at));
}
function readUnquoted(text, at) {
  const c = text[at];
  if (c === void 0 || c === "|" || c === ">" || c === "\n" || c === "\r") return void 0;
  const limit = Math.min(text.length, at + MAX_VALUE);
  let end = at;
  while (end < limit && text[end] !== "\n") end++;
  if (end === limit && limit < text.length) return void 0;
  let value = text.slice(at, end);
  const comment = /[ \t](?:#|;|\/\/)/.exec(value);
  if (comment) value = value.slice(0, comment.index);
  value = value.replace(/[\s,]+$/, "");
  return value === "" ? void 0 : { start: at, end: at + value.length, kind: "config" };
}

// src/engine/credentials/find.ts
var KEY_HINT = /pass|pwd|secret|token|key|auth|cred|salt/gi;
function isIdentifier(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 45 || code === 46;
}
function* keyPlaces(text, places) {
  if (places) {
    const merged = [];
    for (const list of places.starts) for (const at of list) if (at >= places.from && at < places.from + text.length) merged.push(at - places.from);
    if (places.starts.length > 1) merged.sort((a, b) => a - b);
    yield* merged;
    return;
  }
  const hint = new RegExp(KEY_HINT.source, "gi");
  for (let m = hint.exec(text); m !== null; m = hint.exec(text)) yield m.index;
}
function findCredentials(text, sinks, places) {
  if (sinks.size === 0) return;
  let encrypted;
  let next = 0;
  for (const at of keyPlaces(text, places)) {
    if (at < next) continue;
    let start = at;
    let end = at;
    while (start > 0 && isIdentifier(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isIdentifier(text.charCodeAt(end))) end++;
    if (end === start) end = start + 1;
    next = end;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    if (/^setx$/i.test(text.slice(start, end))) {
      start = skipSpaces(text, end);
      end = start;
      while (end < text.length && isIdentifier(text.charCodeAt(end))) end++;
      next = end;
    }
    const identifier = text.slice(start, end);
    const key = credentialKey(identifier);
    if (!key) continue;
    const span = valueAfterKey(text, start, end, identifier);
    const emit = span && sinks.get(span.kind);
    if (!span || !emit) continue;
    const value = text.slice(span.start, span.end);
    const confidence = judgeValue(value, key);
    if (confidence === void 0) continue;
    encrypted ??= isEncryptedDocument(text);
    if (encrypted) return;
    if (!emit({ value, start: span.start, end: span.end, confidence })) {
      sinks.delete(span.kind);
      if (sinks.size === 0) return;
    }
  }
}
function isEncryptedDocument(text) {
  return text.includes("SealedSecret") && text.includes("encryptedData") || text.includes("sops") && /["']?mac["']?[ \t]*[:=][ \t]*["']?ENC\[/.test(text);
}
function valueAfterKey(text, start, end, identifier) {
  const before = text.charCodeAt(start - 1);
  if (isQuote(before) && text.charCodeAt(end) === before) return afterQuotedKey(text, start, end + 1);
  if (before === 60) return readElement(text, end);
  let p = skipSpaces(text, end);
  if (text[p] === "(" && (/^(?:set|with)[A-Z_]/.test(identifier.slice(identifier.lastIndexOf(".") + 1)) || identifier.includes("."))) return readQuoted(text, skipSpaces(text, p + 1));
  let op = afterOperator(text, p);
  if (op === -1) {
    if (p > end && /(?:^|\n)[ \t]*setx[ \t]+$/i.test(text.slice(Math.max(0, start - 40), start))) op = p;
    else return void 0;
  }
  p = skipSpaces(text, op);
  if (isQuote(text.charCodeAt(p)) || /[rbfu]['"]/i.test(text.slice(p, p + 2))) return readQuoted(text, p);
  if (text[op - 1] === "=" && startsPart(text, start)) return readPart(text, op);
  if (opensLine(text, start) || identifier.startsWith("--")) return readUnquoted(text, p);
  return void 0;
}
function afterQuotedKey(text, keyStart, at) {
  let p = at;
  if (text[p] === "]") p++;
  p = skipSpaces(text, p);
  const attribute = /^value[ \t]*=[ \t]*/.exec(text.slice(p, p + 12));
  if (attribute && /(?:key|name)[ \t]*=[ \t]*$/.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, p + attribute[0].length);
  if (text[p] === "," && /define[ \t]*\([ \t]*$/i.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, skipSpaces(text, p + 1));
  const op = afterOperator(text, p);
  if (op === -1) return void 0;
  p = skipSpaces(text, op);
  if (isQuote(text.charCodeAt(p))) return readQuoted(text, p);
  return opensLine(text, keyStart - 1) ? readUnquoted(text, p) : void 0;
}

// src/engine/kubernetes-secret.ts
var SECRET_KIND = /["']?\bkind["']?[ \t]*:[ \t]*["']?Secret["']?(?![\w-])/;
var TEMPLATE_FILL = "_";
var HELM_ACTION = /\{\{.*?\}\}/g;
var WHOLE_LINE_ACTION = /^[ \t]*\{\{.*?\}\}[ \t]*(?=\r?$)/gm;
function mayHoldSecret(text) {
  return SECRET_KIND.test(text);
}
function findSecretValues(yaml, text) {
  if (!mayHoldSecret(text)) return [];
  const source = text.includes("{{") ? maskTemplates(text) : text;
  const hits = [];
  for (const doc of yaml.parseAllDocuments(source, { prettyErrors: false, uniqueKeys: false, strict: false })) {
    if (doc.errors.length > 0) continue;
    for (const secret of secretMaps(yaml, doc.contents)) collectValues(yaml, secret, text, source !== text, hits);
  }
  return hits;
}
function maskTemplates(text) {
  return text.replace(WHOLE_LINE_ACTION, (line) => " ".repeat(line.length)).replace(HELM_ACTION, (action) => TEMPLATE_FILL.repeat(action.length));
}
function scalarString(yaml, node) {
  if (!yaml.isScalar(node)) return void 0;
  const value = node.value;
  return typeof value === "string" ? value : void 0;
}
function secretMaps(yaml, contents) {
  if (!yaml.isMap(contents)) return [];
  const kind = scalarString(yaml, contents.get("kind", true));
  if (contents.has("sops")) return [];
  if (kind === "Secret") return [contents];
  if (kind !== "List") return [];
  const items = contents.get("items", true);
  if (!yaml.isSeq(items)) return [];
  return items.items.filter((item) => yaml.isMap(item) && scalarString(yaml, item.get("kind", true)) === "Secret");
}
function collectValues(yaml, secret, text, masked, hits) {
  for (const field of ["data", "stringData"]) {
    const map = secret.get(field, true);
    if (!yaml.isMap(map)) continue;
    for (const pair of map.items) {
      const node = pair.value;
      if (!yaml.isScalar(node) || !node.range) continue;
      const raw = node.value;
      if (raw === null || raw === void 0 || typeof raw === "object") continue;
      const value = String(raw);
      if (value.trim() === "" || node.tag === "!vault" || isEncrypted(value)) continue;
      const span = valueSpan(text, node.type, node.range);
      if (!span || isTemplate(text.slice(span[0], span[1])) || isTemplate(value)) continue;
      if (masked && value.includes(TEMPLATE_FILL.repeat(4))) continue;
      const key = yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      hits.push({ start: span[0], end: span[1], value, key, encoded: field === "data" });
    }
  }
}
function isEncrypted(value) {
  return value.startsWith("ENC[") || value.startsWith("$ANSIBLE_VAULT;");
}
function isTemplate(value) {
  return value.includes("{{") || /\$\{[^}]*\}/.test(value);
}
function valueSpan(text, type, range) {
  const [start, end] = range;
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") return end - start >= 2 ? [start + 1, end - 1] : void 0;
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const header = text.indexOf("\n", start);
    if (header === -1 || header >= end) return void 0;
    let first = header + 1;
    while (first < end && (text[first] === " " || text[first] === "	" || text[first] === "\n" || text[first] === "\r")) first++;
    let last = text.indexOf("\n", first);
    if (last === -1 || last > end) last = end;
    if (text[last - 1] === "\r") last--;
    return first < last ? [first, last] : void 0;
  }
  return end > start ? [start, end] : void 0;
}

// src/engine/decode/codecs.ts
const { isUtf8 } = require("node:buffer");
var BASE64_STD = /^[A-Za-z0-9+/]+={0,2}$/;
var BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;
function decodeBase642(span) {
  if (!BASE64_STD.test(span) && !BASE64_URL.test(span)) return void 0;
  const body = span.replace(/=+$/, "");
  if (body.length % 4 === 1) return void 0;
  if (span.length !== body.length && span.length % 4 !== 0) return void 0;
  return Buffer.from(body, span.includes("-") || span.includes("_") ? "base64url" : "base64");
}
function decodeHex(span) {
  if (span.length % 2 !== 0 || !/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(span)) return void 0;
  return Buffer.from(span, "hex");
}
function decodePercent(span) {
  const out = [];
  let escapes = 0;
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c === 37 && i + 2 < span.length && isHex(span.charCodeAt(i + 1)) && isHex(span.charCodeAt(i + 2))) {
      out.push(parseInt(span.slice(i + 1, i + 3), 16));
      i += 2;
      escapes++;
    } else out.push(c & 255);
  }
  return escapes > 0 ? Buffer.from(out) : void 0;
}
function decodeEscapes(span) {
  let escapes = 0;
  const text = span.replace(/\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})|\\u\{([0-9A-Fa-f]{1,6})\}/g, (all, x, u, cp) => {
    const code = parseInt(x ?? u ?? cp, 16);
    if (code > 1114111) return all;
    escapes++;
    return String.fromCodePoint(code);
  });
  return escapes > 0 ? Buffer.from(text, "utf8") : void 0;
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isTextual(bytes) {
  if (bytes.length < MIN_DECODED) return false;
  let control = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b >= 128) high++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 || b === 127) control++;
  }
  return control * 50 <= bytes.length && high * 5 <= bytes.length && (high === 0 || isUtf8(bytes));
}
var MIN_DECODED = 8;

// src/engine/decode/spans.ts
var decodeCounters = { spansTried: 0, charsDecoded: 0, spansTextual: 0, spansTooLong: 0 };
var MAX_SPAN = 64 * 1024;
var MIN_RUN = 16;
var SPAN_BUDGET = 2048;
var CHAR_BUDGET = 1024 * 1024;
function newBudget() {
  return { spans: SPAN_BUDGET, chars: CHAR_BUDGET, exhausted: false };
}
var RUN_CLASS = new Uint8Array(256);
for (const c of "abcdefghijklmnopqrstuvwxyz") RUN_CLASS[c.charCodeAt(0)] = 1;
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") RUN_CLASS[c.charCodeAt(0)] = 1 | 4;
for (const c of "0123456789+") RUN_CLASS[c.charCodeAt(0)] = 1 | 2;
RUN_CLASS[47] = 1 | 2 | 8;
RUN_CLASS[45] = 16;
RUN_CLASS[95] = 16;
var IN_RUN = 1;
var URL_ONLY = 16;
var HINTLESS_MIN = 40;
var DASHED_HEX = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var SUBRESOURCE_INTEGRITY = /^sha(?:1|256|384|512)-/;
var VARIETY = 6;
var VARIETY_WINDOW = 24;
var JWT_HEADER_FIELD = /"(?:alg|typ)"\s*:/;
function decodeSpans(bytes, budget) {
  const out = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = buf.length;
  for (let probe = 0; probe < n; probe += MIN_RUN) {
    if ((RUN_CLASS[buf[probe]] & IN_RUN) === 0 || !(reachesBack(buf, probe) || reachesOn(buf, probe, n))) continue;
    let start = probe;
    let hints = 0;
    while (start > 0 && (RUN_CLASS[buf[start - 1]] & IN_RUN) !== 0) hints |= RUN_CLASS[buf[--start]];
    let i = probe;
    while (i < n && (RUN_CLASS[buf[i]] & IN_RUN) !== 0) hints |= RUN_CLASS[buf[i++]];
    if (i - start >= MIN_RUN && (start > 0 && RUN_CLASS[buf[start - 1]] === URL_ONLY || RUN_CLASS[buf[i]] === URL_ONLY)) {
      while (start > 0 && RUN_CLASS[buf[start - 1]] !== 0) hints |= RUN_CLASS[buf[--start]];
      while (i < n && RUN_CLASS[buf[i]] !== 0) hints |= RUN_CLASS[buf[i++]];
    }
    probe = i - 1 - (i - 1) % MIN_RUN;
    if (i - start >= MIN_RUN) considerRun(buf, start, i, hints, budget, out);
  }
  findAround(buf, 37, percentAt, "percent", budget, out);
  findAround(buf, 92, escapeAt, "escape", budget, out);
  return out;
}
function reachesBack(buf, p) {
  const c = RUN_CLASS;
  return p >= 8 && (c[buf[p - 4]] & c[buf[p - 8]] & c[buf[p - 2]] & c[buf[p - 6]] & c[buf[p - 1]] & c[buf[p - 3]] & c[buf[p - 5]] & c[buf[p - 7]] & IN_RUN) !== 0;
}
function reachesOn(buf, p, n) {
  const c = RUN_CLASS;
  return p + 8 < n && (c[buf[p + 4]] & c[buf[p + 8]] & c[buf[p + 2]] & c[buf[p + 6]] & c[buf[p + 1]] & c[buf[p + 3]] & c[buf[p + 5]] & c[buf[p + 7]] & IN_RUN) !== 0;
}
function considerRun(buf, start, i, hints, budget, out) {
  let end = i;
  if (buf[end] === 61) end += buf[end + 1] === 61 ? 2 : 1;
  if (end !== i) hints |= 2;
  if (end - start > MAX_SPAN) {
    decodeCounters.spansTooLong++;
    return;
  }
  if (end - start < HINTLESS_MIN && (hints & 2) === 0 || (hints & 12) === 8) return;
  const before = start > 0 ? buf[start - 1] : 0;
  if (before === 37 || before === 92) return;
  if ((before === 46 || buf[end] === 46) && buf[start] === 101 && buf[start + 1] === 121 && buf[start + 2] === 74) return;
  const run = buf.toString("latin1", start, end);
  if (!isVaried(run) || SUBRESOURCE_INTEGRITY.test(run) || DASHED_HEX.test(run)) return;
  tryDecode(run, start, end, /^[0-9a-fA-F]+$/.test(run) ? "hex" : "base64", budget, out);
}
function isVaried(run) {
  let seen = "";
  for (let i = 0; i < run.length && i < VARIETY_WINDOW; i++) {
    const c = run[i];
    if (!seen.includes(c)) {
      seen += c;
      if (seen.length >= VARIETY) return true;
    }
  }
  return false;
}
function percentAt(buf, at) {
  return isHexByte(buf[at + 1]) && isHexByte(buf[at + 2]) ? 3 : 0;
}
function escapeAt(buf, at) {
  const kind = buf[at + 1];
  if (kind === 120) return isHexByte(buf[at + 2]) && isHexByte(buf[at + 3]) ? 4 : 0;
  if (kind !== 117) return 0;
  if (buf[at + 2] === 123) {
    let digits = 0;
    while (digits < 6 && isHexByte(buf[at + 3 + digits])) digits++;
    return digits > 0 && buf[at + 3 + digits] === 125 ? digits + 4 : 0;
  }
  for (let k = 2; k < 6; k++) if (!isHexByte(buf[at + k])) return 0;
  return 6;
}
function isHexByte(c) {
  return c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102);
}
function findAround(buf, marker, escapeAt2, encoding, budget, out) {
  const n = buf.length;
  for (let at = buf.indexOf(marker); at !== -1; at = at < n ? buf.indexOf(marker, at) : -1) {
    const length = escapeAt2(buf, at);
    if (length === 0) {
      at++;
      continue;
    }
    let start = at;
    let end = at + length;
    const floor = Math.max(0, start - MAX_SPAN);
    while (start > floor && !isDelimiter(buf[start - 1])) start--;
    const ceiling = Math.min(n, end + MAX_SPAN);
    while (end < ceiling) {
      const next = buf[end] === marker ? escapeAt2(buf, end) : 0;
      if (next > 0) end += next;
      else if (!isDelimiter(buf[end])) end++;
      else break;
    }
    at = end;
    if (end - start > MAX_SPAN) {
      decodeCounters.spansTooLong++;
      continue;
    }
    tryDecode(buf.toString("latin1", start, end), start, end, encoding, budget, out);
  }
}
function isDelimiter(c) {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 40 || c === 41 || c === 123 || c === 125 || c === 91 || c === 93 || c === 44 || c === 59;
}
function tryDecode(span, start, end, encoding, budget, out) {
  const length = end - start;
  if (budget.spans <= 0 || budget.chars < length) {
    budget.exhausted = true;
    return;
  }
  budget.spans--;
  budget.chars -= length;
  decodeCounters.spansTried++;
  decodeCounters.charsDecoded += length;
  const bytes = decode(encoding, span);
  if (bytes === void 0 || !isTextual(bytes) || isJwtHeader(bytes)) return;
  decodeCounters.spansTextual++;
  out.push({ start, end, encoding, bytes });
}
function isJwtHeader(bytes) {
  return bytes[0] === 123 && bytes[1] === 34 && JWT_HEADER_FIELD.test(bytes.toString("latin1", 0, 64));
}
function decode(encoding, span) {
  switch (encoding) {
    case "base64":
      return decodeBase642(span);
    case "hex":
      return decodeHex(span) ?? decodeBase642(span);
    case "percent":
      return decodePercent(span);
    case "escape":
      return decodeEscapes(span);
  }
}

// src/engine/decode/expand.ts
var CONTEXT_BEFORE = 64;
var CONTEXT_AFTER = 256;
function decodedMatches(bytes, depth, blobId, plain, scanUnit) {
  const matches = [];
  const diagnostics = [];
  if (depth <= 0) return { matches, diagnostics };
  const budget = newBudget();
  const spans = decodeSpans(bytes, budget);
  if (spans.length === 0 && !budget.exhausted) return { matches, diagnostics };
  const text = bytes.toString("latin1");
  const lines = new LineIndex(text);
  const seen = new Set(plain.map((m) => `${m.ruleId}\0${m.secret}`));
  for (const span of spans) {
    const place = placeOf(text, lines, span);
    const here = new Set(plain.filter((m) => overlaps(m, place)).map((m) => m.ruleId));
    const found = [];
    if (!scanDecoded(text, lines, span, depth, [], budget, scanUnit, found, diagnostics)) return { matches: [], diagnostics: [], needsLoad: true };
    for (const m of found) {
      const key = `${m.ruleId}\0${m.secret}`;
      if (seen.has(key) || here.has(m.ruleId)) continue;
      seen.add(key);
      matches.push({ ...m, blobId, ...place });
    }
  }
  if (budget.exhausted) {
    diagnostics.push({
      code: "decode-limit",
      blobId,
      detail: `blob ${blobId} has more encoded-looking text than one blob's decoding budget; the rest was scanned as written but not decoded`
    });
  }
  return { matches, diagnostics };
}
function scanDecoded(text, lines, span, depth, chain, budget, scanUnit, found, diagnostics) {
  const { line } = lines.position(span.start);
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const before = text.slice(Math.max(lineStart, span.start - CONTEXT_BEFORE), span.start);
  const after = text.slice(span.end, Math.min(lineEnd, span.end + CONTEXT_AFTER));
  const unit = Buffer.concat([Buffer.from(before, "latin1"), span.bytes, Buffer.from(after, "latin1")]);
  const result = scanUnit(unit);
  if (!result) return false;
  const here = [...chain, span.encoding];
  const unitText = unit.toString("latin1");
  const decodedPlace = placeOf(unitText, new LineIndex(unitText), { start: before.length, end: before.length + span.bytes.length });
  for (const m of result.matches) if (overlaps(m, decodedPlace)) found.push({ ...m, decoded: here });
  for (const d of result.diagnostics) if (d.code !== "match-limit") diagnostics.push(d);
  if (depth <= 1) return true;
  const inner = span.bytes.toString("latin1");
  const innerLines = new LineIndex(inner);
  for (const next of decodeSpans(span.bytes, budget)) {
    if (!scanDecoded(inner, innerLines, next, depth - 1, here, budget, scanUnit, found, diagnostics)) return false;
  }
  return true;
}
function placeOf(text, lines, span) {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return {
    line: start.line,
    column: utf16Column(text, lines.lineStart(start.line), span.start),
    endLine: end.line,
    endColumn: utf16Column(text, lines.lineStart(end.line), span.end)
  };
}
function overlaps(m, p) {
  const startsBeforeEnd = m.line < p.endLine || m.line === p.endLine && m.column < p.endColumn;
  const endsAfterStart = m.endLine > p.line || m.endLine === p.line && m.endColumn > p.column;
  return startsBeforeEnd && endsAfterStart;
}

// src/engine/unicode-view.ts
var NON_ASCII = /[\x80-\xff]/;
function unicodeView(latin1) {
  if (!NON_ASCII.test(latin1)) return { text: latin1, map: void 0 };
  const n = latin1.length;
  const parts = [];
  const map = new Int32Array(2 * n + 1);
  let out = 0;
  let chunk = "";
  const emit = (code, from) => {
    const s = String.fromCodePoint(code);
    map[out] = from;
    if (s.length === 2) map[out + 1] = from;
    out += s.length;
    chunk += s;
    if (chunk.length > 4096) {
      parts.push(chunk);
      chunk = "";
    }
  };
  const cont = (i, lo = 128, hi = 191) => {
    const b = i < n ? latin1.charCodeAt(i) : -1;
    return b >= lo && b <= hi ? b & 63 : -1;
  };
  for (let i = 0; i < n; ) {
    const b = latin1.charCodeAt(i);
    if (b < 128) {
      emit(b, i);
      i++;
      continue;
    }
    let code = -1;
    let len = 1;
    if (b >= 194 && b <= 223) {
      const c1 = cont(i + 1);
      if (c1 >= 0) [code, len] = [(b & 31) << 6 | c1, 2];
    } else if (b >= 224 && b <= 239) {
      const c1 = cont(i + 1, b === 224 ? 160 : 128, b === 237 ? 159 : 191);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      if (c2 >= 0) [code, len] = [(b & 15) << 12 | c1 << 6 | c2, 3];
    } else if (b >= 240 && b <= 244) {
      const c1 = cont(i + 1, b === 240 ? 144 : 128, b === 244 ? 143 : 191);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      const c3 = c2 >= 0 ? cont(i + 3) : -1;
      if (c3 >= 0) [code, len] = [(b & 7) << 18 | c1 << 12 | c2 << 6 | c3, 4];
    }
    emit(code < 0 ? 65533 : code, i);
    i += len;
  }
  map[out] = n;
  parts.push(chunk);
  return { text: parts.join(""), map: map.subarray(0, out + 1) };
}

// src/engine/inline-allow.ts
var MARKER = /(?:\/\/+|#+|\/\*+|\*|<!--|--|;+|%+|\{#|\{\{!(?:--)?|\{\{-?\/\*|\(\*|\b[Rr][Ee][Mm]\b|::|['"](?=[ \t]))[ \t]*(leakgate|gitleaks):allow(?![A-Za-z0-9_-])/g;
var RULE_ID = /[ \t,]*([A-Za-z0-9][A-Za-z0-9_.-]*)/y;
var REASON = /^[ \t,]*--[ \t]*(.*)$/;
var CLOSER = /\s*(?:\*\/|-->|%>|#\}|\}\}|\*\)|-\}|\s(?:#|\/\/|\/\*|<!--|;|%|--))\s*$/;
var MAX_REASON = 200;
var ALLOW_HINT = ":allow";
function parseAllowComments(text) {
  if (!text.includes(ALLOW_HINT)) return [];
  const line = text.replace(/[\r\n]+$/, "");
  const found = [];
  MARKER.lastIndex = 0;
  let m;
  while ((m = MARKER.exec(line)) !== null) {
    found.push({ marker: m[1] === "gitleaks" ? "gitleaks:allow" : "leakgate:allow", start: m.index, end: MARKER.lastIndex });
  }
  const comments = [];
  found.forEach(({ marker, end }, i) => {
    const rest = line.slice(end, found[i + 1]?.start ?? line.length);
    const rules = [];
    let tail = rest;
    if (marker === "leakgate:allow") {
      RULE_ID.lastIndex = 0;
      let id;
      let consumed = 0;
      while ((id = RULE_ID.exec(rest)) !== null) {
        rules.push(id[1].replace(/[.-]+$/, ""));
        consumed = RULE_ID.lastIndex;
      }
      tail = rest.slice(consumed);
    }
    const reason = stripClosers(REASON.exec(tail)?.[1] ?? "").slice(0, MAX_REASON);
    comments.push(reason ? { marker, rules, reason } : { marker, rules });
  });
  return comments;
}
function stripClosers(text) {
  let out = text.trim();
  for (let prior = ""; prior !== out; ) {
    prior = out;
    out = out.replace(CLOSER, "").trim();
  }
  return out;
}
function allowFor(comments, ruleId) {
  for (const comment of comments) {
    if (comment.rules.length === 0 || comment.rules.includes(ruleId)) {
      return comment.reason === void 0 ? { marker: comment.marker } : { marker: comment.marker, reason: comment.reason };
    }
  }
  return void 0;
}

// src/engine/rule-allowlists.ts
function compileRuleAllowlists(allowlists) {
  const compiled = allowlists.map((spec) => ({
    spec,
    regexes: spec.regexes.map(compileAllowValue),
    byPlace: spec.paths.length > 0 || spec.commits.length > 0
  }));
  return (texts) => {
    const pending = [];
    for (const [index, { spec, regexes, byPlace }] of compiled.entries()) {
      const target = regexes.length === 0 ? "" : spec.regexTarget === "secret" ? texts.secret : spec.regexTarget === "match" ? texts.match() : texts.line();
      const regexHit = regexes.length > 0 ? regexes.some((re) => re.test(target)) : void 0;
      const lower = spec.stopwords.length > 0 ? texts.secret.toLowerCase() : "";
      const stopwordHit = spec.stopwords.length > 0 ? spec.stopwords.some((word) => lower.includes(word)) : void 0;
      if (spec.condition === "or") {
        if (regexHit === true || stopwordHit === true) return "allowed";
        if (byPlace) pending.push(index);
        continue;
      }
      if (regexHit === false || stopwordHit === false) continue;
      if (!byPlace) return "allowed";
      pending.push(index);
    }
    return pending.length > 0 ? pending : void 0;
  };
}

// src/engine/rule-run.ts
var MAX_MATCHES_PER_RULE = 200;
function matchLimit(blobId, ruleId) {
  return { code: "match-limit", blobId, ruleId, detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId} in one blob; the rest are not reported` };
}
var SNIPPET_CONTEXT = 80;
function startsByKeyword(starts) {
  const lists = /* @__PURE__ */ new Map();
  for (let i = 0; i < starts.length; i += 2) {
    const k = starts[i + 1];
    let list = lists.get(k);
    if (!list) lists.set(k, list = []);
    list.push(starts[i]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [k, list] of lists) out.set(k, distinctSorted(Int32Array.from(list)));
  return out;
}
function startsOf(byKeyword, anchors) {
  if (anchors.size === 1) for (const k of anchors) return byKeyword.get(k) ?? EMPTY_STARTS;
  const parts = [];
  let total = 0;
  for (const k of anchors) {
    const part = byKeyword.get(k);
    if (part) {
      parts.push(part);
      total += part.length;
    }
  }
  if (parts.length <= 1) return parts[0] ?? EMPTY_STARTS;
  const all = new Int32Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return distinctSorted(all);
}
var EMPTY_STARTS = new Int32Array(0);
function distinctSorted(values) {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i];
  return values.subarray(0, n);
}
function runAnchored(sticky, starts, from, to, secretGroup, sink) {
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    if (start < from) continue;
    if (start >= to) break;
    const at = start - from;
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(sink.text);
    if (m === null) continue;
    next = m[0].length === 0 ? at + 1 : sticky.lastIndex;
    const group = secretGroup >= 0 ? secretGroup : firstNonEmptyGroup(m);
    const secret = m[group];
    const span = m.indices?.[group];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1], false, void 0, at, at + m[0].length)) break;
  }
}
function firstNonEmptyGroup(m) {
  for (let i = 1; i < m.length; i++) if (m[i]) return i;
  return 0;
}
function runRegex(regex, secretGroup, sink) {
  regex.lastIndex = 0;
  let m;
  while ((m = regex.exec(sink.text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const group = secretGroup >= 0 ? secretGroup : firstNonEmptyGroup(m);
    const secret = m[group];
    const span = m.indices?.[group];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1], false, void 0, m.index, m.index + m[0].length)) break;
  }
}
function runRe2(pattern, secretGroup, view, sink) {
  if (!pattern.test(view.text)) return;
  const { map } = view;
  const at = (i) => map ? map[i] : i;
  pattern.forEachMatch(view.text, secretGroup, (start, end, matchStart, matchEnd) => {
    if (end === start) return true;
    const from = at(start);
    const to = at(end);
    return sink.add(sink.text.slice(from, to), from, to, false, void 0, at(matchStart), at(matchEnd));
  });
}
function runKubernetesSecret(yaml, text, sink) {
  for (const hit of findSecretValues(yaml, text)) {
    if (hit.encoded) {
      const decoded = decodeBase642(hit.value.replace(/\s+/g, ""))?.toString("utf8");
      if (decoded !== void 0 && (decoded.trim() === "" || isPlaceholder(decoded) || /\{\{|\$\{/.test(decoded))) continue;
    }
    if (!sink.add(hit.value, hit.start, hit.end, true)) break;
  }
}
var MatchSink = class {
  constructor(rule, blobId, text, lines, allows, matches, diagnostics, requiredOnly = false) {
    this.rule = rule;
    this.blobId = blobId;
    this.text = text;
    this.lines = lines;
    this.allows = allows;
    this.matches = matches;
    this.diagnostics = diagnostics;
    this.requiredOnly = requiredOnly;
  }
  rule;
  blobId;
  text;
  lines;
  allows;
  matches;
  diagnostics;
  requiredOnly;
  count = 0;
  /**
   * Considers `secret` found at [start, end) of the text (for structured detectors `secret` is the parsed value,
   * which may differ from the characters there); [matchStart, matchEnd) is the whole match (gitleaks allowlists'
   * `regexTarget = "match"`). Returns false once the rule's match limit is reached.
   */
  add(secret, start, end, parsed = false, confidence, matchStart = start, matchEnd = end) {
    const { spec } = this.rule;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== void 0 && entropy < spec.minEntropy) return true;
    if (this.rule.validate && !this.rule.validate(secret)) return true;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) return true;
    if (this.rule.allow.some((re) => re.test(secret))) return true;
    let allowlisted;
    if (spec.allowlists && spec.allowlists.length > 0) {
      const { text: text2, lines: lines2 } = this;
      const verdict = allowlistCheck(spec)({
        secret: utf8(secret),
        match: () => utf8(text2.slice(Math.min(matchStart, start), Math.max(matchEnd, end))),
        line: () => utf8(text2.slice(lines2.lineStart(lines2.position(matchStart).line), lines2.lineEnd(lines2.position(Math.max(matchStart, matchEnd - 1)).line))).replace(/\r$/, "")
      });
      if (verdict === "allowed") return true;
      allowlisted = verdict;
    }
    const example = spec.documentationHosts ? documentationHostAfter(this.text, end) : void 0;
    if (example === void 0 && ++this.count > MAX_MATCHES_PER_RULE) {
      this.diagnostics.push(matchLimit(this.blobId, spec.id));
      return false;
    }
    const { text, lines } = this;
    const startPos = lines.position(start);
    const endPos = lines.position(end);
    const lineStart = lines.lineStart(startPos.line);
    const lineEnd = lines.lineEnd(startPos.line);
    const from = Math.max(lineStart, start - SNIPPET_CONTEXT);
    const snippet = parsed ? utf8(text.slice(from, start)) + utf8(secret) : utf8(text.slice(from, Math.min(lineEnd, Math.max(end, start) + SNIPPET_CONTEXT))).replace(/\r$/, "");
    const allowed = this.allows.covering(spec.id, startPos.line, endPos.line);
    this.matches.push({
      ruleId: spec.id,
      blobId: this.blobId,
      secret: utf8(secret),
      line: startPos.line,
      column: utf16Column(text, lineStart, start),
      endLine: endPos.line,
      endColumn: utf16Column(text, lines.lineStart(endPos.line), end),
      snippet,
      entropy: Math.round(entropy * 100) / 100,
      ...confidence ? { confidence } : {},
      ...allowed ? { allowed } : {},
      ...example !== void 0 ? { example } : {},
      ...allowlisted ? { allowlisted } : {},
      ...this.requiredOnly ? { requiredOnly: true } : {}
    });
    return true;
  }
};
var allowlistChecks = /* @__PURE__ */ new WeakMap();
function allowlistCheck(spec) {
  let check = allowlistChecks.get(spec);
  if (!check) {
    check = compileRuleAllowlists(spec.allowlists ?? []);
    allowlistChecks.set(spec, check);
  }
  return check;
}
var HOST_AFTER = /@\[?([A-Za-z0-9.-]{1,253})/y;
var DOCUMENTATION_HOST = /^(?:[A-Za-z0-9-]+\.)*(?:example\.(?:com|net|org)|(?:my|your)?(?:company|domain)\.(?:com|net|org))$|(?:^|\.)(?:example|test|invalid)$/i;
function documentationHostAfter(text, end) {
  HOST_AFTER.lastIndex = end;
  const host = HOST_AFTER.exec(text)?.[1]?.replace(/\.$/, "");
  return host !== void 0 && DOCUMENTATION_HOST.test(host) ? `documentation host ${host}` : void 0;
}
var AllowComments = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  byLine = /* @__PURE__ */ new Map();
  /** Whether the text holds any allow comment: searched for on the first match (most windows have none). */
  any;
  /** The allow comment covering a match of `ruleId` on its first or last line, if any. */
  covering(ruleId, firstLine, lastLine) {
    this.any ??= this.text.includes(ALLOW_HINT);
    if (!this.any) return void 0;
    return allowFor(this.on(firstLine), ruleId) ?? (lastLine === firstLine ? void 0 : allowFor(this.on(lastLine), ruleId));
  }
  on(line) {
    let comments = this.byLine.get(line);
    if (!comments) {
      comments = parseAllowComments(utf8(this.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line))));
      this.byLine.set(line, comments);
    }
    return comments;
  }
};

// src/engine/windows.ts
var FOCUS_MAX_SHARE = 0.6;
function focusRegions(bytes, focus) {
  const n = bytes.length;
  if (n <= 2 * WINDOW_OVERLAP) return void 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces = new Latin1Pieces(buf);
  const lead = new LineWalk(pieces);
  const trail = new LineWalk(pieces);
  const regions = [];
  let covered = 0;
  let previousLast = 0;
  for (const [first, last] of focus) {
    if (first < 1 || first <= previousLast || last < first) return void 0;
    previousLast = last;
    lead.toLine(first - 1);
    if (lead.line < first - 1) break;
    const from = lead.pos;
    lead.toLine(last);
    const to = lead.line === last ? lead.pos : n;
    trail.toByte(Math.max(0, from - WINDOW_OVERLAP));
    const start = trail.pos;
    const newline = buf.indexOf(10, Math.min(n - 1, to + WINDOW_OVERLAP));
    const end = newline === -1 || newline + 1 >= n ? n : newline + 1;
    const previous = regions.at(-1);
    if (previous && start <= previous.end) {
      covered += Math.max(0, end - previous.end);
      previous.end = Math.max(previous.end, end);
    } else {
      covered += end - start;
      regions.push({ start, end, lineOffset: trail.line });
    }
  }
  return covered > n * FOCUS_MAX_SHARE ? void 0 : regions;
}
var LINE_STEPS = [512, 64, 8, 1].map((k) => [k, new RegExp(`(?:[^\\n]*\\n){${k}}`, "y")]);
var Latin1Pieces = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  base = 0;
  text = "";
  /** Makes `text` a piece that holds byte `pos` (or ends the blob when `pos` is its length). */
  at(pos) {
    const n = this.buf.length;
    const end = this.base + this.text.length;
    const held = pos >= this.base && (pos < end || pos === end && end === n && this.text !== "");
    if (!held) {
      this.base = pos;
      this.text = this.buf.toString("latin1", pos, Math.min(n, pos + LINE_CHUNK));
    }
    return this;
  }
};
var LineWalk = class {
  constructor(pieces) {
    this.pieces = pieces;
  }
  pieces;
  line = 0;
  pos = 0;
  /** Forward to the start of line `line` (0-based), or of the last line when the blob has fewer. */
  toLine(line) {
    this.walk(line, Infinity);
  }
  /** Forward to the start of the line holding byte `at` (or of the last line, past the end). */
  toByte(at) {
    this.walk(Infinity, at);
  }
  /** Moves to the last line start reachable without passing line `maxLine` or byte `maxPos`. */
  walk(maxLine, maxPos) {
    const { buf } = this.pieces;
    const n = buf.length;
    for (; ; ) {
      const { base, text } = this.pieces.at(this.pos);
      const pieceEnd = base + text.length;
      let at = this.pos - base;
      let done = false;
      for (const [k, step] of LINE_STEPS) {
        for (; ; ) {
          if (this.line + k > maxLine) {
            done = k === 1;
            break;
          }
          step.lastIndex = at;
          if (!step.test(text)) break;
          const next2 = base + step.lastIndex;
          if (next2 >= n || next2 > maxPos) {
            done = k === 1;
            break;
          }
          at = step.lastIndex;
          this.line += k;
        }
      }
      this.pos = base + at;
      if (done || pieceEnd === n) return;
      const newline = buf.indexOf(10, pieceEnd);
      const next = newline + 1;
      if (newline === -1 || next >= n || next > maxPos || this.line + 1 > maxLine) return;
      this.pos = next;
      this.line += 1;
    }
  }
};
var WINDOW_OWNED = 96 * 1024;
var LINE_CHUNK = 64 * 1024;
var WINDOW_OVERLAP = 16 * 1024;
function* textWindows(bytes) {
  const n = bytes.length;
  if (n <= WINDOW_OWNED) {
    yield { start: 0, end: n, whole: true, lines: () => ({ ownedLines: Infinity, lineOffset: 0 }) };
    return;
  }
  const nextLineStart = (at) => {
    if (at >= n) return n;
    const eol = bytes.indexOf(10, at);
    return eol === -1 ? n : eol + 1;
  };
  const walk = new LineWalk(new Latin1Pieces(bytes));
  const newlinesBefore = (lineStart) => {
    walk.toByte(lineStart);
    return walk.line;
  };
  let start = 0;
  while (start < n) {
    const from = start;
    const ownedEnd = nextLineStart(start + WINDOW_OWNED);
    const last = ownedEnd >= n;
    yield {
      start,
      end: last ? n : nextLineStart(ownedEnd + WINDOW_OVERLAP),
      whole: false,
      lines: () => {
        const lineOffset = newlinesBefore(from);
        return { lineOffset, ownedLines: last ? Infinity : newlinesBefore(ownedEnd) - lineOffset };
      }
    };
    start = ownedEnd;
  }
}
function keepOwned(found, ownedLines, lineOffset, into) {
  for (const m of found) {
    if (m.line > ownedLines) continue;
    into.push({ ...m, line: m.line + lineOffset, endLine: m.endLine + lineOffset });
  }
}
var ruleOrders = /* @__PURE__ */ new WeakMap();
function ruleOrder(ruleSet) {
  let order = ruleOrders.get(ruleSet);
  if (!order) ruleOrders.set(ruleSet, order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i])));
  return order;
}
function mergeWindows(matches, diagnostics, ruleSet, blobId) {
  const order = ruleOrder(ruleSet);
  matches.sort((a, b) => order.get(a.ruleId) - order.get(b.ruleId) || a.line - b.line || a.column - b.column);
  const kept = [];
  const perRule = /* @__PURE__ */ new Map();
  const limited = /* @__PURE__ */ new Set();
  for (const m of matches) {
    const seen = perRule.get(m.ruleId) ?? 0;
    if (seen >= MAX_MATCHES_PER_RULE) {
      limited.add(m.ruleId);
      continue;
    }
    perRule.set(m.ruleId, seen + 1);
    kept.push(m);
  }
  const others = diagnostics.filter((d) => d.code !== "match-limit");
  for (const d of diagnostics) if (d.code === "match-limit" && d.ruleId) limited.add(d.ruleId);
  for (const ruleId of [...limited].sort((a, b) => order.get(a) - order.get(b))) {
    others.push(matchLimit(blobId, ruleId));
  }
  return [kept, others];
}

// src/engine/detect.ts
var yamlModule;
var DEFAULT_DECODE_DEPTH = 3;
function createDetector(specs, options = {}) {
  return new RuleDetector(specs, options);
}
var RuleDetector = class {
  ruleSet;
  decodeDepth;
  archives;
  found;
  candidate;
  hasStructured;
  /** A composite rule looks for its required rules anywhere in the file: focused blobs are scanned whole. */
  hasComposite;
  /** The regex rules composite rules require: gitleaks runs them whatever their keywords, for the composite rules. */
  requiredRules;
  requiredOnly;
  hasRe2;
  hits;
  constructor(specs, options) {
    const ruleSet = compileRules(specs);
    this.ruleSet = ruleSet;
    this.decodeDepth = options.decodeDepth ?? DEFAULT_DECODE_DEPTH;
    this.archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
    this.found = new Uint8Array(ruleSet.prefilter.keywords.length);
    this.candidate = new Uint8Array(ruleSet.rules.length);
    this.hasStructured = ruleSet.rules.some((r) => r.structured !== void 0);
    this.hasComposite = specs.some((s) => (s.required?.length ?? 0) > 0);
    const requiredIds = new Set(specs.flatMap((s) => (s.required ?? []).map((r) => r.id)));
    this.requiredRules = ruleSet.rules.filter((r) => r.spec.detector === void 0 && requiredIds.has(r.spec.id)).map((r) => r.index);
    this.requiredOnly = new Uint8Array(ruleSet.rules.length);
    this.hasRe2 = ruleSet.rules.some((r) => r.spec.syntax === "re2");
    this.hits = ruleSet.anchorWant ? { want: ruleSet.anchorWant, starts: [] } : void 0;
  }
  get needsModules() {
    return this.hasStructured && yamlModule === void 0 || this.hasRe2 && !isRe2Loaded();
  }
  async load() {
    if (this.hasRe2) await loadRe2();
    if (!this.hasStructured || yamlModule !== void 0) return;
    const mod = require("./vendor/yaml.cjs");
    yamlModule ??= typeof mod.parseAllDocuments === "function" ? mod : mod.default;
  }
  scan(blob, beforeRule, scoped = true, skip, onMember) {
    const format = this.archives.depth > 0 ? archiveFormat(blob.bytes) : void 0;
    if (format) return this.scanArchive(blob, format, beforeRule, skip, onMember);
    if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
    const regions = blob.focus && !this.hasComposite && !(this.hasStructured && mayNameSecret(blob.bytes)) ? focusRegions(blob.bytes, blob.focus) : void 0;
    if (regions) return this.scanRegions(blob, regions, beforeRule, scoped, skip);
    return this.scanWhole(blob, beforeRule, scoped, skip);
  }
  scanRegions(blob, regions, beforeRule, scoped, skip) {
    let matches = [];
    let diagnostics = [];
    let matched = false;
    for (const region of regions) {
      const part = this.scanWhole({ id: blob.id, bytes: blob.bytes.subarray(region.start, region.end) }, beforeRule, scoped, skip);
      if (part.needsLoad) return part;
      matched ||= part.matched;
      keepOwned(part.matches, Infinity, region.lineOffset, matches);
      diagnostics.push(...part.diagnostics);
    }
    if (regions.length > 1) [matches, diagnostics] = mergeWindows(matches, diagnostics, this.ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched, diagnostics };
  }
  /** Every member of an archive blob, as text blobs of their own (the focus of a staged change does not apply). */
  scanArchive(blob, format, beforeRule, skip, onMember) {
    const result = archiveMatches(
      blob.bytes,
      format,
      blob.id,
      this.archives,
      (bytes) => {
        const part = this.scanWhole({ id: blob.id, bytes }, beforeRule, true, skip);
        return part.needsLoad ? void 0 : part;
      },
      onMember
    );
    if (result.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    return { blobId: blob.id, matches: result.matches, binary: false, matched: result.matched, diagnostics: result.diagnostics };
  }
  /** The plain scan, then the decoded spans of the same bytes. */
  scanWhole(blob, beforeRule, scoped, skip) {
    const plain = this.scanPlain(blob, beforeRule, scoped, skip);
    if (this.decodeDepth <= 0 || plain.needsLoad) return plain;
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    const decoded = decodedMatches(bytes, this.decodeDepth, blob.id, plain.matches, (unit) => {
      const part = this.scanPlain({ id: blob.id, bytes: unit }, beforeRule, scoped, skip);
      return part.needsLoad ? void 0 : part;
    });
    if (decoded.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    if (decoded.matches.length === 0 && decoded.diagnostics.length === 0) return plain;
    const [matches, diagnostics] = mergeWindows([...plain.matches, ...decoded.matches], [...plain.diagnostics, ...decoded.diagnostics], this.ruleSet, blob.id);
    return { ...plain, matched: plain.matched || decoded.matches.length > 0, matches, diagnostics };
  }
  /** The rules whose keywords occur (or that always run), those composite rules require, then the windows. */
  scanPlain(blob, beforeRule, scoped, skip) {
    const { rules, matched } = this.select(blob.bytes, scoped, skip);
    if (rules.length === 0) return { blobId: blob.id, matches: [], binary: false, matched, diagnostics: [] };
    const { ruleSet } = this;
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    let wholeText;
    const structured = this.hasStructured && rules.some((r) => ruleSet.rules[r].structured);
    if (structured) {
      wholeText = bytes.toString("latin1");
      if (yamlModule === void 0 && mayHoldSecret(wholeText)) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    }
    if (this.hasRe2 && !isRe2Loaded() && rules.some((r) => ruleSet.rules[r].spec.syntax === "re2")) {
      return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    }
    let matches = [];
    let diagnostics = [];
    let anchorsOf;
    if (this.hits) {
      anchorsOf = /* @__PURE__ */ new Map();
      const byKeyword = startsByKeyword(this.hits.starts);
      for (const r of rules) {
        const anchors = ruleSet.rules[r].anchors;
        if (anchors) anchorsOf.set(r, startsOf(byKeyword, anchors));
      }
    }
    for (const window of textWindows(bytes)) {
      const text = window.whole && wholeText !== void 0 ? wholeText : bytes.toString("latin1", window.start, window.end);
      const found = window.whole ? matches : [];
      this.runWindow(blob.id, text, window.start, window.end, rules, anchorsOf, found, diagnostics, beforeRule);
      if (!window.whole && found.length > 0) {
        const { ownedLines, lineOffset } = window.lines();
        keepOwned(found, ownedLines, lineOffset, matches);
      }
    }
    if (structured && yamlModule && wholeText !== void 0) {
      const lines = new LineIndex(wholeText);
      const allows = new AllowComments(wholeText, lines);
      for (const r of rules) {
        const rule = ruleSet.rules[r];
        if (rule.structured !== "kubernetes-secret") continue;
        beforeRule?.(r);
        runKubernetesSecret(yamlModule, wholeText, new MatchSink(rule, blob.id, wholeText, lines, allows, matches, diagnostics));
      }
    }
    if (bytes.length > WINDOW_OWNED) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
  }
  /**
   * The rules to run on these bytes, ascending (the order matches are recorded in). `matched` counts blobs the
   * prefilter lets through for some rule, whether or not the path-limited rules run on this pass: the count must not
   * depend on which path a blob was first read at.
   */
  select(bytes, scoped, skip) {
    const { ruleSet, candidate, found, hits } = this;
    found.fill(0);
    const rules = [];
    let matched = false;
    const consider = (r) => {
      matched = true;
      if (!scoped && ruleSet.rules[r].pathScoped || candidate[r] === 1 || skip?.has(r)) return;
      candidate[r] = 1;
      rules.push(r);
    };
    for (const r of ruleSet.alwaysRun) consider(r);
    if (hits) hits.starts.length = 0;
    if (ruleSet.prefilter.scan(bytes, found, hits) > 0) {
      for (let k = 0; k < found.length; k++) if (found[k] !== 0) for (const r of ruleSet.rulesByKeyword[k]) consider(r);
    }
    if (this.requiredRules.length > 0) {
      this.requiredOnly.fill(0);
      for (const r of this.requiredRules) {
        if (candidate[r] === 1 || skip?.has(r) || !scoped && ruleSet.rules[r].pathScoped) continue;
        candidate[r] = 1;
        this.requiredOnly[r] = 1;
        rules.push(r);
      }
    }
    for (const r of rules) candidate[r] = 0;
    rules.sort((a, b) => a - b);
    return { rules, matched };
  }
  /** Every selected rule over one window's text (bytes [from, to) of the blob), matches into `found`. */
  runWindow(blobId, text, from, to, rules, anchorsOf, found, diagnostics, beforeRule) {
    const lines = new LineIndex(text);
    const allows = new AllowComments(text, lines);
    const credentialSinks = /* @__PURE__ */ new Map();
    const credentialStarts = [];
    let view;
    for (const r of rules) {
      const rule = this.ruleSet.rules[r];
      const requiredOnly = this.requiredOnly[r] === 1;
      if (rule.spec.syntax === "re2") {
        beforeRule?.(r);
        runRe2(rule.re2, rule.spec.secretGroup, view ??= unicodeView(text), new MatchSink(rule, blobId, text, lines, allows, found, diagnostics, requiredOnly));
        continue;
      }
      if (!rule.regex && !rule.credential) continue;
      beforeRule?.(r);
      const sink = new MatchSink(rule, blobId, text, lines, allows, found, diagnostics, requiredOnly);
      if (rule.credential) {
        credentialSinks.set(rule.credential, (hit) => sink.add(hit.value, hit.start, hit.end, false, hit.confidence));
        const starts2 = anchorsOf?.get(r);
        if (starts2) credentialStarts.push(starts2);
        continue;
      }
      const starts = requiredOnly ? void 0 : anchorsOf?.get(r);
      if (starts && rule.sticky) runAnchored(rule.sticky, starts, from, to, rule.spec.secretGroup, sink);
      else if (rule.regex) runRegex(rule.regex, rule.spec.secretGroup, sink);
    }
    findCredentials(text, credentialSinks, anchorsOf ? { starts: credentialStarts, from } : void 0);
  }
};
function mayNameSecret(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.indexOf("ecret") !== -1 || buf.indexOf("ECRET") !== -1;
}

// src/engine/pool.ts
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var BATCH_BYTES = 1 << 20;
var SHARED_BYTES = 2 << 20;

// src/engine/worker.ts
var init = workerData;
if (init.prefilter) {
  const stored = init.prefilter;
  usePrecomputed({ prefilter: () => stored, globs: () => void 0 });
}
var detector = createDetector(init.rules, {
  ...init.decodeDepth !== void 0 ? { decodeDepth: init.decodeDepth } : {},
  ...init.archives !== void 0 ? { archives: init.archives } : {}
});
var beat = new Int32Array(init.heartbeat);
var shared = init.shared.map((buffer) => new Uint8Array(buffer));
if (detector.needsModules) await detector.load();
parentPort?.on("message", (message) => {
  const bytes = message.shared !== void 0 ? shared[message.shared] : new Uint8Array(message.buffer);
  const flags = new Uint8Array(message.ids.length);
  const details = [];
  message.ids.forEach((id, i) => {
    Atomics.store(beat, 0, message.batch);
    Atomics.store(beat, 1, i);
    Atomics.store(beat, 2, -1);
    Atomics.add(beat, 3, 1);
    const blob = { id, bytes: bytes.subarray(message.spans[2 * i], message.spans[2 * i + 1]) };
    const skip = message.skip?.[i];
    const onMember = () => void Atomics.add(beat, 3, 1);
    const result = detector.scan(blob, (rule) => Atomics.store(beat, 2, rule), message.scoped[i] !== 0, skip ? new Set(skip) : void 0, onMember);
    flags[i] = (result.binary ? FLAG_BINARY : 0) | (result.matched ? FLAG_MATCHED : 0);
    if (result.matches.length > 0 || result.diagnostics.length > 0) details.push({ index: i, matches: result.matches, diagnostics: result.diagnostics });
  });
  Atomics.store(beat, 1, -1);
  const reply = { batch: message.batch, flags, details };
  parentPort?.postMessage(reply);
});
