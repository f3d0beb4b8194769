// The scan cache, in the user's cache directory (never in the repository): second scans replay blobs already
// scanned, with identical findings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../../helpers/repo.js';
import { fake, githubToken } from '../../helpers/secrets.js';
import { scanJson } from '../../helpers/cli.js';
import { loadBuiltinRulesFromYaml } from '../../../src/ruleset/load.js';
import { repositoryCacheDir } from '../../../src/core/cache-dir.js';

/**
 * Commits walked before are skipped only when no rule needs every path of the history: a config that turns off the
 * file-level rules (hygiene, credential files by name) and the rules limited to some paths (.env, .npmrc...).
 */
async function writeWalkReusableConfig(dir: string): Promise<void> {
  const rules = await loadBuiltinRulesFromYaml();
  const off = rules.filter((r) => (r.detector !== undefined && r.detector !== 'kubernetes-secret') || (r.paths.length > 0 && r.detector === undefined));
  writeFileSync(join(dir, '.leakgate.yaml'), `overrides:\n${off.map((r) => `  ${r.id}: { disabled: true }`).join('\n')}\n`);
}

type Report = Omit<ReturnType<typeof scanJson>['report'], 'scan' | 'findings'> & {
  scan: { cachedBlobs?: number; cachedCommits?: number; blobs: number; bytes: number };
  health?: unknown;
  findings: (ReturnType<typeof scanJson>['report']['findings'][number] & { size?: number; snippet: string; inHead?: boolean })[];
};

function cacheFiles(gitDir: string): string[] {
  const dir = repositoryCacheDir(gitDir);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.cache')).map((name) => join(dir, name)) : [];
}

function allFiles(gitDir: string): string[] {
  const dir = repositoryCacheDir(gitDir);
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Scans with the cache and without, and checks that everything but timing and cache counts is the same. */
function assertSameAsCold(dir: string, extra: string[] = []): Report {
  const warm = scanJson([dir, '--no-redact', ...extra]).report as unknown as Report;
  const cold = scanJson([dir, '--no-redact', '--no-cache', ...extra]).report as unknown as Report;
  const stats = (r: Report): unknown => ({ ...r.scan, durationMs: 0, cachedBlobs: 0, cachedCommits: 0 });
  assert.deepEqual(warm.findings, cold.findings);
  assert.deepEqual(warm.diagnostics, cold.diagnostics);
  assert.deepEqual(stats(warm), stats(cold));
  assert.deepEqual(warm.health, cold.health);
  return warm;
}

test('a second scan after a new commit reads only the new blobs and reports identical findings', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n', 'src/a.js': `const t = "${githubToken()}";\n` }, 'one');
  repo.commit({ 'src/b.js': `x ${githubToken()}\n`, 'big.txt': 'line\n'.repeat(1000) }, 'two');
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit({ 'side.txt': `db_password = "${'Zq8!mW2#'.repeat(3)}"\n` }, 'side');
  repo.git('checkout', '-q', 'main');
  const first = scanJson([repo.dir, '--no-redact']).report as unknown as Report;
  assert.equal(first.scan.cachedBlobs ?? 0, 0);
  assert.equal(cacheFiles(join(repo.dir, '.git')).length, 1, "one cache file in the repository's cache directory");
  assert.equal(existsSync(join(repo.dir, '.git', 'leakgate')), false, 'nothing written into the git directory');
  assert.equal(repo.git('status', '--porcelain', '--ignored'), '', 'nothing in the work tree');

  const newToken = githubToken();
  repo.commit({ 'src/c.js': `y ${newToken}\n` }, 'three');
  const second = scanJson([repo.dir, '--no-redact']).report as unknown as Report;
  const cold = scanJson([repo.dir, '--no-redact', '--no-cache']).report as unknown as Report;
  assert.equal(second.scan.cachedBlobs, first.scan.blobs, 'every old blob replayed');
  assert.equal(second.scan.blobs, cold.scan.blobs);
  assert.equal(second.scan.bytes, cold.scan.bytes);
  assert.deepEqual(second.findings, cold.findings);
  assert.deepEqual(second.diagnostics, cold.diagnostics);
  assert.equal(second.findings.length, first.findings.length + 1);
  assert.ok(second.findings.some((f) => f.secret === newToken && f.commit?.summary === 'three'));
  assert.ok(second.findings.some((f) => f.path === 'src/a.js' && f.commit?.summary === 'one'), 'attribution kept');

  // A third run changes nothing and replays everything.
  const third = scanJson([repo.dir, '--no-redact']).report as unknown as Report;
  assert.equal(third.scan.cachedBlobs, third.scan.blobs);
  assert.deepEqual(third.findings, cold.findings);
});

