// Flag values: sizes, durations and counts that make no sense are usage errors (exit 2) naming the flag, the value and
// what is accepted, also when they look like negative numbers or are empty.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/repo.js';
import { parseSize, parseSizeLimit, parseWorkers } from '../../src/cli/args.js';

test('--max-blob-size 0, negative and fractional sizes below a byte are errors naming the flag, value and accepted sizes', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  for (const value of ['0', '0k', '0MiB', '0.4', '-1', '-5MiB', '-0.5k']) {
    for (const args of [['--max-blob-size', value], [`--max-blob-size=${value}`]]) {
      const result = runCli(['scan', '--no-git', dir.dir, ...args]);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stderr, `leakgate: --max-blob-size: expected a size of at least 1 byte such as 512k, 16MiB or 1048576, got "${value}"\n`);
    }
  }
  // The same check in baseline create, which takes the scan's flags.
  const baseline = runCli(['baseline', 'create', '--no-git', '--repo', dir.dir, '--max-blob-size', '0']);
  assert.equal(baseline.code, 2);
  assert.match(baseline.stderr, /--max-blob-size: expected a size of at least 1 byte .*got "0"/);
  assert.equal(runCli(['scan', '--no-git', dir.dir, '--max-blob-size', '1']).code, 0, 'one byte is a size');
});

test('negative numbers reach the flag\'s own check instead of a parser message about ambiguity', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const cases: [string[], RegExp][] = [
    [['--workers', '-1'], /^leakgate: --workers: expected a whole number from 0 to 64, got "-1"\n$/],
    [['--blob-timeout', '-5'], /^leakgate: --blob-timeout: expected a duration from 10ms to 1h such as 500ms, 10s or 2m, got "-5"\n$/],
    [['--size-limit', '-1'], /^leakgate: --size-limit: expected \[GLOB=\]WARN\[,ERROR\] with sizes of at least 1 byte .*got "-1"\n$/],
    [['-f', '-1'], /^leakgate: --format: expected one of text, json, sarif, html, got "-1"\n$/],
  ];
  for (const [args, message] of cases) {
    const result = runCli(['scan', '--no-git', dir.dir, ...args]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /ambiguous/);
  }
  // After "--" nothing is a flag: "-1" there is a path.
  const path = runCli(['scan', '--no-git', '--', '-1']);
  assert.equal(path.code, 2);
  assert.match(path.stderr, /-1: no such file or directory/);
});

test('--size-limit 0 is an error ("off" disables a limit); an empty flag value is an error, not the default', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  for (const value of ['0', 'assets/**=0', 'assets/**=1MiB,0']) {
    const result = runCli(['scan', '--no-git', dir.dir, '--size-limit', value]);
    assert.equal(result.code, 2, value);
    assert.match(result.stderr, new RegExp(`--size-limit: expected \\[GLOB=\\]WARN\\[,ERROR\\] with sizes of at least 1 byte such as 1MiB or 10MB, or "off" .*got "${value.replace(/[*]/g, '\\*')}"`));
  }
  assert.equal(runCli(['scan', '--no-git', dir.dir, '--size-limit', 'assets/**=off']).code, 0);
  for (const flag of ['--config', '--workers', '--max-blob-size', '--output', '--rules']) {
    const result = runCli(['scan', '--no-git', dir.dir, `${flag}=`]);
    assert.equal(result.code, 2, flag);
    assert.equal(result.stderr, `leakgate: ${flag}: expected a value, got an empty string\n`);
  }
  const reason = runCli(['ignore', '0123456789abcdef01234567', '--reason', ''], { cwd: dir.dir });
  assert.equal(reason.code, 2);
  assert.match(reason.stderr, /--reason: expected a value, got an empty string/);
});

test('the value parsers on their own', () => {
  assert.equal(parseSize('1', '--x'), 1);
  assert.equal(parseSize('16MiB', '--x'), 16 * 1024 * 1024);
  assert.throws(() => parseSize('0', '--x'), /--x: expected a size of at least 1 byte/);
  assert.throws(() => parseSize('', '--x'), /got ""/);
  assert.deepEqual(parseSizeLimit('off'), { paths: [], warn: Infinity, error: Infinity });
  assert.deepEqual(parseSizeLimit('a/**=2k,3k'), { paths: ['a/**'], warn: 2048, error: 3072 });
  assert.throws(() => parseSizeLimit('a/**=0'), /--size-limit/);
  assert.equal(parseWorkers('0'), 0);
  assert.throws(() => parseWorkers(' '), /--workers: expected a whole number from 0 to 64, got " "/);
});
