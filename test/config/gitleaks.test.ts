import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import { parseGitleaksConfig } from '../../src/config/gitleaks.js';
import { translateGoRegex } from '../../src/config/go-regex.js';
import { createDetector } from '../../src/engine/detect.js';
import type { RuleSpec } from '../../src/core/rule.js';
import { compilePathTests } from '../../src/engine/paths.js';
import { tempDir } from '../helpers/repo.js';
import { fake } from '../helpers/secrets.js';
import { loadRe2 } from '../../src/patterns/re2.js';

// Rules' regexes are compiled with the RE2 engine, which the settings loader loads first.
await loadRe2();

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
  [[rules.allowlists]]
  condition = "AND"
  paths = ['''^old/''']
  regexTarget = "line"
  regexes = ['''(?s)keep.me''']

[[rules]]
id = "file-only"
path = '''\\.p12$'''

[[rules]]
id = "composite"
regex = '''qq_[a-z]{10}'''
  [[rules.required]]
  id = "acme-key"
  withinLines = 3
  [[rules.required]]
  id = "aux"
  withinColumns = 10

[[rules]]
id = "aux"
regex = '''(aux)_([0-9]{6})?'''
skipReport = true

[[allowlists]]
paths = ['''^vendor/''']
regexes = ['''(?i)^acme_test''']
commits = ["0123456789abcdef0123456789abcdef01234567"]

