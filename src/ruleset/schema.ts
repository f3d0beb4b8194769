// Schema of a rule pack file (rules/*.yaml and user packs): the zod schema is the one source of the input type.

import { z } from 'zod';

const ruleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/, 'expected a lower-case dotted id such as "github.pat"');

export const severitySchema = z.enum(['critical', 'high', 'medium', 'low', 'info']);
const kindSchema = z.enum(['secret', 'credential', 'hygiene']);
const precisionSchema = z.enum(['very-high', 'high', 'medium', 'low']);

const exampleSchema = z.union([z.string(), z.strictObject({ path: z.string().min(1), text: z.string() })]);

export const ruleInputSchema = z.strictObject({
  id: ruleId,
  kind: kindSchema.optional(),
  description: z.string().min(1),
  severity: severitySchema,
  precision: precisionSchema.optional(),
  keywords: z.array(z.string().min(2, 'expected a keyword of at least 2 characters')).default([]),
  pattern: z.string().min(1),
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
