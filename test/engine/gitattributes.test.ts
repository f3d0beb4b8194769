import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LfsAttributes } from '../../src/engine/gitattributes.js';

const LFS = 'filter=lfs diff=lfs merge=lfs -text';

async function attributes(files: Record<string, string | { text: string; time: number }[]>): Promise<LfsAttributes> {
  return LfsAttributes.create(new Map(Object.entries(files).map(([path, v]) => [path, typeof v === 'string' ? [{ text: v }] : v])));
}

test('patterns: names at any depth, anchored paths, **, no braces, trailing slash never matches a file', async () => {
  const lfs = await attributes({
    '.gitattributes': [
      `*.psd ${LFS}`,
      `/assets/** ${LFS}`,
      `models/**/*.bin ${LFS}`,
      `*.{png,jpg} ${LFS}`,
      `media/ ${LFS}`,
      '# comment',
      `"with space.dat" ${LFS}`,
      '* text=auto',
    ].join('\n'),
  });
  assert.equal(lfs.isTracked('design/deep/a.psd'), true);
  assert.equal(lfs.isTracked('.hidden.psd'), true);
  assert.equal(lfs.isTracked('assets/x/y.zip'), true);
  assert.equal(lfs.isTracked('sub/assets/y.zip'), false, 'a leading slash anchors to the directory of .gitattributes');
  assert.equal(lfs.isTracked('models/a.bin'), true);
  assert.equal(lfs.isTracked('models/x/y/a.bin'), true);
  assert.equal(lfs.isTracked('a.png'), false, 'git has no brace expansion');
  assert.equal(lfs.isTracked('media/a.mov'), false);
  assert.equal(lfs.isTracked('with space.dat'), true);
  assert.equal(lfs.isTracked('readme.md'), false);
});

test('later lines and deeper files override; -filter and !filter unset; macros expand', async () => {
  const lfs = await attributes({
    '.gitattributes': `[attr]big ${LFS}\n*.bin big\n*.iso ${LFS}\nkeep.iso -filter\n`,
    'sub/.gitattributes': '*.bin !filter\n',
  });
  assert.equal(lfs.isTracked('a.bin'), true);
  assert.equal(lfs.isTracked('sub/a.bin'), false);
  assert.equal(lfs.isTracked('sub/x.iso'), true);
  assert.equal(lfs.isTracked('keep.iso'), false);
});

test('as of a time: the newest version added no later than it; without a time, the newest', async () => {
  const lfs = await attributes({
    '.gitattributes': [
      { text: '* text=auto\n', time: 1000 },
      { text: `*.bin ${LFS}\n`, time: 2000 },
    ],
  });
  assert.equal(lfs.isTracked('a.bin', 1500), false);
  assert.equal(lfs.isTracked('a.bin', 2000), true);
  assert.equal(lfs.isTracked('a.bin', 500), false, 'before any version');
  assert.equal(lfs.isTracked('a.bin'), true);
});

test('hostile attribute files do not throw', async () => {
  const lfs = await attributes({ '.gitattributes': `"unterminated ${LFS}\n\0\xff\n[attr]\n   \n!neg ${LFS}\n${'*'.repeat(10000)}.bin ${LFS}\n` });
  assert.equal(lfs.isTracked('neg'), false, 'negative patterns are not allowed in attribute files');
  assert.equal(lfs.isTracked('a.bin'), true);
});
