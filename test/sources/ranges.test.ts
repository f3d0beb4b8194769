// Push and pull request ranges, against real repositories: which commits they hold, and how shallow or partial
// checkouts are completed from a local bare remote, or refused when there is none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullHistoryRange, isShallow, pullRequestRange, pushRange, type CommitRange } from '../../src/sources/ranges.js';
import { checkout, repoWithRemote, type Checkout } from '../helpers/remote.js';

const ZERO = '0'.repeat(40);
const MAIN = [{ rev: 'refs/remotes/origin/main', fetch: '+refs/heads/main:refs/remotes/origin/main' }];

function commitsOf(repo: Checkout, range: CommitRange): string[] {
  if (range.revs.length === 0) return [];
  return repo.git('rev-list', ...range.revs, '--').split('\n').filter(Boolean).sort();
}

/** main: c1..c5 on origin; returns their ids. */
function history(n = 5) {
  const setup = repoWithRemote();
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) ids.push(setup.work.commit({ [`f${i}.txt`]: `${i}\n` }, `c${i}`));
  setup.work.git('push', '-q', 'origin', 'main');
  return { ...setup, ids };
}

test('a push scans before..after and nothing earlier', async (t) => {
  const h = history();
  t.after(() => h.remove());
  const co = checkout(h.url, h.ids[4]!, { depth: 0 });
  t.after(() => co.remove());
  const range = await pushRange(co.dir, h.ids[1]!, h.ids[4]!, MAIN, { remote: 'origin' });
  assert.deepEqual(commitsOf(co, range), h.ids.slice(2).sort());
  assert.match(range.description, /^push /);
});

test('a new branch scans its commits not on the default branch; a new default branch scans all of it', async (t) => {
  const h = history(3);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'feature');
  const f1 = h.work.commit({ 'feature.txt': 'a\n' }, 'f1');
  const f2 = h.work.commit({ 'feature.txt': 'b\n' }, 'f2');
  h.work.git('push', '-q', 'origin', 'feature');
  const co = checkout(h.url, f2, { depth: 0 });
  t.after(() => co.remove());
  const range = await pushRange(co.dir, ZERO, f2, MAIN, { remote: 'origin' });
  assert.deepEqual(commitsOf(co, range), [f1, f2].sort());
  assert.match(range.description, /new ref/);
  const first = await pushRange(co.dir, ZERO, h.ids[2]!, [], { remote: 'origin' });
  assert.deepEqual(commitsOf(co, first), h.ids.slice().sort());
});

test('a deleted branch scans nothing', async (t) => {
  const h = history(2);
  t.after(() => h.remove());
  const co = checkout(h.url, h.ids[1]!, { depth: 0 });
  t.after(() => co.remove());
  const range = await pushRange(co.dir, h.ids[1]!, ZERO, MAIN, { remote: 'origin' });
  assert.deepEqual(range.revs, []);
  assert.match(range.description, /deleted/);
});

test('a force push scans what is new; with the old tip gone it falls back to the commits not on main', async (t) => {
  const h = history(3);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'topic');
  const old = h.work.commit({ 'topic.txt': 'old\n' }, 'old work');
  h.work.git('push', '-q', 'origin', 'topic');
  h.work.git('reset', '-q', '--hard', h.ids[2]!);
  const n1 = h.work.commit({ 'topic.txt': 'new\n' }, 'new work');
  const n2 = h.work.commit({ 'topic2.txt': 'new\n' }, 'more new work');
  h.work.git('push', '-q', '--force', 'origin', 'topic');

  // A full clone made before the force push still holds the old tip.
  const co = checkout(h.url, n2, { depth: 0 });
  t.after(() => co.remove());
  co.git('fetch', '-q', h.work.dir, old);
  const range = await pushRange(co.dir, old, n2, MAIN, { remote: 'origin' });
  assert.deepEqual(commitsOf(co, range), [n1, n2].sort());
  assert.match(range.description, /force push/);

  // The old tip is unreachable on the remote and absent here: same commits, and the description says why.
  h.remote.git('reflog', 'expire', '--expire=now', '--all');
  h.remote.git('gc', '-q', '--prune=now');
  const fresh = checkout(h.url, n2, { depth: 0 });
  t.after(() => fresh.remove());
  const fallback = await pushRange(fresh.dir, old, n2, MAIN, { remote: 'origin' });
  assert.deepEqual(commitsOf(fresh, fallback), [n1, n2].sort());
  assert.match(fallback.description, /previous tip .* not found/);
});

