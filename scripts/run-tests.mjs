// Runs every compiled test file with Node's test runner. Listing the files ourselves works the same on
// Node 20 (no glob support in --test) and on Node 22+ (where a bare directory argument matches nothing).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? testFiles(full) : name.endsWith('.test.js') ? [full] : [];
    });
}

const files = testFiles(process.argv[2] ?? 'build/test');
// The CLI keeps V8's code cache under $XDG_CACHE_HOME (src/cli/start.ts): the tests' runs keep theirs in a
// directory of their own, removed afterwards, rather than in the user's.
const cache = mkdtempSync(join(tmpdir(), 'leakgate-test-cache-'));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env: { ...process.env, XDG_CACHE_HOME: cache } });
rmSync(cache, { recursive: true, force: true });
process.exit(result.status ?? 1);
