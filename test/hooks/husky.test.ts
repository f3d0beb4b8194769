// A husky hook file run by hand (`sh .husky/pre-commit`, as people do to try it, and as CI steps sometimes do): the
// line the README gives scans what is staged, and with nothing staged says plainly that it checked nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { CLI } from '../helpers/cli.js';

test('husky: .husky/pre-commit run by hand scans the index, and says so when nothing is staged', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  mkdirSync(join(repo.dir, '.husky'));
  // The README's line, with the CLI named by path (husky 9 puts node_modules/.bin on PATH; here there is none).
  writeFileSync(join(repo.dir, '.husky', 'pre-commit'), `node '${CLI}' scan --staged\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('PRE_COMMIT') || name === 'GIT_INDEX_FILE' || name === 'LEAKGATE_SKIP') delete env[name];
  const runHook = () => spawnSync('sh', ['.husky/pre-commit'], { cwd: repo.dir, env, encoding: 'utf8' });

  repo.commit({ 'committed.txt': `old ${githubToken()}\n` }, 'committed');
  const empty = runHook();
  assert.equal(empty.status, 0, empty.stderr);
  assert.match(empty.stderr, /nothing is staged, so no file was checked; to check the files as they are: leakgate scan --no-git/);

  repo.write('new file.txt', `new ${githubToken()}\n`);
  repo.git('add', 'new file.txt');
  const staged = runHook();
  assert.equal(staged.status, 1, staged.stderr);
  assert.match(staged.stdout, /new file\.txt:1/);
  assert.doesNotMatch(staged.stderr, /no file was checked/);
});
