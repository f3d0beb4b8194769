// File-level rules on their own: content signatures from a blob's head, and hits over paths. Binary heads are
// generated here (a few magic bytes plus filler), never committed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes } from '../../src/core/size.js';
import { EMPTY_BLOB_ID, FileRuleSet, type BlobFacts } from '../../src/engine/file-rules.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';

const rules = await loadBuiltinRulesFromYaml();
const set = await FileRuleSet.compile(rules);

/** A head: magic bytes at an offset, NUL filler so that it reads as binary. */
function head(hex: string, offset = 0, length = 64): Buffer {
  const bytes = Buffer.alloc(Math.max(length, offset + hex.length / 2));
  Buffer.from(hex, 'hex').copy(bytes, offset);
  return bytes;
}

function magicOf(bytes: Buffer): string | undefined {
  return set.inspect(bytes, bytes.length).magic?.[0]?.name;
}

test('content signatures: archives, executables, compiled code, databases', () => {
  const pe = head('4d5a', 0, 256);
  pe.writeUInt32LE(0x80, 0x3c);
  Buffer.from('PE\0\0', 'latin1').copy(pe, 0x80);
  const pyc = head('cb0d0d0a', 0, 32);
  const tar = Buffer.alloc(600, 0x61);
  Buffer.from('ustar\0', 'latin1').copy(tar, 257);
  tar[100] = 0;
  const cases: [Buffer, string][] = [
    [head('504b0304140008000800'), 'zip archive'],
    [head('1f8b0800000000000003'), 'gzip archive'],
    [head('fd377a585a000004'), 'xz archive'],
    [head('377abcaf271c0004'), '7-Zip archive'],
    [tar, 'tar archive'],
    [head('7f454c46020101'), 'ELF executable'],
    [pe, 'PE executable (Windows)'],
    [head('cffaedfe0c000001'), 'Mach-O executable'],
    [head('cafebabe00000002'), 'Mach-O universal binary'],
    [head('cafebabe00000041'), 'Java class file'],
    [pyc, 'Python bytecode'],
    [Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]), 'SQLite database'],
    [Buffer.concat([Buffer.from('PGDMP\x01\x0e\0', 'latin1'), Buffer.alloc(16)]), 'PostgreSQL dump (custom format)'],
    [Buffer.from('--\n-- PostgreSQL database dump\n--\n'), 'PostgreSQL dump'],
    [Buffer.from('-- MySQL dump 10.13  Distrib 8.0\n'), 'MySQL dump'],
  ];
  for (const [bytes, name] of cases) assert.equal(magicOf(bytes), name, name);
});

test('not artefacts: images, fonts, text that starts like a signature, MZ without a PE header', () => {
  const cases = [
    head('89504e470d0a1a0a0000000d49484452'),
    head('ffd8ffe000104a464946'),
    head('774f464600010000'),
    Buffer.from('MZ is how this text starts, with no NUL byte'),
    head('4d5a', 0, 256),
    Buffer.from('PK\x03\x04 but text', 'latin1'),
    Buffer.from('cafebabe'),
  ];
  for (const bytes of cases) assert.equal(magicOf(bytes), undefined, bytes.subarray(0, 8).toString('hex'));
});

