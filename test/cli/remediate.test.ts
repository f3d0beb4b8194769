// `leakgate remediate`: the plan's files and their modes, what REMEDIATION.md says per secret (rotate first, refs,
// still present or removed where), and the plan applied by the real git filter-repo to a copy: a rescan is clean.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { buildPlan, marker } from '../../src/report/remediation.js';
import type { ScanReport } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { runCli, scanJson } from '../helpers/cli.js';
import { createRepo, tempDir } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';

const filterRepo = spawnSync('git', ['filter-repo', '--version'], { encoding: 'utf8' }).status === 0;

function buildHistory() {
  const repo = createRepo();
  const gone = githubToken();
  const kept = githubToken();
  repo.commit({ 'app.py': `TOKEN = "${gone}"\n`, 'README.md': 'hello\n' }, 'add app');
  repo.commit({ 'app.py': 'TOKEN = os.environ["TOKEN"]\n' }, 'read the token from the environment');
  repo.git('tag', 'v1.0');
  repo.commit({ 'deploy/settings.py': `DEPLOY = "${kept}"\n` }, 'deploy settings');
  repo.commit({ 'vendor.bin': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(3 * 1024 * 1024, 7)]) }, 'a binary');
  repo.commit({ 'vendor.bin': null }, 'drop the binary');
  return { repo, gone, kept };
}

