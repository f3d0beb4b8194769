import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FileRuleSet,
  compilePathTests,
  createDetector,
  resolveOverlaps,
  scanBlob
} from "./chunk-MT7CLWF5.js";
import "./chunk-P4CRFPQL.js";
import {
  FILE_DETECTORS
} from "./chunk-MUH7D3S2.js";
import {
  base62,
  crc32
} from "./chunk-AYVBC2TM.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/rule-check.ts
const { createHash } = require("node:crypto");

// src/rule-examples.ts
var ALPHABETS = {
  random: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lowernum: "abcdefghijklmnopqrstuvwxyz0123456789",
  uppernum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  digits: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
};
var PLACEHOLDER_NAMES = [...Object.keys(ALPHABETS), "crc32", "jwt"];
var PLACEHOLDER = /\{([a-zA-Z0-9]+):([^{}]+)\}/g;
function generator(seed) {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = h << 13 | h >>> 19;
  }
  let state = h >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomText(alphabet, length, next) {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}
function expandExample(template, seed) {
  const next = generator(seed);
  return template.replace(PLACEHOLDER, (whole, name, arg) => {
    const length = Number(arg);
    if (!Number.isInteger(length) || length < 1 || length > 1e4) throw new Error(`bad placeholder ${whole}: expected a length`);
    if (name === "crc32") {
      const body = randomText(ALPHABETS.random, length, next);
      return body + base62(crc32(body), 6);
    }
    if (name === "jwt") {
      const segment = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
      const subject = randomText(ALPHABETS.random, length, next);
      return `${segment({ alg: "HS256", typ: "JWT" })}.${segment({ sub: subject, iat: 17e8 })}.${randomText(ALPHABETS.base64url, 43, next)}`;
    }
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown placeholder ${whole}; expected one of ${PLACEHOLDER_NAMES.join(", ")}`);
    return randomText(alphabet, length, next);
  });
}
function materializeExample(example, seed) {
  if (typeof example === "string") return { path: "example.txt", text: expandExample(example, seed) };
  return { path: example.path, text: expandExample(example.text, seed) };
}

// src/rule-check.ts
var MIN_KEYWORD_LENGTH = 3;
function exampleText(example) {
  return typeof example === "string" ? example : example.text;
}
function isFileRule(rule) {
  return rule.detector !== void 0 && FILE_DETECTORS.includes(rule.detector);
}
function runFileExample(ruleSet, rule, example, seed) {
  if (typeof example === "string") return { count: -1, text: example };
  const bytes = example.head !== void 0 ? Buffer.from(expandExample(example.head, seed), "latin1") : Buffer.from(expandExample(example.text, seed), "utf8");
  const size = Math.max(example.size ?? bytes.byteLength, bytes.byteLength);
  const id = createHash("sha1").update(`blob ${size}\0`).update(bytes).digest("hex");
  const facts = ruleSet.inspect(bytes, size);
  const hits = ruleSet.evaluate([{ path: example.path, blobIds: [id] }], (blobId) => blobId === id && ruleSet.isNotable(facts) ? facts : void 0);
  const count = hits.filter((h) => h.rule.id === rule.id && ruleSet.summarize(h) !== void 0).length;
  return { count, text: `${example.path} (${size} bytes)` };
}
function expandedText(example, seed) {
  try {
    return materializeExample(example, seed).text;
  } catch {
    return exampleText(example);
  }
}
function lintRule(rule) {
  const problems = [];
  const where = `${rule.source}: ${rule.id}`;
  for (const keyword of rule.keywords) {
    if (keyword.length < MIN_KEYWORD_LENGTH) {
      problems.push(`${where}: keyword "${keyword}" is shorter than ${MIN_KEYWORD_LENGTH} characters; it would let almost every file through the prefilter`);
    }
    if (!rule.examples.match.some((e, i) => expandedText(e, `${rule.id}/match/${i}`).toLowerCase().includes(keyword))) {
      problems.push(`${where}: keyword "${keyword}" occurs in no match example; add an example that exercises it`);
    }
  }
  rule.examples.match.forEach((example, i) => {
    const original = expandedText(example, `${rule.id}/match/${i}`);
    const text = original.toLowerCase();
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => text.includes(k))) {
      problems.push(`${where}: examples.match[${i}] holds none of the keywords [${rule.keywords.join(", ")}]; the prefilter would hide it`);
    }
  });
  if (rule.startsWithKeyword && rule.pattern) {
    const sticky = new RegExp(rule.pattern, `y${rule.flags}`);
    for (const kind of ["match", "ignore"]) {
      rule.examples[kind].forEach((example, i) => {
        const text = expandedText(example, `${rule.id}/${kind}/${i}`);
        for (let at = 0; at < text.length; at++) {
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (m && !rule.keywords.some((k) => text.slice(at, at + k.length).toLowerCase() === k)) {
            problems.push(`${where}: startsWithKeyword, but in examples.${kind}[${i}] the pattern matches "${m[0].slice(0, 40)}", which starts with none of the keywords`);
            break;
          }
        }
      });
    }
  }
  for (const kind of ["match", "ignore"]) {
    const seen = /* @__PURE__ */ new Set();
    rule.examples[kind].forEach((example, i) => {
      const key = JSON.stringify(example);
      if (seen.has(key)) problems.push(`${where}: examples.${kind}[${i}] is a duplicate`);
      seen.add(key);
    });
  }
  return problems;
}
async function runExamples(all, subjects) {
  const detector = createDetector(all);
  const fileRules = await FileRuleSet.compile(all);
  const tests = await compilePathTests(all);
  const byId = new Map(all.map((r) => [r.id, r]));
  const outcomes = [];
  for (const rule of subjects) {
    for (const kind of ["match", "ignore"]) {
      for (const [index, example] of rule.examples[kind].entries()) {
        let count = 0;
        let text = "";
        const seed = `${rule.id}/${kind}/${index}`;
        try {
          if (isFileRule(rule)) {
            ({ count, text } = runFileExample(fileRules, rule, example, seed));
          } else {
            const made = materializeExample(example, seed);
            text = made.text;
            const scan = await scanBlob(detector, { id: "example", bytes: Buffer.from(made.text, "utf8") });
            const kept = scan.matches.filter((m) => tests.get(m.ruleId)?.(made.path) ?? true);
            count = resolveOverlaps(kept, (id) => byId.get(id)).filter((m) => m.ruleId === rule.id).length;
          }
        } catch (error) {
          text = `${exampleText(example)} (${error instanceof Error ? error.message : String(error)})`;
          count = -1;
        }
        const ok = kind === "match" ? count === 1 : count === 0;
        outcomes.push({ ruleId: rule.id, kind, index, count, ok, text });
      }
    }
  }
  return outcomes;
}
async function checkRules(all, subjects) {
  const problems = subjects.flatMap(lintRule);
  for (const outcome of await runExamples(all, subjects)) {
    if (outcome.ok) continue;
    const rule = subjects.find((r) => r.id === outcome.ruleId);
    const expected = outcome.kind === "match" ? "exactly one finding" : "no finding";
    const got = outcome.count < 0 ? "an error" : `${outcome.count}`;
    problems.push(
      `${rule?.source ?? ""}: ${outcome.ruleId}: examples.${outcome.kind}[${outcome.index}] should give ${expected} of this rule, got ${got}: ${JSON.stringify(outcome.text.slice(0, 200))}`
    );
  }
  return problems;
}
export {
  MIN_KEYWORD_LENGTH,
  checkRules,
  lintRule,
  runExamples
};
