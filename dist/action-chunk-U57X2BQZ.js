import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FAIL_ON_VALUES,
  MAX_NESTING_DEPTH
} from "./action-chunk-CDOZU2MJ.js";
import {
  buildRuleSpecs,
  ruleInputSchema,
  severitySchema
} from "./action-chunk-2QUSGB3Z.js";
import {
  CONFIDENCES,
  parseSizeText
} from "./action-chunk-3AGHBZKH.js";
import {
  deepFreeze
} from "./action-chunk-62KQBZLI.js";
import {
  ConfigError
} from "./action-chunk-O7PUBUA5.js";
import {
  compileAllowValue
} from "./action-chunk-ESREYKSH.js";
import "./action-chunk-ND6KTPYW.js";

// src/config/load.ts
import { isMap, isScalar, LineCounter, parseDocument } from "./vendor/yaml.cjs";

// src/config/schema.ts
import { z } from "./vendor/zod.cjs";
var sizeSchema = z.union([z.number().int().min(0), z.string().refine((text) => parseSizeText(text) !== void 0, "expected a size such as 512k, 10MiB or 1048576")], {
  error: "expected a size such as 512k, 10MiB or a number of bytes"
}).transform((value) => typeof value === "number" ? value : parseSizeText(value) ?? Number.NaN);
var regexSchema = z.string().min(1, "expected a non-empty regular expression").superRefine((value, ctx) => {
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
var globSchema = z.string().min(1, 'expected a glob such as "test/fixtures/**"').refine((glob) => !glob.startsWith("./") && !glob.startsWith("/"), 'expected a glob relative to the repository root, without a leading "./" or "/"');
var ruleIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected a rule id such as "github.pat"');
var allowlistSchema = z.strictObject({
  /** Globs (picomatch): paths never reported. */
  paths: z.array(globSchema).default([]),
  /** Regular expressions searched in the secret. */
  regexes: z.array(regexSchema).default([]),
  /** Exact secret values. */
  values: z.array(z.string().min(1, "expected a non-empty value")).default([])
});
var overrideSchema = z.strictObject({
  disabled: z.boolean().default(false),
  severity: severitySchema.optional(),
  allowlist: allowlistSchema.optional()
});
var failOnSchema = z.enum(FAIL_ON_VALUES);
var DECODE_DEPTH = `expected a whole number from 0 to ${MAX_NESTING_DEPTH}`;
var ARCHIVE_DEPTH = DECODE_DEPTH;
var MAX_MEMBERS = "expected a whole number from 1 to 1000000";
var MAX_RATIO = "expected a number from 2 to 100000";
var configSchema = z.strictObject({
  /** `gitleaks`: also load `.gitleaks.toml` rules and allowlists and `.gitleaksignore`. */
  extends: z.enum(["gitleaks"]).optional(),
  /** Lowest severity that fails a scan (exit code 1); `none` never fails. */
  failOn: failOnSchema.optional(),
  /**
   * Lowest confidence reported (low, medium, high); findings below it are counted as suppressed. Default: low for
   * audits and directory scans, medium for the hooks and the Action.
   */
  minConfidence: z.enum(CONFIDENCES).optional(),
  /**
   * Let the hooks and the Action pass a scan that could not look at everything (a blob too large for the secret
   * rules, a rule stopped by --blob-timeout, a blob missing from the object store). Default false: they exit 2.
   */
  allowIncomplete: z.boolean().optional(),
  /** Baseline file, relative to the config file's directory. */
  baseline: z.string().min(1).optional(),
  /** Paths, regexes and values allowed for every rule. */
  allowlist: allowlistSchema.optional(),
  /** Custom rules, in the format of the built-in packs (with their own examples); regex rules only (file-level and structured detectors go in a rule pack, `--rules FILE`). */
  rules: z.array(ruleInputSchema.extend({ pattern: z.string().min(1) })).default([]),
  /** Per-rule changes, keyed by rule id. */
  overrides: z.record(ruleIdSchema, overrideSchema).default({}),
  /** Encoded text (base64, hex, percent-encoding, escapes) decoded and scanned again. */
  decode: z.strictObject({
    /** Levels of nested encodings undone; 0 turns decoding off. */
    depth: z.number({ error: DECODE_DEPTH }).int(DECODE_DEPTH).min(0, DECODE_DEPTH).max(MAX_NESTING_DEPTH, DECODE_DEPTH).optional()
  }).optional(),
  /** Archives (zip and its kin, tar, gzip) opened and their members scanned; limits per blob, over every level. */
  archives: z.strictObject({
    /** Levels of nested archives opened; 0 turns archive scanning off. */
    depth: z.number({ error: ARCHIVE_DEPTH }).int(ARCHIVE_DEPTH).min(0, ARCHIVE_DEPTH).max(MAX_NESTING_DEPTH, ARCHIVE_DEPTH).optional(),
    /** Uncompressed bytes one blob's archives may produce. */
    maxBytes: sizeSchema.optional(),
    /** Members one blob's archives may hold. */
    maxMembers: z.number({ error: MAX_MEMBERS }).int(MAX_MEMBERS).min(1, MAX_MEMBERS).max(1e6, MAX_MEMBERS).optional(),
    /** Compression ratio past which a member over 1 MiB is taken for a bomb. */
    maxRatio: z.number({ error: MAX_RATIO }).min(2, MAX_RATIO).max(1e5, MAX_RATIO).optional()
  }).optional(),
  /** Size thresholds for the hygiene rules. */
  hygiene: z.strictObject({
    maxBlobSize: sizeSchema.optional(),
    paths: z.array(z.strictObject({ glob: globSchema, maxBlobSize: sizeSchema })).default([])
  }).optional()
});

// src/config/load.ts
function fieldName(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("") || "(top level)";
}
function truncate(text, max) {
  if (text === void 0) return "undefined";
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
function lineOf(doc, counter, path, key) {
  let node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  for (let up = path.length - 1; node === void 0 && up >= 0; up--) node = up === 0 ? doc.contents : doc.getIn(path.slice(0, up), true);
  if (key !== void 0 && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range2 = pair && isScalar(pair.key) ? pair.key.range : void 0;
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
      out.push(`${where}: ${fieldName(path)}: ${issue.message}, got ${truncate(JSON.stringify(input), 80)}`);
    }
  }
  return out;
}
function parseConfig(text, file) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
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
export {
  parseConfig
};
