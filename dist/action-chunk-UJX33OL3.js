import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  ConfigError
} from "./action-chunk-O7PUBUA5.js";

// src/engine/precomputed.ts
var readers;
var prefilter;
var globs;
var extraGlobs = /* @__PURE__ */ new Map();
function addGlobSources(sources) {
  if (!sources || typeof sources !== "object" || Array.isArray(sources)) return;
  for (const [glob, source] of Object.entries(sources)) {
    if (typeof source !== "string") continue;
    extraGlobs.set(glob, source);
    globs?.set(glob, source);
  }
}
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
function precomputedGlobs() {
  if (globs) return globs;
  const table = process.platform === "win32" ? void 0 : safely(() => readers?.globs());
  const map = new Map(process.platform === "win32" ? [] : extraGlobs);
  if (table && typeof table === "object" && !Array.isArray(table)) {
    for (const [glob, source] of Object.entries(table)) if (typeof source === "string") map.set(glob, source);
  }
  return globs = map;
}
function safely(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
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
var coldBytes = 0;
function prefilterFrom(tables) {
  const { keywords: lowered, firstOutput, table, outputs } = tables;
  const total = lowered.length;
  const longest = lowered.reduce((max, word) => Math.max(max, word.length), 0);
  const lengths = Int32Array.from(lowered, (word) => word.length);
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
      if (n < 4096 || coldBytes < COLD_BYTES) {
        coldBytes += n;
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
  if (payload.length !== 36) return false;
  const body = payload.slice(0, 30);
  const check = payload.slice(30);
  const crc = crc32(body);
  return base62(crc, 6) === check || base62(crc, 6, BASE62_LOWER_FIRST) === check;
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
  jwt: isJwtShaped,
  "basic-auth-base64": isBasicAuthBase64
};

// src/engine/compile.ts
function literalPattern(value) {
  const bytes = Buffer.from(value, "utf8").toString("latin1");
  return `^${bytes.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")}$`;
}
var LITERAL_PATTERN = /^\^(?:\\[\\^$.*+?()[\]{}|/-]|[^\\^$.*+?()[\]{}|/-])*\$$/;
function isLiteralPattern(pattern) {
  return LITERAL_PATTERN.test(pattern);
}
function compileAllowValue(source) {
  return source.startsWith("(?i)") ? new RegExp(source.slice(4), "i") : new RegExp(source);
}
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
  for (const spec of specs) {
    const validate = spec.validate === void 0 ? void 0 : VALIDATORS[spec.validate];
    if (spec.validate !== void 0 && !validate) {
      problems.push(
        `${spec.source}: rule ${spec.id}: validate: unknown validator "${spec.validate}"; expected one of ${Object.keys(VALIDATORS).join(", ")}`
      );
    }
    let allow;
    const allowOf = () => allow ??= compiling(spec, "allowValues", () => spec.allowValues.map(compileAllowValue));
    const index = rules.length;
    if (spec.detector !== void 0) {
      const structured = spec.detector === "kubernetes-secret" ? spec.detector : void 0;
      rules.push({
        spec,
        index,
        regex: void 0,
        anchors: void 0,
        sticky: void 0,
        structured,
        pathScoped: spec.paths.length > 0,
        get allow() {
          return allowOf();
        },
        validate
      });
      if (structured) for (const keyword of spec.keywords) addKeyword(keyword, index);
      continue;
    }
    let regex;
    let sticky;
    if (spec.keywords.length === 0) alwaysRun.push(index);
    const keywordIds = spec.keywords.map((keyword) => addKeyword(keyword, index));
    const anchors = spec.startsWithKeyword === true && keywordIds.length > 0 ? new Set(keywordIds) : void 0;
    for (const k of anchors ?? []) anchorKeywords.add(k);
    rules.push({
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
    });
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  let anchorWant;
  if (anchorKeywords.size > 0) {
    anchorWant = new Uint8Array(keywordIndex.size);
    for (const k of anchorKeywords) anchorWant[k] = 1;
  }
  return { rules, prefilter: buildPrefilter([...keywordIndex.keys()], precomputedPrefilter()), rulesByKeyword, alwaysRun, anchorWant };
}

export {
  addGlobSources,
  usePrecomputed,
  precomputedGlobs,
  literalPattern,
  isLiteralPattern,
  compileAllowValue,
  compileRules
};