test('LFS pointers and encrypted files are recognised', () => {
  const pointer = Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 123456789\n`);
  assert.equal(set.inspect(pointer, pointer.length).lfsPointer, true);
  assert.equal(set.inspect(pointer, 5000).lfsPointer, false, 'too large to be a pointer');
  assert.equal(set.inspect(Buffer.concat([Buffer.from('\0GITCRYPT\0'), Buffer.alloc(20, 7)]), 30).encrypted, 'git-crypt');
  assert.equal(set.inspect(Buffer.from('$ANSIBLE_VAULT;1.1;AES256\n6162\n'), 32).encrypted, 'ansible-vault');
  assert.equal(set.inspect(Buffer.from('age-encryption.org/v1\n-> X25519 abc\n'), 40).encrypted, 'age');
  assert.equal(set.inspect(Buffer.from('-----BEGIN PGP MESSAGE-----\n\nhQEMA\n'), 40).encrypted, 'pgp');
  assert.equal(set.inspect(Buffer.from('plain text'), 10).encrypted, undefined);
});

/** Evaluates paths (each with one blob) against the built-in file rules. */
function evaluate(files: Record<string, BlobFacts | undefined>) {
  const entries = Object.keys(files).map((path, i) => ({ path, blobIds: [`blob${i}`] }));
  const facts = new Map<string, BlobFacts | undefined>(Object.values(files).map((f, i) => [`blob${i}`, f]));
  return set.evaluate(entries, (id) => facts.get(id));
}

const text = (size: number): BlobFacts => ({ size, binary: false, lfsPointer: false });

test('dependency folders: one finding per outermost root; evidence where a name is ambiguous; no inner findings', () => {
  const paths: Record<string, BlobFacts | undefined> = {
    'node_modules/a/index.js': undefined,
    'node_modules/a/node_modules/b/index.js': undefined,
    'node_modules/a/bin/tool.exe': { size: 10, binary: true, lfsPointer: false },
    'node_modules/.DS_Store': { size: 10, binary: true, lfsPointer: false },
    'web/node_modules/c/index.js': undefined,
    'py/__pycache__/m.cpython-312.pyc': { size: 40, binary: true, lfsPointer: false },
    'src/venv/helpers.py': undefined,
    'tools/venv/pyvenv.cfg': undefined,
    'tools/venv/lib/x.py': undefined,
    'docs/target/index.md': undefined,
    'rust/target/release/app': undefined,
    'dist/app.js': undefined,
  };
  const hits = evaluate(paths);
  const folders = hits.filter((h) => h.rule.id === 'hygiene.dependency-folder').map((h) => [h.path, h.files]);
  assert.deepEqual(folders.sort(), [
    ['node_modules/', 4],
    ['py/__pycache__/', 1],
    ['rust/target/', 1],
    ['tools/venv/', 2],
    ['web/node_modules/', 1],
  ]);
  assert.deepEqual(hits.filter((h) => h.rule.id !== 'hygiene.dependency-folder'), [], 'artefacts and junk inside the folders are covered by the folder finding');
});

test('name rules skip empty files and LFS pointers; credential file rules skip encrypted content', () => {
  const hits = evaluate({
    'a/.DS_Store': { size: 0, binary: false, lfsPointer: false },
    'b/app.jar': { size: 130, binary: false, lfsPointer: true },
    'c/id_rsa': { size: 300, binary: true, lfsPointer: false, encrypted: 'git-crypt' },
    'd/id_rsa': undefined,
    'e/prod.tfstate': text(20),
  });
  assert.deepEqual(hits.map((h) => `${h.rule.id} ${h.path}`).sort(), ['ssh.private-key-file d/id_rsa', 'terraform.state e/prod.tfstate']);
  const entries = [{ path: 'f/.DS_Store', blobIds: [EMPTY_BLOB_ID] }];
  assert.deepEqual(set.evaluate(entries, () => undefined), []);
});

test('a .tfstate.backup is one credential finding, not also an artefact by name', () => {
  const hits = evaluate({ 'infra/terraform.tfstate.backup': text(50) });
  assert.deepEqual(hits.map((h) => h.rule.id), ['terraform.state']);
});

test('large blobs: warning and error thresholds, per-path limits first, every version of a path in one hit', async () => {
  // assets: a warning size only (the pack's 10 MiB error size is raised to it); vendor: off.
  const withLimits = await FileRuleSet.compile(rules, [{ paths: ['assets/**'], warn: 20 * 1024 * 1024 }, { paths: ['vendor/**'], warn: Infinity, error: Infinity }]);
  const mib = 1024 * 1024;
  const facts = new Map<string, BlobFacts>([
    ['v1', { size: 2 * mib, binary: false, lfsPointer: false }],
    ['v2', { size: 12 * mib, binary: false, lfsPointer: false }],
    ['a1', { size: 15 * mib, binary: true, lfsPointer: false }],
    ['x1', { size: 50 * mib, binary: true, lfsPointer: false }],
  ]);
  const hits = withLimits.evaluate(
    [
      { path: 'data/big.csv', blobIds: ['v1', 'v2'] },
      { path: 'assets/movie.mp4', blobIds: ['a1'] },
      { path: 'vendor/blob.bin', blobIds: ['x1'] },
    ],
    (id) => facts.get(id),
  );
  assert.deepEqual(hits.map((h) => [h.path, h.versions.length]), [['data/big.csv', 2]]);
  const summary = withLimits.summarize(hits[0]!)!;
  assert.equal(summary.severity, 'high');
  assert.equal(summary.size, 12 * mib);
  assert.equal(summary.message, '12 MiB, over the 10 MiB error limit; 2 versions over the limit, 14 MiB in all');
  const warn = withLimits.summarize({ ...hits[0]!, versions: [{ blobId: 'v1', size: 2 * mib }] })!;
  assert.equal(warn.severity, 'info');
  assert.match(warn.message, /over the 1\.0 MiB warning limit/);
});

test('human sizes', () => {
  assert.deepEqual([0, 1023, 1024, 1536, 12 * 1024 * 1024, 5 * 1024 ** 3].map(formatBytes), ['0 B', '1023 B', '1.0 KiB', '1.5 KiB', '12 MiB', '5.0 GiB']);
});
