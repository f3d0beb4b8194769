import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, MAX_MATCHES_PER_RULE } from '../../src/engine/detect.js';
import { resolveOverlaps } from '../../src/engine/overlap.js';
import { makeRule, TOKEN_RULE } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

const detector = createDetector([TOKEN_RULE]);
const scan = (content: string | Buffer) =>
  detector.scan({ id: 'b', bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });

test('reports line, column and end column of the secret', () => {
  const token = fake('tok_{random:24}');
  const result = scan(`first\n  key = "${token}"\n`);
  assert.equal(result.matches.length, 1);
  const m = result.matches[0]!;
  assert.equal(m.secret, token);
  assert.equal(m.line, 2);
  assert.equal(m.column, 10);
  assert.equal(m.endColumn, 10 + token.length);
  assert.match(m.snippet, /key = "/);
});

test('columns count UTF-16 code units after multi-byte characters', () => {
  const token = fake('tok_{random:24}');
  const m = scan(`ünïcödé 😀 ${token}`).matches[0]!;
  assert.equal(m.column, 'ünïcödé 😀 '.length + 1);
  assert.equal(m.snippet, `ünïcödé 😀 ${token}`);
});

test('a blob with NUL bytes in its head is binary and skipped', () => {
  const result = scan(Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(fake('tok_{random:24}'))]));
  assert.equal(result.binary, true);
  assert.equal(result.matches.length, 0);
});

test('invalid UTF-8 before a secret does not hide it', () => {
  const token = fake('tok_{random:24}');
  const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0x0a]), Buffer.from(`x ${token}\n`)]);
  const result = scan(bytes);
  assert.equal(result.matches.length, 1);
  assert.equal(result.matches[0]!.secret, token);
  assert.equal(result.matches[0]!.line, 2);
});

test('CRLF line endings: right line, no carriage return in the snippet', () => {
  const token = fake('tok_{random:24}');
  const m = scan(`a\r\nb\r\nv=${token}\r\nc\r\n`).matches[0]!;
  assert.equal(m.line, 3);
  assert.equal(m.column, 3);
  assert.ok(!m.snippet.includes('\r'));
});

test('a 5 MB single-line file with the secret at its end: found, snippet bounded', () => {
  const token = fake('tok_{random:24}');
  const big = `${'var a=1;'.repeat(5 * 1024 * 1024 / 8)}${token}`;
  const result = scan(big);
  assert.equal(result.matches.length, 1);
  assert.equal(result.matches[0]!.line, 1);
  assert.ok(result.matches[0]!.snippet.length < 300);
});

test('blobs without keywords never reach the rules', () => {
  assert.equal(scan('nothing to see').matched, false);
  assert.equal(scan('tok_ but no token').matched, true);
});

test('entropy floor and placeholders drop lookalikes', () => {
  assert.equal(scan('tok_aaaaaaaaaaaaaaaaaaaaaaaa').matches.length, 0);
  assert.equal(scan('tok_abcabcabcabcabcabcabcabc').matches.length, 0);
});

test('matches per rule per blob are capped with a diagnostic', () => {
  const lines = Array.from({ length: MAX_MATCHES_PER_RULE + 5 }, () => fake('tok_{random:24}')).join('\n');
  const result = scan(lines);
  assert.equal(result.matches.length, MAX_MATCHES_PER_RULE);
  assert.equal(result.diagnostics[0]?.code, 'match-limit');
});

test('a specific rule wins over a generic one on the same characters', () => {
  const generic = makeRule({ id: 'test.generic', keywords: ['key'], pattern: 'key\\s*=\\s*"([^"]+)"', secretGroup: 1, tags: ['generic'] });
  const both = createDetector([generic, TOKEN_RULE]);
  const token = fake('tok_{random:24}');
  const matches = both.scan({ id: 'b', bytes: Buffer.from(`key = "${token}"`) }).matches;
  assert.equal(matches.length, 2);
  const kept = resolveOverlaps(matches, (id) => (id === 'test.generic' ? generic : TOKEN_RULE));
  assert.deepEqual(kept.map((m) => m.ruleId), ['test.token']);
});

test('a rule without keywords runs on every text blob', () => {
  const always = createDetector([makeRule({ id: 'test.always', pattern: 'zz[0-9]{4}' })]);
  assert.equal(always.scan({ id: 'b', bytes: Buffer.from('x zz1234') }).matches.length, 1);
});

