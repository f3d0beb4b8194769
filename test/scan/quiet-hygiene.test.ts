// Quiet hygiene defaults through the CLI's pre-commit scan (`scan --staged`) in throwaway repositories: a lockfile
// edit passes, a warning-size file is reported without failing, a blocking-size file fails, and a credential in
// an ordinary config file still blocks the same commit.

import { test } from 'node:test';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { createRepo } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { fake } from '../helpers/secrets.js';

const MiB = 1024 * 1024;

/** A package-lock.json of about `size` bytes: many small package entries, as npm writes them. */
function lockfile(size: number, version: string): string {
  const entries: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const entry = `    "node_modules/pkg-${i}": {\n      "version": "${version}",\n      "resolved": "https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-${version}.tgz",\n      "integrity": "sha512-${fake('{base64:86}')}=="\n    }`;
    entries.push(entry);
    length += entry.length + 2;
  }
  return `{\n  "name": "app",\n  "lockfileVersion": 3,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`;
}

function staged(dir: string, ...extra: string[]): { code: number; findings: { ruleId: string; severity: string; path: string }[]; stderr: string } {
  const result = runCli(['scan', dir, '--staged', '-f', 'json', '--no-progress', ...extra]);
  assert.notEqual(result.code, 2, result.stderr);
  return { code: result.code, findings: (JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; path: string }[] }).findings, stderr: result.stderr };
}

test('an ordinary commit editing a 1.5 MiB package-lock.json passes the pre-commit scan with no finding', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'package.json': '{"name": "app"}\n', 'package-lock.json': lockfile(1.5 * MiB, '1.0.0') }, 'add lockfile');
  repo.write('package-lock.json', lockfile(1.5 * MiB, '1.0.1'));
  repo.git('add', 'package-lock.json');
  const { code, findings } = staged(repo.dir);
  assert.deepEqual(findings, []);
  assert.equal(code, 0);
  // The same content under a name that is not a lockfile is a (non-failing) warning.
  repo.write('data/export.json', lockfile(1.5 * MiB, '2.0.0'));
  repo.git('add', 'data/export.json');
  const warned = staged(repo.dir);
  assert.deepEqual(warned.findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`), ['hygiene.large-blob info data/export.json']);
  assert.equal(warned.code, 0, 'a warning is reported, not failing');
  assert.equal(staged(repo.dir, '--fail-on', 'info').code, 1, '--fail-on info makes warnings fail');
});

test('a blob over the blocking size fails the hook, lockfile or not', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'app\n' }, 'init');
  repo.write('yarn.lock', Buffer.alloc(11 * MiB, 'a@1:\n  version "1"\n'));
  repo.write('data/dump.sql', Buffer.alloc(11 * MiB, 'INSERT INTO t VALUES (1);\n'));
  repo.git('add', '.');
  const { code, findings } = staged(repo.dir);
  assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`).sort(), ['hygiene.large-blob high data/dump.sql', 'hygiene.large-blob high yarn.lock']);
  assert.equal(code, 1);
});

test('a weak password in a config file: below the hook\'s medium minimum, counted as suppressed; reported at its line with --min-confidence low and by a directory scan', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'config/app.yml': 'db:\n  host: db\n' }, 'init');
  const password = `Winter${fake('{digits:4}')}`;
  repo.write('config/app.yml', `db:\n  host: db\n  password: ${password}\n`);
  repo.git('add', '.');
  type Report = { findings: { ruleId: string; line: number; column: number; confidence: string }[]; summary: { suppressed: { confidence: number } } };
  const hook = runCli(['scan', repo.dir, '--staged', '-f', 'json', '--no-progress']);
  const quiet = JSON.parse(hook.stdout) as Report;
  assert.deepEqual(quiet.findings, []);
  assert.equal(quiet.summary.suppressed.confidence, 1, 'held back by the minimum confidence, and counted');
  assert.equal(hook.code, 0);
  const low = runCli(['scan', repo.dir, '--staged', '--min-confidence', 'low', '-f', 'json', '--no-progress']);
  const report = JSON.parse(low.stdout) as Report;
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.line, f.column, f.confidence]), [['credential.config-value', 3, 13, 'low']]);
  assert.equal(low.code, 1);
  const dir = runCli(['scan', join(repo.dir, 'config'), '--no-git', '-f', 'json', '--no-progress']);
  assert.deepEqual((JSON.parse(dir.stdout) as Report).findings.map((f) => [f.ruleId, f.line, f.confidence]), [['credential.config-value', 3, 'low']]);
  assert.equal(dir.code, 1);
});
