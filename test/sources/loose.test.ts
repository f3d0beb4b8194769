// Staged blobs read from loose object files (sources/loose.ts): found where git keeps them (work tree, linked
// worktree, submodule-style .git file, GIT_DIR / GIT_OBJECT_DIRECTORY), byte for byte what git gives, and never
// anything else: packed, damaged, mislabelled, oversized or oddly named objects are left for git to read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { objectsDirectory, readLooseBlobs } from '../../src/sources/loose.js';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';

const NO_ENV: NodeJS.ProcessEnv = {};

function stageBlob(repo: TestRepo, path: string, content: string | Buffer): string {
  repo.write(path, content);
  repo.git('add', '--', path);
  return repo.git('rev-parse', `:${path}`).trim();
}

function catFile(repo: TestRepo, id: string): Buffer {
  return execFileSync('git', ['cat-file', 'blob', id], { cwd: repo.dir, maxBuffer: 1 << 26 });
}

function loosePath(repo: TestRepo, id: string): string {
  return join(repo.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
}

test('the objects directory of a work tree, from its top or a subdirectory, and none outside a repository', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.write('a/b/c.txt', 'x\n');
  const objects = join(repo.dir, '.git', 'objects');
  assert.equal(objectsDirectory(repo.dir, NO_ENV), objects);
  assert.equal(objectsDirectory(join(repo.dir, 'a', 'b'), NO_ENV), objects);
  const outside = tempDir();
  t.after(() => outside.remove());
  // A temp directory is in no repository, unless the machine's temp directory is: then the same one git finds.
  const env = { ...process.env };
  delete env.GIT_DIR;
  const git = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: outside.dir, encoding: 'utf8', env });
  const expected = git.status === 0 ? join(git.stdout.trim(), 'objects') : undefined;
  assert.equal(objectsDirectory(outside.dir, NO_ENV), expected);
});

test('the environment git sets or honours: GIT_OBJECT_DIRECTORY, GIT_DIR (relative to the directory), GIT_COMMON_DIR', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  assert.equal(objectsDirectory(repo.dir, { GIT_OBJECT_DIRECTORY: '/elsewhere/objects' }), '/elsewhere/objects');
  assert.equal(objectsDirectory(repo.dir, { GIT_DIR: '.git' }), join(repo.dir, '.git', 'objects'));
  assert.equal(objectsDirectory(repo.dir, { GIT_DIR: '/x/y.git', GIT_COMMON_DIR: '/x/common' }), '/x/common/objects');
});

test('a linked worktree reads the main repository\'s objects; a .git file with a relative gitdir is followed', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const worktree = join(repo.dir, 'wt');
  repo.git('worktree', 'add', '-q', worktree);
  assert.equal(realpathSync(objectsDirectory(worktree, NO_ENV)!), realpathSync(join(repo.dir, '.git', 'objects')));
  const id = repo.git('-C', worktree, 'hash-object', '-w', '--stdin').trim(); // empty input: the empty blob
  assert.equal(readLooseBlobs(worktree, [id], 1 << 20).get(id)?.size, 0);

  // Submodule style: `.git` is a file naming a directory relative to it.
  const holder = tempDir();
  t.after(() => holder.remove());
  mkdirSync(join(holder.dir, 'modules', 'sub', 'objects'), { recursive: true });
  mkdirSync(join(holder.dir, 'sub'));
  writeFileSync(join(holder.dir, 'sub', '.git'), 'gitdir: ../modules/sub\n');
  assert.equal(objectsDirectory(join(holder.dir, 'sub'), NO_ENV), join(holder.dir, 'modules', 'sub', 'objects'));
});

test('staged blobs read loose are byte for byte what git gives, binary and unicode included', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README': 'r\n' }, 'base');
  const contents: Record<string, string | Buffer> = {
    'text.txt': 'line one\nline two\r\nno final newline',
    'ünïcödé name.txt': 'héllo wörld ✓\n',
    'bin.dat': Buffer.from([0, 1, 2, 255, 0, 10, 13, 0]),
    'empty.txt': '',
    'big.txt': 'x'.repeat(300_000) + '\n',
  };
  const ids = Object.entries(contents).map(([path, content]) => stageBlob(repo, path, content));
  const found = readLooseBlobs(repo.dir, ids, 16 << 20);
  assert.equal(found.size, ids.length);
  for (const id of ids) {
    const object = found.get(id)!;
    assert.equal(object.type, 'blob');
    assert.deepEqual(Buffer.from(object.bytes), catFile(repo, id));
    assert.equal(object.size, object.bytes.byteLength);
  }
});

