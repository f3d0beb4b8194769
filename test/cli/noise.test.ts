// Noise control through the real CLI: allow comments, .leakgateignore, baselines, the config file, fail-on and
// gitleaks compatibility, against throwaway repositories whose history is rewritten (rebase, squash, cherry-pick).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';
import { ROOT, runCli } from '../helpers/cli.js';

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  severity: string;
  secret: string;
  fingerprint: string;
  suppression?: { kind: string; reason?: string; source?: string };
}
interface JsonReport {
  summary: { findings: number; suppressed: { total: number; baseline: number; inline: number; ignore: number } };
  findings: JsonFinding[];
  suppressed: JsonFinding[];
}

function scan(args: readonly string[], cwd?: string): { code: number; stderr: string; report: JsonReport } {
  const result = runCli(['scan', ...args, '--format', 'json', '--no-progress'], cwd ? { cwd } : {});
  if (result.code === 2) throw new Error(`scan failed: ${result.stderr}`);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

function textSummary(args: readonly string[], cwd?: string): string {
  const out = runCli(['scan', ...args, '--no-progress'], cwd ? { cwd } : {}).stdout.trim().split('\n');
  return out[out.length - 1] ?? '';
}

function repoWith(t: { after(fn: () => void): void }): TestRepo {
  const repo = createRepo();
  t.after(() => repo.remove());
  return repo;
}

test('allow comments: the line is allowed, a second secret of another rule on it is still reported, counts say so', (t) => {
  const repo = repoWith(t);
  const allowed = githubToken();
  const other = `tok_${fake('{random:24}')}`;
  const second = githubToken();
  const pack = join(repo.dir, 'pack.yaml');
  writeFileSync(
    pack,
    `pack: test\nrules:\n  - id: test.token\n    description: test token\n    severity: high\n    keywords: [tok_]\n    pattern: '(tok_[A-Za-z0-9]{24})'\n    secretGroup: 1\n    minEntropy: 3\n    examples: { match: ['tok_{random:24}'], ignore: ['tok_short'] }\n`,
  );
  repo.commit(
    {
      'src/a.js': `const a = "${allowed}"; const b = "${other}"; // leakgate:allow github.pat -- test fixture\n`,
      'src/b.py': `x = "${second}"  # gitleaks:allow\n`,
    },
    'add',
  );
  const { code, report } = scan([repo.dir, '--rules', pack, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.secret]), [['test.token', other]]);
  assert.deepEqual(
    report.suppressed.map((f) => [f.ruleId, f.path, f.suppression?.kind, f.suppression?.reason]),
    [
      ['github.pat', 'src/a.js', 'inline', 'test fixture'],
      ['github.pat', 'src/b.py', 'inline', undefined],
    ],
  );
  assert.deepEqual(report.summary.suppressed, { total: 2, baseline: 0, inline: 2, ignore: 0, example: 0, confidence: 0 });
  assert.match(textSummary([repo.dir, '--rules', pack]), /1 finding \(1 high\); 2 suppressed \(2 allowed inline\)/);
  // --no-suppress reports everything.
  assert.equal(scan([repo.dir, '--rules', pack, '--no-suppress']).report.findings.length, 3);
});

test('the same secret allowed in one place and not in another is reported (allowed only where every copy is)', (t) => {
  const repo = repoWith(t);
  const token = githubToken();
  repo.commit({ 'a.txt': `t = ${token} # leakgate:allow\n` }, 'allowed first');
  repo.commit({ 'a.txt': `t = ${token} # leakgate:allow\nagain = ${token}\n` }, 'copied without allow');
  const { report } = scan([repo.dir]);
  assert.equal(report.findings.length, 1);
  assert.equal(report.findings[0]!.line, 2);
});

