// The bench's accuracy section (`npm run bench -- --sections accuracy`): every format of bench/accuracy-corpus.ts
// scanned by the engine with the built-in rules, as a scan would (path limits, overlaps, file rules): recall on the
// real-looking files, with the confidence of what was found, and false findings on the quiet twins.

import { createHash } from 'node:crypto';
import type { Confidence, RuleSpec } from '../src/core/rule.js';
import type { Match } from '../src/core/types.js';
import { createDetector, scanBlob, type Detector } from '../src/engine/detect.js';
import { FileRuleSet } from '../src/engine/file-rules.js';
import { resolveOverlaps } from '../src/engine/overlap.js';
import { compilePathTests } from '../src/engine/paths.js';
import { expandExample } from '../src/rulecheck/examples.js';
import { loadBuiltinRulesFromYaml } from '../src/ruleset/load.js';
import { FORMATS, QUIET, type Format } from './accuracy-corpus.js';

/** Hand-typed passwords' first halves (the second is four digits). */
const WORDS = ['Winter', 'Summer', 'Autumn', 'Spring', 'Monkey', 'Dragon', 'Sunshine', 'Football', 'Princess', 'Charlie', 'Liverpool', 'Bailey'];

/** A value template with `{word}` and `{b64:...}` (base64 of the inner value) besides the example placeholders. */
export function makeValue(template: string, seed: string): string {
  let n = 0;
  const words = template.replace(/\{word\}/g, () => WORDS[createHash('sha1').update(`${seed}/${n++}`).digest()[0]! % WORDS.length]!);
  const inner = /^\{b64:(.*)\}$/.exec(words);
  if (inner) return Buffer.from(makeValue(inner[1]!, seed), 'utf8').toString('base64');
  return expandExample(words, seed);
}

interface Outcome {
  readonly found: boolean;
  readonly confidence?: Confidence;
  readonly falseFindings: number;
  readonly twins: number;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

class Scanner {
  private constructor(
    private readonly rules: ReadonlyMap<string, RuleSpec>,
    private readonly detector: Detector,
    private readonly tests: Awaited<ReturnType<typeof compilePathTests>>,
    private readonly files: FileRuleSet,
  ) {}

  static async create(): Promise<Scanner> {
    const rules = await loadBuiltinRulesFromYaml();
    return new Scanner(new Map(rules.map((r) => [r.id, r])), createDetector(rules), await compilePathTests(rules), await FileRuleSet.compile(rules));
  }

  /** The confidences of what a scan reports for one file at `path` (content findings, then file findings). */
  async findings(path: string, text: string): Promise<Confidence[]> {
    const bytes = Buffer.from(text, 'utf8');
    const id = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    const scan = await scanBlob(this.detector, { id, bytes });
    const kept = scan.matches.filter((m) => m.example === undefined && (this.tests.get(m.ruleId)?.(path) ?? true));
    const content = resolveOverlaps(kept, (rule) => this.rules.get(rule)).map((m) => this.confidenceOf(m));
    const facts = this.files.inspect(bytes, bytes.length);
    const hits = this.files.evaluate([{ path, blobIds: [id] }], (blobId) => (blobId === id && this.files.isNotable(facts, path) ? facts : undefined));
    const files = hits
      .filter((h) => this.files.summarize(h) !== undefined)
      // A credential file whose values content rules report is one finding, as in a scan (scan/files.ts).
      .filter((h) => !(h.rule.detector === 'file' && h.rule.kind === 'credential' && !h.rule.keepWithContent && content.length > 0))
      .map((h) => h.rule.confidence);
    return [...content, ...files];
  }

  private confidenceOf(m: Match): Confidence {
    return m.confidence ?? this.rules.get(m.ruleId)?.confidence ?? 'low';
  }
}

async function measureFormat(scanner: Scanner, format: Format, index: number): Promise<Outcome> {
  const value = makeValue(format.value, `accuracy/${index}`);
  const real = await scanner.findings(format.path, format.text.replace('$V', () => value));
  const best = real.sort((a, b) => RANK[b] - RANK[a])[0];
  const twins = format.quiet === false ? [] : (format.quiet ?? QUIET);
  let falseFindings = 0;
  for (const twin of twins) falseFindings += (await scanner.findings(format.path, format.text.replace('$V', () => twin))).length;
  return { found: best !== undefined, ...(best ? { confidence: best } : {}), falseFindings, twins: twins.length };
}

/** The accuracy tables: per format, then totals by confidence. */
export async function accuracyTables(): Promise<{ perFormat: string[][]; totals: string[][]; summary: string }> {
  const scanner = await Scanner.create();
  const perFormat: string[][] = [];
  let found = 0;
  let twins = 0;
  let falseFindings = 0;
  const byConfidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
  for (const [i, format] of FORMATS.entries()) {
    const o = await measureFormat(scanner, format, i);
    if (o.found) found++;
    if (o.confidence) byConfidence[o.confidence]++;
    twins += o.twins;
    falseFindings += o.falseFindings;
    perFormat.push([format.name, `\`${format.path}\``, o.found ? 'yes' : 'NO', o.confidence ?? '-', o.twins === 0 ? 'n/a (by name)' : `${o.falseFindings} / ${o.twins}`]);
  }
  const n = FORMATS.length;
  const totals = [
    ['formats', String(n)],
    ['recall', `${found} / ${n} (${((found / n) * 100).toFixed(0)}%)`],
    ['found at high / medium / low', `${byConfidence.high} / ${byConfidence.medium} / ${byConfidence.low}`],
    ['false findings on quiet twins', `${falseFindings} in ${twins} files`],
  ];
  return { perFormat, totals, summary: `recall ${found}/${n}, ${falseFindings} false findings in ${twins} quiet twins` };
}
