// `npm run bench:engines`: user rules (Go syntax, as in gitleaks configs and `.leakgate.yaml`) on the engine that
// runs them, RE2 (re2js, linear time), against the same rules translated to JavaScript on V8's backtracking engine,
// scanning every unique blob of a repository's history in-process (one thread, no workers, no decoding: only the
// rules differ). Also counts how many of the translated rules V8's linear engine (`--enable-experimental-regexp-engine`,
// flag `l`) accepts at all. Prints a markdown table; never part of `npm test`.
//
//   npm run bench:engines -- --repo PATH [--rules N] [--runs N] [--max-mb N] [--shape lazy-prefix|keyword-first]
//
// Shapes of the name-near-value rules (half of the set; the other half are prefixed tokens): `lazy-prefix` starts
// with a lazy `[\w.-]{0,30}?` before the name, as generated generic rules do (a backtracking engine tries it at every
// position); `keyword-first` starts with the name.

import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { createDetector } from '../src/engine/detect.js';
import { translateGoRegex } from '../src/config/go-regex.js';
import { loadRe2 } from '../src/patterns/re2.js';
import type { RuleSpec } from '../src/core/rule.js';
import { random } from './generate.js';
import { median, readRepoBlobs } from './measure.js';

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    rules: { type: 'string' },
    runs: { type: 'string' },
    'max-mb': { type: 'string' },
    shape: { type: 'string' },
  },
});
if (!values.repo) throw new Error('--repo PATH: the repository whose history is scanned (a bare mirror is fine)');
const ruleCount = Number(values.rules ?? 50);
const runs = Number(values.runs ?? 3);
const maxBytes = Number(values['max-mb'] ?? 400) * 1024 * 1024;
const shape = values.shape ?? 'keyword-first';
if (shape !== 'lazy-prefix' && shape !== 'keyword-first') throw new Error(`--shape: expected lazy-prefix or keyword-first, got "${shape}"`);

/** Words that occur in ordinary code, so that the name-near-value rules' keywords let blobs through to the regexes. */
const COMMON = ['key', 'token', 'secret', 'password', 'auth', 'api', 'client', 'access', 'private', 'session', 'cookie', 'signature'];
const SYLLABLES = ['ka', 'zo', 'vi', 'ru', 'mex', 'tor', 'lan', 'qui', 'sev', 'dra', 'pol', 'nu'];

/** `count` Go-syntax rules shaped like a gitleaks config's: name-near-value rules on common words, prefixed tokens. */
function goRules(count: number): { id: string; regex: string; keywords: string[]; secretGroup: number }[] {
  const next = random('bench-engines');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const word = COMMON[(i / 2) % COMMON.length]!;
      const length = 16 + (i % 5) * 8;
      const value = i % 4 === 0 ? `[a-z0-9]{${length}}` : `[A-Za-z0-9_-]{${length},${length + 16}}`;
      out.push({
        id: `bench.${word}-${i}`,
        regex: `(?i)${shape === 'lazy-prefix' ? '[\\w.-]{0,30}?' : '\\b'}${word}[\\w.-]{0,20}[\\s'"]{0,3}(?:=|:|=>|:=)[\\s'"]{0,5}(${value})(?:['"\\s;,]|$)`,
        keywords: [word],
        secretGroup: 1,
      });
    } else {
      const prefix = `${pick(SYLLABLES)}${pick(SYLLABLES)}${i}_`;
      out.push({ id: `bench.${prefix}token`, regex: `\\b(${prefix}[A-Za-z0-9]{${24 + (i % 16)}})\\b`, keywords: [prefix], secretGroup: 1 });
    }
  }
  return out;
}

