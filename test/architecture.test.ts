// The pipeline's import arrows (STYLE.md): core <- patterns <- ruleset | sources | engine | report <- scan <- cli |
// action, with config (settings files -> frozen data) beside scan, never importing it. A folder never imports one
// beside it or above it; src/ holds folders only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');

/** What each folder of src/ may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  // Glob and allow-value patterns, compiled the same way by every layer that compiles one.
  patterns: ['core'],
  ruleset: ['core', 'patterns'],
  sources: ['core'],
  engine: ['core', 'patterns'],
  report: ['core'],
  // Settings files -> frozen data: the config, ignore files, baseline, gitleaks configs and the rules in effect.
  config: ['core', 'patterns', 'ruleset'],
  scan: ['core', 'patterns', 'ruleset', 'sources', 'engine'],
  // `rules --check`: the rules' own examples through the engine.
  rulecheck: ['core', 'patterns', 'ruleset', 'engine'],
  launch: ['core'],
  cli: ['core', 'patterns', 'ruleset', 'sources', 'engine', 'report', 'config', 'scan', 'rulecheck', 'launch'],
  // Exit codes live in one file, cli/exit-code.ts (STYLE.md), shared by both front ends: the only cli import.
  action: ['core', 'patterns', 'ruleset', 'sources', 'engine', 'report', 'config', 'scan', 'launch', 'cli/exit-code'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The folder of src/ a file is in (its first path segment). */
function folder(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

test('imports point down the pipeline only', () => {
  const problems: string[] = [];
  for (const file of files(SRC)) {
    const from = folder(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      const to = folder(target);
      if (to === from) continue;
      const exact = relative(SRC, target).replace(/\.ts$/, '');
      const allowed = ALLOWED[from] ?? [];
      if (!allowed.includes(to) && !allowed.includes(exact)) problems.push(`${relative(ROOT, file)} imports ${m[1]} (${from} -> ${exact})`);
    }
  }
  assert.deepEqual(problems, []);
});

test('src/ holds folders only, each of them known here', () => {
  const entries = readdirSync(SRC);
  assert.deepEqual(entries.filter((name) => !statSync(join(SRC, name)).isDirectory()), []);
  assert.deepEqual(entries.filter((name) => !(name in ALLOWED)).sort(), []);
});
