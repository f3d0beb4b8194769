import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import { parseGitleaksConfig } from '../../src/config/gitleaks.js';
import { translateGoRegex } from '../../src/config/go-regex.js';
import { createDetector } from '../../src/engine/detect.js';
import { compilePathTests } from '../../src/engine/paths.js';
import { tempDir } from '../helpers/repo.js';
import { fake } from '../helpers/secrets.js';

test('Go regexes become JavaScript regexes: flags, named groups, anchors, POSIX classes, quoting', () => {
  const cases: [string, string, string][] = [
    ['(?i)abc', 'abc', 'i'],
    ['(?i)(?s)a.b', 'a.b', 'is'],
    ['(?P<key>[a-z]+)', '(?<key>[a-z]+)', ''],
    ['\\Aabc\\z', '(?<![\\s\\S])abc(?![\\s\\S])', ''],
    ['[[:alnum:]_]{4}', '[0-9A-Za-z_]{4}', ''],
    ['[^[:space:]]+', '[^\\t\\n\\v\\f\\r ]+', ''],
    ['\\Qa.b*c\\E+', 'a\\.b\\*c+', ''],
    ['\\x{41}', '\\u0041', ''],
    ['[]a]', '[\\]a]', ''],
    ['x(?i:ab)y', 'x(?:ab)y', 'i'],
  ];
  for (const [go, source, flags] of cases) {
    const t = translateGoRegex(go);
    assert.equal(t.source, source, go);
    assert.equal(t.flags, flags, go);
  }
  assert.match(translateGoRegex('x(?i:ab)y').note ?? '', /whole pattern/);
  for (const bad of ['(?U)a+', 'a(?-i)b', '\\pL+', '[[:nope:]]', '(unclosed']) {
    assert.throws(() => translateGoRegex(bad), Error, bad);
  }
});

const CONFIG = `title = "test config written for leakgate's tests"

[extend]
useDefault = true
disabledRules = ["some-default-rule"]

[[rules]]
id = "acme-key"
description = "Acme key"
regex = '''(?i)\\b(acme_[a-z0-9]{24})\\b'''
keywords = ["ACME_"]
entropy = 3.0
tags = ["acme"]

[[rules]]
id = "zz-in-cfg"
regex = '''(?P<key>zz_[0-9a-f]{12})'''
path = '''(?i)\\.cfg$'''
secretGroup = 1
  [[rules.allowlists]]
  stopwords = ["DEAD"]
  [[rules.allowlists]]
  paths = ['''^legacy/''']
  regexTarget = "line"
  regexes = ['''ignored-because-line-target''']

[[rules]]
id = "file-only"
path = '''\\.p12$'''

[[rules]]
id = "composite"
regex = '''qq_[a-z]{10}'''
report = false
  [[rules.required]]
  id = "acme-key"

[allowlist]
paths = ['''^vendor/''']
regexes = ['''(?i)^acme_test''']
commits = ["0123456789abcdef"]

[[allowlists]]
targetRules = ["acme-key", "nope"]
condition = "AND"
paths = ['''^a/''']
regexes = ['''b''']

[[allowlists]]
targetRules = ["zz-in-cfg"]
regexes = ['''^zz_0{4}''']
`;

test('a gitleaks config: rules, allowlists and extend translated; every unsupported field is a warning', () => {
  const g = parseGitleaksConfig(CONFIG, '.gitleaks.toml');
  assert.equal(g.useDefault, true);
  assert.deepEqual(g.disabledRules, ['some-default-rule']);
  assert.deepEqual(g.rules.map((r) => r.id), ['acme-key', 'zz-in-cfg', 'composite']);
  const acme = g.rules[0]!;
  assert.equal(acme.flags, 'i');
  assert.equal(acme.secretGroup, 1);
  assert.equal(acme.minEntropy, 3);
  assert.deepEqual(acme.keywords, ['acme_']);
  assert.deepEqual(acme.tags, ['acme']);
  const zz = g.rules[1]!;
  assert.deepEqual(zz.pathRegexes, ['(?i)\\.cfg$']);
  assert.deepEqual(zz.allowValues, ['(?i)dead']);
  assert.deepEqual(zz.excludePathRegexes, ['^legacy/']);
  assert.deepEqual(g.allowlists, [
    { pathRegexes: ['^vendor/'], valueRegexes: ['(?i)^acme_test'] },
    { pathRegexes: [], valueRegexes: ['^zz_0{4}'], targetRules: ['zz-in-cfg'] },
  ]);
  const warnings = g.warnings.join('\n');
  for (const re of [
    /rules\[1\] \(zz-in-cfg\)\.allowlists\[1\]\.regexTarget: regexTarget "line" is not supported/,
    /rules\[2\] \(file-only\): rules with only a `path`/,
    /rules\[3\] \(composite\)\.report: not supported by leakgate; ignored/,
    /rules\[3\] \(composite\)\.required: composite rules are not supported/,
    /allowlist\.commits: commit allowlists are not supported/,
    /allowlists\[0\]\.condition: an AND allowlist over several criteria is not supported; the allowlist is ignored/,
  ]) {
    assert.match(warnings, re);
  }
});

