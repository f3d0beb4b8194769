import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  CONFIDENCES,
  FILE_DETECTORS,
  SEVERITIES,
  parseSizeText
} from "./action-chunk-3AGHBZKH.js";
import {
  compileRe2,
  deepFreeze
} from "./action-chunk-62KQBZLI.js";
import {
  ConfigError
} from "./action-chunk-O7PUBUA5.js";

// src/ruleset/parse-pack.ts
import { parseDocument } from "./vendor/yaml.cjs";

// src/ruleset/schema.ts
import { z } from "./vendor/zod.cjs";
var ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, 'expected a lower-case dotted id such as "github.pat"');
var severitySchema = z.enum(SEVERITIES);
var kindSchema = z.enum(["secret", "credential", "hygiene"]);
var precisionSchema = z.enum(["very-high", "high", "medium", "low"]);
var confidenceSchema = z.enum(CONFIDENCES);
var sizeSchema = z.union([z.number().int().min(0), z.string()]);
var thresholdSchema = sizeSchema.optional();
var exampleSchema = z.union([
  z.string(),
  z.strictObject({ path: z.string().min(1), text: z.string().optional(), head: z.string().optional(), size: sizeSchema.optional() })
]);
var detectorSchema = z.enum(["kubernetes-secret", "credential-assignment", "credential-config", "file", "large-blob", "binary-artefact", "dependency-folder"]);
var magicSchema = z.strictObject({
  name: z.string().min(1),
  offset: z.number().int().min(0).max(4096).default(0),
  hex: z.string().regex(/^(?:[0-9a-fA-F]{2})+$/, "expected an even number of hex digits").optional(),
  /** The same as `hex`, written as text (one byte per character, YAML escapes such as \x00 allowed). */
  text: z.string().min(1).optional(),
  binary: z.boolean().default(true),
  verify: z.string().optional()
});
var folderSchema = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), evidence: z.array(z.string().min(1)).default([]) })
]);
var sizeLimitSchema = z.strictObject({
  paths: z.array(z.string()).default([]),
  warn: thresholdSchema,
  error: thresholdSchema
});
var ruleInputSchema = z.strictObject({
  id: ruleId,
  kind: kindSchema.optional(),
  description: z.string().min(1),
  severity: severitySchema,
  precision: precisionSchema.optional(),
  confidence: confidenceSchema.optional(),
  keywords: z.array(z.string().min(2, "expected a keyword of at least 2 characters")).default([]),
  /** Exactly one of `pattern` and `detector`. */
  pattern: z.string().min(1).optional(),
  detector: detectorSchema.optional(),
  magic: z.array(magicSchema).optional(),
  folders: z.array(folderSchema).optional(),
  sizeLimits: z.array(sizeLimitSchema).optional(),
  keepWithContent: z.boolean().optional(),
  /** The secret is a URL's password: a match at a documentation host (example.com...) is a counted example. */
  documentationHosts: z.boolean().optional(),
  flags: z.string().regex(/^[ims]*$/, 'expected any of the flags "i", "m", "s"').default(""),
  secretGroup: z.number().int().min(0).max(20).default(0),
  minEntropy: z.number().min(0).max(8).optional(),
  validate: z.string().optional(),
  allowValues: z.array(z.string()).default([]),
  paths: z.array(z.string()).default([]),
  excludePaths: z.array(z.string()).default([]),
  skipPlaceholderCheck: z.boolean().default(false),
  /** Every match of `pattern` starts with one of `keywords`: the engine tries the pattern only where they occur. */
  startsWithKeyword: z.boolean().optional(),
  tags: z.array(z.string()).default([]),
  references: z.array(z.string()).default([]),
  remediation: z.string().optional(),
  examples: z.strictObject({
    match: z.array(exampleSchema).min(1, "expected at least one example that must match"),
    ignore: z.array(exampleSchema).min(1, "expected at least one example that must not match")
  })
});
var rulePackSchema = z.strictObject({
  pack: z.string().regex(/^[a-z0-9-]+$/, "expected a lower-case pack name"),
  description: z.string().optional(),
  /** Default kind for the pack's rules. */
  kind: kindSchema.default("secret"),
  rules: z.array(ruleInputSchema).min(1)
});

// src/ruleset/parse-pack.ts
function sizeOf(value, allowOff) {
  if (typeof value === "number") return value;
  if (allowOff && value.trim().toLowerCase() === "off") return "off";
  return parseSizeText(value);
}
var DEFAULT_REMEDIATION = {
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
  const doc = parseDocument(text, { prettyErrors: true });
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

export {
  severitySchema,
  ruleInputSchema,
  formatZodIssues,
  parseRulePack,
  buildRuleSpecs,
  confidenceOf
};
