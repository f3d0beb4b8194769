// The one size parser behind --max-blob-size, --size-limit, the config's hygiene sizes and rule packs' size fields.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSizeText } from '../../src/core/size.js';

test('sizes in bytes and in powers of 1024, any case, with or without a space', () => {
  const cases: [string, number][] = [
    ['0', 0],
    ['2048', 2048],
    ['12b', 12],
    ['512k', 512 * 1024],
    ['512KB', 512 * 1024],
    ['1KiB', 1024],
    ['10 MB', 10 * 1024 ** 2],
    ['1mib', 1024 ** 2],
    ['1.5M', 1.5 * 1024 ** 2],
    ['2G', 2 * 1024 ** 3],
    ['1 GiB', 1024 ** 3],
    [' 16MiB ', 16 * 1024 ** 2],
    ['1.7', 1],
  ];
  for (const [text, bytes] of cases) assert.equal(parseSizeText(text), bytes, text);
});

test('anything else is not a size', () => {
  for (const text of ['', ' ', 'k', 'huge', '10 parsecs', '1zz', '10T', '-1', '1e6', '.5k', '1,024', '0x10', 'off', '10 k b']) {
    assert.equal(parseSizeText(text), undefined, JSON.stringify(text));
  }
});
