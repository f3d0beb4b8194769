// `leakgate rules --check`: lints rule packs and runs every rule's own examples through the real engine.

import type { RuleExample, RuleSpec } from './core/types.js';
import { createDetector } from './engine/detect.js';
import { resolveOverlaps } from './engine/overlap.js';
import { compilePathTests } from './engine/paths.js';
import { materializeExample } from './rule-examples.js';

/** Keywords shorter than this would let almost every blob through the prefilter. */
export const MIN_KEYWORD_LENGTH = 3;

export interface ExampleOutcome {
  readonly ruleId: string;
  readonly kind: 'match' | 'ignore';
  readonly index: number;
  /** Findings of this rule the example produced. */
  readonly count: number;
  readonly ok: boolean;
  readonly text: string;
}

function exampleText(example: RuleExample): string {
  return typeof example === 'string' ? example : example.text;
}

/** The example as the engine will see it (placeholders expanded), or its template when it cannot be expanded. */
function expandedText(example: RuleExample, seed: string): string {
  try {
    return materializeExample(example, seed).text;
  } catch {
    return exampleText(example);
  }
}

/** Static checks of a rule: keywords versus examples, duplicate examples. */
export function lintRule(rule: RuleSpec): string[] {
  const problems: string[] = [];
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
    const text = expandedText(example, `${rule.id}/match/${i}`).toLowerCase();
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => text.includes(k))) {
      problems.push(`${where}: examples.match[${i}] holds none of the keywords [${rule.keywords.join(', ')}]; the prefilter would hide it`);
    }
  });
  for (const kind of ['match', 'ignore'] as const) {
    const seen = new Set<string>();
    rule.examples[kind].forEach((example, i) => {
      const key = JSON.stringify(example);
      if (seen.has(key)) problems.push(`${where}: examples.${kind}[${i}] is a duplicate`);
      seen.add(key);
    });
  }
  return problems;
}

/** Runs the examples of `subjects` with every rule of `all` in effect (so overlaps resolve as in a real scan). */
export async function runExamples(all: readonly RuleSpec[], subjects: readonly RuleSpec[]): Promise<ExampleOutcome[]> {
  const detector = createDetector(all);
  const tests = await compilePathTests(all);
  const byId = new Map(all.map((r) => [r.id, r]));
  const outcomes: ExampleOutcome[] = [];
  for (const rule of subjects) {
    for (const kind of ['match', 'ignore'] as const) {
      rule.examples[kind].forEach((example, index) => {
        let count = 0;
        let text = '';
        try {
          const made = materializeExample(example, `${rule.id}/${kind}/${index}`);
          text = made.text;
          const scan = detector.scan({ id: 'example', bytes: Buffer.from(made.text, 'utf8') });
          const kept = scan.matches.filter((m) => tests.get(m.ruleId)?.(made.path) ?? true);
          count = resolveOverlaps(kept, (id) => byId.get(id)).filter((m) => m.ruleId === rule.id).length;
        } catch (error: unknown) {
          text = `${exampleText(example)} (${error instanceof Error ? error.message : String(error)})`;
          count = -1;
        }
        const ok = kind === 'match' ? count === 1 : count === 0;
        outcomes.push({ ruleId: rule.id, kind, index, count, ok, text });
      });
    }
  }
  return outcomes;
}

/** Every problem with the given rules: lint findings, then failing examples. */
export async function checkRules(all: readonly RuleSpec[], subjects: readonly RuleSpec[]): Promise<string[]> {
  const problems = subjects.flatMap(lintRule);
  for (const outcome of await runExamples(all, subjects)) {
    if (outcome.ok) continue;
    const rule = subjects.find((r) => r.id === outcome.ruleId);
    const expected = outcome.kind === 'match' ? 'exactly one finding' : 'no finding';
    const got = outcome.count < 0 ? 'an error' : `${outcome.count}`;
    problems.push(
      `${rule?.source ?? ''}: ${outcome.ruleId}: examples.${outcome.kind}[${outcome.index}] should give ${expected} of this rule, got ${got}: ${JSON.stringify(outcome.text.slice(0, 200))}`,
    );
  }
  return problems;
}
