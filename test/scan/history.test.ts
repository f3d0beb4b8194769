// Whole-history scans through the CLI, against throwaway repositories built here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

test('a secret added then deleted is found, attributed to the commit that introduced it', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'README.md': 'hello\n' }, 'initial');
  const intro = repo.commit({ 'src/config.js': `// settings\nconst token = "${token}";\n` }, 'add config');
  repo.commit({ 'src/config.js': '// settings\nconst token = process.env.TOKEN;\n' }, 'use env');
  repo.commit({ 'src/config.js': null }, 'remove config');
  const { code, report } = scanJson([repo.dir]);
  assert.equal(code, 1);
  assert.equal(report.findings.length, 1);
  const f = report.findings[0]!;
  assert.equal(f.ruleId, 'github.pat');
  assert.equal(f.path, 'src/config.js');
  assert.equal(f.line, 2);
  assert.equal(f.column, 16);
  assert.equal(f.commit?.id, intro);
  assert.equal(f.commit?.summary, 'add config');
  assert.equal(f.commit?.author, 'Test Author');
  assert.notEqual(f.secret, token, 'redacted by default');
  assert.ok(token.startsWith(f.secret.replace('…', '')));
  assert.equal(report.scan.commits, 4);
});

test('secrets on a non-default branch and reachable only from a tag are found', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const onBranch = githubToken();
  const onTag = githubToken();
  repo.commit({ 'a.txt': 'a\n' }, 'initial');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit({ 'feature.txt': `key ${onBranch}\n` }, 'feature work');
  repo.git('checkout', '-q', 'main');
  repo.git('checkout', '-q', '--detach');
  repo.commit({ 'tagged.txt': `key ${onTag}\n` }, 'tagged only');
  repo.git('tag', '-a', '-m', 'release', 'v1');
  repo.git('checkout', '-q', 'main');
  const { report } = scanJson([repo.dir, '--no-redact']);
  const secrets = report.findings.map((f) => f.secret).sort();
  assert.deepEqual(secrets, [onBranch, onTag].sort());
});

test('a secret kept in a file across 50 commits is one finding with its first commit', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  const first = repo.commit({ 'app.cfg': `token=${token}\ncounter=0\n` }, 'commit 0');
  for (let i = 1; i < 50; i++) repo.commit({ 'app.cfg': `token=${token}\ncounter=${i}\n` }, `commit ${i}`);
  const { report } = scanJson([repo.dir]);
  assert.equal(report.findings.length, 1);
  assert.equal(report.findings[0]!.commit?.id, first);
  assert.equal(report.findings[0]!.otherOccurrences, 49);
});

test('a renamed file keeps its attribution to the first commit', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  const first = repo.commit({ 'old/name.txt': `token ${token}\n` }, 'add');
  repo.git('mv', 'old/name.txt', 'new-name.txt');
  repo.commit({}, 'rename');
  const { report } = scanJson([repo.dir]);
  assert.equal(report.findings.length, 1);
  assert.equal(report.findings[0]!.commit?.id, first);
  assert.equal(report.findings[0]!.path, 'old/name.txt');
});

test('content written in a merge commit (conflict resolution) is found and attributed to the merge', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'f.txt': 'base\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit({ 'f.txt': 'side\n' }, 'side');
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'f.txt': 'main\n' }, 'main');
  try {
    repo.git('merge', '-q', 'side');
  } catch {
    // expected conflict
  }
  repo.write('f.txt', `resolved ${token}\n`);
  repo.git('add', 'f.txt');
  const merge = repo.commit({}, 'merge side');
  const { report } = scanJson([repo.dir]);
  assert.equal(report.findings.length, 1);
  assert.equal(report.findings[0]!.commit?.id, merge);
});