test('an ignored secret stays ignored through a rebase that moves its line, a squash and a cherry-pick', (t) => {
  const repo = repoWith(t);
  const token = githubToken();
  repo.commit({ 'app/config.py': 'import os\n' }, 'base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit({ 'app/config.py': `import os\nTOKEN = "${token}"\n` }, 'add token');
  repo.commit({ 'app/other.py': 'print(1)\n' }, 'more work');
  const before = scan([repo.dir]).report;
  assert.equal(before.findings.length, 1);
  const { fingerprint } = before.findings[0]!;
  const sarifBefore = JSON.parse(runCli(['scan', repo.dir, '--format', 'sarif', '--no-progress']).stdout);
  const hashBefore = sarifBefore.runs[0].results[0].partialFingerprints.primaryLocationLineHash;

  const added = runCli(['ignore', fingerprint, '--reason', 'rotated 2024-01, test value now'], { cwd: repo.dir });
  assert.equal(added.code, 0, added.stderr);
  assert.equal(readFileSync(join(repo.dir, '.leakgateignore'), 'utf8'), `${fingerprint}  # rotated 2024-01, test value now\n`);
  const ignored = scan([repo.dir]);
  assert.equal(ignored.code, 0);
  assert.deepEqual(ignored.report.summary.suppressed, { total: 1, baseline: 0, inline: 0, ignore: 1, example: 0, confidence: 0 });
  assert.equal(ignored.report.suppressed[0]?.suppression?.reason, 'rotated 2024-01, test value now');

  // main gains lines above the secret; rebasing the feature moves the secret's line and rewrites every commit id.
  repo.git('checkout', '-q', 'main');
  repo.commit({ 'app/config.py': '"""Settings."""\n\n# more lines\nimport os\n' }, 'docstring');
  repo.git('checkout', '-q', 'feature');
  repo.git('rebase', '-q', 'main');
  repo.git('branch', '-q', '-D', 'main');
  const rebased = scan([repo.dir, '--no-suppress']).report;
  assert.equal(rebased.findings.length, 1);
  assert.equal(rebased.findings[0]!.line, 5, 'the line moved');
  assert.equal(rebased.findings[0]!.fingerprint, fingerprint, 'the fingerprint did not');
  assert.equal(scan([repo.dir]).code, 0, 'still ignored after the rebase');

  // Squash everything into one commit.
  const root = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
  repo.git('reset', '-q', '--soft', root);
  repo.commit({}, 'squashed');
  repo.git('reflog', 'expire', '--expire=now', '--all');
  repo.git('gc', '-q', '--prune=now');
  const squashed = scan([repo.dir]);
  assert.equal(squashed.code, 0, 'still ignored after the squash');
  assert.equal(squashed.report.suppressed[0]?.fingerprint, fingerprint);

  // Cherry-pick the secret onto a fresh branch.
  const commitWithSecret = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '--orphan', 'fresh');
  repo.git('rm', '-rq', '--cached', '.');
  repo.git('clean', '-fdq', '-e', '.leakgateignore');
  repo.commit({ 'README': 'fresh\n', 'app/config.py': 'import os\n' }, 'fresh start');
  repo.git('cherry-pick', commitWithSecret);
  const picked = scan([repo.dir]);
  assert.equal(picked.code, 0);
  assert.ok(picked.report.suppressed.every((f) => f.fingerprint === fingerprint));

  // The SARIF location hash is the same after all of it.
  const sarifAfter = JSON.parse(runCli(['scan', repo.dir, '--format', 'sarif', '--no-progress', '--no-suppress']).stdout);
  assert.equal(sarifAfter.runs[0].results[0].partialFingerprints.primaryLocationLineHash, hashBefore);
});

