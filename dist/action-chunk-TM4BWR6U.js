import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  deepFreeze
} from "./action-chunk-DUBRKRO7.js";
import {
  ConfigError
} from "./action-chunk-O7PUBUA5.js";
import "./action-chunk-ND6KTPYW.js";

// src/config/gitleaks.ts
const { readFileSync } = require("node:fs");
const { dirname, resolve } = require("node:path");
import { parse, TomlError } from "./vendor/smol-toml.cjs";

// src/config/go-regex.ts
var POSIX = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
function escapeLiteral(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
function translateGoRegex(pattern) {
  let source = pattern;
  const flags = /* @__PURE__ */ new Set();
  let note;
  for (let m = /^\(\?([imsU]+)\)/.exec(source); m; m = /^\(\?([imsU]+)\)/.exec(source)) {
    for (const f of m[1]) {
      if (f === "U") throw new Error("the ungreedy flag (?U) has no JavaScript equivalent");
      flags.add(f);
    }
    source = source.slice(m[0].length);
  }
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1];
      if (next === void 0) throw new Error("trailing backslash");
      if (next === "Q") {
        const end = source.indexOf("\\E", i + 2);
        const literal = source.slice(i + 2, end === -1 ? source.length : end);
        out += escapeLiteral(literal);
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (!inClass && next === "A") {
        out += "(?<![\\s\\S])";
        i++;
        continue;
      }
      if (!inClass && next === "z") {
        out += "(?![\\s\\S])";
        i++;
        continue;
      }
      if (next === "x" && source[i + 2] === "{") {
        const end = source.indexOf("}", i + 3);
        const hex = end === -1 ? "" : source.slice(i + 3, end);
        if (!/^[0-9A-Fa-f]{1,4}$/.test(hex)) throw new Error(`unsupported escape \\x{${hex}}`);
        out += `\\u${hex.padStart(4, "0")}`;
        i = end;
        continue;
      }
      if (next === "p" || next === "P") throw new Error("Unicode classes (\\p) are not supported");
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && source[i + 1] === ":") {
        const end = source.indexOf(":]", i + 2);
        const name = end === -1 ? "" : source.slice(i + 2, end);
        const negated = name.startsWith("^");
        const range = POSIX[negated ? name.slice(1) : name];
        if (!range || negated) throw new Error(`unsupported character class [:${name}:]`);
        out += range;
        i = end + 1;
        continue;
      }
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (source[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (source[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      if (source[i + 2] === "P" && source[i + 3] === "<") {
        out += "(?<";
        i += 3;
        continue;
      }
      const group = /^\(\?([a-zA-Z-]+)([:)])/.exec(source.slice(i));
      if (group) {
        if (group[2] === ":" && group[1] === "i") {
          flags.add("i");
          note = "a case-insensitive group (?i:...) was applied to the whole pattern";
          out += "(?:";
          i += group[0].length - 1;
          continue;
        }
        throw new Error(`inline flags (?${group[1]}${group[2]} are not supported in the middle of a pattern`);
      }
    }
    out += c;
  }
  const result = { source: out, flags: [...flags].filter((f) => f !== "U").sort().join("") };
  try {
    new RegExp(result.source, `gd${result.flags}`);
  } catch (error) {
    throw new Error(`does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  return note ? { ...result, note } : result;
}

// src/config/gitleaks.ts
var TOP_FIELDS = /* @__PURE__ */ new Set(["title", "description", "minVersion", "extend", "rules", "allowlist", "allowlists"]);
var EXTEND_FIELDS = /* @__PURE__ */ new Set(["useDefault", "path", "disabledRules"]);
var RULE_FIELDS = /* @__PURE__ */ new Set(["id", "description", "regex", "secretGroup", "entropy", "keywords", "path", "tags", "allowlist", "allowlists", "required"]);
var ALLOWLIST_FIELDS = /* @__PURE__ */ new Set(["description", "condition", "commits", "paths", "regexes", "regexTarget", "stopwords"]);
var MAX_EXTEND_DEPTH = 2;
var REMEDIATION = [
  "1. **Revoke or rotate the credential now**; assume it is compromised, since every clone and fork holds a copy.",
  "2. Replace it in code with a lookup from a secret store or an environment variable.",
  "3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push."
].join("\n");
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  problems = [];
  warnings = [];
  problem(field, message, value) {
    this.problems.push(`${this.file}: ${field}: ${message}, got ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`);
  }
  warn(field, message) {
    this.warnings.push(`${this.file}: ${field}: ${message}`);
  }
  unknownFields(table, known, where) {
    for (const key of Object.keys(table)) {
      if (!known.has(key)) this.warn(`${where}${where ? "." : ""}${key}`, "not supported by leakgate; ignored");
    }
  }
  string(table, key, where) {
    const value = table[key];
    if (value === void 0) return void 0;
    if (typeof value !== "string") {
      this.problem(`${where}.${key}`, "expected a string", value);
      return void 0;
    }
    return value;
  }
  strings(table, key, where) {
    const value = table[key];
    if (value === void 0) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      this.problem(`${where}.${key}`, "expected an array of strings", value);
      return [];
    }
    return value;
  }
  number(table, key, where, min, max) {
    const value = table[key];
    if (value === void 0) return void 0;
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max) {
      this.problem(`${where}.${key}`, `expected a number from ${min} to ${max}`, typeof value === "bigint" ? Number(value) : value);
      return void 0;
    }
    return n;
  }
  /** A Go regex as JavaScript source (a leading `(?i)` kept for allowlist patterns), or undefined with a warning. */
  regex(source, where, forAllowlist) {
    try {
      const translated = translateGoRegex(source);
      if (translated.note) this.warn(where, translated.note);
      if (forAllowlist) {
        const other = translated.flags.replace("i", "");
        if (other) this.warn(where, `flags "${other}" are not supported in allowlist patterns; ignored`);
        return { source: translated.flags.includes("i") ? `(?i)${translated.source}` : translated.source, flags: "" };
      }
      return translated;
    } catch (error) {
      this.warn(where, `${error instanceof Error ? error.message : String(error)}; skipped`);
      return void 0;
    }
  }
};
function stopwordPattern(word) {
  return `(?i)${word.toLowerCase().replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")}`;
}
function readAllowlist(reader, table, where, global) {
  if (!isTable(table)) {
    reader.problem(where, "expected a table", table);
    return void 0;
  }
  reader.unknownFields(table, global ? /* @__PURE__ */ new Set([...ALLOWLIST_FIELDS, "targetRules"]) : ALLOWLIST_FIELDS, where);
  const condition = (reader.string(table, "condition", where) ?? "OR").toUpperCase();
  if (condition !== "OR" && condition !== "AND") reader.problem(`${where}.condition`, 'expected "OR" or "AND"', table.condition);
  const target = reader.string(table, "regexTarget", where) ?? "secret";
  if (!["secret", "match", "line"].includes(target)) reader.problem(`${where}.regexTarget`, 'expected "secret", "match" or "line"', target);
  const commits = reader.strings(table, "commits", where);
  const paths = reader.strings(table, "paths", where);
  let regexes = reader.strings(table, "regexes", where);
  const stopwords = reader.strings(table, "stopwords", where);
  if (commits.length > 0) {
    reader.warn(`${where}.commits`, "commit allowlists are not supported (leakgate findings are keyed on content, not commits); use .leakgateignore fingerprints instead");
  }
  if (regexes.length > 0 && target !== "secret") {
    reader.warn(`${where}.regexTarget`, `regexTarget "${target}" is not supported (only "secret"); these regexes are ignored`);
    regexes = [];
  }
  const kinds = [paths.length > 0, regexes.length > 0, stopwords.length > 0, commits.length > 0].filter(Boolean).length;
  if (condition === "AND" && kinds > 1) {
    reader.warn(`${where}.condition`, "an AND allowlist over several criteria is not supported; the allowlist is ignored (more findings, never fewer)");
    return void 0;
  }
  const pathRegexes = paths.flatMap((p, i) => reader.regex(p, `${where}.paths[${i}]`, true)?.source ?? []);
  const valueRegexes = [
    ...regexes.flatMap((r, i) => reader.regex(r, `${where}.regexes[${i}]`, true)?.source ?? []),
    ...stopwords.map(stopwordPattern)
  ];
  const targetRules = global ? reader.strings(table, "targetRules", where) : [];
  return targetRules.length > 0 ? { pathRegexes, valueRegexes, targetRules } : { pathRegexes, valueRegexes };
}
function readAllowlists(reader, table, where, global) {
  const out = [];
  if (table.allowlist !== void 0) {
    const one = readAllowlist(reader, table.allowlist, `${where}${where ? "." : ""}allowlist`, global);
    if (one) out.push(one);
  }
  if (table.allowlists !== void 0) {
    if (!Array.isArray(table.allowlists)) reader.problem(`${where}${where ? "." : ""}allowlists`, "expected an array of tables", table.allowlists);
    else {
      table.allowlists.forEach((entry, i) => {
        const one = readAllowlist(reader, entry, `${where}${where ? "." : ""}allowlists[${i}]`, global);
        if (one) out.push(one);
      });
    }
  }
  return out;
}
function groupCount(source, flags) {
  return (new RegExp(`${source}|`, flags).exec("")?.length ?? 1) - 1;
}
function readRule(reader, table, index) {
  const where = `rules[${index}]`;
  if (!isTable(table)) {
    reader.problem(where, "expected a table", table);
    return void 0;
  }
  const id = reader.string(table, "id", where);
  if (!id) {
    if (table.id === void 0) reader.problem(`${where}.id`, "expected a rule id", void 0);
    return void 0;
  }
  const at = `${where} (${id})`;
  reader.unknownFields(table, RULE_FIELDS, at);
  if (table.required !== void 0) {
    reader.warn(`${at}.required`, "composite rules are not supported; the rule reports on its own regex alone (more findings, never fewer)");
  }
  const regexSource = reader.string(table, "regex", at);
  const pathSource = reader.string(table, "path", at);
  const secretGroup = reader.number(table, "secretGroup", at, 0, 50);
  const entropy = reader.number(table, "entropy", at, 0, 8);
  const keywords = reader.strings(table, "keywords", at);
  const tags = reader.strings(table, "tags", at);
  const description = reader.string(table, "description", at) ?? id;
  const allowlists = readAllowlists(reader, table, at, false);
  if (regexSource === void 0) {
    if (pathSource !== void 0) reader.warn(at, "rules with only a `path` (file-name rules) are not supported; the rule is skipped");
    else if (table.regex === void 0) reader.problem(`${at}.regex`, "expected a regex (or a path)", void 0);
    return void 0;
  }
  const regex = reader.regex(regexSource, `${at}.regex`, false);
  if (!regex) return void 0;
  const groups = groupCount(regex.source, regex.flags);
  let group = secretGroup ?? 0;
  if (secretGroup !== void 0 && secretGroup > groups) {
    reader.problem(`${at}.secretGroup`, `expected a group number from 0 to ${groups}`, secretGroup);
    return void 0;
  }
  if (secretGroup === void 0 && groups > 0) {
    group = 1;
    if (groups > 1) reader.warn(`${at}.secretGroup`, "not set and the regex has several groups: leakgate takes group 1 (gitleaks takes the first non-empty group)");
  }
  const path = pathSource === void 0 ? void 0 : reader.regex(pathSource, `${at}.path`, true);
  if (pathSource !== void 0 && !path) return void 0;
  return deepFreeze({
    id,
    kind: "secret",
    description,
    severity: "high",
    precision: "medium",
    confidence: "medium",
    keywords: [...new Set(keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0))],
    pattern: regex.source,
    flags: regex.flags,
    secretGroup: group,
    ...entropy !== void 0 && entropy > 0 ? { minEntropy: entropy } : {},
    allowValues: allowlists.flatMap((a) => a.valueRegexes),
    paths: [],
    excludePaths: [],
    ...path ? { pathRegexes: [path.source] } : {},
    excludePathRegexes: allowlists.flatMap((a) => a.pathRegexes),
    skipPlaceholderCheck: false,
    tags,
    references: [],
    remediation: REMEDIATION,
    examples: { match: [], ignore: [] },
    source: reader.file
  });
}
function parseGitleaksConfig(text, file, absolutePath, depth = 0) {
  let doc;
  try {
    doc = parse(text);
  } catch (error) {
    if (error instanceof TomlError) throw new ConfigError(`${file}:${error.line}:${error.column}: ${error.message.split("\n")[0]}`);
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reader = new Reader(file);
  reader.unknownFields(doc, TOP_FIELDS, "");
  let useDefault = false;
  let disabledRules = [];
  let base;
  if (doc.extend !== void 0) {
    if (!isTable(doc.extend)) reader.problem("extend", "expected a table", doc.extend);
    else {
      reader.unknownFields(doc.extend, EXTEND_FIELDS, "extend");
      if (doc.extend.useDefault !== void 0 && typeof doc.extend.useDefault !== "boolean") {
        reader.problem("extend.useDefault", "expected true or false", doc.extend.useDefault);
      }
      useDefault = doc.extend.useDefault === true;
      disabledRules = reader.strings(doc.extend, "disabledRules", "extend");
      const extendPath = reader.string(doc.extend, "path", "extend");
      if (extendPath !== void 0) {
        if (depth >= MAX_EXTEND_DEPTH) reader.warn("extend.path", `configs extend at most ${MAX_EXTEND_DEPTH} levels deep; ${extendPath} is not read`);
        else {
          const target = resolve(absolutePath ? dirname(absolutePath) : ".", extendPath);
          let baseText;
          try {
            baseText = readFileSync(target, "utf8");
          } catch (error) {
            throw new ConfigError(`${file}: extend.path: cannot read ${extendPath}: ${error.code ?? String(error)}`);
          }
          base = parseGitleaksConfig(baseText, extendPath, target, depth + 1);
        }
      }
    }
  }
  const rules = [];
  if (doc.rules !== void 0 && !Array.isArray(doc.rules)) reader.problem("rules", "expected an array of tables ([[rules]])", doc.rules);
  const seen = /* @__PURE__ */ new Set();
  (Array.isArray(doc.rules) ? doc.rules : []).forEach((table, i) => {
    const rule = readRule(reader, table, i);
    if (!rule) return;
    if (seen.has(rule.id)) reader.problem(`rules[${i}].id`, "duplicate rule id; ids must be unique", rule.id);
    seen.add(rule.id);
    rules.push(rule);
  });
  const allowlists = readAllowlists(reader, doc, "", true);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems.join("\n"));
  if (!base) return { file, useDefault, disabledRules, rules, allowlists, warnings: reader.warnings };
  const disabled = new Set(disabledRules);
  const own = new Set(rules.map((r) => r.id));
  return {
    file,
    useDefault: useDefault || base.useDefault,
    disabledRules: [...base.disabledRules, ...disabledRules],
    rules: [...base.rules.filter((r) => !own.has(r.id) && !disabled.has(r.id)), ...rules],
    allowlists: [...base.allowlists, ...allowlists],
    warnings: [...base.warnings, ...reader.warnings]
  };
}
export {
  parseGitleaksConfig
};
