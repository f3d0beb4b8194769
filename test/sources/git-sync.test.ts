// The synchronous git calls of the pre-commit path (sources/git.ts): gitResultSync / gitBufferSync and
// readObjectsSync, one `cat-file --batch` run to completion.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { gitBufferSync, gitResultSync, readObjectsSync } from '../../src/sources/git.js';
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

test('readObjectsSync: objects in the order asked, missing ones undefined, large ones cut to their head', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const big = Buffer.alloc(20_000, 'z');
  const binary = Buffer.from([0, 10, 0, 10, 255, 10]); // newlines and NULs: the parse goes by sizes, not lines
  repo.commit({ 'a.txt': 'alpha\n', 'big.txt': big, 'bin.dat': binary, 'empty': '' }, 'base');
  const id = (path: string): string => repo.git('rev-parse', `HEAD:${path}`).trim();
  const absent = 'e'.repeat(40);
  const ids = [id('bin.dat'), absent, id('a.txt'), id('big.txt'), id('empty'), id('a.txt')];
  const objects = readObjectsSync(repo.dir, ids, 10_000, { headBytes: 100 })!;
  assert.equal(objects.length, ids.length);
  assert.deepEqual(Buffer.from(objects[0]!.bytes), binary);
  assert.equal(objects[1], undefined);
  assert.equal(Buffer.from(objects[2]!.bytes).toString(), 'alpha\n');
  assert.equal(objects[3]!.size, 20_000);
  assert.deepEqual(Buffer.from(objects[3]!.bytes), big.subarray(0, 100));
  assert.equal(objects[4]!.size, 0);
  assert.equal(objects[4]!.bytes.byteLength, 0);
  assert.deepEqual(objects[5], objects[2]);
  // A tree asked for by id comes back as a tree (the callers ask for blobs only).
  assert.equal(readObjectsSync(repo.dir, [repo.git('rev-parse', 'HEAD^{tree}').trim()], 1 << 20)![0]!.type, 'tree');
});

test('readObjectsSync gives up (undefined) past its output limit; a damaged object is missing; git failing is GitError', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'big.txt': Buffer.alloc(100_000, 'q') }, 'base');
  const id = repo.git('rev-parse', 'HEAD:big.txt').trim();
  assert.equal(readObjectsSync(repo.dir, [id], 1 << 20, { maxOutput: 50_000 }), undefined);
  assert.equal(readObjectsSync(repo.dir, [id], 1 << 20, { maxOutput: 200_000 })![0]!.size, 100_000);
  // A damaged loose object: cat-file says it is missing (the staged source then blocks the commit).
  const file = `${repo.dir}/.git/objects/${id.slice(0, 2)}/${id.slice(2)}`;
  execFileSync('chmod', ['u+w', file]);
  execFileSync('sh', ['-c', `printf 'garbage' > '${file}'`]);
  assert.deepEqual(readObjectsSync(repo.dir, [id], 1 << 20), [undefined]);
  // Outside a repository git fails, and so does the read.
  const outside = tempDir();
  t.after(() => outside.remove());
  assert.throws(() => readObjectsSync(outside.dir, [id], 1 << 20), GitError);
});
