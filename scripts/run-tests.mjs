// Runs every compiled test file with Node's test runner. Listing the files ourselves works the same on
// Node 20 (no glob support in --test) and on Node 22+ (where a bare directory argument matches nothing).
//
// Output: scripts/test-reporter.mjs (a progress line, failures in full, the runner's `# tests N` summary). Another of
// Node's reporters instead: LEAKGATE_TEST_REPORTER=tap (or spec, dot) npm test.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function testFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? testFiles(full) : name.endsWith('.test.js') ? [full] : [];
    });
}

const files = testFiles(process.argv[2] ?? 'build/test');
if (files.length === 0) {
  // node --test without files would search the current directory for tests of its own choosing.
  console.error(`run-tests: no *.test.js files under ${process.argv[2] ?? 'build/test'}`);
  process.exit(1);
}
// The CLI keeps V8's code cache under $XDG_CACHE_HOME (src/cli/start.ts): the tests' runs keep theirs in a
// directory of their own, removed afterwards, rather than in the user's.
const cache = mkdtempSync(join(tmpdir(), 'leakgate-test-cache-'));
const reporter = process.env.LEAKGATE_TEST_REPORTER || fileURLToPath(new URL('test-reporter.mjs', import.meta.url));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', `--test-reporter=${reporter}`, '--test-reporter-destination=stdout', ...files], {
  stdio: 'inherit',
  env: { ...process.env, XDG_CACHE_HOME: cache, LEAKGATE_TEST_FILES: String(files.length) },
});
rmSync(cache, { recursive: true, force: true });
process.exit(result.status ?? 1);
