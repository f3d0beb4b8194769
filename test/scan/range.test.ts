// Range scans (`--range`, `--since-commit`, `--all-refs`): what the commits of a range add, merges included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

test('--range A..B reports what the commits after A add, attributed to their commit', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const before = githubToken();
  const inside = githubToken();
  const a = repo.commit({ 'old.txt': `k ${before}\n` }, 'before the range');
  const intro = repo.commit({ 'new.txt': `x\nk ${inside}\n` }, 'in the range');
  const b = repo.commit({ 'other.txt': 'clean\n' }, 'also in the range');
  const { code, stderr, report } = scanJson(['--range', `${a}..${b}`, repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.equal(report.scan.kind, 'range');
  assert.deepEqual(
    report.findings.map((f) => [f.secret, f.path, f.line, f.commit?.id]),
    [[inside, 'new.txt', 2, intro]],
  );
  assert.match(stderr, /scanned 2 files \(.*\), 2 commits: 1 finding/);
});

test('a commit that touches a file holding an old secret does not report it again', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  const a = repo.commit({ 'cfg.txt': `old=${old}\nn=1\n` }, 'old');
  repo.commit({ 'cfg.txt': `old=${old}\nn=2\n` }, 'touch');
  const fresh = githubToken();
  repo.commit({ 'cfg.txt': `fresh=${fresh}\nold=${old}\nn=2\n` }, 'add another');
  const { report } = scanJson(['--range', `${a}..HEAD`, repo.dir, '--no-redact']);
  assert.deepEqual(
    report.findings.map((f) => [f.secret, f.line]),
    [[fresh, 1]],
  );
});

test('content arriving through a merge from a second parent is found in the commit that introduced it', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  const token = githubToken();
  const sideCommit = repo.commit({ 'side.txt': `key ${token}\n` }, 'side adds a secret');
  repo.git('checkout', '-q', 'main');
  const mainTip = repo.commit({ 'b.txt': 'b\n' }, 'main moves on');
  repo.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
  const { report } = scanJson(['--range', `${mainTip}..HEAD`, repo.dir, '--no-redact']);
  assert.deepEqual(
    report.findings.map((f) => [f.secret, f.commit?.id]),
    [[token, sideCommit]],
  );
  // Once the side branch is below the range start, the merge itself adds nothing new.
  const none = scanJson(['--range', `${sideCommit}..HEAD`, repo.dir]);
  assert.equal(none.report.findings.length, 0);
});

test('a secret written while resolving a merge conflict is attributed to the merge, old lines are not', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const old = githubToken();
  repo.commit({ 'f.txt': `keep ${old}\nbase\n` }, 'base');
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit({ 'f.txt': `keep ${old}\nside\n` }, 'side');
  repo.git('checkout', '-q', 'main');
  const mainTip = repo.commit({ 'f.txt': `keep ${old}\nmain\n` }, 'main');
  assert.throws(() => repo.git('merge', '-q', 'side'));
  const token = githubToken();
  repo.write('f.txt', `keep ${old}\nresolved ${token}\n`);
  repo.git('add', 'f.txt');
  const merge = repo.commit({}, 'merge with resolution');
  const { report } = scanJson(['--range', `${mainTip}..${merge}`, repo.dir, '--no-redact']);
  assert.deepEqual(
    report.findings.map((f) => [f.secret, f.line, f.commit?.id]),
    [[token, 2, merge]],
  );
});

test('--since-commit X scans X..HEAD; with --all-refs every ref past X', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const x = repo.commit({ 'a.txt': `a ${githubToken()}\n` }, 'x');
  const onMain = githubToken();
  repo.commit({ 'main.txt': `m ${onMain}\n` }, 'on main');
  repo.git('checkout', '-q', '-b', 'other', x);
  const onOther = githubToken();
  repo.commit({ 'other.txt': `o ${onOther}\n` }, 'on other');
  repo.git('checkout', '-q', 'main');
  const head = scanJson(['--since-commit', x, repo.dir, '--no-redact']);
  assert.deepEqual(head.report.findings.map((f) => f.secret), [onMain]);
  const all = scanJson(['--since-commit', x, '--all-refs', repo.dir, '--no-redact']);
  assert.deepEqual(all.report.findings.map((f) => f.secret).sort(), [onMain, onOther].sort());
});

test('an empty range scans nothing and says so', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': `a ${githubToken()}\n` }, 'one');
  const result = runCli(['scan', '--range', 'HEAD..HEAD', repo.dir]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /leakgate: nothing to scan/);
});

test('a bad or option-like range is exit 2 naming the flag', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'a\n' }, 'one');
  const bad = runCli(['scan', '--range', 'nope..main', repo.dir]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--range nope\.\.main: git cannot resolve it/);
  const written = join(repo.dir, 'written-by-git');
  const injected = runCli(['scan', `--range=--output=${written}`, repo.dir]);
  assert.equal(injected.code, 2);
  assert.match(injected.stderr, /--range: expected a revision or range/);
  assert.ok(!existsSync(written), 'the option-like range never reached git');
  const since = runCli(['scan', '--since-commit', 'no-such-ref', repo.dir]);
  assert.equal(since.code, 2);
  assert.match(since.stderr, /--since-commit no-such-ref/);
  const both = runCli(['scan', '--staged', '--range', 'a..b', repo.dir]);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /cannot be combined/);
});
