import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/types.js';
import { loadScanSettings } from '../../src/config/settings.js';
import { loadBuiltinRules } from '../../src/ruleset/load.js';
import { applySuppressions } from '../../src/suppress.js';
import { failingFindings } from '../../src/fail-on.js';
import { tempDir } from '../helpers/repo.js';

function repoDir(t: { after(fn: () => void): void }): string {
  const tmp = tempDir();
  t.after(() => tmp.remove());
  mkdirSync(join(tmp.dir, '.git'));
  mkdirSync(join(tmp.dir, 'sub', 'deeper'), { recursive: true });
  return tmp.dir;
}

test('no config file: the built-in rules, no path filter, nothing suppressed, fail on any finding', async (t) => {
  const dir = repoDir(t);
  const s = await loadScanSettings(join(dir, 'sub', 'deeper'));
  assert.equal(s.root, dir, 'found the repository root above the scanned path');
  assert.deepEqual(s.rules, await loadBuiltinRules());
  assert.equal(s.skipPath, undefined);
  assert.equal(s.failOn, 'info');
  assert.equal(s.suppress.ignored.size, 0);
  assert.equal(s.suppress.baseline, undefined);
  assert.equal(s.baselinePath, join(dir, '.leakgate-baseline.jsonl'));
  assert.deepEqual(s.warnings, []);
  assert.ok(Object.isFrozen(s));
});

test('a config: path filter, per-rule changes, hygiene thresholds in bytes, baseline relative to the config', async (t) => {
  const dir = repoDir(t);
  writeFileSync(
    join(dir, '.leakgate.yaml'),
    `failOn: medium
baseline: accepted/base.jsonl
allowlist: { paths: ["vendor/**", "**/*.min.js"], values: ["x-literal"] }
overrides:
  github.pat: { severity: low, allowlist: { paths: ["docs/**"], regexes: ["^ghp_0"] } }
hygiene: { maxBlobSize: 1MiB, paths: [{ glob: "assets/**", maxBlobSize: 20MB }] }
`,
  );
  mkdirSync(join(dir, 'accepted'));
  writeFileSync(join(dir, 'accepted', 'base.jsonl'), `{"fingerprint":"${'e'.repeat(24)}","rule":"github.pat","path":"a"}\n`);
  writeFileSync(join(dir, '.leakgateignore'), `${'f'.repeat(24)} # why\n`);
  const s = await loadScanSettings(dir);
  assert.equal(s.failOn, 'medium');
  assert.ok(s.skipPath?.('vendor/a/b.js') && s.skipPath('x/y.min.js') && s.skipPath('.hidden/z.min.js'));
  assert.equal(s.skipPath?.('src/a.js'), false);
  const pat = s.rules.find((r) => r.id === 'github.pat')!;
  assert.equal(pat.severity, 'low');
  assert.deepEqual(pat.excludePaths, ['docs/**']);
  assert.deepEqual(pat.allowValues, ['^x\\-literal$', '^ghp_0']);
  assert.ok(Object.isFrozen(pat));
  assert.deepEqual(s.hygiene, { maxBlobBytes: 1024 * 1024, paths: [{ glob: 'assets/**', maxBytes: 20 * 1024 * 1024 }] });
  assert.deepEqual([...(s.suppress.baseline ?? [])], ['e'.repeat(24)]);
  assert.deepEqual([...s.suppress.ignored], [['f'.repeat(24), 'why']]);
  assert.equal(s.baselinePath, join(dir, 'accepted', 'base.jsonl'));
  assert.equal((await loadScanSettings(dir, { useBaseline: false })).suppress.baseline, undefined);
});

test('disabling every rule is an error, not a silent pass', async (t) => {
  const dir = repoDir(t);
  const ids = (await loadBuiltinRules()).map((r) => `  ${r.id}: { disabled: true }`).join('\n');
  writeFileSync(join(dir, '.leakgate.yaml'), `overrides:\n${ids}\n`);
  await assert.rejects(loadScanSettings(dir), (error: unknown) => error instanceof ConfigError && /every rule is disabled/.test(error.message));
});

const finding = (fingerprint: string, severity: Finding['severity'], allowed?: boolean): Finding => ({
  ruleId: 'r.one',
  blobId: 'b',
  secret: 's',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  snippet: 's',
  entropy: 1,
  severity,
  kind: 'secret',
  path: 'p',
  fingerprint,
  otherOccurrences: 0,
  ...(allowed ? { allowed: { marker: 'leakgate:allow' as const } } : {}),
});

test('suppression order: an allow comment, then the ignore file, then the baseline; fail-on counts the rest', () => {
  const input = { ignored: new Map([['b', 'r'], ['c', undefined]]), baseline: new Set(['a', 'c', 'd']), ignoreSource: '.leakgateignore' };
  const { findings, suppressed } = applySuppressions(
    [finding('a', 'high', true), finding('b', 'high'), finding('c', 'low'), finding('d', 'critical'), finding('e', 'medium')],
    input,
  );
  assert.deepEqual(findings.map((f) => f.fingerprint), ['e']);
  assert.deepEqual(suppressed.map((f) => [f.fingerprint, f.suppression.kind, f.suppression.reason]), [
    ['a', 'inline', undefined],
    ['b', 'ignore', 'r'],
    ['c', 'ignore', undefined],
    ['d', 'baseline', undefined],
  ]);
  assert.equal(applySuppressions([finding('a', 'high', true)], undefined, false).findings.length, 1, 'inline off');
  assert.equal(failingFindings(findings, 'medium').length, 1);
  assert.equal(failingFindings(findings, 'high').length, 0);
  assert.equal(failingFindings(findings, 'none').length, 0);
  assert.equal(failingFindings(findings, 'info').length, 1);
});
