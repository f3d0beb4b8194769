// The pre-commit framework (https://pre-commit.com) running leakgate from .pre-commit-hooks.yaml, end to end, with
// a local hook repository (no network). Skipped, with the reason shown, when the `pre-commit` tool is absent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { ROOT } from '../helpers/cli.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = available ? false : 'the pre-commit tool is not installed (apt-get install pre-commit; .ci/run installs it)';

/** A one-commit copy of this checkout's hook manifest and built CLI: what `repo:` + `rev:` would fetch. */
function hookRepository(): { repo: TestRepo; rev: string } {
  const repo = createRepo();
  for (const name of ['.pre-commit-hooks.yaml', 'package.json', 'dist']) cpSync(join(ROOT, name), join(repo.dir, name), { recursive: true });
  repo.git('add', '-A');
  return { repo, rev: repo.commit({}, 'leakgate hooks') };
}

test('pre-commit framework: repo + id blocks a staged secret and a pushed one, lets clean work through', { skip }, (t) => {
  const hooks = hookRepository();
  const user = createRepo();
  const remote = createRepo({ bare: true });
  const home = tempDir();
  t.after(() => (hooks.repo.remove(), user.remove(), remote.remove(), home.remove()));
  const env = { ...process.env, PRE_COMMIT_HOME: home.dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: user.dir, env, encoding: 'utf8' });

  writeFileSync(
    join(user.dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hooks.repo.dir}\n    rev: ${hooks.rev}\n    hooks:\n      - id: leakgate\n      - id: leakgate-pre-push\n`,
  );
  user.git('add', '.pre-commit-config.yaml');
  const install = run('pre-commit', ['install', '--hook-type', 'pre-commit', '--hook-type', 'pre-push']);
  assert.equal(install.status, 0, install.stderr);

  const first = run('git', ['commit', '-m', 'config']);
  assert.equal(first.status, 0, `${first.stdout}\n${first.stderr}`);
  const base = user.git('rev-parse', 'HEAD').trim();

  user.write('cfg.txt', `token=${githubToken()}\n`);
  user.git('add', 'cfg.txt');
  const blocked = run('git', ['commit', '-m', 'secret']);
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
  assert.equal(user.git('rev-parse', 'HEAD').trim(), base, 'nothing committed');

  user.git('reset', '-q');
  user.write('cfg.txt', 'token from the environment\n');
  user.git('add', 'cfg.txt');
  const clean = run('git', ['commit', '-m', 'clean']);
  assert.equal(clean.status, 0, `${clean.stdout}\n${clean.stderr}`);

  user.git('remote', 'add', 'origin', remote.dir);
  const push = run('git', ['push', '-q', 'origin', 'main']);
  assert.equal(push.status, 0, `${push.stdout}\n${push.stderr}`);
  const published = remote.git('rev-parse', 'main').trim();

  user.write('late.txt', `late ${githubToken()}\n`);
  user.git('add', 'late.txt');
  assert.equal(run('git', ['commit', '--no-verify', '-m', 'bypassed at commit time']).status, 0);
  const pushBlocked = run('git', ['push', '-q', 'origin', 'main']);
  assert.notEqual(pushBlocked.status, 0);
  assert.match(pushBlocked.stdout + pushBlocked.stderr, /github\.pat/);
  assert.equal(remote.git('rev-parse', 'main').trim(), published, 'the remote did not move');
});
