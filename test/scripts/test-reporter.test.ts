// `npm test`'s output (scripts/run-tests.mjs with scripts/test-reporter.mjs): a progress line and the runner's own
// summary when all pass; every failure in full (the assertion's diff, what the file printed, a crashed file's
// stack), not a line per passing test.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/repo.js';
import { ROOT } from '../helpers/cli.js';

/** Runs scripts/run-tests.mjs over `dir` as `npm test` would, outside this test runner's own context. */
function runTests(dir: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const { NODE_TEST_CONTEXT: _context, ...outer } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'run-tests.mjs'), dir], { encoding: 'utf8', env: { ...outer, ...env }, cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const PASSING = `import { test } from 'node:test';
for (let i = 0; i < 30; i++) test('passes ' + i, () => {});
test('skipped', { skip: 'not here' }, () => {});
`;

test('a passing run prints a progress line and the runner\'s summary, no line per test', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  write(dir.dir, { 'a/one.test.js': PASSING, 'b/two.test.js': PASSING });
  const result = runTests(dir.dir);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^tests: 2\/2 files, 60 passed, 0 failed, 2 skipped \(\d+\.\d s\)$/m);
  for (const line of ['# tests 62', '# pass 60', '# fail 0', '# skipped 2']) assert.match(result.stdout, new RegExp(`^${line}$`, 'm'));
  assert.doesNotMatch(result.stdout, /^ok \d|passes 1\b/m, 'no line per passing test');
  assert.ok(result.stdout.split('\n').length < 25, `a short output:\n${result.stdout}`);
});

test('failures are printed in full: the diff, the test\'s parents, what the file printed, a crashed file\'s stack', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  write(dir.dir, {
    'one.test.js': PASSING,
    'two.test.js': `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('outer', async (t) => {
  console.log('printed by the test before it failed');
  await t.test('inner', () => assert.deepEqual({ colour: 'red', size: 3 }, { colour: 'blue', size: 3 }));
});
`,
    'three.test.js': `throw new Error('this file cannot even load');\n`,
  });
  const result = runTests(dir.dir);
  assert.equal(result.code, 1);
  const out = result.stdout;
  assert.match(out, /✖ two\.test\.js:\d+ > outer > inner/);
  assert.match(out, /Expected values to be strictly deep-equal/);
  assert.match(out, /colour: 'red'/);
  assert.match(out, /colour: 'blue'/);
  assert.match(out, /\| printed by the test before it failed/);
  assert.match(out, /✖ three\.test\.js:\d+ > \(the file itself\)/);
  assert.match(out, /\| Error: this file cannot even load/);
  const list = /failing tests \(2\), each in full above:\n((?: {2}✖ .*\n){2})/.exec(out)?.[1] ?? '';
  assert.match(list, /^ {2}✖ two\.test\.js:\d+ > outer > inner$/m);
  assert.match(list, /^ {2}✖ three\.test\.js:\d+ > \(the file itself\)$/m);
  assert.match(out, /^# fail 3$/m); // the runner counts the parent and the file too
  assert.match(out, /^# pass 30$/m);
  assert.doesNotMatch(out, /✖ [^\n]*> outer \(/, 'a parent that failed only through its subtest is not reported again');
});

test('LEAKGATE_TEST_REPORTER picks another of Node\'s reporters; an empty directory is an error, not a search', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const empty = runTests(dir.dir);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /no \*\.test\.js files under/);
  write(dir.dir, { 'one.test.js': PASSING });
  const tap = runTests(dir.dir, { LEAKGATE_TEST_REPORTER: 'tap' });
  assert.equal(tap.code, 0);
  assert.match(tap.stdout, /^ok 1 - passes 0$/m);
});
