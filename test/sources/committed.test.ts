// readCommitted: the settings files of a bare repository, read from HEAD's tree in one cat-file call, whatever
// else sits at those paths (links out of the tree or to nowhere, directories, nothing).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo } from '../helpers/repo.js';
import { readCommitted } from '../../src/sources/committed.js';

test('files, links within the tree, links leaving it or looping, directories and absent paths', async (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  repo.write('conf/real.yaml', 'failOn: high\n');
  repo.write('plain.txt', 'line one\nline two with "missing" and 40 hex: 0123456789abcdef0123456789abcdef01234567 blob 12\n');
  repo.write('empty.txt', '');
  repo.write('dir/inside.txt', 'x\n');
  symlinkSync('conf/real.yaml', join(repo.dir, 'linked.yaml'));
  symlinkSync('../outside-the-tree', join(repo.dir, 'outside'));
  symlinkSync('nowhere.txt', join(repo.dir, 'dangling'));
  symlinkSync('loop-b', join(repo.dir, 'loop-a'));
  symlinkSync('loop-a', join(repo.dir, 'loop-b'));
  mkdirSync(join(repo.dir, 'unicode dir ü'));
  repo.write('unicode dir ü/файл.txt', 'ok\n');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'all kinds');
  const asked = ['outside', 'plain.txt', 'dangling', 'linked.yaml', 'loop-a', 'dir', 'absent', 'empty.txt', 'conf/real.yaml', 'unicode dir ü/файл.txt', 'with\nnewline'];
  const got = await readCommitted(repo.dir, asked);
  assert.deepEqual(Object.fromEntries([...got].sort(([a], [b]) => (a < b ? -1 : 1))), {
    'conf/real.yaml': 'failOn: high\n',
    'empty.txt': '',
    'linked.yaml': 'failOn: high\n',
    'plain.txt': 'line one\nline two with "missing" and 40 hex: 0123456789abcdef0123456789abcdef01234567 blob 12\n',
    'unicode dir ü/файл.txt': 'ok\n',
  });
});

test('an unborn HEAD has no files; a directory that is no repository is a git error', async (t) => {
  const bare = createRepo({ bare: true });
  t.after(bare.remove);
  assert.deepEqual(await readCommitted(bare.dir, ['.leakgate.yaml']), new Map());
  await assert.rejects(readCommitted('/', ['.leakgate.yaml']), /cat-file/);
});
