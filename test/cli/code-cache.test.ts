// dist/cli.cjs runs the CLI bundle through V8's code cache (src/cli/start.ts): written on a first run, used on the
// next, and never a reason for a run to fail or to give another answer, whatever state the cache is in.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { githubToken } from '../helpers/secrets.js';

function setup(t: { after(fn: () => void): void }) {
  const repo = createRepo();
  t.after(repo.remove);
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.write('config.js', `const token = "${githubToken()}";\n`);
  repo.git('add', 'config.js');
  const home = tempDir('leakgate-cache-home-');
  t.after(home.remove);
  return { repo, home: home.dir };
}

/** A staged scan with the cache under `cacheHome`; the JSON findings and what the cache said on stderr. */
function scan(repoDir: string, cacheHome: string, mode = 'debug') {
  const result = runCli(['scan', '--staged', '--format', 'json'], { cwd: repoDir, env: { XDG_CACHE_HOME: cacheHome, LEAKGATE_CODE_CACHE: mode } });
  const findings = result.stdout ? (JSON.parse(result.stdout) as { findings: { ruleId: string; path: string; line: number }[] }).findings : [];
  return {
    code: result.code,
    findings: findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`),
    said: result.stderr
      .split('\n')
      .filter((l) => l.startsWith('leakgate: code cache: '))
      .map((l) => l.slice('leakgate: code cache: '.length).split(' ')[0]),
    stderr: result.stderr,
  };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.v8cache'));
}

test('the first run writes a private cache file, the next uses it, and both give the same report', (t) => {
  const { repo, home } = setup(t);
  const first = scan(repo.dir, home);
  assert.equal(first.code, 1, first.stderr);
  assert.deepEqual(first.findings, ['github.pat config.js:1']);
  assert.deepEqual(first.said, ['missing', 'written']);
  const dir = join(home, 'leakgate');
  assert.equal(statSync(dir).mode & 0o777, 0o700);
  const [file] = cacheFiles(dir);
  assert.ok(file, 'a cache file was written');
  assert.equal(statSync(join(dir, file)).mode & 0o777, 0o600);
  assert.match(file, new RegExp(`-${process.version.replace(/\./g, '\\.')}-${process.arch}-`));

  const second = scan(repo.dir, home);
  assert.deepEqual(second.said, ['used']);
  assert.deepEqual(second.findings, first.findings);
  assert.equal(second.code, 1);
  assert.deepEqual(cacheFiles(dir), [file]);
});

test('a damaged cache file is rejected by V8 and written again; the run is unaffected', (t) => {
  const { repo, home } = setup(t);
  const expected = scan(repo.dir, home).findings;
  const dir = join(home, 'leakgate');
  const [file] = cacheFiles(dir);
  const path = join(dir, file!);
  const size = statSync(path).size;
  // Random bytes of the same length, then a truncated file, then an empty one.
  for (const damage of [randomBytes(size), readFileSync(path).subarray(0, size >> 1), Buffer.alloc(0)]) {
    writeFileSync(path, damage);
    const run = scan(repo.dir, home);
    assert.deepEqual(run.findings, expected, run.stderr);
    assert.equal(run.code, 1);
    assert.deepEqual(run.said, ['rejected', 'written'], run.stderr);
    assert.equal(scan(repo.dir, home).said[0], 'used');
  }
});

test('a cache directory others may write, a symbolic link or an unusable path is not used; the scan still runs', (t) => {
  const { repo, home } = setup(t);
  const expected = ['github.pat config.js:1'];

  const open = join(home, 'open');
  mkdirSync(join(open, 'leakgate'), { recursive: true });
  chmodSync(join(open, 'leakgate'), 0o777);
  const shared = scan(repo.dir, open);
  assert.deepEqual(shared.findings, expected);
  assert.deepEqual(shared.said, ['not']);
  assert.match(shared.stderr, /is not a private directory of this user/);
  assert.deepEqual(cacheFiles(join(open, 'leakgate')), []);

  const linked = join(home, 'linked');
  mkdirSync(join(home, 'elsewhere'), { mode: 0o700 });
  mkdirSync(linked);
  symlinkSync(join(home, 'elsewhere'), join(linked, 'leakgate'));
  const viaLink = scan(repo.dir, linked);
  assert.deepEqual(viaLink.findings, expected);
  assert.deepEqual(viaLink.said, ['not']);
  assert.deepEqual(cacheFiles(join(home, 'elsewhere')), []);

  // XDG_CACHE_HOME names a file: no directory can be made there.
  const file = join(home, 'a-file');
  writeFileSync(file, 'x');
  const unusable = scan(repo.dir, file);
  assert.deepEqual(unusable.findings, expected);
  assert.deepEqual(unusable.said, ['not']);
});

test('LEAKGATE_CODE_CACHE=0 reads and writes no cache', (t) => {
  const { repo, home } = setup(t);
  const run = scan(repo.dir, home, '0');
  assert.deepEqual(run.findings, ['github.pat config.js:1']);
  assert.deepEqual(run.said, []);
  assert.throws(() => readdirSync(join(home, 'leakgate')), /ENOENT/);
});

test('old cache files are pruned when a new one is written', (t) => {
  const { repo, home } = setup(t);
  const dir = join(home, 'leakgate');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, `cli-old${i}.v8cache`), 'stale');
  writeFileSync(join(dir, 'unrelated.txt'), 'kept');
  const run = scan(repo.dir, home);
  assert.deepEqual(run.said, ['missing', 'written']);
  const left = cacheFiles(dir);
  assert.equal(left.length, 12, left.join(' '));
  assert.ok(left.some((name) => !name.startsWith('cli-old')), 'the new file is kept');
  assert.ok(readdirSync(dir).includes('unrelated.txt'));
});

test("another command's cache is not the hook's: each kind of run writes and uses its own", (t) => {
  const { repo, home } = setup(t);
  // `leakgate install` is what a user runs first; its cache holds none of the scan's functions.
  const install = runCli(['install'], { cwd: repo.dir, env: { XDG_CACHE_HOME: home, LEAKGATE_CODE_CACHE: 'debug' } });
  assert.equal(install.code, 0, install.stderr);
  assert.match(install.stderr, /code cache: written /);
  const dir = join(home, 'leakgate');
  assert.equal(cacheFiles(dir).length, 1);
  const first = scan(repo.dir, home);
  assert.deepEqual(first.said, ['missing', 'written'], first.stderr);
  assert.deepEqual(first.findings, ['github.pat config.js:1']);
  const files = cacheFiles(dir);
  assert.equal(files.length, 2, files.join(' '));
  assert.ok(files.some((name) => name.endsWith('-scan--staged.v8cache')), files.join(' '));
  assert.deepEqual(scan(repo.dir, home).said, ['used']);
});

test('a cache written more than a day ago is written again at exit, then used', (t) => {
  const { repo, home } = setup(t);
  const expected = scan(repo.dir, home).findings;
  const dir = join(home, 'leakgate');
  const [file] = cacheFiles(dir);
  const path = join(dir, file!);
  const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  utimesSync(path, old, old);
  const stale = scan(repo.dir, home);
  assert.deepEqual(stale.said, ['stale', 'written'], stale.stderr);
  assert.deepEqual(stale.findings, expected);
  assert.ok(statSync(path).mtimeMs > old.getTime() + 60_000, 'the file was written again');
  assert.deepEqual(scan(repo.dir, home).said, ['used']);
  assert.deepEqual(cacheFiles(dir), [file]);
});
