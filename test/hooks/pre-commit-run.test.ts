// The pre-commit framework's whole-repository runs (`pre-commit run --all-files`, `--files`, `--from-ref/--to-ref`)
// drive leakgate's `leakgate` hook with its file list: each must scan what it names, never pass on an empty index.
// Real `pre-commit`, a local hook repository, no network; skipped with the reason when the tool is absent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { ROOT } from '../helpers/cli.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = available ? false : 'the pre-commit tool is not installed (apt-get install pre-commit; .ci/run installs it)';

/** The environment of a developer's shell: none of a surrounding hook's variables leak into the runs under test. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('PRE_COMMIT_') && name !== 'PRE_COMMIT_HOME') delete env[name];
  delete env.PRE_COMMIT;
  delete env.GIT_INDEX_FILE;
  delete env.GIT_DIR;
  delete env.LEAKGATE_SKIP;
  return env;
}

interface Fixture {
  readonly user: TestRepo;
  run(args: string[], cmd?: string): { status: number | null; out: string };
}

/** A user repository whose .pre-commit-config.yaml names a one-commit copy of this checkout's hook repository. */
function fixture(t: { after(fn: () => void): void }, hooksLine = '      - id: leakgate\n'): Fixture {
  const hooks = createRepo();
  for (const name of ['.pre-commit-hooks.yaml', 'package.json', 'dist']) cpSync(join(ROOT, name), join(hooks.dir, name), { recursive: true });
  hooks.git('add', '-A');
  const rev = hooks.commit({}, 'leakgate hooks');
  const user = createRepo();
  const home = tempDir();
  t.after(() => (hooks.remove(), user.remove(), home.remove()));
  const env = cleanEnv(home.dir);
  writeFileSync(join(user.dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks.dir}\n    rev: ${rev}\n    hooks:\n${hooksLine}`);
  user.git('add', '.pre-commit-config.yaml');
  return {
    user,
    run(args, cmd = 'pre-commit') {
      const r = spawnSync(cmd, args, { cwd: user.dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
      return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
    },
  };
}

test('pre-commit run --all-files: a committed secret fails and is named; a clean repository passes', { skip }, (t) => {
  const f = fixture(t);
  f.user.commit({ 'src/app.py': 'print("hello")\n', 'README.md': '# demo\n' }, 'clean');
  const clean = f.run(['run', '--all-files']);
  assert.equal(clean.status, 0, clean.out);

  f.user.commit({ 'src/settings.py': `TOKEN = "${githubToken()}"\n` }, 'a secret slips in with --no-verify');
  assert.equal(f.user.git('diff', '--cached', '--name-only'), '', 'nothing staged: the hole this closes');
  const dirty = f.run(['run', '--all-files', '--verbose']);
  assert.equal(dirty.status, 1, dirty.out);
  assert.match(dirty.out, /github\.pat/);
  assert.match(dirty.out, /src\/settings\.py:1/);
  assert.match(dirty.out, /leakgate: whole files, 4 named files: scanned 4 files/, 'says which mode ran and how much');
});

test('pre-commit run --files: each named file whole; only those files', { skip }, (t) => {
  const f = fixture(t);
  f.user.commit({ 'a.txt': `key ${githubToken()}\n`, 'b.txt': 'nothing here\n' }, 'two files');
  const one = f.run(['run', 'leakgate', '--files', 'b.txt', '--verbose']);
  assert.equal(one.status, 0, one.out);
  assert.match(one.out, /whole files, 1 named file: scanned 1 file/);
  const other = f.run(['run', 'leakgate', '--files', 'a.txt']);
  assert.equal(other.status, 1, other.out);
  assert.match(other.out, /github\.pat/);
});

test('pre-commit run --from-ref/--to-ref: the commits of that range, in the files pre-commit names', { skip }, (t) => {
  const f = fixture(t);
  const base = f.user.commit({ 'old.txt': `old ${githubToken()}\n` }, 'an old secret, before the range');
  f.user.commit({ 'new.txt': 'fine\n' }, 'clean commit');
  const cleanRange = f.run(['run', '--from-ref', base, '--to-ref', 'HEAD', '--verbose']);
  assert.equal(cleanRange.status, 0, cleanRange.out);
  assert.match(cleanRange.out, /leakgate: commits [0-9a-f]{40}\.\.HEAD, 1 named file: scanned 1 file \([^)]*\), 1 commit: no findings/);

  f.user.commit({ 'new.txt': `fine\nnow ${githubToken()}\n` }, 'a secret in the range');
  const dirty = f.run(['run', '--from-ref', base, '--to-ref', 'HEAD']);
  assert.equal(dirty.status, 1, dirty.out);
  assert.match(dirty.out, /new\.txt:2/);
  assert.doesNotMatch(dirty.out, /old\.txt/, 'what came before the range is not this run\'s');
});

test('pre-commit at commit time: the staged version of the staged files, added lines only; --allow-empty passes', { skip }, (t) => {
  const f = fixture(t);
  f.user.commit({ 'legacy.txt': `legacy ${githubToken()}\n` }, 'an old secret the commit does not touch');
  assert.equal(f.run(['install']).status, 0);
  // The staged version holds the secret; the working tree was cleaned afterwards: the index is what counts.
  f.user.write('cfg.txt', `token=${githubToken()}\n`);
  f.user.git('add', 'cfg.txt');
  f.user.write('cfg.txt', 'token from the environment\n');
  const blocked = f.run(['commit', '-m', 'secret staged'], 'git');
  assert.notEqual(blocked.status, 0, blocked.out);
  assert.match(blocked.out, /cfg\.txt:1/);
  assert.doesNotMatch(blocked.out, /legacy\.txt/, 'commit time scans the staged changes, not every file');

  f.user.git('add', 'cfg.txt');
  const clean = f.run(['commit', '-m', 'clean'], 'git');
  assert.equal(clean.status, 0, clean.out);
  const empty = f.run(['commit', '--allow-empty', '-m', 'empty'], 'git');
  assert.equal(empty.status, 0, empty.out);
});

test('pre-commit run --all-files over 5,000 files with hostile names: every invocation scans its share and says so', { skip }, (t) => {
  const f = fixture(t);
  const files: Record<string, string> = {};
  for (let i = 0; i < 5000; i++) files[`d${i % 50}/file ${i} é.txt`] = `line ${i}\n`;
  files['-rf.txt'] = 'a name like a flag\n';
  files['--help'] = 'another\n';
  files['spaced dir/ünïcödé ☃.cfg'] = `password = "${githubToken()}"\n`;
  files['binary.bin'] = Buffer.from([0, 1, 2, 255, 0xc3, 0x28, 0]).toString('latin1');
  files['long.txt'] = `${'x'.repeat(300_000)}\n`;
  for (const [path, content] of Object.entries(files)) f.user.write(path, content);
  f.user.git('add', '-A');
  f.user.commit({}, 'many files');
  const r = f.run(['run', '--all-files', '--verbose']);
  assert.equal(r.status, 1, r.out.slice(-4000));
  assert.match(r.out, /ünïcödé ☃\.cfg:1/);
  const lines = [...r.out.matchAll(/leakgate: whole files, ([\d,]+) named files: scanned ([\d,]+) files/g)];
  assert.ok(lines.length >= 1, r.out.slice(-2000));
  const named = lines.reduce((n, m) => n + Number(m[1]!.replace(/,/g, '')), 0);
  assert.equal(named, 5006, 'the invocations together named every file once');
});