test('large blobs (scanned in windows of lines) report every secret once, at its line and column in the blob', () => {
  // 12,000 lines of 100 bytes (1.2 MB): window boundaries fall every ~96 KiB, with 16 KiB of overlap.
  const lines = Array.from({ length: 12_000 }, (_, i) => `${String(i).padStart(6, '0')} ${'x'.repeat(92)}`);
  const at = [0, 982, 983, 984, 1140, 1146, 2000, 5555, 11_999];
  const tokens = at.map(() => fake('tok_{random:24}'));
  at.forEach((line, i) => (lines[line] = `${'é'.repeat(i)}k="${tokens[i]}" ${'y'.repeat(40)}`));
  const result = scan(`${lines.join('\n')}\n`);
  assert.deepEqual(
    result.matches.map((m) => [m.secret, m.line, m.column]),
    at.map((line, i) => [tokens[i], line + 1, i + 4]),
  );
  assert.deepEqual(result.diagnostics, []);
});

test('a very long single line over the window size is still scanned whole, with the right column', () => {
  const token = fake('tok_{random:24}');
  const text = `${'a=1;'.repeat(100_000)} t="${token}";\nnext\n`;
  const m = scan(text).matches;
  assert.equal(m.length, 1);
  assert.equal(m[0]!.line, 1);
  assert.equal(m[0]!.column, 400_000 + 5);
});

test('the per-rule match limit applies once to a whole large blob', () => {
  const lines = Array.from({ length: 3000 }, () => `v="${fake('tok_{random:24}')}" ${'z'.repeat(60)}`);
  const result = scan(lines.join('\n'));
  assert.equal(result.matches.length, MAX_MATCHES_PER_RULE);
  assert.deepEqual(result.matches.map((m) => m.line), Array.from({ length: MAX_MATCHES_PER_RULE }, (_, i) => i + 1));
  assert.equal(result.diagnostics.filter((d) => d.code === 'match-limit').length, 1);
});

test('a rule that starts with its keywords finds exactly what a full regex pass finds, across windows', () => {
  const base = {
    id: 'test.assign',
    keywords: ['password', 'passwd', 'token', 'api_key', 'apikey'],
    flags: 'i',
    pattern: '(?:passw(?:or)?d|token|api_?key)[A-Za-z0-9_]{0,10}\\s{0,2}[=:]\\s{0,2}"([A-Za-z0-9]{8,40})"',
    secretGroup: 1,
  };
  const plain = createDetector([makeRule(base)]);
  const anchored = createDetector([makeRule({ ...base, startsWithKeyword: true })]);
  assert.ok(anchored.ruleSet.rules[0]!.anchors, 'the rule is anchored');
  // Lines with keywords in every case, assignments that match and ones that do not, overlapping candidates
  // (a keyword inside a match), over 300 KiB so that several windows are used.
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 300 * 1024; i++) {
    const value = fake('{lowernum:16}');
    // Few matching lines (under the per-window match limit), many lines with keywords that do not match.
    switch (i % 200 < 7 ? i % 200 : 3) {
      case 0: lines.push(`  PASSWORD = "${value}"`); break;
      case 1: lines.push(`  my_token: "${value}" token = "${fake('{lowernum:12}')}"`); break;
      case 2: lines.push(`  apikey="tokenpassword${i}"`); break;
      case 3: lines.push('  tokens are not assignments; passwd alone is nothing'); break;
      case 4: lines.push(`  Api_Key  :  "${value}"`); break;
      case 5: lines.push(`  x = "${value}" // no keyword`); break;
      default: lines.push(`  passwdtokenapikey = "${value}"`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  const strip = (scan: ReturnType<typeof plain.scan>) => scan.matches.map((m) => [m.secret, m.line, m.column]);
  const expected = strip(plain.scan({ id: 'b', bytes: Buffer.from(text) }));
  assert.ok(expected.length > 100 && expected.length < 200, `${expected.length} matches`);
  assert.deepEqual(strip(anchored.scan({ id: 'b', bytes: Buffer.from(text) })), expected);
  // Small blob (one window), and a keyword at the very end.
  const small = `token = "${fake('{lowernum:12}')}" apikey`;
  assert.deepEqual(strip(anchored.scan({ id: 's', bytes: Buffer.from(small) })), strip(plain.scan({ id: 's', bytes: Buffer.from(small) })));
});
