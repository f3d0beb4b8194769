// The Action at every checkout depth (0, 1, 2, 50) against local bare remotes, with the fetches actions/checkout
// makes replayed: a pull request whose base moved 700 commits ahead, a new branch, a force push whose old tip is
// gone, a merge group, and a checkout with no remote access. Each case counts the commits scanned, so a range that
// walks into old history (or stops short) fails here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { runAction, type ActionRun } from '../helpers/action.js';
import { checkout, repoWithRemote } from '../helpers/remote.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { githubToken } from '../helpers/secrets.js';
import { tempDir, type TestRepo } from '../helpers/repo.js';
import { join } from 'node:path';

const ZERO = '0'.repeat(40);
const REPOSITORY = { default_branch: 'main', name: 'demo', owner: { login: 'octo' } };
const DEPTHS = [0, 1, 2, 50];

/** Appends `count` commits touching `file` to the checked-out branch in one git fast-import; returns the new tip. */
function fill(work: TestRepo, file: string, count: number): string {
  const branch = work.git('symbolic-ref', 'HEAD').trim();
  const from = work.git('rev-parse', 'HEAD').trim();
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let i = 1; i <= count; i++) {
    chunks.push(`commit ${branch}\ncommitter Filler <filler@example.test> ${1_800_000_000 + i} +0000\n${data(`${file} ${i}`)}`);
    if (i === 1) chunks.push(`from ${from}\n`);
    chunks.push(`M 644 inline ${file}\n${data(`line ${i}\n`)}`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: work.dir, input: chunks.join(''), env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  work.git('reset', '-q', '--hard', branch);
  return work.git('rev-parse', 'HEAD').trim();
}

/** main: a secret added and removed, 200 commits; then `ahead` more commits of main after the topic branched off. */
function busyHistory(ahead: number) {
  const setup = repoWithRemote();
  const oldSecret = githubToken();
  setup.work.commit({ 'README.md': '# demo\n', 'old.env': `TOKEN=${oldSecret}\n` }, 'old secret');
  setup.work.commit({ 'old.env': 'TOKEN=\n' }, 'removed');
  const forkPoint = fill(setup.work, 'main-old.txt', 200);
  setup.work.git('checkout', '-q', '-b', 'topic');
  const secret = githubToken();
  const first = setup.work.commit({ 'pr.txt': `token ${secret}\n` }, 'topic: secret');
  const head = fill(setup.work, 'topic.txt', 9);
  setup.work.git('checkout', '-q', 'main');
  const base = ahead > 0 ? fill(setup.work, 'main-new.txt', ahead) : forkPoint;
  setup.work.git('push', '-q', 'origin', 'main', 'topic');
  return { ...setup, oldSecret, secret, forkPoint, first, head, base };
}

function assertScanned(run: ActionRun, commits: number, findings: number, label: string): void {
  const log = `${label}\n${run.stdout}${run.stderr}`;
  assert.equal(run.outputs['scanned-commits'], String(commits), log);
  assert.equal(run.outputs.findings, String(findings), log);
  assert.ok(run.sarif, log);
  assert.deepEqual(sarifSchemaErrors(run.sarif), [], label);
}

test('pull_request whose base moved 700 commits ahead: exactly the 10 PR commits at every depth', async (t) => {
  const h = busyHistory(700);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '--detach', h.base);
  h.work.git('merge', '-q', '--no-edit', h.head);
  const merge = h.work.git('rev-parse', 'HEAD').trim();
  h.work.git('push', '-q', 'origin', `${merge}:refs/pull/1/merge`, `${h.head}:refs/pull/1/head`);
  const payload = {
    number: 1,
    pull_request: { number: 1, commits: 10, base: { sha: h.base, ref: 'main' }, head: { sha: h.head, ref: 'topic' } },
    repository: REPOSITORY,
  };
  for (const depth of DEPTHS) {
    const co = checkout(h.url, merge, { depth, ref: 'refs/remotes/pull/1/merge' });
    t.after(() => co.remove());
    const run = await runAction({ event: 'pull_request', payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assertScanned(run, 10, 1, `depth ${depth}`);
    assert.equal(run.sarif!.runs[0]!.automationDetails.id, 'leakgate/');
    assert.ok(!JSON.stringify(run.sarif).includes('old.env'), `depth ${depth}: the secret removed from main long ago is not the PR's`);
    if (depth > 0) assert.match(run.stdout, /merge-base/, `depth ${depth}: says why it deepens`);
  }
});

test('push that creates a branch: only the branch\'s own commits at every depth', async (t) => {
  const h = busyHistory(300);
  t.after(() => h.remove());
  const payload = { ref: 'refs/heads/topic', before: ZERO, after: h.head, created: true, repository: REPOSITORY };
  for (const depth of DEPTHS) {
    const co = checkout(h.url, h.head, { depth, ref: 'refs/remotes/origin/topic' });
    t.after(() => co.remove());
    const run = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assertScanned(run, 10, 1, `depth ${depth}`);
  }
});

test('merge_group: the queued commits only, at every depth', async (t) => {
  const h = busyHistory(120);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '--detach', h.base);
  h.work.git('merge', '-q', '--no-edit', h.head);
  const group = h.work.git('rev-parse', 'HEAD').trim();
  const ref = `refs/heads/gh-readonly-queue/main/pr-1-${h.head}`;
  h.work.git('push', '-q', 'origin', `${group}:${ref}`);
  const payload = { merge_group: { head_sha: group, head_ref: ref, base_sha: h.base, base_ref: 'refs/heads/main' }, repository: REPOSITORY };
  for (const depth of DEPTHS) {
    const co = checkout(h.url, group, { depth, ref: `refs/remotes/origin/gh-readonly-queue/main/pr-1-${h.head}` });
    t.after(() => co.remove());
    const run = await runAction({ event: 'merge_group', payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    // The 10 topic commits and the merge commit the queue made.
    assertScanned(run, 11, 1, `depth ${depth}`);
  }
});

test('force push whose old tip is gone: the commits the payload lists, and it says so', async (t) => {
  const h = busyHistory(0);
  t.after(() => h.remove());
  h.work.git('checkout', '-q', 'topic');
  h.work.git('reset', '-q', '--hard', h.first);
  const secret = githubToken();
  const n1 = h.work.commit({ 'new.txt': `key ${secret}\n` }, 'rewritten 1');
  const n2 = h.work.commit({ 'new2.txt': 'x\n' }, 'rewritten 2');
  h.work.git('push', '-q', '--force', 'origin', 'topic');
  h.remote.git('reflog', 'expire', '--expire=now', '--all');
  h.remote.git('gc', '-q', '--prune=now');
  const payload = { ref: 'refs/heads/topic', before: h.head, after: n2, forced: true, commits: [{ id: n1 }, { id: n2 }], repository: REPOSITORY };
  for (const depth of DEPTHS) {
    const co = checkout(h.url, n2, { depth, ref: 'refs/remotes/origin/topic' });
    t.after(() => co.remove());
    const run = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assertScanned(run, 2, 1, `depth ${depth}`);
    assert.match(run.stdout, /previous tip [0-9a-f]{12} not found: the 2 commits the push event lists/);
    assert.ok(!JSON.stringify(run.sarif).includes('pr.txt'), `depth ${depth}: the unchanged first commit is not rescanned`);
  }
  // A payload entry that is not a commit id: the listed set cannot be trusted, so the branch's own commits are scanned.
  const co = checkout(h.url, n2, { depth: 1, ref: 'refs/remotes/origin/topic' });
  t.after(() => co.remove());
  const run = await runAction({ event: 'push', payload: { ...payload, commits: [{ id: n1 }, { id: 'nope' }] }, workspace: co.dir, inputs: { 'fail-on': 'none' } });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assertScanned(run, 3, 2, 'malformed payload');
});

test('no remote access: a shallow checkout exits 2 naming fetch-depth: 0, a full one scans', async (t) => {
  const h = busyHistory(60);
  t.after(() => h.remove());
  const payload = {
    number: 1,
    pull_request: { number: 1, base: { sha: h.base, ref: 'main' }, head: { sha: h.head, ref: 'topic' } },
    repository: REPOSITORY,
  };
  for (const depth of [1, 2, 50]) {
    const co = checkout(h.url, h.head, { depth, ref: 'refs/remotes/origin/topic' });
    t.after(() => co.remove());
    co.git('fetch', '-q', `--depth=${depth}`, 'origin', h.base);
    co.git('remote', 'set-url', 'origin', `${h.url}-gone`);
    const run = await runAction({ event: 'pull_request', payload, workspace: co.dir });
    assert.equal(run.code, 2, `depth ${depth}\n${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /::error::leakgate: .*fetch-depth: 0/, `depth ${depth}`);
    assert.equal(run.outputs['scanned-commits'], undefined);
  }
  const full = checkout(h.url, h.head, { depth: 0, ref: 'refs/remotes/origin/topic' });
  t.after(() => full.remove());
  full.git('remote', 'remove', 'origin');
  // Also: the category input, and the SARIF file in RUNNER_TEMP (not the working tree) when sarif-file is empty.
  const runnerTemp = tempDir('leakgate-runner-temp-');
  t.after(() => runnerTemp.remove());
  const run = await runAction({
    event: 'pull_request',
    payload,
    workspace: full.dir,
    inputs: { 'fail-on': 'none', category: 'leakgate/secrets', 'sarif-file': '' },
    env: { RUNNER_TEMP: runnerTemp.dir },
  });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assertScanned(run, 10, 1, 'depth 0 without a remote');
  assert.equal(run.outputs['sarif-file'], join(runnerTemp.dir, 'leakgate.sarif'));
  assert.equal(run.sarif!.runs[0]!.automationDetails.id, 'leakgate/secrets/');
  assert.equal(full.git('status', '--porcelain', '--ignored'), '', 'nothing written into the working tree');
});