test('a secret a merged branch brought is attributed to the branch commit; a file a merge takes from one parent is not new', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  const other = githubToken();
  repo.commit({ 'f.txt': 'base\n', 'g.txt': 'base\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  const side = repo.commit({ 'side.txt': `token ${token}\n` }, 'side adds a token');
  // Changed on both sides; the merge keeps side's version (equal to one parent: nothing new in the merge).
  const sideEdit = repo.commit({ 'g.txt': `side ${other}\n` }, 'side edits g');
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'g.txt': 'main\n' }, 'main edits g');
  try {
    repo.git('merge', '-q', '--no-edit', 'side');
  } catch {
    repo.git('checkout', '-q', '--theirs', 'g.txt');
    repo.git('add', 'g.txt');
  }
  repo.commit({}, 'merge side');
  const { report } = scanJson([repo.dir]);
  const byPath = new Map(report.findings.map((f) => [f.path, f]));
  assert.equal(report.findings.length, 2, JSON.stringify(report.findings));
  assert.equal(byPath.get('side.txt')?.commit?.id, side);
  assert.equal(byPath.get('g.txt')?.commit?.id, sideEdit);
  assert.equal(byPath.get('side.txt')?.otherOccurrences, 0);
});
test('a stashed secret is found', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'initial');
  repo.write('a.txt', `a ${githubToken()}\n`);
  repo.git('stash', '-q');
  const { report } = scanJson([repo.dir]);
  assert.equal(report.findings.length, 1);
});

test('a bare mirror clone is scanned like its source', (t) => {
  const repo = createRepo();
  const mirror = tempDir();
  t.after(() => (repo.remove(), mirror.remove()));
  repo.commit({ 'a.txt': `x ${githubToken()}\n` }, 'one');
  execFileSync('git', ['clone', '-q', '--mirror', repo.dir, join(mirror.dir, 'm.git')]);
  const { report } = scanJson([join(mirror.dir, 'm.git')]);
  assert.equal(report.findings.length, 1);
  assert.equal(report.findings[0]!.commit?.summary, 'one');
});

test('an empty repository scans nothing, says so and exits 0', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const result = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /no findings.*nothing to scan/);
});

test('file names with spaces, unicode and newlines are reported exactly', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const names = ['with space.txt', 'ünï cödé/日本.txt', 'new\nline.txt'];
  repo.commit(Object.fromEntries(names.map((n) => [n, `tok ${githubToken()}\n`])), 'odd names');
  const { report } = scanJson([repo.dir]);
  assert.deepEqual(report.findings.map((f) => f.path).sort(), [...names].sort());
  const text = runCli(['scan', repo.dir, '--no-progress']).stdout;
  assert.ok(text.includes('new\\nline.txt'), 'newline escaped in text output');
});

test('a scan with a content finding, a credential file and --health asks git for commit details once', (t) => {
  const repo = createRepo();
  const trace = tempDir();
  t.after(() => (repo.remove(), trace.remove()));
  repo.commit({ 'README.md': 'hello\n' }, 'initial');
  const intro = repo.commit(
    {
      'new\nline.txt': `tok ${githubToken()}\n`,
      'cönf dir/.pgpass': `db:5432:app:app:${fake('{random:16}')}\n`,
      'big.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.alloc(64 * 1024, 7)]),
    },
    'add',
  );
  const log = join(trace.dir, 'git.trace');
  const result = runCli(['scan', repo.dir, '--format', 'json', '--no-progress', '--no-cache', '--health'], { env: { GIT_TRACE: log } });
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as {
    findings: { ruleId: string; path: string; commit?: { id: string } }[];
    health: { largest: { path: string; commit?: string }[] };
  };
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.commit?.id]),
    [['pgpass.file', 'cönf dir/.pgpass', intro], ['github.pat', 'new\nline.txt', intro]],
  );
  assert.deepEqual(report.health.largest[0], { ...report.health.largest[0], path: 'big.bin', commit: intro });
  // One `git log --no-walk` names the commits of the finding, the file hit and the largest blobs alike.
  const calls = readFileSync(log, 'utf8').split('\n').filter((line) => /trace: built-in: git log --no-walk/.test(line));
  assert.equal(calls.length, 1, calls.join('\n'));
});

test('hostile content: NUL bytes, invalid UTF-8 before a secret, CRLF, a 5 MB single line', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const tokens = [githubToken(), githubToken(), githubToken(), githubToken()];
  repo.commit(
    {
      'binary.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(tokens[0]!)]),
      'latin.txt': Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]), Buffer.from(`k=${tokens[1]}\n`)]),
      'crlf.txt': `a\r\nb\r\nkey: ${tokens[2]}\r\n`,
      'min.js': `${'x=1;'.repeat(5 * 1024 * 1024 / 4)}y="${tokens[3]}"`,
    },
    'hostile',
  );
  repo.commit({}, 'empty commit');
  const { code, report } = scanJson([repo.dir]);
  assert.equal(code, 1);
  const byPath = new Map(report.findings.map((f) => [f.path, f]));
  assert.ok(!byPath.has('binary.bin'), 'binary blobs are skipped by secret rules');
  assert.equal(byPath.get('latin.txt')?.line, 2);
  assert.equal(byPath.get('crlf.txt')?.line, 3);
  assert.equal(byPath.get('min.js')?.line, 1);
});

