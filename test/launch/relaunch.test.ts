// Whole-history scans run in a second process with V8's single-threaded GC (src/launch/relaunch.ts); hooks and ranges
// do not. A preload given through NODE_OPTIONS logs every Node process the CLI starts (helpers/processes.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo } from '../helpers/repo.js';
import { preload } from '../helpers/processes.js';
import { canRelaunch } from '../../src/launch/relaunch.js';
import { githubToken } from '../helpers/secrets.js';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

function repoWithSecret(t: { after(fn: () => void): void }) {
  const repo = createRepo();
  t.after(repo.remove);
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.commit({ 'config.js': `const token = "${githubToken()}";\n` }, 'add token');
  return repo;
}

test('a whole-history scan runs again with the single-threaded GC; its report and exit code come through', (t) => {
  const repo = repoWithSecret(t);
  const probe = preload(t);
  const result = runCli(['scan', repo.dir, '--format', 'json', '--no-progress'], { env: probe.env });
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { findings: { ruleId: string; path: string }[] };
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path]),
    [['github.pat', 'config.js']],
  );
  assert.deepEqual(probe.processes(), ['first', 'relaunched']);
  // The text report's summary line is printed once, by the relaunched process.
  const text = runCli(['scan', repo.dir, '--no-progress'], { env: probe.env });
  assert.equal(text.code, 1);
  assert.equal(text.stdout.match(/^leakgate history scan of /gm)?.length, 1, text.stdout);
});

test('hook, range and stdin scans stay in one process', (t) => {
  const repo = repoWithSecret(t);
  const probe = preload(t);
  repo.write('staged.txt', 'nothing here\n');
  repo.git('add', 'staged.txt');
  assert.equal(runCli(['scan', '--staged', repo.dir, '--no-progress'], { env: probe.env }).code, 0);
  assert.equal(runCli(['scan', '--range', 'HEAD~1..HEAD', repo.dir, '--no-progress', '--format', 'json'], { env: probe.env }).code, 1);
  assert.equal(runCli(['scan', '-', '--no-progress'], { env: probe.env, input: `token = "${githubToken()}"\n` }).code, 1);
  assert.equal(runCli(['scan', '--no-git', repo.dir, '--no-progress', '--format', 'json'], { env: probe.env }).code, 1);
  assert.deepEqual(probe.processes(), ['first', 'first', 'first', 'first']);
});

test('a bad flag or config stops the first process: one message, exit 2, no second process', (t) => {
  const repo = repoWithSecret(t);
  const probe = preload(t);
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'failOn: sometimes\n');
  const result = runCli(['scan', repo.dir, '--no-progress'], { env: probe.env });
  assert.equal(result.code, 2);
  assert.equal(result.stderr.match(/failOn/g)?.length, 1, result.stderr);
  assert.deepEqual(probe.processes(), ['first']);
});

test('a signal to the first process reaches the relaunched one, and the first dies of it', async (t) => {
  const repo = repoWithSecret(t);
  const probe = preload(t, true);
  const child = spawn(process.execPath, [CLI, 'scan', repo.dir, '--no-progress'], { cwd: ROOT, env: { ...process.env, ...probe.env }, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const started = Date.now();
  while (probe.processes().length < 2 && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(probe.processes(), ['first', 'relaunched']);
  const relaunchedPid = probe.pids()[1]!;
  child.kill('SIGTERM');
  const { code, signal } = await exited;
  assert.equal(signal, 'SIGTERM', `exit code ${code}`);
  assert.ok(Date.now() - started < 15_000, 'the held process was not left to sleep out its 20 s');
  assert.throws(() => process.kill(relaunchedPid, 0), /ESRCH/);
});

test('no relaunch under a debugger or when the flag is already there', () => {
  assert.equal(canRelaunch([], {}, '/x/cli.js'), true);
  assert.equal(canRelaunch(['--single-threaded-gc'], {}, '/x/cli.js'), false);
  assert.equal(canRelaunch(['--inspect-brk=9230'], {}, '/x/cli.js'), false);
  assert.equal(canRelaunch([], { NODE_OPTIONS: '--max-old-space-size=512 --inspect' }, '/x/cli.js'), false);
  assert.equal(canRelaunch([], { NODE_OPTIONS: '--max-old-space-size=512' }, '/x/cli.js'), true);
  assert.equal(canRelaunch([], {}, ''), false);
});
