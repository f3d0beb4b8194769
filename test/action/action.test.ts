// The bundled Action, run as the runner runs it, on push, new-branch push, deleted branch, pull request and
// schedule events against throwaway repositories with a local bare remote; no network.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../helpers/action.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { checkout, repoWithRemote } from '../helpers/remote.js';
import { preload } from '../helpers/processes.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { fake, githubToken } from '../helpers/secrets.js';

const ZERO = '0'.repeat(40);
const REPOSITORY = { default_branch: 'main', name: 'demo', owner: { login: 'octo' } };

function assertValidSarif(run: ActionRun): void {
  assert.ok(run.sarif, `no SARIF written\n${run.stdout}${run.stderr}`);
  assert.deepEqual(sarifSchemaErrors(run.sarif), []);
}

function annotations(run: ActionRun, level: string): string[] {
  return run.commands.filter((line) => line.startsWith(`::${level} `));
}

/** main: an old secret, then clean work; returns the ids. */
function mainHistory() {
  const setup = repoWithRemote();
  const oldSecret = githubToken();
  const c1 = setup.work.commit({ 'README.md': '# demo\n', 'old.env': `TOKEN=${oldSecret}\n` }, 'c1: old secret');
  const c2 = setup.work.commit({ 'old.env': 'TOKEN=\n' }, 'c2: clean up');
  setup.work.git('push', '-q', 'origin', 'main');
  return { ...setup, oldSecret, c1, c2 };
}

test('push: scans before..after only, writes outputs, summary, annotations and valid SARIF, fails on the finding', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const secret = githubToken();
  const c3 = h.work.commit({ 'src/app.js': `// app\nconst token = "${secret}";\n` }, 'c3: new secret');
  const c4 = h.work.commit({ 'docs.md': 'docs\n' }, 'c4: docs');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, c4, { depth: 0 });
  t.after(() => co.remove());
  const run = await runAction({
    event: 'push',
    payload: { ref: 'refs/heads/main', before: h.c2, after: c4, repository: REPOSITORY },
    workspace: co.dir,
  });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.findings, '1');
  assert.equal(run.outputs['new-findings'], '1');
  assert.equal(run.outputs['scanned-commits'], '2');
  assertValidSarif(run);
  const sarifRun = run.sarif!.runs[0]!;
  assert.equal(sarifRun.automationDetails.id, 'leakgate/push/');
  assert.deepEqual(sarifRun.results.map((r) => r.ruleId), ['github.pat']);
  const errors = annotations(run, 'error');
  assert.equal(errors.length, 1, run.stdout);
  assert.match(errors[0]!, /^::error title=leakgate github\.pat \(critical\),file=src\/app\.js,line=2,endLine=2,col=16,endColumn=56::/);
  assert.match(errors[0]!, new RegExp(`commit ${c3.slice(0, 12)}`));
  // Redacted everywhere by default.
  for (const text of [run.stdout, run.summary, JSON.stringify(run.sarif)]) assert.ok(!text.includes(secret), 'secret in clear');
  assert.ok(!run.stdout.includes(h.oldSecret.slice(0, 12)));
  assert.match(run.summary, /^## ❌ leakgate: 1 finding, 1 new \(1 critical\)/);
  assert.match(run.summary, /\| critical \| `github\.pat` GitHub personal access token[^|]* \| \[`src\/app\.js:2`\]\(https:\/\/github\.example\.test\/octo\/demo\/blob\/[0-9a-f]{40}\/src\/app\.js#L2\)/);
  assert.ok(run.summary.includes(`[\`${c3.slice(0, 7)}\`](https://github.example.test/octo/demo/commit/${c3})`));
  assert.match(run.summary, /### How to fix/);
  assert.match(run.summary, /leakgate:allow/);
  assert.match(run.stdout, /::error::leakgate: 1 new finding at or above "info"/);
});

test('push of a new branch from a shallow checkout: fetches main, scans only the branch\'s own commits', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  h.work.git('checkout', '-q', '-b', 'feature');
  const secret = githubToken();
  h.work.commit({ 'feature.txt': `key ${secret}\n` }, 'f1: secret');
  const f2 = h.work.commit({ 'feature2.txt': 'more\n' }, 'f2');
  h.work.git('push', '-q', 'origin', 'feature');
  const co = checkout(h.url, f2, { depth: 1, ref: 'refs/remotes/origin/feature' });
  t.after(() => co.remove());
  const run = await runAction({
    event: 'push',
    payload: { ref: 'refs/heads/feature', before: ZERO, after: f2, created: true, repository: REPOSITORY },
    workspace: co.dir,
    inputs: { redact: 'false' },
  });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs['scanned-commits'], '2');
  assert.equal(run.outputs.findings, '1');
  assert.match(run.stdout, /new ref: commits of [0-9a-f]{12} not on refs\/remotes\/origin\/main/);
  // redact: false shows the secret in the SARIF file and the summary.
  assert.ok(run.summary.includes(secret));
  assert.ok(JSON.stringify(run.sarif).includes(secret));
});