test('a missing object is a diagnostic; the scan goes on and the exit code tells the truth', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'keep.txt': `k ${githubToken()}\n`, 'lost.txt': 'this blob will be deleted\n' }, 'one');
  const lost = repo.git('rev-parse', 'HEAD:lost.txt').trim();
  rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
  const { code, report } = scanJson([repo.dir]);
  assert.equal(code, 1);
  assert.equal(report.findings.length, 1);
  const missing = report.diagnostics.filter((d) => d.code === 'missing-object');
  assert.equal(missing.length, 1);
  assert.equal(missing[0]!.path, 'lost.txt');
});

test('a partial clone: absent blobs are diagnostics, never fetched', (t) => {
  const origin = createRepo();
  const clone = tempDir();
  t.after(() => (origin.remove(), clone.remove()));
  origin.commit({ 'a.txt': `old ${githubToken()}\n` }, 'one');
  origin.commit({ 'a.txt': 'current\n' }, 'two');
  origin.git('config', 'uploadpack.allowFilter', 'true');
  const dest = join(clone.dir, 'partial');
  execFileSync('git', ['clone', '-q', '--no-checkout', '--filter=blob:none', `file://${origin.dir}`, dest]);
  const packsBefore = readdirSync(join(dest, '.git', 'objects', 'pack')).length;
  const { code, report } = scanJson([dest]);
  assert.equal(code, 0);
  assert.equal(report.diagnostics.filter((d) => d.code === 'missing-object').length, 2);
  assert.equal(readdirSync(join(dest, '.git', 'objects', 'pack')).length, packsBefore, 'nothing was fetched');
});

test('the same repository gives byte-identical JSON apart from timing', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const expected: string[] = [];
  for (let i = 0; i < 5; i++) {
    const [t1, t2] = [githubToken(), githubToken()];
    repo.commit({ [`f${i}.txt`]: `t ${t1}\n`, [`g${i}.txt`]: `u ${t2}\n` }, `c${i}`);
    expected.push(`f${i}.txt:1 ${t1}`, `g${i}.txt:1 ${t2}`);
  }
  const strip = (text: string): string => text.replace(/"durationMs": \d+/, '');
  const a = runCli(['scan', repo.dir, '-f', 'json', '--no-redact', '--workers', '2', '--no-cache']);
  const b = runCli(['scan', repo.dir, '-f', 'json', '--no-redact', '--workers', '0', '--no-cache']);
  assert.equal(a.code, 1, a.stderr);
  // Both runs hold exactly the ten findings, in path order (two empty outputs would not pass).
  const found = (JSON.parse(a.stdout) as { findings: { path: string; line: number; secret: string }[] }).findings;
  assert.deepEqual(found.map((f) => `${f.path}:${f.line} ${f.secret}`), expected.sort());
  assert.equal(strip(a.stdout), strip(b.stdout));
});

