// User rules in Go (RE2) syntax: each construct matches as Go's regexp would, matches sit at the same places as a
// V8 rule's, a catastrophic pattern runs in linear time, and hostile text never throws.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, scanBlob } from '../../src/engine/detect.js';
import { unicodeView } from '../../src/engine/unicode-view.js';
import { compileRe2, loadRe2, nonLinearConstruct } from '../../src/patterns/re2.js';
import type { RuleSpec } from '../../src/core/rule.js';
import type { Match } from '../../src/core/types.js';
import { makeRule } from '../helpers/rules.js';

await loadRe2();

const re2Rule = (pattern: string, extra: Partial<RuleSpec> = {}): RuleSpec =>
  makeRule({ id: 'user.rule', pattern, syntax: 're2', skipPlaceholderCheck: true, ...extra });

/** The secrets a rule finds in `text`, in order. */
async function secrets(rule: RuleSpec, text: string | Buffer): Promise<string[]> {
  const detector = createDetector([rule], { decodeDepth: 0 });
  const scan = await scanBlob(detector, { id: 'b', bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  return scan.matches.map((m) => m.secret);
}

test('Go constructs match as Go regexp does', async () => {
  const cases: [pattern: string, text: string, found: string[], secretGroup?: number][] = [
    // (?i) anywhere, and (?-i:...) turning it off again.
    ['key=(?i)ab', 'key=AB key=ab KEY=ab', ['key=AB', 'key=ab']],
    ['(?i)acme_(?-i:KEY)_[0-9]{4}', 'ACME_KEY_1234 acme_key_5678 Acme_KEY_9999', ['ACME_KEY_1234', 'Acme_KEY_9999']],
    ['x(?i:ab)y', 'xABy XaBy xaby', ['xABy', 'xaby']],
    // (?s): dot matches a newline; without it, not.
    ['(?s)a.b', 'a\nb', ['a\nb']],
    ['a.b', 'a\nb axb', ['axb']],
    // `$` and `^` are text anchors without (?m); \A and \z always.
    ['tok[0-9]$', 'tok1\ntok2\n', []],
    ['tok[0-9]$', 'tok1\ntok2', ['tok2']],
    ['(?m)tok[0-9]$', 'tok1\ntok2\n', ['tok1', 'tok2']],
    ['^tok[0-9]', 'tok1\ntok2', ['tok1']],
    ['\\Atok[0-9]', 'tok1 tok2', ['tok1']],
    ['tok[0-9]\\z', 'tok1 tok2', ['tok2']],
    // POSIX classes, also negated.
    ['[[:alpha:]]+[[:digit:]]', 'abc1 9', ['abc1']],
    ['[[:^space:]]+', 'ab cd', ['ab', 'cd']],
    // Unicode classes read whole characters of the UTF-8 text.
    ['\\pL+', 'café 12 ñu', ['café', 'ñu']],
    ['\\p{Greek}+', 'abc αβγ def', ['αβγ']],
    ['[^ ]{4}', 'ñññññ', ['ññññ']],
    // Named groups in Go's spelling, and the secret group.
    ['(?P<secret>tok_[a-z]{3})!', 'x tok_abc! tok_de!', ['tok_abc'], 1],
    // Leftmost-first alternation (not leftmost-longest).
    ['tok|token', 'token', ['tok']],
    // \Q...\E quoting and \x{...}.
    ['\\Qa.b\\E', 'axb a.b', ['a.b']],
    ['\\x{263A}+', 'x☺☺y', ['☺☺']],
    // Go's \s is [\t\n\f\r ]: no vertical tab, no no-break space.
    ['a\\sb', 'a\u000bb a\u00a0b a b', ['a b']],
  ];
  for (const [pattern, text, found, secretGroup] of cases) {
    assert.deepEqual(await secrets(re2Rule(pattern, secretGroup === undefined ? {} : { secretGroup }), text), found, `${pattern} on ${JSON.stringify(text)}`);
  }
});

test('a flags field applies as Go flags', async () => {
  assert.deepEqual(await secrets(re2Rule('acme_[a-z]{3}', { flags: 'i' }), 'ACME_ABC'), ['ACME_ABC']);
  assert.throws(() => compileRe2('a', 'u'), /flag "u" has no RE2 meaning/);
});

test('an RE2 rule reports the same positions, secret and snippet as an equivalent V8 rule', async () => {
  const text = Buffer.concat([
    Buffer.from('first line\r\n  naïve 🙂 key: tok_abcdefgh1234 and\n', 'utf8'),
    Buffer.from([0xff, 0xc3, 0x20, 0xed, 0xa0, 0x80]), // invalid UTF-8: a stray byte, a truncated pair, a surrogate
    Buffer.from(' ☺ tok_zyxwvuts9876\nmulti\ntok_end1end2end3\n', 'utf8'),
  ]);
  const v8 = makeRule({ id: 'same', pattern: '(tok_[a-z0-9]{12})', secretGroup: 1, skipPlaceholderCheck: true });
  const re2 = { ...v8, syntax: 're2' as const };
  const scan = async (rule: RuleSpec): Promise<Match[]> => (await scanBlob(createDetector([rule], { decodeDepth: 0 }), { id: 'b', bytes: text })).matches;
  const expected = await scan(v8);
  assert.equal(expected.length, 3);
  assert.deepEqual(await scan(re2), expected);
  // The same with a pattern that needs the decoded text: a class of letters before the token.
  const letters = await scan({ ...re2, pattern: '\\pL+: (tok_[a-z0-9]{12})' });
  assert.deepEqual(letters.map((m) => [m.secret, m.line, m.column]), [[expected[0]!.secret, expected[0]!.line, expected[0]!.column]]);
});

test('a catastrophic pattern runs in linear time on a long hostile line', async () => {
  // On a backtracking engine each of these takes exponential time on this text; RE2 reads it once.
  const hostile = `${'a'.repeat(200_000)}!\n`;
  for (const pattern of ['(a+)+$', '(a|a)*\\z', '(a|aa)+b', '(\\w+\\s?)+$', '.*.*=.*']) {
    assert.deepEqual(await secrets(re2Rule(pattern), hostile), [], pattern);
  }
});

test('hostile bytes: NUL, truncated UTF-8, CRLF, a very long line, empty text', async () => {
  const rule = re2Rule('tok_[a-z]{4}');
  assert.deepEqual(await secrets(rule, Buffer.from([0x74, 0x6f, 0x6b, 0x5f, 0xe2, 0x82])), []);
  assert.deepEqual(await secrets(rule, 'x\r\ntok_abcd\r\n'), ['tok_abcd']);
  assert.deepEqual(await secrets(rule, ''), []);
  assert.deepEqual(await secrets(rule, `${'é'.repeat(300_000)}tok_wxyz`), ['tok_wxyz']);
  // A NUL byte makes the blob binary: skipped, not an error.
  assert.deepEqual(await secrets(rule, Buffer.from('tok_abcd\u0000', 'utf8')), []);
});

test('the decoded view maps every offset back to the Latin-1 view, one U+FFFD per invalid byte as Go does', () => {
  const bytes = Buffer.from([0x61, 0xc3, 0xa9, 0xff, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x99, 0x82, 0xe2, 0x82]);
  const view = unicodeView(bytes.toString('latin1'));
  assert.equal(view.text, 'aé\ufffd\ufffd\ufffd\ufffd🙂\ufffd\ufffd');
  assert.deepEqual([...view.map!], [0, 1, 3, 4, 5, 6, 7, 7, 11, 12, 13]);
  assert.equal(unicodeView('plain ascii').map, undefined);
});

test('constructs no linear engine can run are named, with their offset', () => {
  const cases: [string, RegExp][] = [
    ['a(?=b)', /lookahead \(\?=\.\.\.\) at offset 1/],
    ['a(?!b)', /negative lookahead/],
    ['(?<=a)b', /lookbehind \(\?<=\.\.\.\) at offset 0/],
    ['(?<!a)b', /negative lookbehind/],
    ['(a)\\1', /backreference \\1 at offset 3/],
    ['(?<n>a)\\k<n>', /named backreference/],
    ['(?>a+)b', /atomic group/],
    ['a++', /possessive quantifier/],
  ];
  for (const [pattern, message] of cases) {
    assert.match(nonLinearConstruct(pattern) ?? '', message, pattern);
    assert.throws(() => compileRe2(pattern), message, pattern);
  }
  // Inside a class or quoted, the same characters are literals.
  for (const fine of ['[(?=]', '\\Q(?=\\E', '[\\1]', 'a\\+\\+', '\\x{263A}+', '\\p{Greek}+']) assert.equal(nonLinearConstruct(fine), undefined, fine);
  assert.throws(() => compileRe2('a{1001}'), /not a valid Go \(RE2\) regular expression: invalid repeat count/);
  assert.throws(() => compileRe2('(unclosed'), /not a valid Go \(RE2\) regular expression/);
});

test('without a secretGroup (-1, as gitleaks configs): the first group that matched text, else the whole match', async () => {
  const rule = re2Rule('(pre_)?(?:key=(v[a-z]{6})|tok[0-9]{4})', { secretGroup: -1 });
  assert.deepEqual(await secrets(rule, 'key=vabcdef pre_key=vghijkl tok1234'), ['vabcdef', 'pre_', 'tok1234']);
});
