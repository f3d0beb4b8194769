// A rule's documentation (links, remediation, examples), looked up explicitly. A rule parsed from a pack carries its
// own; the bundle's built-in rules keep theirs in a file beside it (PRECOMPILED_RULE_DOCS, written by the build), which
// is read and parsed only the first time something asks: a hook that finds nothing never reads it.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleDocs, RuleSpec } from '../core/rule.js';

/** Name of the built-in rules' documentation file (by rule id) that the build writes next to the bundle. */
export const PRECOMPILED_RULE_DOCS = 'builtin-rule-docs.json';
export const DOC_FIELDS = ['remediation', 'references', 'examples'] as const;

export const EMPTY_DOCS: RuleDocs = Object.freeze({
  remediation: '',
  references: Object.freeze([]),
  examples: Object.freeze({ match: Object.freeze([]), ignore: Object.freeze([]) }),
});

let builtinDocs: Map<string, RuleDocs> | undefined;

/**
 * The rule's documentation: its own fields, else the built-in documentation file's entry for its id, else empty.
 * A missing or unreadable file, or a field of the wrong type, gives empty documentation, never an error.
 */
export function ruleDocs(rule: RuleSpec): RuleDocs {
  if (hasOwnDocs(rule)) return { remediation: rule.remediation, references: rule.references, examples: rule.examples };
  const stored = readBuiltinDocs().get(rule.id) ?? EMPTY_DOCS;
  return { remediation: rule.remediation ?? stored.remediation, references: rule.references ?? stored.references, examples: rule.examples ?? stored.examples };
}

/** The rule with its documentation as own fields (frozen), for what renders it. */
export function documented(rule: RuleSpec): RuleSpec & RuleDocs {
  return hasOwnDocs(rule) ? rule : Object.freeze({ ...rule, ...ruleDocs(rule) });
}

/** A rule parsed from a pack: it carries its documentation itself. */
function hasOwnDocs(rule: RuleSpec): rule is RuleSpec & RuleDocs {
  return rule.remediation !== undefined && rule.references !== undefined && rule.examples !== undefined;
}

function readBuiltinDocs(): Map<string, RuleDocs> {
  if (builtinDocs) return builtinDocs;
  builtinDocs = new Map();
  const file = join(dirname(fileURLToPath(import.meta.url)), PRECOMPILED_RULE_DOCS);
  let parsed: unknown;
  try {
    parsed = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return builtinDocs;
  for (const [id, doc] of Object.entries(parsed as Record<string, unknown>)) {
    if (!doc || typeof doc !== 'object') continue;
    const { remediation, references, examples } = doc as { remediation?: unknown; references?: unknown; examples?: { match?: unknown; ignore?: unknown } };
    builtinDocs.set(
      id,
      Object.freeze({
        remediation: typeof remediation === 'string' ? remediation : EMPTY_DOCS.remediation,
        references: Array.isArray(references) && references.every((r) => typeof r === 'string') ? Object.freeze(references as string[]) : EMPTY_DOCS.references,
        examples:
          examples && Array.isArray(examples.match) && Array.isArray(examples.ignore)
            ? Object.freeze(examples as RuleDocs['examples'])
            : EMPTY_DOCS.examples,
      }),
    );
  }
  return builtinDocs;
}
