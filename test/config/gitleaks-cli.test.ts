// gitleaks and betterleaks configs through the CLI on throwaway repositories: each construct of their format, with
// synthetic configs written for these tests and secrets generated at run time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scanJson } from '../helpers/cli.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';

function repoWith(t: { after(fn: () => void): void }, config: string): TestRepo {
  const repo = createRepo();
  t.after(() => repo.remove());
  writeFileSync(join(repo.dir, '.gitleaks.toml'), config);
  return repo;
}

const places = (findings: readonly { ruleId: string; path: string }[]): string[] => findings.map((f) => `${f.ruleId} ${f.path}`).sort();
const acme = (): string => `acme_${fake('{lowernum:24}')}`;

test('rules: secretGroup, path, and allowlists on the secret, the whole match and the line, stopwords, AND with a path', (t) => {
  const repo = repoWith(
    t,
    `title = "written for this test"
[[rules]]
id = "acme-key"
regex = '''(?i)acme_key\\s*=\\s*"?(acme_[a-z0-9]{24})'''
secretGroup = 1
keywords = ["acme_"]
  [[rules.allowlists]]
  regexes = ['''^acme_test''']
  [[rules.allowlists]]
  regexTarget = "match"
  regexes = ['''(?i)^acme_key="''']
  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''#\\s*fixture''']
  [[rules.allowlists]]
  stopwords = ["ZEBRA"]
  [[rules.allowlists]]
  condition = "AND"
  paths = ['''^docs/''']
  regexTarget = "line"
  regexes = ['''legacy''']

[[rules]]
id = "zz-in-cfg"
regex = '''zz_[0-9a-f]{12}'''
path = '''\\.cfg$'''
`,
  );
  repo.commit(
    {
      'a.txt': `acme_key = ${acme()}\nacme_key = acme_test${fake('{lowernum:20}')}\n`,
      'b.txt': `ACME_KEY="${acme()}"\n`,
      'c.txt': `acme_key = ${acme()} # fixture\n`,
      'd.txt': `acme_key = acme_zebra${fake('{lowernum:19}')}\n`,
      'docs/e.txt': `acme_key = ${acme()} legacy\n`,
      'f.txt': `acme_key = ${acme()} legacy\n`,
      'docs/g.txt': `acme_key = ${acme()}\n`,
      'x.cfg': `zz_${fake('{hex:12}')}\n`,
      'x.txt': `zz_${fake('{hex:12}')}\n`,
    },
    'keys',
  );
  const { code, report } = scanJson([repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(places(report.findings), ['acme-key a.txt', 'acme-key docs/g.txt', 'acme-key f.txt', 'zz-in-cfg x.cfg']);
  // The secret group is what is reported, not the whole match.
  assert.ok(report.findings.filter((f) => f.ruleId === 'acme-key').every((f) => /^acme_[a-z0-9]{24}$/.test(f.secret)));
});

test('global allowlists: paths never scanned, a line regex for every rule, an AND allowlist for its targetRules only', (t) => {
  const repo = repoWith(
    t,
    `[extend]
useDefault = true
[[rules]]
id = "acme-key"
regex = '''acme_[a-z0-9]{24}'''
[[allowlists]]
paths = ['''^vendor/''']
regexTarget = "line"
regexes = ['''(?i)do-not-report''']
[[allowlists]]
targetRules = ["acme-key"]
condition = "AND"
paths = ['''^fixtures/''']
stopwords = ["fixture"]
`,
  );
  const token = githubToken();
  repo.commit(
    {
      'vendor/a.txt': `${acme()}\n${token}\n`,
      'b.txt': `${acme()} do-not-report\n${token} # DO-NOT-REPORT\n`,
      'fixtures/c.txt': `acme_fixture${fake('{lowernum:17}')}\n${acme()}\n`,
      'd.txt': `acme_fixture${fake('{lowernum:17}')}\n`,
      'e.txt': `${token}\n`,
    },
    'keys',
  );
  const { report } = scanJson([repo.dir]);
  assert.deepEqual(places(report.findings), ['acme-key d.txt', 'acme-key fixtures/c.txt', 'github.pat e.txt']);
  // The allowed fixture key is not reported, the other key in the same file is.
  assert.equal(report.findings.find((f) => f.path === 'fixtures/c.txt')?.line, 2);
});

test('composite rules: the primary reports only with its required rules near enough; skipReport rules never report alone', (t) => {
  const repo = repoWith(
    t,
    `[[rules]]
id = "acme-client-secret"
regex = '''client_secret\\s*=\\s*([a-z0-9]{32})'''
keywords = ["client_secret"]
  [[rules.required]]
  id = "acme-client-id"
  withinLines = 2
[[rules]]
id = "acme-client-id"
regex = '''client_id\\s*=\\s*(acme[0-9]{8})'''
keywords = ["client_id"]
skipReport = true
[[rules]]
id = "acme-pair-b"
regex = '''pair_b=([a-z0-9]{20})'''
  [[rules.required]]
  id = "acme-pair-a"
  withinColumns = 5
[[rules]]
id = "acme-pair-a"
regex = '''pair_a=([a-z0-9]{20})'''
[[rules]]
id = "acme-webhook"
regex = '''hook_[a-z0-9]{16}'''
  [[rules.required]]
  id = "acme-region"
[[rules]]
id = "acme-region"
regex = '''(?:us|eu)-(?:east|west)-[0-9]'''
keywords = ["region"]
`,
  );
  const id = (): string => `client_id = acme${fake('{digits:8}')}`;
  const secret = (): string => `client_secret = ${fake('{lowernum:32}')}`;
  const pair = (name: string): string => `pair_${name}=${fake('{lowernum:20}')}`;
  repo.commit(
    {
      'near.txt': `${id()}\n\n${secret()}\n`,
      'far.txt': `${id()}\n\n\n\n${secret()}\n`,
      'alone.txt': `${secret()}\n`,
      'cols.txt': `${pair('a')}\n  ${pair('b')}\n`,
      'cols-far.txt': `${pair('a')}\n${' '.repeat(20)}${pair('b')}\n`,
      // A required rule runs for its composite rule whatever its keywords (as in gitleaks), and alone only with them.
      'zone.txt': `hook_${fake('{lowernum:16}')}\nzone = us-east-1\n`,
      'region.txt': `region = eu-west-1\n`,
    },
    'pairs',
  );
  const { report } = scanJson([repo.dir]);
  assert.deepEqual(places(report.findings), [
    'acme-client-secret near.txt',
    'acme-pair-a cols-far.txt',
    'acme-pair-a cols.txt',
    'acme-pair-b cols.txt',
    'acme-region region.txt',
    'acme-webhook zone.txt',
  ]);

  // In a hook too: the required rule's match on an unchanged line counts, the staged secret is blocked.
  repo.commit({ 'hook.txt': `${id()}\n` }, 'id only');
  repo.write('hook.txt', `${id()}\n${secret()}\n`);
  repo.git('add', 'hook.txt');
  const staged = runCli(['scan', '--staged', repo.dir, '--no-progress', '--format', 'json'], { cwd: repo.dir });
  assert.equal(staged.code, 1, staged.stderr);
  assert.deepEqual(places(JSON.parse(staged.stdout).findings), ['acme-client-secret hook.txt']);

  // Anywhere in the file when no proximity is given, also far from the staged change (the hook scans such a file whole).
  writeFileSync(
    join(repo.dir, '.gitleaks.toml'),
    `[[rules]]\nid = "acme-client-secret"\nregex = '''client_secret\\s*=\\s*([a-z0-9]{32})'''\n  [[rules.required]]\n  id = "acme-client-id"\n[[rules]]\nid = "acme-client-id"\nregex = '''client_id\\s*=\\s*(acme[0-9]{8})'''\nskipReport = true\n`,
  );
  const filler = Array.from({ length: 3000 }, (_, i) => `filler line ${i} of plain words`).join('\n');
  repo.commit({ 'far-hook.txt': `${id()}\n${filler}\n` }, 'id far away');
  repo.write('far-hook.txt', `${id()}\n${filler}\n${secret()}\n`);
  repo.git('add', 'far-hook.txt');
  const farStaged = runCli(['scan', '--staged', repo.dir, '--no-progress', '--format', 'json'], { cwd: repo.dir });
  assert.equal(farStaged.code, 1, farStaged.stderr);
  assert.deepEqual(places(JSON.parse(farStaged.stdout).findings), ['acme-client-secret far-hook.txt']);
  repo.git('reset', '-q', '--hard');

  // A required rule that is not in effect is an error, not a rule that never reports.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[[rules]]\nid = "p"\nregex = '''p_[a-z]{8}'''\n  [[rules.required]]\n  id = "nope"\n`);
  const missing = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /\.gitleaks\.toml: rule p: required\[0\]\.id: "nope" is not a rule in effect/);
});

test('path-only rules report the file itself; their path and commit allowlists apply', (t) => {
  const repo = repoWith(
    t,
    `[[rules]]
id = "pkcs12-file"
description = "PKCS#12 file"
path = '''\\.p12$'''
  [[rules.allowlists]]
  paths = ['''^test/''']
[[rules]]
id = "acme-key"
regex = '''acme_[a-z0-9]{24}'''
`,
  );
  repo.commit({ 'certs/a.p12': 'not really a keystore\n', 'test/b.p12': 'a test keystore\n', 'c.txt': `${acme()}\n` }, 'files');
  const { code, report } = scanJson([repo.dir]);
  assert.equal(code, 1);
  assert.deepEqual(places(report.findings), ['acme-key c.txt', 'pkcs12-file certs/a.p12']);
  // A commit allowlist drops a file where every commit that brought that version there is listed.
  const second = repo.commit({ 'certs/c.p12': 'another one\n' }, 'more files');
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[[rules]]\nid = "pkcs12-file"\npath = '''\\.p12$'''\n  [[rules.allowlists]]\n  commits = ["${second}"]\n`);
  assert.deepEqual(places(scanJson([repo.dir]).report.findings), ['pkcs12-file certs/a.p12', 'pkcs12-file test/b.p12']);
  // Content criteria have nothing to match on a path-only rule: an error, not a silent no-op.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[[rules]]\nid = "f"\npath = '''\\.p12$'''\nkeywords = ["p12"]\n  [[rules.allowlists]]\n  stopwords = ["x"]\n`);
  const bad = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /rules\[0\] \(f\)\.allowlists: a rule with only a path reports files/);
  assert.match(bad.stderr, /rules\[0\] \(f\)\.keywords: a rule with only a path \(no regex\) takes no keywords/);
});