test('cached findings of a blob no longer reachable are not reported', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'one');
  repo.git('checkout', '-q', '-b', 'doomed');
  repo.commit({ 'leak.txt': `k ${githubToken()}\n` }, 'leak');
  repo.git('checkout', '-q', 'main');
  assert.equal(scanJson([repo.dir]).report.findings.length, 1);
  repo.git('branch', '-q', '-D', 'doomed');
  repo.git('reflog', 'expire', '--expire=now', '--all');
  const { code, report } = scanJson([repo.dir]);
  assert.equal(code, 0);
  assert.equal(report.findings.length, 0);
});

test('--no-cache neither reads nor writes the cache', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `k ${githubToken()}\n` }, 'one');
  const { report } = scanJson([repo.dir, '--no-cache']);
  assert.equal(report.findings.length, 1);
  assert.deepEqual(cacheFiles(join(repo.dir, '.git')), []);
});

test('other rules use another cache: adding a rule pack rescans', (t) => {
  const repo = createRepo();
  const dir = tempDir();
  t.after(() => (repo.remove(), dir.remove()));
  repo.commit({ 'a.txt': 'acme_k3v9q2x7m4p8t1w6z5r0\n' }, 'one');
  assert.equal(scanJson([repo.dir]).report.findings.length, 0);
  const pack = join(dir.dir, 'acme.yaml');
  writeFileSync(
    pack,
    `pack: acme
rules:
  - id: acme.token
    description: Acme token
    severity: high
    keywords: [acme_]
    pattern: '(acme_[a-z0-9]{20})'
    secretGroup: 1
    examples:
      match: ['acme_{hex:20}']
      ignore: ['acme_']
`,
  );
  const { report } = scanJson([repo.dir, '--rules', pack]);
  assert.equal(report.findings.length, 1);
  assert.equal((report as unknown as Report).scan.cachedBlobs ?? 0, 0);
  assert.equal(cacheFiles(join(repo.dir, '.git')).length, 2);
});

test('another path allowlist uses another cache: a path no longer skipped is read and reported', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'vendor/lib.js': `x ${githubToken()}\n`, 'a.txt': 'plain\n', '.leakgate.yaml': 'allowlist:\n  paths: ["vendor/**"]\n' }, 'one');
  assert.deepEqual(scanJson([repo.dir]).report.findings, []);
  assert.deepEqual(scanJson([repo.dir]).report.findings, [], 'the allowlist still applies with the cache');
  // The allowlist goes: the blob the first scans never read must now be read, cache or not.
  repo.commit({ '.leakgate.yaml': 'failOn: high\n' }, 'no allowlist');
  const warm = assertSameAsCold(repo.dir);
  assert.deepEqual(warm.findings.map((f) => f.path), ['vendor/lib.js']);
  // And back: the first cache serves the allowlist again, with the same report as a cold scan.
  repo.commit({ '.leakgate.yaml': 'allowlist:\n  paths: ["vendor/**"]\n' }, 'allowlist again');
  assert.deepEqual(assertSameAsCold(repo.dir).findings, []);
});

