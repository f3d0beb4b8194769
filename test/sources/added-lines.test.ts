// The -U0 patch parser behind "only added or changed lines count", on hand-written patches.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intersectLines, pairKey, parseAddedLines } from '../../src/sources/added-lines.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

test('added lines of several files, keyed by blob pair', () => {
  const patch = [
    'diff --git a/x b/x',
    `index ${A}..${B} 100644`,
    '--- a/x',
    '+++ b/x',
    '@@ -1,0 +2,2 @@',
    '+one',
    '+two',
    '@@ -5 +7 @@',
    '-old',
    '+new',
    'diff --git a/with space b/with space',
    `index ${B}..${C}`,
    '@@ -3,2 +2,0 @@',
    '-gone',
    '-gone too',
    '',
  ].join('\n');
  const added = parseAddedLines(patch);
  assert.deepEqual(added.get(pairKey(A, B)), [
    [2, 3],
    [7, 7],
  ]);
  assert.deepEqual(added.get(pairKey(B, C)), []);
});

test('content lines that look like headers are counted, not parsed', () => {
  const patch = [
    `index ${A}..${B}`,
    '@@ -1,2 +1,3 @@',
    '-@@ -9 +9 @@',
    '-diff --git a/y b/y',
    '+index 0000..1111',
    '++++ b/z',
    '+Binary files a and b differ',
    '',
  ].join('\n');
  assert.deepEqual(parseAddedLines(patch).get(pairKey(A, B)), [[1, 3]]);
});

test('binary pairs map to undefined; merged hunks with context count only + lines', () => {
  const patch = [
    `index ${A}..${B}`,
    'Binary files a/x and b/x differ',
    'diff --git a/y b/y',
    `index ${B}..${C}`,
    '@@ -1,3 +1,4 @@',
    ' same',
    '+added',
    ' same',
    '-removed',
    '+changed',
    '\\ No newline at end of file',
    '',
  ].join('\n');
  const added = parseAddedLines(patch);
  assert.ok(added.has(pairKey(A, B)));
  assert.equal(added.get(pairKey(A, B)), undefined);
  assert.deepEqual(added.get(pairKey(B, C)), [
    [2, 2],
    [4, 4],
  ]);
});

test('intersection of line ranges', () => {
  assert.deepEqual(
    intersectLines(
      [
        [1, 5],
        [8, 10],
      ],
      [
        [3, 9],
        [12, 12],
      ],
    ),
    [
      [3, 5],
      [8, 9],
    ],
  );
  assert.deepEqual(intersectLines([[1, 2]], []), []);
});
