// The executable's standard streams: a reader that goes away (`leakgate rules | head`) ends every command quietly,
// with the command's own exit code and no stack trace.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { CLI } from '../helpers/cli.js';

interface Closed {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/**
 * Runs the CLI with its standard output (and with `closeStderr` its standard error too) a pipe whose reading end is
 * closed before the CLI starts: every write to it fails with EPIPE.
 */
function runWithClosedOutput(args: readonly string[], cwd: string, options: { input?: string; closeStderr?: boolean } = {}): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    if (options.closeStderr) child.stderr.destroy();
    let stderr = '';
    if (!options.closeStderr) child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // a command that reads no input may exit before it is written
    child.stdin.end(options.input ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** A repository with a committed token (a finding for every scan of its history) and one staged. */
function repoWithFindings(): TestRepo {
  const repo = createRepo();
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.commit({ 'config.js': `const token = "${githubToken()}";\n` }, 'token');
  repo.write('staged.js', `const other = "${githubToken()}";\n`);
  repo.git('add', 'staged.js');
  return repo;
}

test('every command ends quietly, with its own exit code, when its standard output is closed (EPIPE)', async (t) => {
  const repo = repoWithFindings();
  t.after(() => repo.remove());
  const head = repo.git('rev-parse', 'HEAD').trim();
  const first = repo.git('rev-parse', 'HEAD~1').trim();
  const fingerprint = '0123456789abcdef01234567';
  // [arguments, expected exit code, standard input]
  const cases: [string[], number, string?][] = [
    [['--version'], 0],
    [['version'], 0],
    [['--help'], 0],
    [['help'], 0],
    [['help', 'scan'], 0],
    [['scan', '.'], 1], // a whole history: runs in a second process (relaunch), which inherits the closed pipe
    [['scan', '.', '--format', 'json'], 1],
    [['scan', '.', '--format', 'sarif'], 1],
    [['scan', '.', '--health'], 1],
    [['scan', '--no-git', '.'], 1],
    [['scan', '--staged'], 1],
    [['scan', '--range', `${first}..${head}`], 1],
    [['scan', '--since-commit', first], 1],
    [['scan', '--pre-push'], 1, `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`],
    [['scan', '-'], 1, `token = "${githubToken()}"\n`],
    [['scan', '--help'], 0],
    [['rules'], 0],
    [['rules', '--format', 'json'], 0],
    [['rules', '--check'], 0],
    [['rules', '--help'], 0],
    [['init', '--force'], 0],
    [['init', '--help'], 0],
    [['ignore', fingerprint, '--reason', 'test'], 0],
    [['ignore', fingerprint], 0], // "already in .leakgateignore"
    [['ignore', '--help'], 0],
    [['baseline', 'create'], 0],
    [['baseline', 'update'], 0],
    [['baseline', '--help'], 0],
    [['install'], 0],
    [['install', '--help'], 0],
    [['uninstall'], 0],
    [['uninstall', '--help'], 0],
  ];
  for (const [args, expected, input] of cases) {
    const result = await runWithClosedOutput(args, repo.dir, input === undefined ? {} : { input });
    const name = `leakgate ${args.join(' ')}`;
    assert.equal(result.signal, null, `${name}: ended by ${result.signal}`);
    assert.equal(result.code, expected, `${name}: exit ${result.code}\n${result.stderr}`);
    assert.doesNotMatch(result.stderr, /EPIPE|Error|\n\s+at /, `${name}: stderr shows an error\n${result.stderr}`);
    // Standard error closed as well: still no crash (an unhandled error would exit 1 or 7).
    const both = await runWithClosedOutput(args, repo.dir, { ...(input === undefined ? {} : { input }), closeStderr: true });
    assert.equal(both.code, expected, `${name} with standard error closed too: exit ${both.code}`);
  }
});

test('a reader that stops after the first line (leakgate rules | head -1) gets that line, and the CLI exits 0', async () => {
  const result = await new Promise<{ code: number | null; first: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let first = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (first === '') {
        first = chunk.toString('utf8').split('\n')[0] ?? '';
        child.stdout.destroy(); // as head does once it has its line
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.first, /^[a-z0-9.-]+\s+(critical|high|medium|low|info)\s/);
  assert.equal(result.stderr, '');
});