test('commit allowlists: a secret is dropped only where every commit that introduced it is listed; not in directory scans', (t) => {
  const repo = repoWith(t, 'title = "replaced below"\n');
  const first = acme();
  const second = acme();
  const one = repo.commit({ 'a.txt': `${first}\n` }, 'one');
  const two = repo.commit({ 'b.txt': `${second}\n` }, 'two');
  const config = (commits: string[]): string =>
    `[[rules]]\nid = "acme-key"\nregex = '''acme_[a-z0-9]{24}'''\n  [[rules.allowlists]]\n  commits = [${commits.map((c) => `"${c.toUpperCase()}"`).join(', ')}]\n`;
  writeFileSync(join(repo.dir, '.gitleaks.toml'), config([one]));
  assert.deepEqual(scanJson([repo.dir]).report.findings.map((f) => `${f.path} ${f.commit?.id}`), [`b.txt ${two}`]);
  // The same content brought in again by a commit that is not listed is reported there.
  const three = repo.commit({ 'c.txt': `${first}\n` }, 'three');
  assert.deepEqual(scanJson([repo.dir]).report.findings.map((f) => `${f.path} ${f.commit?.id}`).sort(), [`b.txt ${two}`, `c.txt ${three}`].sort());
  // A global allowlist's commits, likewise.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[[rules]]\nid = "acme-key"\nregex = '''acme_[a-z0-9]{24}'''\n[[allowlists]]\ncommits = ["${two}", "${three}"]\n`);
  assert.deepEqual(scanJson([repo.dir]).report.findings.map((f) => f.path), ['a.txt']);
  // Files on disk have no commit: nothing is allowed by one (c.txt holds a.txt's content: another occurrence).
  const onDisk = scanJson(['--no-git', repo.dir]).report.findings;
  assert.deepEqual(places(onDisk), ['acme-key a.txt', 'acme-key b.txt']);
  assert.equal(onDisk.find((f) => f.path === 'a.txt')?.otherOccurrences, 1);
  // A short id never matches (gitleaks compares whole ids): said once.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), config([one.slice(0, 12)]));
  assert.match(runCli(['scan', repo.dir, '--no-progress']).stderr, /allowlists\[0\]\.commits\[0\]: "[0-9a-f]{12}" is not a full commit id/);
});