test('a different secret on an ignored line is reported: the ignore is keyed on the secret, not the line', (t) => {
  const repo = repoWith(t);
  const first = githubToken();
  repo.commit({ 'a.txt': `key = ${first}\n` }, 'one');
  const fp = scan([repo.dir]).report.findings[0]!.fingerprint;
  assert.equal(runCli(['ignore', fp], { cwd: repo.dir }).code, 0);
  const second = githubToken();
  repo.commit({ 'a.txt': `key = ${second}\n` }, 'rotate in place');
  const { code, report } = scan([repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(report.findings.map((f) => f.secret), [second]);
  assert.notEqual(report.findings[0]!.fingerprint, fp);
});

test('baseline: create, one new secret reports exactly one finding; re-create is byte-identical; update prunes', (t) => {
  const repo = repoWith(t);
  repo.commit({ 'a.env': `A=${githubToken()}\n`, 'b/c.txt': `x ${githubToken()}\ny ${githubToken()}\n` }, 'old secrets');
  const created = runCli(['baseline', 'create', '--repo', repo.dir], { cwd: repo.dir });
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /3 entries/);
  const file = join(repo.dir, '.leakgate-baseline.jsonl');
  const text = readFileSync(file, 'utf8');
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.deepEqual([...lines].sort(), lines, 'sorted');
  for (const line of lines) {
    assert.deepEqual(Object.keys(JSON.parse(line)), ['fingerprint', 'rule', 'path'], 'no line numbers, no timestamps');
  }
  assert.equal(scan([repo.dir]).code, 0, 'everything is in the baseline');

  const mtime = statSync(file).mtimeMs;
  const again = runCli(['baseline', 'create'], { cwd: repo.dir });
  assert.match(again.stdout, /\(unchanged\)/);
  assert.equal(readFileSync(file, 'utf8'), text, 'byte-identical');
  assert.equal(statSync(file).mtimeMs, mtime, 'not even rewritten');

  const fresh = githubToken();
  repo.commit({ 'new.txt': `z ${fresh}\n` }, 'new secret');
  const { code, report } = scan([repo.dir, '--baseline', file, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(report.findings.map((f) => f.secret), [fresh]);
  assert.equal(report.summary.suppressed.baseline, 3);
  assert.match(textSummary([repo.dir]), /1 finding \(1 critical\); 3 suppressed \(3 in baseline\)/);

  // update keeps what is still found (history still holds the old secrets) and drops what is gone.
  const dir = tempDir();
  t.after(() => dir.remove());
  writeFileSync(join(dir.dir, 'one.txt'), `x ${githubToken()}\n`);
  writeFileSync(join(dir.dir, 'two.txt'), `y ${githubToken()}\n`);
  assert.equal(runCli(['baseline', 'create', '--repo', dir.dir, '--no-git', join(dir.dir, 'base.jsonl')]).code, 0);
  writeFileSync(join(dir.dir, 'two.txt'), 'y = process.env.TOKEN\n');
  const updated = runCli(['baseline', 'update', '--repo', dir.dir, '--no-git', join(dir.dir, 'base.jsonl')]);
  assert.equal(updated.code, 0, updated.stderr);
  assert.match(updated.stdout, /1 kept, 1 pruned/);
  const kept = readFileSync(join(dir.dir, 'base.jsonl'), 'utf8').trimEnd().split('\n');
  assert.equal(kept.length, 1);
  assert.equal(JSON.parse(kept[0]!).path, 'one.txt');
});

test('baseline problems: a conflicted baseline and a missing --baseline file exit 2 naming the file and line', (t) => {
  const repo = repoWith(t);
  repo.commit({ 'a.txt': `x ${githubToken()}\n` }, 'one');
  writeFileSync(join(repo.dir, '.leakgate-baseline.jsonl'), '<<<<<<< HEAD\n=======\n>>>>>>> other\n');
  const conflicted = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(conflicted.code, 2);
  assert.match(conflicted.stderr, /\.leakgate-baseline\.jsonl:1: merge conflict marker/);
  // --no-suppress applies no baseline, so it does not read one: the conflicted file does not stop it.
  const unsuppressed = runCli(['scan', repo.dir, '--no-progress', '--no-suppress']);
  assert.equal(unsuppressed.code, 1, unsuppressed.stderr);
  const missing = runCli(['scan', repo.dir, '--baseline', join(repo.dir, 'nope.jsonl'), '--no-progress']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.jsonl: no such file/);
  const update = runCli(['baseline', 'update', join(repo.dir, 'absent.jsonl'), '--repo', repo.dir]);
  assert.equal(update.code, 2);
  assert.match(update.stderr, /absent\.jsonl: no such file/);
});

test('config: path and value allowlists, overrides, custom rules, failOn; --fail-on and --config override', (t) => {
  const repo = repoWith(t);
  const kept = githubToken();
  const literal = githubToken();
  const acme = `acme_${fake('{lowernum:20}')}`;
  repo.commit(
    {
      'test/fixtures/keys.txt': `${githubToken()}\n`,
      'docs/guide.md': `password = "${fake('{random:24}')}"\n`,
      'src/a.js': `t = "${kept}"\nu = "${literal}"\nv = "${acme}"\npassword = "${fake('{random:24}')}"\n`,
    },
    'mixed',
  );
  writeFileSync(
    join(repo.dir, '.leakgate.yaml'),
    `failOn: high
allowlist:
  paths: ["test/fixtures/**"]
  values: ["${literal}"]
overrides:
  generic.password-assignment:
    severity: low
    allowlist: { paths: ["docs/**"] }
  credential.key-value:
    allowlist: { paths: ["docs/**"] }
rules:
  - id: acme.key
    description: Acme key
    severity: medium
    keywords: [acme_]
    pattern: '(acme_[a-z0-9]{20})'
    secretGroup: 1
    examples: { match: ['acme_{lowernum:20}'], ignore: ['acme_short'] }
`,
  );
  const { code, report } = scan([repo.dir, '--no-redact']);
  assert.equal(code, 1, 'a critical finding is at or above failOn high');
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.severity]),
    [
      ['github.pat', 'src/a.js', 'critical'],
      ['acme.key', 'src/a.js', 'medium'],
      ['generic.password-assignment', 'src/a.js', 'low'],
    ],
  );
  assert.equal(scan([repo.dir, '--fail-on', 'critical']).code, 1);
  assert.equal(scan([repo.dir, '--fail-on', 'none']).code, 0);
  repo.commit({ 'src/a.js': `v = "${acme}"\n` }, 'remove the token');
  repo.git('reflog', 'expire', '--expire=now', '--all');
  // History still holds the token; a files-only scan sees just the medium and nothing fails at "high".
  assert.equal(scan([repo.dir, '--no-git']).code, 0);
  assert.equal(scan([repo.dir, '--no-git', '--fail-on', 'medium']).code, 1);
  // --config replaces the root config entirely.
  const other = join(repo.dir, 'other.yaml');
  writeFileSync(other, 'overrides:\n  generic.password-assignment: { disabled: true }\n  credential.key-value: { disabled: true }\n');
  const withOther = scan([repo.dir, '--config', other]).report;
  assert.deepEqual(
    withOther.findings.map((f) => [f.ruleId, f.path]),
    [
      ['github.pat', 'src/a.js'],
      ['github.pat', 'src/a.js'],
      ['github.pat', 'test/fixtures/keys.txt'],
    ],
    'no custom rule, no allowlist from the root config',
  );
});