function spec(rule: { id: string; keywords: string[]; secretGroup: number }, pattern: string, flags: string, syntax?: 're2'): RuleSpec {
  return {
    id: rule.id,
    kind: 'secret',
    description: rule.id,
    severity: 'high',
    precision: 'medium',
    confidence: 'medium',
    keywords: rule.keywords,
    pattern,
    ...(syntax ? { syntax } : {}),
    flags,
    secretGroup: rule.secretGroup,
    allowValues: [],
    paths: [],
    excludePaths: [],
    skipPlaceholderCheck: false,
    tags: [],
    references: [],
    remediation: '',
    examples: { match: [], ignore: [] },
    source: 'bench',
  };
}

setFlagsFromString('--enable-experimental-regexp-engine');
await loadRe2();
const rules = goRules(ruleCount);
const re2Specs = rules.map((r) => spec(r, r.regex, '', 're2'));
const v8Specs = rules.map((r) => {
  const t = translateGoRegex(r.regex);
  return spec(r, t.source, t.flags);
});
const linearAccepted = v8Specs.filter((s) => {
  try {
    new RegExp(s.pattern, `g${s.flags}l`);
    return true;
  } catch {
    return false;
  }
}).length;
const linearWithIndices = v8Specs.filter((s) => {
  try {
    new RegExp(s.pattern, `gd${s.flags}l`);
    return true;
  } catch {
    return false;
  }
}).length;

const blobs = readRepoBlobs(values.repo, { maxSize: 1 << 20, maxBytes }).map((b) => b.bytes);
const bytes = blobs.reduce((n, b) => n + b.length, 0);
process.stderr.write(`${blobs.length} blobs, ${(bytes / 1048576).toFixed(1)} MiB, ${rules.length} rules (${shape})\n`);

/** Seconds to scan every blob with `specs`, and the matches found. */
function scanAll(specs: readonly RuleSpec[]): { seconds: number; matches: number } {
  const detector = createDetector(specs, { decodeDepth: 0 });
  const started = performance.now();
  let matches = 0;
  blobs.forEach((bytes, i) => {
    matches += detector.scan({ id: String(i), bytes }).matches.length;
  });
  return { seconds: (performance.now() - started) / 1000, matches };
}

const none = rules.map((r) => spec({ ...r, keywords: ['\u0001never\u0001'] }, 'x', ''));
const times: Record<'re2' | 'v8' | 'none', number[]> = { re2: [], v8: [], none: [] };
const found: Record<'re2' | 'v8', number> = { re2: 0, v8: 0 };
for (let run = 0; run < runs; run++) {
  // Alternating order: the shared machine's speed drifts.
  const order = run % 2 === 0 ? (['v8', 're2', 'none'] as const) : (['re2', 'v8', 'none'] as const);
  for (const engine of order) {
    const result = scanAll(engine === 're2' ? re2Specs : engine === 'v8' ? v8Specs : none);
    times[engine].push(result.seconds);
    if (engine !== 'none') found[engine] = result.matches;
  }
}
const floor = median(times.none);
const re2 = median(times.re2);
const v8 = median(times.v8);
const lines = [
  `| engine | scan of ${blobs.length} blobs (${(bytes / 1048576).toFixed(0)} MiB), median of ${runs} | the rules' share (minus the prefilter-only pass) | matches |`,
  '|---|---|---|---|',
  `| V8 backtracking (translated) | ${v8.toFixed(2)} s | ${(v8 - floor).toFixed(2)} s | ${found.v8} |`,
  `| RE2 (re2js) | ${re2.toFixed(2)} s | ${(re2 - floor).toFixed(2)} s | ${found.re2} |`,
  `| prefilter only (no keyword occurs) | ${floor.toFixed(2)} s | | |`,
  '',
  `RE2 / V8: ${(re2 / v8).toFixed(2)}x the scan, ${((re2 - floor) / Math.max(v8 - floor, 1e-9)).toFixed(1)}x the rules' own time.`,
  `V8's linear engine accepts ${linearAccepted} of ${rules.length} translated rules (${linearWithIndices} with the \`d\` flag that gives group offsets).`,
];
process.stdout.write(`${lines.join('\n')}\n`);