test('[extend]: a base file by path, rules of the same id merged, disabledRules; useDefault rules take allowlists by built-in id', (t) => {
  const repo = repoWith(t, '');
  writeFileSync(
    join(repo.dir, 'base.toml'),
    `[[rules]]\nid = "one"\nregex = '''one_[a-z]{12}'''\n[[rules]]\nid = "two"\nregex = '''two_[a-z]{12}'''\n[[rules]]\nid = "three"\nregex = '''three_[a-z]{12}'''\n`,
  );
  writeFileSync(
    join(repo.dir, '.gitleaks.toml'),
    `[extend]\npath = "base.toml"\ndisabledRules = ["three"]\n[[rules]]\nid = "one"\n  [[rules.allowlists]]\n  paths = ['''^ok/''']\n`,
  );
  const words = (prefix: string): string => `${prefix}_${fake('{lower:12}')}`;
  repo.commit({ 'a.txt': `${words('one')}\n${words('two')}\n${words('three')}\n`, 'ok/b.txt': `${words('one')}\n${words('two')}\n` }, 'words');
  assert.deepEqual(places(scanJson([repo.dir]).report.findings), ['one a.txt', 'two a.txt', 'two ok/b.txt']);
  // The remembered parse holds only while the base file is unchanged: a change there is read (and its warnings shown).
  writeFileSync(join(repo.dir, 'base.toml'), `[[rules]]\nid = "one"\nregex = '''one_[a-z]{12}'''\n  [[rules.allowlists]]\n  commits = ["abc1234"]\n`);
  const changed = scanJson([repo.dir]);
  assert.deepEqual(places(changed.report.findings), ['one a.txt']);
  assert.match(changed.stderr, /base\.toml: rules\[0\] \(one\)\.allowlists\[0\]\.commits\[0\]: "abc1234" is not a full commit id/);

  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[extend]\nuseDefault = true\n[[rules]]\nid = "github.pat"\n  [[rules.allowlists]]\n  paths = ['''^ok/''']\n`);
  repo.commit({ 'c.txt': `${githubToken()}\n`, 'ok/d.txt': `${githubToken()}\n` }, 'tokens');
  assert.deepEqual(places(scanJson([repo.dir]).report.findings), ['github.pat c.txt']);

  // A rule of its own with a built-in rule's id would be two rules of one id: an error saying what to do.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[extend]\nuseDefault = true\n[[rules]]\nid = "github.pat"\nregex = '''x_[a-z]{9}'''\n`);
  const clash = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(clash.code, 2);
  assert.match(clash.stderr, /rules \(github\.pat\): "github\.pat" is a leakgate built-in rule; expected another id/);
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[extend]\nuseDefault = true\ndisabledRules = ["github.pat"]\n[[rules]]\nid = "github.pat"\nregex = '''ghp_[A-Za-z0-9]{36}'''\n  [[rules.allowlists]]\n  paths = ['''^ok/''']\n`);
  assert.deepEqual(places(scanJson([repo.dir]).report.findings), ['github.pat c.txt']);

  // gitleaks' own rule ids are not leakgate's: adding to one that is not here is an error naming it.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `[extend]\nuseDefault = true\n[[rules]]\nid = "gitlab-pat"\n  [[rules.allowlists]]\n  regexTarget = "line"\n  regexes = ['''x''']\n`);
  const missing = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /rules\[0\] \(gitlab-pat\): no regex or path, and no rule "gitlab-pat" to add to/);
});

test('what leakgate cannot honour exactly is an error naming file, field and value; warnings are shown once per config change', (t) => {
  const repo = repoWith(t, '');
  repo.commit({ 'a.txt': `${acme()}\n` }, 'one');
  const errorOf = (config: string): string => {
    writeFileSync(join(repo.dir, '.gitleaks.toml'), config);
    const result = runCli(['scan', repo.dir, '--no-progress']);
    assert.equal(result.code, 2, config);
    return result.stderr;
  };
  const rule = `[[rules]]\nid = "acme-key"\nregex = '''acme_[a-z0-9]{24}'''\n`;
  assert.match(errorOf(`${rule}filter = '''finding["secret"] == "x"'''\n`), /\.gitleaks\.toml: rules\[0\] \(acme-key\)\.filter: betterleaks CEL filters cannot be evaluated/);
  assert.match(errorOf(`${rule}tokenEfficiency = true\n`), /rules\[0\] \(acme-key\)\.tokenEfficiency: .*, got true/);
  assert.match(errorOf(`prefilter = "true"\n${rule}`), /\.gitleaks\.toml: prefilter: betterleaks CEL prefilters/);
  assert.match(errorOf(`${rule}report = false\n`), /rules\[0\] \(acme-key\)\.report: not a field of a gitleaks config here; expected one of .*skipReport/);
  assert.match(errorOf(`${rule}  [[rules.allowlists]]\n  regexTarget = "secrets"\n  regexes = ['''x''']\n`), /regexTarget: expected "secret", "match" or "line", got "secrets"/);
  assert.match(errorOf(`${rule}  [[rules.allowlists]]\n  condition = "XOR"\n  paths = ['''x''']\n`), /condition: expected "OR" or "AND", got "XOR"/);
  assert.match(errorOf(`${rule}  [[rules.allowlists]]\n  description = "empty"\n  paths = []\n`), /allowlists\[0\]: an allowlist needs at least one of paths, regexes, stopwords or commits/);
  assert.match(errorOf(`${rule}  [[rules.allowlists]]\n  regexes = ['''a(?i:b)c''']\n`), /allowlists\[0\]\.regexes\[0\]: .*would allow more than the pattern says/);
  assert.match(errorOf(`${rule}  [[rules.required]]\n  id = "acme-key"\n  withinLines = -1\n`), /required\[0\]\.withinLines: expected a whole number from 0/);
  assert.match(errorOf(`[extend]\nuseDefault = true\npath = "x.toml"\n`), /extend\.path: useDefault and path cannot be used together/);
  // A pattern leakgate cannot run is an error naming the rule, never a rule dropped with a warning.
  assert.match(errorOf(`[[rules]]\nid = "odd"\nregex = '''a(?=b)'''\n`), /rules\[0\] \(odd\)\.regex: .*expected a Go regular expression leakgate can run/);

  // betterleaks' validate changes nothing a scan reports: a warning, shown when the config changes, not every run.
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `${rule}validate = '''true'''\n`);
  const first = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(first.code, 1);
  assert.match(first.stderr, /warning: \S*\.gitleaks\.toml: rules\[0\] \(acme-key\)\.validate: leakgate does not call providers/);
  const again = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(again.code, 1);
  assert.doesNotMatch(again.stderr, /warning/);
  writeFileSync(join(repo.dir, '.gitleaks.toml'), `# changed\n${rule}validate = '''true'''\n`);
  assert.match(runCli(['scan', repo.dir, '--no-progress']).stderr, /validate: leakgate does not call providers/);
});

