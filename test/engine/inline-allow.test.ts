import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { allowFor, parseAllowComments } from '../../src/engine/inline-allow.js';
import { makeRule, TOKEN_RULE } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

test('allow comments in any comment syntax, with rule ids and a reason', () => {
  const cases: [string, string[], string | undefined][] = [
    ['x = 1 // leakgate:allow', [], undefined],
    ['x = 1 # leakgate:allow github.pat -- test fixture', ['github.pat'], 'test fixture'],
    ['x = 1 /* leakgate:allow github.pat, test.token */', ['github.pat', 'test.token'], undefined],
    ['x = 1 /* leakgate:allow github.pat -- a reason */', ['github.pat'], 'a reason'],
    ['<!-- leakgate:allow -- docs example -->', [], 'docs example'],
    ['x = 1 -- leakgate:allow test.token -- SQL comment', ['test.token'], 'SQL comment'],
    ["x = 1 ' leakgate:allow test.token", ['test.token'], undefined],
    ['x = 1 % leakgate:allow github.pat.', ['github.pat'], undefined],
    ['x = 1 {# leakgate:allow test.token #}', ['test.token'], undefined],
    ['x = 1 // leakgate:allow github.pat*/', ['github.pat'], undefined],
    ['x = 1 // gitleaks:allow', [], undefined],
    ['x = 1 // gitleaks:allow because a test', [], undefined],
    ['x = 1 // leakgate:allow -- ünïcödé reason 😀', [], 'ünïcödé reason 😀'],
    ['x = 1 #leakgate:allow', [], undefined],
    ['x = 1 ;; leakgate:allow test.token', ['test.token'], undefined],
    [' * leakgate:allow test.token -- in a block comment', ['test.token'], 'in a block comment'],
    ['SET X=1 REM leakgate:allow', [], undefined],
    ['{{/* leakgate:allow -- helm template */}}', [], 'helm template'],
    ['x = 1 (* leakgate:allow test.token *)', ['test.token'], undefined],
  ];
  for (const [line, rules, reason] of cases) {
    const [comment, ...rest] = parseAllowComments(line);
    assert.ok(comment, line);
    assert.deepEqual(rest, [], line);
    assert.deepEqual(comment.rules, rules, line);
    assert.equal(comment.reason, reason, line);
  }
});

test('lookalikes and mentions outside a comment are not allow comments', () => {
  for (const line of [
    '// xleakgate:allow',
    '// leakgate:allowed',
    '// leakgate:allow-list',
    '// leakgate: allow',
    '// LEAKGATE:ALLOW',
    '// leakgate allow',
    'leakgate:allow at the start of a line, not in a comment',
    'const hint = "leakgate:allow";',
    "const hint = 'leakgate:allow';",
    '{"remediation":"allow it inline with `leakgate:allow <rule-id> -- reason` on the same line"}',
    'see the leakgate:allow docs',
  ]) {
    assert.deepEqual(parseAllowComments(line), [], line);
  }
});

test('two markers on a line: each with its own rules', () => {
  const comments = parseAllowComments('a // leakgate:allow test.token -- one  # leakgate:allow github.pat');
  assert.equal(comments.length, 2);
  assert.deepEqual(comments[0]?.rules, ['test.token']);
  assert.equal(comments[0]?.reason, 'one');
  assert.deepEqual(comments[1]?.rules, ['github.pat']);
  assert.equal(allowFor(comments, 'github.pat')?.marker, 'leakgate:allow');
  assert.equal(allowFor(comments, 'other.rule'), undefined);
});

test('a naming allow covers only the rules it names', () => {
  const [comment] = parseAllowComments('// leakgate:allow github.pat');
  assert.ok(comment);
  assert.ok(allowFor([comment], 'github.pat'));
  assert.equal(allowFor([comment], 'test.token'), undefined);
  const [all] = parseAllowComments('// gitleaks:allow');
  assert.ok(all && allowFor([all], 'anything.at-all'));
});

const OTHER_RULE = makeRule({ id: 'test.other', keywords: ['oth_'], pattern: '(?<![A-Za-z0-9_])(oth_[A-Za-z0-9]{24})(?![A-Za-z0-9_])', secretGroup: 1, minEntropy: 3 });
const detector = createDetector([TOKEN_RULE, OTHER_RULE]);
const scan = (text: string) => detector.scan({ id: 'b', bytes: Buffer.from(text, 'utf8') }).matches;

test('the engine records the allow on matches of the line it covers, not on other lines', () => {
  const a = fake('tok_{random:24}');
  const b = fake('tok_{random:24}');
  const matches = scan(`key = "${a}" // leakgate:allow test.token -- fixture\nkey = "${b}"\n`);
  assert.equal(matches.length, 2);
  const allowed = matches.find((m) => m.secret === a);
  assert.deepEqual(allowed?.allowed, { marker: 'leakgate:allow', reason: 'fixture' });
  assert.equal(matches.find((m) => m.secret === b)?.allowed, undefined);
});

test('a second, different secret on an allowed line is still reported when the allow names another rule', () => {
  const token = fake('tok_{random:24}');
  const other = fake('oth_{random:24}');
  const matches = scan(`a="${token}" b="${other}" # leakgate:allow test.token\n`);
  assert.equal(matches.length, 2);
  assert.ok(matches.find((m) => m.ruleId === 'test.token')?.allowed);
  assert.equal(matches.find((m) => m.ruleId === 'test.other')?.allowed, undefined);
  // Without rule ids, the allow covers both.
  const both = scan(`a="${token}" b="${other}" # leakgate:allow\n`);
  assert.ok(both.every((m) => m.allowed));
});

test('CRLF lines, and a multi-line secret allowed on its last line', () => {
  const token = fake('tok_{random:24}');
  const [crlf] = scan(`x\r\nkey=${token} // leakgate:allow -- crlf\r\ny\r\n`);
  assert.equal(crlf?.allowed?.reason, 'crlf');
  const block = createDetector([makeRule({ id: 'test.block', keywords: ['begin'], pattern: 'BEGIN\\n[a-z0-9]{30}\\nEND', skipPlaceholderCheck: true })]);
  const body = fake('{lowernum:30}');
  const [m] = block.scan({ id: 'k', bytes: Buffer.from(`BEGIN\n${body}\nEND # leakgate:allow test.block\n`) }).matches;
  assert.equal(m?.line, 1);
  assert.equal(m?.endLine, 3);
  assert.ok(m?.allowed);
});

test('a 5 MB line with many secrets and an allow comment at its end: every match allowed', () => {
  // What parsing the comment costs is the bench's to say (docs/performance.md), not a timed unit test's.
  const tokens = Array.from({ length: 50 }, () => fake('tok_{random:24}'));
  const line = tokens.map((t) => `${t}; ${'x'.repeat(100_000)} `).join('');
  const plain = scan(line);
  const allowed = scan(`${line} // leakgate:allow`);
  assert.equal(allowed.length, 50);
  assert.deepEqual(allowed.map((m) => m.secret), tokens);
  assert.ok(allowed.every((m) => m.allowed));
  assert.equal(plain.length, 50);
  assert.ok(plain.every((m) => !m.allowed));
});

test('invalid UTF-8 and NUL-free binary-looking text around an allow comment do not break parsing', () => {
  const token = fake('tok_{random:24}');
  const bytes = Buffer.concat([Buffer.from(`k=${token} `), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' # leakgate:allow -- odd bytes\n')]);
  const [m] = detector.scan({ id: 'b', bytes }).matches;
  assert.equal(m?.allowed?.reason, 'odd bytes');
});
