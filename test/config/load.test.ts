import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/core/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { STARTER_CONFIG } from '../../src/config/starter.js';
import { loadRe2 } from '../../src/patterns/re2.js';

// Custom rules' patterns are Go (RE2) syntax, compiled with the engine the settings loader loads first.
await loadRe2();

function errorOf(text: string): string {
  try {
    parseConfig(text, '.leakgate.yaml');
  } catch (error: unknown) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

test('the starter config and an empty file are valid and change nothing', () => {
  for (const text of [STARTER_CONFIG, '', '# only a comment\n']) {
    const { config, customRules } = parseConfig(text, '.leakgate.yaml');
    assert.deepEqual(customRules, []);
    assert.deepEqual(config.overrides, {});
    assert.equal(config.failOn, undefined);
  }
});

test('a full config parses into a frozen value with sizes in bytes', () => {
  const { config, customRules } = parseConfig(
    `failOn: high
extends: gitleaks
baseline: accepted.jsonl
allowlist:
  paths: ["test/fixtures/**"]
  regexes: ["(?i)^dummy"]
  values: ["not-a-secret-value"]
overrides:
  github.pat:
    severity: low
    allowlist: { paths: ["docs/**"] }
  generic.password-assignment: { disabled: true }
rules:
  - id: acme.key
    description: Acme key
    severity: high
    keywords: [acme_]
    pattern: '(acme_[a-z0-9]{20})'
    secretGroup: 1
    examples: { match: ['acme_{lowernum:20}'], ignore: ['acme_short'] }
hygiene:
  maxBlobSize: 10MiB
  paths: [{ glob: "assets/**", maxBlobSize: 512k }, { glob: "big/**", maxBlobSize: 1048576 }]
`,
    '.leakgate.yaml',
  );
  assert.equal(config.failOn, 'high');
  assert.equal(config.extends, 'gitleaks');
  assert.equal(config.hygiene?.maxBlobSize, 10 * 1024 * 1024);
  assert.deepEqual(config.hygiene?.paths.map((p) => p.maxBlobSize), [512 * 1024, 1048576]);
  assert.equal(config.overrides['generic.password-assignment']?.disabled, true);
  assert.equal(customRules[0]?.id, 'acme.key');
  assert.equal(customRules[0]?.source, '.leakgate.yaml');
  assert.ok(Object.isFrozen(config) && Object.isFrozen(config.allowlist?.paths));
});

test('every problem is reported at once, with file, line, field, bad value and what is accepted', () => {
  const message = errorOf(`failOn: hihg
allowlist:
  paths: ["./x"]
  regexes: ["(unclosed"]
  bogus: 1
overrides:
  github.pat:
    severity: 3
hygiene:
  maxBlobSize: 10 parsecs
rules:
  - id: Bad Id
    description: x
`);
  const lines = message.split('\n');
  const expect = [
    /^\.leakgate\.yaml:1: failOn: .*"critical".*"none".*got "hihg"$/,
    /^\.leakgate\.yaml:3: allowlist\.paths\[0\]: expected a glob relative to the repository root.*got "\.\/x"$/,
    /^\.leakgate\.yaml:4: allowlist\.regexes\[0\]: does not compile.*got "\(unclosed"$/,
    /^\.leakgate\.yaml:5: allowlist\.bogus: unknown field/,
    /^\.leakgate\.yaml:8: overrides\.github\.pat\.severity: .*"critical".*got 3$/,
    /^\.leakgate\.yaml:10: hygiene\.maxBlobSize: expected a size such as 512k.*got "10 parsecs"$/,
    /^\.leakgate\.yaml:12: rules\[0\]\.id: expected a lower-case dotted id.*got "Bad Id"$/,
    /^\.leakgate\.yaml:12: rules\[0\]\.pattern: missing; expected string$/,
    /^\.leakgate\.yaml:12: rules\[0\]\.examples: missing; expected object$/,
  ];
  for (const re of expect) assert.ok(lines.some((l) => re.test(l)), `${re}\nnot in:\n${message}`);
});

test('custom rule problems the schema cannot see: the pattern, the secret group, duplicate ids', () => {
  const rule = (id: string, pattern: string, group: number) => `
  - id: ${id}
    description: x
    severity: high
    pattern: '${pattern}'
    secretGroup: ${group}
    examples: { match: ['x'], ignore: ['y'] }`;
  const message = errorOf(`rules:${rule('acme.one', '(unclosed', 0)}${rule('acme.two', 'acme_[a-z]+', 2)}${rule('acme.two', 'x', 0)}`);
  assert.match(message, /rules\[0\] \(acme\.one\)\.pattern: does not compile/);
  assert.match(message, /rules\[1\] \(acme\.two\)\.secretGroup: expected a group number from 0 to 0, got 2/);
  assert.match(message, /rules\[2\] \(acme\.two\)\.id: duplicate rule id/);
});

test('hostile files: YAML syntax errors, duplicate keys, a list, a scalar, binary junk', () => {
  assert.match(errorOf('failOn: [high\n'), /^\.leakgate\.yaml:\d+: /);
  assert.match(errorOf('failOn: high\nfailOn: low\n'), /^\.leakgate\.yaml:2: .*[Uu]nique|duplicate/i);
  assert.match(errorOf('- a\n- b\n'), /\(top level\): .*expected object/);
  assert.match(errorOf('just a string\n'), /\(top level\)/);
  assert.throws(() => parseConfig('\u0000\u0001\u00ff\ufffd: [\n', '.leakgate.yaml'), ConfigError);
});
