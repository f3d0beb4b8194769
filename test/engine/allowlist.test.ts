import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlaceholder } from '../../src/engine/allowlist.js';
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
