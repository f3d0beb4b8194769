// The static backtracking check of `rules --check`: what it rejects (nested or overlapping unbounded quantifiers)
// and the safe shapes real rules use, which it must accept. Every built-in rule passing it is checked by
// test/ruleset/builtin-rules.test.ts (lintRule).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtrackingProblems } from '../../src/rulecheck/backtracking.js';
import { lintRule } from '../../src/rulecheck/check.js';
import { makeRule } from '../helpers/rules.js';

test('rejects nested, overlapping-alternative and overlapping adjacent unbounded quantifiers', () => {
  const cases: [pattern: string, flags: string, reason: RegExp][] = [
    ['(a+)+$', '', /nested quantifiers: `a\+` inside the unbounded `\(a\+\)\+`/],
    ['(a*)*b', '', /nested quantifiers/],
    ['(\\w+\\s?)+$', '', /nested quantifiers: `\\w\+` inside the unbounded `\(\\w\+\\s\?\)\+`/],
    ['(\\s?\\w+)+!', '', /nested quantifiers/],
    ['(\\w+x)+!', '', /nested quantifiers: `\\w\+` .* can take "x"/],
    ['((?:ab)+)+c', '', /nested quantifiers/],
    ['(a{1,3})+!', '', /nested quantifiers: `a\{1,3\}`/],
    ['(a|a)*b', '', /overlapping alternatives under an unbounded quantifier: two branches of `a\|a`/],
    ['(?:[a-z]|\\w)+!', '', /overlapping alternatives/],
    ['(?:A|a)+!', 'i', /overlapping alternatives/],
    ['(?i)(?:A|a)+!', '', /overlapping alternatives/],
    ['.*.*=.*', '', /overlapping adjacent unbounded quantifiers: `\.\*` and then `\.\*`/],
    ['\\w+\\d+x', '', /overlapping adjacent unbounded quantifiers: `\\w\+` and then `\\d\+` can both take "0"/],
    ['[a-z]+(?:_)?[a-z0-9]*!', '', /overlapping adjacent/],
    ['x(?=(a+)+)', '', /nested quantifiers/],
    ['[[:alnum:]]+[[:digit:]]+!', '', /overlapping adjacent/],
  ];
  for (const [pattern, flags, reason] of cases) {
    assert.match(backtrackingProblems(pattern, flags, true).join('\n'), reason, pattern);
  }
});

test('accepts the shapes rules use: separated repetitions, disjoint alternatives, bounded counts', () => {
  for (const pattern of [
    '\\b(ghp_[A-Za-z0-9]{36})\\b',
    '(?:[a-z0-9-]+\\.)+[a-z]{2,}',
    '([a-z]+\\.)+[a-z]+',
    '"(?:\\\\.|[^"\\\\])*"',
    '.*=.*',
    '[a-z]+[0-9]+',
    '(?:x|y)+z',
    '\\s*[:=]\\s*',
    '[^"]*"[^"]*',
    '(?:[ \\t\\r]*(?:\\n|\\\\n))+[ \\t]*b',
    '(?i)[\\w.-]{0,50}?(?:key|token)[\\s\'"]{0,3}(?:=|:)[\\s\'"]{0,5}([a-z0-9]{32})',
    '(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==)?',
  ]) {
    assert.deepEqual(backtrackingProblems(pattern, '', false), [], pattern);
  }
});

test('unreadable patterns and hostile input give a reason, never a throw', () => {
  assert.match(backtrackingProblems('(unclosed', '')[0] ?? '', /could not be read/);
  assert.match(backtrackingProblems('[abc', '')[0] ?? '', /could not be read/);
  assert.doesNotThrow(() => backtrackingProblems(`${'(a'.repeat(200)}${')'.repeat(200)}+`, ''));
  assert.doesNotThrow(() => backtrackingProblems('\u0000\\', ''));
});

test('lintRule reports the problem with the rule', () => {
  const rule = makeRule({ id: 'test.nested', pattern: '(?:tok_[a-z]+)+' });
  assert.match(lintRule(rule).join('\n'), /test: test\.nested: pattern: nested quantifiers/);
});
