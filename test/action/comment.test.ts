// The PR comment upsert: finds its own comment by the marker, updates rather than duplicates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { upsertComment, type CommentApi } from '../../src/action/comment.js';
import { COMMENT_MARKER } from '../../src/action/summary.js';

function fakeApi(initial: { id: number; body?: string | null }[]) {
  const calls: string[] = [];
  const comments = [...initial];
  const api: CommentApi = {
    list: async () => {
      calls.push('list');
      return comments;
    },
    update: async (id, body) => {
      calls.push(`update ${id}`);
      comments.find((c) => c.id === id)!.body = body;
    },
    create: async (body) => {
      calls.push('create');
      comments.push({ id: 99, body });
    },
  };
  return { api, calls, comments };
}

test('creates when there is no marked comment, updates the marked one otherwise', async () => {
  const fresh = fakeApi([{ id: 1, body: 'hello' }, { id: 2, body: null }]);
  assert.equal(await upsertComment(fresh.api, `${COMMENT_MARKER}\nfindings`, true), 'created');
  assert.deepEqual(fresh.calls, ['list', 'create']);
  const again = fakeApi([{ id: 1, body: 'hello' }, { id: 5, body: `${COMMENT_MARKER}\nold` }]);
  assert.equal(await upsertComment(again.api, `${COMMENT_MARKER}\nnew`, true), 'updated');
  assert.deepEqual(again.calls, ['list', 'update 5']);
  assert.equal(again.comments[1]!.body, `${COMMENT_MARKER}\nnew`);
});

test('a clean pull request gets no new comment, but its earlier comment is updated to clean', async () => {
  const none = fakeApi([]);
  assert.equal(await upsertComment(none.api, `${COMMENT_MARKER}\nclean`, false), 'skipped');
  assert.deepEqual(none.calls, ['list']);
  const earlier = fakeApi([{ id: 3, body: `${COMMENT_MARKER}\n1 finding` }]);
  assert.equal(await upsertComment(earlier.api, `${COMMENT_MARKER}\nclean`, false), 'updated');
});

test('an oversized body is cut below GitHub\'s limit', async () => {
  const big = fakeApi([]);
  await upsertComment(big.api, `${COMMENT_MARKER}\n${'x'.repeat(100_000)}`, true);
  assert.ok(big.comments[0]!.body!.length < 65_536);
});
