// lefthook (https://lefthook.dev) running `leakgate scan --files` with its file templates: `{staged_files}` at commit
// time and under `lefthook run pre-commit --all-files`, `{all_files}`, and `{push_files}` at push time. lefthook's
// npm package ships the binary in a per-platform npm package (no download); .ci/run installs it outside the project
// and names it in LEFTHOOK_BIN, lefthook's own variable. Skipped, with the reason, when there is no lefthook.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { CLI } from '../helpers/cli.js';

const LEFTHOOK = process.env.LEFTHOOK_BIN || 'lefthook';
const available = spawnSync(LEFTHOOK, ['version'], { encoding: 'utf8' }).status === 0;
const skip = available ? false : 'lefthook is not installed (.ci/run installs the npm package and sets LEFTHOOK_BIN)';

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, LEFTHOOK_BIN: LEFTHOOK, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', CI: '' };
  for (const name of Object.keys(e)) if (name.startsWith('PRE_COMMIT') || name === 'GIT_INDEX_FILE' || name === 'LEAKGATE_SKIP' || name === 'LEFTHOOK') delete e[name];
  return e;
}

/** A repository with a lefthook.yml whose commands run this checkout's CLI over a template's files. */
function lefthookRepo(t: { after(fn: () => void): void }, config: string): { repo: TestRepo; run(cmd: string, args: string[]): { status: number | null; out: string } } {
  const repo = createRepo();
  t.after(() => repo.remove());
  writeFileSync(join(repo.dir, 'lefthook.yml'), config.replaceAll('LEAKGATE', `node '${CLI}' scan --files --`));
  return {
    repo,
    run(cmd, args) {
      const r = spawnSync(cmd === 'lefthook' ? LEFTHOOK : cmd, args, { cwd: repo.dir, env: env(), encoding: 'utf8' });
      return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
    },
  };
}

const STAGED = 'pre-commit:\n  commands:\n    leakgate:\n      run: LEAKGATE {staged_files}\n';

test('lefthook run pre-commit --all-files with {staged_files}: every file whole, a committed secret fails', { skip }, (t) => {
  const { repo, run } = lefthookRepo(t, STAGED);
  repo.git('add', 'lefthook.yml');
  repo.commit({ 'a b.txt': 'clean\n', '-x.txt': 'clean too\n' }, 'clean');
  const clean = run('lefthook', ['run', 'pre-commit', '--all-files']);
  assert.equal(clean.status, 0, clean.out);
  assert.match(clean.out, /leakgate: whole files, 3 named files: scanned 3 files/);
  // `lefthook run` installed its hooks: the secret is committed past them, as `--no-verify` does.
  repo.write('ünï ☃/app.py', `TOKEN = "${githubToken()}"\n`);
  repo.git('add', '-A');
  repo.git('commit', '-q', '--no-verify', '-m', 'secret committed past the hooks');
  const dirty = run('lefthook', ['run', 'pre-commit', '--all-files']);
  assert.notEqual(dirty.status, 0, dirty.out);
  assert.match(dirty.out, /ünï ☃\/app\.py:1/);
});

test('lefthook at commit time with {staged_files}: the staged version is scanned; {all_files} scans every file', { skip }, (t) => {
  const { repo, run } = lefthookRepo(t, STAGED);
  repo.commit({ 'old.txt': `old ${githubToken()}\n` }, 'an old secret');
  assert.equal(run('lefthook', ['install']).status, 0);
  repo.write('new.txt', `new ${githubToken()}\n`);
  repo.git('add', 'new.txt');
  repo.write('new.txt', 'cleaned in the working tree only\n');
  const blocked = run('git', ['commit', '-m', 'secret staged']);
  assert.notEqual(blocked.status, 0, blocked.out);
  assert.match(blocked.out, /new\.txt:1/);
  assert.doesNotMatch(blocked.out, /old\.txt/);
  assert.match(blocked.out, /leakgate: staged changes, 1 named file/);
  repo.git('add', 'new.txt');
  const clean = run('git', ['commit', '-m', 'clean']);
  assert.equal(clean.status, 0, clean.out);

  writeFileSync(join(repo.dir, 'lefthook.yml'), `pre-commit:\n  commands:\n    leakgate:\n      run: node '${CLI}' scan --files -- {all_files}\n`);
  const all = run('lefthook', ['run', 'pre-commit']);
  assert.notEqual(all.status, 0, all.out);
  assert.match(all.out, /old\.txt:1/);
});

test('lefthook pre-push with {push_files}: the files the push changes, whole', { skip }, (t) => {
  const { repo, run } = lefthookRepo(t, 'pre-push:\n  commands:\n    leakgate:\n      run: LEAKGATE {push_files}\n');
  const remote = createRepo({ bare: true });
  t.after(() => remote.remove());
  repo.commit({ 'a.txt': 'clean\n' }, 'first');
  repo.git('remote', 'add', 'origin', remote.dir);
  assert.equal(run('lefthook', ['install']).status, 0);
  const first = run('git', ['push', '-q', '-u', 'origin', 'main']);
  assert.equal(first.status, 0, first.out);
  repo.commit({ 'b.txt': `late ${githubToken()}\n` }, 'a secret');
  const blocked = run('git', ['push', '-q', 'origin', 'main']);
  assert.notEqual(blocked.status, 0, blocked.out);
  assert.match(blocked.out, /b\.txt:1/);
  assert.match(blocked.out, /whole files, 1 named file/);
});