test('left for git: packed, absent, damaged, mislabelled, oversized, unreadable and oddly named objects', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const packed = stageBlob(repo, 'packed.txt', 'will be packed\n');
  repo.git('commit', '-q', '-m', 'packed');
  repo.git('repack', '-adq');
  repo.git('prune-packed');
  assert.equal(readLooseBlobs(repo.dir, [packed], 1 << 20).size, 0, 'a packed blob is not loose');
  assert.equal(catFile(repo, packed).toString(), 'will be packed\n');

  const damaged = stageBlob(repo, 'damaged.txt', 'damaged\n');
  chmodSync(loosePath(repo, damaged), 0o644);
  writeFileSync(loosePath(repo, damaged), 'not zlib at all');
  const tree = stageBlob(repo, 'tree.txt', 'labelled a tree\n');
  chmodSync(loosePath(repo, tree), 0o644);
  writeFileSync(loosePath(repo, tree), deflateSync(Buffer.from('tree 16\0labelled a tree\n')));
  const short = stageBlob(repo, 'short.txt', 'size does not match\n');
  chmodSync(loosePath(repo, short), 0o644);
  writeFileSync(loosePath(repo, short), deflateSync(Buffer.from('blob 99\0size does not match\n')));
  const noNul = stageBlob(repo, 'nonul.txt', 'no header end\n');
  chmodSync(loosePath(repo, noNul), 0o644);
  writeFileSync(loosePath(repo, noNul), deflateSync(Buffer.from('blob 14 no header end\n')));
  const large = stageBlob(repo, 'large.txt', 'y'.repeat(5000));
  const justOver = stageBlob(repo, 'just-over.txt', 'w'.repeat(4097)); // its header still fits in the read's slack
  const unreadable = stageBlob(repo, 'unreadable.txt', 'no permission\n');
  chmodSync(loosePath(repo, unreadable), 0o000);
  // root reads a file whatever its mode: then that blob is found, and must be the right one.
  let readable = true;
  try {
    readFileSync(loosePath(repo, unreadable));
  } catch {
    readable = false;
  }
  const absent = 'f'.repeat(40);
  const ids = [packed, damaged, tree, short, noNul, large, justOver, absent, unreadable, '../../../../etc/passwd', 'HEAD', 'ab'];
  const found = readLooseBlobs(repo.dir, ids, 4096);
  assert.deepEqual([...found.keys()], readable ? [unreadable] : []);
  if (readable) assert.equal(Buffer.from(found.get(unreadable)!.bytes).toString(), 'no permission\n');
  // Within the limit, the large one is read.
  assert.equal(readLooseBlobs(repo.dir, [large], 5000).get(large)?.size, 5000);
});

test('a blob asked for twice is read once; ids are kept in the order asked', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const a = stageBlob(repo, 'a.txt', 'a\n');
  const b = stageBlob(repo, 'b.txt', 'b\n');
  assert.deepEqual([...readLooseBlobs(repo.dir, [b, a, b], 1 << 20).keys()], [b, a]);
});

test('a SHA-256 repository\'s loose blobs are read too', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const dir = join(repo.dir, 'sha256');
  mkdirSync(dir);
  const made = (() => {
    try {
      repo.git('init', '-q', '--object-format=sha256', dir);
      return true;
    } catch {
      return false;
    }
  })();
  if (!made) {
    t.skip('this git cannot create SHA-256 repositories');
    return;
  }
  writeFileSync(join(dir, 'f.txt'), 'sha256 content\n');
  repo.git('-C', dir, 'add', 'f.txt');
  const id = repo.git('-C', dir, 'rev-parse', ':f.txt').trim();
  assert.equal(id.length, 64);
  assert.equal(Buffer.from(readLooseBlobs(dir, [id], 1 << 20).get(id)!.bytes).toString(), 'sha256 content\n');
});