test('a corrupt or truncated cache is a diagnostic, ignored, then rewritten', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'a.txt': `k ${token}\n`, 'b.txt': 'plain\n' }, 'one');
  scanJson([repo.dir]);
  const [file] = cacheFiles(join(repo.dir, '.git'));
  assert.ok(file);
  const good = readFileSync(file);
  for (const bad of [good.subarray(0, good.length - 3), Buffer.from('garbage\n'), Buffer.concat([good.subarray(0, good.length - 1), Buffer.from('X')]), Buffer.alloc(0)]) {
    writeFileSync(file, bad);
    const { code, report } = scanJson([repo.dir]);
    assert.equal(code, 1);
    assert.equal(report.findings.length, 1);
    assert.equal(report.diagnostics.filter((d) => d.code === 'cache-ignored').length, 1, 'one diagnostic');
    assert.equal((report as unknown as Report).scan.cachedBlobs ?? 0, 0);
    const after = scanJson([repo.dir]);
    assert.equal(after.report.diagnostics.filter((d) => d.code === 'cache-ignored').length, 0, 'rewritten');
    assert.equal((after.report as unknown as Report).scan.cachedBlobs, 2);
  }
});

test('concurrent scans of one repository all succeed and agree', async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  for (let i = 0; i < 5; i++) repo.commit({ [`f${i}.txt`]: `t ${githubToken()}\n` }, `c${i}`);
  const { spawn } = await import('node:child_process');
  const { CLI } = await import('../../helpers/cli.js');
  const run = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'scan', repo.dir, '-f', 'json', '--no-progress']);
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('close', (code) => (code === 1 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
  const outputs = await Promise.all([run(), run(), run(), run()]);
  const findings = outputs.map((o) => JSON.stringify((JSON.parse(o) as Report).findings));
  assert.ok(findings.every((f) => f === findings[0]));
  const after = scanJson([repo.dir]).report as unknown as Report;
  assert.equal(after.scan.cachedBlobs, 5);
  assert.equal(after.diagnostics.length, 0);
  assert.equal(cacheFiles(join(repo.dir, '.git')).length, 1);
  assert.deepEqual(allFiles(join(repo.dir, '.git')).filter((f) => f.endsWith('.tmp')), [], 'no temp files left behind');
});

test('incremental walks: new commits, a new branch, a rewritten branch, a corrupt walk file all give a cold scan\'s report', async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  await writeWalkReusableConfig(repo.dir);
  repo.commit({ 'a.txt': `k ${githubToken()}\n`, 'b.txt': 'plain\n' }, 'one');
  repo.commit({ 'a.txt': 'gone\n' }, 'two');
  assertSameAsCold(repo.dir);
  // Only grown: the stored walk is reused.
  repo.commit({ 'c.txt': `c ${githubToken()}\n`, 'b.txt': `k ${githubToken()}\n` }, 'three');
  let warm = assertSameAsCold(repo.dir);
  assert.ok((warm.scan.cachedBlobs ?? 0) >= 3);
  // The same old secret re-added at another path, and on a new branch.
  repo.git('checkout', '-q', '-b', 'side');
  const old = repo.git('show', 'HEAD~2:a.txt');
  repo.commit({ 'copy/a.txt': old }, 'copy');
  repo.git('checkout', '-q', 'main');
  warm = assertSameAsCold(repo.dir);
  assert.equal(warm.findings.find((f) => f.path === 'a.txt')?.otherOccurrences, 1, 'the copy is another occurrence');
  // Rewritten history: the side branch deleted and the last commit of main replaced.
  repo.git('branch', '-q', '-D', 'side');
  repo.git('reset', '-q', '--hard', 'HEAD~1');
  repo.commit({ 'd.txt': 'd\n' }, 'three again');
  warm = assertSameAsCold(repo.dir);
  assert.ok(!warm.findings.some((f) => f.path === 'c.txt'), 'the rewritten commit is gone');
  // A corrupt walk file is a diagnostic, and the scan walks everything.
  const walk = join(repositoryCacheDir(join(repo.dir, '.git')), allFiles(join(repo.dir, '.git')).find((f) => f.endsWith('.walk'))!);
  writeFileSync(walk, '{"format": broken');
  const { report } = scanJson([repo.dir]);
  assert.equal(report.diagnostics.filter((d) => d.code === 'cache-ignored').length, 1);
  assertSameAsCold(repo.dir);
});

