// The pipeline's import arrows (STYLE.md): core <- ruleset|sources|engine|report <- scan.ts <- cli|action.
// A stage never imports a stage beside it or above it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');
const STAGES = ['core', 'ruleset', 'sources', 'engine', 'report'];

/** Which top-level area of src/ a file belongs to: a stage folder, or "top" for files like scan.ts. */
function area(file: string): string {
  const first = relative(SRC, file).split(/[\\/]/)[0]!;
  return first.endsWith('.ts') ? 'top' : first;
}

const ALLOWED: Record<string, (target: string) => boolean> = {
  core: (t) => t === 'core',
  ruleset: (t) => t === 'core' || t === 'ruleset',
  sources: (t) => t === 'core' || t === 'sources',
  engine: (t) => t === 'core' || t === 'engine',
  report: (t) => t === 'core' || t === 'report' || t === 'top-version',
  // The scan cache stores engine results by blob id; scan.ts (through incremental.ts) is its only user.
  cache: (t) => t === 'core' || t === 'cache',
  top: (t) => !['cli', 'cli-other', 'action'].includes(t),
  config: (t) => !['cli', 'cli-other', 'action'].includes(t),
  cli: () => true,
  // Exit codes live in one file, cli/exit-code.ts (STYLE.md), shared by both front ends.
  action: (t) => t !== 'cli-other',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('imports point down the pipeline only', () => {
  const problems: string[] = [];
  for (const file of files(SRC)) {
    const from = area(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      let to = area(target);
      if (to === 'top' && target.endsWith('version.ts')) to = 'top-version';
      if (to === 'cli' && !target.endsWith('exit-code.ts')) to = 'cli-other';
      const allowed = ALLOWED[from] ?? (() => false);
      if (!allowed(to) && !(to === 'top-version' && from !== 'core')) problems.push(`${relative(ROOT, file)} imports ${m[1]} (${from} -> ${to})`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every stage folder exists', () => {
  for (const stage of STAGES) assert.ok(statSync(join(SRC, stage)).isDirectory(), stage);
});