test('push that deletes a branch scans nothing and passes', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const co = checkout(h.url, h.c2, { depth: 1 });
  t.after(() => co.remove());
  const run = await runAction({
    event: 'push',
    payload: { ref: 'refs/heads/gone', before: h.c2, after: ZERO, deleted: true, repository: REPOSITORY },
    workspace: co.dir,
  });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['scanned-commits'], '0');
  assert.equal(run.outputs.findings, '0');
  assert.match(run.stdout, /ref deleted: nothing to scan/);
  assert.match(run.summary, /^## ✅ leakgate: no findings/);
  assert.match(run.summary, /nothing to scan/);
  assertValidSarif(run);
});

test('shallow push checkout: deepens from the remote, or fails naming fetch-depth: 0 without one', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const secret = githubToken();
  h.work.commit({ 'a.txt': `${secret}\n` }, 'c3');
  h.work.commit({ 'b.txt': 'b\n' }, 'c4');
  const c5 = h.work.commit({ 'c.txt': 'c\n' }, 'c5');
  h.work.git('push', '-q', 'origin', 'main');
  const payload = { ref: 'refs/heads/main', before: h.c2, after: c5, repository: REPOSITORY };
  const co = checkout(h.url, c5, { depth: 1 });
  t.after(() => co.remove());
  const run = await runAction({ event: 'push', payload, workspace: co.dir });
  assert.equal(run.outputs['scanned-commits'], '3', run.stdout + run.stderr);
  assert.equal(run.outputs.findings, '1');
  assert.match(run.stdout, /fetching|shallow/);

  const lonely = checkout(h.url, c5, { depth: 1 });
  t.after(() => lonely.remove());
  lonely.git('remote', 'remove', 'origin');
  const failed = await runAction({ event: 'push', payload, workspace: lonely.dir });
  assert.equal(failed.code, 2);
  assert.match(failed.stdout, /::error::leakgate: .*fetch-depth: 0/);
  assert.equal(failed.outputs.findings, undefined, 'no outputs from a scan that did not run');
});

/** A pull request: main has an old secret and moves on; the PR adds one secret; GitHub's merge ref is on the remote. */
function pullRequest() {
  const h = mainHistory();
  h.work.git('checkout', '-q', '-b', 'topic');
  const secret = githubToken();
  h.work.commit({ 'pr.txt': `token ${secret}\n` }, 'p1: secret');
  const head = h.work.commit({ 'pr2.txt': 'x\n' }, 'p2');
  h.work.git('checkout', '-q', 'main');
  const base = h.work.commit({ 'main.txt': 'later\n' }, 'main moves on');
  h.work.git('checkout', '-q', '--detach', base);
  h.work.git('merge', '-q', '--no-edit', head);
  const merge = h.work.git('rev-parse', 'HEAD').trim();
  h.work.git('push', '-q', 'origin', 'main', 'topic', `${merge}:refs/pull/1/merge`, `${head}:refs/pull/1/head`);
  const payload = {
    number: 1,
    pull_request: { number: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'topic' } },
    repository: REPOSITORY,
  };
  return { ...h, secret, head, base, merge, payload };
}