test('config errors exit 2 listing every problem with file, line, field, value and what is accepted', (t) => {
  const repo = repoWith(t);
  repo.commit({ 'a.txt': 'nothing\n' }, 'one');
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'failOn: loud\noverrides:\n  no.such-rule: { severity: high }\n  github.pat: { severity: urgent }\n');
  const bad = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\.leakgate\.yaml:1: failOn: .*got "loud"/);
  assert.match(bad.stderr, /\.leakgate\.yaml:4: overrides\.github\.pat\.severity: .*got "urgent"/);
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'overrides:\n  no.such-rule: { severity: high }\n');
  const unknown = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /overrides\.no\.such-rule: no rule has this id/);
  const missing = runCli(['scan', repo.dir, '--config', join(repo.dir, 'absent.yaml'), '--no-progress']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /absent\.yaml: no such file/);
  assert.equal(runCli(['scan', repo.dir, '--fail-on', 'sometimes']).code, 2);
});

test('init writes a commented starter config that scans and checks clean; it will not overwrite without --force', (t) => {
  const repo = repoWith(t);
  repo.commit({ 'a.txt': 'hello\n' }, 'one');
  const init = runCli(['init'], { cwd: repo.dir });
  assert.equal(init.code, 0, init.stderr);
  const text = readFileSync(join(repo.dir, '.leakgate.yaml'), 'utf8');
  assert.match(text, /^# leakgate configuration/);
  assert.equal(runCli(['scan', repo.dir, '--no-progress']).code, 0);
  const again = runCli(['init'], { cwd: repo.dir });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists/);
  assert.equal(runCli(['init', '--force'], { cwd: repo.dir }).code, 0);
  const check = runCli(['rules', '--check'], { cwd: repo.dir });
  assert.doesNotMatch(check.stderr, /\.leakgate\.yaml/);
});

test('rules --check runs the config\'s custom rules\' examples and names the failing one', (t) => {
  const repo = repoWith(t);
  writeFileSync(
    join(repo.dir, '.leakgate.yaml'),
    `rules:
  - id: acme.key
    description: Acme key
    severity: high
    keywords: [acme_]
    pattern: '(acme_[a-z0-9]{20})'
    secretGroup: 1
    examples:
      match: ['acme_{lowernum:20}', 'ACME_{upper:20}']
      ignore: ['acme_short']
`,
  );
  const check = runCli(['rules', '--check'], { cwd: repo.dir });
  assert.match(check.stderr, /\.leakgate\.yaml: acme\.key: examples\.match\[1\] should give exactly one finding of this rule, got 0/);
  assert.doesNotMatch(check.stderr, /acme\.key: examples\.match\[0\]/);
  const list = runCli(['rules'], { cwd: repo.dir });
  assert.match(list.stdout, /^acme\.key\s+high/m);
});

