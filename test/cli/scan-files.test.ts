// `leakgate scan --files FILE...`: the mode a hook manager's file list gets from how it was invoked (staged changes,
// each named file whole, a PRE_COMMIT_FROM_REF..TO_REF range, nothing at pre-commit's push stage), the one stderr
// line naming that mode, hostile names and contents, and failing closed on a named file that cannot be read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';

/** No variable of a surrounding hook run (the suite may itself run under one) reaches the CLI unless a test sets it. */
function hookEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(process.env)) if (name.startsWith('PRE_COMMIT') || name === 'GIT_INDEX_FILE' || name === 'LEAKGATE_SKIP') env[name] = undefined;
  return { ...env, ...extra };
}

function scanFiles(cwd: string, names: string[], extra: NodeJS.ProcessEnv = {}, flags: string[] = []) {
  const env = hookEnv(extra);
  // spawnSync drops variables set to undefined only when they are absent: remove them from a copy of the environment.
  const full: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete full[name];
    else full[name] = value;
  }
  return runCli(['scan', '--files', ...flags, '--', ...names], { cwd, env: full });
}

test('--files with nothing staged scans each named file whole: a committed secret is found', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'app.py': `TOKEN = "${githubToken()}"\n`, 'ok.txt': 'fine\n' }, 'committed');
  const r = scanFiles(repo.dir, ['app.py', 'ok.txt']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /app\.py:1/);
  assert.match(r.stderr, /^leakgate: whole files, 2 named files: scanned 2 files \(.*\): 1 finding$/m);
  const clean = scanFiles(repo.dir, ['ok.txt']);
  assert.equal(clean.code, 0, clean.stderr);
  assert.equal(clean.stdout, '');
  assert.match(clean.stderr, /^leakgate: whole files, 1 named file: scanned 1 file \(5 B\): no findings\n$/);
});

test('--files whose files all have staged changes scans the staged versions, added lines only', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'old.txt': `old ${githubToken()}\n`, 'other.txt': 'clean\n' }, 'an old secret');
  repo.write('old.txt', `${(repo.git('show', 'HEAD:old.txt'))}new line\n`);
  repo.git('add', 'old.txt');
  repo.write('old.txt', 'the working tree differs: never read\n');
  const r = scanFiles(repo.dir, ['old.txt']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /^leakgate: staged changes, 1 named file: scanned 1 file/m);

  repo.write('new.txt', `fresh ${githubToken()}\n`);
  repo.git('add', 'new.txt');
  repo.write('new.txt', 'cleaned in the working tree only\n');
  const staged = scanFiles(repo.dir, ['new.txt']);
  assert.equal(staged.code, 1, staged.stderr);
  assert.match(staged.stdout, /new\.txt:1/);
  // Mixed: one named file has no staged change, so this is not a commit: each file whole, as it is on disk.
  const mixed = scanFiles(repo.dir, ['new.txt', 'other.txt']);
  assert.match(mixed.stderr, /whole files, 2 named files/);
  assert.equal(mixed.code, 0, mixed.stdout);
});

test('--files at commit time under pre-commit (PRE_COMMIT=1, GIT_INDEX_FILE) trusts its list of staged files', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'committed.txt': `old ${githubToken()}\n` }, 'old secret');
  repo.write('a.txt', 'staged\n');
  repo.git('add', 'a.txt');
  const r = scanFiles(repo.dir, ['a.txt', 'committed.txt'], { PRE_COMMIT: '1', GIT_INDEX_FILE: join(repo.dir, '.git', 'index') });
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stderr, /staged changes, 2 named files: scanned 1 file/);
});

test('--files without names is the staged scan: nothing staged says so and passes (git commit --allow-empty)', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `x ${githubToken()}\n` }, 'c');
  const r = scanFiles(repo.dir, []);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stderr, /^leakgate: staged changes: nothing to scan \(no staged content\): no findings\nleakgate: not run by git commit and nothing is staged, so no file was checked/);
  const committing = scanFiles(repo.dir, [], { GIT_INDEX_FILE: join(repo.dir, '.git', 'index') });
  assert.equal(committing.stderr, 'leakgate: staged changes: nothing to scan (no staged content): no findings\n', 'an empty commit: one line');
  assert.equal(scanFiles(repo.dir, [], {}, ['-q']).stderr, '', '-q says nothing on a clean run');
});