test('hostile configs: odd TOML values and shapes are errors, never a crash', (t) => {
  const repo = repoWith(t, '');
  repo.commit({ 'a.txt': 'nothing\n' }, 'one');
  for (const config of [
    `[[rules]]\nid = "x"\nregex = '''x'''\nallowlists = "no"\n`,
    `[[rules]]\nid = "x"\nregex = '''x'''\nrequired = [1, 2]\n`,
    `[[rules]]\nid = "x"\nregex = '''x'''\nskipReport = "yes"\n`,
    `[[rules]]\nid = "x"\nregex = '''x'''\n[[rules.allowlists]]\ncommits = [1]\n`,
    `[[allowlists]]\ntargetRules = ["missing"]\npaths = ['''x''']\n[[rules]]\nid = "x"\nregex = '''x'''\n`,
    `rules = 3\n`,
    `[[rules]]\nid = "x"\nregex = '''\\u0000[\\x00-\\xff]'''\nsecretGroup = 1.5\n`,
  ]) {
    writeFileSync(join(repo.dir, '.gitleaks.toml'), config);
    const result = runCli(['scan', repo.dir, '--no-progress']);
    assert.equal(result.code, 2, `${config}\n${result.stderr}`);
    assert.match(result.stderr, /\.gitleaks\.toml: /, config);
    assert.doesNotMatch(result.stderr, /\n\s+at /, config);
  }
});