[[allowlists]]
targetRules = ["acme-key"]
condition = "AND"
paths = ['''^a/''']
regexes = ['''b''']
`;

test('a gitleaks config: rules, allowlists, composite rules, path-only rules and extend kept whole', () => {
  const g = parseGitleaksConfig(CONFIG, '.gitleaks.toml');
  assert.equal(g.useDefault, true);
  assert.deepEqual(g.disabledRules, ['some-default-rule']);
  assert.deepEqual(g.rules.map((r) => r.id), ['acme-key', 'zz-in-cfg', 'file-only', 'composite', 'aux']);
  const [acme, zz, fileOnly, composite, aux] = g.rules as [RuleSpec, RuleSpec, RuleSpec, RuleSpec, RuleSpec];
  // The regex is kept as written, in Go syntax, and runs on RE2.
  assert.equal(acme.pattern, '(?i)\\b(acme_[a-z0-9]{24})\\b');
  assert.equal(acme.syntax, 're2');
  assert.equal(acme.flags, '');
  // No secretGroup and groups: the first group that matched text, as gitleaks.
  assert.equal(acme.secretGroup, -1);
  assert.equal(acme.minEntropy, 3);
  assert.deepEqual(acme.keywords, ['acme_']);
  assert.deepEqual(acme.tags, ['acme']);
  assert.deepEqual(zz.pathRegexes, ['(?i)\\.cfg$']);
  assert.equal(zz.secretGroup, 1);
  // An OR allowlist's paths are the rule's own path test; the rest is kept whole.
  assert.deepEqual(zz.excludePathRegexes, ['^legacy/']);
  assert.deepEqual(zz.allowlists, [
    { condition: 'or', regexTarget: 'secret', regexes: [], stopwords: ['dead'], paths: [], commits: [] },
    { condition: 'and', regexTarget: 'line', regexes: ['(?s)keep.me'], stopwords: [], paths: ['^old/'], commits: [] },
  ]);
  assert.equal(fileOnly.detector, 'file');
  assert.deepEqual(fileOnly.pathRegexes, ['\\.p12$']);
  assert.deepEqual(composite.required, [{ id: 'acme-key', withinLines: 3 }, { id: 'aux', withinColumns: 10 }]);
  assert.equal(aux.skipReport, true);
  assert.deepEqual(g.allowlists, [
    {
      skipPaths: ['^vendor/'],
      allowlist: { condition: 'or', regexTarget: 'secret', regexes: ['(?i)^acme_test'], stopwords: [], paths: [], commits: ['0123456789abcdef0123456789abcdef01234567'] },
    },
    {
      skipPaths: [],
      allowlist: { condition: 'and', regexTarget: 'secret', regexes: ['b'], stopwords: [], paths: ['^a/'], commits: [] },
      targetRules: ['acme-key'],
    },
  ]);
  assert.deepEqual(g.warnings, []);
});

test('translated rules find what gitleaks would: first non-empty group, allowlists decided on the match or left to the place', async () => {
  const g = parseGitleaksConfig(CONFIG, '.gitleaks.toml');
  const detector = createDetector(g.rules);
  const key = `acme_${fake('{lowernum:24}')}`;
  const zz = `zz_${fake('{hex:12}')}`;
  const kept = `zz_${fake('{hex:12}')}`;
  const text = `a = ${key.toUpperCase()}\nb = ${zz}\nc = zz_0dead0000000\nd = ${kept} keep me\naux_\n`;
  const matches = detector.scan({ id: 'b', bytes: Buffer.from(text) }).matches;
  assert.deepEqual(matches.map((m) => m.secret).sort(), [key.toUpperCase(), zz, kept, 'aux'].sort());
  // The AND allowlist's line regex holds on line 4: its path decides per origin.
  assert.deepEqual(matches.find((m) => m.secret === kept)?.allowlisted, [1]);
  assert.equal(matches.find((m) => m.secret === zz)?.allowlisted, undefined);
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

test('[extend] path: base files are read relative to the repository root; rules of the same id merge, the extending fields win', (t) => {
  const tmp = tempDir();
  t.after(() => tmp.remove());
  mkdirSync(join(tmp.dir, 'base'));
  writeFileSync(join(tmp.dir, 'base', 'base.toml'), `[[rules]]\nid = "one"\nregex = '''one_[a-z]{8}'''\n[[rules]]\nid = "two"\nregex = '''two_[a-z]{8}'''\n[[rules]]\nid = "three"\nregex = '''three_[a-z]{8}'''\n[allowlist]\nstopwords = ["fixture"]\n`);
  const file = join(tmp.dir, '.gitleaks.toml');
  const g = parseGitleaksConfig(`[extend]\npath = "base/base.toml"\ndisabledRules = ["three"]\n[[rules]]\nid = "two"\nregex = '''two_[0-9]{8}'''\nkeywords = ["two_"]\n[[rules]]\nid = "one"\n  [[rules.allowlists]]\n  regexTarget = "match"\n  regexes = ['''x''']\n`, '.gitleaks.toml', file);
  assert.deepEqual(g.rules.map((r) => `${r.id} ${r.pattern} ${r.keywords.join()} ${r.allowlists?.length ?? 0}`), ['one one_[a-z]{8}  1', 'two two_[0-9]{8} two_ 0']);
  assert.equal(g.allowlists.length, 1);
  assert.deepEqual(g.extended.map((e) => e.path), [join(tmp.dir, 'base', 'base.toml')]);
  assert.throws(() => parseGitleaksConfig('[extend]\npath = "missing.toml"\n', '.gitleaks.toml', file), /extend\.path: cannot read missing\.toml: ENOENT/);

  // A base that extends another: its path is read from the root too (gitleaks: from where it runs), two levels at most.
  writeFileSync(join(tmp.dir, 'common.toml'), `[[rules]]\nid = "common"\nregex = '''common_[a-z]{8}'''\n`);
  writeFileSync(join(tmp.dir, 'base', 'common.toml'), `[[rules]]\nid = "wrong"\nregex = '''wrong_[a-z]{8}'''\n`);
  writeFileSync(join(tmp.dir, 'base', 'middle.toml'), `[extend]\npath = "common.toml"\n[[rules]]\nid = "middle"\nregex = '''middle_[a-z]{8}'''\n`);
  const nested = parseGitleaksConfig(`[extend]\npath = "base/middle.toml"\n`, '.gitleaks.toml', file);
  assert.deepEqual(nested.rules.map((r) => r.id), ['common', 'middle']);
  assert.deepEqual(nested.extended.map((e) => e.path), [join(tmp.dir, 'base', 'middle.toml'), join(tmp.dir, 'common.toml')]);
  writeFileSync(join(tmp.dir, 'common.toml'), `[extend]\npath = "base/base.toml"\n`);
  assert.throws(() => parseGitleaksConfig(`[extend]\npath = "base/middle.toml"\n`, '.gitleaks.toml', file), /common\.toml: extend\.path: configs extend at most 2 levels deep/);
});
