// Archives in the engine: every format's members scanned as text with their names, nesting to the depth and one past
// it, bombs, traversal names, encrypted, corrupt and truncated archives: diagnostics naming the member, and the other
// members still scanned. Every archive is built by the test, around secrets generated at run time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, scanBlob } from '../../src/engine/detect.js';
import { archiveCounters } from '../../src/engine/archive/expand.js';
import { archiveFormat } from '../../src/engine/archive/members.js';
import { isIncomplete, type Diagnostic } from '../../src/core/diagnostic.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../../src/core/scan-settings.js';
import { BlobScanner } from '../../src/engine/pool.js';
import type { BlobScan } from '../../src/engine/detect.js';
import { TOKEN_RULE } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';
import { gzip, tar, withCorruptData, withDeclaredSize, withEncryptedMember, zip } from '../helpers/archives.js';

const token = (): string => fake('tok_{random:24}');
const detector = createDetector([TOKEN_RULE]);
const scan = (bytes: Uint8Array, limits?: Partial<ArchiveLimits>) =>
  (limits ? createDetector([TOKEN_RULE], { archives: { ...DEFAULT_ARCHIVE_LIMITS, ...limits } }) : detector).scan({ id: 'blob1', bytes });
const found = (result: BlobScan): [string | undefined, number, string][] => result.matches.map((m) => [m.member, m.line, m.secret]);
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

test('each format: members are scanned as text, matches carry the member name and the member\'s own line', () => {
  const secret = token();
  const text = `first line\nkey = "${secret}"\n`;
  const cases: [string, Buffer, string][] = [
    ['zip (deflate)', zip({ 'conf/app.properties': text, 'README': 'nothing here\n' }), 'conf/app.properties'],
    ['zip (stored)', zip({ 'conf/app.properties': text }, 0), 'conf/app.properties'],
    ['tar', tar({ 'etc/app.env': text, 'empty': '' }), 'etc/app.env'],
    ['tar.gz', gzip(tar({ 'pkg/config.ini': text })), 'pkg/config.ini'],
    ['gz with a file name', gzip(text, 'dump.sql'), 'dump.sql'],
    // The engine never sees the blob's path: the scan names this member after the archive (test/cli/archives).
    ['gz without a name', gzip(text), ''],
  ];
  for (const [name, bytes, member] of cases) {
    const result = scan(bytes);
    assert.deepEqual(found(result), [[member, 2, secret]], name);
    assert.equal(result.binary, false, `${name}: an archive is scanned, not skipped as binary`);
    assert.deepEqual(result.diagnostics, [], name);
    assert.ok(result.matches[0]!.snippet.includes(secret), `${name}: the snippet is the member's line`);
  }
});

test('a tar member with a long name (pax path record) keeps its whole name', () => {
  const secret = token();
  const long = `${'deep/'.repeat(30)}réglages-設定.env`;
  assert.deepEqual(found(scan(tar({ [long]: `t=${secret}\n` }))), [[long, 1, secret]]);
});

test('archives are known by their magic bytes, not their names, and nothing else is taken for one', () => {
  assert.equal(archiveFormat(zip({ a: 'x' })), 'zip');
  assert.equal(archiveFormat(gzip('x')), 'gzip');
  assert.equal(archiveFormat(tar({ a: 'x' })), 'tar');
  assert.equal(archiveFormat(Buffer.from('PK is a text that starts like a zip')), undefined);
  assert.equal(archiveFormat(Buffer.alloc(0)), undefined);
  assert.equal(archiveFormat(Buffer.from([0x1f, 0x8b])), undefined);
  const saysUstar = Buffer.alloc(600, 'a');
  saysUstar.write('ustar', 257);
  assert.equal(archiveFormat(saysUstar), undefined, 'a text with "ustar" at byte 257 but no tar header checksum');
  // bzip2, xz and zstd are not opened (no well-kept pure JavaScript decoder with bounded output: docs/performance.md).
  for (const magic of [[0x42, 0x5a, 0x68, 0x39], [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0], [0x28, 0xb5, 0x2f, 0xfd]]) {
    assert.equal(archiveFormat(Buffer.from([...magic, 0, 0, 0, 0])), undefined);
  }
});

