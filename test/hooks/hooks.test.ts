// End to end: the installed hooks really block `git commit` and `git push` of a secret, and let clean work through.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git in the repository without throwing, hooks and all. */
function gitRun(repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = {}, cwd = repo.dir): Run {
  const result = spawnSync('git', args, {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function install(repo: TestRepo, ...flags: string[]): void {
  const result = runCli(['install', ...flags], { cwd: repo.dir });
  assert.equal(result.code, 0, result.stderr);
}

const head = (repo: TestRepo): string => repo.git('rev-parse', 'HEAD').trim();

test('pre-commit: a staged secret blocks the commit; clean commits, --no-verify and LEAKGATE_SKIP go through', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  install(repo, '--pre-commit');
  const before = head(repo);

  repo.write('cfg.txt', `token=${githubToken()}\n`);
  repo.git('add', 'cfg.txt');
  const blocked = gitRun(repo, ['commit', '-m', 'with a secret']);
  assert.equal(blocked.code, 1, blocked.stderr);
  assert.equal(head(repo), before, 'nothing committed');
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  assert.match(blocked.stderr, /commit blocked/);

  const skipped = gitRun(repo, ['commit', '-m', 'skipped'], { LEAKGATE_SKIP: '1' });
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.match(skipped.stderr, /WARNING: LEAKGATE_SKIP is set/);
  assert.notEqual(head(repo), before);

  repo.write('more.txt', `token=${githubToken()}\n`);
  repo.git('add', 'more.txt');
  const noVerify = gitRun(repo, ['commit', '--no-verify', '-m', 'no verify']);
  assert.equal(noVerify.code, 0, noVerify.stderr);

  repo.write('clean.txt', 'nothing to see\n');
  repo.git('add', 'clean.txt');
  const clean = gitRun(repo, ['commit', '-m', 'clean']);
  assert.equal(clean.code, 0, clean.stderr);
  assert.match(clean.stderr, /leakgate: scanned 1 file/);
  assert.equal(gitRun(repo, ['commit', '--allow-empty', '-m', 'empty']).code, 0);
});

test('pre-commit: "git commit -a" and "git commit PATH" are checked on what they really commit', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'tracked.txt': 'a\n', 'other.txt': 'b\n' }, 'base');
  install(repo, '--pre-commit');
  const before = head(repo);
  // Not staged, but "commit -a" would record it: git hands the hook a temporary index (GIT_INDEX_FILE).
  repo.write('tracked.txt', `a\nk ${githubToken()}\n`);
  const all = gitRun(repo, ['commit', '-a', '-m', 'all']);
  assert.equal(all.code, 1, all.stderr);
  assert.match(all.stdout + all.stderr, /github\.pat/);
  assert.match(all.stderr, /tracked\.txt/);
  assert.equal(head(repo), before);
  // "commit PATH" records only PATH: a secret staged in another file is not part of this commit.
  repo.git('add', 'tracked.txt');
  repo.write('other.txt', 'b\nclean\n');
  const only = gitRun(repo, ['commit', '-m', 'only other', '--', 'other.txt']);
  assert.equal(only.code, 0, only.stderr);
  assert.match(only.stderr, /scanned 1 file/);
});

