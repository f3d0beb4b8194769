// The CLI as a user runs it: exit codes, formats, inputs and error messages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';
import { ROOT, runCli, scanJson } from '../helpers/cli.js';
import { VERSION } from '../../src/core/version.js';

test('version and help', () => {
  assert.equal(runCli(['--version']).stdout.trim(), VERSION);
  const help = runCli(['help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /leakgate scan \[PATH\]/);
  assert.equal(runCli([]).code, 2, 'no command is a usage error');
});

test('dist/cli.js, the entry of hooks installed by older builds, runs the same CLI', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.write('config.js', `const token = "${githubToken()}";\n`);
  repo.git('add', 'config.js');
  const shim = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'scan', '--staged', '--format', 'json'], { cwd: repo.dir, encoding: 'utf8' });
  const current = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  assert.equal(shim.status, 1, shim.stderr);
  assert.equal(current.code, 1);
  const findings = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; path: string; line: number }[] }).findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`);
  assert.deepEqual(findings(shim.stdout), ['github.pat config.js:1']);
  assert.deepEqual(findings(shim.stdout), findings(current.stdout));
});

test('version in src/core/version.ts matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});

test('usage errors exit 2 and name the flag, the bad value and what is accepted', () => {
  const badFormat = runCli(['scan', '.', '--format', 'xml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format: expected one of text, json, sarif, html, got "xml"/);
  const rulesFormat = runCli(['rules', '--format', 'sarif']);
  assert.equal(rulesFormat.code, 2);
  assert.match(rulesFormat.stderr, /rules --format: expected one of text, json, got "sarif"/);
  const unknown = runCli(['scan', '--colour']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--colour/);
  const workers = runCli(['scan', '.', '--workers', 'many']);
  assert.match(workers.stderr, /--workers: expected a whole number from 0 to 64, got "many"/);
  const size = runCli(['scan', '.', '--max-blob-size', 'huge']);
  assert.match(size.stderr, /--max-blob-size: expected a size of at least 1 byte such as 512k.*got "huge"/);
  const failOn = runCli(['scan', '.', '--fail-on', 'severe']);
  assert.equal(failOn.code, 2);
  assert.match(failOn.stderr, /--fail-on: expected one of critical, high, medium, low, info, none, got "severe"/);
  const command = runCli(['sacn']);
  assert.equal(command.code, 2);
  assert.match(command.stderr, /unknown command "sacn"; expected one of scan, rules/);
});

test('a path that is not a git repository: exit 2 with the hint to use --no-git', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const result = runCli(['scan', dir.dir]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /not a git repository \(use --no-git/);
  const missing = runCli(['scan', join(dir.dir, 'nope')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope: no such file or directory/);
});

test('--no-git scans files on disk, skipping .git; duplicates are one blob', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.write('a/one.txt', `x ${token}\n`);
  repo.write('b/copy.txt', `x ${token}\n`);
  repo.write('clean.txt', 'nothing\n');
  const { code, report } = scanJson(['--no-git', repo.dir]);
  assert.equal(code, 1);
  assert.equal(report.scan.kind, 'tree');
  assert.deepEqual(report.findings.map((f) => f.path), ['a/one.txt']);
  assert.equal(report.findings[0]!.otherOccurrences, 1);
  assert.equal(report.findings[0]!.commit, null);
  const single = scanJson(['--no-git', join(repo.dir, 'a', 'one.txt')]);
  assert.deepEqual(single.report.findings.map((f) => f.path), ['one.txt']);
});

test('standard input is scanned with "-", named by --stdin-name', () => {
  const token = githubToken();
  const { code, report } = scanJson(['-', '--stdin-name', 'pasted.env'], { input: `\n\nTOKEN=${token}\n` });
  assert.equal(code, 1);
  assert.equal(report.findings[0]!.path, 'pasted.env');
  assert.equal(report.findings[0]!.line, 3);
  const clean = runCli(['scan', '-', '--no-progress'], { input: 'hello\n' });
  assert.equal(clean.code, 0);
  assert.match(clean.stdout, /no findings; scanned 1 input/);
});

test('secrets are redacted in every format unless --no-redact', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'k.txt': `key=${token}\n` }, 'add');
  for (const format of ['text', 'json', 'sarif']) {
    const out = runCli(['scan', repo.dir, '-f', format]).stdout;
    assert.ok(!out.includes(token), `${format} leaks the secret`);
    assert.ok(out.includes(token.slice(0, 6)), `${format} shows a prefix`);
    assert.ok(runCli(['scan', repo.dir, '-f', format, '--no-redact']).stdout.includes(token), `${format} --no-redact`);
  }
});

test('--output writes the report to a file and a summary to stderr; --quiet on a clean scan prints nothing', (t) => {
  const repo = createRepo();
  const out = tempDir();
  t.after(() => (repo.remove(), out.remove()));
  repo.commit({ 'k.txt': `key=${githubToken()}\n` }, 'add');
  const file = join(out.dir, 'report.sarif');
  const result = runCli(['scan', repo.dir, '-f', 'sarif', '-o', file]);
  assert.equal(result.code, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /1 finding .*report written to/s);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, '2.1.0');
  const clean = createRepo();
  t.after(() => clean.remove());
  clean.commit({ 'a.txt': 'fine\n' }, 'fine');
  const quiet = runCli(['scan', clean.dir, '-q']);
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stdout + quiet.stderr, '');
  const bad = runCli(['scan', clean.dir, '-o', join(out.dir, 'no', 'such', 'dir', 'r.txt')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--output: cannot write/);
});

test('text output: rule, path:line:column, commit, redacted secret and a summary line with counts', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'src/app.py': `\nTOKEN = "${githubToken()}"\n` }, 'add app');
  const { stdout, code } = runCli(['scan', repo.dir]);
  assert.equal(code, 1);
  assert.match(stdout, /CRITICAL github\.pat/);
  assert.match(stdout, /src\/app\.py:2:10 +commit [0-9a-f]{12} Test Author <author@example\.test> 2024-\d\d-\d\d "add app"/);
  assert.match(stdout, /secret {2}ghp_\w{2}…/);
  assert.match(stdout, /1 finding \(1 critical\); scanned 1 blob \(\d+ B\), 1 commit in/);
  assert.ok(!stdout.includes('\u001b['), 'no colour when not a TTY');
});

test('rules lists the rules; rules --check reports every problem of a bad pack with exit 2', (t) => {
  const listed = runCli(['rules']);
  assert.equal(listed.code, 0);
  assert.match(listed.stdout, /^github\.pat +critical/m);
  const dir = tempDir();
  t.after(() => dir.remove());
  const pack = join(dir.dir, 'mine.yaml');
  writeFileSync(
    pack,
    `pack: mine
