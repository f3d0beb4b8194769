import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRulePack } from '../../src/ruleset/parse-pack.js';
import { mergeRulePacks } from '../../src/ruleset/load.js';
import { ConfigError } from '../../src/core/errors.js';
import { createDetector } from '../../src/engine/detect.js';

const goodRule = `
  - id: acme.token
    description: Acme token
    severity: high
    keywords: [acme_]
    pattern: '(acme_[a-z0-9]{20})'
    secretGroup: 1
    examples:
      match: ['acme_{lowernum:20}']
      ignore: ['acme_short']`;

function errorOf(text: string): string {
  try {
    parseRulePack(text, 'pack.yaml');
  } catch (error: unknown) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

test('a valid pack parses into frozen specs with defaults', () => {
  const [rule] = parseRulePack(`pack: acme\nrules:${goodRule}`, 'pack.yaml');
  assert.equal(rule?.id, 'acme.token');
  assert.equal(rule?.kind, 'secret');
  assert.equal(rule?.precision, 'high');
  assert.ok(Object.isFrozen(rule));
  assert.ok(rule?.remediation?.includes('Revoke'));
});

test('every schema problem is reported at once, with file, field, problem and bad value', () => {
  const message = errorOf(`pack: acme
rules:
  - id: Not-Dotted
    description: x
    severity: urgent
    pattern: 'x'
    minEntropy: high
    examples: { match: ['x'], ignore: ['y'] }`);
  assert.match(message, /pack\.yaml: rules\[0\]\.id: .*got "Not-Dotted"/);
  assert.match(message, /pack\.yaml: rules\[0\]\.severity: .*critical.*got "urgent"/);
  assert.match(message, /pack\.yaml: rules\[0\]\.minEntropy: .*got "high"/);
});

test('a pattern that does not compile names the file and the rule', () => {
  const message = errorOf(`pack: acme\nrules:${goodRule.replace("'(acme_[a-z0-9]{20})'", "'(acme_[a-z0-9'")}`);
  assert.match(message, /pack\.yaml: rules\[0\] \(acme\.token\)\.pattern: does not compile/);
});

test('a secret group beyond the pattern groups is rejected', () => {
  const message = errorOf(`pack: acme\nrules:${goodRule.replace('secretGroup: 1', 'secretGroup: 3')}`);
  assert.match(message, /secretGroup: expected a group number from 0 to 1, got 3/);
});

test('YAML syntax errors and unknown fields are reported', () => {
  assert.match(errorOf('pack: [unclosed'), /pack\.yaml: /);
  assert.match(errorOf(`pack: acme\nrules:${goodRule}\n    colour: red`), /colour/);
});

test('duplicate ids across packs are rejected', () => {
  const a = parseRulePack(`pack: a\nrules:${goodRule}`, 'a.yaml');
  const b = parseRulePack(`pack: b\nrules:${goodRule}`, 'b.yaml');
  assert.throws(() => mergeRulePacks([a, b]), /b\.yaml: rule id "acme\.token" is already defined in a\.yaml/);
});

test('an unknown validator is a config error naming the rule', () => {
  const [rule] = parseRulePack(`pack: acme\nrules:${goodRule}\n    validate: luhn`, 'pack.yaml');
  assert.throws(() => createDetector([rule!]), /pack\.yaml: rule acme\.token: validate: unknown validator "luhn"/);
});

test('startsWithKeyword needs keywords and a pattern, and the lint checks that example matches start with one', async () => {
  const message = errorOf(`pack: acme\nrules:${goodRule.replace('keywords: [acme_]', 'keywords: []\n    startsWithKeyword: true')}`);
  assert.match(message, /rules\[0\] \(acme\.token\)\.startsWithKeyword: needs a "pattern" and "keywords"/);
  const { lintRule } = await import('../../src/rulecheck/check.js');
  /** The good rule marked startsWithKeyword, with some of its lines replaced. */
  const anchored = (replacements: readonly (readonly [string, string])[] = []) =>
    parseRulePack(
      `pack: acme\nrules:${replacements.reduce((text, [from, to]) => text.replace(from, to), goodRule.replace('keywords: [acme_]', 'keywords: [acme_]\n    startsWithKeyword: true'))}`,
      'pack.yaml',
    )[0]!;
  assert.deepEqual(lintRule(anchored()), []);
  const trailing = anchored([
    ["'(acme_[a-z0-9]{20})'", "'key=(acme_[a-z0-9]{20})'"],
    ["match: ['acme_{lowernum:20}']", "match: ['key=acme_{lowernum:20}']"],
  ]);
  assert.match(lintRule(trailing).join('\n'), /startsWithKeyword, but in examples\.match\[0\] the pattern matches "key=acme_/);
  // Every position of every example counts, not only where a search's matches fall: an optional prefix that only
  // an ignore example shows is caught too.
  const optional = anchored([
    ["'(acme_[a-z0-9]{20})'", "'(?:x-)?(acme_[a-z0-9]{20})'"],
    ["ignore: ['acme_short']", "ignore: ['acme_short', 'x-acme_{lowernum:20}']"],
  ]);
  assert.match(lintRule(optional).join('\n'), /startsWithKeyword, but in examples\.ignore\[1\] the pattern matches "x-acme_/);
});