test('pre-commit: following the finding\'s own "allow:" advice (inline comment, or leakgate ignore) lets the commit through', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  install(repo, '--pre-commit');
  const token = githubToken();
  repo.write('fixture.js', `const sample = "${token}";\n`);
  repo.git('add', 'fixture.js');
  const blocked = gitRun(repo, ['commit', '-m', 'fixture']);
  assert.equal(blocked.code, 1, blocked.stderr);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  const advice = /allow: add "leakgate:allow ([\w.-]+) -- reason" in a comment on the line, or run "leakgate ignore ([0-9a-f]+)"/.exec(blocked.stderr);
  assert.ok(advice, blocked.stderr);
  // Inline: the comment the message names.
  repo.write('fixture.js', `const sample = "${token}"; // leakgate:allow ${advice[1]} -- test fixture\n`);
  repo.git('add', 'fixture.js');
  const inline = gitRun(repo, ['commit', '-m', 'fixture, allowed inline']);
  assert.equal(inline.code, 0, inline.stderr);
  assert.match(inline.stderr, /1 suppressed/);
  // Ignore file: the command the message names.
  repo.write('other.js', `const again = "${token}";\n`);
  repo.git('add', 'other.js');
  const again = gitRun(repo, ['commit', '-m', 'again']);
  assert.equal(again.code, 1, again.stderr);
  assert.match(again.stdout + again.stderr, /github\.pat/);
  const ignore = runCli(['ignore', advice[2]!, '--reason', 'test fixture'], { cwd: repo.dir });
  assert.equal(ignore.code, 0, ignore.stderr);
  repo.git('add', '.leakgateignore');
  const ignored = gitRun(repo, ['commit', '-m', 'again, ignored']);
  assert.equal(ignored.code, 0, ignored.stderr);
});

test('pre-commit: the first commit of a new repository is checked too', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  install(repo, '--pre-commit');
  repo.write('first.txt', `k ${githubToken()}\n`);
  repo.git('add', 'first.txt');
  const blocked = gitRun(repo, ['commit', '-m', 'first']);
  assert.equal(blocked.code, 1, blocked.stderr);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  assert.equal(gitRun(repo, ['rev-parse', '--verify', '-q', 'HEAD']).code, 1, 'still no commit');
});

test('pre-commit: a hook that was there before runs first, and its failure blocks', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const hooks = join(repo.dir, '.git', 'hooks');
  mkdirSync(hooks, { recursive: true });
  writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho "previous hook ran, certs=$NODE_EXTRA_CA_CERTS" >&2\n[ ! -f block.flag ]\n', { mode: 0o755 });
  install(repo, '--pre-commit');
  repo.write('b.txt', 'b\n');
  repo.git('add', 'b.txt');
  // The previous hook gets the environment as it is; leakgate's Node runs without NODE_EXTRA_CA_CERTS (it would
  // read the file at start-up, and warn here, as the file does not exist; a scan opens no connection).
  const ok = gitRun(repo, ['commit', '-m', 'b'], { NODE_EXTRA_CA_CERTS: '/nonexistent/extra-ca.pem' });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stderr, /previous hook ran, certs=\/nonexistent\/extra-ca\.pem[\s\S]*leakgate: scanned 1 file/);
  assert.doesNotMatch(ok.stderr, /extra certs|extra-ca\.pem.*load/i);
  writeFileSync(join(repo.dir, 'block.flag'), '');
  repo.write('c.txt', 'c\n');
  repo.git('add', 'c.txt');
  const blocked = gitRun(repo, ['commit', '-m', 'c']);
  assert.notEqual(blocked.code, 0);
  assert.doesNotMatch(blocked.stderr, /leakgate: scanned/);
});

test('pre-commit: works from a linked worktree', (t) => {
  const repo = createRepo();
  const extra = tempDir();
  t.after(() => (repo.remove(), extra.remove()));
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const worktree = join(extra.dir, 'wt');
  repo.git('worktree', 'add', '-q', '-b', 'wt', worktree);
  install(repo, '--pre-commit');
  writeFileSync(join(worktree, 'w.txt'), `k ${githubToken()}\n`);
  gitRun(repo, ['add', 'w.txt'], {}, worktree);
  const blocked = gitRun(repo, ['commit', '-m', 'w'], {}, worktree);
  assert.equal(blocked.code, 1, blocked.stderr);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  assert.match(blocked.stdout + blocked.stderr, /w\.txt/);
});

