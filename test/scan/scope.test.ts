// Audits tell the truth about their scope: a shallow or partial clone says what it could not see (stderr and every
// report format), a scan never writes into the repository it scans, and documentation examples are counted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

/** Every file, directory and link under `dir` with its type, mode, size, mtime and content hash. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      const info = lstatSync(full);
      const rel = full.slice(dir.length);
      if (info.isDirectory()) {
        out.push(`d ${rel} ${info.mode} ${info.mtimeMs}`);
        walk(full);
      } else if (info.isSymbolicLink()) out.push(`l ${rel} ${readlinkSync(full)}`);
      else out.push(`f ${rel} ${info.mode} ${info.size} ${info.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}

test('a shallow clone: the history scan says it is truncated, on stderr and in every format', (t) => {
  const origin = createRepo();
  const clones = tempDir();
  t.after(() => (origin.remove(), clones.remove()));
  for (let i = 0; i < 5; i++) origin.commit({ [`f${i}.txt`]: `${i}\n` }, `c${i}`);
  const dest = join(clones.dir, 'shallow');
  execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin.dir}`, dest]);
  const { report, stderr } = scanJson([dest]);
  assert.equal(report.scan.commits, 2);
  const notes = report.diagnostics.filter((d) => d.code === 'shallow-history');
  assert.equal(notes.length, 1, JSON.stringify(report.diagnostics));
  assert.match(notes[0]!.detail, /shallow clone: history is cut at 1 boundary commit; older commits .* not scanned .*git fetch --unshallow/);
  assert.match(stderr, /WARNING: shallow clone: history is cut/);
  const text = runCli(['scan', dest, '--no-progress']);
  assert.match(text.stdout, /shallow-history: shallow clone/);
  const sarif = JSON.parse(runCli(['scan', dest, '-f', 'sarif']).stdout) as { runs: { invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[] };
  assert.ok(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.some((n) => n.descriptor.id === 'shallow-history'));
  // A complete clone says nothing of the kind.
  const full = join(clones.dir, 'full');
  execFileSync('git', ['clone', '-q', `file://${origin.dir}`, full]);
  const complete = scanJson([full]);
  assert.deepEqual(complete.report.diagnostics, []);
  assert.doesNotMatch(complete.stderr, /WARNING/);
});

test('a partial clone: the scan names the filter and never fetches', (t) => {
  const origin = createRepo();
  const clones = tempDir();
  t.after(() => (origin.remove(), clones.remove()));
  origin.commit({ 'a.txt': 'one\n' }, 'one');
  origin.commit({ 'a.txt': 'two\n' }, 'two');
  origin.git('config', 'uploadpack.allowFilter', 'true');
  const dest = join(clones.dir, 'partial');
  execFileSync('git', ['clone', '-q', '--no-checkout', '--filter=blob:none', `file://${origin.dir}`, dest]);
  const { report, stderr } = scanJson([dest]);
  const note = report.diagnostics.find((d) => d.code === 'partial-clone');
  assert.ok(note, JSON.stringify(report.diagnostics));
  assert.match(note.detail, /partial clone \(filter blob:none\)/);
  assert.match(stderr, /WARNING: partial clone/);
});

test('a scan never modifies the repository it scans: a mirror is byte for byte the same after scans of every kind', (t) => {
  const work = createRepo();
  const mirrors = tempDir();
  t.after(() => (work.remove(), mirrors.remove()));
  work.commit({ 'a.txt': `t ${githubToken()}\n`, '.leakgate.yaml': 'failOn: high\n' }, 'one');
  work.commit({ 'b.txt': 'b\n' }, 'two');
  const mirror = join(mirrors.dir, 'repo.git');
  execFileSync('git', ['clone', '-q', '--mirror', work.dir, mirror]);
  const before = snapshot(mirror);
  const runs: [string[], number][] = [[[mirror], 1], [[mirror], 1], [['--range', 'HEAD~1..HEAD', mirror], 0], [['--no-cache', mirror], 1]];
  for (const [args, code] of runs) {
    const result = runCli(['scan', ...args, '-f', 'json']);
    assert.equal(result.code, code, result.stderr);
    assert.doesNotMatch(result.stdout, /cache-ignored/);
  }
  assert.deepEqual(snapshot(mirror), before);
  // A work tree too: its .git directory and files are left as they were (the caches live in the user's cache dir).
  const tree = snapshot(work.dir);
  runCli(['scan', work.dir]);
  runCli(['scan', '--staged', work.dir]);
  assert.deepEqual(snapshot(work.dir), tree);
});

test('matches at documentation hosts are counted as suppressed examples with their reason, never as findings', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit(
    {
      'docs/setup.md': fake('Connect with `postgres://app:{alnum:12}@db.example.com:5432/app` or redis://:{alnum:12}@cache.test:6379\n'),
      'deploy.env': fake('DATABASE_URL=postgres://app:{alnum:12}@prod-db.internal:5432/app\n'),
    },
    'one',
  );
  const { report } = scanJson([repo.dir]);
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path]), [['postgres.connection-uri', 'deploy.env']]);
  const json = JSON.parse(runCli(['scan', repo.dir, '-f', 'json']).stdout) as {
    summary: { suppressed: { total: number; example: number } };
    suppressed: { ruleId: string; path: string; suppression: { kind: string; reason: string } }[];
  };
  assert.equal(json.summary.suppressed.example, 2);
  assert.deepEqual(
    json.suppressed.map((s) => [s.ruleId, s.suppression.kind, s.suppression.reason]),
    [
      ['postgres.connection-uri', 'example', 'documentation host db.example.com'],
      ['redis.connection-uri', 'example', 'documentation host cache.test'],
    ],
  );
  const text = runCli(['scan', repo.dir, '--no-progress']);
  assert.match(text.stdout, /2 suppressed \(2 documentation examples\)/);
  // Not even --no-suppress makes an example a finding.
  assert.equal(JSON.parse(runCli(['scan', repo.dir, '-f', 'json', '--no-suppress']).stdout).findings.length, 1);
});
