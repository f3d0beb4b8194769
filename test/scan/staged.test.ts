// `leakgate scan --staged`: the index against HEAD, through the CLI, on throwaway repositories.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

function stage(repo: TestRepo, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    repo.write(path, content);
    repo.git('add', '--', path);
  }
}

const staged = (repo: TestRepo, extra: string[] = []) => scanJson(['--staged', repo.dir, '--no-redact', ...extra]);

test('a staged secret is found with its path and its line in the staged version', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'app.cfg': 'a=1\nb=2\nc=3\n' }, 'base');
  const token = githubToken();
  stage(repo, { 'app.cfg': `header\na=1\nb=2\ntoken=${token}\nc=3\n` });
  const { code, stderr, report } = staged(repo);
  assert.equal(code, 1);
  assert.equal(report.scan.kind, 'staged');
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line, f.column, f.secret]),
    [['app.cfg', 4, 7, token]],
  );
  assert.equal(report.findings[0]!.commit, null);
  assert.match(stderr, /scanned 1 file \(.*\): 1 finding/);
});

test('only added or changed lines count: an old secret in a touched file is not reported again', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  repo.commit({ 'cfg.txt': `old=${old}\nx=1\n` }, 'old secret, already in history');
  stage(repo, { 'cfg.txt': `old=${old}\nx=2\n` });
  const clean = staged(repo);
  assert.equal(clean.code, 0);
  assert.equal(clean.report.findings.length, 0);
  assert.match(clean.stderr, /scanned 1 file/);
  const fresh = githubToken();
  stage(repo, { 'cfg.txt': `old=${old}\nx=2\nnew=${fresh}\n` });
  const { report } = staged(repo);
  assert.deepEqual(
    report.findings.map((f) => [f.line, f.secret]),
    [[3, fresh]],
  );
});

test('a large file with a few edited lines: secrets on the added lines are found at their lines, old ones are not', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  const lines = Array.from({ length: 8000 }, (_, i) => `line ${i + 1}: ${'v'.repeat(60)}`);
  lines[9] = `old=${old}`;
  repo.commit({ 'big.txt': `${lines.join('\n')}\n` }, 'a large file with an old secret');
  const early = githubToken();
  const late = githubToken();
  lines[19] = `early=${early}`;
  lines[5999] = `late=${late}`;
  const text = `${lines.join('\n')}\n`;
  stage(repo, { 'big.txt': text });
  const { report } = staged(repo);
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line, f.secret]),
    [['big.txt', 20, early], ['big.txt', 6000, late]],
  );
  // The same blob also staged as a new file: there every line counts, so the blob is scanned whole and the old
  // secret is found at the new path (the two new ones are reported once, at their first place).
  stage(repo, { 'copy.txt': text });
  const both = staged(repo).report.findings.map((f) => [f.path, f.line, f.secret]);
  assert.deepEqual(both, [['big.txt', 20, early], ['big.txt', 6000, late], ['copy.txt', 10, old]]);
});

test('the index is scanned, never the working tree', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const token = githubToken();
  // Staged, then removed from the working file without staging: still what the commit would record.
  stage(repo, { 'a.txt': `a\nkey ${token}\n` });
  repo.write('a.txt', 'a\nclean again\n');
  const hidden = staged(repo);
  assert.equal(hidden.code, 1);
  assert.equal(hidden.report.findings[0]?.secret, token);
  // Written to the working tree only: not part of the commit, not a finding.
  repo.git('reset', '-q');
  repo.write('a.txt', `a\nkey ${githubToken()}\n`);
  repo.write('untracked.txt', `key ${githubToken()}\n`);
  const invented = staged(repo);
  assert.equal(invented.code, 0);
  assert.equal(invented.report.findings.length, 0);
  assert.match(invented.stderr, /nothing to scan/);
});

test('the first commit of a repository (no HEAD) is scanned whole', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  stage(repo, { 'first.txt': `one\ntwo ${token}\n`, 'other.txt': 'clean\n' });
  const { code, stderr, report } = staged(repo);
  assert.equal(code, 1);
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line]),
    [['first.txt', 2]],
  );
  assert.match(stderr, /scanned 2 files/);
});

test('nothing staged, or only deletions: "nothing to scan", exit 0, on stderr', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `x ${githubToken()}\n`, 'b.txt': 'b\n' }, 'base');
  const empty = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(empty.code, 0, empty.stderr);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /leakgate: nothing to scan/);
  repo.git('rm', '-q', 'a.txt');
  const deletion = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(deletion.code, 0, deletion.stderr);
  assert.match(deletion.stderr, /nothing to scan/);
});