test('text and binary blobs that are not archives never reach the archive readers', () => {
  const before = { ...archiveCounters };
  const secret = token();
  assert.equal(scan(Buffer.from(`x = "${secret}"\n`)).matches.length, 1);
  const binary = Buffer.alloc(4000, 7);
  binary[3] = 0;
  assert.equal(scan(binary).binary, true);
  assert.deepEqual(archiveCounters, before);
});

test('nesting: archives inside archives are opened to the depth, and one past it is a note naming the member', () => {
  const secret = token();
  // Level 1 is the blob itself; each wrap adds one.
  let bytes: Buffer = zip({ 'conf/x.properties': `t=${secret}\n` });
  const names = ['conf/x.properties'];
  const chain = ['lib/b.jar', 'WEB-INF/app.war', 'dist/c.tgz'];
  bytes = zip({ [chain[0]!]: bytes });
  bytes = zip({ [chain[1]!]: bytes });
  bytes = gzip(tar({ [chain[2]!]: bytes }));
  // Four levels: the tgz, the war, the jar, the zip... the innermost zip is the fourth archive.
  const member = [chain[2], chain[1], chain[0], ...names].join('!');
  const atLimit = scan(bytes, { depth: 4 });
  assert.deepEqual(found(atLimit), [[member, 1, secret]]);
  assert.deepEqual(atLimit.diagnostics, []);
  const onePast = scan(bytes, { depth: 3 });
  assert.deepEqual(onePast.matches, []);
  assert.deepEqual(codes(onePast.diagnostics), ['archive-depth']);
  assert.match(onePast.diagnostics[0]!.detail, /^blob blob1: archive member "dist\/c\.tgz!WEB-INF\/app\.war!lib\/b\.jar" is an archive nested deeper/);
  assert.equal(isIncomplete(onePast.diagnostics[0]!), false, 'the depth is the user\'s bound, as the decoding depth is');
  const off = scan(bytes, { depth: 0 });
  assert.deepEqual([off.matches, off.diagnostics, off.binary], [[], [], true], 'depth 0: an archive is a binary blob');
});

test('a gzip stream without a name inside an archive is named after its member', () => {
  const secret = token();
  assert.deepEqual(found(scan(zip({ 'logs/app.log.gz': gzip(`t=${secret}\n`) }))), [['logs/app.log.gz!app.log', 1, secret]]);
  assert.deepEqual(found(scan(zip({ 'x/y.tgz': gzip(zip({ 'in.txt': `t=${secret}\n` })) }))), [['x/y.tgz!y.tar!in.txt', 1, secret]]);
});

test('a zip bomb (ratio over the limit) is a diagnostic naming the member, and is never decompressed', () => {
  const secret = token();
  const bomb = zip({ 'zeros.bin': new Uint8Array(32 * 1024 * 1024), 'after.txt': `t=${secret}\n` }, 9);
  assert.ok(bomb.length < 100_000, 'the bomb is small');
  const result = scan(bomb);
  assert.deepEqual(found(result), [['after.txt', 1, secret]], 'the members after it are scanned');
  assert.deepEqual(codes(result.diagnostics), ['archive-limit']);
  assert.match(result.diagnostics[0]!.detail, /archive member "zeros\.bin" would expand from \d+ to 33554432 bytes, over 100 times \(archives\.maxRatio\): a possible zip bomb/);
  assert.equal(isIncomplete(result.diagnostics[0]!), true, 'a hook does not pass what it did not scan');
});

test('a bomb that lies about its size is stopped just past the size it declares', () => {
  const lying = withDeclaredSize(zip({ 'small.txt': 'a'.repeat(8 * 1024 * 1024) }, 9), 0, 1000);
  const result = scan(lying);
  assert.deepEqual(codes(result.diagnostics), ['archive-limit']);
  assert.match(result.diagnostics[0]!.detail, /"small\.txt" holds more data than the 1000 bytes its entry declares/);
  // A gzip stream declares nothing: it stops at the ratio limit.
  const gz = scan(gzip(new Uint8Array(16 * 1024 * 1024), 'zeros'));
  assert.deepEqual(codes(gz.diagnostics), ['archive-limit']);
  assert.match(gz.diagnostics[0]!.detail, /^blob blob1: archive expands past 100 times its \d+ compressed bytes/);
});

