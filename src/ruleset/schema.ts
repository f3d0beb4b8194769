// Schema of a rule pack file (rules/*.yaml and user packs): the zod schema is the one source of the input type.

import { z } from 'zod';
import { CONFIDENCES, SEVERITIES } from '../core/rule.js';

const ruleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, 'expected a lower-case dotted id such as "github.pat"');

export const severitySchema = z.enum(SEVERITIES);
const kindSchema = z.enum(['secret', 'credential', 'hygiene']);
const precisionSchema = z.enum(['very-high', 'high', 'medium', 'low']);
const confidenceSchema = z.enum(CONFIDENCES);

/** A size in bytes: a whole number, or text such as "1MiB", "512k", "10 MB" (converted, with messages, in parse-pack). */
const sizeSchema = z.union([z.number().int().min(0), z.string()]);

/** A size threshold, or "off" for none. */
const thresholdSchema = sizeSchema.optional();

const exampleSchema = z.union([
  z.string(),
  z.strictObject({ path: z.string().min(1), text: z.string().optional(), head: z.string().optional(), size: sizeSchema.optional() }),
]);

export const detectorSchema = z.enum(['kubernetes-secret', 'credential-assignment', 'credential-config', 'file', 'large-blob', 'binary-artefact', 'dependency-folder']);

const magicSchema = z.strictObject({
  name: z.string().min(1),
  offset: z.number().int().min(0).max(4096).default(0),
  hex: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{2})+$/, 'expected an even number of hex digits')
    .optional(),
  /** The same as `hex`, written as text (one byte per character, YAML escapes such as \x00 allowed). */
  text: z.string().min(1).optional(),
  binary: z.boolean().default(true),
  verify: z.string().optional(),
});

const folderSchema = z.union([
  z.string().min(1),
  z.strictObject({ name: z.string().min(1), evidence: z.array(z.string().min(1)).default([]) }),
]);

const sizeLimitSchema = z.strictObject({
  paths: z.array(z.string()).default([]),
  warn: thresholdSchema,
  error: thresholdSchema,
});

export const ruleInputSchema = z.strictObject({
  id: ruleId,
  kind: kindSchema.optional(),
  description: z.string().min(1),
  severity: severitySchema,
  precision: precisionSchema.optional(),
  confidence: confidenceSchema.optional(),
  keywords: z.array(z.string().min(2, 'expected a keyword of at least 2 characters')).default([]),
  /** Exactly one of `pattern` and `detector`. */
  pattern: z.string().min(1).optional(),
  detector: detectorSchema.optional(),
  magic: z.array(magicSchema).optional(),
  folders: z.array(folderSchema).optional(),
  sizeLimits: z.array(sizeLimitSchema).optional(),
  keepWithContent: z.boolean().optional(),
  /** The secret is a URL's password: a match at a documentation host (example.com...) is a counted example. */
  documentationHosts: z.boolean().optional(),
  flags: z
    .string()
    .regex(/^[ims]*$/, 'expected any of the flags "i", "m", "s"')
    .default(''),
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
    match: z.array(exampleSchema).min(1, 'expected at least one example that must match'),
    ignore: z.array(exampleSchema).min(1, 'expected at least one example that must not match'),
  }),
});

export const rulePackSchema = z.strictObject({
  pack: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case pack name'),
  description: z.string().optional(),
  /** Default kind for the pack's rules. */
  kind: kindSchema.default('secret'),
  rules: z.array(ruleInputSchema).min(1),
});

export type RuleInput = z.infer<typeof ruleInputSchema>;
export type RulePackInput = z.infer<typeof rulePackSchema>;
