import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/types.js';
import { loadScanSettings } from '../../src/config/settings.js';
import { repositoryCacheDir } from '../../src/core/cache-dir.js';
import { loadBuiltinRules } from '../../src/ruleset/load.js';
import { applySuppressions } from '../../src/scan/suppress.js';
import { failingFindings } from '../../src/core/fail-on.js';
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
  assert.equal(s.failOn, 'low');
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
  confidence: 'high',
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

test('rules changed only by severities, paths and exact values keep running in-process; a written regex does not', async (t) => {
  const { onlyReviewedRegexes } = await import('../../src/scan/run.js');
  const dir = repoDir(t);
  const config = (body: string) => writeFileSync(join(dir, '.leakgate.yaml'), body);
  config(
    [
      'allowlist:',
      '  paths: ["docs/**"]',
      '  values: ["a.b*c(d)[e]{f}|g/h-i^j$k+l?m\\\\n", "plain-value-ünï"]',
      'overrides:',
      '  generic.password-assignment:',
      '    severity: low',
      '    allowlist:',
      '      paths: ["test/**"]',
      '      values: ["another"]',
      '',
    ].join('\n'),
  );
  const reviewed = await loadScanSettings(dir);
  assert.notDeepEqual(reviewed.rules, await loadBuiltinRules(), 'the config changed the rules');
  assert.equal(await onlyReviewedRegexes(reviewed.rules), true);
  for (const body of ['allowlist:\n  regexes: ["^x+$"]\n', 'overrides:\n  github.pat:\n    allowlist:\n      regexes: ["(a+)+$"]\n']) {
    config(body);
    assert.equal(await onlyReviewedRegexes((await loadScanSettings(dir)).rules), false, body);
  }
  config('rules:\n  - id: acme.key\n    description: Acme key\n    severity: high\n    keywords: [acme_]\n    pattern: "(acme_[a-z0-9]{20})"\n    secretGroup: 1\n    examples:\n      match: ["acme_{hex:20}"]\n      ignore: ["acme_"]\n');
  assert.equal(await onlyReviewedRegexes((await loadScanSettings(dir)).rules), false, 'a custom rule');
});

test("a parsed config is remembered in the repository's cache directory for the exact text, and used again", async (t) => {
  const dir = repoDir(t);
  const cacheFile = join(repositoryCacheDir(join(dir, '.git')), 'config-cache-2.json');
  const rich = [
    'failOn: medium',
    'allowlist:',
    '  paths: ["docs/**"]',
    '  values: ["exact-ünï"]',
    'overrides:',
    '  generic.password-assignment:',
    '    severity: low',
    'hygiene:',
    '  maxBlobSize: 2MiB',
    '  paths:',
    '    - glob: "assets/**"',
    '      maxBlobSize: 20MiB',
    'rules:',
    '  - id: acme.key',
    '    description: Acme key',
    '    severity: high',
    '    keywords: [acme_]',
    '    pattern: "(acme_[a-z0-9]{20})"',
    '    secretGroup: 1',
    '    minEntropy: 3',
    '    examples:',
    '      match: ["acme_{hex:20}"]',
    '      ignore: ["acme_"]',
    '',
  ].join('\n');
  writeFileSync(join(dir, '.leakgate.yaml'), rich);
  const view = (s: Awaited<ReturnType<typeof loadScanSettings>>) =>
    JSON.stringify({ rules: s.rules, custom: s.customRules, failOn: s.failOn, hygiene: s.hygiene, skips: [s.skipPath?.('docs/a.md'), s.skipPath?.('src/a.ts')] });
  const first = await loadScanSettings(dir);
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
  assert.equal(stored.entries.length, 1);
  assert.equal(stored.entries[0].text, rich);
  const again = await loadScanSettings(dir);
  assert.equal(view(again), view(first));
  assert.ok(Object.isFrozen(again.customRules[0]));
  // With the regexes of the config's globs, as picomatch makes them: a later run need not load picomatch.
  assert.deepEqual(stored.entries[0].value.globSources, {
    'docs/**': picomatch.makeRe('docs/**', { dot: true }).source,
    'assets/**': picomatch.makeRe('assets/**', { dot: true }).source,
  });
  // They are what is used (proved by editing one), then put back.
  const edited = JSON.parse(JSON.stringify(stored));
  edited.entries[0].value.globSources['docs/**'] = '^docs\\/b\\.md$';
  writeFileSync(cacheFile, JSON.stringify(edited));
  const fromEdited = await loadScanSettings(dir);
  assert.deepEqual([fromEdited.skipPath?.('docs/a.md'), fromEdited.skipPath?.('docs/b.md'), fromEdited.skipPath?.('src/a.ts')], [false, true, false]);
  writeFileSync(cacheFile, JSON.stringify(stored));
  assert.equal(view(await loadScanSettings(dir)), view(first));

  // The entry is what is used for that text (proved by editing it), and only for that text.
  stored.entries[0].value.config.failOn = 'critical';
  writeFileSync(cacheFile, JSON.stringify(stored));
  assert.equal((await loadScanSettings(dir)).failOn, 'critical');
  writeFileSync(join(dir, '.leakgate.yaml'), rich.replace('failOn: medium', 'failOn: low'));
  assert.equal((await loadScanSettings(dir)).failOn, 'low');
  // Another version's cache, or a damaged one, is ignored.
  writeFileSync(join(dir, '.leakgate.yaml'), rich);
  writeFileSync(cacheFile, JSON.stringify({ ...stored, version: '0.0.0-other' }));
  assert.equal((await loadScanSettings(dir)).failOn, 'medium');
  for (const junk of ['{', 'null', '{"format":"leakgate-config-cache/2","version":"x","entries":7}', '\u0000\u0001']) {
    writeFileSync(cacheFile, junk);
    assert.equal(view(await loadScanSettings(dir)), view(first), junk);
  }
});

test('a config with errors is never remembered; its errors are reported every time', async (t) => {
  const dir = repoDir(t);
  writeFileSync(join(dir, '.leakgate.yaml'), 'failOn: sometimes\n');
  for (let i = 0; i < 2; i++) await assert.rejects(loadScanSettings(dir), /failOn/);
  assert.equal(existsSync(join(repositoryCacheDir(join(dir, '.git')), 'config-cache-2.json')), false);
});

test('a cache directory that cannot be written only means parsing every time', async (t) => {
  const dir = repoDir(t);
  const cacheDir = repositoryCacheDir(join(dir, '.git'));
  mkdirSync(dirname(cacheDir), { recursive: true });
  writeFileSync(cacheDir, 'a file where the cache directory would go\n');
  t.after(() => rmSync(cacheDir, { force: true }));
  writeFileSync(join(dir, '.leakgate.yaml'), 'failOn: high\n');
  assert.equal((await loadScanSettings(dir)).failOn, 'high');
  assert.equal((await loadScanSettings(dir)).failOn, 'high');
});
