import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  compileRe2,
  deepFreeze
} from "./action-chunk-62KQBZLI.js";
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
  const flags = /* @__PURE__ */ new Set();
  let source = pattern;
  for (let m = /^\(\?([imsU]+)\)/.exec(source); m; m = /^\(\?([imsU]+)\)/.exec(source)) {
    for (const f of m[1]) {
      if (f === "U") throw new Error("the ungreedy flag (?U) has no JavaScript equivalent");
      flags.add(f);
    }
    source = source.slice(m[0].length);
  }
  let out = "";
  let note;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let step;
    if (c === "\\") step = escape(source, i, inClass);
    else if (inClass) {
      step = classPart(source, i);
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
      step = classOpening(source, i);
    } else if (c === "(" && source[i + 1] === "?") {
      step = groupOpening(source, i);
      if (step?.caseInsensitive) {
        flags.add("i");
        note = "a case-insensitive group (?i:...) was applied to the whole pattern";
      }
    }
    out += step ? step.text : c;
    if (step) i = step.last;
  }
  const result = { source: out, flags: [...flags].sort().join("") };
  try {
    new RegExp(result.source, `gd${result.flags}`);
  } catch (error) {
    throw new Error(`does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  return note ? { ...result, note } : result;
}
function escape(source, i, inClass) {
  const next = source[i + 1];
  if (next === void 0) throw new Error("trailing backslash");
  if (next === "Q") {
    const end = source.indexOf("\\E", i + 2);
    const literal = source.slice(i + 2, end === -1 ? source.length : end);
    return { text: escapeLiteral(literal), last: end === -1 ? source.length : end + 1 };
  }
  if (!inClass && next === "A") return { text: "(?<![\\s\\S])", last: i + 1 };
  if (!inClass && next === "z") return { text: "(?![\\s\\S])", last: i + 1 };
  if (next === "x" && source[i + 2] === "{") {
    const end = source.indexOf("}", i + 3);
    const hex = end === -1 ? "" : source.slice(i + 3, end);
    if (!/^[0-9A-Fa-f]{1,4}$/.test(hex)) throw new Error(`unsupported escape \\x{${hex}}`);
    return { text: `\\u${hex.padStart(4, "0")}`, last: end };
  }
  if (next === "p" || next === "P") throw new Error("Unicode classes (\\p) are not supported");
  return { text: `\\${next}`, last: i + 1 };
}
function classPart(source, i) {
  if (source[i] !== "[" || source[i + 1] !== ":") return void 0;
  const end = source.indexOf(":]", i + 2);
  const name = end === -1 ? "" : source.slice(i + 2, end);
  const negated = name.startsWith("^");
  const range = POSIX[negated ? name.slice(1) : name];
  if (!range || negated) throw new Error(`unsupported character class [:${name}:]`);
  return { text: range, last: end + 1 };
}
function classOpening(source, i) {
  let text = "[";
  let last = i;
  if (source[last + 1] === "^") {
    text += "^";
    last++;
  }
  if (source[last + 1] === "]") {
    text += "\\]";
    last++;
  }
  return { text, last };
}
function groupOpening(source, i) {
  if (source[i + 2] === "P" && source[i + 3] === "<") return { text: "(?<", last: i + 3 };
  const group = /^\(\?([a-zA-Z-]+)([:)])/.exec(source.slice(i));
  if (!group) return void 0;
  if (group[2] === ":" && group[1] === "i") return { text: "(?:", last: i + group[0].length - 1, caseInsensitive: true };
  throw new Error(`inline flags (?${group[1]}${group[2]} are not supported in the middle of a pattern`);
}

// src/config/gitleaks-reader.ts
var UNHONOURED = {
  filter: "betterleaks CEL filters cannot be evaluated by leakgate; express the filter as [[rules.allowlists]] (regexes, stopwords, paths, commits) instead",
  prefilter: "betterleaks CEL prefilters cannot be evaluated by leakgate; use [[allowlists]] paths or commits instead",
  tokenEfficiency: "betterleaks token-efficiency filtering has no exact equivalent in leakgate; remove it (or set it to false) and add stopwords or an entropy floor"
};
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function show(value) {
  return JSON.stringify(value, (_k, v) => typeof v === "bigint" ? Number(v) : v)?.slice(0, 80) ?? String(value);
}
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  problems = [];
  warnings = [];
  problem(field, message, value) {
    this.problems.push(`${this.file}: ${field}: ${message}, got ${show(value)}`);
  }
  warn(field, message) {
    this.warnings.push(`${this.file}: ${field}: ${message}`);
  }
  /** Fields not in `known`: an error naming them (a field leakgate would ignore could change what is reported). */
  unknownFields(table, known, where) {
    for (const key of Object.keys(table)) {
      if (known.has(key)) continue;
      const field = `${where}${where ? "." : ""}${key}`;
      const reason = UNHONOURED[key];
      if (reason && !(key === "tokenEfficiency" && table[key] === false)) this.problem(field, reason, table[key]);
      else if (!reason) this.problem(field, `not a field of a gitleaks config here; expected one of ${[...known].join(", ")}`, table[key]);
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
  boolean(table, key, where) {
    const value = table[key];
    if (value === void 0) return void 0;
    if (typeof value !== "boolean") {
      this.problem(`${where}.${key}`, "expected true or false", value);
      return void 0;
    }
    return value;
  }
  number(table, key, where, min, max, integer = false) {
    const value = table[key];
    if (value === void 0) return void 0;
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max || integer && !Number.isInteger(n)) {
      this.problem(`${where}.${key}`, `expected ${integer ? "a whole number" : "a number"} from ${min} to ${max}`, value);
      return void 0;
    }
    return n;
  }
  /** A rule's Go pattern, kept as written: it runs with Go's semantics in linear time (patterns/re2.ts). */
  ruleRegex(source, where) {
    try {
      return { source, groups: compileRe2(source).groupCount };
    } catch (error) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return void 0;
    }
  }
  /**
   * An allowlist or path pattern as an allow-value source (leading flags as a `(?ims)` group). A pattern widened in
   * translation would allow more than the config says: an error, like one that cannot be run.
   */
  allowRegex(source, where) {
    try {
      const translated = translateGoRegex(source);
      if (translated.note) {
        this.problem(where, `${translated.note}, which would allow more than the pattern says; expected a pattern whose flags apply to all of it`, source);
        return void 0;
      }
      const flags = translated.flags.replace(/[gdyuv]/g, "");
      return flags ? `(?${flags})${translated.source}` : translated.source;
    } catch (error) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return void 0;
    }
  }
};

// src/config/gitleaks-allowlists.ts
var ALLOWLIST_FIELDS = /* @__PURE__ */ new Set(["description", "condition", "commits", "paths", "regexes", "regexTarget", "stopwords"]);
var COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function readAllowlist(reader, table, where, global) {
  if (!isTable(table)) {
    reader.problem(where, "expected a table", table);
    return void 0;
  }
  const problemsBefore = reader.problems.length;
  reader.unknownFields(table, global ? /* @__PURE__ */ new Set([...ALLOWLIST_FIELDS, "targetRules"]) : ALLOWLIST_FIELDS, where);
  const conditionText = reader.string(table, "condition", where) ?? "OR";
  const condition = conditionText.toUpperCase();
  if (condition !== "OR" && condition !== "AND") reader.problem(`${where}.condition`, 'expected "OR" or "AND"', table.condition);
  const target = reader.string(table, "regexTarget", where) ?? "secret";
  if (target !== "secret" && target !== "match" && target !== "line") reader.problem(`${where}.regexTarget`, 'expected "secret", "match" or "line"', target);
  const commits = reader.strings(table, "commits", where).map((c) => c.trim().toLowerCase());
  commits.forEach((c, i) => {
    if (!COMMIT_ID.test(c)) reader.warn(`${where}.commits[${i}]`, `"${c}" is not a full commit id; gitleaks and leakgate compare whole ids, so it never matches`);
  });
  const paths = reader.strings(table, "paths", where).flatMap((p, i) => reader.allowRegex(p, `${where}.paths[${i}]`) ?? []);
  const regexes = reader.strings(table, "regexes", where).flatMap((r, i) => reader.allowRegex(r, `${where}.regexes[${i}]`) ?? []);
  const stopwords = reader.strings(table, "stopwords", where).map((w) => w.toLowerCase());
  const targetRules = global ? reader.strings(table, "targetRules", where) : [];
  if (paths.length + regexes.length + stopwords.length + commits.length === 0 && reader.problems.length === problemsBefore) {
    reader.problem(where, "an allowlist needs at least one of paths, regexes, stopwords or commits", table);
    return void 0;
  }
  return {
    allowlist: {
      condition: condition === "AND" ? "and" : "or",
      regexTarget: target === "match" || target === "line" ? target : "secret",
      regexes,
      stopwords,
      paths,
      commits
    },
    targetRules
  };
}
function readAllowlists(reader, table, where, global) {
  const out = [];
  const at = (key) => `${where}${where ? "." : ""}${key}`;
  if (table.allowlist !== void 0 && table.allowlists !== void 0) {
    reader.problem(at("allowlist"), "a table takes [allowlist] or [[allowlists]], not both", Object.keys(table).filter((k) => k.startsWith("allowlist")));
  }
  if (table.allowlist !== void 0) {
    const one = readAllowlist(reader, table.allowlist, at("allowlist"), global);
    if (one) out.push(one);
  }
  if (table.allowlists !== void 0) {
    if (!Array.isArray(table.allowlists)) reader.problem(at("allowlists"), "expected an array of tables ([[allowlists]])", table.allowlists);
    else {
      table.allowlists.forEach((entry, i) => {
        const one = readAllowlist(reader, entry, `${at("allowlists")}[${i}]`, global);
        if (one) out.push(one);
      });
    }
  }
  return out;
}
function splitAllowlist(allowlist) {
  const pathsOnly = allowlist.regexes.length === 0 && allowlist.stopwords.length === 0 && allowlist.commits.length === 0;
  if (allowlist.condition === "and" && !pathsOnly || allowlist.paths.length === 0) return { excludePathRegexes: [], rest: allowlist };
  const rest = { ...allowlist, paths: [] };
  const empty = rest.regexes.length === 0 && rest.stopwords.length === 0 && rest.commits.length === 0;
  return { excludePathRegexes: [...allowlist.paths], ...empty ? {} : { rest } };
}
function globalAllowlist(read) {
  const targetRules = read.targetRules.length > 0 ? { targetRules: read.targetRules } : {};
  const split = splitAllowlist(read.allowlist);
  if (read.targetRules.length > 0) {
    return { skipPaths: [], ...split.rest ? { allowlist: split.rest } : {}, ...split.excludePathRegexes.length > 0 ? { excludePathRegexes: split.excludePathRegexes } : {}, ...targetRules };
  }
  return { skipPaths: split.excludePathRegexes, ...split.rest ? { allowlist: split.rest } : {} };
}

// src/config/gitleaks-rules.ts
var RULE_FIELDS = /* @__PURE__ */ new Set([
  "id",
  "description",
  "regex",
  "secretGroup",
  "entropy",
  "keywords",
  "path",
  "tags",
  "allowlist",
  "allowlists",
  "required",
  "skipReport",
  // betterleaks: `validate` is checked below; `specificity` ranks overlapping rules.
  "validate",
  "specificity"
]);
var REQUIRED_FIELDS = /* @__PURE__ */ new Set(["id", "withinLines", "withinColumns"]);
var REMEDIATION = [
  "1. **Revoke or rotate the credential now**; assume it is compromised, since every clone and fork holds a copy.",
  "2. Replace it in code with a lookup from a secret store or an environment variable.",
  "3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push."
].join("\n");
function readRequired(reader, value, at) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) {
    reader.problem(`${at}.required`, "expected an array of tables ([[rules.required]])", value);
    return [];
  }
  const out = [];
  value.forEach((entry, i) => {
    const where = `${at}.required[${i}]`;
    if (!isTable(entry)) return reader.problem(where, "expected a table", entry);
    reader.unknownFields(entry, REQUIRED_FIELDS, where);
    const id = reader.string(entry, "id", where);
    if (!id) return reader.problem(`${where}.id`, "expected the id of the required rule", entry.id);
    const withinLines = reader.number(entry, "withinLines", where, 0, 1e6, true);
    const withinColumns = reader.number(entry, "withinColumns", where, 0, 1e6, true);
    out.push({ id, ...withinLines !== void 0 ? { withinLines } : {}, ...withinColumns !== void 0 ? { withinColumns } : {} });
  });
  return out;
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
  if (table.validate !== void 0) {
    if (typeof table.validate !== "string") reader.problem(`${at}.validate`, "expected a CEL expression (a string)", table.validate);
    else reader.warn(`${at}.validate`, "leakgate does not call providers to validate secrets; the rule reports what it matches, as betterleaks does without --validation");
  }
  const regexSource = reader.string(table, "regex", at);
  const pathSource = reader.string(table, "path", at);
  const secretGroup = reader.number(table, "secretGroup", at, 0, 50, true);
  const entropy = reader.number(table, "entropy", at, 0, 8);
  const keywords = reader.strings(table, "keywords", at);
  const tags = reader.strings(table, "tags", at);
  const description = reader.string(table, "description", at);
  const skipReport = reader.boolean(table, "skipReport", at);
  const specificity = reader.number(table, "specificity", at, -1e6, 1e6, true);
  const read = readAllowlists(reader, table, at, false);
  const excludePathRegexes = [];
  const allowlists = [];
  for (const { allowlist } of read) {
    const split = splitAllowlist(allowlist);
    excludePathRegexes.push(...split.excludePathRegexes);
    if (split.rest) allowlists.push(split.rest);
  }
  const required = readRequired(reader, table.required, at);
  const regex = regexSource === void 0 ? void 0 : reader.ruleRegex(regexSource, `${at}.regex`);
  const path = pathSource === void 0 ? void 0 : reader.allowRegex(pathSource, `${at}.path`);
  if (regex && secretGroup !== void 0 && secretGroup > regex.groups) {
    reader.problem(`${at}.secretGroup`, `expected a group number from 0 to ${regex.groups}`, secretGroup);
  }
  if (regexSource === void 0 && pathSource !== void 0) {
    if (allowlists.some((a) => a.regexes.length > 0 || a.stopwords.length > 0)) {
      reader.problem(`${at}.allowlists`, "a rule with only a path reports files, not values: its allowlists take paths and commits (regexes and stopwords have nothing to match)", Object.keys(table).filter((k) => k.startsWith("allowlist")));
    }
    for (const field of ["keywords", "required"]) {
      if (table[field] !== void 0) reader.problem(`${at}.${field}`, `a rule with only a path (no regex) takes no ${field}`, table[field]);
    }
    for (const field of ["secretGroup", "entropy"]) {
      if (table[field] !== void 0) reader.warn(`${at}.${field}`, "has no effect on a rule with only a path (no regex), as in gitleaks");
    }
  }
  return {
    id,
    where: `${reader.file}: ${at}`,
    ...description !== void 0 ? { description } : {},
    ...regex ? { regex } : {},
    ...secretGroup !== void 0 ? { secretGroup } : {},
    ...entropy !== void 0 ? { entropy } : {},
    ...path !== void 0 ? { path } : {},
    keywords,
    tags,
    allowlists,
    excludePathRegexes,
    required,
    ...skipReport !== void 0 ? { skipReport } : {},
    ...specificity !== void 0 ? { specificity } : {},
    given: Object.keys(table)
  };
}
function mergeRead(base, child) {
  const regex = child.regex ?? base.regex;
  const path = child.path ?? base.path;
  const description = child.description ?? base.description;
  const secretGroup = child.secretGroup ?? base.secretGroup;
  const entropy = child.entropy ?? base.entropy;
  const skipReport = child.skipReport ?? base.skipReport;
  const specificity = child.specificity ?? base.specificity;
  return {
    id: child.id,
    where: child.where,
    ...description !== void 0 ? { description } : {},
    ...regex ? { regex } : {},
    ...secretGroup !== void 0 ? { secretGroup } : {},
    ...entropy !== void 0 ? { entropy } : {},
    ...path !== void 0 ? { path } : {},
    keywords: [...base.keywords, ...child.keywords],
    tags: [...base.tags, ...child.tags],
    allowlists: [...base.allowlists, ...child.allowlists],
    excludePathRegexes: [...base.excludePathRegexes, ...child.excludePathRegexes],
    required: [...base.required, ...child.required],
    ...skipReport !== void 0 ? { skipReport } : {},
    ...specificity !== void 0 ? { specificity } : {},
    given: [.../* @__PURE__ */ new Set([...base.given, ...child.given])]
  };
}
function toRuleSpec(rule, file, problems) {
  const { id } = rule;
  const common = {
    id,
    description: rule.description ?? id,
    severity: "high",
    precision: "medium",
    confidence: "medium",
    allowValues: [],
    paths: [],
    excludePaths: [],
    ...rule.path !== void 0 ? { pathRegexes: [rule.path] } : {},
    ...rule.excludePathRegexes.length > 0 ? { excludePathRegexes: [...rule.excludePathRegexes] } : {},
    skipPlaceholderCheck: false,
    // gitleaks lets any other rule's finding on the line win over a rule whose id says "generic".
    ...rule.specificity !== void 0 ? { specificity: rule.specificity } : id.toLowerCase().includes("generic") ? { specificity: 0 } : {},
    tags: [...rule.tags],
    references: [],
    remediation: REMEDIATION,
    examples: { match: [], ignore: [] },
    source: file
  };
  if (!rule.regex) {
    return deepFreeze({
      ...common,
      kind: "credential",
      keywords: [],
      pattern: "",
      detector: "file",
      keepWithContent: true,
      flags: "",
      secretGroup: 0,
      ...rule.allowlists.length > 0 ? { allowlists: rule.allowlists } : {},
      ...rule.skipReport ? { skipReport: true } : {}
    });
  }
  const groups = rule.regex.groups;
  if (rule.secretGroup !== void 0 && rule.secretGroup > groups) {
    problems.push(`${rule.where}.secretGroup: expected a group number from 0 to ${groups}, got ${rule.secretGroup}`);
    return void 0;
  }
  const group = rule.secretGroup ?? (groups > 0 ? -1 : 0);
  return deepFreeze({
    ...common,
    kind: "secret",
    keywords: [...new Set(rule.keywords.map((k) => k.toLowerCase()).filter((k) => k.length > 0))],
    pattern: rule.regex.source,
    syntax: "re2",
    flags: "",
    secretGroup: group,
    ...rule.entropy !== void 0 && rule.entropy > 0 ? { minEntropy: rule.entropy } : {},
    ...rule.allowlists.length > 0 ? { allowlists: rule.allowlists } : {},
    ...rule.required.length > 0 ? { required: rule.required } : {},
    ...rule.skipReport ? { skipReport: true } : {}
  });
}

// src/config/gitleaks.ts
var TOP_FIELDS = /* @__PURE__ */ new Set(["title", "description", "minVersion", "betterleaksMinVersion", "extend", "rules", "allowlist", "allowlists"]);
var EXTEND_FIELDS = /* @__PURE__ */ new Set(["useDefault", "path", "disabledRules"]);
var MAX_EXTEND_DEPTH = 2;
function parseFile(text, file, baseDir, depth) {
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
      useDefault = reader.boolean(doc.extend, "useDefault", "extend") === true;
      disabledRules = reader.strings(doc.extend, "disabledRules", "extend");
      const extendPath = reader.string(doc.extend, "path", "extend");
      if (extendPath !== void 0 && useDefault) reader.problem("extend.path", "useDefault and path cannot be used together; choose one", extendPath);
      else if (extendPath !== void 0) {
        if (depth >= MAX_EXTEND_DEPTH) reader.problem("extend.path", `configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks; remove this [extend] or merge the files`, extendPath);
        else {
          const target = resolve(baseDir, extendPath);
          let baseText;
          try {
            baseText = readFileSync(target, "utf8");
          } catch (error) {
            throw new ConfigError(`${file}: extend.path: cannot read ${extendPath}: ${error.code ?? String(error)}`);
          }
          const parsed = parseFile(baseText, extendPath, baseDir, depth + 1);
          base = { ...parsed, extended: [{ path: target, text: baseText }, ...parsed.extended] };
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
  const allowlists = readAllowlists(reader, doc, "", true).map(globalAllowlist);
  if (reader.problems.length > 0) throw new ConfigError(reader.problems.join("\n"));
  if (!base) return { useDefault, disabledRules, rules, allowlists, warnings: reader.warnings, extended: [] };
  const disabled = new Set(disabledRules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const merged = [
    ...base.rules.filter((r) => !disabled.has(r.id)).map((r) => byId.has(r.id) ? mergeRead(r, byId.get(r.id)) : r),
    ...rules.filter((r) => !base.rules.some((b) => b.id === r.id))
  ];
  return {
    useDefault: useDefault || base.useDefault,
    disabledRules: [...base.disabledRules, ...disabledRules],
    rules: merged,
    allowlists: [...base.allowlists, ...allowlists],
    warnings: [...base.warnings, ...reader.warnings],
    extended: base.extended
  };
}
function parseGitleaksConfig(text, file, absolutePath) {
  const parsed = parseFile(text, file, absolutePath ? dirname(absolutePath) : ".", 0);
  const problems = [];
  const rules = [];
  const extensions = [];
  for (const rule of parsed.rules) {
    if (rule.regex || rule.path !== void 0) {
      const spec = toRuleSpec(rule, file, problems);
      if (spec) rules.push(spec);
      continue;
    }
    if (!parsed.useDefault) {
      problems.push(`${rule.where}.regex: expected a regex or a path (a rule without either only adds to a rule of the same id in a config it extends, and there is none)`);
      continue;
    }
    extensions.push({
      id: rule.id,
      where: rule.where,
      allowlists: rule.allowlists,
      excludePathRegexes: rule.excludePathRegexes,
      fields: rule.given.filter((f) => !["id", "allowlist", "allowlists"].includes(f))
    });
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return {
    file,
    useDefault: parsed.useDefault,
    disabledRules: parsed.disabledRules,
    rules,
    allowlists: parsed.allowlists,
    extensions,
    warnings: parsed.warnings,
    extended: parsed.extended
  };
}
export {
  parseGitleaksConfig
};