test('remediate writes REMEDIATION.md, replace-text.txt (0600, the secrets) and paths.txt', (t) => {
  const { repo, gone, kept } = buildHistory();
  const out = tempDir();
  t.after(() => (repo.remove(), out.remove()));
  const dir = join(out.dir, 'plan');
  const result = runCli(['remediate', repo.dir, '--out', dir]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /replace-text\.txt holds 2 secrets IN CLEAR \(mode 0600\)/);
  assert.match(result.stderr, /rotate or revoke every secret FIRST/);
  const replace = readFileSync(join(dir, 'replace-text.txt'), 'utf8');
  assert.equal((statSync(join(dir, 'replace-text.txt')).mode & 0o777).toString(8), '600');
  assert.deepEqual(replace.trim().split('\n').sort(), [`literal:${gone}==>${marker('github.pat')}`, `literal:${kept}==>${marker('github.pat')}`].sort());
  const paths = readFileSync(join(dir, 'paths.txt'), 'utf8');
  assert.match(paths, /^literal:vendor\.bin$/m);
  const md = readFileSync(join(dir, 'REMEDIATION.md'), 'utf8');
  assert.ok(!md.includes(gone) && !md.includes(kept), 'the markdown is redacted');
  const sections = md.split(/^### /m).slice(1);
  assert.equal(sections.length, 2, md);
  const goneSection = sections.find((s) => s.includes('app.py'))!;
  const keptSection = sections.find((s) => s.includes('deploy/settings.py'))!;
  assert.match(goneSection, /Now: only in history; removed from this path in [0-9a-f]{12} \(\d{4}-\d\d-\d\d: read the token from the environment\)/);
  assert.match(goneSection, /History held by 2 refs: main, tag v1\.0/);
  assert.match(keptSection, /\*\*still in the current tree \(HEAD\)\*\*/);
  assert.match(keptSection, /History held by 1 ref: main/);
  for (const s of sections) {
    assert.ok(s.indexOf('Rotate / revoke') < s.indexOf('Purged from history'), 'rotation comes first');
    assert.match(s, /Introduced in [0-9a-f]{12} by Test Author on \d{4}-\d\d-\d\d/);
  }
  assert.match(md, /git filter-repo --replace-text .*replace-text\.txt/);
  assert.match(md, /git filter-repo --invert-paths --paths-from-file .*paths\.txt/);
  assert.match(md, /GitHub Support/);
  // A plan folder inside the work tree is ignored by git: the secrets cannot be committed by accident.
  assert.equal(runCli(['remediate', repo.dir, '--out', join(repo.dir, 'plan'), '-q']).code, 0);
  assert.equal(repo.git('status', '--porcelain'), '');
});

test('the plan applied by git filter-repo to a mirror: a rescan of the rewritten history finds no secret', { skip: filterRepo ? false : 'git-filter-repo is not installed (.ci/run installs Debian\'s git-filter-repo)' }, (t) => {
  const { repo, gone, kept } = buildHistory();
  const out = tempDir();
  t.after(() => (repo.remove(), out.remove()));
  const before = scanJson([repo.dir]).report.findings;
  assert.deepEqual([...new Set(before.filter((f) => !f.ruleId.startsWith('hygiene.')).map((f) => f.ruleId))], ['github.pat']);
  const dir = join(out.dir, 'plan');
  assert.equal(runCli(['remediate', repo.dir, '--out', dir, '-q']).code, 0);
  const mirror = join(out.dir, 'purge.git');
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git(out.dir, 'clone', '-q', '--mirror', repo.dir, mirror);
  git(mirror, 'filter-repo', '--quiet', '--replace-text', join(dir, 'replace-text.txt'), '--replace-message', join(dir, 'replace-text.txt'));
  git(mirror, 'filter-repo', '--quiet', '--force', '--invert-paths', '--paths-from-file', join(dir, 'paths.txt'));
  const after = scanJson([mirror, '--no-cache']).report.findings;
  assert.deepEqual(after.filter((f) => !f.ruleId.startsWith('hygiene.')), []);
  assert.ok(!after.some((f) => f.path === 'vendor.bin'), 'the binary is gone');
  const everything = git(mirror, 'log', '--all', '-p', '--format=%B');
  assert.ok(!everything.includes(gone) && !everything.includes(kept));
  assert.ok(everything.includes(marker('github.pat')));
  assert.equal(git(mirror, 'tag', '-l').trim(), 'v1.0', 'tags survive the rewrite');
});

test('plan lines for hostile secrets and paths: ==> , regex: prefixes, multi-line keys, newline and # in paths', () => {
  const base = { kind: 'secret', severity: 'high', line: 1, column: 1, endLine: 1, endColumn: 2, snippet: '', entropy: 4, fingerprint: 'f'.repeat(24), blobId: 'b'.repeat(40), otherOccurrences: 0 } as const;
  const key = `-----BEGIN PRIVATE KEY-----\n${fake('{base64:64}')}\n${fake('{base64:64}')}\n-----END PRIVATE KEY-----`;
  const findings = [
    { ...base, ruleId: 'a.b', path: 'x', secret: 'left==>right' },
    { ...base, ruleId: 'a.c', path: 'y', secret: 'regex:.*' },
    { ...base, ruleId: 'key.pem', path: 'k.pem', secret: key },
    { ...base, ruleId: 'hygiene.large-blob', kind: 'hygiene', path: 'odd==>name\nx', secret: '', inHead: false },
    { ...base, ruleId: 'hygiene.junk-file', kind: 'hygiene', path: '#hash', secret: '', inHead: false },
    { ...base, ruleId: 'hygiene.large-blob', kind: 'hygiene', path: 'still/here.bin', secret: '', inHead: true },
  ] as unknown as Finding[];
  const report = { kind: 'history', target: 'r', findings, rules: [], diagnostics: [], stats: { blobs: 1, bytes: 1, binarySkipped: 0, commits: 1, blobsMatched: 1, durationMs: 1 }, toolVersion: 't' } as ScanReport;
  const plan = buildPlan({ report, exposures: findings.map(() => ({ refs: [] })), remotes: [], repo: '.', out: 'plan' });
  const lines = plan.replaceText.trim().split('\n');
  assert.ok(lines.includes(`literal:left==>right==>${marker('a.b')}`));
  assert.ok(lines.includes(`literal:regex:.*==>${marker('a.c')}`));
  assert.equal(lines.filter((l) => l.endsWith(marker('key.pem'))).length, 2, 'the two body lines of the key, not its armour');
  assert.ok(!lines.some((l) => l.includes('BEGIN')));
  // filter-repo splits a replace line at its LAST ==>: the secret keeps its own.
  const last = lines[0]!.lastIndexOf('==>');
  assert.equal(lines[0]!.slice('literal:'.length, last), 'left==>right');
  const paths = plan.paths.split('\n');
  assert.ok(paths.includes('regex:^odd==>name\\nx$'), plan.paths);
  assert.ok(paths.includes('regex:^#hash$'), plan.paths);
  assert.ok(paths.includes('# literal:still/here.bin'), 'still-present paths are commented out');
  assert.equal(plan.pathCount, 2);
});

test('remediate: errors name the flag', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const noOut = runCli(['remediate', repo.dir]);
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /--out DIR is required/);
  const noGit = runCli(['remediate', repo.dir, '--no-git', '--out', join(repo.dir, 'p')]);
  assert.equal(noGit.code, 2);
  assert.match(noGit.stderr, /--no-git/);
  assert.match(runCli(['remediate', '--help']).stdout, /Usage: leakgate remediate/);
});
