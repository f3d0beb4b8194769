// The one repository lookup without git (core/git-dir.ts): roots and git directories of work trees, linked
// worktrees, bare repositories, and the look-alikes that are none of them, checked against what git itself says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dotGitAt, findGitDir, findRepositoryRoot, findWorkTreeTop, gitDirAt, isBareRepository } from '../../src/core/git-dir.js';
import { findSettingsRoot } from '../../src/config/files.js';
import { createRepo, tempDir } from '../helpers/repo.js';

test('a work tree: root, git directory and work-tree top from any folder inside it', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a/b/c.txt': 'x\n' }, 'one');
  const inner = join(repo.dir, 'a', 'b');
  const gitDir = realpathSync(join(repo.dir, repo.git('rev-parse', '--git-dir').trim()));
  for (const from of [repo.dir, inner]) {
    assert.equal(findRepositoryRoot(from), repo.dir);
    assert.equal(findWorkTreeTop(from), repo.dir);
    assert.equal(realpathSync(findGitDir(from)!), gitDir);
    assert.equal(findSettingsRoot(from), repo.dir);
  }
  assert.equal(realpathSync(gitDirAt(repo.dir)!), gitDir);
  assert.equal(isBareRepository(repo.dir), false);
  // A file inside: the settings root is that of its folder.
  assert.equal(findSettingsRoot(join(inner, 'c.txt')), repo.dir);
});

test('a linked worktree: its `.git` file names the git directory git reports', (t) => {
  const repo = createRepo();
  const { dir, remove } = tempDir();
  t.after(() => {
    repo.remove();
    remove();
  });
  repo.commit({ 'f.txt': 'x\n' }, 'one');
  const linked = join(dir, 'linked');
  repo.git('worktree', 'add', '-q', linked);
  const expected = realpathSync(repo.git('-C', linked, 'rev-parse', '--absolute-git-dir').trim());
  assert.equal(realpathSync(findGitDir(linked)!), expected);
  assert.equal(realpathSync(gitDirAt(linked)!), expected);
  assert.equal(findWorkTreeTop(linked), linked);
});

test('a bare repository is a root and its own git directory; found from inside it only with bare roots', (t) => {
  const repo = createRepo({ bare: true });
  t.after(() => repo.remove());
  assert.equal(isBareRepository(repo.dir), true);
  assert.equal(gitDirAt(repo.dir), repo.dir);
  assert.equal(findRepositoryRoot(join(repo.dir, 'refs')), repo.dir);
  assert.equal(findSettingsRoot(repo.dir), repo.dir);
  // findGitDir and findWorkTreeTop look for a `.git`, which a bare repository has not.
  assert.equal(findWorkTreeTop(repo.dir), undefined);
});

test('look-alikes: what git would not take for a repository is none', (t) => {
  const { dir, remove } = tempDir();
  t.after(remove);
  // HEAD and objects/ without refs/: git does not take it for a git directory, and neither does the lookup.
  const noRefs = join(dir, 'no-refs');
  mkdirSync(join(noRefs, 'objects'), { recursive: true });
  writeFileSync(join(noRefs, 'HEAD'), 'ref: refs/heads/main\n');
  assert.equal(isBareRepository(noRefs), false);
  assert.equal(gitDirAt(noRefs), undefined);
  assert.equal(findSettingsRoot(noRefs), noRefs);
  // refs as a file, not a folder.
  const refsFile = join(dir, 'refs-file');
  mkdirSync(join(refsFile, 'objects'), { recursive: true });
  writeFileSync(join(refsFile, 'HEAD'), 'x');
  writeFileSync(join(refsFile, 'refs'), 'x');
  assert.equal(isBareRepository(refsFile), false);
  // A work tree's files named HEAD, objects/ and refs/ beside its `.git`: a work tree, not a bare repository.
  const work = join(dir, 'work');
  for (const sub of ['objects', 'refs', '.git']) mkdirSync(join(work, sub), { recursive: true });
  writeFileSync(join(work, 'HEAD'), 'x');
  assert.equal(isBareRepository(work), false);
  assert.equal(gitDirAt(work), join(work, '.git'));
});

test('a `.git` file that names nothing: the root is found, its git directory is not; no throw on odd bytes', (t) => {
  const { dir, remove } = tempDir();
  t.after(remove);
  const cases: [string, string | Buffer][] = [
    ['empty', ''],
    ['garbage', Buffer.from([0, 0xff, 0xfe, 10, 0, 13])],
    ['no-prefix', 'gitdir /elsewhere\n'],
  ];
  for (const [name, content] of cases) {
    const root = join(dir, name);
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, '.git'), content);
    assert.equal(dotGitAt(root), undefined, name);
    assert.equal(findGitDir(join(root, 'sub')), undefined, name);
    assert.equal(findWorkTreeTop(join(root, 'sub')), root, name);
    assert.equal(findSettingsRoot(join(root, 'sub')), root, name);
  }
  // CRLF after the path, as a `.git` file written on Windows has.
  const crlf = join(dir, 'crlf');
  mkdirSync(crlf);
  writeFileSync(join(crlf, '.git'), 'gitdir: ../elsewhere/.git\r\n');
  assert.equal(dotGitAt(crlf), join(dir, 'elsewhere', '.git'));
  // No `.git` at all: null, and nothing found above a temp folder outside any repository.
  const plain = join(dir, 'plain');
  mkdirSync(plain);
  assert.equal(dotGitAt(plain), null);
});
