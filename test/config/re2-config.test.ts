// Custom rules and gitleaks rules are Go (RE2) syntax, loaded whole: a construct no linear engine can run is a
// config error (exit 2) naming the file, the rule and the construct, never a rule silently dropped; `rules --check`
// rejects nested or overlapping unbounded quantifiers in them too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRepo } from '../helpers/repo.js';
import { fake } from '../helpers/secrets.js';
import { runCli, scanJson } from '../helpers/cli.js';

const customRule = (pattern: string, id = 'acme.key'): string => `rules:
  - id: ${id}
    description: Acme key
    severity: high
    keywords: [acme]
    pattern: '${pattern}'
    secretGroup: 1
    examples:
      match: ['ACME_KEY_{hex:16}']
      ignore: ['acme_key_0000']
`;

test('a custom rule runs with Go semantics: (?i) in the middle, (?-i:...), \\z', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const secret = fake('{hex:16}');
  repo.commit({ '.leakgate.yaml': customRule('x?(?i)acme_(?-i:KEY)_([0-9a-f]{16})\\z'), 'a.txt': `é acme_KEY_${secret}`, 'b.txt': `acme_key_${secret}` }, 'one');
  const { code, report } = scanJson([repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.line, f.column, f.secret]),
    [['acme.key', 'a.txt', 1, 12, secret]],
  );
});

for (const [construct, pattern, message] of [
  ['lookahead', 'acme_(?=[0-9])([0-9]+)', /lookahead \(\?=\.\.\.\) at offset 5/],
  ['backreference', '(acme)_\\1_([0-9]+)', /backreference \\1 at offset 7/],
  ['lookbehind', '(?<!x)acme_([0-9]+)', /negative lookbehind \(\?<!\.\.\.\) at offset 0/],
] as const) {
  test(`a custom rule with a ${construct} is a config error naming file, rule and construct (exit 2)`, (t) => {
    const repo = createRepo();
    t.after(() => repo.remove());
    repo.commit({ '.leakgate.yaml': customRule(pattern, 'acme.bad') }, 'one');
    const result = runCli(['scan', repo.dir, '--no-progress']);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /\.leakgate\.yaml: rules\[0\] \(acme\.bad\)\.pattern: /);
    assert.match(result.stderr, message);
  });
}

test('a gitleaks rule with a construct RE2 lacks is a config error, not a dropped rule (exit 2)', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ '.gitleaks.toml': `[[rules]]\nid = "good"\nregex = '''good_[0-9]{4}'''\n\n[[rules]]\nid = "looks-ahead"\nregex = '''tok_(?=[a-z])[a-z]+'''\n` }, 'one');
  const result = runCli(['scan', repo.dir, '--no-progress']);
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /\.gitleaks\.toml: rules\[1\] \(looks-ahead\)\.regex: lookahead \(\?=\.\.\.\) at offset 4/);
});

test('gitleaks rules with (?i) and (?-i:...) in the middle load whole and find what Go would', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const secret = fake('{hex:20}');
  const toml = `[[rules]]\nid = "mixed-case"\nregex = '''\\b(?-i:Zk)(?i)_token_([a-f0-9]{20})\\b'''\nsecretGroup = 1\nkeywords = ["_token_"]\n`;
  repo.commit({ '.gitleaks.toml': toml, 'x.txt': `Zk_TOKEN_${secret}\nzk_token_${secret}\n` }, 'one');
  const { code, stderr, report } = scanJson([repo.dir, '--no-redact']);
  assert.equal(code, 1);
  assert.doesNotMatch(stderr, /not supported|skipped/);
  assert.deepEqual(
    report.findings.filter((f) => f.ruleId === 'mixed-case').map((f) => [f.line, f.secret]),
    [[1, secret]],
  );
});

test('rules --check rejects a custom rule with nested unbounded quantifiers, naming them', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ '.leakgate.yaml': customRule('acme_KEY_((?:[0-9a-f]+)+)', 'acme.nested').replace("'ACME_KEY_{hex:16}'", "'acme_KEY_{hex:16}'") }, 'one');
  const result = runCli(['rules', '--check'], { cwd: repo.dir });
  assert.notEqual(result.code, 0);
  assert.match(result.stdout + result.stderr, /\.leakgate\.yaml: acme\.nested: pattern: nested quantifiers: `\[0-9a-f\]\+` inside the unbounded `\(\?:\[0-9a-f\]\+\)\+`/);
});
