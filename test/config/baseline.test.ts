import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/core/errors.js';
import { parseBaseline, renderBaseline, type BaselineEntry } from '../../src/config/baseline.js';
import { formatIgnoreLine, parseGitleaksIgnore, parseIgnoreFile } from '../../src/config/ignore-file.js';

const fp = (c: string) => c.repeat(24);
const entries: BaselineEntry[] = [
  { fingerprint: fp('b'), rule: 'github.pat', path: 'src/b.js' },
  { fingerprint: fp('a'), rule: 'github.pat', path: 'src/z.js' },
  { fingerprint: fp('a'), rule: 'github.pat', path: 'src/a.js' },
  { fingerprint: fp('b'), rule: 'github.pat', path: 'src/b.js' },
];

test('a baseline is sorted, deduplicated, one entry a line, with no line numbers or timestamps', () => {
  const text = renderBaseline(entries);
  assert.equal(
    text,
    [
      `{"fingerprint":"${fp('a')}","rule":"github.pat","path":"src/a.js"}`,
      `{"fingerprint":"${fp('a')}","rule":"github.pat","path":"src/z.js"}`,
      `{"fingerprint":"${fp('b')}","rule":"github.pat","path":"src/b.js"}`,
      '',
    ].join('\n'),
  );
  assert.equal(renderBaseline([...entries].reverse()), text, 'input order does not matter');
  assert.deepEqual(parseBaseline(text, 'b.jsonl'), parseBaseline(renderBaseline(parseBaseline(text, 'b.jsonl')), 'b.jsonl'));
  assert.equal(renderBaseline([]), '');
});

test('a baseline tolerates CRLF, blank lines and JSON-array commas, and names every bad line', () => {
  const text = renderBaseline(entries).replace(/\n/g, ',\r\n');
  assert.equal(parseBaseline(`\n${text}\n`, 'b.jsonl').length, 3);
  assert.throws(
    () => parseBaseline(`<<<<<<< HEAD\n{"fingerprint":"${fp('a')}","rule":"r","path":"p"}\n=======\n{"oops"\n{"fingerprint":"xyz","rule":"r","path":"p"}\n>>>>>>> x\n`, 'b.jsonl'),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /b\.jsonl:1: merge conflict marker/);
      assert.match(error.message, /b\.jsonl:3: merge conflict marker/);
      assert.match(error.message, /b\.jsonl:4: expected one JSON entry/);
      assert.match(error.message, /b\.jsonl:5: expected \{"fingerprint": 24 hexadecimal/);
      assert.match(error.message, /b\.jsonl:6: merge conflict marker/);
      return true;
    },
  );
});

test('.leakgateignore: fingerprints with optional reasons; bad lines named with their line numbers', () => {
  const text = `# accepted findings\n${formatIgnoreLine(fp('a'), 'test fixture')}\r\n\n${fp('B')}\n${formatIgnoreLine(fp('c'))}   \n`;
  const parsed = parseIgnoreFile(text, '.leakgateignore');
  assert.deepEqual([...parsed], [
    [fp('a'), 'test fixture'],
    [fp('b'), undefined],
    [fp('c'), undefined],
  ]);
  assert.throws(() => parseIgnoreFile(`${fp('a')}\nghp_notafingerprint # why\n\u0000\u00ff\n`, '.leakgateignore'), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /\.leakgateignore:2: expected a finding fingerprint/);
    assert.match(error.message, /\.leakgateignore:3: expected a finding fingerprint/);
    return true;
  });
});

test('.gitleaksignore: gitleaks fingerprints with and without a commit; other lines are warnings', () => {
  const commit = 'a'.repeat(40);
  const { entries: parsed, warnings } = parseGitleaksIgnore(
    `# comment\n${commit}:src/a:b.js:aws-key:12\nconfig/x.env:generic-api-key:3\nnot a fingerprint\n`,
    '.gitleaksignore',
  );
  assert.deepEqual(parsed, [
    { commit, path: 'src/a:b.js', ruleId: 'aws-key', line: 12 },
    { path: 'config/x.env', ruleId: 'generic-api-key', line: 3 },
  ]);
  assert.deepEqual(warnings, ['.gitleaksignore:4: not a gitleaks fingerprint ([commit:]path:rule-id:line); ignored']);
});
