// `leakgate rules --check`: lints rule packs and runs every rule's own examples through the real engine.

import { createHash } from 'node:crypto';
import { FILE_DETECTORS, type RuleExample, type RuleSpec } from '../core/rule.js';
import { createDetector, scanBlob } from '../engine/detect.js';
import { FileRuleSet } from '../engine/file-rules.js';
import { resolveOverlaps } from '../engine/overlap.js';
import { compilePathTests } from '../engine/paths.js';
import { expandExample, materializeExample } from './examples.js';
import { ruleDocs } from '../ruleset/docs.js';
import { backtrackingProblems } from './backtracking.js';

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

function isFileRule(rule: RuleSpec): boolean {
  return rule.detector !== undefined && FILE_DETECTORS.includes(rule.detector);
}

/** How many findings of `rule` a file-level example gives: its path, its head (or text) and its size. */
function runFileExample(ruleSet: FileRuleSet, rule: RuleSpec, example: RuleExample, seed: string): { count: number; text: string } {
  if (typeof example === 'string') return { count: -1, text: example };
  const bytes = example.head !== undefined ? Buffer.from(expandExample(example.head, seed), 'latin1') : Buffer.from(expandExample(example.text, seed), 'utf8');
  const size = Math.max(example.size ?? bytes.byteLength, bytes.byteLength);
  const id = createHash('sha1').update(`blob ${size}\0`).update(bytes).digest('hex');
  const facts = ruleSet.inspect(bytes, size);
  const hits = ruleSet.evaluate([{ path: example.path, blobIds: [id] }], (blobId) => (blobId === id && ruleSet.isNotable(facts) ? facts : undefined));
  const count = hits.filter((h) => h.rule.id === rule.id && ruleSet.summarize(h) !== undefined).length;
  return { count, text: `${example.path} (${size} bytes)` };
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
    if (!ruleDocs(rule).examples.match.some((e, i) => expandedText(e, `${rule.id}/match/${i}`).toLowerCase().includes(keyword))) {
      problems.push(`${where}: keyword "${keyword}" occurs in no match example; add an example that exercises it`);
    }
  }
  ruleDocs(rule).examples.match.forEach((example, i) => {
    const original = expandedText(example, `${rule.id}/match/${i}`);
    const text = original.toLowerCase();
    if (rule.keywords.length > 0 && !rule.keywords.some((k) => text.includes(k))) {
      problems.push(`${where}: examples.match[${i}] holds none of the keywords [${rule.keywords.join(', ')}]; the prefilter would hide it`);
    }
  });
  if (rule.startsWithKeyword && rule.pattern && rule.syntax !== 're2') {
    // The engine tries the pattern only where a keyword starts; a match that could start anywhere else would be
    // missed. Checked at every position of every example (not only where a search's matches fall).
    const sticky = new RegExp(rule.pattern, `y${rule.flags}`);
    for (const kind of ['match', 'ignore'] as const) {
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
    for (const problem of backtrackingProblems(rule.pattern, rule.flags, rule.syntax === 're2')) problems.push(`${where}: pattern: ${problem}`);
  }
  for (const kind of ['match', 'ignore'] as const) {
    const seen = new Set<string>();
    ruleDocs(rule).examples[kind].forEach((example, i) => {
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
  const fileRules = await FileRuleSet.compile(all);
  const tests = await compilePathTests(all);
  const byId = new Map(all.map((r) => [r.id, r]));
  const outcomes: ExampleOutcome[] = [];
  for (const rule of subjects) {
    for (const kind of ['match', 'ignore'] as const) {
      for (const [index, example] of ruleDocs(rule).examples[kind].entries()) {
        let count = 0;
        let text = '';
        const seed = `${rule.id}/${kind}/${index}`;
        try {
          if (isFileRule(rule)) {
            ({ count, text } = runFileExample(fileRules, rule, example, seed));
          } else {
            const made = materializeExample(example, seed);
            text = made.text;
            const scan = await scanBlob(detector, { id: 'example', bytes: Buffer.from(made.text, 'utf8') });
            const kept = scan.matches.filter((m) => tests.get(m.ruleId)?.(made.path) ?? true);
            count = resolveOverlaps(kept, (id) => byId.get(id)).filter((m) => m.ruleId === rule.id && m.example === undefined).length;
          }
        } catch (error: unknown) {
          text = `${exampleText(example)} (${error instanceof Error ? error.message : String(error)})`;
          count = -1;
        }
        const ok = kind === 'match' ? count === 1 : count === 0;
        outcomes.push({ ruleId: rule.id, kind, index, count, ok, text });
      }
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
