// The in-memory index of the staged and directory sources: places kept in the order met, paths inverted from them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlaceIndex } from '../../src/sources/place-index.js';

test('a blob at several paths: one entry per path, origins in the order met, unknown ids left out', async () => {
  const index = new PlaceIndex();
  assert.equal(index.add('b1', { path: 'a.env' }), true);
  assert.equal(index.add('b2', { path: 'dir/new\nline.txt', lines: [[2, 3]] }), true);
  assert.equal(index.add('b1', { path: 'copy/a.env' }), false);
  assert.equal(index.add('b3', { path: 'a.env' }), true);
  assert.deepEqual([...index.paths()], [
    { path: 'a.env', blobIds: ['b1', 'b3'] },
    { path: 'copy/a.env', blobIds: ['b1'] },
    { path: 'dir/new\nline.txt', blobIds: ['b2'] },
  ]);
  const origins = await index.origins(['b1', 'b2', 'nope', '']);
  assert.deepEqual([...origins.keys()], ['b1', 'b2']);
  assert.deepEqual(origins.get('b1'), [{ path: 'a.env' }, { path: 'copy/a.env' }]);
  assert.deepEqual(origins.get('b2'), [{ path: 'dir/new\nline.txt', lines: [[2, 3]] }]);
  // An answer is the caller's to change: the index keeps its own list.
  origins.get('b1')!.pop();
  assert.equal((await index.origins(['b1'])).get('b1')!.length, 2);
});

test('an empty index lists no path and knows no origin', async () => {
  const index = new PlaceIndex();
  assert.deepEqual([...index.paths()], []);
  assert.deepEqual(await index.origins(['b1']), new Map());
  assert.equal(index.placesOf('b1'), undefined);
});