test('renames: a pure rename adds no lines; a rename with an added secret reports the new path', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  const body = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
  repo.commit({ 'old/name.txt': `${body}\nold=${old}\n` }, 'base');
  repo.git('mv', 'old/name.txt', 'new name.txt');
  const pure = staged(repo);
  assert.equal(pure.code, 0);
  assert.equal(pure.report.findings.length, 0);
  const fresh = githubToken();
  stage(repo, { 'new name.txt': `${body}\nold=${old}\nfresh=${fresh}\n` });
  const { report } = staged(repo);
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line, f.secret]),
    [['new name.txt', 22, fresh]],
  );
});

test('during a merge: a conflict resolved with a secret is found; unmerged paths are diagnostics', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'f.txt': 'base\n', 'g.txt': 'base\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit({ 'f.txt': 'side\n', 'g.txt': 'side\n' }, 'side');
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'f.txt': 'main\n', 'g.txt': 'main\n' }, 'main');
  assert.throws(() => repo.git('merge', '-q', 'side'));
  const token = githubToken();
  stage(repo, { 'f.txt': `resolved ${token}\n` });
  const { code, report } = staged(repo);
  assert.equal(code, 1);
  assert.deepEqual(
    report.findings.map((f) => f.path),
    ['f.txt'],
  );
  assert.ok(report.diagnostics.some((d) => d.code === 'git-warning' && d.path === 'g.txt'));
});

test('during a merge: content the merge brings into the branch is scanned', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  const token = githubToken();
  repo.commit({ 'side.txt': `key ${token}\n` }, 'side');
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'b.txt': 'b\n' }, 'main');
  repo.git('merge', '-q', '--no-commit', '--no-ff', 'side');
  const { code, report } = staged(repo);
  assert.equal(code, 1);
  assert.equal(report.findings[0]?.path, 'side.txt');
});

test('binary staged files are skipped and counted; a -diff attribute does not hide text', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ '.gitattributes': 'generated/** -diff\n', 'generated/out.js': 'x\n' }, 'base');
  const token = githubToken();
  stage(repo, {
    'image.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(githubToken())]),
    'generated/out.js': `x\ny="${token}"\n`,
  });
  const { code, stderr, report } = staged(repo);
  assert.equal(code, 1);
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line]),
    [['generated/out.js', 2]],
  );
  assert.match(stderr, /scanned 2 files \(.*1 binary skipped\)/);
});

test('file names with spaces, unicode and newlines are staged and reported exactly', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'readme.txt': 'r\n' }, 'base');
  const names = ['with space.txt', 'ünï cödé/日本.txt', 'new\nline.txt', 'tab\there.txt', '"quoted".txt'];
  stage(repo, Object.fromEntries(names.map((n) => [n, `a\ntok ${githubToken()}\n`])));
  const { report } = staged(repo);
  assert.deepEqual(report.findings.map((f) => f.path).sort(), [...names].sort());
  assert.ok(report.findings.every((f) => f.line === 2));
  // Modified (not added) files with odd names go through the hunk parser.
  repo.git('commit', '-q', '--no-verify', '-m', 'odd names');
  stage(repo, Object.fromEntries(names.map((n) => [n, `a\nclean\nb ${githubToken()}\n`])));
  const again = staged(repo);
  assert.deepEqual(again.report.findings.map((f) => f.path).sort(), [...names].sort());
  assert.ok(again.report.findings.every((f) => f.line === 3));
});

test('CRLF files and a missing final newline keep their line numbers', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'w.txt': 'a\r\nb\r\n', 'n.txt': 'a\nb' }, 'base');
  stage(repo, { 'w.txt': `a\r\nb\r\nk ${githubToken()}\r\n`, 'n.txt': `a\nb ${githubToken()}` });
  const { report } = staged(repo);
  assert.deepEqual(
    report.findings.map((f) => [f.path, f.line]).sort(),
    [
      ['n.txt', 2],
      ['w.txt', 3],
    ],
  );
});

test('runs from a subdirectory and reports paths from the top of the work tree', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'sub/dir/a.txt': 'a\n' }, 'base');
  stage(repo, { 'top.txt': `k ${githubToken()}\n` });
  const result = runCli(['scan', '--staged', '-f', 'json'], { cwd: join(repo.dir, 'sub', 'dir') });
  assert.equal(result.code, 1, result.stderr);
  assert.equal(JSON.parse(result.stdout).findings[0].path, 'top.txt');
});

