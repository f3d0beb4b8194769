// What each event scans and under which SARIF category, through planScan directly (the bundle tests cover the
// same paths end to end for push, pull_request and schedule).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planScan } from '../../src/action/event.js';
import { checkout, repoWithRemote } from '../helpers/remote.js';

function setup() {
  const h = repoWithRemote();
  const base = h.work.commit({ 'a.txt': 'a\n' }, 'base');
  h.work.git('checkout', '-q', '-b', 'topic');
  const t1 = h.work.commit({ 'b.txt': 'b\n' }, 't1');
  h.work.git('push', '-q', 'origin', 'main', 'topic');
  const co = checkout(h.url, t1, { depth: 0 });
  return { base, t1, co, remove: () => (h.remove(), co.remove()) };
}

test('merge_group and pull_request_target scan base..head under the one category pushes share', async (t) => {
  const s = setup();
  t.after(() => s.remove());
  const group = await planScan('auto', { eventName: 'merge_group', payload: { merge_group: { base_sha: s.base, head_sha: s.t1 } } }, s.co.dir, {});
  assert.equal(group.automationId, 'leakgate/');
  assert.deepEqual(group.target, { type: 'history', path: s.co.dir, revs: [s.t1, '--not', s.base] });
  const target = await planScan(
    'range',
    { eventName: 'pull_request_target', payload: { pull_request: { number: 9, base: { sha: s.base }, head: { sha: s.t1 } } } },
    s.co.dir,
    {},
  );
  assert.equal(target.pullRequest, 9);
  assert.equal(target.kind, 'pull-request');
});

test('history and tree modes ignore the event; other events scan the full history', async (t) => {
  const s = setup();
  t.after(() => s.remove());
  const push = { eventName: 'push', payload: { before: s.base, after: s.t1 } };
  assert.deepEqual((await planScan('history', push, s.co.dir, {})).target, { type: 'history', path: s.co.dir });
  assert.deepEqual((await planScan('tree', push, s.co.dir, {})).target, { type: 'directory', path: s.co.dir });
  const dispatch = await planScan('auto', { eventName: 'workflow_dispatch', payload: {} }, s.co.dir, {});
  assert.equal(dispatch.automationId, 'leakgate/history/');
  assert.equal((await planScan('auto', push, s.co.dir, {})).automationId, 'leakgate/');
  await assert.rejects(planScan('auto', { eventName: 'pull_request', payload: { pull_request: { base: { sha: s.base } } } }, s.co.dir, {}), /pull_request\.head\.sha: expected a commit id/);
});
