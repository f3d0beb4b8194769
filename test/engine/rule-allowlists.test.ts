// gitleaks allowlists kept whole: the content half (engine) and the place half (scan) of OR and AND allowlists, and
// composite rules' proximity, as tables.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleAllowlist } from '../../src/core/rule.js';
import type { Match } from '../../src/core/types.js';
import { allowlistPathTests, allowsAt, compileRuleAllowlists, requirementsMet } from '../../src/engine/rule-allowlists.js';

const list = (fields: Partial<RuleAllowlist>): RuleAllowlist => ({ condition: 'or', regexTarget: 'secret', regexes: [], stopwords: [], paths: [], commits: [], ...fields });
const texts = (secret: string, match = secret, line = match) => ({ secret, match: () => match, line: () => line });

test('content criteria: each regexTarget, stopwords, OR and AND, and what is left to the place', () => {
  const cases: [string, RuleAllowlist, ReturnType<typeof texts>, ReturnType<ReturnType<typeof compileRuleAllowlists>>][] = [
    ['secret regex', list({ regexes: ['^tst_'] }), texts('tst_1', 'key=tst_1'), 'allowed'],
    ['secret regex misses the match text', list({ regexes: ['^key='] }), texts('tst_1', 'key=tst_1'), undefined],
    ['match regex', list({ regexTarget: 'match', regexes: ['^key='] }), texts('tst_1', 'key=tst_1'), 'allowed'],
    ['line regex', list({ regexTarget: 'line', regexes: ['# ok$'] }), texts('tst_1', 'key=tst_1', 'key=tst_1 # ok'), 'allowed'],
    ['line regex, not on the line', list({ regexTarget: 'line', regexes: ['# ok$'] }), texts('tst_1', 'key=tst_1', 'key=tst_1'), undefined],
    ['case-insensitive flag', list({ regexes: ['(?i)^TST_'] }), texts('tst_1'), 'allowed'],
    ['stopword in the lower-cased secret', list({ stopwords: ['dummy'] }), texts('xDUMMYx'), 'allowed'],
    ['stopwords are lower-case (the config reader lowers them)', list({ stopwords: ['DUMMY'] }), texts('xDUMMYx'), undefined],
    ['OR: a path left to the place', list({ paths: ['^a/'] }), texts('s'), [0]],
    ['OR: content allows before any place', list({ paths: ['^a/'], stopwords: ['s'] }), texts('s'), 'allowed'],
    ['AND: every content criterion', list({ condition: 'and', regexes: ['1$'], stopwords: ['tst'] }), texts('tst_1'), 'allowed'],
    ['AND: one content criterion fails', list({ condition: 'and', regexes: ['2$'], stopwords: ['tst'] }), texts('tst_1'), undefined],
    ['AND: content holds, the path decides', list({ condition: 'and', regexes: ['1$'], paths: ['^a/'] }), texts('tst_1'), [0]],
    ['AND: content fails, the path cannot help', list({ condition: 'and', regexes: ['2$'], paths: ['^a/'] }), texts('tst_1'), undefined],
    ['AND: commits only', list({ condition: 'and', commits: ['c'.repeat(40)] }), texts('tst_1'), [0]],
    ['hostile text: NUL bytes and a long line', list({ regexTarget: 'line', regexes: ['\\x00ok'] }), texts('s', 's', `${'x'.repeat(100_000)}\x00ok`), 'allowed'],
  ];
  for (const [name, allowlist, input, expected] of cases) {
    assert.deepEqual(compileRuleAllowlists([allowlist])(input), expected, name);
  }
  // Several allowlists: any one allows; the pending ones are listed by index.
  const several = compileRuleAllowlists([list({ paths: ['^a/'] }), list({ regexes: ['^no'] }), list({ condition: 'and', stopwords: ['s'], commits: ['c'.repeat(40)] })]);
  assert.deepEqual(several(texts('s')), [0, 2]);
  assert.equal(several(texts('nos')), 'allowed');
});

test('place criteria: paths and commits, OR and AND, decided per origin', () => {
  const commit = 'ab'.repeat(20);
  const lists = [list({ paths: ['^a/'] }), list({ condition: 'and', paths: ['^b/'], commits: [commit] }), list({ commits: [commit] })];
  const match = (allowlisted: number[]): Match => ({ ruleId: 'r', blobId: 'x', secret: 's', line: 1, column: 1, endLine: 1, endColumn: 2, snippet: 's', entropy: 0, allowlisted });
  const info = (id: string) => ({ id, author: 'a', email: 'e', date: '2024-01-01T00:00:00Z', summary: 's' });
  const paths = allowlistPathTests();
  const at = (m: Match, path: string, id?: string): boolean => allowsAt(m.allowlisted, lists, { path, ...(id ? { commit: info(id) } : {}) }, paths);
  assert.equal(at(match([0]), 'a/x'), true);
  assert.equal(at(match([0]), 'c/x'), false);
  assert.equal(at(match([1]), 'b/x', commit.toUpperCase()), true);
  assert.equal(at(match([1]), 'b/x', 'cd'.repeat(20)), false);
  assert.equal(at(match([1]), 'b/x'), false);
  assert.equal(at(match([1]), 'c/x', commit), false);
  assert.equal(at(match([2]), 'c/x', commit), true);
  assert.equal(at(match([2]), 'c/x'), false);
  assert.equal(at(match([]), 'a/x'), false);
  // An index the rule does not have (a stale cache entry) allows nothing.
  assert.equal(at(match([7]), 'a/x'), false);
});

test('composite rules: required matches within lines and columns, or anywhere', () => {
  const m = (ruleId: string, line: number, column: number): Match => ({ ruleId, blobId: 'x', secret: 's', line, column, endLine: line, endColumn: column + 1, snippet: 's', entropy: 0 });
  const primary = m('p', 10, 20);
  const cases: [string, Parameters<typeof requirementsMet>[1], Match[], boolean][] = [
    ['anywhere', [{ id: 'a' }], [m('a', 500, 1)], true],
    ['missing', [{ id: 'a' }], [m('b', 10, 20)], false],
    ['within lines, above', [{ id: 'a', withinLines: 4 }], [m('a', 6, 1)], true],
    ['past the lines', [{ id: 'a', withinLines: 4 }], [m('a', 15, 20)], false],
    ['within columns', [{ id: 'a', withinColumns: 3 }], [m('a', 90, 17)], true],
    ['past the columns', [{ id: 'a', withinColumns: 3 }], [m('a', 10, 24)], false],
    ['rectangle: both', [{ id: 'a', withinLines: 4, withinColumns: 3 }], [m('a', 12, 21)], true],
    ['rectangle: lines only', [{ id: 'a', withinLines: 4, withinColumns: 3 }], [m('a', 12, 30)], false],
    ['every required rule', [{ id: 'a' }, { id: 'b', withinLines: 0 }], [m('a', 1, 1), m('b', 10, 99)], true],
    ['one of two missing', [{ id: 'a' }, { id: 'b', withinLines: 0 }], [m('a', 1, 1), m('b', 11, 99)], false],
    ['a rule requiring itself is met by its own match (as gitleaks)', [{ id: 'p' }], [], true],
  ];
  for (const [name, required, others, expected] of cases) assert.equal(requirementsMet(primary, required, [primary, ...others]), expected, name);
});