rules:
  - id: mine.token
    description: My token
    severity: high
    keywords: [mytok_]
    pattern: '(mytok_[a-z]{10})'
    secretGroup: 1
    examples:
      match: ['mytok_{lower:10}', 'no keyword here {lower:10}']
      ignore: ['mytok_{lower:10}']
  - id: mine.broken
    description: Broken
    severity: low
    pattern: '([a-z'
    examples: { match: ['x'], ignore: ['y'] }
`,
  );
  const broken = runCli(['rules', '--check', pack]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /mine\.yaml: rules\[1\] \(mine\.broken\)\.pattern: does not compile/);
  writeFileSync(pack, readFileSync(pack, 'utf8').replace(/ {2}- id: mine\.broken[\s\S]*$/, ''));
  const check = runCli(['rules', '--check', pack]);
  assert.equal(check.code, 2);
  assert.match(check.stderr, /examples\.match\[1\] holds none of the keywords/);
  assert.match(check.stderr, /examples\.ignore\[0\] should give no finding of this rule, got 1/);
  assert.match(check.stdout, /problems in 1 rules/);
  const extra = runCli(['scan', '-', '--rules', pack, '-f', 'json'], { input: fake('mytok_{lower:10}') });
  assert.equal(JSON.parse(extra.stdout).findings[0].ruleId, 'mine.token');
  const missing = runCli(['scan', '.', '--rules', join(dir.dir, 'absent.yaml')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /absent\.yaml: cannot read rule pack: ENOENT/);
});

test('a report larger than a pipe holds reaches it whole, also when the reader is slow (the CLI exits once it is written)', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  for (let i = 0; i < 300; i++) writeFileSync(join(dir.dir, `config-${i}.txt`), `token = "${githubToken()}"\n`);
  const quick = runCli(['scan', '--no-git', dir.dir, '--format', 'json', '--no-redact']);
  assert.equal(quick.code, 1, quick.stderr);
  assert.ok(quick.stdout.length > 2 * 65536, `a report of ${quick.stdout.length} bytes`);
  const report = JSON.parse(quick.stdout) as { findings: unknown[] };
  assert.equal(report.findings.length, 300);
  // The same report through a pipe whose reader waits before reading anything: every byte arrives.
  const cli = join(ROOT, 'dist', 'cli.cjs');
  const slow = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" scan --no-git "${dir.dir}" --format json --no-redact | (sleep 1; cat)`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  // The two runs differ only in their duration (which may gain a digit): compare everything else.
  const untimed = (text: string): string => text.replace(/"durationMs": \d+/, '"durationMs": 0');
  assert.equal(untimed(slow.stdout), untimed(quick.stdout), slow.stderr);
});
