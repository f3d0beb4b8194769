// The synchronous git calls of the pre-commit path (sources/git.ts): gitResultSync / gitBufferSync.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { gitBufferSync, gitResultSync } from '../../src/sources/git.js';
import { GitError } from '../../src/core/errors.js';
import { createRepo, tempDir } from '../helpers/repo.js';

test('gitResultSync returns the exit code and both outputs; gitBufferSync throws GitError with git\'s message', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const ok = gitResultSync(repo.dir, ['rev-parse', '--verify', 'HEAD']);
  assert.equal(ok.code, 0);
  assert.match(ok.stdout.toString(), /^[0-9a-f]{40}\n$/);
  const bad = gitResultSync(repo.dir, ['rev-parse', '--verify', 'no-such-ref']);
  assert.notEqual(bad.code, 0);
  assert.throws(() => gitBufferSync(repo.dir, ['cat-file', '-p', 'no-such-ref']), (e: unknown) => e instanceof GitError && /no-such-ref/.test(e.message));
  // Input reaches git's stdin.
  assert.equal(gitBufferSync(repo.dir, ['hash-object', '--stdin'], 'a\n').toString().trim(), repo.git('rev-parse', 'HEAD:a.txt').trim());
  const outside = tempDir();
  t.after(() => outside.remove());
  assert.throws(() => gitBufferSync(outside.dir, ['rev-parse', '--git-dir'], undefined), GitError);
});
