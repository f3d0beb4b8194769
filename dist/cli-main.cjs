'use strict'; const __leakgateUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/errors.ts
function isScannerError(value) {
  return typeof value === "object" && value !== null && typeof value.message === "string" && ["config", "input", "git", "internal"].includes(String(value.code));
}
var ScannerError, ConfigError, InputError, GitError;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    ScannerError = class extends Error {
      constructor(code2, message2) {
        super(message2);
        this.code = code2;
        this.name = new.target.name;
      }
      code;
    };
    ConfigError = class extends ScannerError {
      constructor(message2) {
        super("config", message2);
      }
    };
    InputError = class extends ScannerError {
      constructor(message2) {
        super("input", message2);
      }
    };
    GitError = class extends ScannerError {
      constructor(message2) {
        super("git", message2);
      }
    };
  }
});

// src/core/version.ts
var VERSION, TOOL_NAME, INFORMATION_URI;
var init_version = __esm({
  "src/core/version.ts"() {
    "use strict";
    VERSION = "0.2.0";
    TOOL_NAME = "leakgate";
    INFORMATION_URI = "https://github.com/leakgate/leakgate";
  }
});

// src/core/size.ts
function parseSizeText(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const scale = m ? SIZE_UNITS[m[2].toLowerCase()] : void 0;
  return m && scale !== void 0 ? Math.floor(Number(m[1]) * scale) : void 0;
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
var SIZE_UNITS;
var init_size = __esm({
  "src/core/size.ts"() {
    "use strict";
    SIZE_UNITS = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };
  }
});

// src/core/rule.ts
function meetsConfidence(confidence, minimum) {
  return CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[minimum];
}
function higherConfidence(a, b) {
  return CONFIDENCE_RANK[a] >= CONFIDENCE_RANK[b] ? a : b;
}
var SEVERITIES, FILE_DETECTORS, CONFIDENCES, CONFIDENCE_RANK;
var init_rule = __esm({
  "src/core/rule.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low", "info"];
    FILE_DETECTORS = ["file", "large-blob", "binary-artefact", "dependency-folder"];
    CONFIDENCES = ["high", "medium", "low"];
    CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 };
  }
});

// src/core/scan-settings.ts
var MAX_NESTING_DEPTH, DEFAULT_ARCHIVE_LIMITS;
var init_scan_settings = __esm({
  "src/core/scan-settings.ts"() {
    "use strict";
    MAX_NESTING_DEPTH = 8;
    DEFAULT_ARCHIVE_LIMITS = Object.freeze({ depth: 4, maxBytes: 64 * 1024 * 1024, maxMembers: 1e4, maxRatio: 100 });
  }
});

// src/core/freeze.ts
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
var init_freeze = __esm({
  "src/core/freeze.ts"() {
    "use strict";
  }
});

// src/ruleset/schema.ts
var import_zod, ruleId, severitySchema, kindSchema, precisionSchema, confidenceSchema, sizeSchema, thresholdSchema, exampleSchema, detectorSchema, magicSchema, folderSchema, sizeLimitSchema, ruleInputSchema, rulePackSchema;
var init_schema = __esm({
  "src/ruleset/schema.ts"() {
    "use strict";
    import_zod = require("./vendor/zod.cjs");
    init_rule();
    ruleId = import_zod.z.string().regex(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, 'expected a lower-case dotted id such as "github.pat"');
    severitySchema = import_zod.z.enum(SEVERITIES);
    kindSchema = import_zod.z.enum(["secret", "credential", "hygiene"]);
    precisionSchema = import_zod.z.enum(["very-high", "high", "medium", "low"]);
    confidenceSchema = import_zod.z.enum(CONFIDENCES);
    sizeSchema = import_zod.z.union([import_zod.z.number().int().min(0), import_zod.z.string()]);
    thresholdSchema = sizeSchema.optional();
    exampleSchema = import_zod.z.union([
      import_zod.z.string(),
      import_zod.z.strictObject({ path: import_zod.z.string().min(1), text: import_zod.z.string().optional(), head: import_zod.z.string().optional(), size: sizeSchema.optional() })
    ]);
    detectorSchema = import_zod.z.enum(["kubernetes-secret", "credential-assignment", "credential-config", "file", "large-blob", "binary-artefact", "dependency-folder"]);
    magicSchema = import_zod.z.strictObject({
      name: import_zod.z.string().min(1),
      offset: import_zod.z.number().int().min(0).max(4096).default(0),
      hex: import_zod.z.string().regex(/^(?:[0-9a-fA-F]{2})+$/, "expected an even number of hex digits").optional(),
      /** The same as `hex`, written as text (one byte per character, YAML escapes such as \x00 allowed). */
      text: import_zod.z.string().min(1).optional(),
      binary: import_zod.z.boolean().default(true),
      verify: import_zod.z.string().optional()
    });
    folderSchema = import_zod.z.union([
      import_zod.z.string().min(1),
      import_zod.z.strictObject({ name: import_zod.z.string().min(1), evidence: import_zod.z.array(import_zod.z.string().min(1)).default([]) })
    ]);
    sizeLimitSchema = import_zod.z.strictObject({
      paths: import_zod.z.array(import_zod.z.string()).default([]),
      warn: thresholdSchema,
      error: thresholdSchema
    });
    ruleInputSchema = import_zod.z.strictObject({
      id: ruleId,
      kind: kindSchema.optional(),
      description: import_zod.z.string().min(1),
      severity: severitySchema,
      precision: precisionSchema.optional(),
      confidence: confidenceSchema.optional(),
      keywords: import_zod.z.array(import_zod.z.string().min(2, "expected a keyword of at least 2 characters")).default([]),
      /** Exactly one of `pattern` and `detector`. */
      pattern: import_zod.z.string().min(1).optional(),
      detector: detectorSchema.optional(),
      magic: import_zod.z.array(magicSchema).optional(),
      folders: import_zod.z.array(folderSchema).optional(),
      sizeLimits: import_zod.z.array(sizeLimitSchema).optional(),
      keepWithContent: import_zod.z.boolean().optional(),
      /** The secret is a URL's password: a match at a documentation host (example.com...) is a counted example. */
      documentationHosts: import_zod.z.boolean().optional(),
      flags: import_zod.z.string().regex(/^[ims]*$/, 'expected any of the flags "i", "m", "s"').default(""),
      secretGroup: import_zod.z.number().int().min(0).max(20).default(0),
      minEntropy: import_zod.z.number().min(0).max(8).optional(),
      validate: import_zod.z.string().optional(),
      allowValues: import_zod.z.array(import_zod.z.string()).default([]),
      paths: import_zod.z.array(import_zod.z.string()).default([]),
      excludePaths: import_zod.z.array(import_zod.z.string()).default([]),
      skipPlaceholderCheck: import_zod.z.boolean().default(false),
      /** Every match of `pattern` starts with one of `keywords`: the engine tries the pattern only where they occur. */
      startsWithKeyword: import_zod.z.boolean().optional(),
      tags: import_zod.z.array(import_zod.z.string()).default([]),
      references: import_zod.z.array(import_zod.z.string()).default([]),
      remediation: import_zod.z.string().optional(),
      examples: import_zod.z.strictObject({
        match: import_zod.z.array(exampleSchema).min(1, "expected at least one example that must match"),
        ignore: import_zod.z.array(exampleSchema).min(1, "expected at least one example that must not match")
      })
    });
    rulePackSchema = import_zod.z.strictObject({
      pack: import_zod.z.string().regex(/^[a-z0-9-]+$/, "expected a lower-case pack name"),
      description: import_zod.z.string().optional(),
      /** Default kind for the pack's rules. */
      kind: kindSchema.default("secret"),
      rules: import_zod.z.array(ruleInputSchema).min(1)
    });
  }
});

// src/patterns/re2.ts
async function loadRe2() {
  if (re2) return;
  const mod = await Promise.resolve().then(() => __toESM(require("./vendor/re2js.cjs"), 1));
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
  let compiled2;
  try {
    compiled2 = R.compile(source, bits);
  } catch (error) {
    throw new Error(`not a valid Go (RE2) regular expression: ${(error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, "")}`);
  }
  const groupCount2 = compiled2.groupCount();
  return {
    groupCount: groupCount2,
    test: (text) => compiled2.test(text),
    forEachMatch(text, group, found) {
      const m = compiled2.matcher(text);
      while (m.find()) {
        let g = group;
        if (g < 0) {
          g = 0;
          for (let i = 1; i <= groupCount2; i++) {
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
var re2;
var init_re2 = __esm({
  "src/patterns/re2.ts"() {
    "use strict";
  }
});

// src/ruleset/parse-pack.ts
var parse_pack_exports = {};
__export(parse_pack_exports, {
  buildRuleSpecs: () => buildRuleSpecs,
  confidenceOf: () => confidenceOf,
  formatZodIssues: () => formatZodIssues,
  parseRulePack: () => parseRulePack
});
function sizeOf(value, allowOff) {
  if (typeof value === "number") return value;
  if (allowOff && value.trim().toLowerCase() === "off") return "off";
  return parseSizeText(value);
}
function formatZodIssues(file, error) {
  return error.issues.map((issue) => {
    const field = issue.path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("");
    const input = issue.input;
    const got = input === void 0 ? "" : `, got ${truncate(JSON.stringify(input), 80)}`;
    return `${file}: ${field || "(top level)"}: ${issue.message}${got}`;
  });
}
function truncate(text, max) {
  if (text === void 0) return "undefined";
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
function groupCount(re) {
  return (new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, "")).exec("")?.length ?? 1) - 1;
}
function checkRule(rule, where, syntax) {
  const problems = [];
  if (rule.pattern === void 0 && rule.detector === void 0) {
    problems.push(`${where}: expected a "pattern" (a regular expression) or a "detector" (one of ${detectorSchema.options.join(", ")})`);
  }
  if (rule.pattern !== void 0 && rule.detector !== void 0) {
    problems.push(`${where}: "pattern" and "detector" are exclusive; a rule detects with one of them`);
  }
  if (rule.detector !== void 0) problems.push(...checkDetectorRule(rule, rule.detector, where));
  if (rule.startsWithKeyword && (rule.pattern === void 0 || rule.keywords.length === 0)) {
    problems.push(`${where}.startsWithKeyword: needs a "pattern" and "keywords" (the pattern is tried only where a keyword starts)`);
  }
  let groups;
  if (rule.pattern !== void 0) {
    try {
      groups = syntax === "re2" ? compileRe2(rule.pattern, rule.flags).groupCount : groupCount(new RegExp(rule.pattern, `g${rule.flags}`));
    } catch (error) {
      problems.push(`${where}.pattern: does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (groups !== void 0 && rule.secretGroup > groups) {
    problems.push(`${where}.secretGroup: expected a group number from 0 to ${groups}, got ${rule.secretGroup}`);
  }
  rule.allowValues.forEach((value, i) => {
    try {
      new RegExp(value.startsWith("(?i)") ? value.slice(4) : value);
    } catch (error) {
      problems.push(`${where}.allowValues[${i}]: does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const fileLevel = rule.detector !== void 0 && FILE_DETECTORS.includes(rule.detector);
  for (const kind of ["match", "ignore"]) {
    rule.examples[kind].forEach((example, i) => {
      if (typeof example !== "string" && example.size !== void 0 && sizeOf(example.size, false) === void 0) {
        problems.push(`${where}.examples.${kind}[${i}].size: expected a size such as 512k, 1MiB or 10MB, got ${JSON.stringify(example.size)}`);
      }
      if (fileLevel && typeof example === "string") {
        problems.push(`${where}.examples.${kind}[${i}]: a file-level rule's example needs a path, e.g. { path: 'a/b.bin', size: 2MiB, head: "\\x7fELF" }`);
      } else if (!fileLevel && typeof example !== "string" && (example.text === void 0 || example.head !== void 0 || example.size !== void 0)) {
        problems.push(`${where}.examples.${kind}[${i}]: a content rule's example is text, or { path, text }; "head" and "size" are for file-level rules`);
      }
    });
  }
  return problems;
}
function checkDetectorRule(rule, detector, where) {
  const problems = [];
  const only = (field, owner) => {
    if (rule[field] !== void 0 && detector !== owner) problems.push(`${where}.${field}: only a "detector: ${owner}" rule takes ${field}`);
  };
  only("magic", "binary-artefact");
  only("folders", "dependency-folder");
  only("sizeLimits", "large-blob");
  if (rule.keepWithContent !== void 0 && detector !== "file") problems.push(`${where}.keepWithContent: only a "detector: file" rule takes keepWithContent`);
  if (detector === "kubernetes-secret" || detector === "credential-assignment" || detector === "credential-config") {
    if (rule.keywords.length === 0) problems.push(`${where}.keywords: a ${detector} rule needs keywords (e.g. "kind: secret", "password") so the prefilter can skip other blobs`);
    return problems;
  }
  if (rule.keywords.length > 0) problems.push(`${where}.keywords: a file-level rule (detector: ${detector}) reads no text, so it takes no keywords`);
  if (detector === "file" && rule.paths.length === 0) problems.push(`${where}.paths: a "detector: file" rule needs path globs`);
  if (detector === "binary-artefact" && !rule.magic?.length && rule.paths.length === 0) {
    problems.push(`${where}: a binary-artefact rule needs "magic" signatures or "paths" globs`);
  }
  if (detector === "dependency-folder" && !rule.folders?.length) problems.push(`${where}.folders: a dependency-folder rule needs folder names`);
  if (detector === "large-blob" && !rule.sizeLimits?.length) problems.push(`${where}.sizeLimits: a large-blob rule needs at least one size limit`);
  rule.sizeLimits?.forEach((limit, i) => {
    for (const field of ["warn", "error"]) {
      const value = limit[field];
      if (value !== void 0 && sizeOf(value, true) === void 0) {
        problems.push(`${where}.sizeLimits[${i}].${field}: expected a size such as 512k, 1MiB or 10MB, or "off", got ${JSON.stringify(value)}`);
      }
    }
  });
  rule.magic?.forEach((m, i) => {
    if (m.hex === void 0 === (m.text === void 0)) problems.push(`${where}.magic[${i}]: expected exactly one of "hex" and "text"`);
    if (m.text !== void 0 && /[^\u0000-\u00ff]/.test(m.text)) problems.push(`${where}.magic[${i}].text: expected one byte per character (\\x00-\\xff)`);
  });
  return problems;
}
function parseRulePack(text, file) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${file}: ${e.message.split("\n")[0]}`).join("\n"));
  }
  const parsed = rulePackSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatZodIssues(file, parsed.error).join("\n"));
  const pack = parsed.data;
  const { specs, problems } = buildRuleSpecs(pack.rules, pack.kind, file);
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return specs;
}
function buildRuleSpecs(rules, packKind, file, field = "rules", syntax) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const specs = rules.map((rule, i) => {
    const where = `${file}: ${field}[${i}] (${rule.id})`;
    if (seen.has(rule.id)) problems.push(`${where}.id: duplicate rule id "${rule.id}"; ids must be unique`);
    seen.add(rule.id);
    problems.push(...checkRule(rule, where, syntax));
    return toSpec(rule, packKind, file, syntax);
  });
  return { specs, problems };
}
function toSpec(rule, packKind, file, syntax) {
  const kind = rule.kind ?? packKind;
  return deepFreeze({
    id: rule.id,
    kind,
    description: rule.description,
    severity: rule.severity,
    precision: rule.precision ?? "high",
    confidence: rule.confidence ?? confidenceOf(rule.precision ?? "high"),
    keywords: [...new Set(rule.keywords.map((k) => k.toLowerCase()))],
    pattern: rule.pattern ?? "",
    ...syntax && rule.pattern !== void 0 ? { syntax } : {},
    flags: rule.flags,
    ...rule.detector !== void 0 ? { detector: rule.detector } : {},
    ...rule.magic !== void 0 ? { magic: rule.magic.map(toMagic) } : {},
    ...rule.folders !== void 0 ? { folders: rule.folders.map((f) => typeof f === "string" ? { name: f, evidence: [] } : { name: f.name, evidence: f.evidence }) } : {},
    ...rule.sizeLimits !== void 0 ? {
      sizeLimits: rule.sizeLimits.map((l) => {
        const warn = l.warn === void 0 ? void 0 : sizeOf(l.warn, true);
        const error = l.error === void 0 ? void 0 : sizeOf(l.error, true);
        return { paths: l.paths, ...typeof warn === "number" ? { warn } : {}, ...typeof error === "number" ? { error } : {} };
      })
    } : {},
    ...rule.keepWithContent !== void 0 ? { keepWithContent: rule.keepWithContent } : {},
    ...rule.documentationHosts ? { documentationHosts: true } : {},
    secretGroup: rule.secretGroup,
    ...rule.minEntropy !== void 0 ? { minEntropy: rule.minEntropy } : {},
    ...rule.validate !== void 0 ? { validate: rule.validate } : {},
    allowValues: rule.allowValues,
    paths: rule.paths,
    excludePaths: rule.excludePaths,
    skipPlaceholderCheck: rule.skipPlaceholderCheck,
    ...rule.startsWithKeyword ? { startsWithKeyword: true } : {},
    tags: rule.tags,
    references: rule.references,
    remediation: rule.remediation ?? DEFAULT_REMEDIATION[kind],
    examples: { match: rule.examples.match.map(toExample), ignore: rule.examples.ignore.map(toExample) },
    source: file
  });
}
function confidenceOf(precision) {
  return precision === "very-high" || precision === "high" ? "high" : precision;
}
function toExample(example) {
  if (typeof example === "string") return example;
  return {
    path: example.path,
    text: example.text ?? "",
    ...example.head !== void 0 ? { head: example.head } : {},
    ...example.size !== void 0 ? { size: sizeOf(example.size, false) } : {}
  };
}
function toMagic(magic) {
  const bytes = magic.hex?.toLowerCase() ?? Buffer.from(magic.text ?? "", "latin1").toString("hex");
  return { name: magic.name, offset: magic.offset, bytes, binary: magic.binary, ...magic.verify !== void 0 ? { verify: magic.verify } : {} };
}
var import_yaml, DEFAULT_REMEDIATION;
var init_parse_pack = __esm({
  "src/ruleset/parse-pack.ts"() {
    "use strict";
    import_yaml = require("./vendor/yaml.cjs");
    init_errors();
    init_freeze();
    init_rule();
    init_size();
    init_schema();
    init_re2();
    DEFAULT_REMEDIATION = {
      secret: [
        "1. **Revoke or rotate the credential now** at the provider; assume it is compromised, since every clone and fork holds a copy.",
        "2. Replace it in code with a lookup from a secret store or an environment variable.",
        "3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push and ask collaborators to re-clone.",
        "4. If it is a test value, allow it inline with `leakgate:allow <rule-id> -- reason` on the same line."
      ].join("\n"),
      credential: [
        "1. Rotate every credential in the file.",
        "2. Keep the file out of Git: add it to `.gitignore`, and commit an encrypted form (SOPS, SealedSecrets) or a template instead.",
        "3. Purge it from history (`git filter-repo --path <file> --invert-paths`), force-push, and ask collaborators to re-clone."
      ].join("\n"),
      hygiene: [
        "1. Remove the file from the repository and add its pattern to `.gitignore`.",
        "2. Track large binaries with Git LFS (`git lfs track`), or publish build artefacts elsewhere.",
        "3. To shrink history, rewrite it (`git filter-repo --strip-blobs-bigger-than` or `--path <file> --invert-paths`)."
      ].join("\n")
    };
  }
});

// src/core/cache-dir.ts
function cacheRoot() {
  return process.env.LEAKGATE_CACHE_DIR || (0, import_node_path4.join)(process.env.XDG_CACHE_HOME || (0, import_node_path4.join)((0, import_node_os2.homedir)(), ".cache"), "leakgate");
}
function repositoryCacheDir(gitDir) {
  let real = gitDir;
  try {
    real = (0, import_node_fs4.realpathSync)(gitDir);
  } catch {
  }
  const name = (0, import_node_path4.basename)(real === ".git" || (0, import_node_path4.basename)(real) === ".git" ? (0, import_node_path4.join)(real, "..") : real).replace(/\.git$/, "").replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
  const hash = pathHash(real);
  return (0, import_node_path4.join)(cacheRoot(), "repos", `${name || "repo"}-${hash}`);
}
function privateDirectory(dir) {
  try {
    (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
    const info = (0, import_node_fs4.lstatSync)(dir);
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || process.platform !== "win32" && (info.mode & 18) !== 0) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function pathHash(text) {
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619 + 2 * i + 1) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
var import_node_fs4, import_node_os2, import_node_path4;
var init_cache_dir = __esm({
  "src/core/cache-dir.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_path4 = require("node:path");
  }
});

// src/patterns/precomputed.ts
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
var readers, prefilter, globs, extraGlobs;
var init_precomputed = __esm({
  "src/patterns/precomputed.ts"() {
    "use strict";
    extraGlobs = /* @__PURE__ */ new Map();
  }
});

// src/patterns/globs.ts
async function globsTest(globs2) {
  const known = precomputedGlobs();
  const regexes = globs2.every((g) => known.has(g)) ? compiled(globs2.map((g) => known.get(g))) : void 0;
  if (regexes) {
    const required = globs2.map(requiredText);
    return (path) => path !== "" && globs2.some((glob, i) => path === glob || mayMatch(path, required[i]) && regexes[i].test(path));
  }
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require("./vendor/picomatch.cjs"), 1));
  return picomatch([...globs2], { dot: true });
}
function requiredText(glob) {
  if (glob.startsWith("!") || glob.includes("\\") || /\{[^}]*\{|\.\.|\[\^?!?\]/.test(glob)) return void 0;
  const expansions = expandBraces(glob);
  if (expansions === void 0) return void 0;
  const required = [];
  for (const expansion of expansions) {
    const outside = expansion.replace(/\[[^\]]*\]/g, "\0").replace(/[*?+@!]\([^)]*\)/g, "\0");
    const longest = outside.split(/[*?[\]{}()!+@|/\0]+/).reduce((a, b) => b.length > a.length ? b : a, "");
    if (longest.length < 2) return void 0;
    required.push(longest);
  }
  return required;
}
function expandBraces(glob) {
  const open2 = glob.indexOf("{");
  if (open2 === -1) return glob.includes("}") ? void 0 : [glob];
  const close = glob.indexOf("}", open2);
  if (close === -1) return void 0;
  const rest = expandBraces(glob.slice(close + 1));
  if (rest === void 0) return void 0;
  const out = [];
  for (const choice of glob.slice(open2 + 1, close).split(",")) for (const tail of rest) out.push(glob.slice(0, open2) + choice + tail);
  return out.length <= 64 ? out : void 0;
}
function mayMatch(path, required) {
  return required === void 0 || required.some((text) => path.includes(text));
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
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require("./vendor/picomatch.cjs"), 1));
  return picomatch.makeRe(glob, { dot: true }).source;
}
async function globSources(globs2) {
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require("./vendor/picomatch.cjs"), 1));
  const out = {};
  for (const glob of globs2) out[glob] = picomatch.makeRe(glob, { dot: true }).source;
  return out;
}
var init_globs = __esm({
  "src/patterns/globs.ts"() {
    "use strict";
    init_precomputed();
  }
});

// src/patterns/allow-value.ts
function compileAllowValue(source) {
  const flags = /^\(\?([ims]+)\)/.exec(source);
  return flags ? new RegExp(source.slice(flags[0].length), [...new Set(flags[1])].join("")) : new RegExp(source);
}
function literalPattern(value) {
  const bytes = Buffer.from(value, "utf8").toString("latin1");
  return `^${bytes.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")}$`;
}
function isLiteralPattern(pattern) {
  return LITERAL_PATTERN.test(pattern);
}
var LITERAL_PATTERN;
var init_allow_value = __esm({
  "src/patterns/allow-value.ts"() {
    "use strict";
    LITERAL_PATTERN = /^\^(?:\\[\\^$.*+?()[\]{}|/-]|[^\\^$.*+?()[\]{}|/-])*\$$/;
  }
});

// src/core/fail-on.ts
function failingFindings(findings, failOn) {
  if (failOn === "none") return [];
  const limit = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}
var FAIL_ON_VALUES;
var init_fail_on = __esm({
  "src/core/fail-on.ts"() {
    "use strict";
    init_rule();
    FAIL_ON_VALUES = [...SEVERITIES, "none"];
  }
});

// src/config/schema.ts
var import_zod2, sizeSchema2, regexSchema, globSchema, ruleIdSchema, allowlistSchema, overrideSchema, failOnSchema, DECODE_DEPTH, ARCHIVE_DEPTH, MAX_MEMBERS, MAX_RATIO, configSchema;
var init_schema2 = __esm({
  "src/config/schema.ts"() {
    "use strict";
    import_zod2 = require("./vendor/zod.cjs");
    init_size();
    init_allow_value();
    init_fail_on();
    init_rule();
    init_scan_settings();
    init_schema();
    sizeSchema2 = import_zod2.z.union([import_zod2.z.number().int().min(0), import_zod2.z.string().refine((text) => parseSizeText(text) !== void 0, "expected a size such as 512k, 10MiB or 1048576")], {
      error: "expected a size such as 512k, 10MiB or a number of bytes"
    }).transform((value) => typeof value === "number" ? value : parseSizeText(value) ?? Number.NaN);
    regexSchema = import_zod2.z.string().min(1, "expected a non-empty regular expression").superRefine((value, ctx) => {
      try {
        compileAllowValue(value);
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          input: value,
          message: `does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`
        });
      }
    });
    globSchema = import_zod2.z.string().min(1, 'expected a glob such as "test/fixtures/**"').refine((glob) => !glob.startsWith("./") && !glob.startsWith("/"), 'expected a glob relative to the repository root, without a leading "./" or "/"');
    ruleIdSchema = import_zod2.z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected a rule id such as "github.pat"');
    allowlistSchema = import_zod2.z.strictObject({
      /** Globs (picomatch): paths never reported. */
      paths: import_zod2.z.array(globSchema).default([]),
      /** Regular expressions searched in the secret. */
      regexes: import_zod2.z.array(regexSchema).default([]),
      /** Exact secret values. */
      values: import_zod2.z.array(import_zod2.z.string().min(1, "expected a non-empty value")).default([])
    });
    overrideSchema = import_zod2.z.strictObject({
      disabled: import_zod2.z.boolean().default(false),
      severity: severitySchema.optional(),
      allowlist: allowlistSchema.optional()
    });
    failOnSchema = import_zod2.z.enum(FAIL_ON_VALUES);
    DECODE_DEPTH = `expected a whole number from 0 to ${MAX_NESTING_DEPTH}`;
    ARCHIVE_DEPTH = DECODE_DEPTH;
    MAX_MEMBERS = "expected a whole number from 1 to 1000000";
    MAX_RATIO = "expected a number from 2 to 100000";
    configSchema = import_zod2.z.strictObject({
      /** `gitleaks`: also load `.gitleaks.toml` rules and allowlists and `.gitleaksignore`. */
      extends: import_zod2.z.enum(["gitleaks"]).optional(),
      /** Lowest severity that fails a scan (exit code 1); `none` never fails. */
      failOn: failOnSchema.optional(),
      /**
       * Lowest confidence reported (low, medium, high); findings below it are counted as suppressed. Default: low for
       * audits and directory scans, medium for the hooks and the Action.
       */
      minConfidence: import_zod2.z.enum(CONFIDENCES).optional(),
      /**
       * Let the hooks and the Action pass a scan that could not look at everything (a blob too large for the secret
       * rules, a rule stopped by --blob-timeout, a blob missing from the object store). Default false: they exit 2.
       */
      allowIncomplete: import_zod2.z.boolean().optional(),
      /** Baseline file, relative to the config file's directory. */
      baseline: import_zod2.z.string().min(1).optional(),
      /** Paths, regexes and values allowed for every rule. */
      allowlist: allowlistSchema.optional(),
      /** Custom rules, in the format of the built-in packs (with their own examples); regex rules only (file-level and structured detectors go in a rule pack, `--rules FILE`). */
      rules: import_zod2.z.array(ruleInputSchema.extend({ pattern: import_zod2.z.string().min(1) })).default([]),
      /** Per-rule changes, keyed by rule id. */
      overrides: import_zod2.z.record(ruleIdSchema, overrideSchema).default({}),
      /** Encoded text (base64, hex, percent-encoding, escapes) decoded and scanned again. */
      decode: import_zod2.z.strictObject({
        /** Levels of nested encodings undone; 0 turns decoding off. */
        depth: import_zod2.z.number({ error: DECODE_DEPTH }).int(DECODE_DEPTH).min(0, DECODE_DEPTH).max(MAX_NESTING_DEPTH, DECODE_DEPTH).optional()
      }).optional(),
      /** Archives (zip and its kin, tar, gzip) opened and their members scanned; limits per blob, over every level. */
      archives: import_zod2.z.strictObject({
        /** Levels of nested archives opened; 0 turns archive scanning off. */
        depth: import_zod2.z.number({ error: ARCHIVE_DEPTH }).int(ARCHIVE_DEPTH).min(0, ARCHIVE_DEPTH).max(MAX_NESTING_DEPTH, ARCHIVE_DEPTH).optional(),
        /** Uncompressed bytes one blob's archives may produce. */
        maxBytes: sizeSchema2.optional(),
        /** Members one blob's archives may hold. */
        maxMembers: import_zod2.z.number({ error: MAX_MEMBERS }).int(MAX_MEMBERS).min(1, MAX_MEMBERS).max(1e6, MAX_MEMBERS).optional(),
        /** Compression ratio past which a member over 1 MiB is taken for a bomb. */
        maxRatio: import_zod2.z.number({ error: MAX_RATIO }).min(2, MAX_RATIO).max(1e5, MAX_RATIO).optional()
      }).optional(),
      /** Size thresholds for the hygiene rules. */
      hygiene: import_zod2.z.strictObject({
        maxBlobSize: sizeSchema2.optional(),
        paths: import_zod2.z.array(import_zod2.z.strictObject({ glob: globSchema, maxBlobSize: sizeSchema2 })).default([])
      }).optional()
    });
  }
});

// src/config/load.ts
var load_exports = {};
__export(load_exports, {
  parseConfig: () => parseConfig
});
function fieldName(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("") || "(top level)";
}
function truncate2(text, max) {
  if (text === void 0) return "undefined";
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
function lineOf(doc, counter, path, key) {
  let node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  for (let up = path.length - 1; node === void 0 && up >= 0; up--) node = up === 0 ? doc.contents : doc.getIn(path.slice(0, up), true);
  if (key !== void 0 && (0, import_yaml2.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml2.isScalar)(item.key) && item.key.value === key);
    const range2 = pair && (0, import_yaml2.isScalar)(pair.key) ? pair.key.range : void 0;
    if (range2) return counter.linePos(range2[0]).line;
  }
  const range = node?.range;
  return range ? counter.linePos(range[0]).line : void 0;
}
function formatIssues(file, error, doc, counter) {
  const out = [];
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [void 0];
    for (const key of keys) {
      const path = key === void 0 ? issue.path : [...issue.path, key];
      const line = lineOf(doc, counter, issue.path, key);
      const where = `${file}${line ? `:${line}` : ""}`;
      if (key !== void 0) {
        out.push(`${where}: ${fieldName(path)}: unknown field; remove it or check its spelling (see "leakgate init" for every field)`);
        continue;
      }
      const input = issue.input;
      if (input === void 0) {
        const expected = issue.code === "invalid_type" ? `expected ${issue.expected}` : issue.message;
        out.push(`${where}: ${fieldName(path)}: missing; ${expected}`);
        continue;
      }
      out.push(`${where}: ${fieldName(path)}: ${issue.message}, got ${truncate2(JSON.stringify(input), 80)}`);
    }
  }
  return out;
}
function parseConfig(text, file) {
  const counter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? "?"}: ${e.message.split("\n")[0]}`).join("\n"));
  }
  const raw = doc.toJS() ?? {};
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatIssues(file, parsed.error, doc, counter).join("\n"));
  const config = parsed.data;
  const { specs, problems } = buildRuleSpecs(config.rules, "secret", file, "rules", "re2");
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return { config: deepFreeze(config), customRules: specs };
}
var import_yaml2;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_yaml2 = require("./vendor/yaml.cjs");
    init_errors();
    init_freeze();
    init_parse_pack();
    init_schema2();
  }
});

// src/config/go-regex.ts
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
var POSIX;
var init_go_regex = __esm({
  "src/config/go-regex.ts"() {
    "use strict";
    POSIX = {
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
  }
});

// src/config/gitleaks-reader.ts
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function show(value) {
  return JSON.stringify(value, (_k, v) => typeof v === "bigint" ? Number(v) : v)?.slice(0, 80) ?? String(value);
}
var UNHONOURED, Reader;
var init_gitleaks_reader = __esm({
  "src/config/gitleaks-reader.ts"() {
    "use strict";
    init_go_regex();
    init_re2();
    UNHONOURED = {
      filter: "betterleaks CEL filters cannot be evaluated by leakgate; express the filter as [[rules.allowlists]] (regexes, stopwords, paths, commits) instead",
      prefilter: "betterleaks CEL prefilters cannot be evaluated by leakgate; use [[allowlists]] paths or commits instead",
      tokenEfficiency: "betterleaks token-efficiency filtering has no exact equivalent in leakgate; remove it (or set it to false) and add stopwords or an entropy floor"
    };
    Reader = class {
      constructor(file) {
        this.file = file;
      }
      file;
      problems = [];
      warnings = [];
      problem(field, message2, value) {
        this.problems.push(`${this.file}: ${field}: ${message2}, got ${show(value)}`);
      }
      warn(field, message2) {
        this.warnings.push(`${this.file}: ${field}: ${message2}`);
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
  }
});

// src/config/gitleaks-allowlists.ts
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
var ALLOWLIST_FIELDS, COMMIT_ID;
var init_gitleaks_allowlists = __esm({
  "src/config/gitleaks-allowlists.ts"() {
    "use strict";
    init_gitleaks_reader();
    ALLOWLIST_FIELDS = /* @__PURE__ */ new Set(["description", "condition", "commits", "paths", "regexes", "regexTarget", "stopwords"]);
    COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
  }
});

// src/config/gitleaks-rules.ts
function readRequired2(reader, value, at) {
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
  const specificity2 = reader.number(table, "specificity", at, -1e6, 1e6, true);
  const read = readAllowlists(reader, table, at, false);
  const excludePathRegexes = [];
  const allowlists = [];
  for (const { allowlist } of read) {
    const split = splitAllowlist(allowlist);
    excludePathRegexes.push(...split.excludePathRegexes);
    if (split.rest) allowlists.push(split.rest);
  }
  const required = readRequired2(reader, table.required, at);
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
    ...specificity2 !== void 0 ? { specificity: specificity2 } : {},
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
  const specificity2 = child.specificity ?? base.specificity;
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
    ...specificity2 !== void 0 ? { specificity: specificity2 } : {},
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
var RULE_FIELDS, REQUIRED_FIELDS, REMEDIATION;
var init_gitleaks_rules = __esm({
  "src/config/gitleaks-rules.ts"() {
    "use strict";
    init_freeze();
    init_gitleaks_reader();
    init_gitleaks_allowlists();
    RULE_FIELDS = /* @__PURE__ */ new Set([
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
    REQUIRED_FIELDS = /* @__PURE__ */ new Set(["id", "withinLines", "withinColumns"]);
    REMEDIATION = [
      "1. **Revoke or rotate the credential now**; assume it is compromised, since every clone and fork holds a copy.",
      "2. Replace it in code with a lookup from a secret store or an environment variable.",
      "3. Purge it from history if the repository is shared (`git filter-repo --replace-text`), then force-push."
    ].join("\n");
  }
});

// src/config/gitleaks.ts
var gitleaks_exports = {};
__export(gitleaks_exports, {
  parseGitleaksConfig: () => parseGitleaksConfig
});
function parseFile(text, file, baseDir, depth2) {
  let doc;
  try {
    doc = (0, import_smol_toml.parse)(text);
  } catch (error) {
    if (error instanceof import_smol_toml.TomlError) throw new ConfigError(`${file}:${error.line}:${error.column}: ${error.message.split("\n")[0]}`);
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
        if (depth2 >= MAX_EXTEND_DEPTH) reader.problem("extend.path", `configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks; remove this [extend] or merge the files`, extendPath);
        else {
          const target = (0, import_node_path6.resolve)(baseDir, extendPath);
          let baseText;
          try {
            baseText = (0, import_node_fs6.readFileSync)(target, "utf8");
          } catch (error) {
            throw new ConfigError(`${file}: extend.path: cannot read ${extendPath}: ${error.code ?? String(error)}`);
          }
          const parsed = parseFile(baseText, extendPath, baseDir, depth2 + 1);
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
  const parsed = parseFile(text, file, absolutePath ? (0, import_node_path6.dirname)(absolutePath) : ".", 0);
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
var import_node_fs6, import_node_path6, import_smol_toml, TOP_FIELDS, EXTEND_FIELDS, MAX_EXTEND_DEPTH;
var init_gitleaks = __esm({
  "src/config/gitleaks.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path6 = require("node:path");
    import_smol_toml = require("./vendor/smol-toml.cjs");
    init_errors();
    init_gitleaks_reader();
    init_gitleaks_allowlists();
    init_gitleaks_rules();
    TOP_FIELDS = /* @__PURE__ */ new Set(["title", "description", "minVersion", "betterleaksMinVersion", "extend", "rules", "allowlist", "allowlists"]);
    EXTEND_FIELDS = /* @__PURE__ */ new Set(["useDefault", "path", "disabledRules"]);
    MAX_EXTEND_DEPTH = 2;
  }
});

// src/config/policy.ts
var policy_exports = {};
__export(policy_exports, {
  applyPolicy: () => applyPolicy,
  changeOf: () => changeOf,
  emptyPolicy: () => emptyPolicy,
  literalPattern: () => literalPattern,
  skipPathFilter: () => skipPathFilter
});
function emptyPolicy() {
  return { skipGlobs: [], skipRegexes: [], allowValues: [], allowlists: [], perRule: /* @__PURE__ */ new Map() };
}
function changeOf(policy, ruleId2) {
  let change = policy.perRule.get(ruleId2);
  if (!change) {
    change = {};
    policy.perRule.set(ruleId2, change);
  }
  return change;
}
function applyPolicy(rules, policy) {
  const out = [];
  for (const rule of rules) {
    const change = policy.perRule.get(rule.id);
    if (change?.disabled) continue;
    const allowValues = [...policy.allowValues, ...change?.allowValues ?? []];
    const allowlists = [...rule.allowlists ?? [], ...policy.allowlists, ...change?.allowlists ?? []];
    if (!change && allowValues.length === 0 && policy.allowlists.length === 0) {
      out.push(rule);
      continue;
    }
    const excludePathRegexes = [...rule.excludePathRegexes ?? [], ...change?.excludePathRegexes ?? []];
    const copy = {
      ...rule,
      severity: change?.severity ?? rule.severity,
      allowValues: [...rule.allowValues, ...allowValues],
      excludePaths: [...rule.excludePaths, ...change?.excludePaths ?? []],
      ...excludePathRegexes.length > 0 ? { excludePathRegexes } : {},
      ...allowlists.length > 0 ? { allowlists } : {}
    };
    for (const list of [copy.allowValues, copy.excludePaths, copy.excludePathRegexes, copy.allowlists]) if (list) Object.freeze(list);
    out.push(Object.freeze(copy));
  }
  return out;
}
async function skipPathFilter(policy) {
  const tests = [];
  if (policy.skipGlobs.length > 0) tests.push(await globsTest(policy.skipGlobs));
  if (policy.skipRegexes.length > 0) {
    const regexes = policy.skipRegexes.map(compileAllowValue);
    tests.push((path) => regexes.some((re) => re.test(path)));
  }
  if (tests.length === 0) return void 0;
  return (path) => tests.some((test) => test(path));
}
var init_policy = __esm({
  "src/config/policy.ts"() {
    "use strict";
    init_allow_value();
    init_globs();
    init_allow_value();
  }
});

// src/sources/git.ts
function gitEnv() {
  return env ??= {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function isZeroOid(id) {
  return ZERO_OID.test(id);
}
function spawnGit(cwd, args) {
  return (0, import_node_child_process.spawn)("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
async function gitBuffer(cwd, args, input) {
  const result = await gitResult(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}
function gitResult(cwd, args, input) {
  return new Promise((resolve18, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code2) => resolve18({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
function gitResultSync(cwd, args, input) {
  const result = (0, import_node_child_process.spawnSync)("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), input: input ?? "", maxBuffer: Infinity, stdio: "pipe" });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString("utf8").trim() };
}
function gitBufferSync(cwd, args, input) {
  const result = gitResultSync(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}
async function git(cwd, args, input) {
  return (await gitBuffer(cwd, args, input)).toString("utf8");
}
async function gitMaybe(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return void 0;
  }
}
async function* gitRecords(cwd, args, separator = 0, input) {
  const child = spawnGit(cwd, args);
  child.stdin.on("error", () => void 0);
  child.stdin.end(input);
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => stderr += text.slice(0, 4e3));
  const exit = new Promise((resolve18) => child.on("close", (code2) => resolve18(code2 ?? 1)));
  const spawnError = new Promise(
    (_, reject) => child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)))
  );
  spawnError.catch(() => void 0);
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout) {
      let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let at;
      while ((at = buf.indexOf(separator, start)) !== -1) {
        yield buf.toString("utf8", start, at);
        start = at + 1;
      }
      rest = buf.subarray(start);
      buf = rest;
    }
    if (rest.length > 0) yield rest.toString("utf8");
    const code2 = await Promise.race([exit, spawnError]);
    if (code2 !== 0) throw new GitError(`git ${args.join(" ")} failed: ${stderr.trim() || `exit ${code2}`}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
var import_node_child_process, env, ZERO_OID;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_errors();
    ZERO_OID = /^0+$/;
  }
});

// src/engine/binary.ts
function isBinary(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).indexOf(0) !== -1;
}
var SNIFF_BYTES;
var init_binary = __esm({
  "src/engine/binary.ts"() {
    "use strict";
    SNIFF_BYTES = 8e3;
  }
});

// src/engine/archive/inflate.ts
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
var import_node_module, zlib, load, OutputLimit;
var init_inflate = __esm({
  "src/engine/archive/inflate.ts"() {
    "use strict";
    import_node_module = require("node:module");
    load = () => zlib ??= (0, import_node_module.createRequire)(__leakgateUrl)("node:zlib");
    OutputLimit = class extends Error {
      constructor() {
        super("output limit");
      }
    };
  }
});

// src/engine/archive/zip.ts
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
var EOCD, ZIP64_LOCATOR, ZIP64_EOCD, CENTRAL, LOCAL, EOCD_SEARCH;
var init_zip = __esm({
  "src/engine/archive/zip.ts"() {
    "use strict";
    init_inflate();
    EOCD = 101010256;
    ZIP64_LOCATOR = 117853008;
    ZIP64_EOCD = 101075792;
    CENTRAL = 33639248;
    LOCAL = 67324752;
    EOCD_SEARCH = 22 + 65535;
  }
});

// src/engine/archive/members.ts
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
var RATIO_FLOOR, ReadLimits;
var init_members = __esm({
  "src/engine/archive/members.ts"() {
    "use strict";
    init_inflate();
    init_zip();
    RATIO_FLOOR = 1024 * 1024;
    ReadLimits = class {
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
  }
});

// src/engine/archive/expand.ts
function archiveMatches(bytes, format, blobId2, limits, scanMember, onMember) {
  const budget = new ReadLimits(limits);
  const matches = [];
  const diagnostics = [];
  let matched = false;
  const note = (code2, chain, detail) => {
    const subject = chain.length > 0 ? `archive member "${chain.join("!")}"` : "archive";
    diagnostics.push({ code: code2, blobId: blobId2, detail: `blob ${blobId2}: ${subject} ${detail}` });
  };
  const walk2 = (archive, kind, chain, level) => {
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
        if (!walk2(entry.bytes, inner, path, level + 1)) return false;
        continue;
      }
      if (isBinary(entry.bytes)) continue;
      archiveCounters.scanned++;
      const result = scanMember(entry.bytes);
      if (!result) return false;
      matched ||= result.matched;
      const member = path.join("!");
      for (const m of result.matches) matches.push({ ...m, blobId: blobId2, member });
      const place = `blob ${blobId2}`;
      for (const d of result.diagnostics) {
        diagnostics.push({ ...d, blobId: blobId2, detail: d.detail.replace(place, `${place}: archive member "${path.join("!")}"`) });
      }
    }
    return true;
  };
  if (!walk2(bytes, format, [], 1)) return { matches: [], diagnostics: [], matched: true, needsLoad: true };
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
var archiveCounters;
var init_expand = __esm({
  "src/engine/archive/expand.ts"() {
    "use strict";
    init_binary();
    init_members();
    init_members();
    archiveCounters = { archives: 0, members: 0, scanned: 0 };
  }
});

// src/engine/fingerprint.ts
var fingerprint_exports = {};
__export(fingerprint_exports, {
  fingerprint: () => fingerprint,
  locationHash: () => locationHash
});
function createHash(algorithm) {
  crypto ??= (0, import_node_module2.createRequire)(__leakgateUrl)("node:crypto");
  return crypto.createHash(algorithm);
}
function fingerprint(ruleId2, secret, path) {
  const hash = createHash("sha256").update(ruleId2).update("\0").update(secret);
  if (path !== void 0) hash.update("\0").update(path);
  return hash.digest("hex").slice(0, 24);
}
function locationHash(findingFingerprint, path) {
  return `${createHash("sha256").update(findingFingerprint).update("\0").update(path).digest("hex").slice(0, 16)}:1`;
}
var import_node_module2, crypto;
var init_fingerprint = __esm({
  "src/engine/fingerprint.ts"() {
    "use strict";
    import_node_module2 = require("node:module");
  }
});

// src/engine/overlap.ts
function specificity(rule) {
  if (rule.specificity !== void 0) return rule.specificity;
  if (rule.tags.includes("generic")) return 0;
  if (rule.kind === "credential") return 50;
  return 100;
}
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
      if (other.example !== void 0 && m.example === void 0) return false;
      const [a0, a1] = rank(m);
      const [b0, b1] = rank(other);
      if (b0 !== a0) return b0 > a0;
      if (b1 !== a1) return b1 > a1;
      return other.ruleId < m.ruleId;
    })
  );
}
var PRECISION_RANK;
var init_overlap = __esm({
  "src/engine/overlap.ts"() {
    "use strict";
    PRECISION_RANK = { "very-high": 3, high: 2, medium: 1, low: 0 };
  }
});

// src/engine/rule-allowlists.ts
function compileRuleAllowlists(allowlists) {
  const compiled2 = allowlists.map((spec) => ({
    spec,
    regexes: spec.regexes.map(compileAllowValue),
    byPlace: spec.paths.length > 0 || spec.commits.length > 0
  }));
  return (texts) => {
    const pending = [];
    for (const [index, { spec, regexes, byPlace }] of compiled2.entries()) {
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
function allowsAt(allowlisted, allowlists, origin, pathTest) {
  if (!allowlisted || !allowlists) return false;
  const commit = origin.commit?.id.toLowerCase();
  for (const index of allowlisted) {
    const allowlist = allowlists[index];
    if (!allowlist) continue;
    const path = allowlist.paths.length > 0 ? pathTest(allowlist)(origin.path) : void 0;
    const listed = allowlist.commits.length > 0 ? commit !== void 0 && allowlist.commits.includes(commit) : void 0;
    if (allowlist.condition === "or" ? path === true || listed === true : path !== false && listed !== false) return true;
  }
  return false;
}
function fileAllowlists(allowlists) {
  const out = [];
  (allowlists ?? []).forEach((a, i) => {
    const byPlace = a.paths.length > 0 || a.commits.length > 0;
    const content = a.regexes.length > 0 || a.stopwords.length > 0;
    if (byPlace && (a.condition === "or" || !content)) out.push(i);
  });
  return out;
}
function allowlistPathTests() {
  const tests = /* @__PURE__ */ new WeakMap();
  return (allowlist) => {
    let test = tests.get(allowlist);
    if (!test) {
      const regexes = allowlist.paths.map(compileAllowValue);
      test = (path) => regexes.some((re) => re.test(path));
      tests.set(allowlist, test);
    }
    return test;
  };
}
function requirementsMet(match, required, others) {
  return required.every(
    (r) => others.some(
      (o) => o.ruleId === r.id && o.member === match.member && (r.withinLines === void 0 || Math.abs(o.line - match.line) <= r.withinLines) && (r.withinColumns === void 0 || Math.abs(o.column - match.column) <= r.withinColumns)
    )
  );
}
var init_rule_allowlists = __esm({
  "src/engine/rule-allowlists.ts"() {
    "use strict";
    init_allow_value();
  }
});

// src/ruleset/docs.ts
function ruleDocs(rule) {
  if (hasOwnDocs(rule)) return { remediation: rule.remediation, references: rule.references, examples: rule.examples };
  const stored = readBuiltinDocs().get(rule.id) ?? EMPTY_DOCS;
  return { remediation: rule.remediation ?? stored.remediation, references: rule.references ?? stored.references, examples: rule.examples ?? stored.examples };
}
function documented(rule) {
  return hasOwnDocs(rule) ? rule : Object.freeze({ ...rule, ...ruleDocs(rule) });
}
function hasOwnDocs(rule) {
  return rule.remediation !== void 0 && rule.references !== void 0 && rule.examples !== void 0;
}
function readBuiltinDocs() {
  if (builtinDocs) return builtinDocs;
  builtinDocs = /* @__PURE__ */ new Map();
  const file = (0, import_node_path8.join)((0, import_node_path8.dirname)((0, import_node_url2.fileURLToPath)(__leakgateUrl)), PRECOMPILED_RULE_DOCS);
  let parsed;
  try {
    parsed = (0, import_node_fs7.existsSync)(file) ? JSON.parse((0, import_node_fs7.readFileSync)(file, "utf8")) : void 0;
  } catch {
    parsed = void 0;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return builtinDocs;
  for (const [id, doc] of Object.entries(parsed)) {
    if (!doc || typeof doc !== "object") continue;
    const { remediation, references, examples } = doc;
    builtinDocs.set(
      id,
      Object.freeze({
        remediation: typeof remediation === "string" ? remediation : EMPTY_DOCS.remediation,
        references: Array.isArray(references) && references.every((r) => typeof r === "string") ? Object.freeze(references) : EMPTY_DOCS.references,
        examples: examples && Array.isArray(examples.match) && Array.isArray(examples.ignore) ? Object.freeze(examples) : EMPTY_DOCS.examples
      })
    );
  }
  return builtinDocs;
}
var import_node_fs7, import_node_path8, import_node_url2, PRECOMPILED_RULE_DOCS, EMPTY_DOCS, builtinDocs;
var init_docs = __esm({
  "src/ruleset/docs.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_node_path8 = require("node:path");
    import_node_url2 = require("node:url");
    PRECOMPILED_RULE_DOCS = "builtin-rule-docs.json";
    EMPTY_DOCS = Object.freeze({
      remediation: "",
      references: Object.freeze([]),
      examples: Object.freeze({ match: Object.freeze([]), ignore: Object.freeze([]) })
    });
  }
});

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
    const first2 = firstOutput;
    if (n < 1 || first2 < 1 || first2 > n || width === 2 && n > 65535 || !Array.isArray(outputs) || outputs.length !== n - first2) return void 0;
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
    const tables = { keywords, count: n, firstOutput: first2, table, outputs: lists };
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
var COLD_BYTES, MAGIC;
var init_prefilter = __esm({
  "src/engine/prefilter.ts"() {
    "use strict";
    COLD_BYTES = 1 << 20;
    MAGIC = "leakgate-prefilter 1\n";
  }
});

// src/engine/validators.ts
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
var BASE62_UPPER_FIRST, BASE62_LOWER_FIRST, CRC_TABLE, rotl, CASK_SEED, BECH32_ALPHABET, VALIDATORS;
var init_validators = __esm({
  "src/engine/validators.ts"() {
    "use strict";
    BASE62_UPPER_FIRST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    BASE62_LOWER_FIRST = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    CRC_TABLE = (() => {
      const table = new Uint32Array(256);
      for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
        table[n] = c >>> 0;
      }
      return table;
    })();
    rotl = (x, n) => (x << n | x >>> 32 - n) >>> 0;
    CASK_SEED = (() => {
      const bytes = Buffer.from("Default0", "ascii").reverse();
      return [bytes.readUInt32LE(0), bytes.readUInt32LE(4)];
    })();
    BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    VALIDATORS = {
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
  }
});

// src/engine/compile.ts
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
var CREDENTIAL_MODES;
var init_compile = __esm({
  "src/engine/compile.ts"() {
    "use strict";
    init_errors();
    init_precomputed();
    init_allow_value();
    init_re2();
    init_prefilter();
    init_validators();
    CREDENTIAL_MODES = { "credential-assignment": "literal", "credential-config": "config" };
  }
});

// src/engine/credentials/keys.ts
function keyWords(identifier) {
  return identifier.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}
function isHead(word, previous) {
  if (CREDENTIAL_WORDS.has(word)) return true;
  if (word === "key") return previous !== void 0 && KEY_QUALIFIERS.has(previous);
  return word.length >= 6 && CREDENTIAL_ENDINGS.some((ending) => word.endsWith(ending) && !word.endsWith("secretary"));
}
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
var CREDENTIAL_WORDS, CREDENTIAL_ENDINGS, KEY_QUALIFIERS, NEUTRAL_SUFFIXES, NEGATIVE_WORDS, cache;
var init_keys = __esm({
  "src/engine/credentials/keys.ts"() {
    "use strict";
    CREDENTIAL_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "pass", "passw", "pwd", "secret", "token", "credential", "credentials", "auth", "salt"]);
    CREDENTIAL_ENDINGS = ["password", "passwd", "passphrase", "secret", "token", "apikey", "secretkey", "accesskey", "privatekey", "authkey", "masterkey", "pwd"];
    KEY_QUALIFIERS = /* @__PURE__ */ new Set([
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
    NEUTRAL_SUFFIXES = /* @__PURE__ */ new Set([
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
    NEGATIVE_WORDS = /* @__PURE__ */ new Set([
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
    cache = /* @__PURE__ */ new Map();
  }
});

// src/engine/published-examples.ts
var PUBLISHED_EXAMPLES;
var init_published_examples = __esm({
  "src/engine/published-examples.ts"() {
    "use strict";
    PUBLISHED_EXAMPLES = [
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
  }
});

// src/engine/allowlist.ts
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
function sha256Hex(text) {
  crypto2 ??= (0, import_node_module3.createRequire)(__leakgateUrl)("node:crypto");
  return crypto2.createHash("sha256").update(text, "utf8").digest("hex");
}
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
var import_node_module3, TEMPLATE, REFERENCE_START, ENV_LOOKUP, PLACEHOLDER_WORDS, SEQUENCES, KEYBOARD_ROWS, KEYBOARD_POSITION, crypto2, PUBLISHED;
var init_allowlist = __esm({
  "src/engine/allowlist.ts"() {
    "use strict";
    import_node_module3 = require("node:module");
    init_published_examples();
    TEMPLATE = /\{[A-Za-z0-9_]+:[^{}\s]{1,40}\}|^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;
    REFERENCE_START = /^\{?\$\(|^ENC[[(]|\{\{|\$\{[A-Za-z_]/;
    ENV_LOOKUP = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;
    PLACEHOLDER_WORDS = /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|\u2026|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;
    SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "1234567890"];
    KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
    KEYBOARD_POSITION = /* @__PURE__ */ new Map();
    KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, i) => KEYBOARD_POSITION.set(ch, r * 100 + i)));
    PUBLISHED = indexPublishedExamples(PUBLISHED_EXAMPLES);
  }
});

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
var init_entropy = __esm({
  "src/engine/entropy.ts"() {
    "use strict";
  }
});

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
var LineIndex;
var init_text_position = __esm({
  "src/engine/text-position.ts"() {
    "use strict";
    LineIndex = class {
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
  }
});

// src/engine/credentials/values.ts
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
function charClass(code2) {
  if (code2 >= 97 && code2 <= 122) return 0;
  if (code2 >= 65 && code2 <= 90) return 1;
  if (code2 >= 48 && code2 <= 57) return 2;
  return 3;
}
var MIN_LENGTH, MAX_LENGTH, NON_VALUES, REFERENCE, EXPRESSION, LOCATION, CONSTANT_NAME, MASK, PROVIDER_PREFIX, MADE_UP;
var init_values = __esm({
  "src/engine/credentials/values.ts"() {
    "use strict";
    init_allowlist();
    init_entropy();
    init_text_position();
    MIN_LENGTH = 4;
    MAX_LENGTH = 256;
    NON_VALUES = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|n\/a|na|tbd|todo|required|optional|string|str|text|hidden|masked|mask|default|auto|random|generated|sensitive|secure|redacted|omitted|unset|foo|bar|baz|foobar|test|tests|testing|demo|abc|abcd|xyz|hello|world|value|basic|bearer|digest|oauth2?|ntlm|kerberos|plain|login|md5|sha1|sha256|scram-sha-256|trust|peer|ident|string|integer|number|boolean|object|array|include|omit|same-origin)$/i;
    REFERENCE = /^(?:[!&*@$%{[<]|#\{|ENC[[(]|\{cipher\}|vault:|ref\+|op:\/\/|sm:\/\/|akv:\/\/|secret:|arn:aws:|projects\/[^/]+\/secrets\/|AQICA)|\$\{|\$\(|\{\{|\}\}|%\(|%[sdv]\b|\{[0-9]?\}|\$[A-Z_]{2,}|@Microsoft\.KeyVault/;
    EXPRESSION = /[()]|==|=>|->|&&|\|\||\.\*|\\[dwsSbn]|^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+$/;
    LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:json|ya?ml|toml|txt|pem|key|crt|cer|p12|pfx|jks|env|xml|properties|conf|cfg|ini|sh)$/i;
    CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
    MASK = /^(.)\1+$|\*{2,}|x{4,}|X{4,}|\.{3}|\u2022{2,}|^[*#x\u2022_.-]+$/;
    PROVIDER_PREFIX = /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,5}-|xox[a-z]-|xapp-|sk-|[sprk]k_(?:live|test)_|shp[a-z]{2}_|pypi-|npm_|AKIA|ASIA|AIza|ya29\.|ATATT|ATCTT|dckr_pat_|hf_|SG\.|amzn\.|dop_v1_|lin_api_|whsec_|glc_|glsa_|sntry[su]_|AGE-SECRET-KEY-)|[_.-]$/;
    MADE_UP = /synthetic|fixture|dummy|fake|mock|hunter2|not[_-]?it|0123456|123456789|abcdefg|\u2026/i;
  }
});

// src/engine/credentials/values-read.ts
function isQuote(code2) {
  return code2 === QUOTE_DOUBLE || code2 === QUOTE_SINGLE;
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
  const open2 = text.indexOf("<", start);
  if (open2 === -1 || open2 - start > MAX_VALUE || text[open2 + 1] !== "/") return void 0;
  let end = open2;
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
var MAX_VALUE, MAX_PREFIX, QUOTE_DOUBLE, QUOTE_SINGLE;
var init_values_read = __esm({
  "src/engine/credentials/values-read.ts"() {
    "use strict";
    MAX_VALUE = 400;
    MAX_PREFIX = 200;
    QUOTE_DOUBLE = 34;
    QUOTE_SINGLE = 39;
  }
});

// src/engine/credentials/find.ts
function isIdentifier(code2) {
  return code2 >= 97 && code2 <= 122 || code2 >= 65 && code2 <= 90 || code2 >= 48 && code2 <= 57 || code2 === 95 || code2 === 45 || code2 === 46;
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
  const attribute2 = /^value[ \t]*=[ \t]*/.exec(text.slice(p, p + 12));
  if (attribute2 && /(?:key|name)[ \t]*=[ \t]*$/.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, p + attribute2[0].length);
  if (text[p] === "," && /define[ \t]*\([ \t]*$/i.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, skipSpaces(text, p + 1));
  const op = afterOperator(text, p);
  if (op === -1) return void 0;
  p = skipSpaces(text, op);
  if (isQuote(text.charCodeAt(p))) return readQuoted(text, p);
  return opensLine(text, keyStart - 1) ? readUnquoted(text, p) : void 0;
}
var KEY_HINT;
var init_find = __esm({
  "src/engine/credentials/find.ts"() {
    "use strict";
    init_keys();
    init_values();
    init_values_read();
    KEY_HINT = /pass|pwd|secret|token|key|auth|cred|salt/gi;
  }
});

// src/engine/kubernetes-secret.ts
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
    let first2 = header + 1;
    while (first2 < end && (text[first2] === " " || text[first2] === "	" || text[first2] === "\n" || text[first2] === "\r")) first2++;
    let last = text.indexOf("\n", first2);
    if (last === -1 || last > end) last = end;
    if (text[last - 1] === "\r") last--;
    return first2 < last ? [first2, last] : void 0;
  }
  return end > start ? [start, end] : void 0;
}
var SECRET_KIND, TEMPLATE_FILL, HELM_ACTION, WHOLE_LINE_ACTION;
var init_kubernetes_secret = __esm({
  "src/engine/kubernetes-secret.ts"() {
    "use strict";
    SECRET_KIND = /["']?\bkind["']?[ \t]*:[ \t]*["']?Secret["']?(?![\w-])/;
    TEMPLATE_FILL = "_";
    HELM_ACTION = /\{\{.*?\}\}/g;
    WHOLE_LINE_ACTION = /^[ \t]*\{\{.*?\}\}[ \t]*(?=\r?$)/gm;
  }
});

// src/engine/decode/codecs.ts
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
    const code2 = parseInt(x ?? u ?? cp, 16);
    if (code2 > 1114111) return all;
    escapes++;
    return String.fromCodePoint(code2);
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
  return control * 50 <= bytes.length && high * 5 <= bytes.length && (high === 0 || (0, import_node_buffer.isUtf8)(bytes));
}
var import_node_buffer, BASE64_STD, BASE64_URL, MIN_DECODED;
var init_codecs = __esm({
  "src/engine/decode/codecs.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
    BASE64_STD = /^[A-Za-z0-9+/]+={0,2}$/;
    BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;
    MIN_DECODED = 8;
  }
});

// src/engine/decode/spans.ts
function newBudget() {
  return { spans: SPAN_BUDGET, chars: CHAR_BUDGET, exhausted: false };
}
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
function findAround(buf, marker2, escapeAt2, encoding, budget, out) {
  const n = buf.length;
  for (let at = buf.indexOf(marker2); at !== -1; at = at < n ? buf.indexOf(marker2, at) : -1) {
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
      const next = buf[end] === marker2 ? escapeAt2(buf, end) : 0;
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
var decodeCounters, MAX_SPAN, MIN_RUN, SPAN_BUDGET, CHAR_BUDGET, RUN_CLASS, IN_RUN, URL_ONLY, HINTLESS_MIN, DASHED_HEX, SUBRESOURCE_INTEGRITY, VARIETY, VARIETY_WINDOW, JWT_HEADER_FIELD;
var init_spans = __esm({
  "src/engine/decode/spans.ts"() {
    "use strict";
    init_codecs();
    decodeCounters = { spansTried: 0, charsDecoded: 0, spansTextual: 0, spansTooLong: 0 };
    MAX_SPAN = 64 * 1024;
    MIN_RUN = 16;
    SPAN_BUDGET = 2048;
    CHAR_BUDGET = 1024 * 1024;
    RUN_CLASS = new Uint8Array(256);
    for (const c of "abcdefghijklmnopqrstuvwxyz") RUN_CLASS[c.charCodeAt(0)] = 1;
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") RUN_CLASS[c.charCodeAt(0)] = 1 | 4;
    for (const c of "0123456789+") RUN_CLASS[c.charCodeAt(0)] = 1 | 2;
    RUN_CLASS[47] = 1 | 2 | 8;
    RUN_CLASS[45] = 16;
    RUN_CLASS[95] = 16;
    IN_RUN = 1;
    URL_ONLY = 16;
    HINTLESS_MIN = 40;
    DASHED_HEX = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    SUBRESOURCE_INTEGRITY = /^sha(?:1|256|384|512)-/;
    VARIETY = 6;
    VARIETY_WINDOW = 24;
    JWT_HEADER_FIELD = /"(?:alg|typ)"\s*:/;
  }
});

// src/engine/decode/expand.ts
function decodedMatches(bytes, depth2, blobId2, plain, scanUnit) {
  const matches = [];
  const diagnostics = [];
  if (depth2 <= 0) return { matches, diagnostics };
  const budget = newBudget();
  const spans = decodeSpans(bytes, budget);
  if (spans.length === 0 && !budget.exhausted) return { matches, diagnostics };
  const text = bytes.toString("latin1");
  const lines = new LineIndex(text);
  const seen = new Set(plain.map((m) => `${m.ruleId}\0${m.secret}`));
  for (const span of spans) {
    const place = placeOf(text, lines, span);
    const here = new Set(plain.filter((m) => overlaps2(m, place)).map((m) => m.ruleId));
    const found = [];
    if (!scanDecoded(text, lines, span, depth2, [], budget, scanUnit, found, diagnostics)) return { matches: [], diagnostics: [], needsLoad: true };
    for (const m of found) {
      const key = `${m.ruleId}\0${m.secret}`;
      if (seen.has(key) || here.has(m.ruleId)) continue;
      seen.add(key);
      matches.push({ ...m, blobId: blobId2, ...place });
    }
  }
  if (budget.exhausted) {
    diagnostics.push({
      code: "decode-limit",
      blobId: blobId2,
      detail: `blob ${blobId2} has more encoded-looking text than one blob's decoding budget; the rest was scanned as written but not decoded`
    });
  }
  return { matches, diagnostics };
}
function scanDecoded(text, lines, span, depth2, chain, budget, scanUnit, found, diagnostics) {
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
  for (const m of result.matches) if (overlaps2(m, decodedPlace)) found.push({ ...m, decoded: here });
  for (const d of result.diagnostics) if (d.code !== "match-limit") diagnostics.push(d);
  if (depth2 <= 1) return true;
  const inner = span.bytes.toString("latin1");
  const innerLines = new LineIndex(inner);
  for (const next of decodeSpans(span.bytes, budget)) {
    if (!scanDecoded(inner, innerLines, next, depth2 - 1, here, budget, scanUnit, found, diagnostics)) return false;
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
function overlaps2(m, p) {
  const startsBeforeEnd = m.line < p.endLine || m.line === p.endLine && m.column < p.endColumn;
  const endsAfterStart = m.endLine > p.line || m.endLine === p.line && m.endColumn > p.column;
  return startsBeforeEnd && endsAfterStart;
}
var CONTEXT_BEFORE, CONTEXT_AFTER;
var init_expand2 = __esm({
  "src/engine/decode/expand.ts"() {
    "use strict";
    init_text_position();
    init_spans();
    CONTEXT_BEFORE = 64;
    CONTEXT_AFTER = 256;
  }
});

// src/engine/unicode-view.ts
function unicodeView(latin1) {
  if (!NON_ASCII.test(latin1)) return { text: latin1, map: void 0 };
  const n = latin1.length;
  const parts = [];
  const map = new Int32Array(2 * n + 1);
  let out = 0;
  let chunk = "";
  const emit = (code2, from) => {
    const s = String.fromCodePoint(code2);
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
    let code2 = -1;
    let len = 1;
    if (b >= 194 && b <= 223) {
      const c1 = cont(i + 1);
      if (c1 >= 0) [code2, len] = [(b & 31) << 6 | c1, 2];
    } else if (b >= 224 && b <= 239) {
      const c1 = cont(i + 1, b === 224 ? 160 : 128, b === 237 ? 159 : 191);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      if (c2 >= 0) [code2, len] = [(b & 15) << 12 | c1 << 6 | c2, 3];
    } else if (b >= 240 && b <= 244) {
      const c1 = cont(i + 1, b === 240 ? 144 : 128, b === 244 ? 143 : 191);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      const c3 = c2 >= 0 ? cont(i + 3) : -1;
      if (c3 >= 0) [code2, len] = [(b & 7) << 18 | c1 << 12 | c2 << 6 | c3, 4];
    }
    emit(code2 < 0 ? 65533 : code2, i);
    i += len;
  }
  map[out] = n;
  parts.push(chunk);
  return { text: parts.join(""), map: map.subarray(0, out + 1) };
}
var NON_ASCII;
var init_unicode_view = __esm({
  "src/engine/unicode-view.ts"() {
    "use strict";
    NON_ASCII = /[\x80-\xff]/;
  }
});

// src/engine/inline-allow.ts
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
  found.forEach(({ marker: marker2, end }, i) => {
    const rest = line.slice(end, found[i + 1]?.start ?? line.length);
    const rules = [];
    let tail = rest;
    if (marker2 === "leakgate:allow") {
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
    comments.push(reason ? { marker: marker2, rules, reason } : { marker: marker2, rules });
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
function allowFor(comments, ruleId2) {
  for (const comment of comments) {
    if (comment.rules.length === 0 || comment.rules.includes(ruleId2)) {
      return comment.reason === void 0 ? { marker: comment.marker } : { marker: comment.marker, reason: comment.reason };
    }
  }
  return void 0;
}
var MARKER, RULE_ID, REASON, CLOSER, MAX_REASON, ALLOW_HINT;
var init_inline_allow = __esm({
  "src/engine/inline-allow.ts"() {
    "use strict";
    MARKER = /(?:\/\/+|#+|\/\*+|\*|<!--|--|;+|%+|\{#|\{\{!(?:--)?|\{\{-?\/\*|\(\*|\b[Rr][Ee][Mm]\b|::|['"](?=[ \t]))[ \t]*(leakgate|gitleaks):allow(?![A-Za-z0-9_-])/g;
    RULE_ID = /[ \t,]*([A-Za-z0-9][A-Za-z0-9_.-]*)/y;
    REASON = /^[ \t,]*--[ \t]*(.*)$/;
    CLOSER = /\s*(?:\*\/|-->|%>|#\}|\}\}|\*\)|-\}|\s(?:#|\/\/|\/\*|<!--|;|%|--))\s*$/;
    MAX_REASON = 200;
    ALLOW_HINT = ":allow";
  }
});

// src/engine/rule-run.ts
function matchLimit(blobId2, ruleId2) {
  return { code: "match-limit", blobId: blobId2, ruleId: ruleId2, detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId2} in one blob; the rest are not reported` };
}
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
function allowlistCheck(spec) {
  let check = allowlistChecks.get(spec);
  if (!check) {
    check = compileRuleAllowlists(spec.allowlists ?? []);
    allowlistChecks.set(spec, check);
  }
  return check;
}
function documentationHostAfter(text, end) {
  HOST_AFTER.lastIndex = end;
  const host = HOST_AFTER.exec(text)?.[1]?.replace(/\.$/, "");
  return host !== void 0 && DOCUMENTATION_HOST.test(host) ? `documentation host ${host}` : void 0;
}
var MAX_MATCHES_PER_RULE, SNIPPET_CONTEXT, EMPTY_STARTS, MatchSink, allowlistChecks, HOST_AFTER, DOCUMENTATION_HOST, AllowComments;
var init_rule_run = __esm({
  "src/engine/rule-run.ts"() {
    "use strict";
    init_allowlist();
    init_entropy();
    init_inline_allow();
    init_kubernetes_secret();
    init_codecs();
    init_text_position();
    init_rule_allowlists();
    MAX_MATCHES_PER_RULE = 200;
    SNIPPET_CONTEXT = 80;
    EMPTY_STARTS = new Int32Array(0);
    MatchSink = class {
      constructor(rule, blobId2, text, lines, allows, matches, diagnostics, requiredOnly = false) {
        this.rule = rule;
        this.blobId = blobId2;
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
    allowlistChecks = /* @__PURE__ */ new WeakMap();
    HOST_AFTER = /@\[?([A-Za-z0-9.-]{1,253})/y;
    DOCUMENTATION_HOST = /^(?:[A-Za-z0-9-]+\.)*(?:example\.(?:com|net|org)|(?:my|your)?(?:company|domain)\.(?:com|net|org))$|(?:^|\.)(?:example|test|invalid)$/i;
    AllowComments = class {
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
      covering(ruleId2, firstLine, lastLine) {
        this.any ??= this.text.includes(ALLOW_HINT);
        if (!this.any) return void 0;
        return allowFor(this.on(firstLine), ruleId2) ?? (lastLine === firstLine ? void 0 : allowFor(this.on(lastLine), ruleId2));
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
  }
});

// src/engine/windows.ts
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
  for (const [first2, last] of focus) {
    if (first2 < 1 || first2 <= previousLast || last < first2) return void 0;
    previousLast = last;
    lead.toLine(first2 - 1);
    if (lead.line < first2 - 1) break;
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
  const walk2 = new LineWalk(new Latin1Pieces(bytes));
  const newlinesBefore = (lineStart) => {
    walk2.toByte(lineStart);
    return walk2.line;
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
function ruleOrder(ruleSet) {
  let order = ruleOrders.get(ruleSet);
  if (!order) ruleOrders.set(ruleSet, order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i])));
  return order;
}
function mergeWindows(matches, diagnostics, ruleSet, blobId2) {
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
  for (const ruleId2 of [...limited].sort((a, b) => order.get(a) - order.get(b))) {
    others.push(matchLimit(blobId2, ruleId2));
  }
  return [kept, others];
}
var FOCUS_MAX_SHARE, LINE_STEPS, Latin1Pieces, LineWalk, WINDOW_OWNED, LINE_CHUNK, WINDOW_OVERLAP, ruleOrders;
var init_windows = __esm({
  "src/engine/windows.ts"() {
    "use strict";
    init_rule_run();
    FOCUS_MAX_SHARE = 0.6;
    LINE_STEPS = [512, 64, 8, 1].map((k) => [k, new RegExp(`(?:[^\\n]*\\n){${k}}`, "y")]);
    Latin1Pieces = class {
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
    LineWalk = class {
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
    WINDOW_OWNED = 96 * 1024;
    LINE_CHUNK = 64 * 1024;
    WINDOW_OVERLAP = 16 * 1024;
    ruleOrders = /* @__PURE__ */ new WeakMap();
  }
});

// src/engine/detect.ts
function createDetector(specs, options = {}) {
  return new RuleDetector(specs, options);
}
async function scanBlob(detector, blob, beforeRule, scoped = true) {
  const result = detector.scan(blob, beforeRule, scoped);
  if (!result.needsLoad) return result;
  await detector.load();
  return detector.scan(blob, beforeRule, scoped);
}
function mayNameSecret(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.indexOf("ecret") !== -1 || buf.indexOf("ECRET") !== -1;
}
var yamlModule, DEFAULT_DECODE_DEPTH, RuleDetector;
var init_detect = __esm({
  "src/engine/detect.ts"() {
    "use strict";
    init_scan_settings();
    init_expand();
    init_binary();
    init_compile();
    init_find();
    init_kubernetes_secret();
    init_expand2();
    init_text_position();
    init_re2();
    init_unicode_view();
    init_windows();
    init_rule_run();
    init_rule_run();
    DEFAULT_DECODE_DEPTH = 3;
    RuleDetector = class {
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
        const mod = await Promise.resolve().then(() => __toESM(require("./vendor/yaml.cjs"), 1));
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
      runWindow(blobId2, text, from, to, rules, anchorsOf, found, diagnostics, beforeRule) {
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
            runRe2(rule.re2, rule.spec.secretGroup, view ??= unicodeView(text), new MatchSink(rule, blobId2, text, lines, allows, found, diagnostics, requiredOnly));
            continue;
          }
          if (!rule.regex && !rule.credential) continue;
          beforeRule?.(r);
          const sink = new MatchSink(rule, blobId2, text, lines, allows, found, diagnostics, requiredOnly);
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
  }
});

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
async function compileAnyGlob(globs2) {
  if (globs2.length === 0) return () => false;
  const alternation = async (patterns) => patterns.length === 0 ? void 0 : new RegExp((await Promise.all(patterns.map(globSource))).map((source) => `(?:${source})`).join("|"));
  const bases = globs2.filter(isBaseGlob).map((g) => g.slice(3));
  const paths = globs2.filter((g) => !isBaseGlob(g));
  const baseRe = await alternation(bases);
  const pathRe = await alternation(paths);
  const baseText = holdsAny(anyRequired(bases));
  const pathText = holdsAny(anyRequired(paths));
  const literal = new Set(globs2);
  return (path) => {
    if (literal.has(path)) return true;
    const base = path.slice(path.lastIndexOf("/") + 1);
    return baseRe !== void 0 && baseText(base) && baseRe.test(base) || pathRe !== void 0 && pathText(path) && pathRe.test(path);
  };
}
function holdsAny(required) {
  if (required === void 0) return () => true;
  if (required.length === 0) return () => false;
  const literals = new RegExp([...new Set(required)].map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
  return (text) => literals.test(text);
}
function anyRequired(globs2) {
  const all = [];
  for (const glob of globs2) {
    const required = requiredText(glob);
    if (required === void 0) return void 0;
    all.push(...required);
  }
  return all;
}
var init_paths = __esm({
  "src/engine/paths.ts"() {
    "use strict";
    init_allow_value();
    init_globs();
  }
});

// src/sources/revisions.ts
async function resolveTips(repo) {
  const refs = await gitMaybe(repo, ["rev-parse", "--all"]) ?? "";
  const head = await gitMaybe(repo, ["rev-parse", "--verify", "-q", "HEAD"]) ?? "";
  return [...new Set(`${refs}
${head}`.split("\n").map((l) => l.trim()).filter(Boolean))].sort();
}
async function allReachable(repo, old, tips) {
  if (old.length === 0) return true;
  const input = `${old.join("\n")}
${tips.map((t) => `^${t}`).join("\n")}
`;
  try {
    const out = await git(repo, ["rev-list", "-n", "1", "--stdin"], input);
    return out.trim() === "";
  } catch {
    return false;
  }
}
function checkRevisionSpec(flag, spec) {
  if (spec === "" || spec.startsWith("-") || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
}
async function verifyRevisions(repo, flag, spec, revs) {
  checkRevisionSpec(flag, spec);
  const result = await gitResult(repo, ["rev-parse", ...revs.filter((r) => !r.startsWith("--")), "--"]);
  if (result.code !== 0) {
    const why = result.stderr.split("\n")[0].replace(/^fatal: /, "") || `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}
var init_revisions = __esm({
  "src/sources/revisions.ts"() {
    "use strict";
    init_errors();
    init_git();
  }
});

// src/sources/place-index.ts
var PlaceIndex;
var init_place_index = __esm({
  "src/sources/place-index.ts"() {
    "use strict";
    PlaceIndex = class {
      places = /* @__PURE__ */ new Map();
      /** Records that `blobId` sits at `origin`; true when the blob was not met before. */
      add(blobId2, origin) {
        const known = this.places.get(blobId2);
        if (known) known.push(origin);
        else this.places.set(blobId2, [origin]);
        return known === void 0;
      }
      /** The places of one blob, in the order met. */
      placesOf(blobId2) {
        return this.places.get(blobId2);
      }
      async origins(blobIds) {
        const out = /* @__PURE__ */ new Map();
        for (const id of blobIds) {
          const places = this.places.get(id);
          if (places) out.set(id, [...places]);
        }
        return out;
      }
      /** Paths in the order first met, each with its blobs in the order they were met. */
      *paths() {
        const byPath = /* @__PURE__ */ new Map();
        for (const [blob, places] of this.places) {
          for (const { path } of places) {
            const list = byPath.get(path);
            if (list) list.push(blob);
            else byPath.set(path, [blob]);
          }
        }
        for (const [path, blobIds] of byPath) yield { path, blobIds };
      }
    };
  }
});

// src/engine/file-rules.ts
function startsWith(head, prefix, offset = 0) {
  if (head.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (head[offset + i] !== prefix[i]) return false;
  return true;
}
function extension(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.indexOf(".", 1);
  return dot === -1 ? name : `*${name.slice(dot)}`;
}
function compileMagic(ruleId2, magic, verify) {
  return { ruleId: ruleId2, name: magic.name, offset: magic.offset, bytes: Buffer.from(magic.bytes, "hex"), binary: magic.binary, verify };
}
var EMPTY_BLOB_ID, u32le, u32be, u16le, MAGIC_VERIFIERS, LFS_POINTER_PREFIXES, LFS_POINTER_MAX, ENCRYPTED, FileRuleSet;
var init_file_rules = __esm({
  "src/engine/file-rules.ts"() {
    "use strict";
    init_errors();
    init_size();
    init_rule();
    init_binary();
    init_globs();
    init_paths();
    init_allow_value();
    EMPTY_BLOB_ID = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
    u32le = (b, at) => (b[at] | b[at + 1] << 8 | b[at + 2] << 16 | b[at + 3] << 24) >>> 0;
    u32be = (b, at) => (b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3]) >>> 0;
    u16le = (b, at) => b[at] | b[at + 1] << 8;
    MAGIC_VERIFIERS = {
      pe: (b) => b.length >= 64 && u32le(b, 60) + 4 <= b.length && u32be(b, u32le(b, 60)) === 1346699264,
      "java-class": (b) => b.length >= 8 && (b[6] << 8 | b[7]) >= 45 && (b[6] << 8 | b[7]) < 100,
      "macho-fat": (b) => b.length >= 8 && u32be(b, 4) > 0 && u32be(b, 4) < 30,
      // CPython's magic numbers: 3000-3999 for Python 3, 62211 for 2.7, followed by \r\n.
      pyc: (b) => b.length >= 16 && (u16le(b, 0) >= 3e3 && u16le(b, 0) < 4e3 || u16le(b, 0) === 62211)
    };
    LFS_POINTER_PREFIXES = ["version https://git-lfs.github.com/spec/", "version https://hawser.github.com/spec/"].map((p) => Buffer.from(p, "latin1"));
    LFS_POINTER_MAX = 1024;
    ENCRYPTED = [
      { name: "git-crypt", prefix: Buffer.from("\0GITCRYPT\0", "latin1") },
      { name: "ansible-vault", prefix: Buffer.from("$ANSIBLE_VAULT;", "latin1") },
      { name: "age", prefix: Buffer.from("age-encryption.org/v1\n", "latin1") },
      { name: "age", prefix: Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----", "latin1") },
      { name: "pgp", prefix: Buffer.from("-----BEGIN PGP MESSAGE-----", "latin1") },
      // OpenPGP packet headers of a public-key or symmetric-key encrypted session key (old and new formats).
      ...[132, 133, 140, 193, 195].map((b) => ({ name: "pgp", prefix: Buffer.from([b]), binary: true }))
    ];
    FileRuleSet = class _FileRuleSet {
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
        const fileRules = rules.filter((r) => r.detector !== void 0 && FILE_DETECTORS.includes(r.detector));
        const globs2 = async (patterns, empty) => patterns.length === 0 ? () => empty : await globsTest(patterns);
        const regexes = (sources) => {
          if (!sources || sources.length === 0) return void 0;
          const compiled2 = sources.map(compileAllowValue);
          return (path) => compiled2.some((re) => re.test(path));
        };
        const pathRule = async (rule) => {
          const include = await globs2(rule.paths, true);
          const exclude = await globs2(rule.excludePaths, false);
          const includeRe = regexes(rule.pathRegexes);
          const excludeRe = regexes(rule.excludePathRegexes);
          if (!includeRe && !excludeRe) return { rule, include, exclude };
          return { rule, include: (path) => include(path) && (includeRe?.(path) ?? true), exclude: (path) => exclude(path) || (excludeRe?.(path) ?? false) };
        };
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
              test: await globs2(l.paths, true),
              ...l.warn !== void 0 ? { warn: l.warn } : {},
              ...l.error !== void 0 ? { error: l.error } : {},
              fromPack
            });
            const own = await Promise.all((rule.sizeLimits ?? []).map((l) => compileLimit(l, true)));
            const limits = [...await Promise.all(extraLimits.map((l) => compileLimit(l, false))), ...own];
            const limitFor = (path) => {
              const first2 = limits.find((l) => l.test(path));
              if (!first2 || first2.fromPack || first2.error !== void 0) return first2;
              const packError = own.find((l) => l.test(path))?.error;
              return packError === void 0 ? first2 : { ...first2, error: Math.max(packError, first2.warn ?? 0) };
            };
            largeRules.push({ rule: await pathRule(rule), limits, limitFor });
          }
          if (rule.detector === "dependency-folder") {
            for (const spec of rule.folders ?? []) {
              if (!folders.has(spec.name)) folders.set(spec.name, { rule, spec, evidence: spec.evidence.length > 0 ? await globs2(spec.evidence, false) : void 0 });
            }
          }
        }
        if (problems.length > 0) throw new ConfigError(problems.join("\n"));
        const namedByGlob = await compileAnyGlob(pathRules.flatMap((r) => r.rule.paths));
        const byRegex = pathRules.filter((r) => (r.rule.pathRegexes?.length ?? 0) > 0);
        const named = byRegex.length === 0 ? namedByGlob : (path) => namedByGlob(path) || byRegex.some((r) => r.include(path) && !r.exclude(path));
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
       * (it depends on the commit), see scan/files.ts.
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
            for (const blobId2 of blobIds) {
              const f = facts(blobId2);
              if (blobId2 === EMPTY_BLOB_ID || f?.size === 0 || f?.lfsPointer) continue;
              if (pr.rule.kind === "credential" && f?.encrypted !== void 0) continue;
              const magic = f?.magic?.find((m) => m.ruleId === pr.rule.id)?.name;
              add(pr.rule, path, { blobId: blobId2, ...f ? { size: f.size } : {}, ...magic ? { magic } : {} }, true);
            }
          }
          for (const blobId2 of blobIds) {
            const f = facts(blobId2);
            if (!f || f.lfsPointer) continue;
            for (const m of f.magic ?? []) {
              const pr = this.artefactRules.get(m.ruleId);
              if (pr && !pr.exclude(path)) add(pr.rule, path, { blobId: blobId2, size: f.size, magic: m.name }, false);
            }
            if (f.size < this.minLargeSize) continue;
            for (const { rule, limitFor } of this.largeRules) {
              if (!rule.include(path) || rule.exclude(path)) continue;
              const limit = limitFor(path);
              const floor = Math.min(limit?.warn ?? Infinity, limit?.error ?? Infinity);
              if (f.size >= floor) add(rule.rule, path, { blobId: blobId2, size: f.size }, false);
            }
          }
        }
        const out = [...hits.values()].map((h) => ({ rule: h.rule, path: h.path, versions: [...h.versions.values()], byName: h.byName }));
        const folderRoots = this.acceptedRoots(roots);
        for (const [root, info] of folderRoots) {
          out.push({ rule: info.rule, path: `${root}/`, versions: [...info.blobIds].map((blobId2) => ({ blobId: blobId2 })), byName: true, files: info.files });
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
            // Over the warning size only: `info`, reported but not failing by default (failOn defaults to low).
            severity: isError ? rule.severity : "info",
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
  }
});

// src/scan/incremental/store.ts
function cacheKey(parts) {
  return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
function isStoredWalk(walk2, oidChars) {
  const isOid = (v) => typeof v === "string" && v.length === oidChars && /^[0-9a-f]+$/.test(v);
  const isCount = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  if (typeof walk2 !== "object" || walk2 === null) return false;
  const w = walk2;
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
  const temp = `${file}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`;
  try {
    await (0, import_promises.writeFile)(temp, data, { mode: 384 });
    await (0, import_promises.rename)(temp, file);
    return true;
  } catch (error) {
    await (0, import_promises.unlink)(temp).catch(() => void 0);
    diagnostics.push(cacheDiagnostic(`cannot write scan cache ${file}: ${error.code ?? String(error)}`));
    return false;
  }
}
function isOtherFormat(format) {
  return typeof format === "string" && format !== FORMAT2 && format.startsWith("leakgate-scan-cache/");
}
function cacheDiagnostic(detail) {
  return { code: "cache-ignored", detail };
}
var import_node_crypto, import_promises, import_node_path11, FORMAT2, SIZE_BYTES, FLAG_BINARY2, FLAG_MATCHED2, FLAG_RESULTS, FLAG_TRUNCATED, FLAG_WALKED, FLAG_SCOPED, ScanCache;
var init_store = __esm({
  "src/scan/incremental/store.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_promises = require("node:fs/promises");
    import_node_path11 = require("node:path");
    FORMAT2 = "leakgate-scan-cache/3";
    SIZE_BYTES = 8;
    FLAG_BINARY2 = 1;
    FLAG_MATCHED2 = 2;
    FLAG_RESULTS = 4;
    FLAG_TRUNCATED = 8;
    FLAG_WALKED = 16;
    FLAG_SCOPED = 32;
    ScanCache = class _ScanCache {
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
          text = await (0, import_promises.readFile)(this.walkFile, "utf8");
        } catch {
          return void 0;
        }
        try {
          const stored = JSON.parse(text);
          if (isOtherFormat(stored.format)) return void 0;
          if (stored.format !== FORMAT2 || stored.key !== this.key) throw new Error("header does not match");
          if (stored.generation !== this.generation) return void 0;
          const walk2 = stored.walk;
          if (!isStoredWalk(walk2, this.oidBytes * 2)) throw new Error("bad walk");
          return walk2;
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
        const file = (0, import_node_path11.join)(dir, `scan-${key}.cache`);
        const empty = () => new _ScanCache(file, key, oidBytes, Buffer.alloc(0), {}, void 0);
        let data;
        try {
          data = await (0, import_promises.readFile)(file);
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
          if (header.format !== FORMAT2 || header.key !== key || header.oidBytes !== oidBytes) throw new Error("header does not match");
          if (!Number.isSafeInteger(header.count) || !Number.isSafeInteger(header.resultsBytes)) throw new Error("bad counts");
          if (body.length !== header.count * recordBytes + header.resultsBytes) throw new Error("truncated");
          if ((0, import_node_crypto.createHash)("sha256").update(body).digest("hex") !== header.sha256) throw new Error("checksum mismatch");
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
              binary: (flags & FLAG_BINARY2) !== 0,
              matched: (flags & FLAG_MATCHED2) !== 0,
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
      async save(diagnostics, walk2, incremental = false) {
        if (this.added.size === 0 && !walk2) return;
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
            out[at + this.oidBytes + SIZE_BYTES] = (blob.binary ? FLAG_BINARY2 : 0) | (blob.matched ? FLAG_MATCHED2 : 0) | (hasResults ? FLAG_RESULTS : 0) | (blob.truncated ? FLAG_TRUNCATED : 0) | (blob.scoped ? FLAG_SCOPED : 0) | FLAG_WALKED;
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
        const generation = (0, import_node_crypto.randomBytes)(8).toString("hex");
        const header = {
          format: FORMAT2,
          key: this.key,
          oidBytes: this.oidBytes,
          count: n,
          resultsBytes: resultText.length,
          sha256: (0, import_node_crypto.createHash)("sha256").update(body).digest("hex"),
          generation
        };
        await (0, import_promises.mkdir)((0, import_node_path11.join)(this.file, ".."), { recursive: true }).catch(() => void 0);
        if (!await writeAtomically(this.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`, "utf8"), body]), diagnostics)) return;
        if (walk2) await writeAtomically(this.walkFile, Buffer.from(JSON.stringify({ format: FORMAT2, key: this.key, generation, walk: walk2 }), "utf8"), diagnostics);
      }
    };
  }
});

// src/scan/incremental/walk.ts
var walk_exports = {};
__export(walk_exports, {
  IncrementalScan: () => IncrementalScan
});
var import_node_path12, IncrementalScan;
var init_walk = __esm({
  "src/scan/incremental/walk.ts"() {
    "use strict";
    import_node_path12 = require("node:path");
    init_cache_dir();
    init_store();
    init_git();
    init_revisions();
    IncrementalScan = class _IncrementalScan {
      constructor(cache2, tips, previous) {
        this.cache = cache2;
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
        const dir = privateDirectory(repositoryCacheDir((0, import_node_path12.resolve)(repo, gitDir)));
        if (dir === void 0) return void 0;
        const cache2 = await ScanCache.open(dir, cacheKey(keyParts), format === "sha256" ? 32 : 20, diagnostics);
        if (!wholeHistory) return new _IncrementalScan(cache2, void 0, void 0);
        const tips = await resolveTips(repo);
        const stored = await cache2.loadWalk(diagnostics);
        const missing = new Set(stored?.missing.map(([id]) => id));
        const usable = stored !== void 0 && Object.keys(stored.intros).every((id) => missing.has(id) || cache2.lookup(id, false) !== void 0) && await allReachable(repo, stored.tips, tips);
        return new _IncrementalScan(cache2, tips, usable ? stored : void 0);
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
        const walk2 = this.previous;
        if (!walk2) return void 0;
        return {
          tips: walk2.tips,
          commits: walk2.commits,
          intros: new Map(Object.entries(walk2.intros)),
          missing: walk2.missing
        };
      }
      /** Commits of the stored walk that this run does not walk again (0: the whole history is walked). */
      get reusedCommits() {
        return this.previous?.commits ?? 0;
      }
      /** Replays the stored blobs of the part of history not walked again, each with the paths it was introduced at. */
      replayStored(replay) {
        const walk2 = this.previous;
        if (!walk2) return;
        for (const [id, list] of Object.entries(walk2.intros)) {
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
  }
});

// src/sources/directory.ts
var directory_exports = {};
__export(directory_exports, {
  DirectorySource: () => DirectorySource,
  blobId: () => blobId
});
function blobId(bytes) {
  return (0, import_node_crypto2.createHash)("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
var import_node_crypto2, import_promises2, import_node_path13, SKIP_DIRS, NAMED_BATCH, DirectorySource;
var init_directory = __esm({
  "src/sources/directory.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_promises2 = require("node:fs/promises");
    import_node_path13 = require("node:path");
    init_place_index();
    SKIP_DIRS = /* @__PURE__ */ new Set([".git"]);
    NAMED_BATCH = 256;
    DirectorySource = class {
      constructor(root, target, maxBlobBytes, skipPath, files) {
        this.root = root;
        this.target = target;
        this.maxBlobBytes = maxBlobBytes;
        this.skipPath = skipPath;
        this.files = files;
      }
      root;
      target;
      maxBlobBytes;
      skipPath;
      files;
      kind = "tree";
      progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
      diagnostics = [];
      places = new PlaceIndex();
      async *blobs() {
        const single = this.files === void 0 && (await (0, import_promises2.lstat)(this.root)).isFile();
        const files = single ? [this.root] : this.files ? this.named(this.files) : this.walk(this.root);
        for await (const file of files) {
          const path = single ? (0, import_node_path13.basename)(file) : (0, import_node_path13.relative)(this.root, file).split(import_node_path13.sep).join("/");
          if (this.skipPath?.(path)) continue;
          const read = await this.read(file, path);
          if (!read) continue;
          const id = blobId(read.hashBytes);
          if (!this.places.add(id, { path })) continue;
          this.progress.blobsRead++;
          this.progress.bytesRead += read.size;
          yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength, path };
        }
      }
      /** Reads a file whole, or only its head when it is over the limit (then the id hashes the head and size). */
      async read(file, path) {
        try {
          const handle = await (0, import_promises2.open)(file, "r");
          try {
            const { size } = await handle.stat();
            if (size <= this.maxBlobBytes) {
              const bytes2 = await handle.readFile();
              return { bytes: bytes2, hashBytes: bytes2, size: bytes2.byteLength };
            }
            const head = Buffer.alloc(8192);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            const bytes = head.subarray(0, bytesRead);
            return { bytes, hashBytes: Buffer.concat([bytes, Buffer.from(`\0${size}`)]), size };
          } finally {
            await handle.close();
          }
        } catch (error) {
          this.diagnostics.push({
            code: "read-error",
            path,
            detail: `cannot read ${path}: ${error.code ?? String(error)}`
          });
          return void 0;
        }
      }
      /**
       * The named files in the order given, each once. A named file that is not there is a read error (a hook must not
       * pass what it was asked to scan and could not); a symbolic link is skipped, as in a walk (git stores only its
       * target's name); a named folder stands for the files below it.
       */
      async *named(files) {
        const seen = /* @__PURE__ */ new Set();
        const unique = [];
        for (const name of files) {
          const full = (0, import_node_path13.join)(this.root, ...name.split("/"));
          if (!seen.has(full)) seen.add(full), unique.push({ name, full });
        }
        for (let start = 0; start < unique.length; start += NAMED_BATCH) {
          const batch = unique.slice(start, start + NAMED_BATCH);
          const looked = await Promise.all(batch.map(({ full }) => (0, import_promises2.lstat)(full).then((stats) => stats, (error) => error)));
          for (let i = 0; i < batch.length; i++) {
            const { name, full } = batch[i];
            const stats = looked[i];
            if (stats instanceof Error) {
              this.diagnostics.push({ code: "read-error", path: name, detail: `cannot read ${name}: ${stats.code ?? String(stats)}` });
            } else if (stats.isDirectory()) yield* this.walk(full);
            else if (stats.isFile()) yield full;
          }
        }
      }
      /** Regular files below `dir` in name order; symbolic links are not followed. */
      async *walk(dir) {
        let entries;
        try {
          entries = await (0, import_promises2.readdir)(dir, { withFileTypes: true });
        } catch (error) {
          this.diagnostics.push({
            code: "read-error",
            path: (0, import_node_path13.relative)(this.root, dir) || ".",
            detail: `cannot list ${dir}: ${error.code ?? String(error)}`
          });
          return;
        }
        entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
          const full = (0, import_node_path13.join)(dir, entry.name);
          if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name)) yield* this.walk(full);
          } else if (entry.isFile()) {
            yield full;
          }
        }
      }
      async *readBlobs(blobIds) {
        for (const id of blobIds) {
          const path = this.places.placesOf(id)?.[0]?.path;
          if (path === void 0) continue;
          const single = this.files === void 0 && (await (0, import_promises2.lstat)(this.root)).isFile();
          const read = await this.read(single ? this.root : (0, import_node_path13.join)(this.root, ...path.split("/")), path);
          if (!read || blobId(read.hashBytes) !== id) continue;
          yield { id, bytes: read.bytes, size: read.size, truncated: read.size > read.bytes.byteLength };
        }
      }
      /** Every file read, at each path where its content sits. */
      index() {
        return this.places;
      }
      async close() {
      }
    };
  }
});

// src/sources/stdin.ts
var stdin_exports = {};
__export(stdin_exports, {
  StreamSource: () => StreamSource
});
var StreamSource;
var init_stdin = __esm({
  "src/sources/stdin.ts"() {
    "use strict";
    init_directory();
    StreamSource = class {
      constructor(input, target, maxBlobBytes) {
        this.input = input;
        this.target = target;
        this.maxBlobBytes = maxBlobBytes;
      }
      input;
      target;
      maxBlobBytes;
      kind = "stdin";
      progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
      diagnostics = [];
      id;
      /** The one blob, at the display name. */
      known = {
        origins: async (blobIds) => {
          const out = /* @__PURE__ */ new Map();
          if (this.id && blobIds.includes(this.id)) out.set(this.id, [{ path: this.target }]);
          return out;
        },
        paths: () => this.id ? [{ path: this.target, blobIds: [this.id] }] : []
      };
      async *blobs() {
        const chunks = [];
        let size = 0;
        let kept = 0;
        for await (const chunk of this.input) {
          const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
          size += buf.byteLength;
          if (kept < this.maxBlobBytes) {
            const part = buf.subarray(0, this.maxBlobBytes - kept);
            chunks.push(part);
            kept += part.byteLength;
          }
        }
        const bytes = Buffer.concat(chunks);
        this.id = blobId(bytes);
        this.progress.blobsRead = 1;
        this.progress.bytesRead = size;
        yield { id: this.id, bytes: size > kept ? bytes.subarray(0, 8192) : bytes, size, truncated: size > kept, path: this.target };
      }
      index() {
        return this.known;
      }
      async close() {
      }
    };
  }
});

// src/report/redact.ts
function redact(secret) {
  const keep = Math.min(6, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}\u2026`;
}
function redactIn(text, secret) {
  return secret.length === 0 ? text : text.split(secret).join(redact(secret));
}
function shownSecret(secret, options) {
  return options.showSecrets ? secret : redact(secret);
}
function shownSnippet(snippet, secret, options) {
  return options.showSecrets ? snippet : redactIn(snippet, secret);
}
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
  }
});

// src/core/diagnostic.ts
function isIncomplete(diagnostic) {
  return INCOMPLETE_CODES.has(diagnostic.code);
}
var INCOMPLETE_CODES;
var init_diagnostic = __esm({
  "src/core/diagnostic.ts"() {
    "use strict";
    INCOMPLETE_CODES = /* @__PURE__ */ new Set([
      "missing-object",
      "too-large",
      "regex-timeout",
      "read-error",
      "not-a-commit",
      "unreachable",
      "archive-unreadable",
      "archive-limit"
    ]);
  }
});

// src/report/count.ts
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
var init_count = __esm({
  "src/report/count.ts"() {
    "use strict";
  }
});

// src/report/suppressed.ts
function countSuppressed(report) {
  const counts = { baseline: 0, inline: 0, ignore: 0, example: 0, confidence: 0 };
  for (const f of report.suppressed ?? []) counts[f.suppression.kind]++;
  return counts;
}
function describeSuppressed(report) {
  const counts = countSuppressed(report);
  return [
    counts.baseline > 0 ? `${formatCount(counts.baseline)} in baseline` : "",
    counts.inline > 0 ? `${formatCount(counts.inline)} allowed inline` : "",
    counts.ignore > 0 ? `${formatCount(counts.ignore)} ignored` : "",
    counts.example > 0 ? `${formatCount(counts.example)} documentation example${counts.example === 1 ? "" : "s"}` : "",
    counts.confidence > 0 ? `${formatCount(counts.confidence)} below the minimum confidence` : ""
  ].filter(Boolean).join(", ");
}
var init_suppressed = __esm({
  "src/report/suppressed.ts"() {
    "use strict";
    init_count();
  }
});

// src/rulecheck/examples.ts
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
function jwtOf(length, next) {
  const segment = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
  const subject = randomText(ALPHABETS.random, length, next);
  return `${segment({ alg: "HS256", typ: "JWT" })}.${segment({ sub: subject, iat: 17e8 })}.${randomText(ALPHABETS.base64url, 43, next)}`;
}
function randomBytes2(length, next) {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}
function tokenSoFar(text) {
  return /[A-Za-z0-9_.+/-]*=*$/.exec(text)[0];
}
function expandExample(template, seed) {
  const next = generator(seed);
  let out = "";
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [whole, name, arg] = m;
    out += template.slice(last, m.index);
    last = m.index + whole.length;
    const special = CHECKSUMMED[name];
    if (special) {
      out += special(arg, out, next);
      continue;
    }
    const length = Number(arg);
    if (!Number.isInteger(length) || length < 1 || length > 1e4) throw new Error(`bad placeholder ${whole}: expected a length`);
    if (name === "crc32") {
      const body = randomText(ALPHABETS.random, length, next);
      out += body + base62(crc32(body), 6);
      continue;
    }
    if (name === "jwt") {
      out += jwtOf(length, next);
      continue;
    }
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown placeholder ${whole}; expected one of ${PLACEHOLDER_NAMES.join(", ")}`);
    out += randomText(alphabet, length, next);
  }
  return out + template.slice(last);
}
function materializeExample(example, seed) {
  if (typeof example === "string") return { path: "example.txt", text: expandExample(example, seed) };
  return { path: example.path, text: expandExample(example.text, seed) };
}
var ALPHABETS, PLACEHOLDER, b64, CHECKSUMMED, PLACEHOLDER_NAMES;
var init_examples = __esm({
  "src/rulecheck/examples.ts"() {
    "use strict";
    init_validators();
    ALPHABETS = {
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
    PLACEHOLDER = /\{([a-zA-Z0-9]+):([^{}]+)\}/g;
    b64 = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64");
    CHECKSUMMED = {
      /** `{crc32hex:8}`: the CRC-32 in upper-case hex of the token so far (Atlassian, Bitbucket). */
      crc32hex: (_arg, before) => crc32(tokenSoFar(before)).toString(16).toUpperCase().padStart(8, "0"),
      /** `{crc32lehex:8}`: the CRC-32 of the token so far without its trailing `_`, as little-endian hex (Grafana). */
      crc32lehex: (_arg, before) => {
        const c = crc32(tokenSoFar(before).replace(/_$/, ""));
        return Buffer.from([c & 255, c >>> 8 & 255, c >>> 16 & 255, c >>> 24]).toString("hex");
      },
      /** `{gitlab:1}`: a routable GitLab token body after its prefix, version 1 (`{gitlab:0}`: the unversioned form). */
      gitlab: (arg, before, next) => {
        const payload = `o:${Math.floor(next() * 1e6).toString(36)}
u:${Math.floor(next() * 1e8).toString(36)}`;
        const body = Buffer.concat([randomBytes2(16, next), Buffer.from(payload), Buffer.from([payload.length])]).toString("base64url");
        const encoded = `${body}.${arg === "0" ? "" : "01."}${body.length.toString(36).padStart(2, "0")}`;
        return encoded + crc32(tokenSoFar(before) + encoded).toString(36).padStart(7, "0");
      },
      /** `{cask:ACOG}`: an 84-character Microsoft common annotated security key with that provider signature. */
      cask: (arg, _before, next) => {
        for (; ; ) {
          const head = `${randomText(ALPHABETS.alnum, 52, next)}JQQJ99${randomText(ALPHABETS.alnum, 1, next)}${"ABCDEFGHIJKL"[Math.floor(next() * 12)]}${randomText(ALPHABETS.alnum, 16, next)}${arg}`;
          const sum = caskChecksum(head);
          if (/^[A-Za-z0-9]{4}$/.test(sum)) return head + sum;
        }
      },
      /** `{pypi:pypi.org}`: the base64url of a version 2 macaroon located at that host (the body of a PyPI token). */
      pypi: (arg, _before, next) => {
        const field = (type, data) => Buffer.concat([Buffer.from([type, data.length]), data]);
        const id = Buffer.from(randomText(ALPHABETS.alnum, 40, next));
        const caveat = Buffer.from(`{"version": 1, "permissions": "user"}`);
        const macaroon = Buffer.concat([
          Buffer.from([2]),
          field(1, Buffer.from(arg)),
          field(2, id),
          Buffer.from([0]),
          field(2, caveat),
          Buffer.from([0]),
          Buffer.from([0]),
          field(6, randomBytes2(32, next))
        ]);
        return macaroon.toString("base64url");
      },
      /** `{jfrogref:27}`: a JFrog reference token with an N-character random part. */
      jfrogref: (arg, _before, next) => Buffer.from(`reftkn:01:${randomText(ALPHABETS.digits, 10, next)}:${randomText(ALPHABETS.alnum, Number(arg), next)}`).toString("base64"),
      /** `{bedrock:long}` or `{bedrock:short}`: an Amazon Bedrock API key. */
      bedrock: (arg, _before, next) => {
        if (arg === "short") {
          const url = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${randomText(ALPHABETS.upper, 16, next)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=${randomText(ALPHABETS.hex, 64, next)}&Version=1`;
          return `bedrock-api-key-${Buffer.from(url).toString("base64")}`;
        }
        const key = `BedrockAPIKey-${randomText(ALPHABETS.lowernum, 4, next)}-at-${randomText(ALPHABETS.digits, 12, next)}:${randomText(ALPHABETS.base64, 43, next)}=`;
        return `ABSK${Buffer.from(key).toString("base64")}`;
      },
      /** `{b64jwt:N}`: the base64 of a JSON Web Token. */
      b64jwt: (arg, _before, next) => Buffer.from(jwtOf(Number(arg), next)).toString("base64"),
      /** `{b64json:KIND}`: a base64 JSON token body (cftunnel, qstash, grafana, grafanakey, onepassword, sentry). */
      b64json: (arg, _before, next) => {
        const r = (n, alphabet = ALPHABETS.alnum) => randomText(alphabet, n, next);
        const uuid = () => `${r(8, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(12, ALPHABETS.hex)}`;
        switch (arg) {
          case "cftunnel":
            return b64({ a: r(32, ALPHABETS.hex), t: uuid(), s: Buffer.from(r(32)).toString("base64") });
          case "qstash":
            return b64({ UserID: uuid(), Password: r(32, ALPHABETS.hex) });
          case "grafana":
            return b64({ o: r(7, ALPHABETS.digits), n: `stack-${r(6, ALPHABETS.digits)}-read`, k: r(24), m: { r: "prod-us-east-0" } });
          case "grafanakey":
            return b64({ k: r(32), n: "deploy", id: Number(r(3, ALPHABETS.digits)) });
          case "onepassword":
            return b64({ signInAddress: "my.1password.com", email: `${r(12, ALPHABETS.lower)}@1passwordserviceaccounts.com`, srpX: r(64, ALPHABETS.hex), muk: { alg: "A256GCM", k: r(43, ALPHABETS.base64url) }, secretKey: `A3-${r(6, ALPHABETS.uppernum)}-${r(11, ALPHABETS.uppernum)}` });
          case "sentry":
            return b64({ iat: 17e8, url: "https://sentry.io", region_url: "https://us.sentry.io", org: r(8, ALPHABETS.lower) });
          default:
            throw new Error(`bad placeholder {b64json:${arg}}: expected cftunnel, qstash, grafana, grafanakey, onepassword or sentry`);
        }
      },
      /** `{bech32:N}`: N Bech32 characters (the last 6 the checksum) after an HRP and `1` ending the text so far. */
      bech32: (arg, before, next) => {
        const token = tokenSoFar(before);
        const hrp = token.slice(0, -1).toLowerCase();
        const alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        const data = Array.from({ length: Number(arg) - 6 }, () => Math.floor(next() * 32));
        const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
        const mod = bech32Polymod(expanded) ^ 1;
        const check = Array.from({ length: 6 }, (_, i) => mod >>> 5 * (5 - i) & 31);
        const text = [...data, ...check].map((v) => alphabet[v]).join("");
        return token === token.toUpperCase() ? text.toUpperCase() : text;
      }
    };
    PLACEHOLDER_NAMES = [...Object.keys(ALPHABETS), "crc32", "jwt", ...Object.keys(CHECKSUMMED)];
  }
});

// src/rulecheck/char-set.ts
function posixSet(name) {
  switch (name) {
    case "alnum":
      return CharSet.range(48, 57).addRange(65, 90).addRange(97, 122);
    case "alpha":
      return CharSet.range(65, 90).addRange(97, 122);
    case "digit":
      return CharSet.range(48, 57);
    case "xdigit":
      return CharSet.range(48, 57).addRange(65, 70).addRange(97, 102);
    case "lower":
      return CharSet.range(97, 122);
    case "upper":
      return CharSet.range(65, 90);
    case "space":
      return CharSet.of(9, 10, 11, 12, 13, 32);
    case "blank":
      return CharSet.of(9, 32);
    case "word":
      return WORD;
    case "punct":
      return CharSet.range(33, 47).addRange(58, 64).addRange(91, 96).addRange(123, 126);
    default:
      return CharSet.range(0, 127);
  }
}
var CharSet, DIGIT, WORD, SPACE;
var init_char_set = __esm({
  "src/rulecheck/char-set.ts"() {
    "use strict";
    CharSet = class _CharSet {
      bits = new Uint32Array(9);
      static of(...codes) {
        const s = new _CharSet();
        for (const c of codes) s.add(c);
        return s;
      }
      static range(lo, hi) {
        return new _CharSet().addRange(lo, hi);
      }
      static any() {
        const s = new _CharSet();
        s.bits.fill(4294967295);
        s.bits[8] = 1;
        return s;
      }
      add(code2) {
        const c = Math.min(code2, 256);
        this.bits[c >>> 5] |= 1 << (c & 31);
        return this;
      }
      addRange(lo, hi) {
        for (let c = lo; c <= Math.min(hi, 256); c++) this.add(c);
        return this;
      }
      addSet(other) {
        for (let i = 0; i < 9; i++) this.bits[i] |= other.bits[i];
        return this;
      }
      complement() {
        const s = new _CharSet();
        for (let i = 0; i < 8; i++) s.bits[i] = ~this.bits[i];
        s.bits[8] = 1;
        return s;
      }
      /** A character both sets hold, if any (for messages). */
      common(other) {
        for (let i = 0; i < 9; i++) {
          const both = this.bits[i] & other.bits[i];
          if (both !== 0) return i * 32 + (31 - Math.clz32(both & -both));
        }
        return void 0;
      }
      /** Adds the other case of every ASCII letter. */
      foldCase() {
        for (let c = 65; c <= 90; c++) {
          if (this.has(c) || this.has(c + 32)) this.add(c).add(c + 32);
        }
        return this;
      }
      has(code2) {
        return (this.bits[code2 >>> 5] & 1 << (code2 & 31)) !== 0;
      }
    };
    DIGIT = CharSet.range(48, 57);
    WORD = CharSet.range(48, 57).addRange(65, 90).addRange(97, 122).add(95);
    SPACE = CharSet.of(9, 10, 11, 12, 13, 32, 160, 256);
  }
});

// src/rulecheck/pattern-tree.ts
var EMPTY2, Parser;
var init_pattern_tree = __esm({
  "src/rulecheck/pattern-tree.ts"() {
    "use strict";
    init_char_set();
    EMPTY2 = { t: "empty" };
    Parser = class {
      constructor(src, go) {
        this.src = src;
        this.go = go;
      }
      src;
      go;
      i = 0;
      /** Zero-width parts (lookarounds) are checked on their own: their bodies backtrack too. */
      extraRoots = [];
      parse(flags) {
        const node = this.alternation(flags);
        if (this.i < this.src.length) throw new Error(`unexpected "${this.src[this.i]}" at offset ${this.i}`);
        return node;
      }
      alternation(initial) {
        const start = this.i;
        const alts = [];
        const flags = { ...initial };
        for (; ; ) {
          alts.push(this.sequence(flags));
          if (this.src[this.i] !== "|") break;
          this.i++;
        }
        return alts.length === 1 ? alts[0] : { t: "alt", alts, start, end: this.i };
      }
      sequence(flags) {
        const items = [];
        while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
          const start = this.i;
          const atom = this.atom(flags);
          if (atom === void 0) continue;
          items.push(this.quantified(atom, start));
        }
        return items.length === 1 ? items[0] : { t: "seq", items };
      }
      quantified(atom, start) {
        const c = this.src[this.i];
        let min;
        let max;
        if (c === "*") [min, max] = [0, Infinity];
        else if (c === "+") [min, max] = [1, Infinity];
        else if (c === "?") [min, max] = [0, 1];
        else if (c === "{") {
          const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
          if (!m) return atom;
          min = Number(m[1]);
          max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
          this.i += m[0].length - 1;
        } else return atom;
        this.i++;
        if (this.src[this.i] === "?" || this.src[this.i] === "+") this.i++;
        return this.quantified({ t: "rep", min, max, body: atom, start, end: this.i }, start);
      }
      /** One atom; undefined for a flag group `(?i)` that only changes `flags`. */
      atom(flags) {
        const c = this.src[this.i];
        if (c === "(") return this.group(flags);
        if (c === "[") return this.charClass(flags);
        if (c === ".") {
          this.i++;
          return { t: "set", set: flags.s ? CharSet.any() : CharSet.of(10).complement() };
        }
        if (c === "^" || c === "$") {
          this.i++;
          return EMPTY2;
        }
        if (c === "\\") return this.escape(flags, false);
        this.i++;
        return this.literal(c.codePointAt(0), flags);
      }
      literal(code2, flags) {
        const set = CharSet.of(code2);
        return { t: "set", set: flags.i ? set.foldCase() : set };
      }
      group(flags) {
        const rest = this.src.slice(this.i);
        const modifier = /^\(\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
        if (modifier && (modifier[1] || modifier[2] !== void 0 || modifier[3] === ":")) {
          const on = modifier[1] ?? "";
          const off = modifier[2] ?? "";
          const next = { i: (flags.i || on.includes("i")) && !off.includes("i"), s: (flags.s || on.includes("s")) && !off.includes("s") };
          this.i += modifier[0].length;
          if (modifier[3] === ")") {
            flags.i = next.i;
            flags.s = next.s;
            return void 0;
          }
          return this.closeGroup(next);
        }
        const look = /^\(\?(<?[=!])/.exec(rest);
        if (look) {
          this.i += look[0].length;
          this.extraRoots.push(this.closeGroup({ ...flags }));
          return EMPTY2;
        }
        const named = /^\(\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest);
        this.i += named ? named[0].length : rest.startsWith("(?") ? 3 : 1;
        return this.closeGroup({ ...flags });
      }
      closeGroup(flags) {
        const node = this.alternation(flags);
        if (this.src[this.i] !== ")") throw new Error(`unclosed group at offset ${this.i}`);
        this.i++;
        return node;
      }
      /** An escape at `this.i` (a backslash); in a class, a set or a single character. */
      escape(flags, inClass) {
        const next = this.src[this.i + 1] ?? "";
        this.i += 2;
        const set = (s) => ({ t: "set", set: s });
        switch (next) {
          case "d":
            return set(DIGIT);
          case "D":
            return set(DIGIT.complement());
          case "w":
            return set(WORD);
          case "W":
            return set(WORD.complement());
          case "s":
            return set(SPACE);
          case "S":
            return set(SPACE.complement());
          case "b":
            return inClass ? this.literal(8, flags) : EMPTY2;
          case "B":
          case "A":
          case "z":
          case "Z":
          case "G":
            return EMPTY2;
          case "n":
            return this.literal(10, flags);
          case "r":
            return this.literal(13, flags);
          case "t":
            return this.literal(9, flags);
          case "f":
            return this.literal(12, flags);
          case "v":
            return this.literal(11, flags);
          case "a":
            return this.literal(7, flags);
          case "e":
            return this.literal(27, flags);
          case "0":
            return this.literal(0, flags);
          case "c":
            this.i++;
            return set(CharSet.range(0, 31));
          case "p":
          case "P": {
            const braced = /^\{[^}]*\}/.exec(this.src.slice(this.i));
            this.i += braced ? braced[0].length : 1;
            return set(next === "P" ? CharSet.any() : new CharSet().addSet(WORD).addRange(128, 256));
          }
          case "x":
          case "u": {
            const m = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i)) ?? (next === "x" ? /^([0-9A-Fa-f]{2})/ : /^([0-9A-Fa-f]{4})/).exec(this.src.slice(this.i));
            if (!m) return this.literal(next.charCodeAt(0), flags);
            this.i += m[0].length;
            return this.literal(parseInt(m[1], 16), flags);
          }
          case "k":
            if (this.src[this.i] === "<") this.i = this.src.indexOf(">", this.i) + 1 || this.src.length;
            return set(CharSet.any());
          case "Q": {
            if (!this.go) return this.literal(81, flags);
            const end = this.src.indexOf("\\E", this.i);
            const text = this.src.slice(this.i, end === -1 ? void 0 : end);
            this.i = end === -1 ? this.src.length : end + 2;
            const items = [...text].map((ch) => this.literal(ch.codePointAt(0), flags));
            return items.length === 1 ? items[0] : { t: "seq", items };
          }
          default:
            if (/[1-9]/.test(next) && !inClass) {
              while (/[0-9]/.test(this.src[this.i] ?? "")) this.i++;
              return set(CharSet.any());
            }
            return this.literal(next.codePointAt(0) ?? 92, flags);
        }
      }
      charClass(flags) {
        this.i++;
        let negated = false;
        if (this.src[this.i] === "^") {
          negated = true;
          this.i++;
        }
        const set = new CharSet();
        let first2 = true;
        while (this.i < this.src.length) {
          const c = this.src[this.i];
          if (c === "]" && !(first2 && this.go)) break;
          first2 = false;
          if (c === "[" && this.src[this.i + 1] === ":") {
            const end = this.src.indexOf(":]", this.i);
            if (end !== -1) {
              const name = this.src.slice(this.i + 2, end);
              const posix = posixSet(name.replace(/^\^/, ""));
              set.addSet(name.startsWith("^") ? posix.complement() : posix);
              this.i = end + 2;
              continue;
            }
          }
          const lo = this.classAtom(flags);
          if (lo instanceof CharSet) {
            set.addSet(lo);
            continue;
          }
          if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
            this.i++;
            const hi = this.classAtom(flags);
            if (hi instanceof CharSet) set.add(lo).add(45).addSet(hi);
            else set.addRange(lo, hi);
            continue;
          }
          set.add(lo);
        }
        if (this.src[this.i] !== "]") throw new Error("unclosed character class");
        this.i++;
        if (flags.i) set.foldCase();
        return { t: "set", set: negated ? set.complement() : set };
      }
      /** One character of a class (its code) or an escape standing for a set. */
      classAtom(flags) {
        const c = this.src[this.i];
        if (c !== "\\") {
          this.i += c.length;
          return c.codePointAt(0);
        }
        const node = this.escape(flags, true);
        if (node.t !== "set") return 8;
        const s = node.set;
        let count = 0;
        let code2 = 0;
        for (let k = 0; k <= 256; k++) {
          if (s.has(k)) {
            count++;
            code2 = k;
          }
        }
        return count === 1 && !flags.i ? code2 : s;
      }
    };
  }
});

// src/rulecheck/backtracking.ts
function nullable(n) {
  switch (n.t) {
    case "set":
      return false;
    case "empty":
      return true;
    case "seq":
      return n.items.every(nullable);
    case "alt":
      return n.alts.some(nullable);
    case "rep":
      return n.min === 0 || nullable(n.body);
  }
}
function first(n) {
  switch (n.t) {
    case "set":
      return n.set;
    case "empty":
      return new CharSet();
    case "seq": {
      const s = new CharSet();
      for (const item of n.items) {
        s.addSet(first(item));
        if (!nullable(item)) break;
      }
      return s;
    }
    case "alt":
      return n.alts.reduce((s, a) => s.addSet(first(a)), new CharSet());
    case "rep":
      return n.max === 0 ? new CharSet() : first(n.body);
  }
}
function chars(n) {
  switch (n.t) {
    case "set":
      return n.set;
    case "empty":
      return new CharSet();
    case "seq":
      return n.items.reduce((s, a) => s.addSet(chars(a)), new CharSet());
    case "alt":
      return n.alts.reduce((s, a) => s.addSet(chars(a)), new CharSet());
    case "rep":
      return chars(n.body);
  }
}
function within(n, alphabet) {
  switch (n.t) {
    case "set": {
      const ok = n.set.common(alphabet) !== void 0;
      return [ok, ok];
    }
    case "empty":
      return [true, false];
    case "seq": {
      const parts = n.items.map((item) => within(item, alphabet));
      const all = parts.every(([can]) => can);
      return [all, all && parts.some(([, nonEmpty]) => nonEmpty)];
    }
    case "alt": {
      const parts = n.alts.map((a) => within(a, alphabet));
      return [parts.some(([can]) => can), parts.some(([, nonEmpty]) => nonEmpty)];
    }
    case "rep": {
      const [can, nonEmpty] = within(n.body, alphabet);
      return [n.min === 0 || can, n.max > 0 && nonEmpty];
    }
  }
}
function nonEmptyWithin(n, alphabet) {
  return within(n, alphabet)[1];
}
function tails(n) {
  switch (n.t) {
    case "set":
    case "empty":
      return [];
    case "seq": {
      const out = [];
      for (let k = n.items.length - 1; k >= 0; k--) {
        out.push(...tails(n.items[k]));
        if (!nullable(n.items[k])) break;
      }
      return out;
    }
    case "alt":
      return n.alts.flatMap(tails);
    case "rep":
      return [...n.max === Infinity ? [n] : [], ...tails(n.body)];
  }
}
function follows(n, after, found) {
  switch (n.t) {
    case "set":
    case "empty":
      return;
    case "seq": {
      let next = after;
      for (let k = n.items.length - 1; k >= 0; k--) {
        const item = n.items[k];
        follows(item, next, found);
        next = nullable(item) ? new CharSet().addSet(first(item)).addSet(next) : first(item);
      }
      return;
    }
    case "alt":
      for (const a of n.alts) follows(a, after, found);
      return;
    case "rep":
      if (n.max > n.min) found(n, after);
      follows(n.body, n.max > 1 ? new CharSet().addSet(after).addSet(first(n.body)) : after, found);
  }
}
function heads(n) {
  switch (n.t) {
    case "set":
    case "empty":
      return [];
    case "seq": {
      const out = [];
      for (const item of n.items) {
        out.push(...heads(item));
        if (!nullable(item)) break;
      }
      return out;
    }
    case "alt":
      return n.alts.flatMap(heads);
    case "rep":
      return [...n.max === Infinity ? [n] : [], ...heads(n.body)];
  }
}
function children(n) {
  return n.t === "seq" ? n.items : n.t === "alt" ? n.alts : n.t === "rep" ? [n.body] : [];
}
function* walk(n) {
  yield n;
  for (const c of children(n)) yield* walk(c);
}
function show2(code2) {
  if (code2 === void 0) return "?";
  if (code2 === 256) return "a character above U+00FF";
  return code2 > 32 && code2 < 127 ? `"${String.fromCharCode(code2)}"` : `U+${code2.toString(16).toUpperCase().padStart(4, "0")}`;
}
function backtrackingProblems(pattern, flags, go = false) {
  const parser = new Parser(pattern, go);
  let root;
  try {
    root = parser.parse({ i: flags.includes("i"), s: flags.includes("s") });
  } catch (error) {
    return [`the pattern could not be read for the backtracking check (${error instanceof Error ? error.message : String(error)})`];
  }
  const problems = /* @__PURE__ */ new Set();
  const text = (r) => `\`${pattern.slice(r.start, r.end)}\``;
  for (const top of [root, ...parser.extraRoots]) {
    for (const n of walk(top)) {
      if (n.t === "rep" && n.max === Infinity) {
        const start = first(n.body);
        follows(n.body, start, (inner, next) => {
          const common = first(inner.body).common(next);
          if (common !== void 0) {
            problems.add(`nested quantifiers: ${text(inner)} inside the unbounded ${text(n)} can take ${show2(common)} or stop there and let the rest of ${text(n)} take it`);
          }
        });
        for (const inner of walk(n.body)) {
          if (inner.t !== "alt") continue;
          for (let a = 0; a < inner.alts.length; a++) {
            for (let b = a + 1; b < inner.alts.length; b++) {
              const common = first(inner.alts[a]).common(first(inner.alts[b]));
              if (common !== void 0) {
                problems.add(`overlapping alternatives under an unbounded quantifier: two branches of ${text(inner)} inside ${text(n)} can both start with ${show2(common)}`);
              }
            }
          }
        }
      }
      if (n.t === "seq") {
        for (let a = 0; a < n.items.length; a++) {
          const ends = tails(n.items[a]);
          if (ends.length === 0) continue;
          for (let b = a + 1; b < n.items.length; b++) {
            for (const left of ends) {
              for (const right of heads(n.items[b])) {
                const common = first(left.body).common(first(right.body));
                if (common !== void 0 && nonEmptyWithin(left.body, chars(right.body)) && nonEmptyWithin(right.body, chars(left.body))) {
                  problems.add(`overlapping adjacent unbounded quantifiers: ${text(left)} and then ${text(right)} can both take ${show2(common)}`);
                }
              }
            }
            if (!nullable(n.items[b])) break;
          }
        }
      }
    }
  }
  return [...problems];
}
var init_backtracking = __esm({
  "src/rulecheck/backtracking.ts"() {
    "use strict";
    init_char_set();
    init_pattern_tree();
  }
});

// src/rulecheck/check.ts
var check_exports = {};
__export(check_exports, {
  MIN_KEYWORD_LENGTH: () => MIN_KEYWORD_LENGTH,
  checkRules: () => checkRules,
  lintRule: () => lintRule,
  runExamples: () => runExamples
});
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
  const id = (0, import_node_crypto3.createHash)("sha1").update(`blob ${size}\0`).update(bytes).digest("hex");
  const facts = ruleSet.inspect(bytes, size);
  const hits = ruleSet.evaluate([{ path: example.path, blobIds: [id] }], (blobId2) => blobId2 === id && ruleSet.isNotable(facts) ? facts : void 0);
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
    if (!ruleDocs(rule).examples.match.some((e, i) => expandedText(e, `${rule.id}/match/${i}`).toLowerCase().includes(keyword))) {
      problems.push(`${where}: keyword "${keyword}" occurs in no match example; add an example that exercises it`);
    }
  }
  ruleDocs(rule).examples.match.forEach((example, i) => {
    const original = expandedText(example, `${rule.id}/match/${i}`);
    const text = original.toLowerCase();
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => text.includes(k))) {
      problems.push(`${where}: examples.match[${i}] holds none of the keywords [${rule.keywords.join(", ")}]; the prefilter would hide it`);
    }
  });
  if (rule.startsWithKeyword && rule.pattern && rule.syntax !== "re2") {
    const sticky = new RegExp(rule.pattern, `y${rule.flags}`);
    for (const kind of ["match", "ignore"]) {
      ruleDocs(rule).examples[kind].forEach((example, i) => {
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
  if (rule.pattern) {
    for (const problem of backtrackingProblems(rule.pattern, rule.flags, rule.syntax === "re2")) problems.push(`${where}: pattern: ${problem}`);
  }
  for (const kind of ["match", "ignore"]) {
    const seen = /* @__PURE__ */ new Set();
    ruleDocs(rule).examples[kind].forEach((example, i) => {
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
      for (const [index, example] of ruleDocs(rule).examples[kind].entries()) {
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
            count = resolveOverlaps(kept, (id) => byId.get(id)).filter((m) => m.ruleId === rule.id && m.example === void 0).length;
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
var import_node_crypto3, MIN_KEYWORD_LENGTH;
var init_check = __esm({
  "src/rulecheck/check.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    init_rule();
    init_detect();
    init_file_rules();
    init_overlap();
    init_paths();
    init_examples();
    init_docs();
    init_backtracking();
    MIN_KEYWORD_LENGTH = 3;
  }
});

// src/core/types.ts
function containerPath(finding) {
  const { path, member } = finding;
  return member !== void 0 && path.endsWith(`!${member}`) ? path.slice(0, path.length - member.length - 1) : path;
}
var init_types = __esm({
  "src/core/types.ts"() {
    "use strict";
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  JSON_FORMAT_VERSION: () => JSON_FORMAT_VERSION,
  renderJson: () => renderJson
});
function renderJson(report, options) {
  const entry = (f) => ({
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    // Every place of the same secret in the file, the finding's own first.
    locations: (f.locations ?? [f]).map((l) => ({ line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, ...l.allowed ? { allowed: true } : {} })),
    secret: isFileLevel2(f.kind, f.secret) ? "" : shownSecret(f.secret, options),
    snippet: isFileLevel2(f.kind, f.secret) ? f.snippet : shownSnippet(f.snippet, f.secret, options),
    entropy: f.entropy,
    fingerprint: f.fingerprint,
    blob: f.blobId,
    commit: f.commit ?? null,
    otherOccurrences: f.otherOccurrences,
    ...f.size !== void 0 ? { size: f.size } : {},
    ...f.inHead !== void 0 ? { inHead: f.inHead } : {},
    ...f.decoded ? { decoded: f.decoded } : {},
    // An archive member's finding: `path` is `archive!member`; these name the two parts.
    ...f.member !== void 0 ? { archive: containerPath(f), member: f.member } : {}
  });
  const findings = report.findings.map(entry);
  const suppressed = (report.suppressed ?? []).map((f) => ({ ...entry(f), suppression: f.suppression }));
  const counts = countSuppressed(report);
  const document2 = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: "leakgate", version: report.toolVersion },
    scan: { kind: report.kind, target: report.target, redacted: !options.showSecrets, ...report.stats },
    summary: {
      findings: report.findings.length,
      bySeverity: Object.fromEntries(
        SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length])
      ),
      byConfidence: Object.fromEntries(CONFIDENCES.map((c) => [c, report.findings.filter((f) => f.confidence === c).length])),
      diagnostics: report.diagnostics.length,
      /** Diagnostics saying that something was not (fully) scanned. */
      incomplete: report.diagnostics.filter(isIncomplete).length,
      suppressed: { total: suppressed.length, ...counts }
    },
    findings,
    suppressed,
    diagnostics: report.diagnostics,
    ...report.health ? { health: report.health } : {}
  };
  return `${JSON.stringify(document2, null, 2)}
`;
}
var isFileLevel2, JSON_FORMAT_VERSION;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_diagnostic();
    init_rule();
    init_types();
    init_redact();
    init_suppressed();
    isFileLevel2 = (kind, secret) => kind === "hygiene" || secret === "";
    JSON_FORMAT_VERSION = 1;
  }
});

// src/report/html-client.ts
function leakgateReport() {
  "use strict";
  const data = JSON.parse(document.getElementById("leakgate-data").textContent);
  const app = document.getElementById("app");
  const SEV = data.severities;
  const CONF = ["high", "medium", "low"];
  const PAGE = 100;
  const state = { q: "", sev: "", rule: "", conf: "", present: "", path: "", author: "", sort: "sev", desc: false, page: 0, open: -1 };
  function el(tag, attrs, ...children2) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === void 0 || v === null || v === false) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children2.flat()) if (c !== void 0 && c !== null && c !== false) node.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
    return node;
  }
  const svgEl = (tag, attrs, text) => {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== void 0) node.textContent = text;
    return node;
  };
  const fmt = (n) => Number(n).toLocaleString("en-US");
  const bytes = (n) => n >= 1048576 ? (n / 1048576).toFixed(1) + " MiB" : n >= 1024 ? (n / 1024).toFixed(1) + " KiB" : n + " B";
  const presence = (f) => f.h === true ? "present" : f.h === false ? "history" : "unknown";
  const presenceLabel = { present: "still present", history: "history only", unknown: "not known" };
  const safeUrl = (u) => /^https?:\/\//i.test(u) ? u : void 0;
  const count = (items, key) => {
    const m = /* @__PURE__ */ new Map();
    for (const it of items) {
      const k = key(it);
      if (k !== void 0 && k !== "") m.set(k, (m.get(k) || 0) + 1);
    }
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const findings = data.findings;
  findings.forEach((f, i) => {
    f.i = i;
    f.hay = [f.r, f.p, f.a || "", f.m || "", f.ci || "", f.sn, f.fp].join("\n").toLowerCase();
  });
  const root = document.documentElement;
  try {
    const saved = localStorage.getItem("leakgate-theme");
    if (saved === "light" || saved === "dark") root.dataset.theme = saved;
  } catch (e) {
  }
  function toggleTheme() {
    const dark = root.dataset.theme ? root.dataset.theme === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    root.dataset.theme = dark ? "light" : "dark";
    try {
      localStorage.setItem("leakgate-theme", root.dataset.theme);
    } catch (e) {
    }
  }
  function card(n, t, cls) {
    return el("div", { class: "card" }, el("div", { class: "n " + (cls || "") }, typeof n === "number" ? fmt(n) : n), el("div", { class: "t" }, t));
  }
  function summary() {
    const s = data.stats;
    const bySev = new Map(count(findings, (f) => f.s));
    const byConf = new Map(count(findings, (f) => f.c));
    const byPresence = new Map(count(findings, presence));
    const suppressed = Object.values(data.suppressed).reduce((a, b) => a + b, 0);
    const incomplete = data.diagnostics.filter((d) => d.incomplete).length;
    const scope = [s.commits ? fmt(s.commits) + " commits" : "", fmt(s.blobs) + " blobs", bytes(s.bytes), (s.durationMs / 1e3).toFixed(1) + " s"].filter(Boolean).join(" \xB7 ");
    return el(
      "section",
      { "aria-label": "Summary" },
      el("p", { class: "muted" }, data.kind + " scan of ", el("code", {}, data.target), " \xB7 " + scope + " \xB7 leakgate " + data.tool + (data.redacted ? " \xB7 secrets redacted" : " \xB7 SECRETS SHOWN IN CLEAR")),
      findings.length === 0 ? el("p", { class: "clean" }, "No findings.") : null,
      el(
        "div",
        { class: "cards" },
        card(findings.length, "findings"),
        SEV.filter((v) => bySev.get(v)).map((v) => card(bySev.get(v), v, "sev sev-" + v)),
        CONF.filter((v) => byConf.get(v)).map((v) => card(byConf.get(v), v + " confidence")),
        byPresence.get("present") ? card(byPresence.get("present"), "still present in the scanned tree", "present-yes") : null,
        byPresence.get("history") ? card(byPresence.get("history"), "in history only", "present-no") : null,
        card(suppressed, "suppressed (baseline, allowed, ignored, examples)"),
        card(data.diagnostics.length, incomplete ? "diagnostics (" + incomplete + " not fully scanned)" : "diagnostics")
      )
    );
  }
  function bars(title, rows, label) {
    const top = rows.slice(0, 10);
    const max = Math.max(1, ...top.map((r) => r[1]));
    const h = 18;
    const svg = svgEl("svg", { width: "100%", height: top.length * h + 4, role: "img", "aria-label": title, viewBox: "0 0 400 " + (top.length * h + 4), preserveAspectRatio: "none" });
    top.forEach(([name, n], i) => {
      const w = Math.max(2, n / max * 150);
      svg.append(svgEl("rect", { class: "bar", x: 0, y: i * h + 2, width: w, height: h - 5, rx: 2 }));
      svg.append(svgEl("text", { x: w + 4, y: i * h + 13 }, fmt(n) + "  " + (label ? label(name) : name)));
    });
    return el("div", { class: "panel" }, el("h3", {}, title), top.length ? svg : el("p", { class: "muted" }, "nothing to show"));
  }
  function timeline() {
    const counted = new Map(count(findings, (f) => /^\d{4}-\d{2}/.test(f.d || "") ? f.d.slice(0, 7) : void 0));
    const keys = [...counted.keys()].sort();
    const months = [];
    if (keys.length) {
      let [y, m] = keys[0].split("-").map(Number);
      const last = keys[keys.length - 1];
      for (let guard = 0; guard < 600; guard++) {
        const key = y + "-" + String(m).padStart(2, "0");
        months.push([key, counted.get(key) || 0]);
        if (key >= last) break;
        m = m === 12 ? 1 : m + 1;
        y = m === 1 ? y + 1 : y;
      }
    }
    if (months.length === 0) return el("div", { class: "panel" }, el("h3", {}, "Introduced, by month"), el("p", { class: "muted" }, "no commit dates in this scan"));
    const max = Math.max(...months.map((m) => m[1]));
    const W = 600, H = 120, bw = (W - 20) / months.length;
    const svg = svgEl("svg", { width: "100%", height: H + 20, viewBox: "0 0 " + W + " " + (H + 20), role: "img", "aria-label": "Findings introduced by month" });
    svg.append(svgEl("line", { class: "axis", x1: 0, y1: H, x2: W, y2: H }));
    months.forEach(([m, n], i) => {
      if (!n) return;
      const bh = Math.max(1, n / max * (H - 10));
      const r = svgEl("rect", { class: "bar", x: 10 + i * bw, y: H - bh, width: Math.max(0.5, bw * 0.85), height: bh });
      r.append(svgEl("title", {}, m + ": " + n));
      svg.append(r);
    });
    svg.append(svgEl("text", { x: 10, y: H + 14 }, months[0][0]));
    svg.append(svgEl("text", { x: W - 10, y: H + 14, "text-anchor": "end" }, months[months.length - 1][0]));
    return el("div", { class: "panel" }, el("h3", {}, "Introduced, by month (" + months.length + " months, peak " + max + ")"), svg);
  }
  function matches(f) {
    return (!state.sev || f.s === state.sev) && (!state.rule || f.r === state.rule) && (!state.conf || f.c === state.conf) && (!state.present || presence(f) === state.present) && (!state.path || f.p.toLowerCase().includes(state.path)) && (!state.author || (f.a || "").toLowerCase().includes(state.author)) && (!state.q || f.hay.includes(state.q));
  }
  const sorters = {
    sev: (a, b) => SEV.indexOf(a.s) - SEV.indexOf(b.s),
    conf: (a, b) => CONF.indexOf(a.c) - CONF.indexOf(b.c),
    rule: (a, b) => a.r < b.r ? -1 : a.r > b.r ? 1 : 0,
    path: (a, b) => a.p < b.p ? -1 : a.p > b.p ? 1 : a.l - b.l,
    date: (a, b) => (a.d || "") < (b.d || "") ? -1 : (a.d || "") > (b.d || "") ? 1 : 0,
    author: (a, b) => (a.a || "") < (b.a || "") ? -1 : (a.a || "") > (b.a || "") ? 1 : 0,
    present: (a, b) => presence(a).localeCompare(presence(b))
  };
  function filtered() {
    const rows = findings.filter(matches);
    const by = sorters[state.sort];
    rows.sort((a, b) => (state.desc ? -1 : 1) * (by(a, b) || a.i - b.i));
    return rows;
  }
  function options(values, all) {
    return [el("option", { value: "" }, all), ...values.map(([v, n]) => el("option", { value: v }, v + " (" + fmt(n) + ")"))];
  }
  const tableHost = el("div", { id: "findings-table" });
  function filters() {
    const on = (key, lower) => (e) => {
      state[key] = lower ? e.target.value.trim().toLowerCase() : e.target.value;
      state.page = 0;
      state.open = -1;
      drawTable();
    };
    const sevRows = SEV.map((v) => [v, findings.filter((f) => f.s === v).length]).filter((r) => r[1]);
    return el(
      "div",
      { class: "filters", role: "search" },
      el("label", {}, "Search", el("input", { type: "search", id: "f-search", placeholder: "rule, path, author, commit\u2026", oninput: on("q", true) })),
      el("label", {}, "Severity", el("select", { id: "f-severity", onchange: on("sev") }, options(sevRows, "all"))),
      el("label", {}, "Rule", el("select", { id: "f-rule", onchange: on("rule") }, options(count(findings, (f) => f.r), "all"))),
      el("label", {}, "Confidence", el("select", { id: "f-confidence", onchange: on("conf") }, options(count(findings, (f) => f.c), "all"))),
      el("label", {}, "Present", el("select", { id: "f-present", onchange: on("present") }, el("option", { value: "" }, "all"), el("option", { value: "present" }, "still present"), el("option", { value: "history" }, "history only"))),
      el("label", {}, "Path", el("input", { type: "text", id: "f-path", oninput: on("path", true) })),
      el("label", {}, "Author", el("input", { type: "text", id: "f-author", oninput: on("author", true) }))
    );
  }
  function header(key, text, cls) {
    const arrow = state.sort === key ? state.desc ? " \u25BC" : " \u25B2" : "";
    const sortBy = () => {
      state.desc = state.sort === key ? !state.desc : false;
      state.sort = key;
      drawTable();
    };
    return el("th", { class: cls, scope: "col", "aria-sort": state.sort === key ? state.desc ? "descending" : "ascending" : "none" }, el("button", { onclick: sortBy }, text + arrow));
  }
  function detail(f) {
    const rule = data.rules[f.r];
    return el(
      "tr",
      { class: "detail" },
      el(
        "td",
        { colspan: 8 },
        rule ? el("div", {}, el("strong", {}, f.r), " \u2014 ", rule.d) : null,
        f.x ? el("div", {}, "Secret: ", el("code", {}, f.x)) : null,
        f.z !== void 0 ? el("div", {}, "Size: " + bytes(f.z)) : null,
        el("pre", { class: "mono" }, f.sn),
        f.ls ? el("div", {}, "Also at line" + (f.ls.length === 1 ? " " : "s ") + f.ls.slice(0, 10).join(", ") + (f.ls.length > 10 ? ", and " + (f.ls.length - 10) + " more" : "")) : null,
        f.ci ? el("div", { class: "muted" }, "Commit ", el("code", {}, f.ci), " \xB7 " + (f.d || "") + " \xB7 " + (f.a || "") + " \xB7 ", f.m || "") : null,
        el("div", { class: "muted" }, "Fingerprint ", el("code", {}, f.fp), f.o ? " \xB7 also in " + fmt(f.o) + " other place" + (f.o === 1 ? "" : "s") : ""),
        f.rm ? el("div", {}, "Removed from this path in ", el("code", {}, f.rm[0].slice(0, 10)), " (" + f.rm[1].slice(0, 10) + ": ", f.rm[2], ")") : null,
        f.refs ? el("div", {}, f.refs.length ? "Held by " + f.refs.length + " ref" + (f.refs.length === 1 ? "" : "s") + ": " : "Held by no branch or tag", f.refs.slice(0, 8).map((r, j) => [j ? ", " : "", el("code", {}, r.replace(/^refs\/(heads|remotes)\//, "").replace(/^refs\/tags\//, "tag "))]), f.refs.length > 8 ? " and " + (f.refs.length - 8) + " more" : "") : null,
        el("div", {}, el("strong", {}, "Next: "), f.k === "hygiene" ? presence(f) === "history" ? "purge the path from history (leakgate remediate writes paths.txt), or allow it." : "remove it or move it to Git LFS, or allow it." : presence(f) === "present" ? "1. rotate or revoke it (see Remediation); 2. remove it from the tree; 3. purge the history, or allow it if it is not a secret." : "1. rotate or revoke it (see Remediation); 2. purge the history (leakgate remediate), or allow it if it is not a secret.")
      )
    );
  }
  function drawTable() {
    const rows = filtered();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const shown = rows.slice(state.page * PAGE, state.page * PAGE + PAGE);
    const body = el("tbody", {});
    for (const f of shown) {
      const toggle = () => {
        state.open = state.open === f.i ? -1 : f.i;
        drawTable();
        const again = document.querySelector('tr.row[data-i="' + f.i + '"]');
        if (again) again.focus();
      };
      body.append(
        el(
          "tr",
          { class: "row", tabindex: 0, "data-i": f.i, "aria-expanded": state.open === f.i ? "true" : "false", onclick: toggle, onkeydown: (e) => (e.key === "Enter" || e.key === " ") && (e.preventDefault(), toggle()) },
          el("td", { class: "sev sev-" + f.s }, f.s),
          el("td", { class: "opt" }, f.c),
          el("td", {}, el("code", {}, f.r)),
          el("td", { class: "path" }, el("code", {}, f.p + (f.l ? ":" + f.l : ""))),
          el("td", { class: "opt" }, f.ci ? el("code", {}, f.ci.slice(0, 10)) : ""),
          el("td", { class: "opt" }, f.d ? f.d.slice(0, 10) : ""),
          el("td", { class: "opt" }, f.a || ""),
          el("td", { class: "present-" + (f.h === true ? "yes" : "no") }, presenceLabel[presence(f)])
        )
      );
      if (state.open === f.i) body.append(detail(f));
    }
    const go = (p) => () => {
      state.page = p;
      drawTable();
    };
    const pager = el(
      "div",
      { class: "pager", "aria-live": "polite" },
      el("span", { id: "shown-count" }, "showing " + fmt(shown.length) + " of " + fmt(rows.length) + " matching (" + fmt(findings.length) + " in all)"),
      el("button", { onclick: go(state.page - 1), disabled: state.page === 0 }, "\u2039 previous"),
      el("span", {}, "page " + (state.page + 1) + " of " + pages),
      el("button", { onclick: go(state.page + 1), disabled: state.page >= pages - 1 }, "next \u203A")
    );
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, header("sev", "Severity"), header("conf", "Confidence", "opt"), header("rule", "Rule"), header("path", "Location"), el("th", { class: "opt", scope: "col" }, "Commit"), header("date", "Date", "opt"), header("author", "Author", "opt"), header("present", "Present"))),
      body
    );
    tableHost.replaceChildren(pager, el("div", { class: "tablewrap" }, table));
  }
  function hygiene() {
    const files = findings.filter((f) => f.k === "hygiene");
    if (files.length === 0 && data.largest.length === 0) return null;
    const list = data.largest.length ? data.largest.map((b) => ({ p: b.p, z: b.z, h: b.h })) : files.filter((f) => f.z !== void 0).sort((a, b) => b.z - a.z);
    return el(
      "section",
      {},
      el("h2", {}, "Hygiene and largest blobs"),
      el("p", { class: "muted" }, fmt(files.length) + " hygiene finding" + (files.length === 1 ? "" : "s") + " (large, binary or junk files, committed dependency folders)."),
      list.length ? el("div", { class: "tablewrap" }, el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Size"), el("th", {}, "Path"), el("th", {}, "Present"))), el("tbody", {}, list.slice(0, 20).map((b) => el("tr", {}, el("td", {}, bytes(b.z)), el("td", { class: "path" }, el("code", {}, b.p)), el("td", {}, b.h === void 0 ? "" : b.h ? "still present" : "history only")))))) : null
    );
  }
  function remediation() {
    const ids = Object.keys(data.rules).filter((id) => data.rules[id].k !== "hygiene");
    if (ids.length === 0) return null;
    const byRule = new Map(count(findings, (f) => f.r));
    return el(
      "section",
      {},
      el("h2", {}, "Remediation"),
      el(
        "ol",
        { class: "steps" },
        el("li", {}, el("strong", {}, "Rotate or revoke every secret first."), " Removing it from the repository does not un-leak it: every clone, fork and cache keeps the old history."),
        el("li", {}, "Then, for each finding: a false positive or test value is allowed (baseline, ignore file or an allow comment); a real secret still present is removed from the tree; a secret only in history is purged with ", el("code", {}, "leakgate remediate --out DIR"), ", which writes the git filter-repo plan."),
        el("li", {}, "Finally scan again to prove the rewritten history clean.")
      ),
      ids.map((id) => {
        const r = data.rules[id];
        return el(
          "details",
          {},
          el("summary", {}, el("code", {}, id), " \u2014 " + fmt(byRule.get(id) || 0) + " finding" + (byRule.get(id) === 1 ? "" : "s") + ": " + r.d),
          r.rem ? el("pre", {}, r.rem) : null,
          r.refs.length ? el("ul", {}, r.refs.map((u) => el("li", {}, safeUrl(u) ? el("a", { href: safeUrl(u), rel: "noreferrer noopener", target: "_blank" }, u) : u))) : null
        );
      })
    );
  }
  function diagnostics() {
    if (data.diagnostics.length === 0) return null;
    return el(
      "section",
      {},
      el("h2", {}, "Diagnostics (" + fmt(data.diagnostics.length) + ")"),
      el("div", { class: "tablewrap" }, el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Code"), el("th", {}, "Path"), el("th", {}, "Detail"))), el("tbody", {}, data.diagnostics.slice(0, 500).map((d) => el("tr", {}, el("td", {}, el("code", {}, d.code + (d.incomplete ? " (not fully scanned)" : ""))), el("td", { class: "path" }, d.path), el("td", {}, d.detail)))))),
      data.diagnostics.length > 500 ? el("p", { class: "muted" }, "the first 500 are shown; the JSON report has them all") : null
    );
  }
  const started = performance.now();
  app.replaceChildren(
    el(
      "main",
      {},
      el("header", { class: "top" }, el("h1", {}, "leakgate report"), el("button", { id: "theme", onclick: toggleTheme, "aria-label": "Switch light or dark theme" }, "light / dark")),
      summary(),
      findings.length ? el(
        "section",
        {},
        el("div", { class: "grid2" }, timeline(), bars("Top paths", count(findings, (f) => f.p)), bars("Top authors", count(findings, (f) => f.a)), bars("Rules", count(findings, (f) => f.r))),
        el("h2", {}, "Findings"),
        filters(),
        tableHost
      ) : null,
      remediation(),
      hygiene(),
      diagnostics()
    )
  );
  if (findings.length) drawTable();
  document.body.dataset.renderMs = String(Math.round(performance.now() - started));
  document.body.dataset.readyAt = String(Math.round(performance.now()));
  document.body.dataset.ready = "true";
}
var HTML_CLIENT;
var init_html_client = __esm({
  "src/report/html-client.ts"() {
    "use strict";
    HTML_CLIENT = `(${leakgateReport.toString()})();`;
  }
});

// src/report/html-style.ts
var HTML_STYLE;
var init_html_style = __esm({
  "src/report/html-style.ts"() {
    "use strict";
    HTML_STYLE = `
:root { color-scheme: light dark; --bg:#ffffff; --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --card:#f6f8fa;
  --accent:#0969da; --critical:#a40e26; --high:#d1242f; --medium:#bc4c00; --low:#9a6700; --info:#59636e; --ok:#1a7f37; }
:root[data-theme="dark"] { --bg:#0d1117; --fg:#e6edf3; --muted:#9198a1; --line:#3d444d; --card:#151b23;
  --accent:#4493f8; --critical:#ff7b72; --high:#f85149; --medium:#db6d28; --low:#d29922; --info:#9198a1; --ok:#3fb950; }
@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { --bg:#0d1117; --fg:#e6edf3; --muted:#9198a1;
  --line:#3d444d; --card:#151b23; --accent:#4493f8; --critical:#ff7b72; --high:#f85149; --medium:#db6d28; --low:#d29922;
  --info:#9198a1; --ok:#3fb950; } }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--fg); font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif; }
main { max-width:1400px; margin:0 auto; padding:16px; }
header.top { display:flex; flex-wrap:wrap; gap:8px 16px; align-items:baseline; justify-content:space-between; }
h1 { font-size:20px; margin:0; } h2 { font-size:16px; margin:24px 0 8px; } h3 { font-size:14px; margin:12px 0 4px; }
.muted { color:var(--muted); } code, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12.5px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:8px; margin-top:12px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:8px 12px; }
.card .n { font-size:22px; font-weight:600; } .card .t { color:var(--muted); font-size:12px; }
.grid2 { display:grid; grid-template-columns:repeat(auto-fit,minmax(320px,1fr)); gap:16px; }
.panel { background:var(--card); border:1px solid var(--line); border-radius:6px; padding:8px 12px; overflow:hidden; }
svg text { fill:var(--fg); font-size:11px; } svg .bar { fill:var(--accent); } svg .axis { stroke:var(--line); }
.filters { display:flex; flex-wrap:wrap; gap:8px; align-items:end; margin:8px 0; }
.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
input, select, button { font:inherit; color:var(--fg); background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:4px 8px; }
button { cursor:pointer; } button:disabled { opacity:.5; cursor:default; }
:focus-visible { outline:2px solid var(--accent); outline-offset:1px; }
.tablewrap { overflow-x:auto; border:1px solid var(--line); border-radius:6px; }
table { border-collapse:collapse; width:100%; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th button { border:0; background:none; padding:0; font-weight:600; }
tbody tr.row { cursor:pointer; } tbody tr.row:hover, tbody tr.row:focus { background:var(--card); }
td.path { word-break:break-all; min-width:180px; }
.sev { font-weight:600; text-transform:capitalize; } .sev-critical { color:var(--critical); } .sev-high { color:var(--high); }
.sev-medium { color:var(--medium); } .sev-low { color:var(--low); } .sev-info { color:var(--info); }
.present-yes { color:var(--high); } .present-no { color:var(--ok); }
tr.detail td { background:var(--card); } pre { white-space:pre-wrap; word-break:break-word; margin:4px 0; }
.pager { display:flex; gap:8px; align-items:center; margin:8px 0; flex-wrap:wrap; }
ol.steps li { margin:2px 0; } .clean { font-size:16px; color:var(--ok); font-weight:600; }
.noscript { padding:16px; }
@media (max-width:700px) { th.opt, td.opt { display:none; } main { padding:8px; } }
`;
  }
});

// src/report/html.ts
var html_exports = {};
__export(html_exports, {
  inertJson: () => inertJson,
  pageData: () => pageData,
  renderHtml: () => renderHtml
});
function pageFinding(f, rules, options, e) {
  const fileLevel = isFileLevel3(f);
  const inHead = f.inHead ?? e?.inHead;
  const others = (f.locations ?? []).filter((loc) => loc.line !== f.line || loc.column !== f.column).map((loc) => loc.line);
  return {
    r: f.ruleId,
    k: f.kind,
    s: f.severity,
    c: f.confidence,
    p: f.path,
    l: f.line,
    col: f.column,
    x: fileLevel ? "" : shownSecret(f.secret, options),
    sn: fileLevel ? f.snippet : shownSnippet(f.snippet, f.secret, options),
    fp: f.fingerprint,
    o: f.otherOccurrences,
    ...others.length > 0 ? { ls: others } : {},
    ...inHead !== void 0 ? { h: inHead } : {},
    ...e ? { refs: e.refs } : {},
    ...e?.removedIn ? { rm: [e.removedIn.id, e.removedIn.date, e.removedIn.summary] } : {},
    ...f.size !== void 0 ? { z: f.size } : {},
    ...f.commit ? { ci: f.commit.id, a: f.commit.email ? `${f.commit.author} <${f.commit.email}>` : f.commit.author, d: f.commit.date, m: f.commit.summary } : {}
  };
}
function pageData(report, options, exposures2) {
  const ruleById = new Map(report.rules.map((r) => [r.id, r]));
  const used = new Set(report.findings.map((f) => f.ruleId));
  const rules = {};
  for (const id of [...used].sort()) {
    const r = ruleById.get(id);
    if (r) rules[id] = { d: r.description, k: r.kind, s: r.severity, c: r.confidence, rem: r.remediation ?? "", refs: r.references ?? [] };
  }
  return {
    tool: report.toolVersion,
    kind: report.kind,
    target: report.target,
    redacted: !options.showSecrets,
    severities: SEVERITIES,
    stats: report.stats,
    suppressed: countSuppressed(report),
    diagnostics: report.diagnostics.map((d) => ({ code: d.code, detail: d.detail, path: d.path ?? "", incomplete: isIncomplete(d) })),
    findings: report.findings.map((f, i) => pageFinding(f, ruleById, options, exposures2?.[i])),
    rules,
    largest: (report.health?.largest ?? []).map((b) => ({ p: b.path, z: b.size, b: b.blobId, ...b.inHead !== void 0 ? { h: b.inHead } : {} }))
  };
}
function inertJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function renderHtml(report, options, exposures2) {
  const title = `leakgate report: ${report.target}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may be fetched: no script, style, image, font or connection from anywhere, inline code only.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    '<noscript><p class="noscript">This report is drawn by its inline script; the data is in the page source (JSON).</p></noscript>',
    '<div id="app"></div>',
    `<script type="application/json" id="leakgate-data">${inertJson(pageData(report, options, exposures2))}</script>`,
    `<script>${HTML_CLIENT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var isFileLevel3, escapeText;
var init_html = __esm({
  "src/report/html.ts"() {
    "use strict";
    init_diagnostic();
    init_rule();
    init_html_client();
    init_html_style();
    init_redact();
    init_suppressed();
    isFileLevel3 = (f) => f.kind === "hygiene" || f.secret === "";
    escapeText = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  CONFIDENCE_RANK: () => CONFIDENCE_RANK2,
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  MAX_SARIF_RESULTS: () => MAX_SARIF_RESULTS,
  article: () => article,
  findingPrecision: () => findingPrecision,
  pathToUri: () => pathToUri,
  renderSarif: () => renderSarif
});
function levelOf(kind, severity) {
  return kind === "hygiene" ? HYGIENE_LEVEL[severity] : LEVEL[severity];
}
function findingPrecision(finding, rule) {
  return rule && rule.confidence === finding.confidence ? rule.precision : finding.confidence;
}
function pathToUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function article(text) {
  const word = /^[A-Za-z0-9]+/.exec(text)?.[0] ?? "";
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? "an" : "a";
  if (/^(uni|use|usu|one|eu)/i.test(word)) return "a";
  if (/^(hour|honest)/i.test(word) || /^(npm|ssh|sftp|ftp|smtp|rsa|s3)$/i.test(word)) return "an";
  return /^[aeiou8]/i.test(word) ? "an" : "a";
}
function ruleHelp(rule) {
  const references = rule.references ?? [];
  const refs = references.length > 0 ? `

**References**
${references.map((r) => `- ${r}`).join("\n")}` : "";
  const what = rule.kind === "hygiene" ? `This rule flags a repository-hygiene problem: ${rule.description}.` : `This rule found what looks like ${article(rule.description)} ${rule.description} committed to the repository. Anyone with read access to the repository, any clone or fork of it, holds a copy, including in history after the file changes.`;
  return `**${rule.description}** (\`${rule.id}\`)

${what}

**What to do**

${rule.remediation ?? ""}${refs}`;
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: rule.id.split(/[.-]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(""),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} (${rule.kind} rule ${rule.id}).` },
    help: { text: ruleHelp(rule).replace(/[*`]/g, ""), markdown: ruleHelp(rule) },
    ...rule.references?.[0] ? { helpUri: rule.references[0] } : {},
    defaultConfiguration: { level: levelOf(rule.kind, rule.severity) },
    // Only secret and credential rules are security alerts (GitHub shows a rule with security-severity as one).
    properties: rule.kind === "hygiene" ? { precision: rule.precision, tags: ["maintainability", "hygiene", ...rule.tags.filter((t) => !NOT_HYGIENE_TAGS.has(t))] } : {
      "security-severity": SECURITY_SEVERITY[rule.severity],
      precision: rule.precision,
      tags: ["security", rule.kind, ...rule.tags.filter((t) => t !== "security" && t !== rule.kind)]
    }
  };
}
function message(finding, rule, options, history) {
  const what = rule?.description ?? finding.ruleId;
  const gone = finding.inHead === false ? history?.text ?? "only in history, no longer at HEAD" : void 0;
  if (finding.kind === "hygiene" || finding.secret === "") {
    const where2 = gone ? `; ${gone}` : "";
    const when2 = finding.commit ? `; introduced in commit ${finding.commit.id.slice(0, 12)}` : "";
    return `${what}: ${finding.path}${finding.snippet ? ` (${finding.snippet})` : ""}${when2}${where2}.`;
  }
  const when = finding.commit ? ` (introduced in commit ${finding.commit.id.slice(0, 12)} by ${finding.commit.author}, ${finding.commit.date.slice(0, 10)})` : "";
  const where = gone ? ` It is ${gone}: rotate it, removing the line does not take it out of the clones.` : "";
  return `${what} found: ${shownSecret(finding.secret, options)}${when}.${where} Fingerprint ${finding.fingerprint}.`;
}
function relatedLocations(f) {
  const others = (f.locations ?? []).filter((l) => l.line !== f.line || l.column !== f.column);
  return others.map((l, i) => ({
    id: i + 1,
    physicalLocation: {
      artifactLocation: { uri: pathToUri(f.path), uriBaseId: "%SRCROOT%" },
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn }
    },
    message: { text: `The same secret again (line ${l.line})${l.allowed ? "; allowed by a comment on that line" : ""}` }
  }));
}
function isSuppressed(f) {
  return f.suppression !== void 0;
}
function sarifSuppression(f) {
  const { kind, reason, source } = f.suppression;
  const why = kind === "inline" ? `allow comment (${source ?? "leakgate:allow"})` : kind === "ignore" ? `ignore file ${source ?? ""}`.trim() : kind === "example" ? "documentation example" : kind === "confidence" ? `below the minimum confidence${source ? ` (${source})` : ""}` : `baseline ${source ?? ""}`.trim();
  return { kind: kind === "inline" ? "inSource" : "external", justification: reason ? `${why}: ${reason}` : why };
}
function renderSarif(report, options) {
  const rulesById = new Map(report.rules.map((r) => [r.id, r]));
  const suppressed = options.includeSuppressed ? report.suppressed ?? [] : [];
  const all = [...report.findings, ...suppressed];
  const ranked = all.map((f, i) => ({ f, i })).sort((a, b) => Number(isSuppressed(a.f)) - Number(isSuppressed(b.f)) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).slice(0, MAX_SARIF_RESULTS).sort((a, b) => a.i - b.i).map(({ f }) => f);
  const truncated = all.length - ranked.length;
  const usedIds = [...new Set(ranked.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(usedIds.map((id, i) => [id, i]));
  const results = ranked.map((f) => sarifResult(f, rulesById.get(f.ruleId), ruleIndex.get(f.ruleId), options));
  const notifications = notificationsOf(report, truncated);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: report.toolVersion,
            version: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules: usedIds.map((id) => sarifRule(rulesById.get(id)))
          }
        },
        automationDetails: { id: options.automationId ?? `leakgate/${report.kind}/` },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository" } } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        properties: {
          scanKind: report.kind,
          blobs: report.stats.blobs,
          bytes: report.stats.bytes,
          commits: report.stats.commits,
          redacted: !options.showSecrets,
          suppressed: countSuppressed(report),
          ...report.health ? {
            health: {
              binaryOutsideLfs: report.health.binaryOutsideLfs,
              lfsPointers: report.health.lfsPointers,
              largest: report.health.largest.map((b) => ({ path: b.path, size: b.size, blob: b.blobId }))
            }
          } : {},
          ...truncated > 0 ? { resultsTruncated: truncated } : {}
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function sarifResult(f, rule, ruleIndex, options) {
  const archive = f.member !== void 0 ? containerPath(f) : void 0;
  const snippet = f.kind === "hygiene" || f.secret === "" || f.decoded || archive !== void 0 ? "" : shownSnippet(f.snippet, f.secret, options);
  const history = f.inHead === false ? options.historyNote?.(f) : void 0;
  const related = archive === void 0 ? relatedLocations(f) : [];
  const memberNote = archive !== void 0 ? `In archive member ${f.member} (line ${f.line}, column ${f.column}): ` : "";
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelOf(f.kind, f.severity),
    message: { text: memberNote + message(f, rule, options, history) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(archive ?? f.path), uriBaseId: "%SRCROOT%" },
          region: archive !== void 0 ? { startLine: 1 } : {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            ...snippet ? { snippet: { text: snippet } } : {}
          }
        }
      }
    ],
    ...related.length > 0 ? { relatedLocations: related } : {},
    rank: CONFIDENCE_RANK2[f.confidence],
    partialFingerprints: {
      // Versioned, so a future change of the content fingerprint is a new key, not a silent rematch.
      [FINGERPRINT_KEY]: f.fingerprint,
      ...options.uploaderHashes?.(f.path) ? {} : { primaryLocationLineHash: options.locationHash(f.fingerprint, f.path) }
    },
    ...isSuppressed(f) ? { suppressions: [sarifSuppression(f)] } : {},
    properties: {
      confidence: f.confidence,
      precision: findingPrecision(f, rule),
      fingerprint: f.fingerprint,
      blob: f.blobId,
      otherOccurrences: f.otherOccurrences,
      ...f.size !== void 0 ? { size: f.size } : {},
      ...f.inHead !== void 0 ? { inHead: f.inHead } : {},
      ...f.decoded ? { decoded: f.decoded.join(" > "), decodedSnippet: shownSnippet(f.snippet, f.secret, options) } : {},
      ...archive !== void 0 ? {
        member: f.member,
        memberRegion: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        ...f.decoded ? {} : { memberSnippet: shownSnippet(f.snippet, f.secret, options) }
      } : {},
      ...history?.removedIn ? { removedIn: history.removedIn } : {},
      ...history?.refs ? { refs: history.refs } : {},
      ...f.commit ? { commit: f.commit.id, author: f.commit.author, email: f.commit.email, date: f.commit.date, commitSummary: f.commit.summary } : {}
    }
  };
}
function notificationsOf(report, truncated) {
  const notifications = report.diagnostics.map((d) => ({
    // Something not looked at is an error of the run (its results do not cover it); other diagnostics are notes.
    level: isIncomplete(d) ? "error" : "warning",
    message: { text: d.detail },
    descriptor: { id: d.code }
  }));
  if (truncated > 0) {
    notifications.push({
      level: "warning",
      message: { text: `${truncated} results were left out: GitHub code scanning accepts at most ${MAX_SARIF_RESULTS} per run` },
      descriptor: { id: "results-truncated" }
    });
  }
  return notifications;
}
var FINGERPRINT_KEY, MAX_SARIF_RESULTS, SECURITY_SEVERITY, LEVEL, HYGIENE_LEVEL, SEVERITY_ORDER, CONFIDENCE_RANK2, NOT_HYGIENE_TAGS;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_diagnostic();
    init_types();
    init_version();
    init_redact();
    init_suppressed();
    FINGERPRINT_KEY = "leakgate/v1";
    MAX_SARIF_RESULTS = 25e3;
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
    LEVEL = {
      critical: "error",
      high: "error",
      medium: "warning",
      low: "note",
      info: "note"
    };
    HYGIENE_LEVEL = { critical: "warning", high: "warning", medium: "warning", low: "note", info: "note" };
    SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
    CONFIDENCE_RANK2 = { high: 90, medium: 60, low: 30 };
    NOT_HYGIENE_TAGS = /* @__PURE__ */ new Set(["security", "maintainability", "hygiene"]);
  }
});

// src/cli/main.ts
init_errors();

// src/cli/help.ts
init_version();
var EXIT_CODES = "Exit codes: 0 no findings (at or above --fail-on), 1 findings, 2 usage, configuration or runtime error.";
var OVERVIEW = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .);
                                --staged, --pre-push, --range, --no-git and "-" choose what else to scan
  leakgate rules                list the rules in effect; --check lints a rule pack and runs its examples
  leakgate install [PATH]       install the pre-commit and pre-push hooks into the repository's hooks directory
  leakgate uninstall [PATH]     remove them and restore the hooks that were there before
  leakgate init [DIR]           write a commented starter .leakgate.yaml at the repository root
  leakgate ignore FP...         add findings' fingerprints to .leakgateignore
  leakgate baseline create|update [FILE]
                                record the current findings as accepted, or drop entries whose secret is gone
  leakgate remediate [PATH] --out DIR
                                audit the history and write a purge plan: REMEDIATION.md (rotate first,
                                then git filter-repo), replace-text.txt (the secrets, mode 0600), paths.txt
  leakgate version              print the version (also --version, -V)
  leakgate help [COMMAND]       this overview, or a command's flags (the same as leakgate COMMAND --help)

Run "leakgate COMMAND --help" for the flags of a command.

${EXIT_CODES}`;
var SOURCE_FLAGS = `      --no-git                  scan the files on disk under PATH (any directory, git or not), not the history
      --stdin-name NAME         path to report for standard input (PATH "-"; default "stdin")`;
var RULE_FLAGS = `      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root`;
var LIMIT_FLAGS = `      --workers N               worker threads for large scans (default: one per core, at most 8; 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE, with a diagnostic (default 16MiB;
                                more than 0, e.g. 512k, 50MB)
      --blob-timeout TIME       time one rule may spend on one blob before it is stopped there with a
                                regex-timeout diagnostic; every other rule still scans the blob
                                (default 10s; 10ms to 1h, e.g. 500ms, 30s)
      --decode-depth N          levels of encoding (base64, hex, percent, \\x/\\u escapes, nested) undone to find
                                encoded secrets (default 3; 0 = off, at most 8)
      --archive-depth N         levels of nested archives (zip, jar, war, apk, whl, nupkg, xpi, tar, tar.gz,
                                tgz, gz) opened to scan their members, reported as archive.zip!dir/file
                                (default 4; 0 = off, at most 8)
      --no-cache                do not use or update the scan cache (history scans reuse results of blobs
                                scanned before under the same rules; kept in the user's cache directory,
                                ~/.cache/leakgate or $XDG_CACHE_HOME or $LEAKGATE_CACHE_DIR, never in the repository)`;
var SCAN = `Usage: leakgate scan [options] [PATH]

Scans the repository at PATH (default .): by default every blob reachable from every ref (branches, tags, remotes,
stash), each unique blob once, each finding attributed to the commit that introduced it. PATH may be a work tree or
a bare repository; "-" scans standard input.

What to scan (at most one of --staged, --files, --pre-push, --range, --since-commit):
      --staged                  what is staged for the next commit: added and changed lines only (pre-commit hook)
      --files [--] FILE...      a hook manager's file list, the mode chosen by how it ran: the staged changes of the
                                files at commit time, the commits of PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF, else
                                (--all-files runs, CI) each file whole as it is on disk; the repository is the work
                                tree around the current directory
      --pre-push                the commits a push adds to the remote, from git's pre-push input (pre-push hook)
      --allow-incomplete        let --staged, --files and --pre-push pass a scan that could not look at everything (a blob
                                too large or unreadable, a rule stopped by --blob-timeout); by default they exit 2
      --range A..B              what the commits of a range add (merges: what is new relative to every parent)
      --since-commit REV        the same for REV..HEAD
      --all-refs                with --since-commit: every ref's commits not in REV, not only HEAD's
${SOURCE_FLAGS}

Rules and what counts:
${RULE_FLAGS}
      --baseline FILE           report only findings not in this baseline (default: .leakgate-baseline.jsonl
                                at the repository root, when present)
      --fail-on LEVEL           lowest severity that makes the exit code 1: critical, high, medium, low, info
                                (default, or the config's failOn) or none
      --min-confidence LEVEL    lowest confidence reported: high, medium or low (default low; medium for
                                --staged, --pre-push and --files; or the config's minConfidence); findings
                                below it are counted as suppressed
      --no-suppress             report everything: disregard allow comments, ignore files and the baseline
      --size-limit [GLOB=]WARN[,ERROR]
                                large-blob thresholds, for paths matching GLOB if given (repeatable, first
                                match wins; default 1MiB,10MiB, dist/ 5MiB,10MiB; "off" disables; one
                                size sets the warning only), e.g. 'assets/**=20MiB,100MiB'

Limits:
${LIMIT_FLAGS}

Output:
  -f, --format text|json|sarif|html
                                output format (default text); html is one self-contained page (no network)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --show-suppressed         also list suppressed findings (text), or emit them with SARIF suppressions
      --health                  print the repository health table: blob bytes, largest blobs, binaries outside LFS
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Hooks: "git commit --no-verify" skips every hook; LEAKGATE_SKIP=1 skips only leakgate's (--staged, --pre-push),
with a warning. Staged, pre-push and range scans print on stderr how much they scanned.

Suppression: a comment "leakgate:allow [RULE...] [-- reason]" (or "gitleaks:allow") allows a line's findings;
.leakgateignore lists fingerprints; the baseline lists accepted findings. The summary counts each kind.

${EXIT_CODES}`;
var RULES = `Usage: leakgate rules [options]
       leakgate rules --check [options] [FILE]

Lists the rules in effect: the built-in packs with the repository's config applied (overrides, disabled rules,
custom rules). With --check, lints a rule pack (default: the built-in packs and the config's custom rules) and runs
every rule's examples through the engine with every rule in effect; each problem is printed, and the exit code is 2
if there is any.

  -f, --format text|json        list as text (default) or JSON
      --check                   lint and test a rule pack instead of listing
      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root
  -h, --help                    this help`;
var INSTALL = `Usage: leakgate install [options] [PATH]

Installs leakgate's pre-commit and pre-push hooks into the directory git runs hooks from for the repository at PATH
(default .; core.hooksPath, linked worktrees and submodules included). A hook that was already there is kept as
<hook>.pre-leakgate and runs first. Where husky, lefthook or the pre-commit framework owns the hooks, nothing is
changed and the lines to add to that tool's configuration are printed instead (exit 2).

      --pre-commit              install only the pre-commit hook
      --pre-push                install only the pre-push hook
      --force                   install even where a husky, lefthook or pre-commit config file is present
                                (hooks those managers installed are never replaced)
  -h, --help                    this help`;
var UNINSTALL = `Usage: leakgate uninstall [options] [PATH]

Removes the hooks "leakgate install" wrote into the repository at PATH (default .) and puts back the hooks that
were there before. Hooks leakgate did not write are left alone.

      --pre-commit              remove only the pre-commit hook
      --pre-push                remove only the pre-push hook
  -h, --help                    this help`;
var INIT = `Usage: leakgate init [options] [DIR]

Writes a commented starter .leakgate.yaml (every field, defaults commented out) at the repository root, or in DIR.

      --force                   replace an existing .leakgate.yaml
  -h, --help                    this help`;
var IGNORE = `Usage: leakgate ignore [options] FINGERPRINT...

Appends fingerprints (24 hexadecimal characters, as every report prints them) to .leakgateignore at the repository
root. A fingerprint is derived from the rule and the secret, so the entry survives line moves and rewritten history,
and a different secret on the same line is still reported.

      --reason TEXT             the reason, written after the fingerprint as "# TEXT" (one line)
  -h, --help                    this help`;
var BASELINE = `Usage: leakgate baseline create [options] [FILE]
       leakgate baseline update [options] [FILE]

create scans like "leakgate scan" and writes the findings as the baseline (default .leakgate-baseline.jsonl at the
repository root): scans that read it then report only new findings. update drops the entries whose secret is no
longer found. Both apply allow comments and ignore files, never the baseline itself; unchanged findings give the
same bytes, and the file is then not rewritten.

      --repo PATH               the repository (or with --no-git the directory) to scan (default .)
${SOURCE_FLAGS}
${RULE_FLAGS}
${LIMIT_FLAGS}
  -q, --quiet                   print nothing on success
  -h, --help                    this help`;
var REMEDIATE = `Usage: leakgate remediate [options] [PATH] --out DIR

Scans the whole history of the repository at PATH (default .) like "leakgate scan" and writes a remediation plan
into DIR: REMEDIATION.md (per secret: where to rotate or revoke it, who introduced it and when, whether HEAD still
holds it, which branches and tags do; then the git filter-repo commands, the force push, and the clean-up of forks,
clones and caches), replace-text.txt (every secret in git filter-repo --replace-text format: it holds the secrets
IN CLEAR and is written with mode 0600) and paths.txt (hygiene paths to drop, --paths-from-file format).
Allow comments, ignore files and the baseline apply as in a scan.

      --out DIR                 the folder to write the plan to (created if missing; required)
      --baseline FILE           the baseline to apply (default .leakgate-baseline.jsonl, when present)
      --no-suppress             plan for everything: disregard allow comments, ignore files and the baseline
${RULE_FLAGS}
${LIMIT_FLAGS}
  -q, --quiet                   print nothing on success
  -h, --help                    this help`;
var VERSION_HELP = `Usage: leakgate version

Prints the version (the same as leakgate --version or leakgate -V).`;
var HELP_HELP = `Usage: leakgate help [COMMAND]

Prints the overview of the commands, or the flags of COMMAND (the same as leakgate COMMAND --help).`;
var HELP = {
  scan: SCAN,
  rules: RULES,
  install: INSTALL,
  uninstall: UNINSTALL,
  init: INIT,
  ignore: IGNORE,
  baseline: BASELINE,
  remediate: REMEDIATE,
  version: VERSION_HELP,
  help: HELP_HELP
};

// src/cli/exit-code.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// src/cli/baseline-command.ts
var import_node_fs11 = require("node:fs");
var import_node_path17 = require("node:path");
init_errors();

// src/config/baseline.ts
init_errors();

// src/config/ignore-file.ts
init_errors();
var FINGERPRINT = /^[0-9a-f]{24}$/;
function parseIgnoreFile(text, file) {
  const out = /* @__PURE__ */ new Map();
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim().toLowerCase();
    const reason = hash === -1 ? void 0 : raw.slice(hash + 1).trim() || void 0;
    if (value === "") return;
    if (!FINGERPRINT.test(value)) {
      problems.push(`${file}:${i + 1}: expected a finding fingerprint (24 hexadecimal characters, as "leakgate scan" prints them) and an optional "# reason", got ${JSON.stringify(raw.slice(0, 80))}`);
      return;
    }
    if (!out.has(value) || out.get(value) === void 0) out.set(value, reason);
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return out;
}
function formatIgnoreLine(fingerprint2, reason) {
  return reason ? `${fingerprint2}  # ${reason}` : fingerprint2;
}
function parseGitleaksIgnore(text, file) {
  const entries = [];
  const warnings = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^(?:([0-9a-f]{7,40}):)?(.+):([^:]+):(\d+)$/.exec(line);
    if (!m) {
      warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint ([commit:]path:rule-id:line); ignored`);
      return;
    }
    entries.push({ ...m[1] ? { commit: m[1] } : {}, path: m[2], ruleId: m[3], line: Number(m[4]) });
  });
  return { entries, warnings };
}

// src/config/baseline.ts
function compare(a, b) {
  const cmp2 = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return cmp2(a.fingerprint, b.fingerprint) || cmp2(a.path, b.path) || cmp2(a.rule, b.rule);
}
function baselineEntries(findings) {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path }));
}
function renderBaseline(entries) {
  const lines = [...entries].sort(compare).map((e) => JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path }));
  const unique = lines.filter((line, i) => line !== lines[i - 1]);
  return unique.length === 0 ? "" : `${unique.join("\n")}
`;
}
function parseBaseline(text, file) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${file}:${i + 1}`;
    if (/^(<<<<<<<|=======|>>>>>>>)/.test(line)) {
      problems.push(`${where}: merge conflict marker; keep the entries of both sides (or re-run "leakgate baseline create")`);
      return;
    }
    let value;
    try {
      value = JSON.parse(line.replace(/,$/, ""));
    } catch {
      problems.push(`${where}: expected one JSON entry {"fingerprint":...,"rule":...,"path":...} per line, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const entry = value;
    if (typeof value !== "object" || value === null || typeof entry.fingerprint !== "string" || !FINGERPRINT.test(entry.fingerprint) || typeof entry.rule !== "string" || typeof entry.path !== "string") {
      problems.push(`${where}: expected {"fingerprint": 24 hexadecimal characters, "rule": string, "path": string}, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, path: entry.path });
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return entries;
}

// src/config/files.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
init_errors();

// src/core/git-dir.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
function dotGitAt(dir) {
  const dotGit = (0, import_node_path.join)(dir, ".git");
  let isDir;
  try {
    isDir = (0, import_node_fs.statSync)(dotGit).isDirectory();
  } catch {
    return null;
  }
  if (isDir) return dotGit;
  try {
    const named = /^gitdir: (.+?)\r?$/m.exec((0, import_node_fs.readFileSync)(dotGit, "utf8"));
    return named ? (0, import_node_path.resolve)(dir, named[1].trim()) : void 0;
  } catch {
    return void 0;
  }
}
function isDirectory(path) {
  try {
    return (0, import_node_fs.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function isBareRepository(dir) {
  return (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "HEAD")) && isDirectory((0, import_node_path.join)(dir, "objects")) && isDirectory((0, import_node_path.join)(dir, "refs")) && !(0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git"));
}
function nearestRepository(dir, bare) {
  for (let at = (0, import_node_path.resolve)(dir); ; at = (0, import_node_path.dirname)(at)) {
    const gitDir = dotGitAt(at);
    if (gitDir !== null) return { root: at, gitDir };
    if (bare && isBareRepository(at)) return { root: at, gitDir: at };
    if ((0, import_node_path.dirname)(at) === at) return void 0;
  }
}
function findGitDir(dir) {
  return nearestRepository(dir, false)?.gitDir;
}
function findWorkTreeTop(dir) {
  return nearestRepository(dir, false)?.root;
}
function findRepositoryRoot(dir) {
  return nearestRepository(dir, true)?.root;
}
function gitDirAt(root) {
  const gitDir = dotGitAt(root);
  if (gitDir !== null) return gitDir;
  return isBareRepository(root) ? root : void 0;
}

// src/config/files.ts
var CONFIG_FILE = ".leakgate.yaml";
var IGNORE_FILE = ".leakgateignore";
var BASELINE_FILE = ".leakgate-baseline.jsonl";
var GITLEAKS_CONFIG = ".gitleaks.toml";
var GITLEAKS_IGNORE = ".gitleaksignore";
function findSettingsRoot(start) {
  const begin = (0, import_node_path2.resolve)(start);
  const first2 = isDirectory(begin) ? begin : (0, import_node_path2.dirname)(begin);
  return findRepositoryRoot(first2) ?? first2;
}
function readOptional(path, display) {
  try {
    return (0, import_node_fs2.readFileSync)(path, "utf8");
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") return void 0;
    throw new ConfigError(`${display}: cannot read: ${code2 ?? String(error)}`);
  }
}
function readRequired(path, display) {
  const text = readOptional(path, display);
  if (text === void 0) throw new ConfigError(`${display}: no such file`);
  return text;
}
function displayPath(path) {
  const rel = (0, import_node_path2.relative)(process.cwd(), path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}
var SETTINGS_FILES = [CONFIG_FILE, GITLEAKS_CONFIG, IGNORE_FILE, GITLEAKS_IGNORE, BASELINE_FILE];
function committedName(root, abs) {
  const rel = (0, import_node_path2.relative)(root, abs);
  return rel === "" || rel === ".." || rel.startsWith(`..${import_node_path2.sep}`) || (0, import_node_path2.isAbsolute)(rel) ? void 0 : rel.split(import_node_path2.sep).join("/");
}
var SettingsReader = class _SettingsReader {
  constructor(root, committed, readCommitted2) {
    this.root = root;
    this.committed = committed;
    this.readCommitted = readCommitted2;
  }
  root;
  committed;
  readCommitted;
  static async open(root, readCommitted2) {
    const committed = readCommitted2 && isBareRepository(root) ? await readCommitted2(root, SETTINGS_FILES) : void 0;
    return new _SettingsReader(root, committed, readCommitted2);
  }
  /** The file at `abs`, or undefined when there is none. */
  read(abs, shown) {
    const text = readOptional(abs, shown);
    if (text !== void 0) return { text, shown };
    const name = committedName(this.root, abs);
    const found = name === void 0 ? void 0 : this.committed?.get(name);
    return found === void 0 ? void 0 : { text: found, shown: `HEAD:${name}` };
  }
  /** In a bare repository, asks git for a committed file that is not one of SETTINGS_FILES (a config's baseline path). */
  async fetch(abs) {
    const name = this.committed ? committedName(this.root, abs) : void 0;
    if (name === void 0 || !this.readCommitted || SETTINGS_FILES.includes(name)) return;
    for (const [n, text] of await this.readCommitted(this.root, [name])) this.committed.set(n, text);
  }
};

// src/cli/args.ts
var import_node_os = require("node:os");
var import_node_util = require("node:util");
init_errors();
init_size();
function parse(args, options, command) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    const message2 = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message2.replace(/\. To specify a positional argument.*$/s, "")}; run "leakgate ${command} --help" for the accepted flags`);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === "" || Array.isArray(value) && value.includes("")) throw new InputError(`--${name}: expected a value, got an empty string`);
  }
  return parsed;
}
function joinNegativeValues(args, options) {
  const takesValue = (arg) => {
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    const name = long ?? (/^-([^-])$/.test(arg) ? Object.keys(options).find((key) => options[key]?.short === arg[1]) : void 0);
    return name !== void 0 && options[name]?.type === "string" ? name : void 0;
  };
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    const name = takesValue(arg);
    const next = args[i + 1];
    if (name !== void 0 && next !== void 0 && /^-\.?\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
function parseSize(text, flag) {
  const bytes = parseSizeText(text);
  if (bytes === void 0 || bytes < 1) throw new InputError(`${flag}: expected a size of at least 1 byte such as 512k, 16MiB or 1048576, got "${text}"`);
  return bytes;
}
function parseDuration(text, flag) {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  const scale = { ms: 1, s: 1e3, m: 6e4 }[(m?.[2] ?? "ms").toLowerCase()];
  const ms = m ? Math.round(Number(m[1]) * scale) : NaN;
  if (!m || ms < 10 || ms > 36e5) throw new InputError(`${flag}: expected a duration from 10ms to 1h such as 500ms, 10s or 2m, got "${text}"`);
  return ms;
}
function parseSizeLimit(text) {
  const eq = text.lastIndexOf("=");
  const glob = eq === -1 ? void 0 : text.slice(0, eq).trim();
  const sizes = (eq === -1 ? text : text.slice(eq + 1)).split(",").map((s) => s.trim());
  const fail = () => {
    throw new InputError(`--size-limit: expected [GLOB=]WARN[,ERROR] with sizes of at least 1 byte such as 1MiB or 10MB, or "off" (e.g. 'assets/**=20MiB,100MiB'), got "${text}"`);
  };
  if (glob === "" || sizes.length > 2 || sizes.some((s) => s === "")) fail();
  const toBytes = (size) => {
    if (size.toLowerCase() === "off") return Infinity;
    const bytes = parseSizeText(size);
    return bytes !== void 0 && bytes >= 1 ? bytes : fail();
  };
  const [warn, error] = sizes.map(toBytes);
  const errorSize = sizes.length === 1 && warn === Infinity ? Infinity : error;
  return { paths: glob === void 0 ? [] : [glob], ...warn !== void 0 ? { warn } : {}, ...errorSize !== void 0 ? { error: errorSize } : {} };
}
function parseWorkers(text) {
  if (text === void 0) return Math.max(1, Math.min((0, import_node_os.availableParallelism)(), 8));
  const n = /^\s*$/.test(text) ? NaN : Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`--workers: expected a whole number from 0 to 64, got "${text}"`);
  return n;
}
var FORMATS = ["text", "json", "sarif", "html"];
function parseFormat(text) {
  const format = text ?? "text";
  if (!FORMATS.includes(format)) {
    throw new InputError(`--format: expected one of ${FORMATS.join(", ")}, got "${format}"`);
  }
  return format;
}

// src/cli/scan-setup.ts
var import_node_path16 = require("node:path");
init_errors();
init_rule();
init_scan_settings();

// src/config/settings.ts
var import_node_path7 = require("node:path");
init_errors();
init_rule();
init_scan_settings();

// src/ruleset/load.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var import_node_url = require("node:url");
init_errors();
async function loadRulePackFile(file, display = file) {
  let text;
  try {
    text = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${display}: cannot read rule pack: ${error.code ?? String(error)}`);
  }
  const { parseRulePack: parseRulePack2 } = await Promise.resolve().then(() => (init_parse_pack(), parse_pack_exports));
  return parseRulePack2(text, display);
}
function mergeRulePacks(packs) {
  const byId = /* @__PURE__ */ new Map();
  const problems = [];
  for (const rule of packs.flat()) {
    const prior = byId.get(rule.id);
    if (prior) problems.push(`${rule.source}: rule id "${rule.id}" is already defined in ${prior.source}`);
    else byId.set(rule.id, rule);
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return [...byId.values()];
}
function packageRoot() {
  let dir = (0, import_node_path3.dirname)((0, import_node_url.fileURLToPath)(__leakgateUrl));
  for (let i = 0; i < 5; i++) {
    if ((0, import_node_fs3.existsSync)((0, import_node_path3.join)(dir, "package.json")) && (0, import_node_fs3.existsSync)((0, import_node_path3.join)(dir, "rules"))) return dir;
    dir = (0, import_node_path3.dirname)(dir);
  }
  return void 0;
}
function listPackFiles(dir) {
  return (0, import_node_fs3.readdirSync)(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort().map((name) => (0, import_node_path3.join)(dir, name));
}
var PRECOMPILED_RULES = "builtin-rules.json";
var PRECOMPUTED_PREFILTER = "builtin-prefilter.bin";
var PRECOMPUTED_GLOBS = "builtin-globs.json";
function readBesideBundle(name) {
  try {
    return (0, import_node_fs3.readFileSync)((0, import_node_path3.join)((0, import_node_path3.dirname)((0, import_node_url.fileURLToPath)(__leakgateUrl)), name));
  } catch {
    return void 0;
  }
}
var builtinPrecomputed = {
  prefilter: () => readBesideBundle(PRECOMPUTED_PREFILTER),
  globs: () => {
    const bytes = readBesideBundle(PRECOMPUTED_GLOBS);
    return bytes && JSON.parse(bytes.toString("utf8"));
  }
};
var builtinCache;
async function loadBuiltinRules() {
  if (builtinCache) return builtinCache;
  const here = (0, import_node_path3.dirname)((0, import_node_url.fileURLToPath)(__leakgateUrl));
  const precompiled = (0, import_node_path3.join)(here, PRECOMPILED_RULES);
  if ((0, import_node_fs3.existsSync)(precompiled)) {
    const rules = JSON.parse((0, import_node_fs3.readFileSync)(precompiled, "latin1"));
    builtinCache = freezeAll(rules);
    return builtinCache;
  }
  builtinCache = Object.freeze(await loadBuiltinRulesFromYaml());
  return builtinCache;
}
async function loadBuiltinRulesFromYaml() {
  const root = packageRoot();
  if (!root) throw new ConfigError("cannot find the built-in rules/ directory of the leakgate package");
  const files = listPackFiles((0, import_node_path3.join)(root, "rules"));
  const packs = await Promise.all(files.map((f) => loadRulePackFile(f, `rules/${(0, import_node_path3.basename)(f)}`)));
  return mergeRulePacks(packs);
}
function freezeAll(rules) {
  for (const rule of rules) {
    const examples = Object.getOwnPropertyDescriptor(rule, "examples");
    if (examples && "value" in examples) Object.freeze(examples.value);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}

// src/config/parsed-cache.ts
var import_node_fs5 = require("node:fs");
var import_node_path5 = require("node:path");
init_freeze();
init_cache_dir();
init_version();
var FORMAT = "leakgate-config-cache/2";
var FILE = "config-cache-2.json";
var MAX_ENTRIES = 8;
async function cachedParse(root, key, text, parse3, isCurrent) {
  const file = cacheFileOf(root);
  const stored = file === void 0 ? void 0 : readCache(file);
  const hit = stored?.entries.find((e) => e.key === key && e.text === text);
  if (hit && (!isCurrent || isCurrent(hit.value))) return deepFreeze(hit.value);
  const value = await parse3();
  if (file !== void 0) {
    const others = (stored?.entries ?? []).filter((e) => e.key !== key).slice(0, MAX_ENTRIES - 1);
    writeCache(file, { format: FORMAT, version: VERSION, entries: [{ key, text, value }, ...others] });
  }
  return value;
}
function cacheFileOf(root) {
  try {
    const gitDir = gitDirAt(root);
    if (gitDir === void 0) return void 0;
    const dir = privateDirectory(repositoryCacheDir(gitDir));
    return dir === void 0 ? void 0 : (0, import_node_path5.join)(dir, FILE);
  } catch {
    return void 0;
  }
}
function readCache(file) {
  try {
    const data = JSON.parse((0, import_node_fs5.readFileSync)(file, "utf8"));
    if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.entries)) return void 0;
    const entries = data.entries.filter((e) => typeof e?.key === "string" && typeof e.text === "string" && e.value !== void 0);
    return { format: FORMAT, version: VERSION, entries };
  } catch {
    return void 0;
  }
}
function writeCache(file, data) {
  try {
    (0, import_node_fs5.mkdirSync)((0, import_node_path5.dirname)(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs5.writeFileSync)(temp, JSON.stringify(data));
    (0, import_node_fs5.renameSync)(temp, file);
  } catch {
  }
}

// src/config/settings.ts
init_globs();
init_precomputed();
init_re2();
async function loadScanSettings(repoDir, options = {}) {
  const files = await SettingsReader.open(findSettingsRoot(repoDir), options.readCommitted);
  const { root } = files;
  const warnings = [];
  const leakgate = await readLeakgateConfig(files, options);
  const { config, configFile, configAbs } = leakgate;
  const { gitleaks, gitleaksMode, fresh } = await readGitleaksConfig(files, config, configFile, warnings);
  const gitleaksWarning = (message2) => {
    if (fresh) warnings.push(message2);
  };
  const inEffect = await rulesInEffect(await loadBuiltinRules(), config, gitleaks, leakgate.customRules, options, gitleaksWarning);
  const { rules, skipPath, skipPathKey } = await withPolicy(inEffect, config, configFile, gitleaks);
  const { suppress, baselineFile, baselinePath } = await readSuppressions(files, gitleaksMode, config, configAbs, options, warnings);
  const hygiene = config?.hygiene ? { ...config.hygiene.maxBlobSize !== void 0 ? { maxBlobBytes: config.hygiene.maxBlobSize } : {}, paths: config.hygiene.paths.map((p) => ({ glob: p.glob, maxBytes: p.maxBlobSize })) } : void 0;
  return Object.freeze({
    root,
    ...config ? { configFile } : {},
    ...gitleaks ? { gitleaksFile: gitleaks.file } : {},
    ...baselineFile ? { baselineFile } : {},
    baselinePath,
    rules: Object.freeze(rules),
    customRules: leakgate.customRules,
    ...skipPath ? { skipPath, skipPathKey } : {},
    suppress: Object.freeze(suppress),
    ...hygiene ? { hygiene: Object.freeze(hygiene) } : {},
    ...config?.decode?.depth !== void 0 ? { decodeDepth: config.decode.depth } : {},
    ...config?.archives ? { archives: archiveLimits(config.archives) } : {},
    // `info` findings (large-blob warnings) are reported without failing unless asked for.
    failOn: config?.failOn ?? "low",
    ...config?.minConfidence ? { minConfidence: config.minConfidence } : {},
    allowIncomplete: config?.allowIncomplete ?? false,
    warnings: Object.freeze(warnings)
  });
}
async function readLeakgateConfig(files, options) {
  const { root } = files;
  const configAbs = options.configPath ? (0, import_node_path7.resolve)(options.configPath) : (0, import_node_path7.join)(root, CONFIG_FILE);
  const configRead = options.configPath ? { text: readRequired(configAbs, options.configPath), shown: options.configPath } : files.read(configAbs, displayPath(configAbs));
  const configFile = configRead?.shown ?? options.configPath ?? displayPath(configAbs);
  const configText = configRead?.text;
  const loaded = configText === void 0 ? void 0 : await cachedParse(root, `${configAbs}
${configFile}`, configText, async () => {
    await loadRe2();
    const parsed = (await Promise.resolve().then(() => (init_load(), load_exports))).parseConfig(configText, configFile);
    return { ...parsed, globSources: await globSources(configGlobs(parsed.config, parsed.customRules)) };
  });
  addGlobSources(loaded?.globSources);
  return { config: loaded?.config, configFile, configAbs, customRules: loaded?.customRules ?? [] };
}
async function readGitleaksConfig(files, config, configFile, warnings) {
  const gitleaksAbs = (0, import_node_path7.join)(files.root, GITLEAKS_CONFIG);
  const gitleaksMode = config ? config.extends === "gitleaks" : true;
  if (!gitleaksMode) return { gitleaks: void 0, gitleaksMode, fresh: true };
  const found = files.read(gitleaksAbs, displayPath(gitleaksAbs));
  if (found === void 0 && config) {
    throw new ConfigError(`${configFile}: extends: "gitleaks" needs ${GITLEAKS_CONFIG} at the repository root (${files.root}), and there is none`);
  }
  if (found === void 0) return { gitleaks: void 0, gitleaksMode, fresh: true };
  let fresh = false;
  const gitleaks = await cachedParse(
    files.root,
    `gitleaks
${gitleaksAbs}
${found.shown}`,
    found.text,
    async () => {
      fresh = true;
      await loadRe2();
      return (await Promise.resolve().then(() => (init_gitleaks(), gitleaks_exports))).parseGitleaksConfig(found.text, found.shown, gitleaksAbs);
    },
    (value) => value.extended.every((e) => readOptional(e.path, e.path) === e.text)
  );
  if (fresh) warnings.push(...gitleaks.warnings);
  return { gitleaks, gitleaksMode, fresh };
}
async function rulesInEffect(builtin, config, gitleaks, customRules, options, gitleaksWarning) {
  let rules = [];
  if (config || !gitleaks) rules.push(...builtin);
  else {
    const disabled = new Set(gitleaks.disabledRules);
    for (const id of disabled) {
      if (!builtin.some((r) => r.id === id) && !gitleaks.rules.some((r) => r.id === id)) {
        gitleaksWarning(`${gitleaks.file}: extend.disabledRules: "${id}" is not a rule here (leakgate's built-in rules have their own ids; run "leakgate rules")`);
      }
    }
    if (gitleaks.useDefault) rules.push(...builtin.filter((r) => !disabled.has(r.id)));
  }
  if (gitleaks) {
    const inEffect = new Set(rules.map((r) => r.id));
    const clashes = gitleaks.rules.filter((r) => inEffect.has(r.id));
    if (clashes.length > 0) {
      throw new ConfigError(
        clashes.map((r) => `${gitleaks.file}: rules (${r.id}): "${r.id}" is a leakgate built-in rule; expected another id for a rule of your own, or only the id and allowlists to add allowlists to the built-in rule (add the id to [extend] disabledRules to replace it)`).join("\n")
      );
    }
    rules.push(...gitleaks.rules);
  }
  if (gitleaks && !config && rules.length === 0) {
    gitleaksWarning(`${gitleaks.file}: defines no rules and does not extend the defaults; leakgate's built-in rules are used (add [extend] useDefault = true to say so)`);
    rules.push(...builtin);
  }
  const extra = [];
  if (options.ruleFiles && options.ruleFiles.length > 0) {
    extra.push(...await Promise.all(options.ruleFiles.map((f) => loadRulePackFile(f))));
  }
  if (customRules.length > 0 || extra.length > 0 || gitleaks) {
    rules = mergeRulePacks([rules, customRules, ...extra]);
  }
  return rules;
}
async function withPolicy(inEffect, config, configFile, gitleaks) {
  let rules = inEffect;
  let skipPath;
  let skipPathKey;
  if (config || gitleaks) {
    const policy = await Promise.resolve().then(() => (init_policy(), policy_exports));
    const p = policy.emptyPolicy();
    if (config) addConfigPolicy(p, config, configFile, rules, policy);
    if (gitleaks) addGitleaksPolicy(p, gitleaks, rules, policy);
    rules = policy.applyPolicy(rules, p);
    if (gitleaks) checkRequired(gitleaks, rules);
    skipPath = await policy.skipPathFilter(p);
    if (skipPath) skipPathKey = JSON.stringify({ globs: p.skipGlobs, regexes: p.skipRegexes });
  }
  if (rules.length === 0) {
    throw new ConfigError(`${configFile}: every rule is disabled; a scan would find nothing (enable a rule, or do not run the scan)`);
  }
  return { rules, ...skipPath ? { skipPath } : {}, ...skipPathKey ? { skipPathKey } : {} };
}
async function readSuppressions(files, gitleaksMode, config, configAbs, options, warnings) {
  const { root } = files;
  const ignoreAbs = (0, import_node_path7.join)(root, IGNORE_FILE);
  const ignoreRead = files.read(ignoreAbs, displayPath(ignoreAbs));
  const ignored = ignoreRead === void 0 ? /* @__PURE__ */ new Map() : parseIgnoreFile(ignoreRead.text, ignoreRead.shown);
  const suppress = { ignored, ignoreSource: IGNORE_FILE };
  if (gitleaksMode) {
    const abs = (0, import_node_path7.join)(root, GITLEAKS_IGNORE);
    const found = files.read(abs, displayPath(abs));
    if (found !== void 0) {
      const parsed = parseGitleaksIgnore(found.text, found.shown);
      warnings.push(...parsed.warnings);
      suppress.gitleaksIgnored = parsed.entries;
      suppress.gitleaksIgnoreSource = GITLEAKS_IGNORE;
    }
  }
  let baselineFile;
  const explicit = options.baselinePath ?? (config?.baseline ? (0, import_node_path7.join)((0, import_node_path7.dirname)(configAbs), config.baseline) : void 0);
  const baselinePath = explicit ? (0, import_node_path7.resolve)(explicit) : (0, import_node_path7.join)(root, BASELINE_FILE);
  if (options.useBaseline ?? true) {
    const abs = baselinePath;
    if (!options.baselinePath) await files.fetch(abs);
    const found = options.baselinePath ? { text: readRequired(abs, options.baselinePath), shown: options.baselinePath } : files.read(abs, displayPath(abs)) ?? (explicit ? { text: readRequired(abs, displayPath(abs)), shown: displayPath(abs) } : void 0);
    if (found !== void 0) {
      suppress.baseline = new Set(parseBaseline(found.text, found.shown).map((e) => e.fingerprint));
      suppress.baselineSource = found.shown;
      baselineFile = found.shown;
    }
  }
  return { suppress, baselineFile, baselinePath };
}
function settingsScanOptions(settings) {
  return {
    rules: settings.rules,
    ...settings.skipPath ? { skipPath: settings.skipPath, ...settings.skipPathKey !== void 0 ? { skipPathKey: settings.skipPathKey } : {} } : {},
    suppress: settings.suppress,
    ...settings.hygiene ? { hygiene: settings.hygiene } : {},
    ...settings.decodeDepth !== void 0 ? { decodeDepth: settings.decodeDepth } : {},
    ...settings.archives ? { archives: settings.archives } : {}
  };
}
function archiveLimits(given) {
  const d = DEFAULT_ARCHIVE_LIMITS;
  return Object.freeze({
    depth: given.depth ?? d.depth,
    maxBytes: given.maxBytes ?? d.maxBytes,
    maxMembers: given.maxMembers ?? d.maxMembers,
    maxRatio: given.maxRatio ?? d.maxRatio
  });
}
function configGlobs(config, customRules) {
  return [
    ...config.allowlist?.paths ?? [],
    ...Object.values(config.overrides).flatMap((o) => o.allowlist?.paths ?? []),
    ...(config.hygiene?.paths ?? []).map((p) => p.glob),
    ...customRules.flatMap((r) => [...r.paths, ...r.excludePaths])
  ];
}
function addConfigPolicy(p, config, file, rules, policy) {
  const known = new Set(rules.map((r) => r.id));
  const problems = [];
  if (config.allowlist) {
    p.skipGlobs.push(...config.allowlist.paths);
    p.allowValues.push(...config.allowlist.regexes, ...config.allowlist.values.map(policy.literalPattern));
  }
  for (const [id, override] of Object.entries(config.overrides)) {
    if (!known.has(id)) {
      problems.push(`${file}: overrides.${id}: no rule has this id; expected the id of a rule in effect (run "leakgate rules" to list them)`);
      continue;
    }
    const change = policy.changeOf(p, id);
    if (override.disabled) change.disabled = true;
    if (override.severity) change.severity = override.severity;
    if (override.allowlist) {
      (change.excludePaths ??= []).push(...override.allowlist.paths);
      (change.allowValues ??= []).push(...override.allowlist.regexes, ...override.allowlist.values.map(policy.literalPattern));
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}
function addGitleaksPolicy(p, gitleaks, rules, policy) {
  const known = new Set(rules.map((r) => r.id));
  const problems = [];
  gitleaks.allowlists.forEach((allowlist, i) => {
    if (!allowlist.targetRules) {
      p.skipRegexes.push(...allowlist.skipPaths);
      if (allowlist.allowlist) p.allowlists.push(allowlist.allowlist);
      return;
    }
    for (const id of allowlist.targetRules) {
      if (!known.has(id)) {
        problems.push(`${gitleaks.file}: allowlists[${i}].targetRules: "${id}" is not a rule in effect; expected the id of a rule of the config or a built-in rule (run "leakgate rules")`);
        continue;
      }
      const change = policy.changeOf(p, id);
      if (allowlist.excludePathRegexes) (change.excludePathRegexes ??= []).push(...allowlist.excludePathRegexes);
      if (allowlist.allowlist) (change.allowlists ??= []).push(allowlist.allowlist);
    }
  });
  for (const extension2 of gitleaks.extensions) {
    if (!known.has(extension2.id)) {
      problems.push(`${extension2.where}: no regex or path, and no rule "${extension2.id}" to add to; expected a regex, or the id of a leakgate built-in rule (run "leakgate rules"; gitleaks' own rule ids are not leakgate's)`);
      continue;
    }
    if (extension2.fields.length > 0) {
      problems.push(`${extension2.where}: ${extension2.fields.join(", ")}: a leakgate built-in rule keeps its own fields; only allowlists can be added to it, got ${JSON.stringify(extension2.fields)}`);
      continue;
    }
    const change = policy.changeOf(p, extension2.id);
    (change.excludePathRegexes ??= []).push(...extension2.excludePathRegexes);
    (change.allowlists ??= []).push(...extension2.allowlists);
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}
function checkRequired(gitleaks, rules) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems = [];
  for (const rule of rules) {
    for (const [i, required] of (rule.required ?? []).entries()) {
      const other = byId.get(required.id);
      if (!other) {
        problems.push(`${gitleaks.file}: rule ${rule.id}: required[${i}].id: "${required.id}" is not a rule in effect; expected the id of a rule of the config or a built-in rule (a disabled rule cannot be required)`);
      } else if (other.detector !== void 0 && FILE_DETECTORS.includes(other.detector)) {
        problems.push(`${gitleaks.file}: rule ${rule.id}: required[${i}].id: "${required.id}" reports files, not values, and cannot be required; expected a rule with a regex`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}

// src/cli/scan-setup.ts
init_fail_on();

// src/scan/run.ts
var import_node_path15 = require("node:path");
init_git();

// src/scan/attribute.ts
init_rule();
init_expand();
init_fingerprint();
init_overlap();
init_rule_allowlists();

// src/scan/report.ts
init_version();
init_docs();
function buildReport(parts) {
  const shown = new Set([...parts.findings, ...parts.suppressed ?? []].map((f) => f.ruleId));
  return {
    kind: parts.kind,
    target: parts.target,
    findings: parts.findings,
    suppressed: parts.suppressed,
    rules: parts.rules.map((r) => shown.has(r.id) ? documented(r) : r),
    diagnostics: sortDiagnostics(parts.diagnostics),
    stats: parts.stats,
    toolVersion: VERSION,
    ...parts.health ? { health: parts.health } : {}
  };
}
function compareFindings(a, b) {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function diagnosticKey(d) {
  return `${d.code}\0${d.ruleId ?? ""}\0${d.path ?? ""}\0${d.detail}`;
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? "", b.path ?? "") || cmp(a.blobId ?? "", b.blobId ?? "") || cmp(a.detail, b.detail)
  );
}

// src/scan/attribute.ts
function makeFinding(match, rule, origin, pathInIdentity, otherOccurrences = 0) {
  return {
    ...match,
    confidence: match.confidence ?? rule.confidence,
    severity: rule.severity,
    kind: rule.kind,
    path: origin.path,
    ...origin.commit ? { commit: origin.commit } : {},
    fingerprint: fingerprint(rule.id, match.secret, pathInIdentity ? origin.path : void 0),
    otherOccurrences
  };
}
async function attribute(source, store, setup, options) {
  const { diagnostics, matchesByBlob, stats } = store;
  const index = source.index();
  const unreadable = /* @__PURE__ */ new Set();
  for (const d of [...diagnostics, ...source.diagnostics]) {
    if ((d.code === "missing-object" || d.code === "missing-parent") && d.blobId) unreadable.add(d.blobId);
  }
  const fileHits = setup ? await setup.files.evaluate(index, source, options.healthDetail ?? false, options.skipPath, unreadable) : void 0;
  const origins = await originsOnce(index, matchesByBlob.keys(), diagnostics, fileHits?.wanted ?? []);
  describeBlobs(diagnostics, origins);
  diagnostics.push(...source.diagnostics);
  if (!setup || !fileHits) return { findings: [], health: void 0 };
  const content = await attach(matchesByBlob, origins, options.rules, setup.pathTests, diagnostics, options.skipPath);
  const files = await setup.files.finish(fileHits, origins, index, content, stats);
  return { findings: [...content, ...files.findings], health: files.health };
}
async function originsOnce(index, matched, diagnostics, wanted) {
  const ids = new Set(matched);
  for (const d of diagnostics) if (d.blobId && !d.path) ids.add(d.blobId);
  for (const id of wanted) ids.add(id);
  return ids.size === 0 ? /* @__PURE__ */ new Map() : index.origins([...ids]);
}
function describeBlobs(diagnostics, origins) {
  for (const [i, d] of diagnostics.entries()) {
    if (!d.blobId || d.path) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (!origin) continue;
    const place = origin.commit ? `${origin.path} (commit ${origin.commit.id.slice(0, 12)})` : origin.path;
    diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, place) };
  }
}
function inLines(match, origin) {
  if (!origin.lines || match.member !== void 0) return true;
  return origin.lines.some(([first2, last]) => match.line >= first2 && match.line <= last);
}
async function attach(matchesByBlob, origins, rules, tests, diagnostics, skipPath) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const allowlistPaths = allowlistPathTests();
  const byKey = /* @__PURE__ */ new Map();
  for (const [blobId2, matches] of matchesByBlob) {
    const known = origins.get(blobId2);
    if (!known || known.length === 0) {
      diagnostics.push({ code: "unreachable", blobId: blobId2, detail: `blob ${blobId2} has matches but no known path; not reported` });
      continue;
    }
    const places = skipPath ? known.filter((origin) => !skipPath(origin.path)) : known;
    const placed = /* @__PURE__ */ new Map();
    for (const origin of places) {
      const counting = matches.filter(
        (m) => (tests.get(m.ruleId)?.(memberPath(origin.path, m.member)) ?? true) && !allowsAt(m.allowlisted, ruleById.get(m.ruleId)?.allowlists, origin, allowlistPaths)
      );
      const kept = counting.filter((m) => {
        const rule = ruleById.get(m.ruleId);
        if (rule?.skipReport || m.requiredOnly || !inLines(m, origin)) return false;
        return !rule?.required || requirementsMet(m, rule.required, counting);
      });
      const here = /* @__PURE__ */ new Map();
      const counted = /* @__PURE__ */ new Set();
      for (const match of resolvePerMember(kept, (id) => ruleById.get(id))) {
        const placedKey = placed.get(match);
        if (placedKey !== void 0) {
          if (!counted.has(placedKey)) byKey.get(placedKey).count++;
          counted.add(placedKey);
          continue;
        }
        const key = `${match.ruleId}\0${match.secret}\0${memberPath(origin.path, match.member)}`;
        placed.set(match, key);
        const group = here.get(key);
        if (group) group.push(match);
        else here.set(key, [match]);
      }
      for (const [key, group] of here) {
        const rule = ruleById.get(group[0].ruleId);
        const first2 = group[0];
        const member = first2.member === void 0 ? void 0 : memberName(origin.path, first2.member);
        const at = member === void 0 ? origin : { ...origin, path: `${origin.path}!${member}` };
        const located = locate(group);
        const finding = makeFinding(member === void 0 ? located : { ...located, member }, rule, at, isPathScoped(rule));
        const prior = byKey.get(key);
        if (!prior) byKey.set(key, { finding, count: 1 });
        else {
          prior.count++;
          if (preferred(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}
function locate(group) {
  if (group.length === 1) return group[0];
  const sorted = [...group].sort((a, b) => a.line - b.line || a.column - b.column);
  const own = sorted.find((m) => !m.allowed && m.example === void 0) ?? sorted.find((m) => m.example === void 0) ?? sorted[0];
  const locations = [own, ...sorted.filter((m) => m !== own)].map((m) => ({
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...m.allowed ? { allowed: true } : {}
  }));
  const confidence = sorted.reduce((c, m) => c && m.confidence ? higherConfidence(c, m.confidence) : c ?? m.confidence, void 0);
  const { allowed: _allowed, example: _example, confidence: _confidence, ...rest } = own;
  const allowed = sorted.every((m) => m.allowed) ? own.allowed : void 0;
  const example = sorted.every((m) => m.example !== void 0) ? own.example : void 0;
  return {
    ...rest,
    ...allowed ? { allowed } : {},
    ...example !== void 0 ? { example } : {},
    ...confidence ? { confidence } : {},
    locations
  };
}
function memberPath(path, member) {
  return member === void 0 ? path : `${path}!${memberName(path, member)}`;
}
function memberName(path, member) {
  if (member !== "" && !member.startsWith("!")) return member;
  return gunzippedName(path.slice(path.lastIndexOf("/") + 1)) + member;
}
function resolvePerMember(matches, ruleOf) {
  if (!matches.some((m) => m.member !== void 0)) return resolveOverlaps(matches, ruleOf);
  const byMember = /* @__PURE__ */ new Map();
  for (const m of matches) {
    const group = byMember.get(m.member);
    if (group) group.push(m);
    else byMember.set(m.member, [m]);
  }
  return [...byMember.values()].flatMap((group) => resolveOverlaps(group, ruleOf));
}
function isPathScoped(rule) {
  return rule.kind !== "secret" || rule.paths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0;
}
function preferred(a, b) {
  if (a.example === void 0 !== (b.example === void 0)) return a.example === void 0;
  if (a.allowed === void 0 !== (b.allowed === void 0)) return a.allowed === void 0;
  return earlier(a, b);
}
function earlier(a, b) {
  const da = a.commit?.date ?? "";
  const db = b.commit?.date ?? "";
  if (da !== db) return Date.parse(da) < Date.parse(db);
  if (a.commit?.id !== b.commit?.id) return (a.commit?.id ?? "") < (b.commit?.id ?? "");
  return a.line < b.line || a.line === b.line && a.column < b.column;
}

// src/engine/pool.ts
var import_node_module4 = require("node:module");
init_detect();
init_precomputed();
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var BATCH_BYTES = 1 << 20;
var BATCH_ITEMS = 64;
var IN_FLIGHT_PER_WORKER = 2;
var SHARED_BYTES = 2 << 20;
var ALIGN_SLACK = 8;
var NO_MATCHES = [];
var NO_DIAGNOSTICS = [];
var BlobScanner = class {
  constructor(options) {
    this.options = options;
  }
  options;
  detector;
  inlineUsed = 0;
  slots = [];
  queue = [];
  current = [];
  currentShared;
  currentBytes = 0;
  nextBatch = 0;
  waiters = [];
  drainWaiters = [];
  watchdog;
  failure;
  closed = false;
  shared = [];
  sharedViews = [];
  freeShared = [];
  detectorOptions() {
    const { decodeDepth, archives } = this.options;
    return { ...decodeDepth !== void 0 ? { decodeDepth } : {}, ...archives !== void 0 ? { archives } : {} };
  }
  /** Compiles the in-process detector now rather than on the first blob (to overlap it with the source's start). */
  prepare() {
    if (this.options.inlineBytes > 0 || this.options.workers === 0) this.detector ??= createDetector(this.options.rules, this.detectorOptions());
  }
  /**
   * Hands over one blob; resolves when the scanner can take more (back-pressure). `scoped` false skips the rules
   * limited to some paths (the blob was seen at none of them). A blob of up to SHARED_BYTES is copied before this
   * returns, so its memory may then be reused. A larger one is kept until its result: do not change its bytes.
   */
  async submit(blob, scoped = true) {
    if (this.failure) throw this.failure;
    const length = blob.bytes.byteLength;
    if (this.options.workers === 0 || this.inlineUsed + length <= this.options.inlineBytes) {
      this.inlineUsed += length;
      this.detector ??= createDetector(this.options.rules, this.detectorOptions());
      this.options.onResult(await scanBlob(this.detector, blob, void 0, scoped));
      return;
    }
    this.startWorkers();
    if (length > SHARED_BYTES) {
      this.flush();
      this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes }], shared: void 0 });
      this.dispatch();
    } else {
      let at = this.currentBytes + (blob.bytes.byteOffset - this.currentBytes & 7);
      if (this.currentShared !== void 0 && at + length > SHARED_BYTES) this.flush();
      if (this.currentShared === void 0) at = blob.bytes.byteOffset & 7;
      this.currentShared ??= this.freeShared.pop();
      if (this.currentShared === void 0) {
        this.flush();
        this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes.slice() }], shared: void 0 });
        this.dispatch();
      } else {
        this.sharedViews[this.currentShared].set(blob.bytes, at);
        this.current.push({ id: blob.id, scoped, start: at, end: at + length });
        this.currentBytes = at + length;
        if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
      }
    }
    while (this.queue.length > this.slots.length * IN_FLIGHT_PER_WORKER) {
      await new Promise((resolve18) => this.waiters.push(resolve18));
      if (this.failure) throw this.failure;
    }
  }
  /** Waits for every submitted blob's result. */
  async drain() {
    this.flush();
    while (this.queue.length > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      await new Promise((resolve18) => this.drainWaiters.push(resolve18));
      if (this.failure) throw this.failure;
    }
  }
  /** Stops the workers. */
  async close() {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
  flush() {
    if (this.current.length === 0) return;
    this.queue.push({ batch: this.nextBatch++, jobs: this.current, shared: this.currentShared });
    this.current = [];
    this.currentShared = void 0;
    this.currentBytes = 0;
    this.dispatch();
  }
  startWorkers() {
    if (this.shared.length === 0) {
      const count = this.options.workers * IN_FLIGHT_PER_WORKER * 2 + 2;
      for (let i = 0; i < count; i++) {
        this.shared.push(new SharedArrayBuffer(SHARED_BYTES + ALIGN_SLACK));
        this.sharedViews.push(new Uint8Array(this.shared[i]));
        this.freeShared.push(i);
      }
    }
    while (this.slots.length < this.options.workers) this.slots.push(this.spawn());
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(500, this.options.blobTimeoutMs / 2));
    this.watchdog.unref();
  }
  spawn() {
    const heartbeat = new SharedArrayBuffer(16);
    const beat = new Int32Array(heartbeat);
    Atomics.store(beat, 1, -1);
    const prefilter2 = precomputedPrefilter();
    const init = { rules: this.options.rules, ...this.detectorOptions(), heartbeat, shared: this.shared, ...prefilter2 ? { prefilter: prefilter2 } : {} };
    const worker = new (workerThreads()).Worker(new URL("./worker.js", __leakgateUrl), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot = { worker, beat, inFlight: /* @__PURE__ */ new Map(), lastSequence: 0, stuckSince: Date.now() };
    worker.on("message", (message2) => this.receive(slot, message2));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code2) => {
      if (!this.closed && this.slots.includes(slot) && code2 !== 0) this.fail(new Error(`scan worker exited with code ${code2}`));
    });
    return slot;
  }
  receive(slot, message2) {
    const pending = slot.inFlight.get(message2.batch);
    slot.inFlight.delete(message2.batch);
    if (pending) {
      if (pending.shared !== void 0) this.freeShared.push(pending.shared);
      let d = 0;
      pending.jobs.forEach((job, i) => {
        const detail = message2.details[d]?.index === i ? message2.details[d++] : void 0;
        const flags = message2.flags[i];
        const diagnostics = detail?.diagnostics ?? NO_DIAGNOSTICS;
        this.options.onResult({
          blobId: job.id,
          matches: detail?.matches ?? NO_MATCHES,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0 || job.notes !== void 0,
          diagnostics: job.notes ? [...job.notes, ...diagnostics] : diagnostics
        });
      });
    }
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift();
        const message2 = this.pack(pending);
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...message2);
      }
    }
    if (this.queue.length <= this.slots.length * IN_FLIGHT_PER_WORKER) this.waiters.splice(0).forEach((w) => w());
    if (this.queue.length === 0 && this.slots.every((s) => s.inFlight.size === 0)) this.drainWaiters.splice(0).forEach((w) => w());
  }
  /**
   * A worker whose current blob has not moved for the budget is terminated. The rule it was running is stopped for
   * that blob only: the blob goes back in the queue with that rule skipped (and a diagnostic naming it), so every
   * other rule still scans it; the worker's other blobs are re-queued as they were.
   */
  checkTimeouts() {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      const sequence = Atomics.load(slot.beat, 3);
      const item = Atomics.load(slot.beat, 1);
      if (sequence !== slot.lastSequence || item === -1) {
        slot.lastSequence = sequence;
        slot.stuckSince = now;
        continue;
      }
      if (now - slot.stuckSince < this.options.blobTimeoutMs) continue;
      const batch = slot.inFlight.get(Atomics.load(slot.beat, 0));
      const stuck = batch?.jobs[item];
      const ruleIndex = Atomics.load(slot.beat, 2);
      const rule = this.options.rules[ruleIndex];
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
      for (const pending of slot.inFlight.values()) {
        const jobs = pending.jobs.flatMap((job) => {
          if (job !== stuck) return [job];
          if (!rule) {
            this.options.onResult({ blobId: job.id, matches: [], binary: false, matched: true, diagnostics: [...job.notes ?? [], this.stalled(job.id)] });
            return [];
          }
          return [{ ...job, skip: [...job.skip ?? [], ruleIndex], notes: [...job.notes ?? [], this.stopped(rule.id, job.id)] }];
        });
        if (jobs.length > 0) this.queue.unshift({ batch: this.nextBatch++, jobs, shared: pending.shared });
        else if (pending.shared !== void 0) this.freeShared.push(pending.shared);
      }
      if (!stuck) this.options.onDiagnostic(rule ? this.stopped(rule.id) : this.stalled());
      slot.inFlight.clear();
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }
  /** A rule stopped on one blob (which the other rules still scan). The scan puts the blob's path in for its id. */
  stopped(ruleId2, blobId2) {
    return {
      code: "regex-timeout",
      ...blobId2 ? { blobId: blobId2 } : {},
      ruleId: ruleId2,
      detail: `rule ${ruleId2} ran over ${this.options.blobTimeoutMs} ms on blob ${blobId2 ?? "?"} and was stopped there; every other rule scanned it. That rule's pattern backtracks on this content: fix it (leakgate rules --check names risky constructs) or raise --blob-timeout`
    };
  }
  /** A blob the scan could not get through outside any rule: not scanned. */
  stalled(blobId2) {
    return {
      code: "regex-timeout",
      ...blobId2 ? { blobId: blobId2 } : {},
      detail: `scanning blob ${blobId2 ?? "?"} ran over ${this.options.blobTimeoutMs} ms outside any rule; it was not scanned (raise --blob-timeout)`
    };
  }
  fail(error) {
    this.failure ??= error;
    this.waiters.splice(0).forEach((w) => w());
    this.drainWaiters.splice(0).forEach((w) => w());
  }
  /** The message for a batch: its shared buffer's index, or a copy of its one job's own bytes (kept for a retry). */
  pack(pending) {
    const { jobs } = pending;
    const ids = jobs.map((j) => j.id);
    const scoped = Uint8Array.from(jobs, (j) => j.scoped ? 1 : 0);
    const spans = new Uint32Array(jobs.length * 2);
    let skip;
    jobs.forEach((job, i) => {
      spans[2 * i] = job.start;
      spans[2 * i + 1] = job.end;
      if (job.skip) (skip ??= {})[i] = job.skip;
    });
    const common = { batch: pending.batch, ids, spans, scoped, ...skip ? { skip } : {} };
    if (pending.shared !== void 0) return [{ ...common, shared: pending.shared }, []];
    const own = jobs[0].bytes;
    const buffer = new ArrayBuffer(own.byteLength);
    new Uint8Array(buffer).set(own);
    return [{ ...common, buffer }, [buffer]];
  }
};
var threads;
function workerThreads() {
  return threads ??= (0, import_node_module4.createRequire)(__leakgateUrl)("node:worker_threads");
}

// src/scan/match.ts
var ResultStore = class {
  constructor(maxBlobBytes) {
    this.maxBlobBytes = maxBlobBytes;
  }
  maxBlobBytes;
  matchesByBlob = /* @__PURE__ */ new Map();
  diagnostics = [];
  stats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  /** Blobs counted in the stored walk's totals but read again here (for the path-limited rules): not counted twice. */
  recounted = /* @__PURE__ */ new Set();
  /** Counts a blob once: not when the stored totals already hold it. */
  count(id, result, size) {
    if (this.recounted.has(id)) return;
    this.stats.blobs++;
    this.stats.bytes += size;
    if (result.binary) this.stats.binarySkipped++;
    if (result.matched) this.stats.blobsMatched++;
  }
  /** A blob already in the stored totals that is read again. */
  markRecounted(id) {
    this.recounted.add(id);
  }
  keep(id, result, again = false) {
    if (result.matches.length > 0) this.matchesByBlob.set(id, [...result.matches]);
    const seen = again ? new Set(this.diagnostics.filter((d) => d.blobId === id).map(diagnosticKey)) : void 0;
    this.diagnostics.push(...seen ? result.diagnostics.filter((d) => !seen.has(diagnosticKey(d))) : result.diagnostics);
  }
  tooLarge(id, size) {
    this.diagnostics.push({
      code: "too-large",
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${this.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`
    });
  }
  /** A cached blob's result, as if scanned now. */
  replay(hit) {
    if (hit.truncated) this.tooLarge(hit.id, hit.size);
    else this.keep(hit.id, hit);
  }
};
var Matcher = class {
  constructor(plan, store) {
    this.plan = plan;
    this.store = store;
    const { options } = plan;
    this.scanner = new BlobScanner({
      rules: options.rules,
      ...options.decodeDepth !== void 0 ? { decodeDepth: options.decodeDepth } : {},
      ...options.archives !== void 0 ? { archives: options.archives } : {},
      workers: options.workers,
      inlineBytes: plan.inlineBytes,
      blobTimeoutMs: options.blobTimeoutMs,
      onResult: (result) => this.take(result),
      onDiagnostic: (diagnostic) => store.diagnostics.push(diagnostic)
    });
  }
  plan;
  store;
  scanner;
  /** Per blob being scanned: its size, and what the file rules learnt from its head (kept with its result). */
  pending = /* @__PURE__ */ new Map();
  rescanning = /* @__PURE__ */ new Set();
  scoping;
  /** Starts compiling the rules (a source that knows content is coming calls this while git reads it). */
  prepare() {
    this.scanner.prepare();
  }
  useScoping(scoping) {
    this.scoping = scoping;
  }
  async submit(blob, head, allRules) {
    this.pending.set(blob.id, { size: blob.size, head });
    await this.scanner.submit(blob, allRules);
  }
  /** Blobs scanned again with every rule: their second result holds the first's matches too. */
  async rescan(blobs, ids) {
    this.rescanning = ids;
    for await (const blob of blobs) {
      if (blob.truncated) continue;
      await this.submit(blob, {}, true);
    }
    await this.scanner.drain();
  }
  drain() {
    return this.scanner.drain();
  }
  close() {
    return this.scanner.close();
  }
  take(result) {
    const again = this.rescanning.has(result.blobId);
    const info = this.pending.get(result.blobId);
    this.pending.delete(result.blobId);
    if (!again) this.store.count(result.blobId, result, info?.size ?? 0);
    this.store.keep(result.blobId, result, again);
    const { cache: cache2 } = this.plan;
    if (cache2 && info && !result.diagnostics.some((d) => d.code === "regex-timeout")) {
      const scoped = again || (this.scoping?.wasScoped(result.blobId) ?? false);
      cache2.add({ ...result, ...info.head, id: result.blobId, size: info.size, truncated: false, scoped });
    }
  }
};

// src/scan/plan.ts
var import_node_fs10 = require("node:fs");
var import_node_path14 = require("node:path");
init_errors();
init_scan_settings();
init_allow_value();
init_precomputed();
init_detect();
init_paths();
init_git();

// src/sources/cat-file.ts
var import_node_module5 = require("node:module");
init_errors();
init_git();
var SLAB_BYTES = 4 << 20;
var REUSE_MAX_OBJECT = 1 << 20;
var MAX_READ = 1 << 18;
var MIN_READ = 1 << 16;
var SPARE_SLABS = 2;
var CatFileReader = class {
  constructor(cwd, maxBytes, options = {}) {
    this.maxBytes = maxBytes;
    this.maxHeld = options.maxHeld ?? 24 * 1024 * 1024;
    this.headBytes = options.headBytes ?? 8192;
    this.child = spawnGit(cwd, ["cat-file", "--batch-command", "--buffer"]);
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (text) => this.stderr += text.slice(0, 4e3));
    this.child.stdin.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    this.child.on("error", (error) => this.fail(new GitError(`cannot run git: ${error.message}`)));
    let exit;
    let drained = false;
    const check = () => {
      if (exit !== void 0 && drained && this.pending.length > 0) this.fail(new GitError(`git cat-file --batch exited (${exit}): ${this.stderr.trim()}`));
    };
    this.child.on("close", (code2) => {
      exit = code2;
      check();
    });
    if (options.reuse && this.readIntoSlabs(() => (drained = true, check()))) return;
    drained = true;
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
  }
  maxBytes;
  child;
  pending = [];
  buffer = Buffer.alloc(0);
  /** Ordinary reads: the object whose content is coming. */
  current;
  body = [];
  bodyLength = 0;
  remaining = 0;
  stderr = "";
  failed;
  outgoing = [];
  /** Bytes of objects handed out and not yet released by the consumer; over the limit, git's output is paused. */
  held = 0;
  paused = false;
  maxHeld;
  headBytes;
  /** Reuse mode: the socket reading git's output into slabs, and the state of the parse. */
  input;
  slab;
  spare = [];
  /** Bytes of the current slab written by reads, and parsed. */
  written = 0;
  parsed = 0;
  incoming;
  /** Where the read in progress goes (chosen by readTarget, counted by onRead). */
  target = "slab";
  discard;
  /** Per object handed out and not yet released: its slab (undefined: memory of its own) and length as delivered. */
  handedOut = /* @__PURE__ */ new WeakMap();
  /**
   * Takes git's stdout pipe from the stream Node made for it and reads it with a socket whose reads land in our
   * slabs (net.Socket's `onread`): no new buffer per read and no copy per object. The pipe handle is not public API;
   * without it the reader falls back to ordinary reads. Returns whether it switched.
   */
  readIntoSlabs(onEnd) {
    const stdout = this.child.stdout;
    const handle = stdout._handle;
    if (!handle || typeof handle !== "object") return false;
    stdout._handle = null;
    stdout.destroy();
    this.slab = this.takeSlab();
    const input = new (netModule()).Socket({
      handle,
      readable: true,
      writable: false,
      onread: { buffer: () => this.readTarget(), callback: (n) => this.onRead(n) }
    });
    input.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    input.on("end", onEnd);
    input.on("close", onEnd);
    this.input = input;
    return true;
  }
  /** Reads one object; resolves undefined when git reports it missing. */
  read(id) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve18, reject) => {
      this.pending.push({ id, resolve: resolve18, reject });
      this.outgoing.push(id);
    });
  }
  /** Sends the requests made since the last flush to git in one write. */
  flush() {
    if (this.outgoing.length === 0) return;
    this.child.stdin.write(`contents ${this.outgoing.join("\ncontents ")}
flush
`);
    this.outgoing = [];
  }
  /** How many requests are waiting for git's answer. */
  get backlog() {
    return this.pending.length;
  }
  /**
   * The consumer is done with an object (this bounds memory while it is slower than git). In reuse mode the object's
   * bytes may be overwritten from then on. The length released is the one delivered: a consumer may have transferred
   * the object's buffer to another thread since, leaving it empty.
   */
  release(object) {
    const out = this.handedOut.get(object);
    if (!out) return;
    this.handedOut.delete(object);
    if (out.slab && --out.slab.live === 0 && out.slab !== this.slab && this.spare.length < SPARE_SLABS) this.spare.push(out.slab);
    this.held -= out.length;
    if (this.paused && this.held < this.maxHeld / 2) {
      this.paused = false;
      if (this.input) this.input.resume();
      else this.child.stdout.resume();
    }
  }
  close() {
    this.flush();
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
    this.input?.destroy();
  }
  fail(error) {
    this.failed ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
  /** Resolves the oldest request with `object`, read from `slab` (reuse mode) or into memory of its own. */
  deliver(object, slab) {
    const request = this.pending.shift();
    if (!request) return;
    if (slab) slab.live++;
    this.handedOut.set(object, { slab, length: object.bytes.byteLength });
    this.held += object.bytes.byteLength;
    request.resolve(object);
  }
  /** A free slab: a spare one, or a new one. */
  takeSlab() {
    return this.spare.pop() ?? { bytes: Buffer.allocUnsafeSlow(SLAB_BYTES), live: 0 };
  }
  /** Where the next read goes: a large object's own memory, the discard buffer, or the current slab. */
  readTarget() {
    const next = this.incoming;
    if (next?.own && next.filled < next.size) {
      if (next.filled < next.own.length) {
        this.target = "own";
        return next.own.subarray(next.filled, Math.min(next.own.length, next.filled + MAX_READ));
      }
      this.target = "discard";
      this.discard ??= Buffer.allocUnsafeSlow(MAX_READ);
      return this.discard.subarray(0, Math.min(MAX_READ, next.size - next.filled));
    }
    this.target = "slab";
    if (this.slab.bytes.length - this.written < MIN_READ) this.switchSlab();
    const bytes = this.slab.bytes;
    return bytes.subarray(this.written, Math.min(bytes.length, this.written + MAX_READ));
  }
  /** Moves the unparsed tail of the current slab to a free one, which becomes current. */
  switchSlab() {
    const old = this.slab;
    const next = this.takeSlab();
    old.bytes.copy(next.bytes, 0, this.parsed, this.written);
    if (this.incoming && !this.incoming.own) this.incoming.start -= this.parsed;
    this.written -= this.parsed;
    this.parsed = 0;
    this.slab = next;
    if (old.live === 0 && this.spare.length < SPARE_SLABS) this.spare.push(old);
  }
  /** `n` bytes arrived where readTarget() pointed; returns false to pause reading. */
  onRead(n) {
    if (this.target === "slab") this.written += n;
    else this.incoming.filled += n;
    this.parseSlab();
    if (!this.paused && this.held > this.maxHeld) {
      this.paused = true;
      return false;
    }
    return !this.paused;
  }
  /** Parses headers and content between `parsed` and `written` in the current slab; hands out complete objects. */
  parseSlab() {
    for (; ; ) {
      const slab = this.slab;
      const bytes = slab.bytes;
      const next = this.incoming;
      if (next?.own) {
        if (next.filled < next.size || this.written === this.parsed) return;
        this.parsed += 1;
        this.incoming = void 0;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: next.own }, void 0);
        continue;
      }
      if (next) {
        if (this.written - next.start < next.size + 1) return;
        this.parsed = next.start + next.size + 1;
        this.incoming = void 0;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: bytes.subarray(next.start, next.start + next.size) }, slab);
        continue;
      }
      const eol = bytes.indexOf(10, this.parsed);
      if (eol === -1 || eol >= this.written) return;
      const header = this.header(bytes.toString("latin1", this.parsed, eol));
      this.parsed = eol + 1;
      if (header === "missing") continue;
      if (header === void 0) {
        this.input?.destroy();
        return;
      }
      const { size } = header;
      const incoming = { ...header, start: this.parsed, filled: 0 };
      this.incoming = incoming;
      if (size > this.maxBytes || size > REUSE_MAX_OBJECT) {
        const own = Buffer.allocUnsafeSlow(size > this.maxBytes ? Math.min(size, this.headBytes) : size);
        const here = Math.min(size, this.written - this.parsed);
        bytes.copy(own, 0, this.parsed, this.parsed + Math.min(here, own.length));
        incoming.own = own;
        incoming.filled = here;
        this.parsed += here;
      } else if (incoming.start + size + 1 > bytes.length) {
        this.switchSlab();
      }
    }
  }
  /**
   * An object's header line (`<id> <type> <size>`). A missing object's line (`<id> missing`) answers the oldest
   * request with undefined; anything else fails the reader. Returns the header, 'missing', or undefined on failure.
   */
  header(line) {
    const header = batchHeader(line);
    if (header === "missing") this.pending.shift()?.resolve(void 0);
    else if (header === void 0) this.fail(new GitError(`git cat-file --batch: unexpected header "${line.slice(0, 120)}"`));
    return header;
  }
  /** Ordinary reads: chunks as Node delivers them, each object's pieces joined. */
  onData(chunk) {
    let buf = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let pos = 0;
    while (pos < buf.length) {
      if (this.current) {
        const take = Math.min(this.remaining, buf.length - pos);
        if (take > 0) {
          const keep = this.current.size > this.maxBytes ? Math.max(0, Math.min(take, this.headBytes - this.bodyLength)) : take;
          if (keep > 0) {
            this.body.push(buf.subarray(pos, pos + keep));
            this.bodyLength += keep;
          }
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        if (pos >= buf.length) break;
        pos += 1;
        const { id, type, size } = this.current;
        const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyLength);
        this.current = void 0;
        this.body = [];
        this.bodyLength = 0;
        this.deliver({ id, type, size, bytes }, void 0);
        if (!this.paused && this.held > this.maxHeld) {
          this.paused = true;
          this.child.stdout.pause();
        }
        continue;
      }
      const eol = buf.indexOf(10, pos);
      if (eol === -1) break;
      const header = this.header(buf.toString("latin1", pos, eol));
      pos = eol + 1;
      if (header === "missing") continue;
      if (header === void 0) return;
      this.current = header;
      this.remaining = header.size;
    }
    this.buffer = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    buf = this.buffer;
  }
};
var net;
function netModule() {
  return net ??= (0, import_node_module5.createRequire)(__leakgateUrl)("node:net");
}
async function* readInOrder(reader, ids, batch) {
  for (let i = 0; i < ids.length; i += batch) {
    const reads = ids.slice(i, i + batch).map((id) => reader.read(id));
    for (const read of reads) read.catch(() => void 0);
    reader.flush();
    for (const [j, read] of reads.entries()) {
      const object = await read;
      yield { index: i + j, object };
      if (object) reader.release(object);
    }
  }
}
function batchHeader(line) {
  const parts = line.split(" ");
  if (parts.length === 2 && (parts[1] === "missing" || parts[1] === "ambiguous")) return "missing";
  const size = Number(parts[2]);
  return parts.length === 3 && Number.isSafeInteger(size) ? { id: parts[0], type: parts[1], size } : void 0;
}
async function* readBlobsById(repo, maxBlobBytes, blobIds) {
  const reader = new CatFileReader(repo, maxBlobBytes);
  try {
    for await (const { object } of readInOrder(reader, blobIds, 256)) {
      if (object) yield { id: object.id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
    }
  } finally {
    reader.close();
  }
}

// src/sources/history.ts
init_git();

// src/sources/added-lines.ts
function pairKey(oldBlob, newBlob) {
  return `${oldBlob}..${newBlob}`;
}
var INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: \d+)?$/;
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseAddedLines(patch) {
  const text = typeof patch === "string" ? patch : patch.toString("latin1");
  const out = /* @__PURE__ */ new Map();
  let key;
  let ranges;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const first2 = text.charCodeAt(pos);
    if (oldLeft > 0 || newLeft > 0) {
      if (first2 === 43) {
        const last = ranges?.at(-1);
        if (last && last[1] === newLine - 1) last[1] = newLine;
        else ranges?.push([newLine, newLine]);
        newLine++;
        newLeft--;
      } else if (first2 === 45) {
        oldLeft--;
      } else if (first2 === 32 || end === pos) {
        oldLeft--;
        newLeft--;
        newLine++;
      }
      pos = end + 1;
      continue;
    }
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.startsWith("diff ")) {
      key = void 0;
      ranges = void 0;
    } else if (key === void 0 && line.startsWith("index ")) {
      const m = INDEX_LINE.exec(line);
      if (m) {
        key = pairKey(m[1], m[2]);
        ranges = [];
        out.set(key, ranges);
      }
    } else if (key !== void 0 && (line.startsWith("Binary files ") || line === "GIT binary patch")) {
      out.set(key, void 0);
      ranges = void 0;
    } else if (line.startsWith("@@ ")) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === void 0 ? 1 : Number(m[3]);
    }
  }
  return out;
}
function intersectLines(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i];
    const [b0, b1] = b[j];
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}
function unionLines(sets) {
  const all = [];
  for (const set of sets) {
    if (set === void 0) return void 0;
    all.push(...set);
  }
  all.sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [first2, last] of all) {
    const previous = out.at(-1);
    if (previous && first2 <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else out.push([first2, last]);
  }
  return out;
}

// src/sources/commit-table.ts
var CommitTable = class {
  ids = Buffer.alloc(0);
  times = new Float64Array(0);
  width = 0;
  count = 0;
  /** Appends a commit; returns its index. */
  push(id, time) {
    if (this.width === 0) this.width = id.length >> 1;
    if (this.count === this.times.length) {
      const capacity = Math.max(1024, this.count * 2);
      const ids = Buffer.alloc(capacity * this.width);
      this.ids.copy(ids);
      this.ids = ids;
      const times = new Float64Array(capacity);
      times.set(this.times);
      this.times = times;
    }
    this.ids.write(id, this.count * this.width, this.width, "hex");
    this.times[this.count] = time;
    return this.count++;
  }
  get length() {
    return this.count;
  }
  id(index) {
    return this.ids.toString("hex", index * this.width, (index + 1) * this.width);
  }
  time(index) {
    return this.times[index];
  }
};

// src/sources/history-index.ts
init_git();

// src/sources/intro-table.ts
var EMPTY = -1;
var IntroTable = class {
  /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), fixed by the first id. */
  width = 0;
  ids = new Uint8Array(0);
  commits = new Int32Array(0);
  paths = new Int32Array(0);
  /** Hash chains: heads[hash & mask] is the first entry, next[e] the entry after e (EMPTY ends a chain). */
  heads = new Int32Array(0);
  next = new Int32Array(0);
  count = 0;
  /** The id being looked up, as bytes, and how many of them its hex gave. */
  scratch = Buffer.alloc(32);
  scratchLength = 0;
  /** Introductions at further paths, by entry (a copied or moved file's blob). */
  more = /* @__PURE__ */ new Map();
  /** Parents of each entry's first introduction, with added-line attribution only. */
  firstParents = /* @__PURE__ */ new Map();
  /** Unique blobs recorded. */
  get size() {
    return this.count;
  }
  /** True for a blob id this table can hold: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
  static isId(id) {
    return (id.length === 40 || id.length === 64) && /^[0-9a-f]+$/.test(id);
  }
  /** The entry of `id`, or EMPTY (-1); an id that is not 40 or 64 hex digits is never found. */
  find(id) {
    if (!this.load(id) || this.count === 0 || id.length !== this.width * 2) return EMPTY;
    for (let e = this.heads[this.bucketOf(this.scratch, 0)]; e !== EMPTY; e = this.next[e]) if (this.sameId(e)) return e;
    return EMPTY;
  }
  /**
   * Records that `commit` introduced `id` at `path`. Returns the new entry when the blob is new, else EMPTY: then
   * the introduction at that path is replaced when `earlier(commit, old)` says the new one comes first, and a new
   * path is added to the blob's list. `id` must pass `isId`.
   */
  record(id, commit, path, parents, earlier2) {
    const e = this.find(id);
    if (e === EMPTY) return this.add(id, commit, path, parents);
    if (this.paths[e] === path) {
      if (earlier2(commit, this.commits[e])) {
        this.commits[e] = commit;
        if (parents) this.firstParents.set(e, parents);
      }
      return EMPTY;
    }
    const extra = this.more.get(e);
    const same = extra?.find((i) => i.path === path);
    if (same) {
      if (earlier2(commit, same.commit)) {
        same.commit = commit;
        if (parents) same.parents = parents;
      }
      return EMPTY;
    }
    const intro = parents ? { commit, path, parents } : { commit, path };
    if (extra) extra.push(intro);
    else this.more.set(e, [intro]);
    return EMPTY;
  }
  /** The hex id of entry `e`. */
  idOf(e) {
    return Buffer.from(this.ids.buffer, this.ids.byteOffset + e * this.width, this.width).toString("hex");
  }
  /** Path index of entry `e`'s first recorded introduction. */
  pathOf(e) {
    return this.paths[e];
  }
  /** The further paths' introductions of entry `e` (usually none). */
  morePaths(e) {
    return this.more.get(e) ?? [];
  }
  /** Every introduction of entry `e`, as objects of their own (in no particular order). */
  intros(e) {
    const parents = this.firstParents.get(e);
    const first2 = parents ? { commit: this.commits[e], path: this.paths[e], parents } : { commit: this.commits[e], path: this.paths[e] };
    return [first2, ...this.morePaths(e)];
  }
  add(id, commit, path, parents) {
    if (this.width === 0) {
      if (id.length !== 40 && id.length !== 64) return EMPTY;
      this.width = id.length / 2;
    }
    if (id.length !== this.width * 2 || this.scratchLength !== this.width) return EMPTY;
    if (this.count === this.commits.length) this.grow();
    const e = this.count++;
    this.ids.set(this.scratch.subarray(0, this.width), e * this.width);
    this.commits[e] = commit;
    this.paths[e] = path;
    this.link(e);
    if (parents) this.firstParents.set(e, parents);
    return e;
  }
  /** Writes `id` into the scratch buffer; false when it is not an even-length run of hex digits. */
  load(id) {
    if (id.length > 64 || id.length % 2 !== 0) return false;
    this.scratchLength = this.scratch.write(id, 0, "hex");
    return this.scratchLength * 2 === id.length;
  }
  /** Bucket of the id at `bytes[at]` (ids are hashes already: their first four bytes are spread evenly). */
  bucketOf(bytes, at) {
    return (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24) & this.heads.length - 1;
  }
  /** Puts entry `e` (its id already stored) at the head of its bucket's chain. */
  link(e) {
    const bucket = this.bucketOf(this.ids, e * this.width);
    this.next[e] = this.heads[bucket];
    this.heads[bucket] = e;
  }
  sameId(e) {
    const at = e * this.width;
    for (let i = 0; i < this.width; i++) if (this.ids[at + i] !== this.scratch[i]) return false;
    return true;
  }
  grow() {
    const capacity = Math.max(1024, this.commits.length * 2);
    const ids = new Uint8Array(capacity * (this.width || 32));
    ids.set(this.ids);
    this.ids = ids;
    const commits = new Int32Array(capacity);
    commits.set(this.commits);
    this.commits = commits;
    const paths = new Int32Array(capacity);
    paths.set(this.paths);
    this.paths = paths;
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.next = new Int32Array(capacity).fill(EMPTY);
    for (let e = 0; e < this.count; e++) this.link(e);
  }
};

// src/sources/history-index.ts
var DIFF_CONCURRENCY = 4;
var HistoryIndex = class {
  constructor(options) {
    this.options = options;
    if (!options.preloaded) return;
    const commitIndex = /* @__PURE__ */ new Map();
    for (const [blob, list] of options.preloaded) {
      for (const [path, id, time] of list) {
        let c = commitIndex.get(id);
        if (c === void 0) {
          c = this.commits.push(id, time);
          commitIndex.set(id, c);
        }
        if (IntroTable.isId(blob)) this.record(blob, this.pathId(path), c);
      }
    }
    this.preloaded = this.commits.length;
  }
  options;
  commits = new CommitTable();
  pathNames = [];
  pathIndex = /* @__PURE__ */ new Map();
  /** Blob id -> introductions, one per path, earliest commit kept. */
  intros = new IntroTable();
  /** `paths()`, until the next introduction is recorded. */
  pathList;
  /** In a partial clone, the blobs present locally (a parent blob not among them is never diffed). */
  present;
  /** Commits below this index come from the earlier walk: ancestors or strangers of every walked commit. */
  preloaded = 0;
  /** The walk met a commit; returns its index. */
  addCommit(id, time) {
    return this.commits.push(id, time);
  }
  /** The index of a path, added on first use. */
  pathId(path) {
    let p = this.pathIndex.get(path);
    if (p === void 0) {
      p = this.pathNames.length;
      this.pathNames.push(path);
      this.pathIndex.set(path, p);
    }
    return p;
  }
  pathName(p) {
    return this.pathNames[p];
  }
  /** The hex id of a blob's table entry. */
  blobOf(entry) {
    return this.intros.idOf(entry);
  }
  /**
   * Records that commit index `commit` introduced `blob` at path index `p` (`parents`: the blob at that path in each
   * parent, for added lines); returns the blob's new table entry, or -1 if it was known.
   */
  record(blob, p, commit, parents) {
    this.pathList = void 0;
    return this.intros.record(blob, commit, p, parents, this.earlier);
  }
  /** The blobs present in a partial clone (others are never asked for, so never fetched). */
  usePresent(present) {
    this.present = present;
  }
  /**
   * Whether `now` is an earlier introduction than `old`: the walk goes newest first, so an older commit (or an equal
   * time seen later) is. A commit of the earlier walk stays before one of this walk at an equal time, as in one walk
   * of everything.
   */
  earlier = (now, old) => {
    const time = this.commits.time(now);
    const other = this.commits.time(old);
    return time < other || time === other && old >= this.preloaded;
  };
  /** The introductions of these blobs, for a later incremental scan (see WalkState). */
  introductions(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      out.set(
        id,
        this.intros.intros(e).map((i) => [this.pathNames[i.path], this.commits.id(i.commit), this.commits.time(i.commit)])
      );
    }
    return out;
  }
  async origins(blobIds) {
    const wanted = /* @__PURE__ */ new Map();
    const commits = /* @__PURE__ */ new Set();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e < 0) continue;
      const list = this.sortedIntros(this.intros.intros(e));
      wanted.set(id, list);
      for (const intro of list) commits.add(intro.commit);
    }
    const [info, lines] = await Promise.all([this.commitInfo([...commits].map((c) => this.commits.id(c))), this.addedLinesOf(wanted)]);
    const out = /* @__PURE__ */ new Map();
    for (const [id, list] of wanted) {
      out.set(
        id,
        list.map((intro) => {
          const commit = info.get(this.commits.id(intro.commit));
          const origin = commit ? { path: this.pathNames[intro.path], commit } : { path: this.pathNames[intro.path] };
          const added = lines.get(intro);
          return added ? { ...origin, lines: added } : origin;
        })
      );
    }
    return out;
  }
  /** Introductions earliest first: commit time, then path, then commit id (never the order the walk met them in). */
  sortedIntros(known) {
    if (known.length === 1) return known;
    const cmp2 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    return known.slice().sort(
      (a, b) => this.commits.time(a.commit) - this.commits.time(b.commit) || cmp2(this.pathNames[a.path], this.pathNames[b.path]) || cmp2(this.commits.id(a.commit), this.commits.id(b.commit))
    );
  }
  firstPaths(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const e = this.intros.find(id);
      if (e >= 0) out.set(id, this.pathNames[this.sortedIntros(this.intros.intros(e))[0].path]);
    }
    return out;
  }
  /** Computed once per state of the walk: a whole-history scan asks several times (262k blobs on git/git). */
  paths() {
    if (this.pathList) return this.pathList;
    const byPath = this.pathNames.map(() => []);
    for (let e = 0; e < this.intros.size; e++) {
      const blob = this.intros.idOf(e);
      byPath[this.intros.pathOf(e)].push(blob);
      for (const intro of this.intros.morePaths(e)) byPath[intro.path].push(blob);
    }
    const list = [];
    for (const [i, blobIds] of byPath.entries()) if (blobIds.length > 0) list.push({ path: this.pathNames[i], blobIds: blobIds.sort() });
    return this.pathList = list;
  }
  async headBlobs(wanted) {
    const out = /* @__PURE__ */ new Map();
    try {
      for await (const record of gitRecords(this.options.repo, ["ls-tree", "-r", "-z", "--full-tree", "HEAD"], 0)) {
        const tab = record.indexOf("	");
        if (tab === -1) continue;
        const path = record.slice(tab + 1);
        if (!wanted(path)) continue;
        const [, type, oid] = record.slice(0, tab).split(" ");
        if (type === "blob" && oid) out.set(path, oid);
      }
    } catch {
      return void 0;
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
        for (const parent of intro.parents ?? []) if (!isZeroOid(parent)) pairs.set(pairKey(parent, blob), { old: parent, now: blob });
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
          const relative4 = isZeroOid(parent) ? void 0 : diffs.get(pairKey(parent, blob));
          if (relative4) lines = lines ? intersectLines(lines, relative4) : relative4;
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
      this.options.diagnostics.push({
        code: "missing-parent",
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
      this.options.diagnostics.push({
        code: "missing-parent",
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
};

// src/sources/walk-queue.ts
var WalkQueue = class {
  blobs = [];
  paths = [];
  head = 0;
  wake;
  walking = true;
  error;
  done = Promise.resolve();
  push(blob, path) {
    this.blobs.push(blob);
    this.paths.push(path);
    if (this.wake) {
      this.wake();
      this.wake = void 0;
    }
  }
  /** Runs the walk, which pushes; its error is kept for the consumer. */
  run(walk2) {
    this.done = (async () => {
      try {
        await walk2();
      } catch (error) {
        this.error = error;
      } finally {
        this.walking = false;
        this.wake?.();
      }
    })();
  }
  get pending() {
    return this.head < this.blobs.length;
  }
  shift() {
    const item = [this.blobs[this.head], this.paths[this.head]];
    this.head++;
    if (this.head > 65536) {
      this.blobs = this.blobs.slice(this.head);
      this.paths = this.paths.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  /** Resolves when the walk pushes more or ends. */
  more() {
    return new Promise((resolve18) => this.wake = resolve18);
  }
};

// src/sources/history.ts
var READ_HIGH = 512;
var READ_LOW = 128;
var HistorySource = class {
  constructor(options) {
    this.options = options;
    this.kind = options.kind;
    this.target = options.target;
    const since = options.since;
    if (since) this.progress.commits = since.commits;
    this.known = new HistoryIndex({
      repo: options.repo,
      diagnostics: this.diagnostics,
      ...options.addedLines ? { addedLines: true } : {},
      ...since ? { preloaded: since.intros } : {}
    });
  }
  options;
  kind;
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  /** What the walk records (commits, paths, introductions), asked after it. */
  known;
  reader;
  /** The walk's commits, paths and introductions (complete once `blobs()` is exhausted). */
  index() {
    return this.known;
  }
  async *blobs() {
    if (this.options.revs.length === 0) return;
    const present = await this.presentObjects();
    this.known.usePresent(present);
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes, { reuse: true });
    this.reader = reader;
    const inFlight = [];
    const request = (id, path) => {
      const read = present && !present.has(id) ? Promise.resolve(void 0) : reader.read(id);
      read.catch(() => void 0);
      inFlight.push({ id, path, read });
    };
    const queue = this.startWalk();
    try {
      for (; ; ) {
        while (inFlight.length < READ_HIGH && queue.pending) {
          const [blob, path] = queue.shift();
          request(typeof blob === "number" ? this.known.blobOf(blob) : blob, this.known.pathName(path));
        }
        reader.flush();
        if (inFlight.length === 0) {
          if (!queue.walking) break;
          await queue.more();
          continue;
        }
        do {
          const next = inFlight.shift();
          const object = await next.read;
          const blob = this.delivered(next.id, next.path, object);
          if (blob && object) {
            yield blob;
            reader.release(object);
          }
        } while (inFlight.length > READ_LOW || inFlight.length > 0 && !queue.walking && !queue.pending);
      }
      await queue.done;
      if (queue.error) throw queue.error;
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  /**
   * Starts the walk, which runs on its own, as fast as git produces it: it is small next to the blobs, attribution
   * needs all of it anyway, and a walk throttled by the scan leaves both git processes waiting on each other. Blobs an
   * earlier walk could not read come first: they may have arrived since.
   */
  startWalk() {
    const queue = new WalkQueue();
    const recheck = /* @__PURE__ */ new Set();
    for (const [blob, path] of this.options.since?.missing ?? []) {
      if (recheck.has(blob)) continue;
      recheck.add(blob);
      queue.push(blob, this.known.pathId(path));
    }
    queue.run(async () => {
      for await (const change of this.walk()) {
        if (recheck.size > 0 || this.options.known) {
          const id = this.known.blobOf(change.entry);
          if (recheck.has(id) || this.options.known?.(id, this.known.pathName(change.path))) continue;
        }
        queue.push(change.entry, change.path);
      }
    });
    return queue;
  }
  /** The blob read for a request, counted; or undefined, with a diagnostic, when it is not in the object store. */
  delivered(id, path, object) {
    if (!object) {
      this.diagnostics.push({
        code: "missing-object",
        blobId: id,
        path,
        detail: `blob ${id} (${path}) is not in the object store (partial or shallow clone, or a damaged repository); it was not scanned`
      });
      return void 0;
    }
    this.progress.blobsRead++;
    this.progress.bytesRead += object.size;
    return { id, bytes: object.bytes, size: object.size, truncated: object.size > this.options.maxBlobBytes, path };
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
  /** Streams the walk: records commits and introductions, yields each new blob's table entry and path. */
  async *walk() {
    const { tips, since } = this.options;
    const args = [
      "log",
      ...tips ? ["--stdin"] : this.options.revs,
      "--raw",
      "--no-abbrev",
      "--no-renames",
      "--diff-merges=combined",
      "-z",
      "--format=%x01%H %ct",
      "--"
    ];
    let commit = -1;
    let pendingEntry;
    const input = tips ? `${[...tips, ...(since?.tips ?? []).map((t) => `^${t}`)].join("\n")}
` : void 0;
    if (tips && tips.length === 0) return;
    for await (let token of gitRecords(this.options.repo, args, 0, input)) {
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
        commit = this.known.addCommit(token.slice(1, space), Number(token.slice(space + 1)));
        this.progress.commits++;
      } else if (token.charCodeAt(0) === 58) {
        pendingEntry = token;
      }
    }
  }
  /**
   * Parses a raw entry (`:old new oldsha newsha S` or the combined `::...` form) and records the introduction;
   * returns the blob's table entry and path index only the first time the walk meets the blob.
   */
  parseEntry(entry, path, commit) {
    let parents = 0;
    while (entry.charCodeAt(parents) === 58) parents++;
    const fields = entry.slice(parents).split(" ");
    const mode = fields[parents];
    const blob = fields[2 * parents + 1];
    const status = fields[2 * parents + 2] ?? "";
    if (!mode || !blob || isZeroOid(blob) || status.startsWith("D") || !IntroTable.isId(blob)) return void 0;
    if (mode !== "100644" && mode !== "100755" && mode !== "100664") return void 0;
    if (commit < 0 || this.options.skipPath?.(path)) return void 0;
    const p = this.known.pathId(path);
    const e = this.known.record(blob, p, commit, this.options.addedLines ? fields.slice(parents + 1, 2 * parents + 1) : void 0);
    return e < 0 ? void 0 : { entry: e, path: p };
  }
  async *readBlobs(blobIds) {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }
  async close() {
    this.reader?.close();
  }
};

// src/scan/plan.ts
init_revisions();

// src/sources/pre-push.ts
init_errors();
init_git();
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function parsePrePushInput(text) {
  const updates = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const parts = line.split(" ");
    const [localRef = "", localSha = "", remoteRef = "", remoteSha = ""] = parts;
    if (parts.length !== 4 || !OID.test(localSha) || !OID.test(remoteSha)) {
      throw new InputError(
        `--pre-push: standard input line ${i + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": "${line.slice(0, 200)}"`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}
async function resolvePushRevs(repo, updates, options = {}) {
  const notes = [];
  const diagnostics = [];
  const pushed = updates.filter((u) => {
    if (isZeroOid(u.localSha)) notes.push(`${u.remoteRef}: deleted, nothing to scan`);
    return !isZeroOid(u.localSha);
  });
  if (pushed.length === 0) return { revs: [], notes, diagnostics };
  for (const u of updates) {
    for (const rev of [u.localSha, u.remoteSha]) {
      if (rev.startsWith("-") || /\s/.test(rev)) throw new InputError(`--pre-push: "${rev}" is not a revision`);
    }
  }
  const asked = [...new Set(pushed.flatMap((u) => isZeroOid(u.remoteSha) ? [u.localSha] : [u.localSha, u.remoteSha]))];
  const peeled = await peel(repo, asked);
  const include = /* @__PURE__ */ new Set();
  const exclude = /* @__PURE__ */ new Set();
  for (const u of pushed) {
    const local = peeled.get(u.localSha);
    if (!local) throw new GitError(`${u.localRef}: pushed object ${u.localSha} is not in this repository`);
    if (local.type !== "commit") {
      diagnostics.push({
        code: "not-a-commit",
        detail: `${u.localRef} points at a ${local.type} (${local.id}), not a commit; its content was not scanned`
      });
      continue;
    }
    include.add(local.id);
    if (isZeroOid(u.remoteSha)) {
      notes.push(`${u.remoteRef}: new, scanning commits not on ${describe(options.exclude)}`);
      continue;
    }
    const remote = peeled.get(u.remoteSha);
    if (remote?.type === "commit") {
      exclude.add(remote.id);
      notes.push(`${u.remoteRef}: ${remote.id.slice(0, 12)}..${local.id.slice(0, 12)}`);
    } else {
      notes.push(`${u.remoteRef}: remote value ${u.remoteSha.slice(0, 12)} is not in this repository; scanning commits not on ${describe(options.exclude)}`);
    }
  }
  if (include.size === 0) return { revs: [], notes, diagnostics };
  const revs = [...include, ...[...exclude].map((id) => `^${id}`)];
  const extra = options.exclude ?? [];
  if (extra.length > 0) revs.push("--not", ...extra);
  return { revs, notes, diagnostics };
}
function describe(exclude) {
  if (!exclude || exclude.length === 0) return "the remote";
  return exclude.map((e) => e === "--remotes" ? "any remote-tracking ref" : e === "--all" ? "any ref" : e).join(", ");
}
async function peel(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const text = await git(repo, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], names.map((n) => `${n}^{}
`).join(""));
  const lines = text.split("\n");
  names.forEach((name, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    if (type && type !== "missing" && OID.test(id)) out.set(name, { id, type });
  });
  return out;
}

// src/sources/scope.ts
var import_node_fs8 = require("node:fs");
var import_node_path9 = require("node:path");
init_git();
async function historyScope(repo) {
  const [shape, filters] = await Promise.all([
    gitMaybe(repo, ["rev-parse", "--is-shallow-repository", "--absolute-git-dir"]),
    gitMaybe(repo, ["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.partialclonefilter)$"])
  ]);
  const notes = [];
  const [shallow, gitDir] = shape?.split("\n") ?? [];
  if (shallow === "true" && gitDir) {
    const boundary = shallowFile((0, import_node_path9.join)(gitDir, "shallow")).split("\n").filter((line) => line.length > 0).length;
    notes.push({
      code: "shallow-history",
      detail: `shallow clone: history is cut at ${boundary} boundary commit${boundary === 1 ? "" : "s"}; older commits are not in this repository and were not scanned (run "git fetch --unshallow", then scan again)`
    });
  }
  const filter = filters?.split("\n").map((line) => /^remote\.[^\s]+\.partialclonefilter (.+)$/i.exec(line)?.[1]).find((value) => value !== void 0);
  if (filters && filters.trim() !== "") {
    notes.push({
      code: "partial-clone",
      detail: `partial clone${filter ? ` (filter ${filter})` : ""}: blobs that were never fetched are not scanned (each is listed as missing-object); leakgate never fetches them. For a complete audit, scan a full clone (git clone --no-filter), or fetch them first`
    });
  }
  return notes;
}
function shallowFile(path) {
  try {
    return (0, import_node_fs8.readFileSync)(path, "utf8");
  } catch {
    return "";
  }
}

// src/sources/staged.ts
init_errors();
init_git();

// src/sources/loose.ts
var import_node_fs9 = require("node:fs");
var import_node_module6 = require("node:module");
var import_node_path10 = require("node:path");
var zlib2;
var OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var BUDGET = 16 << 20;
function objectsDirectory(dir, env2 = process.env) {
  if (env2.GIT_OBJECT_DIRECTORY) return (0, import_node_path10.resolve)(dir, env2.GIT_OBJECT_DIRECTORY);
  const gitDir = env2.GIT_DIR ? (0, import_node_path10.resolve)(dir, env2.GIT_DIR) : findGitDir(dir);
  if (gitDir === void 0) return void 0;
  if (env2.GIT_COMMON_DIR) return (0, import_node_path10.join)((0, import_node_path10.resolve)(dir, env2.GIT_COMMON_DIR), "objects");
  let common = gitDir;
  try {
    common = (0, import_node_path10.resolve)(gitDir, (0, import_node_fs9.readFileSync)((0, import_node_path10.join)(gitDir, "commondir"), "utf8").replace(/\r?\n$/, ""));
  } catch {
  }
  return (0, import_node_path10.join)(common, "objects");
}
function readLooseBlobs(dir, ids, maxBytes) {
  const found = /* @__PURE__ */ new Map();
  const objects = objectsDirectory(dir);
  if (objects === void 0) return found;
  zlib2 ??= (0, import_node_module6.createRequire)(__leakgateUrl)("node:zlib");
  let budget = BUDGET;
  for (const id of ids) {
    if (!OBJECT_ID.test(id) || found.has(id) || budget <= 0) continue;
    let inflated;
    try {
      const compressed = (0, import_node_fs9.readFileSync)((0, import_node_path10.join)(objects, id.slice(0, 2), id.slice(2)));
      const limit = Math.min(maxBytes, budget) + 32;
      const chunkSize = Math.max(64, Math.min(limit, Math.max(64 << 10, compressed.length * 8)));
      inflated = zlib2.inflateSync(compressed, { chunkSize, maxOutputLength: limit });
    } catch {
      continue;
    }
    const nul = inflated.indexOf(0);
    const header = nul === -1 || nul > 24 ? null : /^blob (0|[1-9]\d{0,15})$/.exec(inflated.toString("latin1", 0, nul));
    const size = Number(header?.[1]);
    if (!header || size !== inflated.length - nul - 1 || size > maxBytes) continue;
    budget -= size;
    found.set(id, { id, type: "blob", size, bytes: inflated.subarray(nul + 1) });
  }
  return found;
}

// src/sources/staged.ts
init_place_index();
var EMPTY_TREE = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
};
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
  places = new PlaceIndex();
  reader;
  async *blobs() {
    const changes = listStagedChanges(this.options.repo, this.diagnostics);
    const order = [];
    for (const change of changes) {
      if (this.options.skipPath?.(change.path)) continue;
      const origin = change.lines ? { path: change.path, lines: change.lines } : { path: change.path };
      if (this.places.add(change.blob, origin)) order.push(change);
    }
    this.progress.blobsTotal = order.length;
    if (order.length === 0) return;
    this.options.onContent?.();
    const loose = readLooseBlobs(this.options.repo, order.map((o) => o.blob), this.options.maxBlobBytes);
    const rest = order.filter((o) => !loose.has(o.blob));
    for (const change of order) {
      const object = loose.get(change.blob);
      if (object) yield this.toBlob(change, object);
    }
    if (rest.length === 0) return;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    try {
      for await (const { index, object } of readInOrder(reader, rest.map((o) => o.blob), rest.length)) {
        const blob = this.toBlob(rest[index], object);
        if (blob) yield blob;
      }
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  /** The staged blob read for one change, or undefined (and a diagnostic) when it is not in the object store. */
  toBlob({ blob, path }, object) {
    if (!object) {
      this.diagnostics.push({
        code: "missing-object",
        blobId: blob,
        path,
        detail: `staged blob ${blob} (${path}) is not in the object store; it was not scanned`
      });
      return void 0;
    }
    this.progress.blobsRead++;
    this.progress.bytesRead += object.size;
    const focus = unionLines(this.places.placesOf(blob).map((o) => o.lines));
    return { id: blob, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength, path, ...focus ? { focus } : {} };
  }
  /** Every staged path that adds content, with its blob and the lines it adds. */
  index() {
    return this.places;
  }
  /** Staged blobs again, by id (path-scoped rules that skipped a blob on the first pass). */
  async *readBlobs(blobIds) {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }
  async close() {
    this.reader?.close();
  }
};
function listStagedChanges(repo, diagnostics) {
  let output;
  let withPatch = true;
  try {
    output = diffIndex(repo, "HEAD", true);
  } catch (error) {
    const base = stagedBase(repo);
    try {
      output = diffIndex(repo, base, true);
    } catch (patchError) {
      try {
        output = diffIndex(repo, base, false);
      } catch {
        throw base === "HEAD" ? error : patchError;
      }
      withPatch = false;
      const why = (patchError instanceof Error ? patchError.message : String(patchError)).replace(/^.*? failed: /s, "");
      diagnostics.push({ code: "git-warning", detail: `git could not diff the staged files (${why.split("\n")[0]}); every line of them was scanned` });
    }
  }
  const { entries, patchStart } = parseRaw(output);
  const added = withPatch ? parseAddedLines(output.subarray(patchStart)) : /* @__PURE__ */ new Map();
  const changes = [];
  for (const e of entries) {
    if (e.status === "U") {
      diagnostics.push({ code: "git-warning", path: e.path, detail: `${e.path} is unmerged (a conflict); stage its resolution to have it scanned` });
      continue;
    }
    if (e.status === "D" || isZeroOid(e.newBlob) || !REGULAR_FILE.has(e.newMode)) continue;
    let lines;
    if (!isZeroOid(e.oldBlob) && withPatch) {
      const key = pairKey(e.oldBlob, e.newBlob);
      if (added.has(key)) lines = added.get(key);
      else if (e.oldBlob === e.newBlob) lines = [];
    }
    if (lines && lines.length === 0) continue;
    changes.push({ path: e.path, blob: e.newBlob, lines });
  }
  return changes;
}
function diffIndex(repo, base, patch) {
  return gitBufferSync(repo, [
    "diff-index",
    "--cached",
    "-z",
    ...patch ? ["--patch-with-raw", "-U0", "--inter-hunk-context=0"] : ["--raw"],
    "--full-index",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    base,
    "--"
  ]);
}
function stagedBase(repo) {
  const result = gitResultSync(repo, ["rev-parse", "--show-toplevel", "--show-object-format", "--verify", "-q", "HEAD^{commit}"]);
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
    const first2 = next();
    if (first2 === void 0) break;
    const renamed = status.startsWith("R") || status.startsWith("C");
    const path = renamed ? next() ?? first2 : first2;
    entries.push({ newMode, oldBlob, newBlob, status: status.charAt(0), path });
  }
  if (output[pos] === 0) pos++;
  return { entries, patchStart: pos };
}
function stagedPaths(repo) {
  const result = gitResultSync(repo, ["diff", "--cached", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-color"]);
  if (result.code !== 0) return void 0;
  return new Set(result.stdout.toString("utf8").split("\0").filter((p) => p !== ""));
}

// src/scan/plan.ts
init_version();

// src/scan/files.ts
init_file_rules();

// src/engine/gitattributes.ts
function unquote(quoted) {
  return quoted.replace(/\\(?:([0-7]{3})|(.))/g, (_, octal, c) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8));
    return c === "t" ? "	" : c === "n" ? "\n" : c ?? "";
  });
}
function splitLine(line) {
  const trimmed = line.replace(/^\s+/, "");
  if (trimmed === "" || trimmed.startsWith("#")) return void 0;
  if (trimmed.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"(.*)$/.exec(trimmed);
    if (!m) return void 0;
    return { pattern: unquote(m[1]), tokens: m[2].trim().split(/\s+/).filter(Boolean) };
  }
  const [pattern, ...tokens] = trimmed.split(/\s+/).filter(Boolean);
  return pattern === void 0 ? void 0 : { pattern, tokens };
}
function filterOf(tokens, macros) {
  let filter;
  for (const token of tokens) {
    if (token === "filter") filter = "true";
    else if (token.startsWith("filter=")) filter = token.slice("filter=".length);
    else if (token === "-filter" || token === "!filter") filter = null;
    else if (macros.has(token)) {
      const expanded = filterOf(macros.get(token), /* @__PURE__ */ new Map());
      if (expanded !== void 0) filter = expanded;
    }
  }
  return filter;
}
var LfsAttributes = class _LfsAttributes {
  constructor(files) {
    this.files = files;
  }
  files;
  /** `files`: `.gitattributes` path -> its versions. */
  static async create(files) {
    const compiled2 = /* @__PURE__ */ new Map();
    if (files.size === 0) return new _LfsAttributes(compiled2);
    const { default: picomatch } = await Promise.resolve().then(() => __toESM(require("./vendor/picomatch.cjs"), 1));
    const options = { dot: true, nobrace: true, noextglob: true, nonegate: true };
    const macros = /* @__PURE__ */ new Map();
    const parsed = /* @__PURE__ */ new Map();
    for (const [path, versions] of files) {
      parsed.set(
        path,
        versions.map(
          (v) => v.text.split(/\r?\n/).flatMap((line) => {
            const split = splitLine(line);
            if (!split) return [];
            if (split.pattern.startsWith("[attr]")) {
              macros.set(split.pattern.slice("[attr]".length), split.tokens);
              return [];
            }
            return [split];
          })
        )
      );
    }
    for (const [path, versions] of files) {
      const lists = parsed.get(path);
      compiled2.set(
        path.slice(0, Math.max(0, path.lastIndexOf("/"))),
        versions.map((v, i) => ({
          time: v.time ?? -Infinity,
          lines: lists[i].flatMap(({ pattern, tokens }) => {
            const filter = filterOf(tokens, macros);
            if (filter === void 0 || pattern.endsWith("/") || pattern.startsWith("!")) return [];
            if (pattern.includes("/")) {
              const anchored = picomatch(pattern.replace(/^\//, ""), options);
              return [{ test: anchored, filter }];
            }
            const name = picomatch(pattern, options);
            return [{ test: (p) => name(p.slice(p.lastIndexOf("/") + 1)), filter }];
          })
        }))
      );
    }
    return new _LfsAttributes(compiled2);
  }
  /**
   * Whether `path` is tracked by LFS under the newest version of each applicable attribute file added no later than
   * `time` (every version when `time` is undefined: the newest). In a linear history that is the version in force
   * at the commit; see README for where this approximation can differ from git.
   */
  isTracked(path, time) {
    let filter = null;
    const applicable = [...this.files].filter(([dir]) => dir === "" || path.startsWith(`${dir}/`)).sort(([a], [b]) => depth(a) - depth(b));
    for (const [dir, versions] of applicable) {
      let chosen;
      for (const v of versions) {
        if (time !== void 0 && v.time > time) continue;
        if (!chosen || v.time >= chosen.time) chosen = v;
      }
      if (!chosen) continue;
      const relative4 = dir === "" ? path : path.slice(dir.length + 1);
      for (const line of chosen.lines) if (line.test(relative4)) filter = line.filter;
    }
    return filter === "lfs";
  }
  get empty() {
    return this.files.size === 0;
  }
};
function depth(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}

// src/scan/files.ts
init_rule_allowlists();
var LARGEST_BLOBS = 10;
var MAX_ATTRIBUTES_BYTES = 1024 * 1024;
var isAttributesPath = (path) => path === ".gitattributes" || path.endsWith("/.gitattributes");
var FileScan = class _FileScan {
  constructor(ruleSet, keepHints) {
    this.ruleSet = ruleSet;
    this.keepHints = keepHints;
  }
  ruleSet;
  keepHints;
  facts = /* @__PURE__ */ new Map();
  attributes = /* @__PURE__ */ new Map();
  /** Blobs looked at as `.gitattributes` files (their text kept in `attributes` when it sets some filter). */
  checkedAttributes = /* @__PURE__ */ new Set();
  largest = [];
  hints = [];
  lfsPointers = 0;
  /** `keepHints`: the source cannot list its paths afterwards, so remember each blob's hinted path. */
  static async create(rules, sizeLimits, keepHints) {
    return new _FileScan(await FileRuleSet.compile(rules, sizeLimits), keepHints);
  }
  /**
   * Looks at one blob's size and head; keeps only what is notable. Returns what the scan cache must keep so that a
   * later scan can replay the blob without reading it (`observeCached`).
   */
  observe(blob) {
    const facts = this.ruleSet.inspect(blob.bytes, blob.size);
    let attributes;
    if (blob.path !== void 0 && isAttributesPath(blob.path)) attributes = attributesText(facts, blob);
    this.take(blob.id, facts, blob.path === void 0 ? [] : [blob.path], attributes, blob.path);
    const { size: _size, ...head } = facts;
    const notable = facts.binary || facts.lfsPointer || facts.encrypted !== void 0 || facts.magic !== void 0;
    return { ...notable ? { facts: head } : {}, ...attributes !== void 0 ? { attributes } : {} };
  }
  /** A blob replayed from the scan cache, met at `path` (see `observe`). */
  observeCached(blob, path) {
    this.take(blob.id, factsOf(blob), path === void 0 ? [] : [path], blob.attributes, path);
  }
  /** A blob of the part of history an incremental scan does not walk again, with the paths it was introduced at. */
  observeStored(blob, paths) {
    this.take(blob.id, factsOf(blob), paths, blob.attributes, paths[0]);
  }
  take(blobId2, facts, paths, attributes, hint) {
    if (this.ruleSet.isNotable(facts) || paths.some((path) => this.ruleSet.isNotable(facts, path))) this.facts.set(blobId2, facts);
    if (facts.lfsPointer) this.lfsPointers++;
    if (this.keepHints && hint !== void 0) this.hints.push({ path: hint, blobIds: [blobId2] });
    if (attributes !== void 0) {
      this.checkedAttributes.add(blobId2);
      if (attributes !== "") this.attributes.set(blobId2, attributes);
    }
    this.rank(blobId2, facts.size, hint);
  }
  /**
   * The blobs a later incremental scan needs from this scan's history to report as a scan from scratch would: those
   * with notable facts, attribute files, the largest, and every blob at a path some file rule looks at.
   */
  relevantBlobs(entries) {
    const out = /* @__PURE__ */ new Set([...this.facts.keys(), ...this.checkedAttributes, ...this.largest.map((b) => b.blobId)]);
    for (const { path, blobIds } of entries) {
      if (isAttributesPath(path) || this.ruleSet.looksAt(path)) for (const id of blobIds) out.add(id);
    }
    return out;
  }
  /** Keeps the largest blobs for the health summary. */
  rank(blobId2, size, path) {
    const blob = { id: blobId2, size, path };
    if (this.largest.some((b) => b.blobId === blobId2)) return;
    const smallest = this.largest[this.largest.length - 1];
    if (this.largest.length < LARGEST_BLOBS || smallest && (blob.size > smallest.size || blob.size === smallest.size && blob.id < smallest.blobId)) {
      const at = this.largest.findIndex((b) => blob.size > b.size || blob.size === b.size && blob.id < b.blobId);
      this.largest.splice(at === -1 ? this.largest.length : at, 0, { blobId: blob.id, size: blob.size, path: blob.path });
      if (this.largest.length > LARGEST_BLOBS) this.largest.pop();
    }
  }
  /**
   * What the blobs' arrival order left out: the size of a version at a path some name rule takes whose blob arrived
   * at another path first, and the text of a `.gitattributes` version whose blob arrived at another path first. Those
   * few blobs are read again (none in most scans), so that the report does not depend on which path a blob was read
   * at, nor on which part of the history an incremental scan replayed.
   */
  async complete(source, hits, entries, unreadable) {
    const unsized = /* @__PURE__ */ new Set();
    for (const hit of hits) {
      if (hit.files !== void 0) continue;
      for (const v of hit.versions) if (v.size === void 0 && !this.facts.has(v.blobId) && !unreadable.has(v.blobId)) unsized.add(v.blobId);
    }
    const unchecked = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (!isAttributesPath(e.path)) continue;
      for (const id of e.blobIds) if (!this.checkedAttributes.has(id) && !unreadable.has(id)) unchecked.add(id);
    }
    if (unsized.size === 0 && unchecked.size === 0 || !source.readBlobs) return hits;
    const sizes = /* @__PURE__ */ new Map();
    for await (const blob of source.readBlobs([.../* @__PURE__ */ new Set([...unsized, ...unchecked])])) {
      sizes.set(blob.id, blob.size);
      if (unchecked.has(blob.id)) {
        const text = attributesText(this.ruleSet.inspect(blob.bytes, blob.size), blob);
        this.checkedAttributes.add(blob.id);
        if (text !== "") this.attributes.set(blob.id, text);
      }
    }
    if (unsized.size === 0) return hits;
    return hits.map(
      (hit) => hit.files !== void 0 || !hit.versions.some((v) => unsized.has(v.blobId) && sizes.has(v.blobId)) ? hit : { ...hit, versions: hit.versions.map((v) => unsized.has(v.blobId) && sizes.has(v.blobId) ? { ...v, size: sizes.get(v.blobId) } : v) }
    );
  }
  /**
   * After the source is exhausted, step one: the file rules over every path the index lists (each blob's hinted path
   * when it lists none), the few blobs `complete` needs read again, and which blobs step two needs origins for.
   * `detail` (for `--health`) also wants the introducing commit and HEAD presence of the largest blobs; `skipPath`
   * drops allowlisted paths; `unreadable` blobs are not read again.
   */
  async evaluate(index, source, detail = false, skipPath, unreadable = /* @__PURE__ */ new Set()) {
    const seen = index.paths ? [...index.paths()] : this.hints;
    const entries = skipPath ? seen.filter((e) => !skipPath(e.path)) : seen;
    let hits = this.ruleSet.evaluate(entries, (id) => this.facts.get(id));
    hits = await this.complete(source, hits, entries, unreadable);
    const attributeEntries = entries.filter((e) => isAttributesPath(e.path) && e.blobIds.some((id) => this.attributes.has(id)));
    const wanted = /* @__PURE__ */ new Set();
    for (const hit of hits) for (const v of hit.versions) wanted.add(v.blobId);
    for (const e of attributeEntries) for (const id of e.blobIds) if (this.attributes.has(id)) wanted.add(id);
    if (detail) for (const b of this.largest) wanted.add(b.blobId);
    return { hits, entries, attributeEntries, wanted, detail };
  }
  /**
   * Step two: the file-level findings and the health figures, given the origins of (at least) the blobs step one
   * wanted. `contentFindings` are the secret and credential findings of the same scan (a credential file whose
   * values they already report is not reported again as a file). HEAD's tree is listed once, and only when some
   * finding or the `--health` detail needs it.
   */
  async finish(found, allOrigins, index, contentFindings, totals) {
    const { hits, entries, attributeEntries, wanted, detail } = found;
    const origins = /* @__PURE__ */ new Map();
    for (const id of wanted) {
      const list = allOrigins.get(id);
      if (list) origins.set(id, list);
    }
    const originAt = (blobId2, path) => origins.get(blobId2)?.find((o) => o.path === path || path.endsWith("/") && o.path.startsWith(path));
    const timeAt = (blobId2, path) => {
      const date = originAt(blobId2, path)?.commit?.date;
      return date === void 0 ? void 0 : Date.parse(date);
    };
    const lfs = await this.lfsAttributes(attributeEntries, timeAt);
    const allowlistPaths = allowlistPathTests();
    const reported = new Set(contentFindings.filter((f) => f.kind !== "hygiene").map((f) => f.path));
    const kept = [];
    for (let hit of hits) {
      if (this.ruleSet.isLfsSensitive(hit.rule) && !lfs.empty) {
        const path = hit.path;
        hit = { ...hit, versions: hit.versions.filter((v) => !lfs.isTracked(path, timeAt(v.blobId, path))) };
      }
      if (hit.rule.detector === "file" && hit.rule.kind === "credential" && !hit.rule.keepWithContent && reported.has(hit.path)) continue;
      const pending = fileAllowlists(hit.rule.allowlists);
      if (pending.length > 0) {
        const { path, rule } = hit;
        hit = {
          ...hit,
          versions: hit.versions.filter((v) => {
            const here = origins.get(v.blobId)?.filter((o) => o.path === path) ?? [];
            return here.length === 0 || !here.every((o) => allowsAt(pending, rule.allowlists, o, allowlistPaths));
          })
        };
      }
      const summary = this.ruleSet.summarize(hit);
      if (summary) kept.push({ hit, summary });
    }
    const roots = kept.filter((k) => k.hit.files !== void 0).map((k) => k.hit.path);
    const headPaths = new Set(kept.filter((k) => k.hit.files === void 0).map((k) => k.hit.path));
    const earliest = index.firstPaths?.(this.largest.map((b) => b.blobId));
    const firstPaths = new Map(this.largest.map((b) => [b.blobId, origins.get(b.blobId)?.[0]?.path ?? earliest?.get(b.blobId) ?? b.path ?? ""]));
    if (detail) for (const path of firstPaths.values()) headPaths.add(path);
    const head = index.headBlobs && (kept.length > 0 || detail && this.largest.length > 0) ? await index.headBlobs((p) => headPaths.has(p) || roots.some((root) => p.startsWith(root))) : void 0;
    const findings = kept.map(({ hit, summary }) => this.findingOf(hit, summary, originAt, head));
    const health = this.health(entries, lfs, firstPaths, origins, head, detail, totals);
    return { findings, health };
  }
  /** The `.gitattributes` versions that set filters, each with when it was introduced, as one LFS lookup. */
  async lfsAttributes(attributeEntries, timeAt) {
    const attributeFiles = /* @__PURE__ */ new Map();
    for (const e of attributeEntries) {
      const versions = e.blobIds.filter((id) => this.attributes.has(id)).map((id) => {
        const time = timeAt(id, e.path);
        return { text: this.attributes.get(id), ...time !== void 0 ? { time } : {} };
      });
      attributeFiles.set(e.path, versions);
    }
    return LfsAttributes.create(attributeFiles);
  }
  /** One file-level finding: at the earliest introduction among the versions that make the hit. */
  findingOf(hit, summary, originAt, head) {
    let first2;
    for (const v of hit.versions) {
      const origin = originAt(v.blobId, hit.path);
      const time = origin?.commit ? Date.parse(origin.commit.date) : Infinity;
      if (!first2 || time < first2.time || time === first2.time && v.blobId < first2.blobId) first2 = { blobId: v.blobId, origin, time };
    }
    const inHead = head ? hit.files !== void 0 ? [...head.keys()].some((p) => p.startsWith(hit.path)) : hit.versions.some((v) => head.get(hit.path) === v.blobId) : void 0;
    const summaryMatch = { ruleId: hit.rule.id, blobId: first2?.blobId ?? "", secret: "", line: 1, column: 1, endLine: 1, endColumn: 1, snippet: summary.message, entropy: 0 };
    const finding = makeFinding(
      summaryMatch,
      { id: hit.rule.id, kind: hit.rule.kind, severity: summary.severity, confidence: hit.rule.confidence },
      { path: hit.path, ...first2?.origin?.commit ? { commit: first2.origin.commit } : {} },
      true,
      hit.files !== void 0 ? 0 : hit.versions.length - 1
    );
    return { ...finding, ...summary.size !== void 0 ? { size: summary.size } : {}, ...inHead !== void 0 ? { inHead } : {} };
  }
  /** The health figures: totals, the largest blobs, binary content outside LFS. */
  health(entries, lfs, firstPaths, origins, head, detail, totals) {
    const outside = /* @__PURE__ */ new Map();
    for (const e of entries) {
      for (const id of e.blobIds) {
        const f = this.facts.get(id);
        if (f?.binary && !f.lfsPointer && !outside.has(id) && (lfs.empty || !lfs.isTracked(e.path))) outside.set(id, f.size);
      }
    }
    const largest = this.largest.map((b) => {
      const path = firstPaths.get(b.blobId) ?? "";
      const commit = origins.get(b.blobId)?.[0]?.commit?.id;
      return {
        blobId: b.blobId,
        size: b.size,
        path,
        ...commit !== void 0 ? { commit } : {},
        ...head && detail ? { inHead: head.get(path) === b.blobId } : {}
      };
    });
    return {
      blobs: totals.blobs,
      bytes: totals.bytes,
      largest,
      binaryOutsideLfs: { count: outside.size, bytes: [...outside.values()].reduce((a, b) => a + b, 0) },
      lfsPointers: this.lfsPointers
    };
  }
};
function attributesText(facts, blob) {
  if (facts.binary || blob.size > MAX_ATTRIBUTES_BYTES || blob.truncated) return "";
  const text = Buffer.from(blob.bytes).toString("utf8");
  return text.includes("filter") || text.includes("[attr]") ? text : "";
}
function factsOf(blob) {
  return { size: blob.size, binary: false, lfsPointer: false, ...blob.facts };
}

// src/scan/scoping.ts
init_paths();
async function scopedPaths(rules, tests, source) {
  const scopedRules = rules.filter(isPathLimited);
  const scopedTests = scopedRules.map((r) => tests.get(r.id));
  const index = source.index();
  const enabled = scopedTests.length > 0 && index.paths !== void 0 && source.readBlobs !== void 0;
  const mayConcern = await compileAnyGlob(scopedRules.flatMap((r) => r.paths));
  const concerns = (path) => mayConcern(path) && scopedTests.some((test) => test(path));
  const scannedWithScoped = /* @__PURE__ */ new Set();
  return {
    /** Whether path-scoped rules run on this blob in the first pass. */
    atHint(blobId2, path) {
      if (!enabled) return true;
      if (path === void 0 || !concerns(path)) return false;
      scannedWithScoped.add(blobId2);
      return true;
    },
    /** Some path-scoped rule concerns this path (and they are skipped elsewhere). */
    concerns(path) {
      return enabled && path !== void 0 && concerns(path);
    },
    /** A blob replayed from the cache was scanned with the path-scoped rules. */
    markScoped(blobId2) {
      scannedWithScoped.add(blobId2);
    },
    /** Whether this blob's scan included the path-scoped rules. */
    wasScoped(blobId2) {
      return !enabled || scannedWithScoped.has(blobId2);
    },
    /** Blobs to scan again: at some path that a scoped rule concerns, not scanned with scoped rules, not missing. */
    missed(diagnostics) {
      const again = /* @__PURE__ */ new Set();
      if (!enabled || !index.paths) return again;
      const missing = new Set(diagnostics.filter((d) => d.code === "missing-object" || d.code === "missing-parent" || d.code === "too-large").map((d) => d.blobId));
      for (const { path, blobIds } of index.paths()) {
        if (!concerns(path)) continue;
        for (const id of blobIds) if (!scannedWithScoped.has(id) && !missing.has(id)) again.add(id);
      }
      return again;
    }
  };
}
function isPathLimited(rule) {
  return rule.paths.length > 0 && rule.detector === void 0;
}

// src/scan/plan.ts
var INLINE_BYTES = 4 * 1024 * 1024;
async function planScan(options, diagnostics) {
  usePrecomputed(builtinPrecomputed);
  const cache2 = await openIncremental(options, diagnostics);
  return {
    options,
    cache: cache2,
    inlineBytes: await onlyReviewedRegexes(options.rules) ? INLINE_BYTES : 0,
    sizeLimits: [...options.sizeLimits ?? [], ...configSizeLimits(options.hygiene)]
  };
}
var LazyRuleSetup = class {
  constructor(plan, source) {
    this.plan = plan;
    this.source = source;
  }
  plan;
  source;
  setup;
  ready;
  get() {
    return this.setup ??= this.compile();
  }
  /** The setup if it has been compiled, without starting it. */
  current() {
    return this.ready;
  }
  /** Whether anything asked for the setup (a scan that asked for nothing had nothing to apply it to). */
  get started() {
    return this.setup !== void 0;
  }
  async compile() {
    const source = this.source();
    const { rules } = this.plan.options;
    const files = await FileScan.create(rules, this.plan.sizeLimits, !source.index().paths);
    const pathTests = await compilePathTests(rules);
    const scoped = await scopedPaths(rules, pathTests, source);
    this.ready = { files, pathTests, scoped };
    return this.ready;
  }
};
async function onlyReviewedRegexes(rules) {
  const builtin = new Map((await loadBuiltinRules()).map((rule) => [rule.id, rule]));
  return rules.every((rule) => {
    const own = builtin.get(rule.id);
    if (own === rule) return true;
    return own !== void 0 && rule.pattern === own.pattern && rule.flags === own.flags && rule.detector === own.detector && rule.validate === own.validate && rule.allowValues.every((value) => own.allowValues.includes(value) || isLiteralPattern(value)) && // gitleaks allowlists' regexes run on content too (their paths and commits are decided after the scan).
    (rule.allowlists ?? []).every((allowlist) => allowlist.regexes.every(isLiteralPattern));
  });
}
async function openIncremental(options, diagnostics) {
  if (options.cache === false || options.target.type !== "history") return void 0;
  if (options.skipPath && options.skipPathKey === void 0) return void 0;
  const { IncrementalScan: IncrementalScan2 } = await Promise.resolve().then(() => (init_walk(), walk_exports));
  const keyParts = {
    tool: VERSION,
    rules: options.rules,
    maxBlobBytes: options.maxBlobBytes,
    // The depth in effect, so that `--decode-depth 3` and the default share their cached results.
    decodeDepth: options.decodeDepth ?? DEFAULT_DECODE_DEPTH,
    // Likewise the archive limits in effect (`--archive-depth 0` results are not another depth's).
    archives: options.archives ?? DEFAULT_ARCHIVE_LIMITS,
    hygiene: options.hygiene ?? null,
    sizeLimits: options.sizeLimits ?? [],
    skipPath: options.skipPathKey ?? null
  };
  return IncrementalScan2.open((0, import_node_path14.resolve)(options.target.path), keyParts, !options.target.revs, diagnostics);
}
async function openSource(options, history, onContent) {
  const { target } = options;
  if (target.type === "stdin") {
    const { StreamSource: StreamSource2 } = await Promise.resolve().then(() => (init_stdin(), stdin_exports));
    return new StreamSource2(target.input, target.name, options.maxBlobBytes);
  }
  const path = (0, import_node_path14.resolve)(target.path);
  if (!(0, import_node_fs10.existsSync)(path)) throw new InputError(`${target.path}: no such file or directory`);
  if (target.type === "directory") {
    const { DirectorySource: DirectorySource2 } = await Promise.resolve().then(() => (init_directory(), directory_exports));
    return new DirectorySource2(path, target.path, options.maxBlobBytes, options.skipPath, target.files);
  }
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (target.type === "staged") {
    return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, onContent, ...skip });
  }
  const notRepository = async () => await gitMaybe(path, ["rev-parse", "--git-dir"]) === void 0 ? new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`) : void 0;
  if (target.type === "push") {
    let range;
    try {
      range = await resolvePushRevs(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    } catch (error) {
      throw error instanceof GitError && await notRepository() || error;
    }
    if (range.revs.length === 0) {
      const why2 = await notRepository();
      if (why2) throw why2;
    }
    const source2 = rangeSource(path, target.path, range.revs, options, history);
    source2.diagnostics.push(...range.diagnostics);
    return source2;
  }
  const why = await notRepository();
  if (why) throw why;
  const scope = await historyScope(path);
  const source = await historySource(path, target, options, history);
  source.diagnostics.push(...scope);
  return source;
}
async function historySource(path, target, options, history) {
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (!target.revs) {
    return new HistorySource({
      repo: path,
      kind: "history",
      target: target.path,
      revs: ["--all"],
      maxBlobBytes: options.maxBlobBytes,
      ...skip,
      ...history
    });
  }
  if (target.spec) await verifyRevisions(path, target.spec.flag, target.spec.text, target.revs);
  return rangeSource(path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options, history);
}
function rangeSource(repo, target, revs, options, history) {
  return new HistorySource({
    repo,
    kind: "range",
    target,
    revs,
    addedLines: true,
    maxBlobBytes: options.maxBlobBytes,
    ...options.skipPath ? { skipPath: options.skipPath } : {},
    ...history
  });
}
function configSizeLimits(hygiene) {
  if (!hygiene) return [];
  return [
    ...hygiene.paths.map((p) => ({ paths: [p.glob], warn: p.maxBytes })),
    ...hygiene.maxBlobBytes !== void 0 ? [{ paths: [], warn: hygiene.maxBlobBytes }] : []
  ];
}

// src/scan/read.ts
init_scan_settings();

// src/scan/expand.ts
init_expand();
init_binary();
function expand(blob, head, allRules, archives = true) {
  if (archives && archiveFormat(blob.bytes) !== void 0) return blob.truncated ? { kind: "too-large", blob, head } : { kind: "archive", blob, head };
  if (blob.truncated && !(head.facts?.binary ?? isBinary(blob.bytes))) return { kind: "too-large", blob, head };
  if (head.facts?.binary) return { kind: "binary", blob, head };
  return { kind: "text", blob, head, allRules };
}

// src/scan/read.ts
function cachedWalk(cache2, store, setup) {
  if (!cache2) return void 0;
  const known = (id, path) => {
    const found = cache2.lookup(id);
    if (!found) return false;
    const ready = setup();
    if (!found.hit.scoped && ready?.scoped.concerns(path)) {
      if (found.counted) store.markRecounted(id);
      return false;
    }
    if (!found.counted) {
      store.count(id, found.hit, found.hit.size);
      store.replay(found.hit);
    }
    ready?.files.observeCached(found.hit, path);
    if (found.hit.scoped) ready?.scoped.markScoped(id);
    return true;
  };
  return { known, ...cache2.tips ? { tips: cache2.tips } : {}, ...cache2.since ? { since: cache2.since } : {} };
}
function replayStored(cache2, store, ready) {
  cache2.replayStored((hit, paths) => {
    store.replay(hit);
    ready.files.observeStored(hit, paths);
    if (hit.scoped) ready.scoped.markScoped(hit.id);
  });
}
async function readAll(source, plan, rules, matcher, store, onProgress) {
  const { cache: cache2 } = plan;
  const archives = (plan.options.archives?.depth ?? DEFAULT_ARCHIVE_LIMITS.depth) > 0;
  let read = 0;
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      onProgress?.(source.progress);
      const { files, scoped } = await rules.get();
      matcher.useScoping(scoped);
      const unit = expand(blob, files.observe(blob), scoped.atHint(blob.id, blob.path), archives);
      const { head } = unit;
      const skipped = { ...head, id: blob.id, size: blob.size, matched: false, scoped: true, matches: [], diagnostics: [] };
      if (unit.kind === "too-large") {
        store.count(blob.id, { binary: false, matched: false }, blob.size);
        store.tooLarge(blob.id, blob.size);
        cache2?.add({ ...skipped, binary: false, truncated: true });
      } else if (unit.kind === "binary") {
        store.count(blob.id, { binary: true, matched: false }, blob.size);
        cache2?.add({ ...skipped, binary: true, truncated: false });
      } else if (unit.kind === "archive") {
        scoped.markScoped(blob.id);
        await matcher.submit(blob, head, true);
      } else {
        await matcher.submit(blob, head, unit.allRules);
      }
    }
    await matcher.drain();
    const again = rules.started ? (await rules.get()).scoped.missed([...store.diagnostics, ...source.diagnostics]) : /* @__PURE__ */ new Set();
    if (again.size > 0 && source.readBlobs) await matcher.rescan(source.readBlobs([...again]), again);
    complete = true;
  } finally {
    await matcher.close();
    await source.close();
  }
  return { read, complete };
}
async function saveWalk(plan, source, rules, store, read) {
  const { cache: cache2 } = plan;
  if (!cache2 || !(source instanceof HistorySource)) return;
  const { stats } = store;
  stats.cachedBlobs = stats.blobs - read;
  stats.cachedCommits = cache2.reusedCommits;
  const { blobs, bytes, binarySkipped, blobsMatched } = stats;
  const relevant = rules.started ? (await rules.get()).files.relevantBlobs(source.index().paths()) : [];
  await cache2.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, store.diagnostics, relevant);
}

// src/scan/suppress.ts
init_rule();
function gitleaksMatch(entry, finding, line) {
  if (entry.ruleId !== finding.ruleId || entry.path !== finding.path || entry.line !== line) return false;
  if (entry.commit === void 0) return true;
  return finding.commit !== void 0 && finding.commit.id.startsWith(entry.commit);
}
function gitleaksIgnored(entries, finding) {
  const lines = finding.locations?.map((l) => l.line) ?? [finding.line];
  return lines.every((line) => entries.some((entry) => gitleaksMatch(entry, finding, line)));
}
function suppressionOf(finding, input, inline, selection) {
  if (finding.example !== void 0) return { kind: "example", reason: finding.example };
  if (selection && !meetsConfidence(finding.confidence, selection.minConfidence)) {
    return { kind: "confidence", reason: `${finding.confidence} confidence, below the minimum ${selection.minConfidence}`, ...selection.source ? { source: selection.source } : {} };
  }
  if (inline && finding.allowed) {
    return { kind: "inline", ...finding.allowed.reason ? { reason: finding.allowed.reason } : {}, source: finding.allowed.marker };
  }
  if (!input) return void 0;
  if (input.ignored.has(finding.fingerprint)) {
    const reason = input.ignored.get(finding.fingerprint);
    return { kind: "ignore", ...reason ? { reason } : {}, ...input.ignoreSource ? { source: input.ignoreSource } : {} };
  }
  if (input.gitleaksIgnored && gitleaksIgnored(input.gitleaksIgnored, finding)) {
    return { kind: "ignore", ...input.gitleaksIgnoreSource ? { source: input.gitleaksIgnoreSource } : {} };
  }
  if (input.baseline?.has(finding.fingerprint)) {
    return { kind: "baseline", ...input.baselineSource ? { source: input.baselineSource } : {} };
  }
  return void 0;
}
function applySuppressions(findings, input, inline = true, selection) {
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    const suppression = suppressionOf(finding, input, inline, selection);
    if (suppression) suppressed.push({ ...finding, suppression });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

// src/scan/options.ts
var DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
var DEFAULT_BLOB_TIMEOUT_MS = 1e4;

// src/scan/run.ts
init_revisions();
function runScan(options) {
  return runStages(options, openSource);
}
async function runStages(options, open2) {
  const started = process.hrtime.bigint();
  const store = new ResultStore(options.maxBlobBytes);
  const plan = await planScan(options, store.diagnostics);
  if (plan.cache?.totals) Object.assign(store.stats, plan.cache.totals);
  const matcher = new Matcher(plan, store);
  let source;
  const rules = new LazyRuleSetup(plan, () => source);
  const onContent = () => {
    matcher.prepare();
    rules.get().catch(() => void 0);
  };
  try {
    source = await open2(options, cachedWalk(plan.cache, store, () => rules.current()), onContent);
  } catch (error) {
    await matcher.close();
    throw error;
  }
  if (plan.cache || options.healthDetail) {
    const ready = await rules.get();
    if (plan.cache) replayStored(plan.cache, store, ready);
  }
  const { read, complete } = await readAll(source, plan, rules, matcher, store, options.onProgress);
  if (complete) await saveWalk(plan, source, rules, store, read);
  store.stats.commits = source.progress.commits;
  const index = source.index();
  const idle = !rules.started && store.matchesByBlob.size === 0 && (!index.paths || index.paths()[Symbol.iterator]().next().done === true);
  const attributed = await attribute(source, store, idle ? void 0 : await rules.get(), options);
  const all = attributed.findings.sort(compareFindings);
  const selection = { minConfidence: options.minConfidence ?? "low", ...options.minConfidenceSource ? { source: options.minConfidenceSource } : {} };
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true, selection);
  const { stats, diagnostics } = store;
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  const { kind, target } = source;
  return buildReport({ kind, target, findings, suppressed, rules: options.rules, diagnostics, stats, health: attributed.health });
}
async function countCommits(path, revs = ["--all"]) {
  const out = await gitMaybe((0, import_node_path15.resolve)(path), ["rev-list", "--count", ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : void 0;
}

// src/sources/committed.ts
init_git();
async function readCommitted(root, paths) {
  const out = /* @__PURE__ */ new Map();
  const asked = paths.filter((p) => !/[\n\r]/.test(p));
  if (asked.length === 0) return out;
  const output = await gitBuffer(root, ["cat-file", "--batch", "--follow-symlinks"], asked.map((p) => `HEAD:${p}
`).join(""));
  let pos = 0;
  for (const path of asked) {
    const eol = output.indexOf(10, pos);
    if (eol === -1) break;
    const header = output.toString("utf8", pos, eol);
    pos = eol + 1;
    const match = /^(?:[0-9a-f]{40,64} (\w+)|symlink|dangling|loop|notdir) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === "blob") out.set(path, output.toString("utf8", pos, pos + size));
    pos += size + 1;
  }
  return out;
}

// src/cli/scan-setup.ts
var scanSetupOptions = {
  "no-git": { type: "boolean" },
  rules: { type: "string", multiple: true },
  config: { type: "string" },
  workers: { type: "string" },
  "max-blob-size": { type: "string" },
  "blob-timeout": { type: "string" },
  "decode-depth": { type: "string" },
  "archive-depth": { type: "string" },
  "no-cache": { type: "boolean" },
  "stdin-name": { type: "string" }
};
function parseFailOn(text) {
  const found = FAIL_ON_VALUES.find((v) => v === text);
  if (!found) throw new InputError(`--fail-on: expected one of ${FAIL_ON_VALUES.join(", ")}, got "${text}"`);
  return found;
}
function parseMinConfidence(text) {
  const found = CONFIDENCES.find((v) => v === text);
  if (!found) throw new InputError(`--min-confidence: expected one of ${[...CONFIDENCES].reverse().join(", ")}, got "${text}"`);
  return found;
}
function minConfidenceOf(flag, settings, hook) {
  if (flag) return { minConfidence: flag, minConfidenceSource: "--min-confidence" };
  if (settings.minConfidence) return { minConfidence: settings.minConfidence, minConfidenceSource: `minConfidence in ${settings.configFile ?? "the config"}` };
  return hook ? { minConfidence: "medium", minConfidenceSource: "the hooks' default" } : { minConfidence: "low", minConfidenceSource: "the default" };
}
async function prepareScan(values, path, io, extra = {}) {
  const workers = parseWorkers(values.workers);
  const maxBlobBytes = values["max-blob-size"] ? parseSize(values["max-blob-size"], "--max-blob-size") : DEFAULT_MAX_BLOB_BYTES;
  const blobTimeoutMs = values["blob-timeout"] ? parseDuration(values["blob-timeout"], "--blob-timeout") : DEFAULT_BLOB_TIMEOUT_MS;
  const settings = await loadScanSettings(path === "-" ? io.cwd : (0, import_node_path16.resolve)(io.cwd, path), {
    ...values.config ? { configPath: (0, import_node_path16.resolve)(io.cwd, values.config) } : {},
    ...extra.baselinePath ? { baselinePath: (0, import_node_path16.resolve)(io.cwd, extra.baselinePath) } : {},
    // --no-suppress applies no baseline: it is not read (a damaged one cannot stop the scan that looks past it).
    ...extra.useBaseline === false || extra.suppress === false ? { useBaseline: false } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => (0, import_node_path16.resolve)(io.cwd, f)) } : {},
    readCommitted
  });
  const target = path === "-" ? { type: "stdin", name: values["stdin-name"] ?? "stdin", input: io.stdin } : values["no-git"] ? { type: "directory", path } : { type: "history", path };
  const { suppress, ...fromSettings } = settingsScanOptions(settings);
  const options = {
    target,
    workers,
    maxBlobBytes,
    blobTimeoutMs,
    cache: !values["no-cache"],
    ...fromSettings,
    ...values["decode-depth"] !== void 0 ? { decodeDepth: parseDecodeDepth(values["decode-depth"]) } : {},
    ...values["archive-depth"] !== void 0 ? { archives: { ...fromSettings.archives ?? DEFAULT_ARCHIVE_LIMITS, depth: parseArchiveDepth(values["archive-depth"]) } } : {},
    // --no-suppress: report what allow comments, ignore files and the baseline would hide.
    ...extra.suppress ?? true ? { suppress } : { inlineAllow: false }
  };
  return { settings, options, workers };
}
function parseDecodeDepth(text) {
  return nestingDepth("--decode-depth", text, "decoding off");
}
function parseArchiveDepth(text) {
  return nestingDepth("--archive-depth", text, "archives not opened");
}
function nestingDepth(flag, text, zero) {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(n >= 0 && n <= MAX_NESTING_DEPTH)) throw new InputError(`${flag}: expected a whole number from 0 (${zero}) to ${MAX_NESTING_DEPTH}, got "${text}"`);
  return n;
}
function printWarnings(settings, io) {
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}
`);
}

// src/cli/baseline-command.ts
var baselineOptions = {
  ...scanSetupOptions,
  repo: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
async function baselineCommand(args, io) {
  const { values, positionals } = parse(args, baselineOptions, "baseline");
  if (values.help) {
    io.stdout.write(`${HELP.baseline}
`);
    return EXIT_CLEAN;
  }
  const [action, file, ...rest] = positionals;
  if (action !== "create" && action !== "update") {
    throw new InputError(`baseline: expected "create" or "update", got ${action === void 0 ? "nothing" : JSON.stringify(action)}`);
  }
  if (rest.length > 0) throw new InputError(`baseline ${action}: expected at most one FILE, got ${[file, ...rest].join(" ")}`);
  const { settings, options } = await prepareScan(values, values.repo ?? ".", io, { useBaseline: false });
  if (!values.quiet) printWarnings(settings, io);
  const target = file ? (0, import_node_path17.resolve)(io.cwd, file) : settings.baselinePath;
  const previousText = action === "update" ? readRequired(target, target) : readOptional(target, target);
  const report = await runScan(options);
  let entries = baselineEntries(report.findings);
  let summary;
  if (action === "update") {
    const previous = parseBaseline(previousText ?? "", target);
    const present = new Set(report.findings.map((f) => f.fingerprint));
    entries = previous.filter((e) => present.has(e.fingerprint));
    summary = `${entries.length} kept, ${previous.length - entries.length} pruned`;
  } else {
    summary = `${entries.length} entr${entries.length === 1 ? "y" : "ies"}`;
  }
  const text = renderBaseline(entries);
  const changed = text !== previousText;
  if (changed) {
    try {
      (0, import_node_fs11.writeFileSync)(target, text);
    } catch (error) {
      throw new InputError(`baseline: cannot write ${target}: ${error.code ?? String(error)}`);
    }
  }
  if (!values.quiet) io.stdout.write(`baseline ${target}: ${summary}${changed ? "" : " (unchanged)"}
`);
  return EXIT_CLEAN;
}

// src/cli/ignore-command.ts
var import_node_fs12 = require("node:fs");
var import_node_path18 = require("node:path");
init_errors();
var ignoreOptions = {
  reason: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function ignoreCommand(args, io) {
  const { values, positionals } = parse(args, ignoreOptions, "ignore");
  if (values.help) {
    io.stdout.write(`${HELP.ignore}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new InputError('ignore: expected a FINGERPRINT (as "leakgate scan" prints it)');
  const fingerprints = positionals.map((p) => p.trim().toLowerCase());
  const bad = fingerprints.filter((fp) => !FINGERPRINT.test(fp));
  if (bad.length > 0) {
    throw new InputError(`ignore: expected fingerprints of 24 hexadecimal characters (as "leakgate scan" prints them), got ${bad.map((b) => JSON.stringify(b)).join(", ")}`);
  }
  const reason = values.reason?.trim();
  if (reason !== void 0 && /[\r\n]/.test(reason)) throw new InputError("--reason: expected one line of text");
  const file = (0, import_node_path18.join)(findSettingsRoot(io.cwd), IGNORE_FILE);
  const text = readOptional(file, file) ?? "";
  const known = parseIgnoreFile(text, file);
  const added = [...new Set(fingerprints)].filter((fp) => !known.has(fp));
  for (const fp of fingerprints.filter((f) => known.has(f))) io.stdout.write(`${fp} is already in ${file}
`);
  if (added.length === 0) return EXIT_CLEAN;
  const prefix = text.length > 0 && !text.endsWith("\n") ? "\n" : "";
  try {
    (0, import_node_fs12.appendFileSync)(file, `${prefix}${added.map((fp) => formatIgnoreLine(fp, reason || void 0)).join("\n")}
`);
  } catch (error) {
    throw new InputError(`ignore: cannot write ${file}: ${error.code ?? String(error)}`);
  }
  io.stdout.write(`added ${added.length} fingerprint${added.length === 1 ? "" : "s"} to ${file}
`);
  return EXIT_CLEAN;
}

// src/cli/init-command.ts
var import_node_fs13 = require("node:fs");
var import_node_path19 = require("node:path");
init_errors();

// src/config/starter.ts
var STARTER_CONFIG = `# leakgate configuration: read from .leakgate.yaml at the repository root (or --config FILE).
# Every field is optional; problems are reported with file, line, field and what is accepted.

# Lowest severity that fails a scan (exit code 1): critical, high, medium, low (default), info, or none.
# failOn: low

# Also read .gitleaks.toml (rules and allowlists) and .gitleaksignore, for repositories switching from gitleaks.
# extends: gitleaks

# Baseline of accepted findings (made by "leakgate baseline create"); .leakgate-baseline.jsonl is read by default.
# baseline: .leakgate-baseline.jsonl

# Allowed for every rule: paths are globs (micromatch/picomatch) never scanned; regexes are searched in the secret
# (a leading (?i) ignores case); values are exact secrets.
allowlist:
  paths: []
  #  - "test/fixtures/**"
  #  - "**/*.snap"
  regexes: []
  #  - "^AKIA[0-9A-Z]{12}EXAMPLE$"
  values: []

# Per-rule changes, keyed by rule id ("leakgate rules" lists them).
overrides: {}
#  generic.password-assignment:
#    severity: low              # critical, high, medium, low or info
#  some.rule:
#    disabled: true
#  github.pat:
#    allowlist:
#      paths: ["docs/**"]
#      regexes: []
#      values: []

# Custom rules, in the format of the built-in packs; each carries examples that must and must not match
# ("leakgate rules --check" runs them). {random:N}, {hex:N}, {crc32:N} are filled in at check time.
rules: []
#  - id: acme.api-key
#    description: Acme API key
#    severity: high
#    keywords: [acme_]
#    pattern: '\\b(acme_[A-Za-z0-9]{32})\\b'
#    secretGroup: 1
#    minEntropy: 3.5
#    examples:
#      match: ['key = "acme_{random:32}"']
#      ignore: ['key = "acme_00000000000000000000000000000000"']

# Size thresholds for the repository-hygiene rules (e.g. 512k, 10MiB, or bytes); the first matching path wins.
# hygiene:
#   maxBlobSize: 10MiB
#   paths:
#     - glob: "assets/**"
#       maxBlobSize: 50MiB

# Inline: a comment "leakgate:allow [rule-id ...] [-- reason]" on a line allows that line's findings.
# Ignore one finding everywhere: "leakgate ignore FINGERPRINT --reason TEXT" (writes .leakgateignore).
`;

// src/cli/init-command.ts
var initOptions = {
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function initCommand(args, io) {
  const { values, positionals } = parse(args, initOptions, "init");
  if (values.help) {
    io.stdout.write(`${HELP.init}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`init: expected at most one DIR, got ${positionals.join(" ")}`);
  const dir = positionals[0] ? (0, import_node_path19.resolve)(io.cwd, positionals[0]) : findSettingsRoot(io.cwd);
  const file = (0, import_node_path19.join)(dir, CONFIG_FILE);
  if ((0, import_node_fs13.existsSync)(file) && !values.force) {
    throw new InputError(`init: ${file} already exists; edit it, or run "leakgate init --force" to replace it`);
  }
  try {
    (0, import_node_fs13.writeFileSync)(file, STARTER_CONFIG);
  } catch (error) {
    throw new InputError(`init: cannot write ${file}: ${error.code ?? String(error)}`);
  }
  io.stdout.write(`wrote ${file}
`);
  return EXIT_CLEAN;
}

// src/cli/install-command.ts
var import_node_fs14 = require("node:fs");
var import_node_path20 = require("node:path");
init_errors();
init_git();
init_version();
var HOOK_NAMES = ["pre-commit", "pre-push"];
var CHAINED_SUFFIX = ".pre-leakgate";
var MARKER2 = "leakgate-managed";
var SCAN_ARGS = { "pre-commit": "scan --staged", "pre-push": "scan --pre-push" };
var installOptions = {
  "pre-commit": { type: "boolean" },
  "pre-push": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var uninstallOptions = {
  "pre-commit": { type: "boolean" },
  "pre-push": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var MANAGER_FILES = [
  [".husky", "husky"],
  ["lefthook.yml", "lefthook"],
  ["lefthook.yaml", "lefthook"],
  [".lefthook.yml", "lefthook"],
  [".lefthook.yaml", "lefthook"],
  [".pre-commit-config.yaml", "pre-commit"]
];
async function locateHooks(cwd) {
  if (!(0, import_node_fs14.existsSync)(cwd)) throw new InputError(`${cwd}: no such directory`);
  if (await gitMaybe(cwd, ["rev-parse", "--git-dir"]) === void 0) throw new InputError(`${cwd}: not a git repository`);
  const [dir, hooksPath, top] = await Promise.all([
    git(cwd, ["rev-parse", "--git-path", "hooks"]),
    gitMaybe(cwd, ["config", "--get", "core.hooksPath"]),
    gitMaybe(cwd, ["rev-parse", "--show-toplevel"])
  ]);
  return { dir: (0, import_node_path20.resolve)(cwd, dir.replace(/\n$/, "")), hooksPath: hooksPath?.trim() || void 0, top: top?.replace(/\n$/, "") || void 0 };
}
function managerOf(location, text, force) {
  if (location.hooksPath && /(^|[/\\])\.husky([/\\]|$)/.test(location.hooksPath)) return { manager: "husky", why: `core.hooksPath=${location.hooksPath}` };
  if (text !== void 0 && !text.includes(MARKER2)) {
    const manager = /husky/i.test(text) ? "husky" : /lefthook/i.test(text) ? "lefthook" : /pre-commit\.com|generated by pre-commit/i.test(text) ? "pre-commit" : void 0;
    if (manager) return { manager, why: "its hook script" };
  }
  if (force || !location.top) return void 0;
  for (const [file, manager] of MANAGER_FILES) {
    if ((0, import_node_fs14.existsSync)((0, import_node_path20.join)(location.top, file))) return { manager, why: `${file}; its hooks would replace or bypass leakgate's (--force installs anyway)` };
  }
  return void 0;
}
function managerAdvice(manager, hooks) {
  if (manager === "husky") {
    return hooks.map((h) => `  .husky/${h}:  leakgate ${SCAN_ARGS[h]}`).join("\n");
  }
  if (manager === "lefthook") {
    return [
      "  lefthook.yml:",
      ...hooks.flatMap((h) => [
        `    ${h}:`,
        "      commands:",
        "        leakgate:",
        // {staged_files}: what the commit changes, or every file under `lefthook run pre-commit --all-files`.
        `          run: node_modules/.bin/leakgate ${h === "pre-commit" ? "scan --files -- {staged_files}" : SCAN_ARGS[h]}`,
        ...h === "pre-push" ? ["          use_stdin: true"] : []
      ])
    ].join("\n");
  }
  return [
    "  .pre-commit-config.yaml:",
    `    - repo: ${INFORMATION_URI}`,
    // No release is tagged yet (docs/releasing.md): a `rev: vX.Y.Z` line would name a tag that does not exist.
    "      rev: main   # no release tag yet: pin a commit with pre-commit autoupdate --bleeding-edge --freeze",
    "      hooks:",
    ...hooks.map((h) => `        - id: ${h === "pre-commit" ? "leakgate" : "leakgate-pre-push"}`),
    ...hooks.includes("pre-push") ? ["  and run: pre-commit install --hook-type pre-push"] : []
  ].join("\n");
}
function readText(file) {
  try {
    return (0, import_node_fs14.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
}
function occupied(file) {
  try {
    (0, import_node_fs14.lstatSync)(file);
    return true;
  } catch {
    return false;
  }
}
function shellQuoted(value) {
  return value.replace(/'/g, `'\\''`);
}
function renderHook(name) {
  const root = packageRoot();
  const template = root ? readText((0, import_node_path20.join)(root, "hooks", name)) : void 0;
  if (!root || template === void 0) throw new ConfigError(`cannot find hooks/${name} in the leakgate package`);
  const cli = (0, import_node_path20.join)(root, "dist", "cli.cjs");
  const cliPath = (0, import_node_fs14.existsSync)(cli) ? (0, import_node_fs14.realpathSync)(cli) : "";
  return template.replace("@LEAKGATE_NODE@", () => shellQuoted(process.execPath)).replace("@LEAKGATE_CLI@", () => shellQuoted(cliPath));
}
function selectedHooks(values) {
  const chosen = HOOK_NAMES.filter((h) => values[h]);
  return chosen.length > 0 ? chosen : [...HOOK_NAMES];
}
async function installCommand(args, io) {
  const { values, positionals } = parse(args, installOptions, "install");
  if (values.help) {
    io.stdout.write(`${HELP.install}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`install: expected at most one PATH, got ${positionals.join(" ")}`);
  const hooks = selectedHooks(values);
  const location = await locateHooks((0, import_node_path20.resolve)(io.cwd, positionals[0] ?? "."));
  const plans = hooks.map((name) => {
    const file = (0, import_node_path20.join)(location.dir, name);
    const text = occupied(file) ? readText(file) ?? "" : void 0;
    return { name, file, text, owner: managerOf(location, text, values.force ?? false), ours: text?.includes(MARKER2) ?? false };
  });
  const managed = plans.filter((p) => p.owner);
  if (managed.length > 0) {
    const { manager, why } = managed[0].owner;
    throw new InputError(
      `${managed.map((p) => p.name).join(" and ")} hook${managed.length > 1 ? "s are" : " is"} managed by ${manager} (${why}); leakgate left ${managed.length > 1 ? "them" : "it"} alone. Add leakgate to ${manager} instead:
${managerAdvice(manager, hooks)}`
    );
  }
  for (const p of plans) {
    if (p.text !== void 0 && !p.ours && occupied(p.file + CHAINED_SUFFIX)) {
      throw new InputError(`${p.file} exists and so does ${p.file + CHAINED_SUFFIX}; move one of them away, then run leakgate install again`);
    }
  }
  (0, import_node_fs14.mkdirSync)(location.dir, { recursive: true });
  for (const p of plans) {
    let note = "";
    if (p.text !== void 0 && !p.ours) {
      (0, import_node_fs14.renameSync)(p.file, p.file + CHAINED_SUFFIX);
      note = ` (the ${p.name} hook that was there is kept as ${p.name}${CHAINED_SUFFIX} and runs first)`;
    } else if (p.ours) {
      note = " (updated)";
    }
    (0, import_node_fs14.writeFileSync)(p.file, renderHook(p.name), { mode: 493 });
    (0, import_node_fs14.chmodSync)(p.file, 493);
    io.stdout.write(`leakgate: installed ${p.file}${note}
`);
  }
  return EXIT_CLEAN;
}
async function uninstallCommand(args, io) {
  const { values, positionals } = parse(args, uninstallOptions, "uninstall");
  if (values.help) {
    io.stdout.write(`${HELP.uninstall}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`uninstall: expected at most one PATH, got ${positionals.join(" ")}`);
  const location = await locateHooks((0, import_node_path20.resolve)(io.cwd, positionals[0] ?? "."));
  for (const name of selectedHooks(values)) {
    const file = (0, import_node_path20.join)(location.dir, name);
    const chained = file + CHAINED_SUFFIX;
    const text = occupied(file) ? readText(file) : void 0;
    if (text !== void 0 && !text.includes(MARKER2)) {
      io.stdout.write(`leakgate: ${file} was not written by leakgate; left alone
`);
      continue;
    }
    if (text !== void 0) (0, import_node_fs14.rmSync)(file, { force: true });
    if (occupied(chained)) {
      (0, import_node_fs14.renameSync)(chained, file);
      io.stdout.write(`leakgate: removed the ${name} hook; restored the one that was there before
`);
    } else {
      io.stdout.write(text !== void 0 ? `leakgate: removed ${file}
` : `leakgate: no leakgate ${name} hook in ${location.dir}
`);
    }
  }
  return EXIT_CLEAN;
}

// src/cli/remediate-command.ts
var import_node_fs15 = require("node:fs");
var import_node_path21 = require("node:path");
init_errors();

// src/report/remediation.ts
init_redact();
var marker = (ruleId2) => `***REMOVED-BY-LEAKGATE:${ruleId2}***`;
var MIN_LINE = 16;
function replaceLines(findings) {
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  const notes = [];
  for (const f of findings) {
    if (f.kind === "hygiene" || f.secret === "") continue;
    const parts = f.secret.includes("\n") || f.secret.includes("\r") ? f.secret.split(/\r?\n|\r/).filter((l) => l.trim().length >= MIN_LINE && !/^\s*-{3,}/.test(l)) : [f.secret];
    if (parts.length > 1) notes.push(`${f.ruleId} in ${f.path}: a multi-line secret, replaced line by line (${parts.length} lines)`);
    for (const part of parts) {
      if (seen.has(part)) continue;
      seen.add(part);
      lines.push(`literal:${part}==>${marker(f.ruleId)}`);
    }
  }
  return { lines, notes };
}
var escapeRegex = (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
function pathLine(path) {
  return /==>|[\r\n]|^#/.test(path) ? `regex:^${escapeRegex(path)}$` : `literal:${path}`;
}
function pathsFile(findings, exposures2) {
  const drop = /* @__PURE__ */ new Set();
  const kept = /* @__PURE__ */ new Set();
  findings.forEach((f, i) => {
    if (f.kind !== "hygiene") return;
    const still = f.inHead ?? exposures2[i]?.inHead;
    (still ? kept : drop).add(f.path);
  });
  for (const p of drop) kept.delete(p);
  const lines = [
    "# git filter-repo --invert-paths --paths-from-file paths.txt: every version of these paths is removed from history.",
    ...[...drop].sort().map(pathLine)
  ];
  if (kept.size > 0) {
    lines.push("# Still in the current tree: dropping them would delete them from HEAD too. Move them (to Git LFS, a release", "# asset, a package registry) first, then uncomment:");
    for (const p of [...kept].sort()) lines.push(`# ${pathLine(p)}`);
  }
  return { text: `${lines.join("\n")}
`, count: drop.size };
}
var shortRefs = (refs) => {
  if (refs === void 0) return "refs not looked up (too many commits; `git branch -a --contains <commit>` tells)";
  if (refs.length === 0) return "no branch or tag (only reflogs, stashes or unreachable objects)";
  const names = refs.map((r) => r.replace(/^refs\/(heads|tags|remotes)\//, (_, k) => k === "tags" ? "tag " : k === "remotes" ? "remote " : ""));
  return `${refs.length} ref${refs.length === 1 ? "" : "s"}: ${names.slice(0, 5).join(", ")}${refs.length > 5 ? `, and ${refs.length - 5} more` : ""}`;
};
var md = (text) => text.replace(/[\\`*_[\]<>|]/g, "\\$&").replace(/[\r\n]+/g, " ");
var code = (text) => `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, " ")}\``;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function secretSection(f, e, rule, n) {
  const c = f.commit;
  const still = f.inHead ?? e?.inHead;
  const where = still === void 0 ? "presence in the current tree not known" : still ? "**still in the current tree (HEAD)**" : "only in history";
  const lines = [
    `### ${n}. ${md(rule?.description ?? f.ruleId)} (\`${f.ruleId}\`, ${f.severity})`,
    "",
    `- Secret: ${code(redact(f.secret))} in ${code(f.path)}${f.line ? ` line ${f.line}` : ""}${f.otherOccurrences ? ` (and ${f.otherOccurrences} other place${f.otherOccurrences === 1 ? "" : "s"})` : ""}`,
    c ? `- Introduced in ${c.id.slice(0, 12)} by ${md(c.author)} on ${c.date.slice(0, 10)}: ${md(c.summary)}` : "- Introduced: not known (no commit)",
    `- Now: ${where}${e?.removedIn ? `; removed from this path in ${e.removedIn.id.slice(0, 12)} (${e.removedIn.date.slice(0, 10)}: ${md(e.removedIn.summary)})` : ""}`,
    `- History held by ${md(shortRefs(e ? e.refs : []))}`,
    `- [ ] **Rotate / revoke it at the provider** (first: a purge does not un-leak it)`
  ];
  const steps = (rule?.remediation ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  for (const step of steps) lines.push(`  - ${step.replace(/^\d+\.\s*/, "")}`);
  for (const ref of rule?.references ?? []) if (/^https?:\/\//.test(ref)) lines.push(`  - Provider documentation: <${ref}>`);
  lines.push(still ? "- [ ] Remove it from the current tree and commit" : "- [ ] Nothing to change in the current tree", "- [ ] Purged from history (below)", "");
  return lines;
}
function buildPlan(input) {
  const { report, exposures: exposures2 } = input;
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const secrets = report.findings.map((f, i) => ({ f, e: exposures2[i] })).filter(({ f }) => f.kind !== "hygiene" && f.secret !== "");
  const { lines, notes } = replaceLines(secrets.map((s) => s.f));
  const paths = pathsFile(report.findings, exposures2);
  const remote = input.remotes[0];
  const q = (s) => /^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
  const repo = q(input.repo);
  const out = q(input.out);
  const doc = [
    "# Remediation plan",
    "",
    `leakgate ${report.toolVersion} audited ${code(report.target)}: ${plural(report.stats.commits, "commit")}, ${plural(report.findings.length, "finding")} (${plural(secrets.length, "secret")}, ${report.findings.length - secrets.length} hygiene).`,
    "",
    "**Order matters: rotate first, purge second.** Every clone, fork, CI cache and mirror already holds the old history; rewriting it stops new exposure but does not take back what was copied. A secret counts as handled only once the provider has revoked it.",
    "",
    "`replace-text.txt` in this folder holds the secrets in clear (it is what git filter-repo needs): keep it private, never commit it, delete it when done.",
    "",
    "## 1. Rotate and revoke",
    "",
    ...secrets.length === 0 ? ["No secrets were found.", ""] : secrets.flatMap(({ f, e }, i) => secretSection(f, e, rules.get(f.ruleId), i + 1)),
    "## 2. Purge the history",
    "",
    "Work on a fresh mirror clone, never on a working copy with local changes:",
    "",
    "```sh",
    `git clone --mirror ${remote ? q(remote.url) : repo} purge.git && cd purge.git`,
    ...lines.length > 0 ? [`git filter-repo --replace-text ${out}/replace-text.txt --replace-message ${out}/replace-text.txt`] : [],
    ...paths.count > 0 ? [`git filter-repo --invert-paths --paths-from-file ${out}/paths.txt`] : [],
    `leakgate scan .            # must report no secret (exit 0)`,
    "```",
    "",
    lines.length > 0 ? `- \`replace-text.txt\`: ${lines.length} literal${lines.length === 1 ? "" : "s"}; each becomes \`${marker("<rule>")}\` in every blob and commit message of every commit.` : "- No secrets to replace.",
    paths.count > 0 ? `- \`paths.txt\`: ${paths.count} path${paths.count === 1 ? "" : "s"} removed from every commit (large, binary or junk files, committed dependency folders). Paths still in the current tree are listed commented out: move them first.` : "- No hygiene paths to drop.",
    ...notes.map((n) => `- Note: ${md(n)}`),
    "",
    "## 3. Publish the rewritten history",
    "",
    "```sh",
    remote ? `git push --force --mirror ${q(remote.url)}` : "git push --force --mirror <your remote URL>",
    "```",
    "",
    "- Protected branches and tags must allow the force push for the duration (re-protect afterwards).",
    "- Every collaborator re-clones (a `git pull` into an old clone merges the old history back in). Old clones: delete them.",
    "- Forks keep the old history: ask their owners to delete or re-fork them.",
    "- GitHub keeps cached views, pull request refs (`refs/pull/*`) and unreferenced commits reachable by their id: contact GitHub Support with the list of rewritten commits to remove cached views and PR refs; GitLab: run housekeeping and prune unreachable objects; other hosts: see their documentation on removing sensitive data.",
    "- CI caches, artifact stores, container images and package registries built from the old history may hold the secrets too: purge them.",
    "",
    "## 4. Prove it",
    "",
    "```sh",
    "leakgate scan .            # on the rewritten mirror, and again on a fresh clone from the remote",
    "```",
    ""
  ].join("\n");
  return { replaceText: lines.length > 0 ? `${lines.join("\n")}
` : "", paths: paths.text, markdown: doc, secrets: lines.length, pathCount: paths.count, notes };
}

// src/report/text.ts
init_diagnostic();
init_rule();
init_redact();
init_count();
init_size();
init_suppressed();
var SUPPRESSION_LABEL = {
  inline: "allowed inline",
  ignore: "ignored",
  baseline: "in baseline",
  example: "documentation example",
  confidence: "below the minimum confidence"
};
var LOCATIONS_SHOWN = 10;
function otherLocations(finding, shown = LOCATIONS_SHOWN) {
  const others = (finding.locations ?? []).filter((l) => l.line !== finding.line || l.column !== finding.column);
  if (others.length === 0) return "";
  const listed = others.slice(0, shown).map((l) => `${l.line}${l.allowed ? " (allowed)" : ""}`);
  const more = others.length > shown ? `, and ${others.length - shown} more` : "";
  return `also at line${others.length === 1 ? "" : "s"} ${listed.join(", ")}${more}`;
}
var DIAGNOSTICS_SHOWN = 10;
function palette(color) {
  const wrap = (open2, close) => (text) => color ? `\x1B[${open2}m${text}\x1B[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\n/g, "\\n");
}
function plural2(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function nextSteps(finding, rule, kind) {
  if (isFileLevel(finding) || kind === "staged" || kind === "stdin") return "";
  const url = rule?.references?.find((r) => /^https?:\/\//.test(r));
  const rotate = `1. rotate or revoke it at its issuer${url ? ` (${url})` : ""}`;
  if (kind === "tree") return `${rotate}; 2. remove it from the file; 3. if it was ever committed, purge it from history (leakgate remediate)`;
  const purge = "purge it from history (leakgate remediate writes the plan)";
  if (finding.inHead === false) return `${rotate}; 2. ${purge}`;
  return `${rotate}; 2. remove it ${finding.inHead ? "from the current tree" : "where it is still used"}; 3. ${purge}`;
}
function renderText(report, options) {
  const c = palette(options.color);
  const severityColor = { critical: c.red, high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const out = [];
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    const paint = severityColor[finding.severity];
    out.push(`${c.bold(paint(finding.severity.toUpperCase()))} ${c.bold(finding.ruleId)}  ${rule?.description ?? ""}  ${c.dim(`(${finding.confidence} confidence)`)}`);
    out.push(`  ${c.cyan(printable(finding.path))}:${finding.line}:${finding.column}${commitLine(finding, c.dim)}`);
    const also = otherLocations(finding);
    if (also) out.push(`  ${also}`);
    const fileLevel = isFileLevel(finding);
    if (!fileLevel) {
      out.push(`  secret  ${c.magenta(printable(shownSecret(finding.secret, options)))}`);
      const snippet = shownSnippet(finding.snippet, finding.secret, options).trim();
      if (finding.decoded) out.push(`  ${c.dim("encoded")} ${finding.decoded.join(" > ")}`);
      if (snippet) out.push(`  ${c.dim(finding.decoded ? "decoded" : "line   ")} ${printable(snippet)}`);
    } else {
      const where = finding.inHead === void 0 ? "" : finding.inHead ? "; still at HEAD" : "; not at HEAD, only in history";
      if (finding.snippet || where) out.push(`  ${printable(finding.snippet)}${where}`);
    }
    const more = finding.otherOccurrences > 0 ? `; ${plural2(finding.otherOccurrences, fileLevel ? "other version" : "other occurrence")}` : "";
    out.push(c.dim(`  fingerprint ${finding.fingerprint}${more}`));
    const next = nextSteps(finding, rule, report.kind);
    if (next) out.push(`  ${c.bold("next")}    ${next}`);
    out.push(
      c.dim(
        // An archive member cannot carry an allow comment that the archive's file shows.
        fileLevel || finding.member !== void 0 ? `  allow: run "leakgate ignore ${finding.fingerprint}"` : `  allow: add "leakgate:allow ${finding.ruleId} -- reason" in a comment on the line, or run "leakgate ignore ${finding.fingerprint}"`
      )
    );
    out.push("");
  }
  if (options.showSuppressed && report.suppressed && report.suppressed.length > 0) {
    out.push(c.dim(`${plural2(report.suppressed.length, "suppressed finding")}:`));
    for (const f of report.suppressed) {
      const why = `${SUPPRESSION_LABEL[f.suppression.kind]}${f.suppression.source ? ` (${printable(f.suppression.source)})` : ""}`;
      const reason = f.suppression.reason ? `: ${printable(f.suppression.reason)}` : "";
      out.push(`  ${f.ruleId}  ${c.cyan(printable(f.path))}:${f.line}:${f.column}  fingerprint ${f.fingerprint}  ${c.dim(why + reason)}`);
    }
    out.push("");
  }
  const diagnostics = report.diagnostics;
  if (diagnostics.length > 0) {
    out.push(c.yellow(`${plural2(diagnostics.length, "diagnostic")} (items skipped or partly scanned):`));
    const ordered = [...diagnostics.filter(isIncomplete), ...diagnostics.filter((d) => !isIncomplete(d))];
    const shown = options.verbose ? ordered : ordered.slice(0, DIAGNOSTICS_SHOWN);
    for (const d of shown) out.push(`  ${d.code}: ${printable(d.detail)}`);
    if (shown.length < diagnostics.length) out.push(c.dim(`  ... and ${diagnostics.length - shown.length} more (--verbose lists them all)`));
    out.push("");
  }
  if (report.health && options.health) out.push(...healthTable(report.health, c), "");
  else if (report.health && report.kind === "history") out.push(healthLine(report.health), "");
  out.push(summaryLine(report, c));
  return `${out.join("\n")}
`;
}
function isFileLevel(finding) {
  return finding.kind === "hygiene" || finding.secret === "";
}
function healthLine(health) {
  const top = health.largest[0];
  const largest = top ? `; largest ${printable(top.path)} (${formatBytes(top.size)})` : "";
  const binary = `${plural2(health.binaryOutsideLfs.count, "binary blob")} outside LFS (${formatBytes(health.binaryOutsideLfs.bytes)})`;
  return `repository: ${plural2(health.blobs, "blob")}, ${formatBytes(health.bytes)}${largest}; ${binary}; run with --health for the largest blobs`;
}
function healthTable(health, c = palette(false)) {
  const rows = [
    ["blobs", health.blobs.toLocaleString("en-US"), formatBytes(health.bytes)],
    ["binary outside LFS", health.binaryOutsideLfs.count.toLocaleString("en-US"), formatBytes(health.binaryOutsideLfs.bytes)],
    ["LFS pointers", health.lfsPointers.toLocaleString("en-US"), ""]
  ];
  const out = [c.bold("Repository health")];
  for (const [label, count, size] of rows) out.push(`  ${label.padEnd(20)} ${count.padStart(10)}  ${size}`.trimEnd());
  if (health.largest.length > 0) {
    out.push(`  ${c.bold("largest blobs")}`);
    const width = Math.max(...health.largest.map((b) => formatBytes(b.size).length));
    for (const b of health.largest) {
      const head = b.inHead === void 0 ? "" : b.inHead ? "" : c.dim("  (not at HEAD)");
      const commit = b.commit ? c.dim(`  ${b.commit.slice(0, 12)}`) : "";
      out.push(`    ${formatBytes(b.size).padStart(width)}  ${printable(b.path)}${commit}${head}`);
    }
  }
  return out;
}
function commitLine(finding, dim) {
  const commit = finding.commit;
  if (!commit) return "";
  const date = commit.date.slice(0, 10);
  return `  ${dim(`commit ${commit.id.slice(0, 12)} ${printable(commit.author)} <${printable(commit.email)}> ${date} "${printable(commit.summary.slice(0, 60))}"`)}`;
}
function summaryLine(report, c = palette(false)) {
  const s = report.stats;
  const scanned = s.blobs === 0 ? "nothing to scan" : `scanned ${plural2(s.blobs, report.kind === "stdin" ? "input" : "blob")} (${formatBytes(s.bytes)})${report.kind === "history" || report.kind === "range" ? `, ${plural2(s.commits, "commit")}` : ""}`;
  const counts = SEVERITIES.map((sev) => [sev, report.findings.filter((f) => f.severity === sev).length]).filter(([, n]) => n > 0).map(([sev, n]) => `${n} ${sev}`).join(", ");
  const headline = report.findings.length === 0 ? c.green("no findings") : c.red(c.bold(`${plural2(report.findings.length, "finding")} (${counts})`));
  const hidden = describeSuppressed(report);
  const suppressed = hidden ? `; ${formatCount((report.suppressed ?? []).length)} suppressed (${hidden})` : "";
  const incomplete = report.diagnostics.filter(isIncomplete).length;
  const diag = report.diagnostics.length > 0 ? `, ${plural2(report.diagnostics.length, "diagnostic")}${incomplete > 0 ? c.yellow(` (${formatCount(incomplete)} not fully scanned)`) : ""}` : "";
  return `leakgate ${report.kind} scan of ${printable(report.target)}: ${headline}${diag}${suppressed}; ${scanned} in ${(s.durationMs / 1e3).toFixed(1)} s`;
}

// src/sources/exposure.ts
init_git();
var REMOVAL_SEARCHES = 200;
var REF_LOOKUPS = 500;
async function exposures(repo, queries) {
  const refsByCommit = /* @__PURE__ */ new Map();
  const commits = [...new Set(queries.map((q) => q.commit).filter((c) => Boolean(c)))].slice(0, REF_LOOKUPS);
  for (const commit of commits) {
    const out = await gitMaybe(repo, ["for-each-ref", "--format=%(refname)", "--contains", commit, "refs/heads", "refs/tags", "refs/remotes"]);
    refsByCommit.set(commit, out === void 0 ? [] : out.split("\n").filter(Boolean));
  }
  const head = (await gitMaybe(repo, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]))?.trim();
  const headText = /* @__PURE__ */ new Map();
  const textAtHead = async (path) => {
    if (!head) return void 0;
    if (!headText.has(path)) {
      const r = await gitResult(repo, ["cat-file", "blob", `${head}:${path}`]);
      headText.set(path, r.code === 0 ? r.stdout.toString("latin1") : "");
    }
    return headText.get(path);
  };
  let searches = 0;
  const result = [];
  for (const q of queries) {
    const refs = q.commit ? refsByCommit.get(q.commit) : [];
    const text = q.secret === "" ? void 0 : await textAtHead(q.path);
    const inHead = text === void 0 ? void 0 : text.includes(Buffer.from(q.secret, "utf8").toString("latin1"));
    let removedIn;
    if (inHead === false && head && !q.secret.includes("\n") && searches < REMOVAL_SEARCHES) {
      searches++;
      const out = await gitMaybe(repo, ["log", "-1", "--no-textconv", "--format=%H%x00%aI%x00%s", `-S${q.secret}`, head, "--", q.path]);
      const [id, date, summary] = (out ?? "").trim().split("\0");
      if (id) removedIn = { id, date: date ?? "", summary: summary ?? "" };
    }
    result.push({ ...refs ? { refs } : {}, ...inHead !== void 0 ? { inHead } : {}, ...removedIn ? { removedIn } : {} });
  }
  return result;
}
async function remotes(repo) {
  const out = await git(repo, ["remote", "-v"]).catch(() => "");
  const seen = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const m = /^(\S+)\s+(\S+)\s+\(push\)$/.exec(line);
    if (m && !seen.has(m[1])) seen.set(m[1], m[2]);
  }
  return [...seen].map(([name, url]) => ({ name, url }));
}

// src/cli/remediate-command.ts
var { "no-git": _noGit, "stdin-name": _stdinName, ...historyOptions } = scanSetupOptions;
var remediateOptions = {
  ...historyOptions,
  out: { type: "string" },
  baseline: { type: "string" },
  "no-suppress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
function write(path, text, mode) {
  try {
    (0, import_node_fs15.writeFileSync)(path, text, { mode });
    (0, import_node_fs15.chmodSync)(path, mode);
  } catch (error) {
    throw new InputError(`--out: cannot write ${path}: ${error.code ?? String(error)}`);
  }
}
async function remediateCommand(args, io) {
  const { values, positionals } = parse(args, remediateOptions, "remediate");
  if (values.help) {
    io.stdout.write(`${HELP.remediate}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`remediate: expected at most one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  if (!values.out) throw new InputError("remediate: --out DIR is required (the folder the plan is written to)");
  const path = positionals[0] ?? ".";
  if (path === "-") throw new InputError('remediate: plans a rewrite of git history; PATH cannot be "-" (standard input)');
  const prepared = await prepareScan(values, path, io, {
    ...values.baseline ? { baselinePath: values.baseline } : {},
    suppress: !values["no-suppress"]
  });
  if (!values.quiet) printWarnings(prepared.settings, io);
  const report = await runScan(prepared.options);
  const repo = (0, import_node_path21.resolve)(io.cwd, path);
  const facts = await exposures(
    repo,
    report.findings.map((f) => ({ path: f.path, secret: f.kind === "hygiene" ? "" : f.secret, ...f.commit ? { commit: f.commit.id } : {} }))
  );
  const dir = (0, import_node_path21.resolve)(io.cwd, values.out);
  const plan = buildPlan({ report, exposures: facts, remotes: await remotes(repo), repo, out: dir });
  try {
    (0, import_node_fs15.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch (error) {
    throw new InputError(`--out: cannot create ${dir}: ${error.code ?? String(error)}`);
  }
  write((0, import_node_path21.join)(dir, ".gitignore"), "# written by leakgate remediate: this folder holds secrets; never commit it\n*\n", 420);
  write((0, import_node_path21.join)(dir, "replace-text.txt"), plan.replaceText, 384);
  write((0, import_node_path21.join)(dir, "paths.txt"), plan.paths, 420);
  write((0, import_node_path21.join)(dir, "REMEDIATION.md"), plan.markdown, 420);
  if (!values.quiet) {
    io.stderr.write(
      [
        `leakgate: ${plural2(report.findings.length, "finding")} in ${plural2(report.stats.commits, "commit")}: plan written to ${values.out}/ (REMEDIATION.md, replace-text.txt, paths.txt)`,
        ...plan.secrets > 0 ? [
          `leakgate: WARNING: ${values.out}/replace-text.txt holds ${plural2(plan.secrets, "secret")} IN CLEAR (mode 0600). Keep it private, never commit it, delete it after the purge.`,
          "leakgate: rotate or revoke every secret FIRST (REMEDIATION.md, section 1): a purge does not un-leak what clones and forks already hold."
        ] : [],
        ""
      ].join("\n")
    );
  }
  return EXIT_CLEAN;
}

// src/cli/rules-command.ts
var import_node_path22 = require("node:path");
init_errors();
init_docs();
var rulesOptions = {
  check: { type: "boolean" },
  format: { type: "string", short: "f" },
  rules: { type: "string", multiple: true },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function rulesCommand(args, io) {
  const { values, positionals } = parse(args, rulesOptions, "rules");
  if (values.help) {
    io.stdout.write(`${HELP.rules}
`);
    return EXIT_CLEAN;
  }
  const settings = await loadScanSettings(io.cwd, {
    useBaseline: false,
    ...values.config ? { configPath: (0, import_node_path22.resolve)(io.cwd, values.config) } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => (0, import_node_path22.resolve)(io.cwd, f)) } : {},
    readCommitted
  });
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}
`);
  if (values.check) {
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(" ")}`);
    const { checkRules: checkRules2 } = await Promise.resolve().then(() => (init_check(), check_exports));
    const builtin = await loadBuiltinRules();
    const file = positionals[0];
    const own = [...builtin, ...settings.customRules];
    const subjects = file ? await loadRulePackFile(file) : own;
    const all = mergeRulePacks(file ? [own, subjects] : [own]);
    const problems = await checkRules2(all, subjects);
    for (const p of problems) io.stderr.write(`${p}
`);
    const examples = subjects.reduce((n, r) => n + ruleDocs(r).examples.match.length + ruleDocs(r).examples.ignore.length, 0);
    io.stdout.write(
      problems.length === 0 ? `${subjects.length} rules OK, ${examples} examples pass
` : `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${subjects.length} rules
`
    );
    return problems.length === 0 ? EXIT_CLEAN : EXIT_ERROR;
  }
  if (positionals.length > 0) throw new InputError(`rules: unexpected argument "${positionals[0]}"; use "rules --check FILE" to check a pack`);
  const rules = settings.rules;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new InputError(`rules --format: expected one of text, json, got "${format}"`);
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(rules.map(({ id, kind, description, severity, precision, keywords, source }) => ({ id, kind, description, severity, precision, keywords, source })), null, 2)}
`);
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}  [${r.keywords.join(", ")}]
`);
  }
  io.stdout.write(`${rules.length} rules
`);
  return EXIT_CLEAN;
}

// src/cli/scan-command.ts
var import_node_fs17 = require("node:fs");
var import_node_path25 = require("node:path");
init_errors();
init_diagnostic();

// src/cli/progress.ts
function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function createProgress(stream, enabled) {
  if (!enabled || !stream.isTTY) return { update() {
  }, setTotalCommits() {
  }, done() {
  } };
  const started = Date.now();
  let last = 0;
  let totalCommits;
  let drawn = false;
  return {
    setTotalCommits(total) {
      totalCommits = total;
    },
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1e3;
      const rate = seconds > 0 ? p.bytesRead / seconds : 0;
      let eta = "";
      if (totalCommits && p.commits > 0) {
        const fraction = Math.min(1, p.commits / totalCommits);
        eta = `, ${Math.round(fraction * 100)}% of ${formatCount(totalCommits)} commits, ETA ${duration(seconds / fraction - seconds)}`;
      } else if (p.blobsTotal && p.blobsRead > 0) {
        const fraction = p.blobsRead / p.blobsTotal;
        eta = `, ETA ${duration(seconds / fraction - seconds)}`;
      }
      const line = `scanning: ${formatCount(p.blobsRead)} blobs, ${formatBytes(p.bytesRead)}, ${formatBytes(rate)}/s${eta}`;
      stream.write(`\r\x1B[2K${line.slice(0, (stream.columns || 100) - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/scan-command.ts
init_suppressed();
init_fail_on();

// src/sources/checkout.ts
var import_node_fs16 = require("node:fs");
var import_node_path23 = require("node:path");
function checkoutFiles(root) {
  const known = /* @__PURE__ */ new Map();
  return (path) => {
    let found = known.get(path);
    if (found === void 0) {
      try {
        found = (0, import_node_fs16.statSync)((0, import_node_path23.resolve)(root, path)).isFile();
      } catch {
        found = false;
      }
      known.set(path, found);
    }
    return found;
  };
}

// src/cli/hook-files.ts
var import_node_path24 = require("node:path");
function isPreCommitPushStage(env2) {
  return ["PRE_COMMIT_REMOTE_BRANCH", "PRE_COMMIT_LOCAL_BRANCH", "PRE_COMMIT_REMOTE_NAME"].some((name) => Boolean(env2[name]));
}
function planFiles(names, cwd, env2, useGit) {
  const top = useGit ? findWorkTreeTop(cwd) : void 0;
  const root = top ?? (0, import_node_path24.resolve)(cwd);
  const files = names.map((name) => (0, import_node_path24.relative)(root, (0, import_node_path24.resolve)(cwd, name)).split(import_node_path24.sep).join("/"));
  const named = files.length > 0 ? new Set(files) : void 0;
  const count = plural2(files.length, "named file");
  if (top !== void 0) {
    if (isPreCommitPushStage(env2)) return { mode: "push-stage", root };
    const from = env2.PRE_COMMIT_FROM_REF;
    const to = env2.PRE_COMMIT_TO_REF;
    if (from && to) return { mode: "range", root, from, to, named, label: `commits ${from}..${to}${named ? `, ${count}` : ""}` };
    if (!named) return { mode: "staged", root, named, label: "staged changes" };
    const committing = env2.PRE_COMMIT === "1" && Boolean(env2.GIT_INDEX_FILE);
    const staged = committing ? void 0 : stagedPaths(root);
    if (committing || staged !== void 0 && staged.size > 0 && files.every((f) => staged.has(f))) {
      return { mode: "staged", root, named, label: `staged changes, ${count}` };
    }
  }
  return { mode: "files", root, files, label: `whole files, ${count}` };
}

// src/cli/scan-command.ts
var scanOptions = {
  ...scanSetupOptions,
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "no-redact": { type: "boolean" },
  staged: { type: "boolean" },
  files: { type: "boolean" },
  range: { type: "string" },
  "since-commit": { type: "string" },
  "all-refs": { type: "boolean" },
  "pre-push": { type: "boolean" },
  "allow-incomplete": { type: "boolean" },
  baseline: { type: "string" },
  "fail-on": { type: "string" },
  "min-confidence": { type: "string" },
  "no-suppress": { type: "boolean" },
  "show-suppressed": { type: "boolean" },
  "size-limit": { type: "string", multiple: true },
  health: { type: "boolean" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function skipRequested() {
  return /^(1|true|yes|on)$/i.test(process.env.LEAKGATE_SKIP ?? "");
}
function pushStageOfPreCommit() {
  return ["PRE_COMMIT_TO_REF", "PRE_COMMIT_REMOTE_BRANCH", "PRE_COMMIT_LOCAL_BRANCH"].some((name) => Boolean(process.env[name]));
}
async function readAll2(stdin) {
  if (stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function prePushUpdates(io) {
  const updates = parsePrePushInput(await readAll2(io.stdin));
  const env2 = process.env;
  if (updates.length > 0 || !env2.PRE_COMMIT_LOCAL_BRANCH && !env2.PRE_COMMIT_TO_REF) return updates;
  const zero = "0".repeat(40);
  return [
    {
      localRef: env2.PRE_COMMIT_LOCAL_BRANCH ?? "HEAD",
      localSha: env2.PRE_COMMIT_TO_REF || env2.PRE_COMMIT_LOCAL_BRANCH || "HEAD",
      remoteRef: env2.PRE_COMMIT_REMOTE_BRANCH ?? "",
      remoteSha: env2.PRE_COMMIT_FROM_REF || zero
    }
  ];
}
async function modeTarget(values, path, io) {
  const modes = ["staged", "files", "range", "since-commit", "pre-push"].filter((m) => values[m] !== void 0 && values[m] !== false);
  if (modes.length > 1) throw new InputError(`scan: --${modes.join(" and --")} cannot be combined; choose one`);
  const mode = modes[0];
  if (mode === "files") return void 0;
  if (mode && (path === "-" || values["no-git"])) throw new InputError(`scan: --${mode} reads a git repository; it cannot be combined with ${path === "-" ? '"-"' : "--no-git"}`);
  if (values["all-refs"] && mode && mode !== "since-commit") throw new InputError(`scan: --all-refs goes with --since-commit (or alone), not with --${mode}`);
  if (mode === "staged") return { type: "staged", path };
  if (mode === "pre-push") return { type: "push", path, updates: await prePushUpdates(io), exclude: ["--remotes"] };
  if (mode === "range") {
    const text = values.range ?? "";
    checkRevisionSpec("--range", text);
    return { type: "history", path, revs: [text], spec: { flag: "--range", text } };
  }
  if (mode === "since-commit") {
    const text = values["since-commit"] ?? "";
    checkRevisionSpec("--since-commit", text);
    return { type: "history", path, revs: values["all-refs"] ? ["--all", `^${text}`] : [`^${text}`, "HEAD"], spec: { flag: "--since-commit", text } };
  }
  return void 0;
}
function filesTarget(plan) {
  if (plan.mode === "push-stage") return void 0;
  if (plan.mode === "staged") return { type: "staged", path: plan.root };
  if (plan.mode === "files") return { type: "directory", path: plan.root, files: plan.files };
  const flag = "PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF";
  checkRevisionSpec(flag, plan.from);
  checkRevisionSpec(flag, plan.to);
  const revs = /^0+$/.test(plan.from) ? [plan.to, "--not", "--remotes"] : [`^${plan.from}`, plan.to];
  return { type: "history", path: plan.root, revs, spec: { flag, text: plan.to } };
}
function filesOptions(options, plan, target) {
  const named = plan.mode === "staged" || plan.mode === "range" ? plan.named : void 0;
  if (!named) return { ...options, target };
  const { skipPathKey: _key, skipPath: allowlisted, ...rest } = options;
  const skipPath = allowlisted ? (path) => !named.has(path) || allowlisted(path) : (path) => !named.has(path);
  return { ...rest, target, skipPath };
}
function scannedLine(report, target, unreadable, label) {
  const s = report.stats;
  const commits = report.kind === "range" ? `, ${plural2(s.commits, "commit")}` : "";
  const what = s.blobs === 0 ? unreadable > 0 ? `nothing could be read (${plural2(unreadable, target.type === "staged" ? "staged blob" : "pushed blob")} missing)` : `nothing to scan${target.type === "staged" ? " (no staged content)" : target.type === "directory" ? " (no regular file to read among them)" : report.kind === "range" && s.commits === 0 ? " (no new commits)" : commits}` : `scanned ${plural2(s.blobs, "file")} (${formatBytes(s.bytes)}${s.binarySkipped > 0 ? `, ${s.binarySkipped} binary skipped` : ""})${commits}`;
  const found = report.findings.length === 0 ? "no findings" : plural2(report.findings.length, "finding");
  const hidden = report.suppressed && report.suppressed.length > 0 ? `, ${report.suppressed.length} suppressed (${describeSuppressed(report)})` : "";
  return `leakgate: ${label ? `${label}: ` : ""}${what}: ${found}${hidden}${report.diagnostics.length > 0 ? `, ${plural2(report.diagnostics.length, "diagnostic")}` : ""}`;
}
function unreadableInHook(incomplete) {
  return incomplete.filter((d) => d.code === "missing-object").length;
}
var INCOMPLETE_SHOWN = 5;
function incompleteHint(target, incomplete, action) {
  const unreadable = unreadableInHook(incomplete);
  const lines = [];
  if (unreadable > 0) {
    lines.push(
      target.type === "staged" ? `leakgate: commit blocked: ${plural2(unreadable, "staged blob")} could not be read from the object store, so what is staged was not all scanned (see the diagnostics; "git fsck" tells more)` : `leakgate: push blocked: ${plural2(unreadable, "blob")} of the pushed commits could not be read from the object store, so what is pushed was not all scanned (see the diagnostics; "git fsck" tells more; in a partial clone, "git cat-file -p <blob>" fetches a missing blob)`
    );
  }
  const others = incomplete.filter((d) => d.code !== "missing-object");
  if (others.length > 0) {
    const what = action === "run" ? "it was asked to scan" : `is ${action === "commit" ? "staged" : "pushed"}`;
    lines.push(`leakgate: ${action === "run" ? "failed" : `${action} blocked`}: ${plural2(others.length, "item")} could not be fully scanned, so leakgate cannot vouch for what ${what}:`);
    for (const d of others.slice(0, INCOMPLETE_SHOWN)) lines.push(`  ${d.code}: ${d.detail}`);
    if (others.length > INCOMPLETE_SHOWN) lines.push(`  ... and ${others.length - INCOMPLETE_SHOWN} more (see the report's diagnostics)`);
  }
  lines.push(
    action === "run" ? 'leakgate: fix the cause (a named file that is not there, unreadable or too large), or pass such runs with --allow-incomplete (or "allowIncomplete: true" in .leakgate.yaml)' : `leakgate: fix the cause, or let such a ${action} through with --allow-incomplete (or "allowIncomplete: true" in .leakgate.yaml); to skip this check once: LEAKGATE_SKIP=1 git ${action} ...`,
    ""
  );
  return lines.join("\n");
}
function blockedHint(target, action) {
  if (action === "run") {
    return `leakgate: failed. Fix what is reported in ${target.type === "history" ? "the commits of the range" : "the named files"}, or allow a false positive as shown above; LEAKGATE_SKIP=1 skips this check once.
`;
  }
  return [
    `leakgate: ${action} blocked. Fix what is reported ${target.type === "staged" ? "in what is staged (edit or git rm --cached, then git add)" : "in the commits being pushed (git rebase -i, git commit --amend)"}, or allow a false positive as shown above.`,
    `leakgate: to skip this check once: LEAKGATE_SKIP=1 git ${action} ..., or git ${action} --no-verify`,
    ""
  ].join("\n");
}
async function render(report, format, flags) {
  const { showSecrets, showSuppressed } = flags;
  if (format === "json") {
    const { renderJson: renderJson2 } = await Promise.resolve().then(() => (init_json(), json_exports));
    return renderJson2(report, { showSecrets });
  }
  if (format === "html") {
    const { renderHtml: renderHtml2 } = await Promise.resolve().then(() => (init_html(), html_exports));
    return renderHtml2(report, { showSecrets }, flags.exposures);
  }
  if (format === "sarif") {
    const [{ renderSarif: renderSarif2 }, { locationHash: locationHash2 }] = await Promise.all([Promise.resolve().then(() => (init_sarif(), sarif_exports)), Promise.resolve().then(() => (init_fingerprint(), fingerprint_exports))]);
    const uploaderHashes = flags.checkoutRoot === void 0 ? void 0 : checkoutFiles(flags.checkoutRoot);
    return renderSarif2(report, { showSecrets, locationHash: locationHash2, includeSuppressed: showSuppressed, ...uploaderHashes ? { uploaderHashes } : {} });
  }
  return renderText(report, { showSecrets, color: flags.color, verbose: flags.verbose, showSuppressed, health: flags.health });
}
function skippedRun(values, io) {
  const hookMode = values.staged ? "staged changes" : values["pre-push"] ? "pushed commits" : values.files ? "named files" : void 0;
  if (hookMode && skipRequested()) {
    io.stderr.write(`leakgate: WARNING: LEAKGATE_SKIP is set; the ${hookMode} were NOT scanned for secrets
`);
    return true;
  }
  if (values.staged && pushStageOfPreCommit()) {
    io.stderr.write("leakgate: nothing to scan (pre-commit runs this hook at push time; the pushed commits are scanned by leakgate-pre-push)\n");
    return true;
  }
  if (values.files && values["no-git"] !== true && isPreCommitPushStage(process.env)) {
    if (!values.quiet) io.stderr.write("leakgate: nothing to scan (pre-commit runs this hook at push time; the pushed commits are scanned by leakgate-pre-push)\n");
    return true;
  }
  return false;
}
async function writeReport(report, format, values, { path, target, quiet, ranged, color, verbose }, io) {
  const exposed = format === "html" && report.kind === "history" && target.type === "history" ? await exposures(path, report.findings.map((f) => ({ path: f.path, secret: f.kind === "hygiene" ? "" : f.secret, ...f.commit ? { commit: f.commit.id } : {} }))) : void 0;
  const text = await render(report, format, {
    ...exposed ? { exposures: exposed } : {},
    showSecrets: values["no-redact"] ?? false,
    color,
    verbose,
    showSuppressed: values["show-suppressed"] ?? false,
    health: values.health ?? false,
    ...target.type === "stdin" ? {} : { checkoutRoot: (0, import_node_path25.resolve)(io.cwd, target.path) }
  });
  if (values.output) {
    try {
      (0, import_node_fs17.writeFileSync)(values.output, text);
    } catch (error) {
      throw new InputError(`--output: cannot write ${values.output}: ${error.code ?? String(error)}`);
    }
    if (!quiet && !ranged) {
      io.stderr.write(`${summaryLine(report)}
report written to ${values.output}
`);
    }
  } else {
    io.stdout.write(text);
  }
}
async function scanCommand(args, io) {
  const { values, positionals } = parse(args, scanOptions, "scan");
  if (values.help) {
    io.stdout.write(`${HELP.scan}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1 && !values.files) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  if (skippedRun(values, io)) return EXIT_CLEAN;
  const format = parseFormat(values.format);
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
  const minConfidenceFlag = values["min-confidence"] === void 0 ? void 0 : parseMinConfidence(values["min-confidence"]);
  const sizeLimits = (values["size-limit"] ?? []).map(parseSizeLimit);
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const plan = values.files ? planFiles(positionals, io.cwd, process.env, values["no-git"] !== true) : void 0;
  const path = plan ? plan.root : positionals[0] ?? ".";
  const mode = plan ? (await modeTarget(values, path, io), plan.mode === "push-stage" ? void 0 : filesTarget(plan)) : await modeTarget(values, path, io);
  const prepared = await prepareScan(values, path, io, {
    ...values.baseline ? { baselinePath: values.baseline } : {},
    suppress: !values["no-suppress"]
  });
  const { settings, workers } = prepared;
  const options = plan && mode ? filesOptions(prepared.options, plan, mode) : mode ? { ...prepared.options, target: mode } : prepared.options;
  const target = options.target;
  const gate = target.type === "staged" || target.type === "push" || plan !== void 0;
  const selection = minConfidenceOf(minConfidenceFlag, settings, gate);
  const label = plan && plan.mode !== "push-stage" ? plan.label : void 0;
  if (!quiet) printWarnings(settings, io);
  if (io.relaunch && target.type === "history" && target.revs === void 0) return await io.relaunch();
  const ranged = target.type === "staged" || target.type === "push" || target.type === "history" && target.revs !== void 0 || plan !== void 0;
  const progress = createProgress(io.stderr, !quiet && !values["no-progress"] && target.type !== "staged");
  if (target.type === "history" && io.stderr.isTTY && !quiet) {
    countCommits(path, target.revs).then((n) => n !== void 0 && progress.setTotalCommits(n), () => void 0);
  }
  let report;
  try {
    report = await runScan({ ...options, ...selection, sizeLimits, healthDetail: values.health ?? false, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === "text" && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  const clean = report.findings.length === 0;
  const silentText = format === "text" && clean && !values.health && (quiet || ranged && report.diagnostics.length === 0 && !values.output && !values["show-suppressed"]);
  if (!silentText) await writeReport(report, format, values, { path, target, quiet, ranged, color, verbose }, io);
  const failing = failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0;
  const action = target.type === "staged" ? "commit" : target.type === "push" ? "push" : "run";
  const incomplete = gate ? report.diagnostics.filter(isIncomplete) : [];
  const allowIncomplete = (values["allow-incomplete"] ?? false) || settings.allowIncomplete;
  const blocked = incomplete.length > 0 && !allowIncomplete;
  if (ranged && !(quiet && clean)) io.stderr.write(`${scannedLine(report, target, unreadableInHook(incomplete), label)}
`);
  if (target.type === "staged" && report.stats.blobs === 0 && report.diagnostics.length === 0 && !quiet && !process.env.GIT_INDEX_FILE) {
    io.stderr.write("leakgate: not run by git commit and nothing is staged, so no file was checked; to check the files as they are: leakgate scan --no-git (or pre-commit run --all-files, lefthook run pre-commit --all-files)\n");
  }
  if (ranged && values.output && !quiet) io.stderr.write(`leakgate: report written to ${values.output}
`);
  if (blocked) io.stderr.write(incompleteHint(target, incomplete, action));
  else if (failing && gate) io.stderr.write(blockedHint(target, action));
  if (!quiet) {
    for (const d of report.diagnostics) if (d.code === "shallow-history" || d.code === "partial-clone") io.stderr.write(`leakgate: WARNING: ${d.detail}
`);
  }
  if (incomplete.length > 0 && allowIncomplete) {
    io.stderr.write(`leakgate: WARNING: ${plural2(incomplete.length, "item")} could not be fully scanned; passed anyway because of ${values["allow-incomplete"] ? "--allow-incomplete" : "allowIncomplete in the config"}
`);
  }
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.cachedBlobs ?? 0} from the cache, ${s.cachedCommits ?? 0} commits not walked again, ${s.durationMs} ms, ${workers} workers
`
    );
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(", ")}
`);
  }
  return blocked ? EXIT_ERROR : failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

// src/cli/main.ts
init_version();
var COMMANDS = {
  scan: scanCommand,
  rules: rulesCommand,
  init: initCommand,
  ignore: ignoreCommand,
  baseline: baselineCommand,
  remediate: remediateCommand,
  install: installCommand,
  uninstall: uninstallCommand
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    const run = command === void 0 ? void 0 : COMMANDS[command];
    if (run) return await run(rest, io);
    switch (command) {
      case "version":
      case "--version":
      case "-V":
        if (command === "version" && (rest.includes("--help") || rest.includes("-h"))) io.stdout.write(`${HELP.version}
`);
        else if (rest.length > 0) throw new InputError(`${command}: takes no arguments, got ${rest.join(" ")}`);
        else io.stdout.write(`${VERSION}
`);
        return EXIT_CLEAN;
      case "help": {
        const [topic, ...more] = rest;
        if (topic === "--help" || topic === "-h") io.stdout.write(`${HELP.help}
`);
        else if (more.length > 0) throw new InputError(`help: expected at most one COMMAND, got ${rest.join(" ")}`);
        else if (topic === void 0) io.stdout.write(`${OVERVIEW}
`);
        else if (HELP[topic] !== void 0) io.stdout.write(`${HELP[topic]}
`);
        else throw new InputError(`help: unknown command "${topic}"; expected one of ${Object.keys(HELP).join(", ")}`);
        return EXIT_CLEAN;
      }
      case void 0:
      case "--help":
      case "-h":
        io.stdout.write(`${OVERVIEW}
`);
        return command === void 0 ? EXIT_ERROR : EXIT_CLEAN;
      default:
        throw new InputError(`unknown command "${command}"; expected one of ${[...Object.keys(COMMANDS), "version", "help"].join(", ")}`);
    }
  } catch (error) {
    if (isScannerError(error)) {
      io.stderr.write(`leakgate: ${error.message}
`);
    } else {
      io.stderr.write(`leakgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    }
    return EXIT_ERROR;
  }
}

// src/launch/relaunch.ts
var import_node_child_process2 = require("node:child_process");
var GC_FLAG = "--single-threaded-gc";
function canRelaunch(execArgv = process.execArgv, env2 = process.env, script = process.argv[1]) {
  const debugging = [...execArgv, ...(env2.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) => arg.startsWith("--inspect"));
  return !execArgv.includes(GC_FLAG) && !debugging && Boolean(script);
}
function relaunch() {
  const child = (0, import_node_child_process2.spawn)(process.execPath, [GC_FLAG, ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: "inherit" });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve18, reject) => {
    child.once("error", (error) => {
      for (const signal of signals) process.off(signal, forward);
      reject(error);
    });
    child.once("exit", (code2, signal) => {
      for (const signal2 of signals) process.off(signal2, forward);
      if (signal) process.kill(process.pid, signal);
      resolve18(code2 ?? 128);
    });
  });
}

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}
void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by the scans that take input (`-`, --pre-push): creating the stream loads a module or two.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  ...canRelaunch() ? { relaunch } : {}
}).then((code2) => {
  process.exitCode = code2;
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code2);
});
