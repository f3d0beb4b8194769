// `leakgate install` / `uninstall`: where hooks go, how existing hooks are kept, and when leakgate steps aside.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { CLI, runCli } from '../helpers/cli.js';

const isExecutable = (file: string): boolean => (statSync(file).mode & 0o111) !== 0;

test('installs both hooks into .git/hooks, executable, calling this CLI; uninstall removes them', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const result = runCli(['install'], { cwd: repo.dir });
  assert.equal(result.code, 0, result.stderr);
  for (const name of ['pre-commit', 'pre-push']) {
    const file = join(repo.dir, '.git', 'hooks', name);
    assert.ok(isExecutable(file), `${name} is executable`);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(realpathSync(CLI)), 'the absolute path of the installing CLI is written in');
    assert.ok(text.includes(process.execPath));
    assert.match(text, name === 'pre-commit' ? /scan --staged/ : /scan --pre-push/);
    assert.ok(!text.includes('@LEAKGATE_'), 'no placeholder left');
  }
  assert.match(result.stdout, /installed .*pre-commit/);
  const removed = runCli(['uninstall'], { cwd: repo.dir });
  assert.equal(removed.code, 0, removed.stderr);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-push')));
});

test('--pre-push alone installs only that hook; installing again updates in place', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  assert.equal(runCli(['install', '--pre-push'], { cwd: repo.dir }).code, 0);
  assert.ok(existsSync(join(repo.dir, '.git', 'hooks', 'pre-push')));
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
  const again = runCli(['install', '--pre-push'], { cwd: repo.dir });
  assert.match(again.stdout, /\(updated\)/);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-push.pre-leakgate')), 'its own hook is not chained to itself');
});

test('honours a relative core.hooksPath, from a subdirectory too', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.git('config', 'core.hooksPath', '.githooks');
  mkdirSync(join(repo.dir, 'sub'));
  const result = runCli(['install', '--pre-commit'], { cwd: join(repo.dir, 'sub') });
  assert.equal(result.code, 0, result.stderr);
  assert.ok(existsSync(join(repo.dir, '.githooks', 'pre-commit')));
  assert.ok(!existsSync(join(repo.dir, 'sub', '.githooks')));
});

test('a linked worktree uses the common hooks directory; a submodule its own', (t) => {
  const repo = createRepo();
  const sub = createRepo();
  const extra = tempDir();
  t.after(() => (repo.remove(), sub.remove(), extra.remove()));
  repo.commit({ 'a.txt': 'a\n' }, 'one');
  sub.commit({ 's.txt': 's\n' }, 'sub');
  const worktree = join(extra.dir, 'wt');
  repo.git('worktree', 'add', '-q', worktree);
  assert.equal(runCli(['install', '--pre-commit'], { cwd: worktree }).code, 0);
  assert.ok(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
  repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'mod');
  const result = runCli(['install', '--pre-commit'], { cwd: join(repo.dir, 'mod') });
  assert.equal(result.code, 0, result.stderr);
  assert.ok(existsSync(join(repo.dir, '.git', 'modules', 'mod', 'hooks', 'pre-commit')));
});

test('an existing hook is kept, chained, and restored byte for byte by uninstall', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const file = join(repo.dir, '.git', 'hooks', 'pre-commit');
  const mine = '#!/bin/sh\necho "my own hook"\n';
  mkdirSync(join(repo.dir, '.git', 'hooks'), { recursive: true });
  writeFileSync(file, mine, { mode: 0o755 });
  const result = runCli(['install', '--pre-commit'], { cwd: repo.dir });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /kept as pre-commit\.pre-leakgate and runs first/);
  assert.equal(readFileSync(`${file}.pre-leakgate`, 'utf8'), mine);
  assert.match(readFileSync(file, 'utf8'), /leakgate-managed/);
  assert.equal(runCli(['uninstall', '--pre-commit'], { cwd: repo.dir }).code, 0);
  assert.equal(readFileSync(file, 'utf8'), mine);
  assert.ok(isExecutable(file));
  assert.ok(!existsSync(`${file}.pre-leakgate`));
});

test('uninstall leaves a hook it did not write alone', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const file = join(repo.dir, '.git', 'hooks', 'pre-push');
  mkdirSync(join(repo.dir, '.git', 'hooks'), { recursive: true });
  writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const result = runCli(['uninstall', '--pre-push'], { cwd: repo.dir });
  assert.equal(result.code, 0);
  assert.match(result.stdout, /was not written by leakgate; left alone/);
  assert.ok(existsSync(file));
});

