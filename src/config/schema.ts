// Schema of `.leakgate.yaml`: the zod schema is the one source of the Config type. Loaded lazily (zod stays off
// the start-up path of scans without a config file).

import { z } from 'zod';
import { parseSizeText } from '../core/size.js';
import { compileAllowValue } from '../patterns/allow-value.js';
import { FAIL_ON_VALUES } from '../core/fail-on.js';
import { CONFIDENCES } from '../core/rule.js';
import { MAX_NESTING_DEPTH } from '../core/scan-settings.js';
import { ruleInputSchema, severitySchema } from '../ruleset/schema.js';

/** A size in bytes: a whole number, or text such as "512k", "10MB" or "1MiB" (converted to bytes). */
const sizeSchema = z
  .union([z.number().int().min(0), z.string().refine((text) => parseSizeText(text) !== undefined, 'expected a size such as 512k, 10MiB or 1048576')], {
    error: 'expected a size such as 512k, 10MiB or a number of bytes',
  })
  .transform((value) => (typeof value === 'number' ? value : (parseSizeText(value) ?? Number.NaN)));

/** A JavaScript regular expression source that compiles (a leading `(?i)` makes it case-insensitive). */
const regexSchema = z.string().min(1, 'expected a non-empty regular expression').superRefine((value, ctx) => {
  try {
    compileAllowValue(value);
  } catch (error: unknown) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `does not compile as a JavaScript regular expression (${error instanceof Error ? error.message : String(error)})`,
    });
  }
});

const globSchema = z
  .string()
  .min(1, 'expected a glob such as "test/fixtures/**"')
  .refine((glob) => !glob.startsWith('./') && !glob.startsWith('/'), 'expected a glob relative to the repository root, without a leading "./" or "/"');

const ruleIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected a rule id such as "github.pat"');

const allowlistSchema = z.strictObject({
  /** Globs (picomatch): paths never reported. */
  paths: z.array(globSchema).default([]),
  /** Regular expressions searched in the secret. */
  regexes: z.array(regexSchema).default([]),
  /** Exact secret values. */
  values: z.array(z.string().min(1, 'expected a non-empty value')).default([]),
});

const overrideSchema = z.strictObject({
  disabled: z.boolean().default(false),
  severity: severitySchema.optional(),
  allowlist: allowlistSchema.optional(),
});

export const failOnSchema = z.enum(FAIL_ON_VALUES);

/** What `decode.depth` and `archives.depth` accept (the CLI's --decode-depth and --archive-depth too). */
const DECODE_DEPTH = `expected a whole number from 0 to ${MAX_NESTING_DEPTH}`;
const ARCHIVE_DEPTH = DECODE_DEPTH;
const MAX_MEMBERS = 'expected a whole number from 1 to 1000000';
const MAX_RATIO = 'expected a number from 2 to 100000';

export const configSchema = z.strictObject({
  /** `gitleaks`: also load `.gitleaks.toml` rules and allowlists and `.gitleaksignore`. */
  extends: z.enum(['gitleaks']).optional(),
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
  decode: z
    .strictObject({
      /** Levels of nested encodings undone; 0 turns decoding off. */
      depth: z.number({ error: DECODE_DEPTH }).int(DECODE_DEPTH).min(0, DECODE_DEPTH).max(MAX_NESTING_DEPTH, DECODE_DEPTH).optional(),
    })
    .optional(),
  /** Archives (zip and its kin, tar, gzip) opened and their members scanned; limits per blob, over every level. */
  archives: z
    .strictObject({
      /** Levels of nested archives opened; 0 turns archive scanning off. */
      depth: z.number({ error: ARCHIVE_DEPTH }).int(ARCHIVE_DEPTH).min(0, ARCHIVE_DEPTH).max(MAX_NESTING_DEPTH, ARCHIVE_DEPTH).optional(),
      /** Uncompressed bytes one blob's archives may produce. */
      maxBytes: sizeSchema.optional(),
      /** Members one blob's archives may hold. */
      maxMembers: z.number({ error: MAX_MEMBERS }).int(MAX_MEMBERS).min(1, MAX_MEMBERS).max(1_000_000, MAX_MEMBERS).optional(),
      /** Compression ratio past which a member over 1 MiB is taken for a bomb. */
      maxRatio: z.number({ error: MAX_RATIO }).min(2, MAX_RATIO).max(100_000, MAX_RATIO).optional(),
    })
    .optional(),
  /** Size thresholds for the hygiene rules. */
  hygiene: z
    .strictObject({
      maxBlobSize: sizeSchema.optional(),
      paths: z.array(z.strictObject({ glob: globSchema, maxBlobSize: sizeSchema })).default([]),
    })
    .optional(),
});

/** The validated config file, as downstream code sees it (frozen). */
export type Config = Readonly<z.output<typeof configSchema>>;
export type ConfigAllowlist = z.output<typeof allowlistSchema>;
