// Rule packs with detectors other than a regex: what each takes, and every problem reported at once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import { parseRulePack } from '../../src/ruleset/parse-pack.js';
import { FileRuleSet } from '../../src/engine/file-rules.js';
import { tempDir } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';

function errorOf(text: string): string {
  try {
    parseRulePack(text, 'pack.yaml');
  } catch (error: unknown) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('expected a ConfigError');
}

test('file-level rules parse: sizes with units, magic as hex or text, folders as names or with evidence', () => {
  const [large, artefact, folder] = parseRulePack(
    `pack: mine
kind: hygiene
rules:
  - id: mine.large
    description: Large
    severity: high
    detector: large-blob
    sizeLimits: [{ paths: ['media/**'], warn: 20MiB, error: 'off' }, { warn: 512k, error: 2048 }]
    examples: { match: [{ path: a.bin, size: 3MiB }], ignore: [{ path: media/a.mov, size: 3MiB }] }
  - id: mine.artefact
    description: Artefact
    severity: medium
    detector: binary-artefact
    magic: [{ name: ELF, hex: 7F454c46 }, { name: tar, offset: 257, text: "ustar\\0" }]
    examples: { match: [{ path: a, head: "\\x7fELF\\0" }], ignore: [{ path: b, text: hello }] }
  - id: mine.folder
    description: Folder
    severity: low
    detector: dependency-folder
    folders: [node_modules, { name: out, evidence: ['*.o'] }]
    examples: { match: [{ path: node_modules/a.js }], ignore: [{ path: src/out/readme.md }] }
`,
    'pack.yaml',
  );
  assert.deepEqual(large!.sizeLimits, [{ paths: ['media/**'], warn: 20 * 1024 * 1024 }, { paths: [], warn: 512 * 1024, error: 2048 }]);
  assert.equal(large!.pattern, '');
  assert.deepEqual(artefact!.magic, [
    { name: 'ELF', offset: 0, bytes: '7f454c46', binary: true },
    { name: 'tar', offset: 257, bytes: '757374617200', binary: true },
  ]);
  assert.deepEqual(folder!.folders, [{ name: 'node_modules', evidence: [] }, { name: 'out', evidence: ['*.o'] }]);
  assert.deepEqual(large!.examples!.match, [{ path: 'a.bin', text: '', size: 3 * 1024 * 1024 }]);
});

test('every detector problem at once: missing or doubled detection, misplaced fields, bad examples', () => {
  const message = errorOf(`pack: bad
rules:
  - id: bad.neither
    description: x
    severity: low
    examples: { match: [a], ignore: [b] }
  - id: bad.both
    description: x
    severity: low
    pattern: 'x'
    detector: file
    paths: ['**/x']
    examples: { match: [{ path: x }], ignore: [{ path: y }] }
  - id: bad.file
    description: x
    severity: low
    detector: file
    keywords: [abc]
    magic: [{ name: m, hex: '00' }]
    examples: { match: ['plain text'], ignore: [{ path: y }] }
  - id: bad.content
    description: x
    severity: low
    pattern: 'x'
    examples: { match: [{ path: a, head: "x" }], ignore: [b] }
  - id: bad.magic
    description: x
    severity: low
    detector: binary-artefact
    magic: [{ name: m }]
    examples: { match: [{ path: a }], ignore: [{ path: b }] }
`);
  for (const expected of [
    /rules\[0\] \(bad\.neither\): expected a "pattern" \(a regular expression\) or a "detector"/,
    /rules\[1\] \(bad\.both\): "pattern" and "detector" are exclusive/,
    /rules\[2\] \(bad\.file\)\.magic: only a "detector: binary-artefact" rule takes magic/,
    /rules\[2\] \(bad\.file\)\.keywords: a file-level rule \(detector: file\) reads no text/,
    /rules\[2\] \(bad\.file\)\.paths: a "detector: file" rule needs path globs/,
    /rules\[2\] \(bad\.file\)\.examples\.match\[0\]: a file-level rule's example needs a path/,
    /rules\[3\] \(bad\.content\)\.examples\.match\[0\]: a content rule's example is text, or \{ path, text \}/,
    /rules\[4\] \(bad\.magic\)\.magic\[0\]: expected exactly one of "hex" and "text"/,
  ]) {
    assert.match(message, expected);
  }
  const schema = errorOf(`pack: bad
rules:
  - id: bad.magic
    description: x
    severity: low
    detector: binary-artefact
    magic: [{ name: n, hex: abc }]
    examples: { match: [{ path: a }], ignore: [{ path: b }] }
`);
  assert.match(schema, /rules\[0\]\.magic\[0\]\.hex: expected an even number of hex digits, got "abc"/);
  const sizes = errorOf(`pack: bad
rules:
  - id: bad.size
    description: x
    severity: low
    detector: large-blob
    sizeLimits: [{ warn: huge, error: 'off' }]
    examples: { match: [{ path: a, size: 1zz }], ignore: [{ path: b }] }
`);
  assert.match(sizes, /rules\[0\] \(bad\.size\)\.sizeLimits\[0\]\.warn: expected a size such as 512k, 1MiB or 10MB, or "off", got "huge"/);
  assert.match(sizes, /rules\[0\] \(bad\.size\)\.examples\.match\[0\]\.size: expected a size such as 512k, 1MiB or 10MB, got "1zz"/);
});

test('an unknown magic verifier is a configuration error naming the rule', async () => {
  const rules = parseRulePack(
    `pack: mine
kind: hygiene
rules:
  - id: mine.artefact
    description: Artefact
    severity: medium
    detector: binary-artefact
    magic: [{ name: thing, hex: '0102', verify: sha-magic }]
    examples: { match: [{ path: a, head: "\\x01\\x02\\0" }], ignore: [{ path: b }] }
`,
    'pack.yaml',
  );
  await assert.rejects(FileRuleSet.compile(rules), /pack\.yaml: rule mine\.artefact: magic "thing": unknown verify "sha-magic"; expected one of pe, java-class/);
});

test('rules --check runs a user pack of file rules, and scan uses it', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const pack = join(dir.dir, 'mine.yaml');
  writeFileSync(
    pack,
    `pack: mine
kind: hygiene
rules:
  - id: mine.psd
    description: Photoshop file committed
    severity: low
    detector: file
    paths: ['**/*.psd']
    examples:
      match: [{ path: art/cover.psd, head: "8BPS\\0\\x01" }]
      ignore: [{ path: art/cover.png, head: "\\x89PNG" }, { path: art/empty.psd, text: '' }]
`,
  );
  const check = runCli(['rules', '--check', pack]);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stdout, /1 rules OK, 3 examples pass/);
  const scan = runCli(['scan', '-', '--stdin-name', 'x/y.psd', '--rules', pack, '-f', 'json'], { input: '8BPS\0' });
  assert.deepEqual((JSON.parse(scan.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId), ['mine.psd']);
});