test('overlapping rules: a gitleaks "generic" rule gives way, betterleaks specificity ranks the others', (t) => {
  const repo = repoWith(
    t,
    `betterleaksMinVersion = "1.0.0"
[[rules]]
id = "acme-generic-assignment"
regex = '''key\\s*=\\s*([a-z0-9_]{20,})'''
[[rules]]
id = "acme-key"
regex = '''acme_[a-z0-9]{24}'''
[[rules]]
id = "a-low"
regex = '''tok_[a-z0-9]{20}'''
specificity = 10
[[rules]]
id = "z-high"
regex = '''tok_[a-z0-9]{20}'''
specificity = 20
`,
  );
  repo.commit({ 'a.txt': `key = ${acme()}\n`, 'b.txt': `key = plain_${fake('{lowernum:20}')}\n`, 'c.txt': `tok_${fake('{lowernum:20}')}\n` }, 'keys');
  assert.deepEqual(places(scanJson([repo.dir]).report.findings), ['acme-generic-assignment b.txt', 'acme-key a.txt', 'z-high c.txt']);
});

test('a catastrophic allowlist pattern cannot open the gate: the hook never passes the staged secret', (t) => {
  const repo = repoWith(t, `[[rules]]\nid = "acme-key"\nregex = '''acme_[a-z0-9]{24}'''\n  [[rules.allowlists]]\n  regexTarget = "line"\n  regexes = ['''(a+)+$''']\n`);
  repo.commit({ 'r.txt': 'readme\n' }, 'init');
  repo.write('a.txt', `${acme()} ${'a'.repeat(40)}!\n`);
  repo.git('add', 'a.txt');
  const result = runCli(['scan', '--staged', repo.dir, '--no-progress', '--blob-timeout', '1000'], { cwd: repo.dir });
  // Stopped on the blob (exit 2, could not look) or, on an engine that cannot backtrack, reported (exit 1): never 0.
  assert.notEqual(result.code, 0, result.stderr);
  if (result.code === 2) assert.match(result.stderr, /regex-timeout: rule acme-key/);
  else assert.equal(result.code, 1, result.stderr);
});