test('pre-push: a commit with a secret cannot be pushed to a bare remote; clean pushes, deletions and --no-verify go', (t) => {
  const repo = createRepo();
  const remote = createRepo({ bare: true });
  t.after(() => (repo.remove(), remote.remove()));
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  install(repo, '--pre-push');

  const first = gitRun(repo, ['push', '-q', '-u', 'origin', 'main']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /leakgate: scanned 1 file \(.*\), 1 commit: no findings/);
  const published = remote.git('rev-parse', 'main').trim();

  repo.commit({ 'cfg.txt': `token=${githubToken()}\n` }, 'secret', {});
  repo.commit({ 'later.txt': 'later\n' }, 'clean on top');
  const blocked = gitRun(repo, ['push', '-q', 'origin', 'main']);
  assert.equal(blocked.code, 1, blocked.stderr);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  assert.match(blocked.stderr, /push blocked/);
  assert.equal(remote.git('rev-parse', 'main').trim(), published, 'the remote did not move');

  // A new branch from the published commit, with clean work only: only its own commit is scanned.
  repo.git('checkout', '-q', '-b', 'topic', published);
  repo.commit({ 'topic.txt': 'topic\n' }, 'topic');
  const topic = gitRun(repo, ['push', '-q', 'origin', 'topic']);
  assert.equal(topic.code, 0, topic.stderr);
  assert.match(topic.stderr, /1 commit: no findings/);

  const tag = gitRun(repo, ['tag', '-a', '-m', 'bad', 'v-bad', 'main']);
  assert.equal(tag.code, 0);
  const tagPush = gitRun(repo, ['push', '-q', 'origin', 'v-bad']);
  assert.equal(tagPush.code, 1, 'a tag on an unpublished secret is blocked');
  assert.match(tagPush.stdout + tagPush.stderr, /github\.pat/);

  const deletion = gitRun(repo, ['push', '-q', 'origin', '--delete', 'topic']);
  assert.equal(deletion.code, 0, deletion.stderr);
  assert.match(deletion.stderr, /nothing to scan/);

  const forced = gitRun(repo, ['push', '-q', '--no-verify', 'origin', 'main']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.notEqual(remote.git('rev-parse', 'main').trim(), published);
});

test('pre-push: an existing pre-push hook gets the same input first', (t) => {
  const repo = createRepo();
  const remote = createRepo({ bare: true });
  t.after(() => (repo.remove(), remote.remove()));
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const hooks = join(repo.dir, '.git', 'hooks');
  mkdirSync(hooks, { recursive: true });
  writeFileSync(join(hooks, 'pre-push'), '#!/bin/sh\nwhile read l; do echo "previous saw: $l" >&2; done\n', { mode: 0o755 });
  install(repo, '--pre-push');
  repo.commit({ 'b.txt': `k ${githubToken()}\n` }, 'secret');
  const result = gitRun(repo, ['push', '-q', 'origin', 'main']);
  assert.equal(result.code, 1);
  assert.match(result.stdout + result.stderr, /github\.pat/);
  assert.match(result.stderr, /previous saw: refs\/heads\/main [0-9a-f]{40} refs\/heads\/main 0{40}/);
  assert.match(result.stderr, /push blocked/);
});

test('the hooks/ scripts used as they are (no install) find leakgate on PATH, or block with a message', (t) => {
  const repo = createRepo();
  const bin = tempDir();
  t.after(() => (repo.remove(), bin.remove()));
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const hooks = join(repo.dir, '.git', 'hooks');
  mkdirSync(hooks, { recursive: true });
  copyFileSync(join(ROOT, 'hooks', 'pre-commit'), join(hooks, 'pre-commit'));
  chmodSync(join(hooks, 'pre-commit'), 0o755);
  writeFileSync(join(bin.dir, 'leakgate'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
  repo.write('s.txt', `k ${githubToken()}\n`);
  repo.git('add', 's.txt');
  const PATH = `${bin.dir}:${process.env.PATH ?? ''}`;
  const blocked = gitRun(repo, ['commit', '-m', 's'], { PATH });
  assert.equal(blocked.code, 1);
  assert.match(blocked.stderr, /commit blocked/);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  const noCli = gitRun(repo, ['commit', '-m', 's'], { PATH: '/usr/bin:/bin' });
  assert.notEqual(noCli.code, 0);
  assert.match(noCli.stderr, /leakgate: CLI not found/);
});
