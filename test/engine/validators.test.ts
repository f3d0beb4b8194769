import { test } from 'node:test';
import assert from 'node:assert/strict';
import { base62, crc32, hasCrc32Suffix, isJwtShaped } from '../../src/engine/validators.js';
import { fake } from '../helpers/secrets.js';

test('crc32 matches the standard check value', () => {
  assert.equal(crc32('123456789'), 0xcbf43926);
  assert.equal(crc32(''), 0);
});

test('base62 pads to the width', () => {
  assert.equal(base62(0, 6), '000000');
  assert.equal(base62(61, 2), '0z');
  assert.equal(base62(62, 1), '10');
});

test('a token with a valid checksum passes, a one-character change fails', () => {
  const token = fake('npm_{crc32:30}');
  assert.ok(hasCrc32Suffix(token));
  const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
  assert.ok(!hasCrc32Suffix(flipped));
  assert.ok(!hasCrc32Suffix(fake('npm_{random:36}')));
  assert.ok(!hasCrc32Suffix('npm_short'));
});

test('JWT shape check', () => {
  assert.ok(isJwtShaped(fake('{jwt:12}')));
  assert.ok(!isJwtShaped('eyJhbGciOi.notjson.sig'));
  assert.ok(!isJwtShaped('abc'));
});