test('a bare mirror reads the settings committed at HEAD: config, ignore file and baseline, as its work tree does', (t) => {
  const repo = createRepo();
  const mirror = tempDir();
  t.after(() => (repo.remove(), mirror.remove()));
  const ignored = githubToken();
  const baselined = githubToken();
  const kept = githubToken();
  repo.commit(
    {
      'vendor/lib.js': `x ${githubToken()}\n`,
      'a.txt': `a ${ignored}\n`,
      'b.txt': `b ${baselined}\n`,
      'c.txt': `c ${kept}\n`,
      '.leakgate.yaml': 'failOn: high\nallowlist:\n  paths: ["vendor/**"]\n',
    },
    'settings and secrets',
  );
  const first = scanJson([repo.dir]).report.findings;
  const fingerprint = (path: string): string => first.find((f) => f.path === path)!.fingerprint;
  repo.commit(
    {
      '.leakgateignore': `${fingerprint('a.txt')} # test\n`,
      '.leakgate.yaml': 'failOn: high\nallowlist:\n  paths: ["vendor/**"]\nbaseline: accepted/base.jsonl\n',
      'accepted/base.jsonl': `${JSON.stringify({ fingerprint: fingerprint('b.txt'), rule: 'github.pat', path: 'b.txt' })}\n`,
    },
    'suppressions',
  );
  const inTree = runCli(['scan', repo.dir, '--format', 'json', '--no-progress']);
  const bare = join(mirror.dir, 'm.git');
  execFileSync('git', ['clone', '-q', '--mirror', repo.dir, bare]);
  const inMirror = runCli(['scan', bare, '--format', 'json', '--no-progress']);
  assert.equal(inMirror.code, inTree.code, inMirror.stderr);
  const summary = (stdout: string) => {
    const r = JSON.parse(stdout) as { findings: { path: string }[]; summary: { suppressed: { total: number; baseline: number; ignore: number } } };
    return { paths: r.findings.map((f) => f.path), suppressed: r.summary.suppressed };
  };
  assert.deepEqual(summary(inMirror.stdout), summary(inTree.stdout));
  assert.deepEqual(summary(inMirror.stdout).paths, ['c.txt']);
  assert.equal(summary(inMirror.stdout).suppressed.ignore, 1);
  assert.equal(summary(inMirror.stdout).suppressed.baseline, 1);

  // A file in the repository's own directory wins over the committed one.
  writeFileSync(join(bare, '.leakgate.yaml'), 'failOn: high\n');
  const own = JSON.parse(runCli(['scan', bare, '--format', 'json', '--no-progress']).stdout) as { findings: { path: string }[] };
  assert.deepEqual(own.findings.map((f) => f.path).sort(), ['b.txt', 'c.txt', 'vendor/lib.js']);
  rmSync(join(bare, '.leakgate.yaml'));

  // A committed config with an error is exit 2 naming it as HEAD:<path>.
  repo.commit({ '.leakgate.yaml': 'failOn: sometimes\n' }, 'bad config');
  execFileSync('git', ['-C', bare, 'fetch', '-q', repo.dir, '+refs/heads/*:refs/heads/*']);
  const bad = runCli(['scan', bare, '--no-progress']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /HEAD:\.leakgate\.yaml:1: failOn: .*got "sometimes"/);
});

test('a bare repository with an unborn HEAD, or a directory where a settings file would be, has no settings', (t) => {
  const empty = createRepo({ bare: true });
  t.after(() => empty.remove());
  const result = runCli(['scan', empty.dir, '--no-progress']);
  assert.equal(result.code, 0, result.stderr);
  const repo = createRepo();
  const mirror = tempDir();
  t.after(() => (repo.remove(), mirror.remove()));
  repo.commit({ '.leakgate.yaml/inside.txt': 'not a config\n', '.leakgateignore/x': 'y\n', 'a.txt': `a ${githubToken()}\n` }, 'dirs');
  const bare = join(mirror.dir, 'm.git');
  execFileSync('git', ['clone', '-q', '--mirror', repo.dir, bare]);
  const scan = runCli(['scan', bare, '--format', 'json', '--no-progress']);
  assert.equal(scan.code, 1, scan.stderr);
  assert.deepEqual((JSON.parse(scan.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path), ['a.txt']);
});

test('a bare mirror follows a settings file that is a symbolic link within the tree, and skips one that leaves it', (t) => {
  const repo = createRepo();
  const mirror = tempDir();
  t.after(() => (repo.remove(), mirror.remove()));
  repo.commit({ 'vendor/lib.js': `x ${githubToken()}\n`, 'b.txt': `b ${githubToken()}\n`, 'conf/leakgate.yaml': 'allowlist:\n  paths: ["vendor/**"]\n' }, 'one');
  const fingerprint = scanJson([repo.dir]).report.findings.find((f) => f.path === 'b.txt')!.fingerprint;
  symlinkSync('conf/leakgate.yaml', join(repo.dir, '.leakgate.yaml'));
  symlinkSync('../outside-the-tree', join(repo.dir, '.leakgateignore'));
  repo.git('add', '.leakgate.yaml', '.leakgateignore');
  repo.commit({ '.leakgate-baseline.jsonl': `${JSON.stringify({ fingerprint, rule: 'github.pat', path: 'b.txt' })}\n` }, 'links and a baseline');
  const bare = join(mirror.dir, 'm.git');
  execFileSync('git', ['clone', '-q', '--mirror', repo.dir, bare]);
  const result = runCli(['scan', bare, '--format', 'json', '--no-progress']);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { findings: unknown[]; summary: { suppressed: { baseline: number } } };
  // The linked config's allowlist hides vendor/; the baseline, read after the link that leaves the tree, hides b.txt.
  assert.deepEqual(report.findings, []);
  assert.equal(report.summary.suppressed.baseline, 1);
});