test('a bare repository or a non-repository is exit 2 with the reason', (t) => {
  const bare = createRepo({ bare: true });
  const plain = tempDir();
  t.after(() => (bare.remove(), plain.remove()));
  const inBare = runCli(['scan', '--staged', bare.dir]);
  assert.equal(inBare.code, 2);
  assert.match(inBare.stderr, /--staged needs a work tree/);
  const outside = runCli(['scan', '--staged', plain.dir], { env: { GIT_CEILING_DIRECTORIES: plain.dir } });
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /leakgate: .*(not a git repository|failed)/i);
});

test('LEAKGATE_SKIP=1 skips with a warning', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  stage(repo, { 'a.txt': `k ${githubToken()}\n` });
  const result = runCli(['scan', '--staged'], { cwd: repo.dir, env: { LEAKGATE_SKIP: '1' } });
  assert.equal(result.code, 0);
  assert.match(result.stderr, /WARNING: LEAKGATE_SKIP is set; the staged changes were NOT scanned/);
  assert.equal(runCli(['scan', '--staged'], { cwd: repo.dir, env: { LEAKGATE_SKIP: '0' } }).code, 1);
});

test('run by the pre-commit framework at push time (its PRE_COMMIT_* push variables set), --staged scans nothing', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  stage(repo, { 'a.txt': `k ${githubToken()}\n` });
  for (const name of ['PRE_COMMIT_TO_REF', 'PRE_COMMIT_REMOTE_BRANCH', 'PRE_COMMIT_LOCAL_BRANCH']) {
    const result = runCli(['scan', '--staged'], { cwd: repo.dir, env: { [name]: 'refs/heads/main' } });
    assert.equal(result.code, 0, name);
    assert.match(result.stderr, /nothing to scan \(pre-commit runs this hook at push time/);
  }
  assert.equal(runCli(['scan', '--staged'], { cwd: repo.dir }).code, 1, 'at commit time the staged secret blocks');
});

test('a finding message says how to allow it and how to skip once', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  stage(repo, { 'a.txt': `k ${githubToken()}\n` });
  const result = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /allow: add "leakgate:allow github\.pat/);
  assert.match(result.stderr, /commit blocked/);
  assert.match(result.stderr, /LEAKGATE_SKIP=1 git commit/);
});

test('a staged blob missing from the object store blocks the commit (exit 2) with a diagnostic; the rest is still scanned', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  stage(repo, { 'lost.txt': 'will vanish\n' });
  const lost = repo.git('rev-parse', ':lost.txt').trim();
  execFileSync('rm', [join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2))]);
  // A changed working file keeps git from showing the (identical) working copy in place of the missing blob.
  repo.write('lost.txt', 'changed in the working tree only\n');
  // Exit 2 with a complete report: the JSON is read from stdout (scanJson takes exit 2 for a failed run).
  const json = () => {
    const result = runCli(['scan', '--staged', repo.dir, '--no-redact', '--format', 'json']);
    return { ...result, report: JSON.parse(result.stdout) as ReturnType<typeof staged>['report'] };
  };
  const alone = json();
  assert.equal(alone.code, 2, alone.stderr);
  assert.ok(alone.report.diagnostics.some((d) => d.code === 'missing-object' && d.path === 'lost.txt'));
  assert.ok(alone.report.diagnostics.some((d) => d.code === 'git-warning' && /could not diff/.test(d.detail)));
  assert.match(alone.stderr, /nothing could be read \(1 staged blob missing\)/);
  assert.match(alone.stderr, /commit blocked: 1 staged blob could not be read/);
  // With a readable file beside it: that file is scanned and its finding reported; the exit is still 2.
  const token = githubToken();
  stage(repo, { 'b.txt': `k ${token}\n` });
  const both = json();
  assert.equal(both.code, 2);
  assert.deepEqual(both.report.findings.map((f) => [f.path, f.secret]), [['b.txt', token]]);
  assert.ok(both.report.diagnostics.some((d) => d.code === 'missing-object' && d.path === 'lost.txt'));
});

test('a damaged staged object (not inflatable) blocks the commit (exit 2) and names the path', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  const token = githubToken();
  stage(repo, { 'cfg.txt': `k ${token}\n` });
  const id = repo.git('rev-parse', ':cfg.txt').trim();
  const file = join(repo.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
  execFileSync('chmod', ['u+w', file]);
  writeFileSync(file, 'garbage, not a zlib stream');
  repo.write('cfg.txt', 'changed in the working tree only\n');
  const result = runCli(['scan', '--staged', repo.dir, '--format', 'json']);
  assert.equal(result.code, 2, result.stderr);
  const report = JSON.parse(result.stdout) as { diagnostics: { code: string; path?: string }[] };
  assert.ok(report.diagnostics.some((d) => d.code === 'missing-object' && d.path === 'cfg.txt'), result.stdout);
  assert.match(result.stderr, /commit blocked/);
});

