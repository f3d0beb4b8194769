// Action inputs: action.yml and the code agree on names and defaults; bad values are reported together.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readInputs } from '../../src/action/inputs.js';
import { ROOT } from '../helpers/cli.js';

interface ActionYaml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const actionYaml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;

test('action.yml declares every input the code reads, with the same defaults, and runs dist/ on node24', () => {
  assert.deepEqual(Object.keys(actionYaml.inputs).sort(), Object.keys(INPUT_DEFAULTS).sort());
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    assert.ok(spec.description.length > 20, `${name} is described`);
    const expected = name === 'token' ? '${{ github.token }}' : INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS];
    assert.equal(String(spec.default), expected, `default of ${name}`);
  }
  assert.deepEqual(Object.keys(actionYaml.outputs).sort(), ['findings', 'new-findings', 'sarif-file', 'scanned-commits']);
  assert.equal(actionYaml.runs.using, 'node24');
  assert.equal(actionYaml.runs.main, 'dist/action.js');
});

test('empty inputs take the defaults; values are trimmed and case-insensitive', () => {
  const inputs = readInputs(() => '');
  assert.deepEqual(
    { ...inputs },
    {
      mode: 'auto',
      config: '',
      baseline: '',
      failOn: undefined,
      minConfidence: undefined,
      allowIncomplete: false,
      sarifFile: '',
      category: '',
      redact: true,
      workingDirectory: '.',
      commentOnPr: false,
      token: '',
    },
  );
  const given: Record<string, string> = { mode: ' History ', 'fail-on': 'NONE', redact: 'False', 'comment-on-pr': 'yes', token: 't' };
  const read = readInputs((name) => given[name] ?? '');
  assert.equal(read.mode, 'history');
  assert.equal(read.failOn, 'none');
  assert.equal(read.redact, false);
  assert.equal(read.commentOnPr, true);
  assert.ok(Object.isFrozen(read));
  assert.equal(readInputs((name) => (name === 'category' ? 'leakgate/secrets' : '')).category, 'leakgate/secrets/');
  assert.equal(readInputs((name) => (name === 'category' ? 'ci/' : '')).category, 'ci/');
});

test('every bad input is named in one error', () => {
  const given: Record<string, string> = { mode: 'all', 'fail-on': 'warn', 'comment-on-pr': '1', category: 'a b' };
  assert.throws(
    () => readInputs((name) => given[name] ?? ''),
    (error: Error & { code?: string }) =>
      error.code === 'input' &&
      error.message ===
        [
          'input "mode": expected one of auto, history, range, tree, got "all"',
          'input "fail-on": expected one of critical, high, medium, low, info, none, got "warn"',
          'input "category": expected a name without spaces or control characters (e.g. "leakgate/secrets"), got "a b"',
          'input "comment-on-pr": expected true or false, got "1"',
        ].join('\n'),
  );
});