test('cache files of another leakgate version are replaced quietly: no diagnostic, a full scan, then reuse', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `k ${githubToken()}\n`, 'b.txt': 'plain\n' }, 'one');
  const cold = scanJson([repo.dir, '--no-cache']).report;
  scanJson([repo.dir]);
  const gitDir = join(repo.dir, '.git');
  // Rewrite each cache file's header as an older version would have written it (its body no longer matters).
  for (const name of allFiles(gitDir).filter((f) => f.endsWith('.cache') || f.endsWith('.walk'))) {
    const file = join(repositoryCacheDir(gitDir), name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/leakgate-scan-cache\/\d+/, 'leakgate-scan-cache/1'));
  }
  const upgraded = scanJson([repo.dir]).report as unknown as Report;
  assert.deepEqual(upgraded.diagnostics, []);
  assert.equal(upgraded.scan.cachedBlobs ?? 0, 0, 'nothing was taken from the old files');
  assert.deepEqual(upgraded.findings.map((f) => f.fingerprint), cold.findings.map((f) => f.fingerprint));
  const again = scanJson([repo.dir]).report as unknown as Report;
  assert.equal(again.scan.cachedBlobs, 2, 'the rewritten files are used');
  assert.deepEqual(again.diagnostics, []);
});

test('a blob missing at the first scan and present at the next (a partial clone fetched it) is reported with its commit', async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  await writeWalkReusableConfig(repo.dir);
  const content = `k ${githubToken()}\n`;
  repo.commit({ 'keep.txt': 'plain\n', 'late.txt': content }, 'one');
  const late = repo.git('rev-parse', 'HEAD:late.txt').trim();
  const object = join(repo.dir, '.git', 'objects', late.slice(0, 2), late.slice(2));
  rmSync(object);
  const first = assertSameAsCold(repo.dir);
  assert.deepEqual(first.diagnostics.map((d) => [d.code, d.path]), [['missing-object', 'late.txt']]);
  writeFileSync(join(repo.dir, 'late-copy.txt'), content);
  repo.git('hash-object', '-w', 'late-copy.txt');
  rmSync(join(repo.dir, 'late-copy.txt'));
  repo.commit({ 'new.txt': 'new\n' }, 'two');
  const second = assertSameAsCold(repo.dir);
  assert.ok((second.scan.cachedCommits ?? 0) >= 1, 'the old commit was not walked again');
  const found = second.findings.find((f) => f.path === 'late.txt');
  assert.ok(found, 'the blob that arrived is reported');
  assert.deepEqual(second.diagnostics, []);
});

test('incremental walks keep missing-object and too-large diagnostics with their paths', async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  await writeWalkReusableConfig(repo.dir);
  repo.commit({ 'keep.txt': `k ${githubToken()}\n`, 'lost.txt': 'this blob will be deleted\n', 'big.txt': 'x'.repeat(5000) }, 'one');
  const lost = repo.git('rev-parse', 'HEAD:lost.txt').trim();
  rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
  const first = assertSameAsCold(repo.dir, ['--max-blob-size', '1k']);
  assert.deepEqual(first.diagnostics.map((d) => [d.code, d.path]), [['missing-object', 'lost.txt'], ['too-large', 'big.txt']]);
  repo.git('rm', '-q', '--cached', 'lost.txt');
  repo.commit({ 'new.txt': 'new\n' }, 'two');
  const second = assertSameAsCold(repo.dir, ['--max-blob-size', '1k']);
  assert.deepEqual(second.diagnostics.map((d) => [d.code, d.path]), [['missing-object', 'lost.txt'], ['too-large', 'big.txt']]);
  assert.ok((second.scan.cachedBlobs ?? 0) >= 2);
});