test('ignore: bad fingerprints and multi-line reasons are refused; duplicates are not added twice', (t) => {
  const repo = repoWith(t);
  const fp = 'ab'.repeat(12);
  assert.equal(runCli(['ignore', 'ghp_notafingerprint'], { cwd: repo.dir }).code, 2);
  assert.equal(runCli(['ignore'], { cwd: repo.dir }).code, 2);
  assert.equal(runCli(['ignore', fp, '--reason', 'two\nlines'], { cwd: repo.dir }).code, 2);
  writeFileSync(join(repo.dir, '.leakgateignore'), `# team ignores, no trailing newline\n${'cd'.repeat(12)}`);
  assert.equal(runCli(['ignore', fp, fp.toUpperCase()], { cwd: repo.dir }).code, 0);
  assert.match(runCli(['ignore', fp], { cwd: repo.dir }).stdout, /already in/);
  assert.equal(readFileSync(join(repo.dir, '.leakgateignore'), 'utf8'), `# team ignores, no trailing newline\n${'cd'.repeat(12)}\n${fp}\n`);
  writeFileSync(join(repo.dir, '.leakgateignore'), 'not-a-fingerprint\n');
  const broken = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /\.leakgateignore:1: expected a finding fingerprint/);
});

test('gitleaks: .gitleaks.toml rules and allowlists and .gitleaksignore apply when there is no leakgate config', (t) => {
  const repo = repoWith(t);
  const key = `acme_${fake('{lowernum:24}')}`;
  const testKey = `acme_test${fake('{lowernum:19}')}`;
  const ignoredKey = `acme_${fake('{lowernum:24}')}`;
  writeFileSync(
    join(repo.dir, '.gitleaks.toml'),
    `title = "written for this test"
[extend]
useDefault = true
[[rules]]
id = "acme-key"
description = "Acme key"
regex = '''(?i)\\b(acme_[a-z0-9]{24})\\b'''
keywords = ["acme_"]
[[rules]]
id = "acme-legacy"
regex = '''legacy_[a-z]{12}'''
[[rules.required]]
id = "acme-key"
[allowlist]
paths = ['''^vendor/''']
regexes = ['''^acme_test''']
`,
  );
  repo.commit({ 'a.txt': `k = ${key}\nt = ${testKey}\n`, 'vendor/lib.txt': `k = ${key}\n`, 'b.txt': `\n\nk = ${ignoredKey}\n`, 'c.txt': `g = ${githubToken()}\n` }, 'keys');
  writeFileSync(join(repo.dir, '.gitleaksignore'), `b.txt:acme-key:3\nnot a fingerprint line\n`);
  const { code, stderr, report } = scan([repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path]), [
    ['acme-key', 'a.txt'],
    ['github.pat', 'c.txt'],
  ]);
  assert.deepEqual(report.suppressed.map((f) => [f.ruleId, f.path, f.suppression?.kind, f.suppression?.source]), [['acme-key', 'b.txt', 'ignore', '.gitleaksignore']]);
  // acme-legacy is a composite rule: without an acme-key match near it, it reports nothing (and says nothing).
  assert.doesNotMatch(stderr, /acme-legacy/);
  assert.match(stderr, /warning: \S*\.gitleaksignore:2: not a gitleaks fingerprint/);

  // A leakgate config takes over; with `extends: gitleaks` the gitleaks rules and ignores join the built-ins.
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'failOn: critical\n');
  assert.deepEqual(scan([repo.dir]).report.findings.map((f) => f.ruleId), ['github.pat']);
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'extends: gitleaks\noverrides:\n  acme-key: { severity: low }\n');
  const extended = scan([repo.dir]).report;
  assert.deepEqual(extended.findings.map((f) => [f.ruleId, f.severity]), [['acme-key', 'low'], ['github.pat', 'critical']]);
  assert.equal(extended.summary.suppressed.ignore, 1);
});

