// The history walk's table of blob introductions (src/sources/intro-table.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { IntroTable } from '../../src/sources/intro-table.js';

const sha1 = (n: number): string => createHash('sha1').update(String(n)).digest('hex');
const sha256 = (n: number): string => createHash('sha256').update(String(n)).digest('hex');
/** Smaller commit index = earlier, in this model. */
const earlier = (now: number, old: number): boolean => now < old;

test('finds every id it recorded across growth, and none it did not', () => {
  const table = new IntroTable();
  const entries = new Map<string, number>();
  for (let i = 0; i < 5000; i++) {
    const e = table.record(sha1(i), i, i % 17, undefined, earlier);
    assert.equal(e, i);
    entries.set(sha1(i), e);
  }
  assert.equal(table.size, 5000);
  for (const [id, e] of entries) {
    assert.equal(table.find(id), e);
    assert.equal(table.idOf(e), id);
    assert.equal(table.pathOf(e), e % 17);
  }
  for (let i = 5000; i < 5100; i++) assert.equal(table.find(sha1(i)), -1);
  // Recording a known blob again returns -1 and adds no entry.
  assert.equal(table.record(sha1(3), 1, 3, undefined, earlier), -1);
  assert.equal(table.size, 5000);
});

test('keeps the earliest introduction per path, and every path', () => {
  const table = new IntroTable();
  const id = sha1(1);
  const e = table.record(id, 50, 1, undefined, earlier);
  table.record(id, 60, 1, undefined, earlier); // later at the same path: ignored
  table.record(id, 40, 1, ['p1'], earlier); // earlier at the same path: replaces, with its parents
  table.record(id, 70, 2, undefined, earlier); // a second path
  table.record(id, 65, 2, ['p2'], earlier); // earlier at the second path
  table.record(id, 90, 3, undefined, earlier); // a third path
  assert.deepEqual(table.intros(e), [
    { commit: 40, path: 1, parents: ['p1'] },
    { commit: 65, path: 2, parents: ['p2'] },
    { commit: 90, path: 3 },
  ]);
  assert.deepEqual(
    table.morePaths(e).map((i) => i.path),
    [2, 3],
  );
});

test('SHA-256 ids work; ids of another width, non-hex or odd lengths are never found', () => {
  const table = new IntroTable();
  const e = table.record(sha256(1), 1, 0, undefined, earlier);
  assert.equal(table.find(sha256(1)), e);
  assert.equal(table.idOf(e), sha256(1));
  assert.equal(table.find(sha1(1)), -1);
  assert.equal(table.find(sha256(1).toUpperCase().replace(/[0-9]/g, 'z')), -1);
  assert.equal(table.find('abc'), -1);
  assert.equal(table.find(''), -1);
  assert.equal(new IntroTable().find(sha1(1)), -1);
  assert.equal(IntroTable.isId(sha1(1)), true);
  assert.equal(IntroTable.isId(sha256(1)), true);
  for (const bad of ['', 'abc', sha1(1).toUpperCase(), `${sha1(1).slice(0, 39)}g`, `${sha1(1)}00`]) assert.equal(IntroTable.isId(bad), false, bad);
});
