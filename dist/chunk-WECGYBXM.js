import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/engine/allowlist.ts
var TEMPLATE = /^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;
var ENV_LOOKUP = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;
var PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|…|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;
var SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "1234567890"];
function isPlaceholder(secret) {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || PLACEHOLDER_WORDS.test(secret)) return true;
  const body = secret.replace(/^(?:[A-Za-z0-9]{1,10}[_-]){1,3}/, "");
  if (body.length >= 4 && /^(.{1,3})\1+.{0,2}$/s.test(body)) return true;
  const lower = body.toLowerCase();
  return lower.length >= 8 && SEQUENCES.some((seq) => seq.startsWith(lower));
}

// src/engine/binary.ts
var SNIFF_BYTES = 8e3;
function isBinary(bytes) {
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}

// src/engine/prefilter.ts
function buildPrefilter(keywords) {
  const words = keywords.map((k) => Buffer.from(k.toLowerCase(), "latin1"));
  const goto = [/* @__PURE__ */ new Map()];
  const out = [[]];
  words.forEach((word, index) => {
    let s = 0;
    for (const byte of word) {
      let next2 = goto[s].get(byte);
      if (next2 === void 0) {
        next2 = goto.length;
        goto.push(/* @__PURE__ */ new Map());
        out.push([]);
        goto[s].set(byte, next2);
      }
      s = next2;
    }
    out[s].push(index);
  });
  const count = goto.length;
  const fail = new Int32Array(count);
  const order = [];
  const queue = [];
  for (const next2 of goto[0].values()) {
    fail[next2] = 0;
    queue.push(next2);
  }
  while (queue.length > 0) {
    const s = queue.shift();
    order.push(s);
    for (const [byte, next2] of goto[s]) {
      let f = fail[s];
      while (f !== 0 && !goto[f].has(byte)) f = fail[f];
      const candidate = goto[f].get(byte);
      fail[next2] = candidate !== void 0 && candidate !== next2 ? candidate : 0;
      out[next2].push(...out[fail[next2]]);
      queue.push(next2);
    }
  }
  const delta = new Int32Array(count * 256);
  for (let b = 0; b < 256; b++) delta[b] = goto[0].get(b) ?? 0;
  for (const s of order) {
    for (let b = 0; b < 256; b++) {
      const direct = goto[s].get(b);
      delta[s * 256 + b] = direct !== void 0 ? direct : delta[fail[s] * 256 + b];
    }
  }
  const renumber = new Int32Array(count);
  let next = 0;
  for (let s = 0; s < count; s++) if (out[s].length === 0) renumber[s] = next++;
  const firstOutput = next;
  for (let s = 0; s < count; s++) if (out[s].length > 0) renumber[s] = next++;
  const table = new Int32Array(count * 256);
  const outputs = new Array(count);
  for (let s = 0; s < count; s++) {
    const row = renumber[s] * 256;
    for (let b = 0; b < 256; b++) {
      const lower = b >= 65 && b <= 90 ? b + 32 : b;
      table[row + b] = renumber[delta[s * 256 + lower]];
    }
    outputs[renumber[s]] = Int32Array.from(new Set(out[s]));
  }
  const total = words.length;
  return {
    keywords: keywords.map((k) => k.toLowerCase()),
    scan(bytes, found) {
      let distinct = 0;
      if (total === 0) return 0;
      let s = 0;
      const n = bytes.length;
      for (let i = 0; i < n; i++) {
        s = table[s << 8 | bytes[i]];
        if (s >= firstOutput) {
          const hits = outputs[s];
          for (let j = 0; j < hits.length; j++) {
            const k = hits[j];
            if (found[k] === 0) {
              found[k] = 1;
              if (++distinct === total) return distinct;
            }
          }
        }
      }
      return distinct;
    }
  };
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
var VALIDATORS = {
  "crc32-base62": hasCrc32Suffix,
  jwt: isJwtShaped
};

// src/engine/compile.ts
function compileAllowValue(source) {
  return source.startsWith("(?i)") ? new RegExp(source.slice(4), "i") : new RegExp(source);
}
function compileRules(specs) {
  const problems = [];
  const keywordIndex = /* @__PURE__ */ new Map();
  const rulesByKeyword = [];
  const alwaysRun = [];
  const rules = [];
  for (const spec of specs) {
    let regex;
    try {
      regex = new RegExp(spec.pattern, `gd${spec.flags}`);
    } catch (error) {
      problems.push(`${spec.source}: rule ${spec.id}: pattern does not compile: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const validate = spec.validate === void 0 ? void 0 : VALIDATORS[spec.validate];
    if (spec.validate !== void 0 && !validate) {
      problems.push(
        `${spec.source}: rule ${spec.id}: validate: unknown validator "${spec.validate}"; expected one of ${Object.keys(VALIDATORS).join(", ")}`
      );
    }
    const allow = spec.allowValues.map(compileAllowValue);
    rules.push({ spec, index: rules.length, regex, allow, validate });
    if (spec.keywords.length === 0) alwaysRun.push(rules.length - 1);
    for (const keyword of spec.keywords) {
      let k = keywordIndex.get(keyword);
      if (k === void 0) {
        k = keywordIndex.size;
        keywordIndex.set(keyword, k);
        rulesByKeyword.push([]);
      }
      rulesByKeyword[k].push(rules.length - 1);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return { rules, prefilter: buildPrefilter([...keywordIndex.keys()]), rulesByKeyword, alwaysRun };
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

// src/engine/detect.ts
var MAX_MATCHES_PER_RULE = 200;
var SNIPPET_CONTEXT = 80;
function createDetector(specs) {
  const ruleSet = compileRules(specs);
  const found = new Uint8Array(ruleSet.prefilter.keywords.length);
  const candidate = new Uint8Array(ruleSet.rules.length);
  return {
    ruleSet,
    scan(blob, beforeRule) {
      if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
      found.fill(0);
      candidate.fill(0);
      let any = ruleSet.alwaysRun.length > 0;
      if (ruleSet.prefilter.scan(blob.bytes, found) > 0) {
        for (let k = 0; k < found.length; k++) {
          if (found[k] === 0) continue;
          for (const r of ruleSet.rulesByKeyword[k]) candidate[r] = 1;
          any = true;
        }
      }
      if (!any) return { blobId: blob.id, matches: [], binary: false, matched: false, diagnostics: [] };
      for (const r of ruleSet.alwaysRun) candidate[r] = 1;
      const text = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength).toString("latin1");
      const lines = new LineIndex(text);
      const matches = [];
      const diagnostics = [];
      for (let r = 0; r < candidate.length; r++) {
        if (candidate[r] === 0) continue;
        beforeRule?.(r);
        runRule(ruleSet.rules[r], blob.id, text, lines, matches, diagnostics);
      }
      return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
    }
  };
}
function runRule(rule, blobId, text, lines, matches, diagnostics) {
  const { regex, spec } = rule;
  regex.lastIndex = 0;
  let count = 0;
  let m;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const secret = m[spec.secretGroup];
    const span = m.indices?.[spec.secretGroup];
    if (!secret || !span) continue;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== void 0 && entropy < spec.minEntropy) continue;
    if (rule.validate && !rule.validate(secret)) continue;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) continue;
    if (rule.allow.some((re) => re.test(secret))) continue;
    if (++count > MAX_MATCHES_PER_RULE) {
      diagnostics.push({
        code: "match-limit",
        blobId,
        ruleId: spec.id,
        detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${spec.id} in one blob; the rest are not reported`
      });
      break;
    }
    const [start, end] = span;
    const startPos = lines.position(start);
    const endPos = lines.position(end);
    const lineStart = lines.lineStart(startPos.line);
    const lineEnd = lines.lineEnd(startPos.line);
    const from = Math.max(lineStart, start - SNIPPET_CONTEXT);
    const to = Math.min(lineEnd, Math.max(end, start) + SNIPPET_CONTEXT);
    matches.push({
      ruleId: spec.id,
      blobId,
      secret: utf8(secret),
      line: startPos.line,
      column: utf16Column(text, lines.lineStart(startPos.line), start),
      endLine: endPos.line,
      endColumn: utf16Column(text, lines.lineStart(endPos.line), end),
      snippet: utf8(text.slice(from, to)).replace(/\r$/, ""),
      entropy: Math.round(entropy * 100) / 100
    });
  }
}
function utf8(latin1) {
  return /[^\u0000-\u007f]/.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
}
function utf16Column(text, lineStart, offset) {
  return utf8(text.slice(lineStart, offset)).length + 1;
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
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  lineStart(line) {
    return this.build()[line - 1];
  }
  lineEnd(line) {
    const next = this.build()[line];
    return next === void 0 ? this.text.length : next - 1;
  }
};

export {
  crc32,
  base62,
  createDetector
};
