// Every built-in rule proves itself: each match example gives exactly one finding of the rule, each ignore
// example none, with every rule in effect (so overlaps resolve as in a real scan). Plus the rule lint.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { lintRule, runExamples } from '../../src/rulecheck/check.js';

const rules = await loadBuiltinRulesFromYaml();

test('built-in rule ids are unique and well formed', () => {
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/);
});

test('rule lint: keywords versus examples, duplicate examples', () => {
  assert.deepEqual(rules.flatMap(lintRule), []);
});

const outcomes = await runExamples(rules, rules);
for (const outcome of outcomes) {
  test(`${outcome.ruleId} ${outcome.kind}[${outcome.index}]`, () => {
    assert.ok(
      outcome.ok,
      `expected ${outcome.kind === 'match' ? 'exactly one finding' : 'no finding'}, got ${outcome.count}: ${JSON.stringify(outcome.text.slice(0, 300))}`,
    );
  });
}
