import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { indexPublishedExamples, isPlaceholder, isPublishedExample, sequenceRuns } from '../../src/engine/allowlist.js';
import { PUBLISHED_EXAMPLES } from '../../src/engine/published-examples.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { fake } from '../helpers/secrets.js';

test('templates, environment lookups and placeholders are not secrets', () => {
  for (const value of [
    '${DB_PASSWORD}',
    '{{ .Values.password }}',
    '<your-token>',
    'process.env.API_KEY',
    'os.environ["TOKEN"]',
    'ghp_000000000000000000000000000000000000',
    'xxxxxxxxxxxxxxxx',
    'your_api_key_here',
    'changeme',
    'AKIAIOSFODNN7EXAMPLE',
    'abcdefghijkl',
    '$SECRET_VALUE',
    '{random:24}',
    'pre{hex:32}post',
  ]) {
    assert.ok(isPlaceholder(value), value);
  }
});

test('random values are not placeholders', () => {
  for (let i = 0; i < 50; i++) {
    const value = fake('{random:32}');
    assert.ok(!isPlaceholder(value), value);
  }
});

test('entropy: repeated characters score 0, random base62 scores high', () => {
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy(''), 0);
  assert.ok(shannonEntropy(fake('{random:40}')) > 4.5);
});

test('typed placeholders: alphabet, digit and keyboard runs in a token body', () => {
  for (const value of [
    'AIzaSyabcdefghijklmnopqrstuvwxyz0123456',
    'sbp_abcdef1234567890abcdef1234567890abcd',
    'AIzaSyDOCAbC123dEf456GhI789jKl01-MnO12',
    'glrt-AbCdEfGhIjKlMnOp',
    'ghp_qwertyuiopasdfghjklzxcvbnm1234567890',
    'dop_v1_zyxwvutsrqponmlkjihgfedcba9876543210zyxwvutsrqponmlkjihgfedcba98',
    'GOCSPX-abcdefghijklmnopqrstuvwxyz12',
    'xoxb-1234567890-0987654321-abcdefghijklmnopqrstuvwx',
  ]) {
    assert.ok(isPlaceholder(value), value);
  }
});

test('short weak passwords are left to the credential rules, random tokens are never runs', () => {
  for (const value of ['qwerty-99', 'Winter2024', 'letmein7', 'abc123']) assert.ok(!isPlaceholder(value), value);
  // Generated lookalikes of each token alphabet: not one in 2,000 of each is taken for a placeholder.
  for (const template of ['AIza{base64url:35}', 'sbp_{hex:40}', 'ghp_{crc32:30}', '{upper:20}', '{lower:24}', '{base64:40}', '{HEX:32}']) {
    let flagged = 0;
    for (let i = 0; i < 2000; i++) if (isPlaceholder(fake(template))) flagged++;
    assert.equal(flagged, 0, template);
  }
});

test('sequenceRuns measures runs of 3 or more stepping characters', () => {
  assert.deepEqual(sequenceRuns('abc'), { coverage: 1, longest: 3 });
  assert.deepEqual(sequenceRuns('ab'), { coverage: 0, longest: 2 });
  assert.equal(sequenceRuns('qwerty').longest, 6);
  assert.equal(sequenceRuns('').coverage, 0);
  assert.ok(sequenceRuns('x7Kp2Qm9Zr4Tb8Wn').coverage < 0.3);
});

test('published documentation values are recognized by the digest of the exact value', () => {
  const value = fake('AIza{base64url:35}');
  const digest = createHash('sha256').update(value).digest('hex');
  const index = indexPublishedExamples([{ sha256: digest, length: value.length, source: 'https://example.test/docs' }]);
  assert.ok(isPublishedExample(value, index));
  assert.ok(!isPublishedExample(value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A'), index), 'one character off');
  assert.ok(!isPublishedExample(value + 'A', index), 'longer');
  assert.ok(!isPublishedExample(fake('AIza{base64url:35}'), index), 'another lookalike');
  // The built-in list is not consulted by an explicit index, and random values are not in it.
  assert.ok(!isPublishedExample(value));
});

test('the published-examples data file: digests of exact values, each naming its page', async () => {
  assert.ok(PUBLISHED_EXAMPLES.length >= 8);
  const digests = new Set<string>();
  for (const entry of PUBLISHED_EXAMPLES) {
    assert.match(entry.sha256, /^[0-9a-f]{64}$/);
    assert.ok(Number.isInteger(entry.length) && entry.length >= 16, entry.sha256);
    assert.match(entry.source, /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    assert.ok(!digests.has(entry.sha256), `duplicate ${entry.sha256}`);
    digests.add(entry.sha256);
  }
  // Every entry has a comment of its own in the source file (what the value is), above its digest.
  const source = await readFile(new URL('../../../src/engine/published-examples.ts', import.meta.url), 'utf8');
  for (const entry of PUBLISHED_EXAMPLES) {
    const open = source.lastIndexOf('{', source.indexOf(entry.sha256));
    const lineAbove = source.slice(0, open).trimEnd().split('\n').at(-1) ?? '';
    assert.match(lineAbove, /^\s*\/\/ \S.{10,}$/, entry.sha256);
  }
  // Nothing in the file looks like a credential: only digests, lengths and addresses.
  assert.doesNotMatch(source, /AIza[0-9A-Za-z_-]{35}|AKIA[A-Z0-9]{16}|sk_(?:test|live)_[0-9A-Za-z]{10}/);
});
