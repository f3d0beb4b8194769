// No code path turns "could not look" into "nothing found": a rule stopped by the timeout leaves every other rule
// running on that blob, and the hooks exit 2 (blocking the commit or push) on anything they could not fully scan,
// unless the user allows it. One test per way of not looking: a rule timeout, a blob too large, a blob missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

/**
 * A custom rule that cannot finish on a run of a's: its pattern runs on RE2 (linear), but its allowValues pattern is
 * JavaScript on V8 and backtracks exponentially on the 40 a's the pattern finds (each character matches two ways).
 * Its examples are not run by a scan (only by rules --check), and do not match, so the config file finds nothing.
 */
const EVIL_RULE = `rules:
  - id: evil.backtrack
    description: allowed values that backtrack
    severity: low
    keywords: [aaaa]
    pattern: '(a{30,})!'
    secretGroup: 1
    allowValues: ['^(?:a|\\w)+!$']
    skipPlaceholderCheck: true
    examples:
      match: ['aaaa']
      ignore: ['bbbb']
`;
const EVIL_TEXT = `${'a'.repeat(40)}!\n`;

function gitRun(repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('git', args, {
    cwd: repo.dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const head = (repo: TestRepo): string => repo.git('rev-parse', 'HEAD').trim();

for (const mode of ['history', 'directory'] as const) {
  test(`a rule stopped by the timeout is stopped for that blob only: a token in the same blob is still found (${mode})`, (t) => {
    const repo = createRepo();
    t.after(() => repo.remove());
    const token = githubToken();
    repo.commit({ '.leakgate.yaml': EVIL_RULE, 'evil.txt': `${EVIL_TEXT}token ${token}\n` }, 'one');
    const args = mode === 'history' ? [repo.dir] : ['--no-git', repo.dir];
    const { code, report } = scanJson([...args, '--blob-timeout', '300ms', '--no-redact']);
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.ruleId, f.path, f.line, f.secret]),
      [['github.pat', 'evil.txt', 2, token]],
    );
    const timeouts = report.diagnostics.filter((d) => d.code === 'regex-timeout');
    assert.equal(timeouts.length, 1, JSON.stringify(report.diagnostics));
    // The diagnostic names the rule and the path (and, in history, the commit), and says what to do.
    assert.equal(timeouts[0]!.path, 'evil.txt');
    assert.match(timeouts[0]!.detail, /rule evil\.backtrack ran over 300 ms on evil\.txt/);
    if (mode === 'history') assert.match(timeouts[0]!.detail, /evil\.txt \(commit [0-9a-f]{12}\)/);
    assert.match(timeouts[0]!.detail, /every other rule scanned it/);
    assert.match(timeouts[0]!.detail, /rules --check|--blob-timeout/);
    // An audit reports it: in the summary counts of JSON and in the text summary line.
    const text = runCli(['scan', ...args, '--blob-timeout', '300ms', '--no-progress']);
    assert.match(text.stdout, /1 diagnostic \(1 not fully scanned\)/);
    assert.match(text.stdout, /regex-timeout: rule evil\.backtrack/);
  });
}

test('pre-commit hook: a staged token beside a catastrophic custom rule blocks the commit (exit 2), never a silent pass', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ '.leakgate.yaml': EVIL_RULE, 'a.txt': 'a\n' }, 'base');
  assert.equal(runCli(['install', '--pre-commit'], { cwd: repo.dir }).code, 0);
  const before = head(repo);
  repo.write('app.py', `${EVIL_TEXT}TOKEN = "${githubToken()}"\n`);
  repo.git('add', 'app.py');
  // The hook runs the CLI with its default timeout; a shorter one comes through the scan below.
  const direct = runCli(['scan', '--staged', repo.dir, '--blob-timeout', '300ms']);
  assert.equal(direct.code, 2, direct.stderr);
  assert.match(direct.stdout, /github\.pat/);
  assert.match(direct.stderr, /commit blocked: 1 item could not be fully scanned/);
  assert.match(direct.stderr, /regex-timeout: rule evil\.backtrack ran over 300 ms on app\.py/);
  assert.match(direct.stderr, /--allow-incomplete/);
  // The installed hook: git commit is blocked, nothing is committed.
  // (It waits out the default 10 s timeout once, then scans the blob again without that rule.)
  const blocked = gitRun(repo, ['commit', '-m', 'with a secret']);
  assert.notEqual(blocked.code, 0);
  assert.equal(head(repo), before, 'nothing committed');
  assert.match(blocked.stdout + blocked.stderr, /github\.pat/);
});

