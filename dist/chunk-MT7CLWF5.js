import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-P4CRFPQL.js";
import {
  SEVERITIES
} from "./chunk-MUH7D3S2.js";
import {
  compileAllowValue,
  compileRules,
  precomputedGlobs
} from "./chunk-AYVBC2TM.js";
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/engine/overlap.ts
function specificity(rule) {
  if (rule.tags.includes("generic")) return 0;
  if (rule.kind === "credential") return 1;
  return 2;
}
var PRECISION_RANK = { "very-high": 3, high: 2, medium: 1, low: 0 };
function overlaps(a, b) {
  const aStart = a.line * 1e7 + a.column;
  const aEnd = a.endLine * 1e7 + a.endColumn;
  const bStart = b.line * 1e7 + b.column;
  const bEnd = b.endLine * 1e7 + b.endColumn;
  return aStart < bEnd && bStart < aEnd;
}
function resolveOverlaps(matches, ruleOf) {
  if (matches.length < 2) return [...matches];
  const rank = (m) => {
    const rule = ruleOf(m.ruleId);
    return rule ? [specificity(rule), PRECISION_RANK[rule.precision]] : [0, 0];
  };
  return matches.filter(
    (m, i) => !matches.some((other, j) => {
      if (j === i || other.ruleId === m.ruleId || !overlaps(m, other)) return false;
      const [a0, a1] = rank(m);
      const [b0, b1] = rank(other);
      if (b0 !== a0) return b0 > a0;
      if (b1 !== a1) return b1 > a1;
      return other.ruleId < m.ruleId;
    })
  );
}

// src/engine/globs.ts
async function globsTest(globs) {
  const known = precomputedGlobs();
  const regexes = globs.every((g) => known.has(g)) ? compiled(globs.map((g) => known.get(g))) : void 0;
  if (regexes) {
    return (path) => path !== "" && globs.some((glob, i) => path === glob || regexes[i].test(path));
  }
  const { default: picomatch } = await import("./chunk-YLINAKD2.js");
  return picomatch([...globs], { dot: true });
}
function compiled(sources) {
  try {
    return sources.map((source) => new RegExp(source));
  } catch {
    return void 0;
  }
}
async function globSource(glob) {
  const known = precomputedGlobs().get(glob);
  if (known !== void 0 && compiled([known])) return known;
  const { default: picomatch } = await import("./chunk-YLINAKD2.js");
  return picomatch.makeRe(glob, { dot: true }).source;
}

// src/engine/paths.ts
function hasPathLimits(rule) {
  return rule.paths.length > 0 || rule.excludePaths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0 || (rule.excludePathRegexes?.length ?? 0) > 0;
}
async function compilePathTests(rules) {
  const tests = /* @__PURE__ */ new Map();
  const scoped = rules.filter(hasPathLimits);
  if (scoped.length === 0) return tests;
  for (const rule of scoped) {
    const checks = [];
    if (rule.paths.length > 0) checks.push(await globsTest(rule.paths));
    if (rule.excludePaths.length > 0) {
      const exclude = await globsTest(rule.excludePaths);
      checks.push((path) => !exclude(path));
    }
    if (rule.pathRegexes && rule.pathRegexes.length > 0) {
      const include = rule.pathRegexes.map(compileAllowValue);
      checks.push((path) => include.some((re) => re.test(path)));
    }
    if (rule.excludePathRegexes && rule.excludePathRegexes.length > 0) {
      const exclude = rule.excludePathRegexes.map(compileAllowValue);
      checks.push((path) => !exclude.some((re) => re.test(path)));
    }
    tests.set(rule.id, (path) => checks.every((check) => check(path)));
  }
  return tests;
}
function isBaseGlob(glob) {
  return glob.startsWith("**/") && !glob.slice(3).includes("/");
}
async function compileAnyGlob(globs) {
  if (globs.length === 0) return () => false;
  const alternation = async (patterns) => patterns.length === 0 ? void 0 : new RegExp((await Promise.all(patterns.map(globSource))).map((source) => `(?:${source})`).join("|"));
  const bases = globs.filter(isBaseGlob).map((g) => g.slice(3));
  const paths = globs.filter((g) => !isBaseGlob(g));
  const baseRe = await alternation(bases);
  const pathRe = await alternation(paths);
  const literal = new Set(globs);
  return (path) => literal.has(path) || (baseRe?.test(path.slice(path.lastIndexOf("/") + 1)) ?? false) || (pathRe?.test(path) ?? false);
}