test('husky (core.hooksPath), lefthook and pre-commit hooks: refused with the line to add there', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.git('config', 'core.hooksPath', '.husky/_');
  const husky = runCli(['install'], { cwd: repo.dir });
  assert.equal(husky.code, 2);
  assert.match(husky.stderr, /managed by husky \(core\.hooksPath=\.husky\/_\)/);
  assert.match(husky.stderr, /\.husky\/pre-commit: {2}leakgate scan --staged/);
  assert.match(husky.stderr, /\.husky\/pre-push: {2}leakgate scan --pre-push/);
  assert.ok(!existsSync(join(repo.dir, '.husky')), 'nothing written');
  // --force does not replace what a manager installed: husky would overwrite or bypass it.
  const forcedHusky = runCli(['install', '--force'], { cwd: repo.dir });
  assert.equal(forcedHusky.code, 2);
  assert.match(forcedHusky.stderr, /managed by husky/);
  assert.ok(!existsSync(join(repo.dir, '.husky')), 'nothing written with --force either');
  repo.git('config', '--unset', 'core.hooksPath');

  const hooks = join(repo.dir, '.git', 'hooks');
  mkdirSync(hooks, { recursive: true });
  writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\n# lefthook\nlefthook run "pre-commit" "$@"\n', { mode: 0o755 });
  const lefthook = runCli(['install'], { cwd: repo.dir });
  assert.equal(lefthook.code, 2);
  assert.match(lefthook.stderr, /managed by lefthook/);
  assert.match(lefthook.stderr, /run: node_modules\/\.bin\/leakgate scan --files -- \{staged_files\}/);
  assert.match(lefthook.stderr, /use_stdin: true/);
  assert.ok(!existsSync(join(hooks, 'pre-push')), 'a refusal writes no hook at all');

  writeFileSync(join(hooks, 'pre-commit'), '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n', { mode: 0o755 });
  const framework = runCli(['install', '--pre-commit'], { cwd: repo.dir });
  assert.equal(framework.code, 2);
  assert.match(framework.stderr, /managed by pre-commit/);
  assert.match(framework.stderr, /- id: leakgate/);
  const forcedFramework = runCli(['install', '--pre-commit', '--force'], { cwd: repo.dir });
  assert.equal(forcedFramework.code, 2);
  assert.match(readFileSync(join(hooks, 'pre-commit'), 'utf8'), /generated by pre-commit/, 'the framework\'s hook is untouched');
});

test('a hook manager configured but not yet installed (lefthook.yml, .pre-commit-config.yaml) is respected; --force overrides', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  writeFileSync(join(repo.dir, 'lefthook.yml'), 'pre-commit:\n  commands: {}\n');
  const refused = runCli(['install'], { cwd: repo.dir });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /managed by lefthook \(lefthook\.yml; its hooks would replace or bypass leakgate's \(--force installs anyway\)\)/);
  assert.ok(!existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
  const forced = runCli(['install', '--force'], { cwd: repo.dir });
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
  const other = createRepo();
  t.after(() => other.remove());
  writeFileSync(join(other.dir, '.pre-commit-config.yaml'), 'repos: []\n');
  const framework = runCli(['install', '--pre-push'], { cwd: other.dir });
  assert.equal(framework.code, 2);
  assert.match(framework.stderr, /- id: leakgate-pre-push/);
  assert.match(framework.stderr, /pre-commit install --hook-type pre-push/);
  // No release is tagged: the advice must not name a tag (`rev: v0.2.0` would make pre-commit fail to clone).
  assert.match(framework.stderr, /rev: main /);
  assert.doesNotMatch(framework.stderr, /rev: v\d/);
});

test('outside a repository: exit 2 with the reason', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const result = runCli(['install'], { cwd: dir.dir, env: { GIT_CEILING_DIRECTORIES: dir.dir } });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /not a git repository/);
});

test('the scripts in hooks/ are small, executable and hold no logic beyond calling the CLI', () => {
  for (const name of ['pre-commit', 'pre-push']) {
    const file = join(CLI, '..', '..', 'hooks', name);
    assert.ok(isExecutable(file));
    const text = readFileSync(file, 'utf8');
    assert.ok(text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length <= 13);
    execFileSync('sh', ['-n', file]);
  }
});