test('translated rules find what gitleaks would, in the paths it would', async () => {
  const g = parseGitleaksConfig(CONFIG, '.gitleaks.toml');
  const detector = createDetector(g.rules);
  const key = `acme_${fake('{lowernum:24}')}`;
  const zz = `zz_${fake('{hex:12}')}`;
  const text = `a = ${key.toUpperCase()}\nb = ${zz}\nc = zz_0dead0000000\n`;
  const matches = detector.scan({ id: 'b', bytes: Buffer.from(text) }).matches;
  assert.deepEqual(matches.map((m) => m.secret).sort(), [key.toUpperCase(), zz].sort());
  const tests = await compilePathTests(g.rules);
  const inPath = tests.get('zz-in-cfg')!;
  assert.equal(inPath('conf/app.CFG'), true);
  assert.equal(inPath('conf/app.txt'), false);
  assert.equal(inPath('legacy/app.cfg'), false);
});

test('type errors are ConfigErrors listing every problem; TOML syntax errors name the line', () => {
  assert.throws(
    () =>
      parseGitleaksConfig(
        `[extend]\nuseDefault = "yes"\n[[rules]]\ndescription = "no id"\n[[rules]]\nid = "x"\nregex = 42\nentropy = "high"\nkeywords = "one"\n[[rules]]\nid = "g"\nregex = '''(a)'''\nsecretGroup = 3\n`,
        '.gitleaks.toml',
      ),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      const m = error.message;
      assert.match(m, /\.gitleaks\.toml: extend\.useDefault: expected true or false, got "yes"/);
      assert.match(m, /rules\[0\]\.id: expected a rule id/);
      assert.match(m, /rules\[1\] \(x\)\.regex: expected a string, got 42/);
      assert.match(m, /rules\[1\] \(x\)\.entropy: expected a number from 0 to 8, got "high"/);
      assert.match(m, /rules\[1\] \(x\)\.keywords: expected an array of strings, got "one"/);
      assert.match(m, /rules\[2\] \(g\)\.secretGroup: expected a group number from 0 to 1, got 3/);
      return true;
    },
  );
  assert.throws(() => parseGitleaksConfig('[[rules]]\nid = "a"\nregex = \'\'\'x\n', '.gitleaks.toml'), /\.gitleaks\.toml:\d+:\d+: /);
  assert.throws(() => parseGitleaksConfig('\u0000\u00ff = [', '.gitleaks.toml'), ConfigError);
});

test('[extend] path: the base file is read relative to the config; the extending rules win', (t) => {
  const tmp = tempDir();
  t.after(() => tmp.remove());
  mkdirSync(join(tmp.dir, 'base'));
  writeFileSync(join(tmp.dir, 'base', 'base.toml'), `[[rules]]\nid = "one"\nregex = '''one_[a-z]{8}'''\n[[rules]]\nid = "two"\nregex = '''two_[a-z]{8}'''\n[[rules]]\nid = "three"\nregex = '''three_[a-z]{8}'''\n[allowlist]\nstopwords = ["fixture"]\n`);
  const file = join(tmp.dir, '.gitleaks.toml');
  const g = parseGitleaksConfig(`[extend]\npath = "base/base.toml"\ndisabledRules = ["three"]\n[[rules]]\nid = "two"\nregex = '''two_[0-9]{8}'''\n`, '.gitleaks.toml', file);
  assert.deepEqual(g.rules.map((r) => `${r.id} ${r.pattern}`), ['one one_[a-z]{8}', 'two two_[0-9]{8}']);
  assert.equal(g.allowlists.length, 1);
  assert.throws(() => parseGitleaksConfig('[extend]\npath = "missing.toml"\n', '.gitleaks.toml', file), /extend\.path: cannot read missing\.toml: ENOENT/);
});