// src/engine/allowlist.ts
var TEMPLATE = /\{[A-Za-z0-9_]+:[^{}\s]{1,40}\}|^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;
var ENV_LOOKUP = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;
var PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|\u2026|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;
var SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "1234567890"];
function isPlaceholder(secret) {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || PLACEHOLDER_WORDS.test(secret)) return true;
  const body = secret.replace(/^(?:[A-Za-z0-9]{1,10}[_-]){1,3}/, "");
  if (body.length >= 4 && /^(.{1,3})\1+.{0,2}$/s.test(body)) return true;
  const lower2 = body.toLowerCase();
  return lower2.length >= 8 && SEQUENCES.some((seq) => seq.startsWith(lower2));
}

// src/engine/binary.ts
var SNIFF_BYTES = 8e3;
function isBinary(bytes) {
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
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

// src/engine/detect.ts
var MAX_MATCHES_PER_RULE = 200;
var SNIPPET_CONTEXT = 80;
var yamlModule;
function createDetector(specs) {
  const ruleSet = compileRules(specs);
  const found = new Uint8Array(ruleSet.prefilter.keywords.length);
  const candidate = new Uint8Array(ruleSet.rules.length);
  const hasStructured = ruleSet.rules.some((r) => r.structured !== void 0);
  const hits = ruleSet.anchorWant ? { want: ruleSet.anchorWant, starts: [] } : void 0;
  return {
    ruleSet,
    get needsModules() {
      return hasStructured && yamlModule === void 0;
    },
    async load() {
      const mod = await import("./chunk-MSQZDJTP.js");
      yamlModule ??= typeof mod.parseAllDocuments === "function" ? mod : mod.default;
    },
    scan(blob, beforeRule, scoped = true) {
      if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
      const regions = blob.focus && !(hasStructured && mayNameSecret(blob.bytes)) ? focusRegions(blob.bytes, blob.focus) : void 0;
      if (regions) return scanRegions(blob, regions, beforeRule, scoped);
      return scanWhole(blob, beforeRule, scoped);
    }
  };
  function scanRegions(blob, regions, beforeRule, scoped) {
    let matches = [];
    let diagnostics = [];
    let matched = false;
    for (const region of regions) {
      const part = scanWhole({ id: blob.id, bytes: blob.bytes.subarray(region.start, region.end) }, beforeRule, scoped);
      if (part.needsLoad) return part;
      matched ||= part.matched;
      keepOwned(part.matches, { ...region, whole: false, ownedLines: Infinity }, matches);
      diagnostics.push(...part.diagnostics);
    }
    if (regions.length > 1) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched, diagnostics };
  }
  function scanWhole(blob, beforeRule, scoped) {
    found.fill(0);
    candidate.fill(0);
    let any = false;
    let matched = false;
    for (const r of ruleSet.alwaysRun) {
      matched = true;
      if (!scoped && ruleSet.rules[r].pathScoped) continue;
      candidate[r] = 1;
      any = true;
    }
    if (hits) hits.starts.length = 0;
    if (ruleSet.prefilter.scan(blob.bytes, found, hits) > 0) {
      for (let k = 0; k < found.length; k++) {
        if (found[k] === 0) continue;
        for (const r of ruleSet.rulesByKeyword[k]) {
          matched = true;
          if (!scoped && ruleSet.rules[r].pathScoped) continue;
          candidate[r] = 1;
          any = true;
        }
      }
    }
    if (!any) return { blobId: blob.id, matches: [], binary: false, matched, diagnostics: [] };
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    let wholeText;
    let structured = false;
    if (hasStructured) {
      for (let r = 0; r < candidate.length; r++) if (candidate[r] === 1 && ruleSet.rules[r].structured) structured = true;
    }
    if (structured) {
      wholeText = bytes.toString("latin1");
      if (yamlModule === void 0 && mayHoldSecret(wholeText)) {
        return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
      }
    }
    let matches = [];
    let diagnostics = [];
    let anchorsOf;
    if (hits) {
      anchorsOf = /* @__PURE__ */ new Map();
      for (let r = 0; r < candidate.length; r++) {
        const anchors = ruleSet.rules[r].anchors;
        if (candidate[r] === 1 && anchors) anchorsOf.set(r, startsOf(hits.starts, anchors));
      }
    }
    for (const window of textWindows(bytes)) {
      const text = window.whole && wholeText !== void 0 ? wholeText : bytes.toString("latin1", window.start, window.end);
      const lines = new LineIndex(text);
      const allows = new AllowComments(text, lines);
      const found2 = window.whole ? matches : [];
      for (let r = 0; r < candidate.length; r++) {
        const rule = ruleSet.rules[r];
        if (candidate[r] === 0 || !rule.regex) continue;
        beforeRule?.(r);
        const sink = new MatchSink(rule, blob.id, text, lines, allows, found2, diagnostics);
        const starts = anchorsOf?.get(r);
        if (starts && rule.sticky) runAnchored(rule.sticky, starts, window.start, window.end, rule.spec.secretGroup, sink);
        else runRegex(rule.regex, rule.spec.secretGroup, sink);
      }
      if (!window.whole) keepOwned(found2, window, matches);
    }
    if (structured && yamlModule && wholeText !== void 0) {
      const lines = new LineIndex(wholeText);
      const allows = new AllowComments(wholeText, lines);
      for (let r = 0; r < candidate.length; r++) {
        const rule = ruleSet.rules[r];
        if (candidate[r] === 0 || rule.structured !== "kubernetes-secret") continue;
        beforeRule?.(r);
        runKubernetesSecret(yamlModule, wholeText, new MatchSink(rule, blob.id, wholeText, lines, allows, matches, diagnostics));
      }
    }
    if (bytes.length > WINDOW_OWNED) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
  }
}
var FOCUS_MAX_SHARE = 0.6;
function mayNameSecret(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.indexOf("ecret") !== -1 || buf.indexOf("ECRET") !== -1;
}
function focusRegions(bytes, focus) {
  const n = bytes.length;
  if (n <= 2 * WINDOW_OVERLAP) return void 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = [0];
  let searched = 0;
  const extend = (pos, line) => {
    while (searched < n && (searched <= pos || starts.length <= line)) {
      const at = buf.indexOf(10, searched);
      searched = at === -1 ? n : at + 1;
      if (searched < n) starts.push(searched);
    }
  };
  const lineAt = (pos) => {
    extend(pos, 0);
    return lineIndexAt(starts, pos);
  };
  const regions = [];
  let covered = 0;
  let previousLast = 0;
  for (const [first, last] of focus) {
    if (first < 1 || first <= previousLast || last < first) return void 0;
    previousLast = last;
    extend(0, last);
    if (first > starts.length) break;
    const from = starts[first - 1];
    const to = last < starts.length ? starts[last] : n;
    const startLine = lineAt(Math.max(0, from - WINDOW_OVERLAP));
    const endLine = lineAt(Math.min(n - 1, to + WINDOW_OVERLAP));
    extend(0, endLine + 1);
    const start = starts[startLine];
    const end = endLine + 1 < starts.length ? starts[endLine + 1] : n;
    const previous = regions.at(-1);
    if (previous && start <= previous.end) {
      covered += Math.max(0, end - previous.end);
      previous.end = Math.max(previous.end, end);
    } else {
      covered += end - start;
      regions.push({ start, end, lineOffset: startLine });
    }
  }
  return covered > n * FOCUS_MAX_SHARE ? void 0 : regions;
}
var WINDOW_OWNED = 96 * 1024;
var WINDOW_OVERLAP = 16 * 1024;
function* textWindows(bytes) {
  const n = bytes.length;
  if (n <= WINDOW_OWNED) {
    yield { start: 0, end: n, whole: true, ownedLines: Infinity, lineOffset: 0 };
    return;
  }
  const nextLineStart = (at) => {
    if (at >= n) return n;
    const eol = bytes.indexOf(10, at);
    return eol === -1 ? n : eol + 1;
  };
  let start = 0;
  let lineOffset = 0;
  while (start < n) {
    const ownedEnd = nextLineStart(start + WINDOW_OWNED);
    let ownedLines = 0;
    for (let at = bytes.indexOf(10, start); at !== -1 && at < ownedEnd; at = bytes.indexOf(10, at + 1)) ownedLines++;
    const last = ownedEnd >= n;
    yield { start, end: last ? n : nextLineStart(ownedEnd + WINDOW_OVERLAP), whole: false, ownedLines: last ? Infinity : ownedLines, lineOffset };
    start = ownedEnd;
    lineOffset += ownedLines;
  }
}
function keepOwned(found, window, into) {
  for (const m of found) {
    if (m.line > window.ownedLines) continue;
    into.push({ ...m, line: m.line + window.lineOffset, endLine: m.endLine + window.lineOffset });
  }
}
function mergeWindows(matches, diagnostics, ruleSet, blobId) {
  const order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i]));
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
    others.push({
      code: "match-limit",
      blobId,
      ruleId,
      detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId} in one blob; the rest are not reported`
    });
  }
  return [kept, others];
}
async function scanBlob(detector, blob, beforeRule, scoped = true) {
  const result = detector.scan(blob, beforeRule, scoped);
  if (!result.needsLoad) return result;
  await detector.load();
  return detector.scan(blob, beforeRule, scoped);
}
function startsOf(starts, anchors) {
  const out = [];
  for (let i = 0; i < starts.length; i += 2) if (anchors.has(starts[i + 1])) out.push(starts[i]);
  const sorted = Int32Array.from(out).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.subarray(0, n);
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
    const secret = m[secretGroup];
    const span = m.indices?.[secretGroup];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1])) break;
  }
}
function runRegex(regex, secretGroup, sink) {
  regex.lastIndex = 0;
  let m;
  while ((m = regex.exec(sink.text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const secret = m[secretGroup];
    const span = m.indices?.[secretGroup];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1])) break;
  }
}
function runKubernetesSecret(yaml, text, sink) {
  for (const hit of findSecretValues(yaml, text)) {
    if (hit.encoded) {
      const decoded = Buffer.from(hit.value, "base64").toString("utf8");
      if (/^[A-Za-z0-9+/=\s]+$/.test(hit.value) && (decoded.trim() === "" || isPlaceholder(decoded) || /\{\{|\$\{/.test(decoded))) continue;
    }
    if (!sink.add(hit.value, hit.start, hit.end, true)) break;
  }
}
var MatchSink = class {
  constructor(rule, blobId, text, lines, allows, matches, diagnostics) {
    this.rule = rule;
    this.blobId = blobId;
    this.text = text;
    this.lines = lines;
    this.allows = allows;
    this.matches = matches;
    this.diagnostics = diagnostics;
  }
  rule;
  blobId;
  text;
  lines;
  allows;
  matches;
  diagnostics;
  count = 0;
  /**
   * Considers `secret` found at [start, end) of the text (for structured detectors `secret` is the parsed value,
   * which may differ from the characters there); returns false once the rule's match limit is reached.
   */
  add(secret, start, end, parsed = false) {
    const { spec } = this.rule;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== void 0 && entropy < spec.minEntropy) return true;
    if (this.rule.validate && !this.rule.validate(secret)) return true;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) return true;
    if (this.rule.allow.some((re) => re.test(secret))) return true;
    if (++this.count > MAX_MATCHES_PER_RULE) {
      this.diagnostics.push({
        code: "match-limit",
        blobId: this.blobId,
        ruleId: spec.id,
        detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${spec.id} in one blob; the rest are not reported`
      });
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
      ...allowed ? { allowed } : {}
    });
    return true;
  }
};
var AllowComments = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
    this.any = text.includes(ALLOW_HINT);
  }
  text;
  lines;
  byLine = /* @__PURE__ */ new Map();
  any;
  /** The allow comment covering a match of `ruleId` on its first or last line, if any. */
  covering(ruleId, firstLine, lastLine) {
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

// src/engine/file-rules.ts
var EMPTY_BLOB_ID = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
var u32le = (b, at) => (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
var u32be = (b, at) => (b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]) >>> 0;
var u16le = (b, at) => b[at] | b[at + 1] << 8;
var MAGIC_VERIFIERS = {
  pe: (b) => b.length >= 64 && u32le(b, 60) + 4 <= b.length && u32be(b, u32le(b, 60)) === 1346699264,
  "java-class": (b) => b.length >= 8 && (b[6] << 8 | b[7]) >= 45 && (b[6] << 8 | b[7]) < 100,
  "macho-fat": (b) => b.length >= 8 && u32be(b, 4) > 0 && u32be(b, 4) < 30,
  // CPython's magic numbers: 3000-3999 for Python 3, 62211 for 2.7, followed by \r\n.
  pyc: (b) => b.length >= 16 && (u16le(b, 0) >= 3e3 && u16le(b, 0) < 4e3 || u16le(b, 0) === 62211)
};
var LFS_POINTER_PREFIXES = ["version https://git-lfs.github.com/spec/", "version https://hawser.github.com/spec/"].map((p) => Buffer.from(p, "latin1"));
var LFS_POINTER_MAX = 1024;
var ENCRYPTED = [
  { name: "git-crypt", prefix: Buffer.from("\0GITCRYPT\0", "latin1") },
  { name: "ansible-vault", prefix: Buffer.from("$ANSIBLE_VAULT;", "latin1") },
  { name: "age", prefix: Buffer.from("age-encryption.org/v1\n", "latin1") },
  { name: "age", prefix: Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----", "latin1") },
  { name: "pgp", prefix: Buffer.from("-----BEGIN PGP MESSAGE-----", "latin1") },
  // OpenPGP packet headers of a public-key or symmetric-key encrypted session key (old and new formats).
  ...[132, 133, 140, 193, 195].map((b) => ({ name: "pgp", prefix: Buffer.from([b]), binary: true }))
];
function startsWith(head, prefix, offset = 0) {
  if (head.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (head[offset + i] !== prefix[i]) return false;
  return true;
}
function lower(severity) {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)];
}
var FileRuleSet = class _FileRuleSet {
  constructor(rules, magics, pathRules, artefactRules, largeRules, folders, named) {
    this.rules = rules;
    this.magics = magics;
    this.pathRules = pathRules;
    this.artefactRules = artefactRules;
    this.largeRules = largeRules;
    this.folders = folders;
    this.named = named;
    const thresholds = largeRules.flatMap((r) => r.limits.flatMap((l) => [l.warn, l.error])).filter((n) => n !== void 0 && Number.isFinite(n));
    this.minLargeSize = thresholds.length > 0 ? Math.min(...thresholds) : Infinity;
  }
  rules;
  magics;
  pathRules;
  artefactRules;
  largeRules;
  folders;
  named;
  /** Smallest size that some large-blob threshold reports. */
  minLargeSize;
  /**
   * Compiles the file-level rules of `rules` (others are ignored). `extraLimits` come before every large-blob rule's
   * own limits (the CLI's --size-limit). Throws on an unknown `verify` name.
   */
  static async compile(rules, extraLimits = []) {
    const fileRules = rules.filter((r) => r.detector !== void 0 && r.detector !== "kubernetes-secret");
    const globs = async (patterns, empty) => patterns.length === 0 ? () => empty : await globsTest(patterns);
    const pathRule = async (rule) => ({ rule, include: await globs(rule.paths, true), exclude: await globs(rule.excludePaths, false) });
    const magics = [];
    const problems = [];
    const pathRules = [];
    const artefactRules = /* @__PURE__ */ new Map();
    const largeRules = [];
    const folders = /* @__PURE__ */ new Map();
    for (const rule of fileRules) {
      if (rule.detector === "file") pathRules.push(await pathRule(rule));
      if (rule.detector === "binary-artefact") {
        const compiled2 = await pathRule(rule);
        artefactRules.set(rule.id, compiled2);
        if (rule.paths.length > 0) pathRules.push(compiled2);
        for (const magic of rule.magic ?? []) {
          const verify = magic.verify === void 0 ? void 0 : MAGIC_VERIFIERS[magic.verify];
          if (magic.verify !== void 0 && !verify) {
            problems.push(`${rule.source}: rule ${rule.id}: magic "${magic.name}": unknown verify "${magic.verify}"; expected one of ${Object.keys(MAGIC_VERIFIERS).join(", ")}`);
          }
          magics.push(compileMagic(rule.id, magic, verify));
        }
      }
      if (rule.detector === "large-blob") {
        const compileLimit = async (l, fromPack) => ({
          test: await globs(l.paths, true),
          ...l.warn !== void 0 ? { warn: l.warn } : {},
          ...l.error !== void 0 ? { error: l.error } : {},
          fromPack
        });
        const own = await Promise.all((rule.sizeLimits ?? []).map((l) => compileLimit(l, true)));
        const limits = [...await Promise.all(extraLimits.map((l) => compileLimit(l, false))), ...own];
        const limitFor = (path) => {
          const first = limits.find((l) => l.test(path));
          if (!first || first.fromPack || first.error !== void 0) return first;
          const packError = own.find((l) => l.test(path))?.error;
          return packError === void 0 ? first : { ...first, error: Math.max(packError, first.warn ?? 0) };
        };
        largeRules.push({ rule: await pathRule(rule), limits, limitFor });
      }
      if (rule.detector === "dependency-folder") {
        for (const spec of rule.folders ?? []) {
          if (!folders.has(spec.name)) folders.set(spec.name, { rule, spec, evidence: spec.evidence.length > 0 ? await globs(spec.evidence, false) : void 0 });
        }
      }
    }
    if (problems.length > 0) throw new ConfigError(problems.join("\n"));
    const named = await compileAnyGlob(pathRules.flatMap((r) => r.rule.paths));
    return new _FileRuleSet(fileRules, magics, pathRules, artefactRules, largeRules, folders, named);
  }
  /** What a blob's size and first bytes tell (its head: at least the first 8 KiB, or all of a smaller blob). */
  inspect(head, size) {
    const binary = isBinary(head);
    const lfsPointer = !binary && size <= LFS_POINTER_MAX && LFS_POINTER_PREFIXES.some((p) => startsWith(head, p));
    const encrypted = ENCRYPTED.find((e) => startsWith(head, e.prefix) && (!e.binary || binary))?.name;
    const magic = [];
    for (const m of this.magics) {
      if (m.binary && !binary) continue;
      if (!startsWith(head, m.bytes, m.offset) || m.verify && !m.verify(head)) continue;
      if (!magic.some((x) => x.ruleId === m.ruleId)) magic.push({ ruleId: m.ruleId, name: m.name });
    }
    return {
      size,
      binary,
      lfsPointer,
      ...encrypted !== void 0 ? { encrypted } : {},
      ...magic.length > 0 ? { magic } : {}
    };
  }
  /**
   * Facts worth keeping until the paths are known: notable content, or a blob first seen at a path that some name
   * rule takes (so that its finding can say its size). Everything else is an ordinary small text blob.
   */
  isNotable(facts, path) {
    return facts.size >= this.minLargeSize || facts.binary || facts.lfsPointer || facts.encrypted !== void 0 || facts.magic !== void 0 || facts.size === 0 || path !== void 0 && this.named(path);
  }
  /**
   * Whether the path alone can bring a blob into some hit (a name rule takes it, or it lies under a dependency
   * folder's name): every blob at such a path counts, whatever its facts.
   */
  looksAt(path) {
    if (this.named(path)) return true;
    if (this.folders.size === 0) return false;
    let start = 0;
    for (let end = path.indexOf("/"); end !== -1; end = path.indexOf("/", start)) {
      if (this.folders.has(path.slice(start, end))) return true;
      start = end + 1;
    }
    return false;
  }
  /** Rules whose hits depend on whether a path is tracked by Git LFS. */
  isLfsSensitive(rule) {
    return rule.detector === "large-blob" || rule.detector === "binary-artefact";
  }
  /**
   * Every hit of the file rules over the paths of a scan; `facts` gives the notable facts of a blob (undefined for
   * an ordinary small text blob). LFS pointers are never hits; whether a path is tracked by LFS is the caller's
   * (it depends on the commit), see scan-files.ts.
   */
  evaluate(files, facts) {
    const hits = /* @__PURE__ */ new Map();
    const add = (rule, path, version, byName) => {
      const key = `${rule.id}\0${path}`;
      let hit = hits.get(key);
      if (!hit) hits.set(key, hit = { rule, path, versions: /* @__PURE__ */ new Map(), byName: false });
      hit.byName ||= byName;
      const prior = hit.versions.get(version.blobId);
      hit.versions.set(version.blobId, prior?.magic ? prior : version);
    };
    const roots = /* @__PURE__ */ new Map();
    for (const { path, blobIds } of files) {
      if (this.folders.size > 0) this.noteFolders(path, blobIds, roots);
      for (const pr of this.pathRules) {
        if (!pr.include(path) || pr.exclude(path)) continue;
        for (const blobId of blobIds) {
          const f = facts(blobId);
          if (blobId === EMPTY_BLOB_ID || f?.size === 0 || f?.lfsPointer) continue;
          if (pr.rule.kind === "credential" && f?.encrypted !== void 0) continue;
          const magic = f?.magic?.find((m) => m.ruleId === pr.rule.id)?.name;
          add(pr.rule, path, { blobId, ...f ? { size: f.size } : {}, ...magic ? { magic } : {} }, true);
        }
      }
      for (const blobId of blobIds) {
        const f = facts(blobId);
        if (!f || f.lfsPointer) continue;
        for (const m of f.magic ?? []) {
          const pr = this.artefactRules.get(m.ruleId);
          if (pr && !pr.exclude(path)) add(pr.rule, path, { blobId, size: f.size, magic: m.name }, false);
        }
        if (f.size < this.minLargeSize) continue;
        for (const { rule, limitFor } of this.largeRules) {
          if (!rule.include(path) || rule.exclude(path)) continue;
          const limit = limitFor(path);
          const floor = Math.min(limit?.warn ?? Infinity, limit?.error ?? Infinity);
          if (f.size >= floor) add(rule.rule, path, { blobId, size: f.size }, false);
        }
      }
    }
    const out = [...hits.values()].map((h) => ({ rule: h.rule, path: h.path, versions: [...h.versions.values()], byName: h.byName }));
    const folderRoots = this.acceptedRoots(roots);
    for (const [root, info] of folderRoots) {
      out.push({ rule: info.rule, path: `${root}/`, versions: [...info.blobIds].map((blobId) => ({ blobId })), byName: true, files: info.files });
    }
    return this.suppressCovered(out, [...folderRoots.keys()]);
  }
  /** Records, for each dependency-folder name among the path's directories, the root it makes and whether it has evidence. */
  noteFolders(path, blobIds, roots) {
    let end = path.indexOf("/");
    while (end !== -1) {
      const start = path.lastIndexOf("/", end - 1) + 1;
      const folder = this.folders.get(path.slice(start, end));
      if (folder) {
        const root = path.slice(0, end);
        let info = roots.get(root);
        if (!info) roots.set(root, info = { rule: folder.rule, files: 0, blobIds: /* @__PURE__ */ new Set(), evidenced: !folder.evidence, evidence: folder.evidence });
        info.files++;
        for (const id of blobIds) info.blobIds.add(id);
        if (!info.evidenced && info.evidence?.(path.slice(end + 1))) info.evidenced = true;
      }
      end = path.indexOf("/", end + 1);
    }
  }
  /** Roots with their evidence, outermost only (node_modules inside node_modules is one finding). */
  acceptedRoots(roots) {
    const accepted = [...roots].filter(([, info]) => info.evidenced).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1));
    const kept = /* @__PURE__ */ new Map();
    for (const [root, info] of accepted) {
      if (![...kept.keys()].some((outer) => root.startsWith(`${outer}/`))) kept.set(root, info);
    }
    return kept;
  }
  /**
   * Drops what another hit already says: hygiene file and artefact hits inside a committed dependency folder, and an
   * artefact hit by name alone where a credential file rule names the same path (a .tfstate.backup is one finding).
   */
  suppressCovered(hits, roots) {
    const credentialPaths = new Set(hits.filter((h) => h.rule.kind === "credential").map((h) => h.path));
    const inRoot = (path) => roots.some((root) => path.startsWith(`${root}/`));
    return hits.filter((h) => {
      if (h.files !== void 0) return true;
      const coverable = h.rule.detector === "binary-artefact" || h.rule.detector === "file" && h.rule.kind === "hygiene";
      if (coverable && inRoot(h.path)) return false;
      if (h.rule.detector === "binary-artefact" && h.versions.every((v) => !v.magic) && credentialPaths.has(h.path)) return false;
      return true;
    });
  }
  /** Severity, size and message of a hit (after the caller dropped versions tracked by LFS); undefined if none is left. */
  summarize(hit) {
    const { rule, versions } = hit;
    if (versions.length === 0) return void 0;
    const sizes = versions.map((v) => v.size).filter((s) => s !== void 0);
    const size = sizes.length > 0 ? Math.max(...sizes) : void 0;
    const sized = size === void 0 ? "" : formatBytes(size);
    if (hit.files !== void 0) {
      return { severity: rule.severity, message: `${hit.files.toLocaleString("en-US")} file${hit.files === 1 ? "" : "s"} under ${hit.path}` };
    }
    if (rule.detector === "large-blob" && size !== void 0) {
      const limit = this.largeRules.find((r) => r.rule.rule === rule)?.limitFor(hit.path);
      const isError = limit?.error !== void 0 && size >= limit.error;
      const threshold = isError ? limit?.error : limit?.warn;
      const total = sizes.reduce((a, b) => a + b, 0);
      const more = versions.length > 1 ? `; ${versions.length} versions over the limit, ${formatBytes(total)} in all` : "";
      return {
        severity: isError ? rule.severity : lower(rule.severity),
        size,
        message: `${sized}${threshold !== void 0 ? `, over the ${formatBytes(threshold)} ${isError ? "error" : "warning"} limit` : ""}${more}`
      };
    }
    if (rule.detector === "binary-artefact") {
      const names = [...new Set(versions.map((v) => v.magic).filter((m) => m !== void 0))];
      const what = names.length > 0 ? names.join(", ") : `by name (${extension(hit.path)})`;
      return { severity: rule.severity, ...size !== void 0 ? { size } : {}, message: sized ? `${what}, ${sized}` : what };
    }
    return { severity: rule.severity, ...size !== void 0 ? { size } : {}, message: sized ? `committed, ${sized}` : "committed" };
  }
};
function extension(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.indexOf(".", 1);
  return dot === -1 ? name : `*${name.slice(dot)}`;
}
function compileMagic(ruleId, magic, verify) {
  return { ruleId, name: magic.name, offset: magic.offset, bytes: Buffer.from(magic.bytes, "hex"), binary: magic.binary, verify };
}

export {
  resolveOverlaps,
  compilePathTests,
  compileAnyGlob,
  createDetector,
  scanBlob,
  FileRuleSet
};