test('a damaged index is exit 2 with git\'s message, never a silent pass', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  stage(repo, { 'b.txt': `k ${githubToken()}\n` });
  writeFileSync(join(repo.dir, '.git', 'index'), 'DIRC this is not an index');
  const result = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /leakgate: git .*diff-index .*failed: .*index/i);
});

test('file-level rules apply to staged files too: a dependency folder and an executable are findings', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  stage(repo, {
    'node_modules/left-pad/index.js': 'module.exports = 1;\n',
    'tools/helper': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096)]),
  });
  const { code, report } = staged(repo);
  assert.equal(code, 1);
  const ids = report.findings.map((f) => f.ruleId).sort();
  assert.deepEqual(ids, ['hygiene.binary-artefact', 'hygiene.dependency-folder']);
});

test('staged blobs are read wherever git keeps them: loose, packed (content already in history), a linked worktree', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  // The same content committed once, then changed, then packed: staging it again writes no loose object.
  repo.commit({ 'cfg.txt': `key=${token}\n` }, 'secret, later removed');
  repo.commit({ 'cfg.txt': 'key=from-the-environment\n' }, 'removed');
  repo.git('repack', '-adq');
  repo.git('prune-packed');
  stage(repo, { 'cfg.txt': `key=${token}\n`, 'new.txt': `other=${token}\n` });
  const packed = repo.git('rev-parse', ':cfg.txt').trim();
  assert.throws(() => execFileSync('test', ['-e', join(repo.dir, '.git', 'objects', packed.slice(0, 2), packed.slice(2))]));
  const { code, report } = staged(repo);
  assert.equal(code, 1);
  assert.deepEqual(report.findings.map((f) => [f.path, f.line]).sort(), [['cfg.txt', 1], ['new.txt', 1]]);

  repo.git('commit', '-q', '--no-verify', '-m', 'both');
  const worktree = join(repo.dir, 'wt');
  repo.git('worktree', 'add', '-q', worktree);
  const fresh = githubToken();
  writeFileSync(join(worktree, 'wt.txt'), `in the worktree ${fresh}\n`);
  repo.git('-C', worktree, 'add', 'wt.txt');
  const inWorktree = scanJson(['--staged', worktree, '--no-redact']);
  assert.equal(inWorktree.code, 1);
  assert.deepEqual(inWorktree.report.findings.map((f) => [f.path, f.secret]), [['wt.txt', fresh]]);
});

test('a damaged staged object is exit 2, never a silent pass', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  stage(repo, { 'b.txt': `k ${githubToken()}\n` });
  const id = repo.git('rev-parse', ':b.txt').trim();
  const file = join(repo.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
  execFileSync('chmod', ['u+w', file]);
  writeFileSync(file, 'damaged: not zlib');
  repo.write('b.txt', 'a different working copy\n');
  const result = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /leakgate: .*(corrupt|unable to unpack|not scanned|could not be read)/i);
});

test('a commit of many megabytes (past the one-shot reads) is read by the streaming reader, every secret found', { timeout: 60_000 }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  // Four 9 MiB files: one is read from its loose file, the other 27 MiB pass the one-shot cat-file limit.
  const tokens: string[] = [];
  const files: Record<string, string> = {};
  const filler = `${'log line with nothing to see in it at all'.padEnd(63, '.')}\n`.repeat((9 << 20) / 64);
  for (let i = 0; i < 4; i++) {
    tokens.push(githubToken());
    files[`big-${i}.log`] = `${filler}token=${tokens[i]}\n`;
  }
  stage(repo, files);
  const lines = filler.split('\n').length;
  const { code, report, stderr } = staged(repo);
  assert.equal(code, 1, stderr);
  const secrets = report.findings.filter((f) => !f.ruleId.startsWith('hygiene.'));
  assert.deepEqual(
    secrets.map((f) => [f.path, f.line, f.secret]).sort(),
    tokens.map((token, i) => [`big-${i}.log`, lines, token]),
  );
  // And each file is over the large-blob threshold.
  assert.deepEqual(report.findings.filter((f) => f.ruleId.startsWith('hygiene.')).map((f) => f.ruleId), Array(4).fill('hygiene.large-blob'));
});
