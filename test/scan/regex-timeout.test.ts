// A user rule with catastrophic backtracking must not hang a scan: the watchdog skips the blob with a diagnostic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { scanJson } from '../helpers/cli.js';

const EVIL_PACK = `pack: evil
rules:
  - id: evil.backtrack
    description: nested quantifier that backtracks exponentially on a run of a's not followed by the end
    severity: low
    keywords: [aaaa]
    pattern: '(a+)+$'
    examples:
      match: ['aaaa']
      ignore: ['bbbb']
`;

for (const mode of ['history', 'directory'] as const) {
  test(`a catastrophic user rule is cut off by --blob-timeout (${mode} scan); other findings are still reported`, (t) => {
    const repo = createRepo();
    const dir = tempDir();
    t.after(() => (repo.remove(), dir.remove()));
    const pack = join(dir.dir, 'evil.yaml');
    writeFileSync(pack, EVIL_PACK);
    const token = githubToken();
    const evil = `${'a'.repeat(40)}!\n`;
    repo.commit({ 'evil.txt': evil, 'ok.txt': `token ${token}\n`, 'other.txt': 'nothing here\n' }, 'one');
    const evilBlob = repo.git('rev-parse', 'HEAD:evil.txt').trim();
    const started = Date.now();
    const args = mode === 'history' ? [repo.dir] : ['--no-git', repo.dir];
    const { code, report } = scanJson([...args, '--rules', pack, '--blob-timeout', '300ms', '--no-redact']);
    const elapsed = Date.now() - started;
    assert.equal(code, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.ruleId, f.path]),
      [['github.pat', 'ok.txt']],
    );
    const timeouts = report.diagnostics.filter((d) => d.code === 'regex-timeout') as { ruleId?: string; blobId?: string; detail: string }[];
    assert.equal(timeouts.length, 1);
    assert.equal(timeouts[0]!.ruleId, 'evil.backtrack');
    assert.equal(timeouts[0]!.blobId, evilBlob);
    assert.match(timeouts[0]!.detail, /evil\.backtrack/);
    assert.ok(elapsed < 20_000, `scan took ${elapsed} ms`);
  });
}

test('--blob-timeout rejects nonsense with the accepted forms', () => {
  assert.throws(() => scanJson(['--blob-timeout', 'soon', '.']), /--blob-timeout: expected a duration/);
});

test('a catastrophic allowlist regex in the config is cut off too (allow patterns a user wrote run on workers)', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  // Tried on each github.pat secret (40 word characters, no "!"): two ways to match each character, 2^40 paths.
  const config = 'overrides:\n  github.pat:\n    severity: low\n    allowlist:\n      regexes: [\'^(?:[A-Za-z0-9_]|\\w)+!$\']\n';
  repo.commit({ '.leakgate.yaml': config, 'x.txt': `t=${githubToken()}\n` }, 'one');
  const started = Date.now();
  const { report } = scanJson([repo.dir, '--blob-timeout', '300ms', '--no-redact']);
  assert.ok(Date.now() - started < 20_000);
  const timeouts = report.diagnostics.filter((d) => d.code === 'regex-timeout');
  assert.deepEqual(timeouts.map((d) => (d as { ruleId?: string }).ruleId), ['github.pat'], JSON.stringify(report.diagnostics));
});