test('the byte budget and the member count hold over every level of nesting', () => {
  const secret = token();
  const members: Record<string, string> = {};
  for (let i = 0; i < 30; i++) members[`m${i}.txt`] = `line\n`;
  members['z.txt'] = `t=${secret}\n`;
  const counted = scan(zip({ 'inner.zip': zip(members) }), { maxMembers: 10 });
  assert.deepEqual(counted.matches, [], 'the members past the count are not read');
  assert.deepEqual(codes(counted.diagnostics), ['archive-limit']);
  assert.match(counted.diagnostics[0]!.detail, /holds more than 10 members \(archives\.maxMembers\)/);

  const big = 'x'.repeat(600_000) + '\n';
  const budget = scan(zip({ 'a.txt': big, 'b.txt': big, 'c.txt': `t=${secret}\n` }), { maxBytes: 1_000_000 });
  assert.deepEqual(budget.matches, []);
  assert.deepEqual(codes(budget.diagnostics), ['archive-limit']);
  assert.match(budget.diagnostics[0]!.detail, /"b\.txt" would take the archive past 1000000 bytes uncompressed \(archives\.maxBytes\)/);
});

test('member names that climb out of the archive or are absolute are notes; their content is still scanned', () => {
  const secret = token();
  const names = ['../../etc/passwd', '/etc/shadow', 'C:\\Windows\\x.ini', 'ok/../../up.txt', 'line\nbreak.txt'];
  const members = Object.fromEntries(names.map((n) => [n, `t=${secret}\n`]));
  const result = scan(zip(members));
  assert.deepEqual(
    result.matches.map((m) => m.member),
    ['../../etc/passwd', '/etc/shadow', 'C:\\Windows\\x.ini', 'ok/../../up.txt', 'line?break.txt'],
    'a control character in a name is shown as ?',
  );
  assert.deepEqual(codes(result.diagnostics), ['archive-member-name', 'archive-member-name', 'archive-member-name', 'archive-member-name']);
  assert.ok(result.diagnostics.every((d) => !isIncomplete(d)));
  assert.match(result.diagnostics[0]!.detail, /archive member "\.\.\/\.\.\/etc\/passwd" has a name that is absolute or climbs out/);
  // The same in a tar.
  const inTar = scan(tar({ '../x.env': `t=${secret}\n` }));
  assert.deepEqual([found(inTar), codes(inTar.diagnostics)], [[['../x.env', 1, secret]], ['archive-member-name']]);
});

test('an encrypted member is a diagnostic naming it; the other members are scanned', () => {
  const secret = token();
  const result = scan(withEncryptedMember(zip({ 'secret.txt': `t=${token()}\n`, 'plain.txt': `t=${secret}\n` }), 0));
  assert.deepEqual(found(result), [['plain.txt', 1, secret]]);
  assert.deepEqual(codes(result.diagnostics), ['archive-unreadable']);
  assert.match(result.diagnostics[0]!.detail, /archive member "secret\.txt" is encrypted; not scanned/);
  assert.equal(isIncomplete(result.diagnostics[0]!), true);
});

