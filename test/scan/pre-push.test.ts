// `leakgate scan --pre-push`: git's pre-push input -> exactly the commits the push adds to the remote.

import { test } from 'node:test';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';
import { parsePrePushInput } from '../../src/sources/pre-push.js';

const ZERO = '0'.repeat(40);

function prePush(repo: TestRepo, lines: string[], env: NodeJS.ProcessEnv = {}) {
  const result = runCli(['scan', '--pre-push', '-f', 'json', '--no-redact', '--no-progress'], {
    cwd: repo.dir,
    input: lines.map((l) => `${l}\n`).join(''),
    env,
  });
  if (result.code === 2) throw new Error(`scan failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { findings: { secret: string; path: string }[]; scan: { commits: number; blobs: number } };
  return { code: result.code, stderr: result.stderr, secrets: report.findings.map((f) => f.secret).sort(), report };
}

/** A repository whose origin/main (remote-tracking ref) is at a first commit holding an already-published secret. */
function published(t: { after(fn: () => void): void }) {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  const base = repo.commit({ 'pub.txt': `published ${old}\n` }, 'published');
  repo.git('update-ref', 'refs/remotes/origin/main', base);
  return { repo, base, old };
}

test('an update of an existing branch scans remote..local only', (t) => {
  const { repo, base } = published(t);
  const token = githubToken();
  repo.commit({ 'a.txt': `k ${token}\n` }, 'new work');
  const local = repo.commit({ 'b.txt': 'clean\n' }, 'more');
  const { code, stderr, secrets, report } = prePush(repo, [`refs/heads/main ${local} refs/heads/main ${base}`]);
  assert.equal(code, 1);
  assert.deepEqual(secrets, [token]);
  assert.equal(report.scan.commits, 2);
  assert.match(stderr, /scanned 2 files .*2 commits: 1 finding/);
  assert.match(stderr, /push blocked/);
});

test('a new branch scans only commits not on any remote-tracking ref, however many', (t) => {
  const { repo, base } = published(t);
  repo.git('checkout', '-q', '-b', 'feature');
  const deep = githubToken();
  repo.commit({ 'deep.txt': `k ${deep}\n` }, 'first feature commit');
  for (let i = 0; i < 30; i++) repo.commit({ 'counter.txt': `${i}\n` }, `feature ${i}`);
  const local = repo.git('rev-parse', 'HEAD').trim();
  const { secrets, report } = prePush(repo, [`refs/heads/feature ${local} refs/heads/feature ${ZERO}`]);
  assert.deepEqual(secrets, [deep], 'the secret 31 commits back is found; the published one is not');
  assert.equal(report.scan.commits, 31);
  assert.notEqual(base, local);
});

test('a ref deletion scans nothing; empty input scans nothing; both exit 0 and say so', (t) => {
  const { repo, base } = published(t);
  const deletion = prePush(repo, [`(delete) ${ZERO} refs/heads/old ${base}`]);
  assert.equal(deletion.code, 0);
  assert.match(deletion.stderr, /nothing to scan/);
  const empty = prePush(repo, []);
  assert.equal(empty.code, 0);
  assert.match(empty.stderr, /nothing to scan/);
});

test('tags: annotated and lightweight tags are peeled to their commits', (t) => {
  const { repo } = published(t);
  repo.git('checkout', '-q', '--detach');
  const token = githubToken();
  const tagged = repo.commit({ 'rel.txt': `k ${token}\n` }, 'release only');
  repo.git('tag', '-a', '-m', 'v1', 'v1');
  repo.git('tag', 'light');
  const annotated = repo.git('rev-parse', 'v1').trim();
  assert.notEqual(annotated, tagged);
  const a = prePush(repo, [`refs/tags/v1 ${annotated} refs/tags/v1 ${ZERO}`]);
  assert.deepEqual(a.secrets, [token]);
  const l = prePush(repo, [`refs/tags/light ${tagged} refs/tags/light ${ZERO}`]);
  assert.deepEqual(l.secrets, [token]);
  // A tag on a commit the remote already has adds nothing.
  repo.git('update-ref', 'refs/remotes/origin/release', tagged);
  const again = prePush(repo, [`refs/tags/v1 ${annotated} refs/tags/v1 ${ZERO}`]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /nothing to scan/);
});

test('a force push scans what is new, not what the remote had', (t) => {
  const { repo, base } = published(t);
  const dropped = githubToken();
  const remoteTip = repo.commit({ 'x.txt': `k ${dropped}\n` }, 'pushed earlier, to be rewritten');
  repo.git('update-ref', 'refs/remotes/origin/main', remoteTip);
  repo.git('reset', '-q', '--hard', base);
  const fresh = githubToken();
  const local = repo.commit({ 'y.txt': `k ${fresh}\n` }, 'rewritten');
  const { secrets, report } = prePush(repo, [`refs/heads/main ${local} refs/heads/main ${remoteTip}`]);
  assert.deepEqual(secrets, [fresh]);
  assert.equal(report.scan.commits, 1);
});

test('a remote value unknown here falls back to "not on any remote-tracking ref"', (t) => {
  const { repo } = published(t);
  const token = githubToken();
  const local = repo.commit({ 'a.txt': `k ${token}\n` }, 'new');
  const { secrets, report } = prePush(repo, [`refs/heads/main ${local} refs/heads/main ${'ab'.repeat(20)}`]);
  assert.deepEqual(secrets, [token]);
  assert.equal(report.scan.commits, 1);
});

test('several refs in one push are one walk', (t) => {
  const { repo, base } = published(t);
  const one = githubToken();
  const two = githubToken();
  const mainTip = repo.commit({ 'a.txt': `k ${one}\n` }, 'main');
  repo.git('checkout', '-q', '-b', 'topic', base);
  const topicTip = repo.commit({ 'b.txt': `k ${two}\n` }, 'topic');
  const { secrets, report } = prePush(repo, [
    `refs/heads/main ${mainTip} refs/heads/main ${base}`,
    `refs/heads/topic ${topicTip} refs/heads/topic ${ZERO}`,
  ]);
  assert.deepEqual(secrets, [one, two].sort());
  assert.equal(report.scan.commits, 2);
});

test('malformed input is exit 2 naming the line', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'one');
  const result = runCli(['scan', '--pre-push'], { cwd: repo.dir, input: 'refs/heads/main not-a-sha refs/heads/main 00\n' });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--pre-push: standard input line 1 is not/);
  const missing = runCli(['scan', '--pre-push'], { cwd: repo.dir, input: `refs/heads/main ${'cd'.repeat(20)} refs/heads/main ${ZERO}\n` });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /is not in this repository/);
});

test('under the pre-commit framework the range comes from PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF', (t) => {
  const { repo } = published(t);
  // The remote already has `earlier` (FROM_REF), though no remote-tracking ref here says so: only `local` is new.
  const old = githubToken();
  const earlier = repo.commit({ 'old.txt': `k ${old}\n` }, 'already on the remote');
  const token = githubToken();
  const local = repo.commit({ 'a.txt': `k ${token}\n` }, 'new');
  const { secrets } = prePush(repo, [], { PRE_COMMIT_FROM_REF: earlier, PRE_COMMIT_TO_REF: local, PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/main' });
  assert.deepEqual(secrets, [token]);
});

test('parsePrePushInput: lines, blank lines and SHA-256 ids', () => {
  const sha256 = 'e'.repeat(64);
  assert.deepEqual(parsePrePushInput(`\nrefs/heads/a ${'1'.repeat(40)} refs/heads/b ${ZERO}\nHEAD ${sha256} refs/heads/c ${'0'.repeat(64)}\n`), [
    { localRef: 'refs/heads/a', localSha: '1'.repeat(40), remoteRef: 'refs/heads/b', remoteSha: ZERO },
    { localRef: 'HEAD', localSha: sha256, remoteRef: 'refs/heads/c', remoteSha: '0'.repeat(64) },
  ]);
  assert.throws(() => parsePrePushInput('only three fields\n'), /standard input line 1/);
});

test('a commit of the pushed range missing from the object store is exit 2, never a silent pass', (t) => {
  const { repo, base } = published(t);
  const middle = repo.commit({ 'a.txt': 'a\n' }, 'middle');
  const local = repo.commit({ 'b.txt': 'b\n' }, 'tip');
  rmSync(join(repo.dir, '.git', 'objects', middle.slice(0, 2), middle.slice(2)));
  const result = runCli(['scan', '--pre-push'], { cwd: repo.dir, input: `refs/heads/main ${local} refs/heads/main ${base}\n` });
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /leakgate: git log .*failed/);
});

test('a blob of the pushed commits missing from the object store blocks the push (exit 2); a --range scan only reports it', (t) => {
  const { repo, base } = published(t);
  const local = repo.commit({ 'b.txt': 'pushed content\n', 'c.txt': 'also pushed\n' }, 'tip');
  const blob = repo.git('rev-parse', `${local}:b.txt`).trim();
  rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
  const input = `refs/heads/main ${local} refs/heads/main ${base}\n`;
  const result = runCli(['scan', '--pre-push'], { cwd: repo.dir, input });
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stdout, new RegExp(`missing-object: blob ${blob} \\(b\\.txt\\) is not in the object store`));
  assert.match(result.stderr, /leakgate: scanned 1 file \(\d+ B\), 1 commit: no findings, 1 diagnostic/);
  assert.match(result.stderr, /leakgate: push blocked: 1 blob of the pushed commits could not be read from the object store/);
  // Nothing readable at all: the summary says so.
  const other = repo.git('rev-parse', `${local}:c.txt`).trim();
  rmSync(join(repo.dir, '.git', 'objects', other.slice(0, 2), other.slice(2)));
  const none = runCli(['scan', '--pre-push'], { cwd: repo.dir, input });
  assert.equal(none.code, 2, none.stderr);
  assert.match(none.stderr, /leakgate: nothing could be read \(2 pushed blobs missing\)/);
  // The same range outside the hook (CI on a partial or shallow clone): a diagnostic, not a failure.
  const range = runCli(['scan', '--range', `${base}..${local}`], { cwd: repo.dir });
  assert.equal(range.code, 0, range.stderr);
  assert.match(range.stdout + range.stderr, /missing-object: blob/);
});

test('--pre-push outside a repository is exit 2 saying so, whatever the input', (t) => {
  const dir = tempDir();
  t.after(dir.remove);
  const ZERO40 = '0'.repeat(40);
  for (const input of [`refs/heads/main ${'ab'.repeat(20)} refs/heads/main ${ZERO40}\n`, `(delete) ${ZERO40} refs/heads/old ${'cd'.repeat(20)}\n`, '']) {
    const result = runCli(['scan', '--pre-push'], { cwd: dir.dir, input, env: { GIT_CEILING_DIRECTORIES: dirname(dir.dir) } });
    assert.equal(result.code, 2, `${JSON.stringify(input)}: ${result.stderr}`);
    assert.match(result.stderr, /not a git repository \(use --no-git/);
  }
});