test('pull_request from a depth-1 merge checkout: the PR\'s commits only, PR category, fail-on none passes', async (t) => {
  const pr = pullRequest();
  t.after(() => pr.remove());
  const co = checkout(pr.url, pr.merge, { depth: 1, ref: 'refs/remotes/pull/1/merge' });
  t.after(() => co.remove());
  const run = await runAction({ event: 'pull_request', payload: pr.payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.findings, '1');
  assert.equal(run.outputs['scanned-commits'], '2');
  assertValidSarif(run);
  assert.equal(run.sarif!.runs[0]!.automationDetails.id, 'leakgate/pr/');
  assert.match(run.stdout, /pull request [0-9a-f]{12}\.\.\.[0-9a-f]{12}/);
  assert.match(run.summary, /fail-on: none/);
  assert.match(run.summary, /^## ⚠️ leakgate: 1 finding/);
});

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { body?: string };
}

/** A loopback stand-in for the issue comments API of octo/demo#1; records every request. */
async function commentServer() {
  const comments: { id: number; body: string; user: { login: string } }[] = [{ id: 7, body: 'LGTM', user: { login: 'someone' } }];
  const requests: Recorded[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      req.on('end', () => resolve(text));
    });
  const server = createServer(async (req, res) => {
    const text = await read(req);
    const body = text ? (JSON.parse(text) as { body?: string }) : {};
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && url.pathname === '/repos/octo/demo/issues/1/comments') {
      res.end(JSON.stringify(comments));
    } else if (req.method === 'POST' && url.pathname === '/repos/octo/demo/issues/1/comments') {
      const comment = { id: 100 + comments.length, body: body.body ?? '', user: { login: 'github-actions[bot]' } };
      comments.push(comment);
      res.statusCode = 201;
      res.end(JSON.stringify(comment));
    } else if (req.method === 'PATCH' && url.pathname.startsWith('/repos/octo/demo/issues/comments/')) {
      const comment = comments.find((c) => c.id === Number(url.pathname.split('/').pop()));
      if (comment) comment.body = body.body ?? '';
      res.statusCode = comment ? 200 : 404;
      res.end(JSON.stringify(comment ?? { message: 'Not Found' }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ message: 'Not Found' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, comments, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('comment-on-pr: creates one redacted comment, updates it in place on a re-run, never duplicates', async (t) => {
  const pr = pullRequest();
  t.after(() => pr.remove());
  const api = await commentServer();
  t.after(() => api.close());
  const co = checkout(pr.url, pr.merge, { depth: 0, ref: 'refs/remotes/pull/1/merge' });
  t.after(() => co.remove());
  const call = {
    event: 'pull_request',
    payload: pr.payload,
    workspace: co.dir,
    // Even with redact off, the comment never carries the secret in clear.
    inputs: { 'comment-on-pr': 'true', token: 'test-token-not-secret', redact: 'false' },
    env: { GITHUB_API_URL: api.url },
  };
  const first = await runAction(call);
  assert.equal(first.code, 1, first.stdout + first.stderr);
  assert.match(first.stdout, /comment created/);
  assert.deepEqual(
    api.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`),
    ['GET /repos/octo/demo/issues/1/comments', 'POST /repos/octo/demo/issues/1/comments'],
  );
  assert.equal(api.requests[0]!.authorization, 'token test-token-not-secret');
  const created = api.comments.at(-1)!;
  assert.ok(created.body.startsWith('<!-- leakgate -->\n'));
  assert.ok(!created.body.includes(pr.secret), 'secret in clear in the comment');
  assert.ok(created.body.includes(pr.secret.slice(0, 6)), 'redacted prefix shown');
  assert.match(created.body, /https:\/\/github\.example\.test\/octo\/demo\/actions\/runs\/42/);

  const second = await runAction(call);
  assert.equal(second.code, 1);
  assert.match(second.stdout, /comment updated/);
  assert.deepEqual(
    api.requests.slice(2).map((r) => `${r.method} ${r.url.split('?')[0]}`),
    ['GET /repos/octo/demo/issues/1/comments', `PATCH /repos/octo/demo/issues/comments/${created.id}`],
  );
  assert.equal(api.comments.filter((c) => c.body.includes('<!-- leakgate -->')).length, 1);
  assert.equal(api.comments[0]!.body, 'LGTM', 'other comments untouched');
});

test('comment-on-pr: an API failure is a warning, not a failed step', async (t) => {
  const pr = pullRequest();
  t.after(() => pr.remove());
  const co = checkout(pr.url, pr.merge, { depth: 0, ref: 'refs/remotes/pull/1/merge' });
  t.after(() => co.remove());
  const api = await commentServer();
  await api.close(); // nothing listens there any more
  const run = await runAction({
    event: 'pull_request',
    payload: pr.payload,
    workspace: co.dir,
    inputs: { 'comment-on-pr': 'true', token: 'test-token-not-secret', 'fail-on': 'none' },
    env: { GITHUB_API_URL: api.url },
  });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /::warning::comment-on-pr: could not comment on pull request #1/);
});

test('schedule: full history through the worker threads, history category, fail-on thresholds', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const password = fake('{random:24}');
  h.work.commit({ 'config/db.ini': `db_password = "${password}"\n` }, 'c3: medium finding');
  // Over the in-process budget (4 MiB), so the older blobs go to dist/worker.js; under dist/ and under 5 MiB, so
  // it is not an oversized blob (hygiene.large-blob warns from 5 MiB there).
  h.work.commit({ 'dist/filler.txt': `${'lorem ipsum dolor sit amet\n'.repeat(170_000)}` }, 'c4: filler');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, h.work.git('rev-parse', 'HEAD').trim(), { depth: 0 });
  t.after(() => co.remove());
  const payload = { schedule: '0 3 * * 1', repository: REPOSITORY };
  const probe = preload(t);
  const base = await runAction({ event: 'schedule', payload, workspace: co.dir, inputs: { 'fail-on': 'critical' }, env: probe.env });
  assert.equal(base.code, 1, base.stdout + base.stderr);
  // The scan ran in a second process with the single-threaded GC (src/launch/relaunch.ts), which alone printed the plan.
  assert.deepEqual(probe.processes(), ['first', 'relaunched']);
  assert.equal(base.stdout.match(/^leakgate \S+: full history/gm)?.length, 1, base.stdout);
  assert.equal(base.outputs.findings, '2');
  assert.equal(base.outputs['scanned-commits'], '4');
  assertValidSarif(base);
  assert.equal(base.sarif!.runs[0]!.automationDetails.id, 'leakgate/history/');
  assert.deepEqual(base.sarif!.runs[0]!.results.map((r) => r.ruleId).sort(), ['generic.password-assignment', 'github.pat']);
  assert.equal(annotations(base, 'error').length, 1);
  assert.equal(annotations(base, 'warning').length, 1);
  assert.match(base.summary, /full history of every branch and tag/);

  const high = await runAction({ event: 'schedule', payload, workspace: co.dir, inputs: { 'fail-on': 'high', 'working-directory': '.' } });
  assert.equal(high.code, 1);
  const none = await runAction({ event: 'workflow_dispatch', payload: {}, workspace: co.dir, inputs: { 'fail-on': 'none' } });
  assert.equal(none.code, 0, none.stdout + none.stderr);
  assert.equal(none.outputs.findings, '2');
});

test('fail-on counts severities: a medium finding fails at medium, passes at high', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const before = h.work.git('rev-parse', 'HEAD').trim();
  const after = h.work.commit({ 'app.cfg': `api_key = "${fake('{random:24}')}"\n` }, 'medium');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, after, { depth: 0 });
  t.after(() => co.remove());
  const payload = { ref: 'refs/heads/main', before, after, repository: REPOSITORY };
  const atMedium = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'medium' } });
  assert.equal(atMedium.code, 1, atMedium.stdout);
  const atHigh = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'HIGH' } });
  assert.equal(atHigh.code, 0, atHigh.stdout);
  assert.equal(atHigh.outputs.findings, '1');
  assert.match(atHigh.summary, /no new finding at or above high/);
});

test('baseline and config inputs: baseline findings are shown but not new, the config sets fail-on and path allowlists', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  // The old secret of mainHistory() is accepted into a baseline, committed like any reviewed file.
  const created = runCli(['baseline', 'create', '.leakgate-baseline.jsonl'], { cwd: h.work.dir });
  assert.equal(created.code, 0, created.stderr);
  h.work.commit({ '.leakgate-baseline.jsonl': readFileSync(join(h.work.dir, '.leakgate-baseline.jsonl')) }, 'baseline');
  h.work.commit({ 'src/new.js': `const token = "${githubToken()}";\n`, 'vendor/skip.js': `const t = "${githubToken()}";\n` }, 'new secret');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, h.work.git('rev-parse', 'HEAD').trim(), { depth: 0 });
  t.after(() => co.remove());
  writeFileSync(join(co.dir, 'ci-leakgate.yaml'), 'failOn: high\nallowlist:\n  paths: ["vendor/**"]\n');
  const payload = { schedule: '0 3 * * 1', repository: REPOSITORY };
  const run = await runAction({ event: 'schedule', payload, workspace: co.dir, inputs: { config: 'ci-leakgate.yaml' } });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.findings, '2', 'the baseline finding and the new one; vendor/ is allowlisted');
  assert.equal(run.outputs['new-findings'], '1');
  assert.deepEqual(run.sarif!.runs[0]!.results.map((r) => r.ruleId), ['github.pat']);
  assert.match(run.summary, /2 findings, 1 new/);
  assert.match(run.summary, /\| baseline \|/);
  assert.match(run.stdout, /at or above "high"/);
  const relaxed = await runAction({ event: 'schedule', payload, workspace: co.dir, inputs: { config: 'ci-leakgate.yaml', 'fail-on': 'none' } });
  assert.equal(relaxed.code, 0, 'the fail-on input wins over the config');
  const missing = await runAction({ event: 'schedule', payload, workspace: co.dir, inputs: { config: 'nope.yaml' } });
  assert.equal(missing.code, 2);
  assert.match(missing.stdout + missing.stderr, /nope\.yaml/);
});

test('a pushed blob too large for the secret rules fails the step with exit 2 naming it, unless allow-incomplete', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const before = h.work.git('rev-parse', 'HEAD').trim();
  // Text over the Action's 16 MiB limit for the secret rules: it could hold a secret that was not looked for.
  const after = h.work.commit({ 'data/dump.sql': 'INSERT INTO t VALUES (1);\n'.repeat(700_000) }, 'a large dump');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, after, { depth: 0 });
  t.after(() => co.remove());
  const payload = { ref: 'refs/heads/main', before, after, repository: REPOSITORY };
  const strict = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'none' } });
  assert.equal(strict.code, 2, strict.stdout + strict.stderr);
  assert.match(strict.stdout, /::error::leakgate: 1 item could not be fully scanned/);
  assert.match(strict.stdout, /too-large: data\/dump\.sql/);
  assertValidSarif(strict);
  const notes = strict.sarif!.runs[0]!.invocations[0]!.toolExecutionNotifications as { level: string; descriptor: { id: string } }[];
  assert.deepEqual(notes.map((n) => [n.descriptor.id, n.level]), [['too-large', 'error']]);
  const allowed = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { 'fail-on': 'none', 'allow-incomplete': 'true' } });
  assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
  assert.match(allowed.stdout, /::warning::leakgate: 1 item could not be fully scanned; passed because allow-incomplete is set/);
});

test('mode tree scans the files on disk with paths from the repository root', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const co = checkout(h.url, h.c2, { depth: 1 });
  t.after(() => co.remove());
  const secret = githubToken();
  mkdirSync(join(co.dir, 'deploy'));
  writeFileSync(join(co.dir, 'deploy', 'values.yaml'), `token: ${secret}\n`);
  // Hostile neighbours: a name with the characters workflow commands use as separators, binary, invalid UTF-8.
  writeFileSync(join(co.dir, 'deploy', 'we,ird:name%.txt'), Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(` then ${githubToken()}\n`)]));
  writeFileSync(join(co.dir, 'deploy', 'blob.bin'), Buffer.from([0, 1, 2, 0, 255, 254, 0]));
  const run = await runAction({ event: 'push', payload: {}, workspace: co.dir, inputs: { mode: 'tree', 'working-directory': 'deploy' } });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs['scanned-commits'], '0');
  assert.equal(run.outputs.findings, '2');
  assertValidSarif(run);
  assert.equal(run.sarif!.runs[0]!.automationDetails.id, 'leakgate/tree/');
  const files = annotations(run, 'error').map((line) => /file=([^,]*),/.exec(line)?.[1]);
  assert.deepEqual(files.sort(), ['deploy/values.yaml', 'deploy/we%2Cird%3Aname%25.txt']);
});

test('bad inputs and a range mode on a schedule fail with exit 2 and a message naming the input', async (t) => {
  const h = mainHistory();
  t.after(() => h.remove());
  const co = checkout(h.url, h.c2, { depth: 0 });
  t.after(() => co.remove());
  const bad = await runAction({ event: 'push', payload: {}, workspace: co.dir, inputs: { mode: 'everything', 'fail-on': 'severe', redact: 'maybe' } });
  assert.equal(bad.code, 2);
  assert.match(bad.stdout, /input "mode": expected one of auto, history, range, tree, got "everything"/);
  assert.match(bad.stdout, /input "fail-on": expected one of critical, high, medium, low, info, none, got "severe"/);
  assert.match(bad.stdout, /input "redact": expected true or false, got "maybe"/);
  const range = await runAction({ event: 'schedule', payload: {}, workspace: co.dir, inputs: { mode: 'range' } });
  assert.equal(range.code, 2);
  assert.match(range.stdout, /"range" scans the commits of a push.*"schedule" event/);
  const payload = await runAction({ event: 'push', payload: { before: 'nope', after: h.c2 }, workspace: co.dir });
  assert.equal(payload.code, 2);
  assert.match(payload.stdout, /push event payload: before: expected a commit id/);
  const baseline = await runAction({ event: 'schedule', payload: {}, workspace: co.dir, inputs: { baseline: 'missing.json' } });
  assert.equal(baseline.code, 2);
  assert.match(baseline.stdout, /input "baseline": missing\.json: no such file/);
});

test('the CLI bundle never loads @actions code; the Action bundle and its worker are in dist/', () => {
  const dist = join(ROOT, 'dist');
  const seen = new Set<string>();
  const stack = ['cli.cjs', 'cli-main.cjs', 'cli.js']; // cli.cjs runs cli-main.cjs by path (start.ts)
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    assert.ok(!/@actions\/|@octokit\/|undici/.test(text), `${file} (reached from the CLI) holds @actions code`);
    for (const m of text.matchAll(/(?:from |import\(|require\()\s*["']\.\/([^"']+)["']/g)) stack.push(m[1]!);
  }
  for (const file of ['cli-main.cjs', 'vendor/yaml.cjs', 'vendor/zod.cjs', 'vendor/smol-toml.cjs', 'vendor/picomatch.cjs']) {
    assert.ok(seen.has(file), `${file} is reached from the CLI`);
  }
  assert.ok(statSync(join(dist, 'action.js')).size > 0);
  assert.ok(statSync(join(dist, 'worker.js')).size > 0);
});