test('--files at pre-commit\'s push stage does nothing (leakgate-pre-push scans the push) and says so', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `x ${githubToken()}\n` }, 'c');
  const r = scanFiles(repo.dir, ['a.txt'], { PRE_COMMIT_REMOTE_NAME: 'origin', PRE_COMMIT_FROM_REF: 'HEAD', PRE_COMMIT_TO_REF: 'HEAD' });
  assert.equal(r.code, 0);
  assert.match(r.stderr, /nothing to scan \(pre-commit runs this hook at push time/);
});

test('--files with PRE_COMMIT_FROM_REF/TO_REF scans what the range adds to the named files', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const base = repo.commit({ 'a.txt': `before ${githubToken()}\n` }, 'before the range');
  repo.commit({ 'a.txt': `before\nin range ${githubToken()}\n`, 'b.txt': `other ${githubToken()}\n` }, 'in range');
  const r = scanFiles(repo.dir, ['a.txt'], { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: 'HEAD' });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /a\.txt:2/);
  assert.doesNotMatch(r.stdout, /b\.txt/, 'b.txt was not named: another invocation has it');
  assert.match(r.stderr, new RegExp(`^leakgate: commits ${base}\\.\\.HEAD, 1 named file: scanned 1 file \\(.*\\), 1 commit: 1 finding$`, 'm'));
  const zero = scanFiles(repo.dir, ['b.txt'], { PRE_COMMIT_FROM_REF: '0'.repeat(40), PRE_COMMIT_TO_REF: 'HEAD' });
  assert.equal(zero.code, 1, zero.stderr);
  assert.match(zero.stdout, /b\.txt:1/);
  const bad = scanFiles(repo.dir, ['a.txt'], { PRE_COMMIT_FROM_REF: '--output=x', PRE_COMMIT_TO_REF: 'HEAD' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /PRE_COMMIT_FROM_REF\/PRE_COMMIT_TO_REF: expected a revision/);
});

test('--files: hostile names and contents, a subfolder as cwd, symbolic links, and a named file that is not there', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const names = ['-rf', '--staged', 'spaced name.txt', 'ünï ☃.txt', 'new\nline.txt', 'sub/deep/x.txt'];
  for (const name of names) repo.write(name, 'harmless\n');
  repo.write('bin.dat', Buffer.from([0, 0xff, 0xfe, 0, 1, 2, 0xc3, 0x28]));
  repo.write('bad-utf8.txt', Buffer.concat([Buffer.from('key = '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(`\n${githubToken()}\n`)]));
  repo.write('huge-line.txt', `${'a'.repeat(900_000)}\n`);
  symlinkSync('/etc/passwd', join(repo.dir, 'link'));
  repo.git('add', '-A');
  repo.commit({}, 'hostile');
  const all = [...names, 'bin.dat', 'bad-utf8.txt', 'huge-line.txt', 'link'];
  const r = scanFiles(repo.dir, all);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /bad-utf8\.txt:2/);
  // The six harmless files share one content, scanned once; the link is not followed.
  assert.match(r.stderr, /whole files, 10 named files: scanned 4 files \(.*1 binary skipped\): 1 finding/);

  mkdirSync(join(repo.dir, 'sub', 'empty'));
  const fromSub = scanFiles(join(repo.dir, 'sub'), ['deep/x.txt', 'empty']);
  assert.equal(fromSub.code, 0, fromSub.stderr);
  assert.match(fromSub.stderr, /scanned 1 file/);

  const missing = scanFiles(repo.dir, ['spaced name.txt', 'gone.txt']);
  assert.equal(missing.code, 2, 'a hook never passes what it was asked to scan and could not read');
  assert.match(missing.stderr, /read-error: cannot read gone\.txt: ENOENT/);
  const allowed = scanFiles(repo.dir, ['gone.txt'], {}, ['--allow-incomplete']);
  assert.equal(allowed.code, 0);
  assert.match(allowed.stderr, /WARNING: 1 item could not be fully scanned/);
});

test('--files outside git (--no-git), with 5,000 names, and combined with another mode', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const names: string[] = [];
  for (let i = 0; i < 5000; i++) {
    names.push(`f${i}.txt`);
    writeFileSync(join(dir.dir, `f${i}.txt`), i === 4321 ? `k ${githubToken()}\n` : `n ${i}\n`);
  }
  const r = scanFiles(dir.dir, names, {}, ['--no-git']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /f4321\.txt:1/);
  assert.match(r.stderr, /whole files, 5,000 named files: scanned 5,000 files/);
  const combined = runCli(['scan', '--files', '--staged', 'a'], { cwd: dir.dir });
  assert.equal(combined.code, 2);
  assert.match(combined.stderr, /--staged and --files cannot be combined|--files and --staged cannot be combined/);
});