test('with the built-in packs only new commits are walked, and no blob scanned before is read again', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `k ${githubToken()}\n`, '.env': `API_TOKEN=${githubToken()}\n`, 'b.txt': 'plain\n' }, 'one');
  assertSameAsCold(repo.dir);
  // The same content as b.txt at a path the .env rules concern: scanned again with them, not replayed.
  repo.commit({ 'c.txt': `c ${githubToken()}\n`, 'conf/.env': `API_TOKEN=${githubToken()}\n` }, 'two');
  const warm = assertSameAsCold(repo.dir);
  assert.ok((warm.scan.cachedBlobs ?? 0) >= 3, `cached blobs: ${warm.scan.cachedBlobs}`);
  assert.equal(warm.scan.cachedCommits, 1, 'the first commit was not walked again');
  assert.ok(allFiles(join(repo.dir, '.git')).some((f) => f.endsWith('.walk')), 'the walk is stored');
});

/** Binary content: a few magic bytes and filler made at run time. */
function binary(magicHex: string, size: number): Buffer {
  const out = Buffer.alloc(size, 0x41);
  Buffer.from(magicHex, 'hex').copy(out);
  out[magicHex.length / 2] = 0;
  return out;
}

const K8S_SECRET = (value: string): string =>
  `apiVersion: v1\nkind: Secret\nmetadata: {name: app}\ntype: Opaque\ndata:\n  password: ${Buffer.from(value).toString('base64')}\n`;

test('file rules, health and path-limited rules: a scan that walks only the new commits reports what a cold scan does', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const args = ['--size-limit', '2KiB,4KiB'];
  const laterEnv = `DB_PASSWORD="${fake('{random:24}')}"\n`;
  const laterExe = 'first met as a text file\n';
  const lfsPointer = (n: number): string => `version https://git-lfs.github.com/spec/v1\noid sha256:${n.toString(16).padStart(64, '0')}\nsize 12345\n`;
  repo.commit(
    {
      'src/a.js': `const t = "${githubToken()}";\n`,
      'tools/setup.exe': 'not really a PE file\n',
      'node_modules/left-pad/index.js': 'module.exports = 1;\n',
      'data/big.csv': 'id,name\n'.repeat(400),
      '.gitattributes': '*.psd filter=lfs diff=lfs merge=lfs -text\n',
      'art/cover.psd': lfsPointer(1),
      'art/raw.psd': binary('38425053', 3000),
      'img/logo.png': binary('89504e470d0a1a0a', 1500),
      'bin/tool': binary('7f454c46020101', 5000),
      'k8s/secret.yaml': K8S_SECRET(fake('{random:20}')),
      '.env': `API_TOKEN=${fake('{random:32}')}\n`,
      'notes/env.txt': laterEnv,
      'docs/exe.txt': laterExe,
      'odd\nname.exe': 'odd\n',
      'empty.dll': '',
    },
    'one',
  );
  repo.commit({ 'data/big.csv': 'id,name,more\n'.repeat(500), 'img/logo.png': null, '.DS_Store': binary('0000000142756431', 600) }, 'two');
  const first = assertSameAsCold(repo.dir, args);
  assert.equal(first.scan.cachedCommits ?? 0, 0);
  assertSameAsCold(repo.dir, ['--health', ...args]);

  // New commits: old blobs at paths the file rules and the .env rules concern, a folder grown, new attributes, a
  // larger blob, a branch, and a commit dated before the old ones (one walk of everything would meet it last).
  repo.commit(
    {
      'conf/.env': laterEnv,
      'tools/other.exe': laterExe,
      'node_modules/left-pad/package.json': '{}\n',
      '.gitattributes': '*.psd filter=lfs diff=lfs merge=lfs -text\n*.csv filter=lfs diff=lfs merge=lfs -text\n',
      'data/huge.bin': binary('1f8b08', 9000),
      'k8s/copy.yaml': repo.git('show', 'HEAD:k8s/secret.yaml'),
      'art/new.psd': lfsPointer(2),
    },
    'three',
  );
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit({ 'side/setup.exe': 'not really a PE file\n', 'side/logo.png': binary('89504e470d0a1a0a', 1500) }, 'side', { date: '1000000000 +0000' });
  repo.git('checkout', '-q', 'main');
  const warm = assertSameAsCold(repo.dir, args);
  assert.equal(warm.scan.cachedCommits, 2, 'the two old commits were not walked again');
  const ids = (r: Report): string[] => r.findings.map((f) => `${f.ruleId} ${f.path}`);
  for (const expected of ['dotenv.credential conf/.env', 'hygiene.binary-artefact tools/other.exe', 'hygiene.large-blob data/big.csv', 'hygiene.dependency-folder node_modules/', 'kubernetes.secret k8s/secret.yaml']) {
    assert.ok(ids(warm).includes(expected), `${expected} in ${ids(warm).join(', ')}`);
  }
  assert.ok(!ids(warm).includes('dotenv.credential notes/env.txt'));
  const other = warm.findings.find((f) => f.path === 'tools/other.exe')!;
  assert.equal(other.size, Buffer.byteLength(laterExe), 'the size of a blob first met elsewhere');
  assert.equal(
    (warm.findings.find((f) => f.path === 'node_modules/')!).snippet,
    '2 files under node_modules/',
  );
  assert.deepEqual(
    warm.findings.map((f) => f.fingerprint),
    (scanJson([repo.dir, '--no-cache', ...args]).report as unknown as Report).findings.map((f) => f.fingerprint),
  );
  // HEAD-dependent figures follow HEAD, and a third scan (nothing new) walks nothing.
  repo.commit({ 'data/big.csv': null, 'tools/setup.exe': null }, 'clean up');
  const again = assertSameAsCold(repo.dir, ['--health', ...args]);
  assert.equal(again.scan.cachedCommits, 4);
  const third = assertSameAsCold(repo.dir, ['--health', ...args]);
  assert.equal(third.scan.cachedCommits, 5);
  assert.equal(third.scan.cachedBlobs, third.scan.blobs);

  // Rewritten history: the side branch deleted and the last commit of main amended.
  repo.git('branch', '-q', '-D', 'side');
  repo.git('commit', '-q', '--amend', '-m', 'clean up, amended');
  const rewritten = assertSameAsCold(repo.dir, args);
  assert.equal(rewritten.scan.cachedCommits ?? 0, 0, 'history was rewritten: everything is walked');
  assert.ok(!ids(rewritten).includes('hygiene.binary-artefact side/setup.exe'));
  const after = assertSameAsCold(repo.dir, args);
  assert.equal(after.scan.cachedCommits, 4);
});