test('corrupt and truncated archives are diagnostics, never a throw', () => {
  const secret = token();
  const good = zip({ 'a.txt': `t=${token()} ${'filler '.repeat(200)}\n`, 'b.txt': `t=${secret}\n` });
  const corrupt = scan(withCorruptData(good, 0));
  assert.deepEqual(found(corrupt), [['b.txt', 1, secret]]);
  assert.deepEqual(codes(corrupt.diagnostics), ['archive-unreadable']);
  assert.match(corrupt.diagnostics[0]!.detail, /archive member "a\.txt" is corrupt/);

  const cut = scan(good.subarray(0, good.length - 30));
  assert.deepEqual(cut.matches, []);
  assert.deepEqual(codes(cut.diagnostics), ['archive-unreadable']);
  assert.match(cut.diagnostics[0]!.detail, /^blob blob1: archive cannot be opened as a zip: no end of central directory/);

  const tarBytes = tar({ 'a.env': `t=${secret}\n`, 'b.env': 'x\n' });
  const damaged = Buffer.from(tarBytes);
  damaged[1024 + 10] = 0x21; // the second header's name: its checksum no longer matches
  const badTar = scan(damaged);
  assert.deepEqual([found(badTar), codes(badTar.diagnostics)], [[['a.env', 1, secret]], ['archive-unreadable']]);
  assert.match(badTar.diagnostics[0]!.detail, /damaged tar header at byte 1024/);
  const shortTar = scan(tarBytes.subarray(0, 700));
  assert.deepEqual([found(shortTar), codes(shortTar.diagnostics)], [[['a.env', 1, secret]], ['archive-unreadable']]);
  assert.match(shortTar.diagnostics[0]!.detail, /archive ends inside a tar header or padding \(truncated\)/);
  const cutMember = scan(tarBytes.subarray(0, 520));
  assert.deepEqual([cutMember.matches, codes(cutMember.diagnostics)], [[], ['archive-unreadable']]);
  assert.match(cutMember.diagnostics[0]!.detail, /archive member "a\.env" runs past the end of the archive \(truncated\)/);

  const gz = gzip(`t=${secret}\n${'more text '.repeat(100)}`, 'x.txt');
  const shortGz = scan(gz.subarray(0, gz.length - 40));
  assert.deepEqual(codes(shortGz.diagnostics), ['archive-unreadable']);
  assert.match(shortGz.diagnostics[0]!.detail, /^blob blob1: archive is corrupt/);

  // Hostile shapes, none of which may throw: random bytes after each magic.
  let seed = 7;
  const random = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
  for (const magic of [[0x50, 0x4b, 3, 4], [0x50, 0x4b, 5, 6], [0x1f, 0x8b, 8]]) {
    for (let n = 0; n < 40; n++) assert.doesNotThrow(() => scan(Buffer.concat([Buffer.from(magic), random(n * 37)])));
  }
  const header = tar({ a: 'b' });
  for (let i = 0; i < 40; i++) {
    const mutated = Buffer.from(header);
    mutated.write(random(8).toString('latin1'), 124 + (i % 12), 'latin1');
    assert.doesNotThrow(() => scan(mutated));
  }
});

test('a binary member is skipped as a binary blob is; an allow comment in a member works as in a file', () => {
  const secret = token();
  const binary = Buffer.concat([Buffer.from(`t=${token()}\0`), Buffer.alloc(100)]);
  const result = scan(zip({ 'image.bin': binary, 'app.env': `t=${secret} # leakgate:allow test.token -- fixture\n` }));
  assert.equal(result.matches.length, 1);
  assert.equal(result.matches[0]!.member, 'app.env');
  assert.ok(result.matches[0]!.allowed);
});

test('members are decoded too: a base64 token in a member carries both the member and the chain', () => {
  const secret = token();
  const result = scan(zip({ 'values.yaml': `auth: ${Buffer.from(`x=${secret}`).toString('base64')}\n` }));
  assert.deepEqual(result.matches.map((m) => [m.member, m.decoded]), [['values.yaml', ['base64']]]);
});

test('a focused blob (a staged change) that is an archive is scanned whole', () => {
  const secret = token();
  const bytes = zip({ 'a.txt': `${'x\n'.repeat(50)}t=${secret}\n` });
  const result = detector.scan({ id: 'blob1', bytes, focus: [[1, 1]] });
  assert.deepEqual(found(result), [['a.txt', 51, secret]]);
});

test('the worker pool gives an archive the result the in-process detector gives', async () => {
  const secret = token();
  const bytes = zip({ 'lib/inner.jar': zip({ 'x.properties': `t=${secret}\n` }), 'bad.txt': 'y\n' });
  const encrypted = withEncryptedMember(zip({ 'a.txt': `t=${secret}\n` }), 0);
  const expected = [await scanBlob(detector, { id: 'a', bytes }), await scanBlob(detector, { id: 'b', bytes: encrypted })];
  const got = new Map<string, BlobScan>();
  const scanner = new BlobScanner({
    rules: [TOKEN_RULE],
    workers: 1,
    inlineBytes: 0,
    blobTimeoutMs: 60_000,
    onResult: (r) => got.set(r.blobId, r),
    onDiagnostic: () => undefined,
  });
  await scanner.submit({ id: 'a', bytes }, true);
  await scanner.submit({ id: 'b', bytes: encrypted }, true);
  await scanner.drain();
  await scanner.close();
  assert.deepEqual([got.get('a')?.matches, got.get('b')?.diagnostics], [expected[0]!.matches, expected[1]!.diagnostics]);
  assert.equal(got.get('a')?.matches[0]?.member, 'lib/inner.jar!x.properties');
});