test('gitleaks: without [extend] useDefault only its own rules run; a config extending a missing file is an error', (t) => {
  const repo = repoWith(t);
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[[rules]]\nid = "only-this"\nregex = '''only_[a-z0-9]{16}'''\n`);
  repo.commit({ 'a.txt': `${githubToken()}\nonly_${fake('{lowernum:16}')}\n` }, 'one');
  assert.deepEqual(scan([repo.dir]).report.findings.map((f) => f.ruleId), ['only-this']);
  writeFileSync(join(repo.dir, '.gitleaks.toml'), 'title = "no rules at all"\n');
  const fallback = scan([repo.dir]);
  assert.deepEqual(fallback.report.findings.map((f) => f.ruleId), ['github.pat']);
  assert.match(fallback.stderr, /defines no rules.*built-in rules are used/);
  writeFileSync(join(repo.dir, '.gitleaks.toml'), '[[rules]\nid = 1\n');
  const broken = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /\.gitleaks\.toml:1:\d+: /);
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'extends: gitleaks\n');
  const dir = tempDir();
  t.after(() => dir.remove());
  writeFileSync(join(dir.dir, '.leakgate.yaml'), 'extends: gitleaks\n');
  const noFile = runCli(['scan', '--no-git', dir.dir, '--no-progress']);
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, /extends: "gitleaks" needs \.gitleaks\.toml/);
});

test('SARIF carries suppression counts, and with --show-suppressed the suppressed results with SARIF suppressions', (t) => {
  const repo = repoWith(t);
  const ignored = githubToken();
  repo.commit({ 'a.txt': `a ${githubToken()} // leakgate:allow -- sample\nb ${ignored}\nc ${githubToken()}\n` }, 'one');
  const fp = scan([repo.dir, '--no-redact']).report.findings.find((f) => f.secret === ignored)!.fingerprint;
  runCli(['ignore', fp], { cwd: repo.dir });
  const plain = JSON.parse(runCli(['scan', repo.dir, '--format', 'sarif', '--no-progress']).stdout);
  assert.equal(plain.runs[0].results.length, 1);
  assert.deepEqual(plain.runs[0].properties.suppressed, { baseline: 0, inline: 1, ignore: 1, example: 0, confidence: 0 });
  const full = JSON.parse(runCli(['scan', repo.dir, '--format', 'sarif', '--no-progress', '--show-suppressed']).stdout);
  const kinds = full.runs[0].results.map((r: { suppressions?: { kind: string; justification: string }[] }) => r.suppressions?.[0]?.kind ?? 'open');
  assert.deepEqual(kinds, ['open', 'inSource', 'external']);
  assert.match(full.runs[0].results[1].suppressions[0].justification, /leakgate:allow.*sample/);
  const text = runCli(['scan', repo.dir, '--no-progress', '--show-suppressed']).stdout;
  assert.match(text, /2 suppressed findings:\n {2}github\.pat {2}a\.txt:1:\d+ .*allowed inline \(leakgate:allow\): sample\n {2}github\.pat {2}a\.txt:2:\d+ .*ignored \(\.leakgateignore\)/);
});

const ownHistory = spawnSync('git', ['-C', ROOT, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' });
const ownHistorySkip =
  ownHistory.status !== 0 ? 'this checkout is not a git repository' : ownHistory.stdout.trim() === 'true' ? 'this checkout is shallow: its history is not all here' : false;

test('our own repository: a full-history scan of every ref comes out clean (test secrets are made at run time)', { skip: ownHistorySkip }, () => {
  const { code, stdout, stderr } = runCli(['scan', ROOT, '--no-cache', '--format', 'json']);
  const report = JSON.parse(stdout) as { findings: { ruleId: string; path: string; commit?: { id: string } }[] };
  assert.deepEqual(
    report.findings.map((f) => `${f.ruleId} ${f.path} ${f.commit?.id ?? ''}`),
    [],
    'a literal that looks like a secret was committed; generate it at run time with test/helpers/secrets.ts',
  );
  assert.equal(code, 0, stderr);
});

test('our own repository: the config allowlists rules/ and test/fixtures/ by path and nothing else', () => {
  const text = readFileSync(join(ROOT, '.leakgate.yaml'), 'utf8');
  assert.match(text, /paths:\s*\n\s*- "rules\/\*\*"\n\s*- "test\/fixtures\/\*\*"\n/);
  assert.ok(existsSync(join(ROOT, 'rules')));
  const check = runCli(['rules'], { cwd: ROOT });
  assert.equal(check.code, 0, check.stderr);
});