test('a damaged walk file is a diagnostic and a full walk, never a crash', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `k ${githubToken()}\n`, 'tools/x.exe': 'x\n', 'node_modules/m/i.js': 'i\n' }, 'one');
  assertSameAsCold(repo.dir);
  repo.commit({ 'b.txt': 'b\n' }, 'two');
  const walk = join(repositoryCacheDir(join(repo.dir, '.git')), allFiles(join(repo.dir, '.git')).find((f) => f.endsWith('.walk'))!);
  const good = readFileSync(walk, 'utf8');
  const parsed = JSON.parse(good) as { walk: { intros: Record<string, unknown>; tips: unknown } };
  const someId = Object.keys(parsed.walk.intros)[0]!;
  const bad = [
    good.slice(0, good.length >> 1),
    '',
    'null',
    JSON.stringify({ ...parsed, walk: null }),
    JSON.stringify({ ...parsed, walk: { ...parsed.walk, intros: { ...parsed.walk.intros, [someId]: 5 } } }),
    JSON.stringify({ ...parsed, walk: { ...parsed.walk, intros: { ...parsed.walk.intros, [someId]: [['p', 7, 'x']] } } }),
    JSON.stringify({ ...parsed, walk: { ...parsed.walk, tips: ['not-a-commit'] } }),
  ];
  for (const text of bad) {
    writeFileSync(walk, text);
    const { code, report } = scanJson([repo.dir, '--no-redact']);
    assert.equal(code, 1, text.slice(0, 60));
    assert.equal((report as unknown as Report).scan.cachedCommits ?? 0, 0, text.slice(0, 60));
    assertSameAsCold(repo.dir);
  }
});
