// Every example of the hygiene and credential packs, committed to a throwaway repository and scanned through the
// CLI as users run it: each match example gives a finding of its rule at its path, each ignore example none.
// File examples become real files: `head` bytes (generated from the pack at run time) padded to `size`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_DETECTORS, type RuleExample, type RuleSpec } from '../../src/core/rule.js';
import { expandExample } from '../../src/rulecheck/examples.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { createRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';

const rules = (await loadBuiltinRulesFromYaml()).filter((r) => r.source === 'rules/hygiene.yaml' || r.source === 'rules/credentials.yaml');

/** The bytes of an example file: text, or head padded to its size (NUL filler after a binary head, newlines after text). */
function exampleBytes(rule: RuleSpec, example: RuleExample, seed: string): { path: string; bytes: Buffer } {
  if (typeof example === 'string') return { path: 'example.txt', bytes: Buffer.from(expandExample(example, seed), 'utf8') };
  const fileRule = rule.detector !== undefined && FILE_DETECTORS.includes(rule.detector);
  const start = example.head !== undefined ? Buffer.from(expandExample(example.head, seed), 'latin1') : Buffer.from(expandExample(example.text, seed), 'utf8');
  const size = fileRule ? Math.max(example.size ?? 0, start.length) : start.length;
  const bytes = Buffer.alloc(size, example.head !== undefined ? 0 : 0x0a);
  start.copy(bytes);
  return { path: example.path, bytes };
}

interface JsonFinding {
  ruleId: string;
  path: string;
}

for (const kind of ['match', 'ignore'] as const) {
  test(`every ${kind} example of the hygiene and credential packs, in a repository`, (t) => {
    const repo = createRepo();
    t.after(() => repo.remove());
    const files: Record<string, Buffer> = {};
    const expected: { ruleId: string; prefix: string; label: string }[] = [];
    let n = 0;
    for (const rule of rules) {
      rule.examples![kind].forEach((example, index) => {
        const prefix = `ex${String(n++).padStart(3, '0')}/`;
        const { path, bytes } = exampleBytes(rule, example, `${rule.id}/${kind}/${index}`);
        files[prefix + path] = bytes;
        expected.push({ ruleId: rule.id, prefix, label: `${rule.id} ${kind}[${index}] (${path})` });
      });
    }
    repo.commit(files, `${kind} examples`);
    const result = runCli(['scan', repo.dir, '-f', 'json', '--no-progress']);
    assert.notEqual(result.code, 2, result.stderr);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    const problems: string[] = [];
    for (const e of expected) {
      const count = findings.filter((f) => f.ruleId === e.ruleId && f.path.startsWith(e.prefix)).length;
      if (kind === 'match' && count !== 1) problems.push(`${e.label}: expected one finding, got ${count}`);
      if (kind === 'ignore' && count !== 0) problems.push(`${e.label}: expected no finding, got ${count}`);
    }
    assert.deepEqual(problems, []);
  });
}