test('a pull request scans merge-base..head even after its base moved on', async (t) => {
  const h = history(3);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'pr');
  const p1 = h.work.commit({ 'pr.txt': '1\n' }, 'p1');
  h.work.git('checkout', '-q', 'main');
  h.work.commit({ 'main.txt': 'later\n' }, 'main moves on');
  h.work.git('checkout', '-q', 'pr');
  h.work.git('merge', '-q', '--no-edit', 'main');
  const p2 = h.work.commit({ 'pr.txt': '2\n' }, 'p2');
  const merge = h.work.git('rev-parse', 'HEAD~1').trim();
  h.work.git('push', '-q', 'origin', 'main', 'pr');
  const base = h.work.git('rev-parse', 'main').trim();
  const co = checkout(h.url, p2, { depth: 0 });
  t.after(() => co.remove());
  const range = await pullRequestRange(co.dir, base, p2, { remote: 'origin' });
  assert.deepEqual(commitsOf(co, range), [p1, merge, p2].sort());
});

test('a shallow checkout is deepened from the remote until the whole range is there', async (t) => {
  const h = history(60);
  t.after(() => h.remove());
  const co = checkout(h.url, h.ids[59]!, { depth: 1 });
  t.after(() => co.remove());
  assert.equal(await isShallow(co.dir), true);
  const log: string[] = [];
  // 55 commits: more than the first deepening step fetches, so it takes two rounds.
  const range = await pushRange(co.dir, h.ids[4]!, h.ids[59]!, MAIN, { remote: 'origin', log: (line) => log.push(line) });
  assert.deepEqual(commitsOf(co, range), h.ids.slice(5).sort());
  assert.ok(log.some((line) => /shallow/.test(line)), log.join('\n'));
});

test('a shallow new-branch push fetches the default branch to measure against', async (t) => {
  const h = history(4);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'feature');
  const f1 = h.work.commit({ 'feature.txt': 'a\n' }, 'f1');
  h.work.git('push', '-q', 'origin', 'feature');
  const co = checkout(h.url, f1, { depth: 1, ref: 'refs/remotes/origin/feature' });
  t.after(() => co.remove());
  const range = await pushRange(co.dir, ZERO, f1, MAIN, { remote: 'origin' });
  assert.deepEqual(commitsOf(co, range), [f1]);
});

test('without a remote, a shallow or incomplete checkout is an error naming fetch-depth: 0', async (t) => {
  const h = history(4);
  t.after(() => h.remove());
  const co = checkout(h.url, h.ids[3]!, { depth: 1 });
  t.after(() => co.remove());
  co.git('remote', 'remove', 'origin');
  await assert.rejects(pushRange(co.dir, h.ids[0]!, h.ids[3]!, MAIN, {}), (error: Error) => /fetch-depth: 0/.test(error.message));
  await assert.rejects(fullHistoryRange(co.dir, {}), (error: Error) => /shallow clone.*fetch-depth: 0/.test(error.message));
  co.git('remote', 'add', 'origin', `${h.url}-gone`);
  await assert.rejects(pullRequestRange(co.dir, h.ids[0]!, h.ids[3]!, { remote: 'origin' }), (error: Error) =>
    /could not be fetched from origin.*fetch-depth: 0/.test(error.message),
  );
});

test('the full history of a shallow checkout is fetched whole, with every branch', async (t) => {
  const h = history(3);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'other');
  const other = h.work.commit({ 'other.txt': 'x\n' }, 'other');
  h.work.git('push', '-q', 'origin', 'other');
  const co = checkout(h.url, h.ids[2]!, { depth: 1 });
  t.after(() => co.remove());
  const range = await fullHistoryRange(co.dir, { remote: 'origin' });
  assert.equal(await isShallow(co.dir), false);
  assert.deepEqual(commitsOf(co, range), [...h.ids, other].sort());
});