test('a hook passes an incomplete scan only when the user allows it (flag or config), and says so', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ '.leakgate.yaml': EVIL_RULE, 'a.txt': 'a\n' }, 'base');
  repo.write('evil.txt', EVIL_TEXT);
  repo.git('add', 'evil.txt');
  const strict = runCli(['scan', '--staged', repo.dir, '--blob-timeout', '300ms']);
  assert.equal(strict.code, 2, strict.stderr);
  assert.doesNotMatch(strict.stderr, /no findings$/m);
  const flag = runCli(['scan', '--staged', repo.dir, '--blob-timeout', '300ms', '--allow-incomplete']);
  assert.equal(flag.code, 0, flag.stderr);
  assert.match(flag.stderr, /WARNING: 1 item could not be fully scanned; passed anyway because of --allow-incomplete/);
  writeFileSync(join(repo.dir, '.leakgate.yaml'), `allowIncomplete: true\n${EVIL_RULE}`);
  const config = runCli(['scan', '--staged', repo.dir, '--blob-timeout', '300ms']);
  assert.equal(config.code, 0, config.stderr);
  assert.match(config.stderr, /passed anyway because of allowIncomplete in the config/);
});

test('pre-commit: a staged text blob over --max-blob-size blocks the commit (exit 2); a large binary one does not', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  repo.write('dump.csv', 'id,name\n'.repeat(20_000));
  repo.git('add', 'dump.csv');
  const big = runCli(['scan', '--staged', repo.dir, '--max-blob-size', '64k', '--size-limit', 'off']);
  assert.equal(big.code, 2, big.stderr);
  assert.match(big.stderr, /too-large: dump\.csv is \d+ bytes, over the 65536-byte limit/);
  assert.match(big.stderr, /commit blocked/);
  repo.git('rm', '-q', '--cached', 'dump.csv');
  const binary = Buffer.alloc(200_000, 7);
  binary[10] = 0;
  repo.write('blob.bin', binary);
  repo.git('add', 'blob.bin');
  const bin = runCli(['scan', '--staged', repo.dir, '--max-blob-size', '64k', '--size-limit', 'off']);
  assert.equal(bin.code, 0, bin.stderr);
  assert.doesNotMatch(bin.stderr + bin.stdout, /too-large/);
});

test('pre-push: a pushed blob a rule could not finish, or one too large, blocks the push (exit 2)', (t) => {
  const repo = createRepo();
  const remote = createRepo({ bare: true });
  t.after(() => (repo.remove(), remote.remove()));
  repo.commit({ '.leakgate.yaml': EVIL_RULE, 'a.txt': 'a\n' }, 'base');
  repo.git('remote', 'add', 'origin', remote.dir);
  repo.git('push', '-q', 'origin', 'main');
  const base = head(repo);
  const next = repo.commit({ 'evil.txt': EVIL_TEXT }, 'evil');
  const input = `refs/heads/main ${next} refs/heads/main ${base}\n`;
  const timeout = runCli(['scan', '--pre-push', repo.dir, '--blob-timeout', '300ms'], { input });
  assert.equal(timeout.code, 2, timeout.stderr);
  assert.match(timeout.stderr, /push blocked: 1 item could not be fully scanned/);
  assert.match(timeout.stderr, /evil\.txt \(commit [0-9a-f]{12}\)/);
  const tooLarge = runCli(['scan', '--pre-push', repo.dir, '--max-blob-size', '16', '--size-limit', 'off'], { input });
  assert.equal(tooLarge.code, 2, tooLarge.stderr);
  assert.match(tooLarge.stderr, /too-large: evil\.txt/);
  // The same range outside the hook (an audit of the range) reports it and exits on findings only.
  const audit = runCli(['scan', '--range', `${base}..${next}`, repo.dir, '--max-blob-size', '16', '--size-limit', 'off']);
  assert.equal(audit.code, 0, audit.stderr);
  assert.match(audit.stdout, /not fully scanned/);
});

test('pre-commit: a staged blob missing from the object store blocks the commit (exit 2)', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  repo.write('lost.txt', 'will be lost\n');
  repo.git('add', 'lost.txt');
  const lost = repo.git('rev-parse', ':lost.txt').trim();
  rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
  repo.write('lost.txt', 'changed in the working tree only\n');
  const result = runCli(['scan', '--staged', repo.dir]);
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /commit blocked: 1 staged blob could not be read/);
  assert.equal(runCli(['scan', '--staged', repo.dir, '--allow-incomplete']).code, 0);
});
