// The literal prefilter of glob tests (patterns/globs.ts requiredText): a path it turns away must be one the glob
// cannot match. Checked against picomatch itself on every built-in glob, on paths made to match each of them, and
// on hand-picked awkward globs and paths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { globSources, globsTest, mayMatch, requiredText } from '../../src/patterns/globs.js';
import { precomputedGlobs, usePrecomputed } from '../../src/patterns/precomputed.js';
import { compileAnyGlob } from '../../src/engine/paths.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';

/** Paths a glob matches, made by filling its wildcards in several ways (only those picomatch agrees match). */
function samplesOf(glob: string): string[] {
  const fills: [RegExp, string[]][] = [
    [/\*\*\//g, ['', 'a/', 'a/.b/c/']],
    [/\/\*\*/g, ['', '/x', '/x/.y/z']],
    [/\*/g, ['', 'x', '.x', 'x.y']],
    [/\?/g, ['q', '.']],
  ];
  let out = [glob];
  for (const [pattern, choices] of fills) {
    out = out.flatMap((g) => choices.map((c) => g.replace(pattern, c)));
  }
  out = out.flatMap((g) => {
    const braces = /\{([^{}]*)\}/.exec(g);
    return braces ? braces[1]!.split(',').map((c) => g.replace(braces[0], c)) : [g];
  });
  out = out.flatMap((g) => {
    const cls = /\[!?\^?([^\]]*)\]/.exec(g);
    if (!cls) return [g];
    const first = cls[1]!.replace(/^(.)-.*/, '$1').charAt(0);
    return [g.replace(cls[0], first || 'z'), g.replace(cls[0], '0')];
  });
  const isMatch = picomatch(glob, { dot: true });
  return [...new Set(out)].filter((p) => p !== '' && isMatch(p));
}

const AWKWARD_GLOBS = [
  '**/*.{exe,dll}',
  '*.{o,a}',
  '**/node_modules/**',
  '**/.git/config',
  'docs/**/*.md',
  '**/id_[rd]sa*',
  '**/*.so.[0-9]*',
  '**/*.sw[op]',
  '**/@(foo|bar).txt',
  '**/+(ab).c',
  '**/[]x]y',
  '!**/*.md',
  'a\\*b',
  '**/{a,b}/{c,d}.txt',
  '{1..3}.log',
  '**/.env*',
  '.DS_Store',
  '**/*',
  '*',
];
const AWKWARD_PATHS = [
  'a', 'x.txt', '.env', '.env.local', 'a/.env', 'node_modules', 'node_modules/x', 'a/node_modules/b/c.js', '.git/config',
  'a/.git/config', 'docs/x.md', 'docs/a/b/x.md', 'id_rsa', 'k/id_dsa.pub', 'lib.so.1', 'a/lib.so.12', '.x.swp', 'foo.txt',
  'a/bar.txt', 'ab.c', 'ababab.c', ']y', 'xy', 'a*b', 'a/c.txt', 'b/d.txt', '1.log', '2.log', '.DS_Store', 'a/.DS_Store',
  'x.exe', 'a/b.dll', 'x.o', 'x.a', 'ünï/cödé.exe', 'dir with space/file.o',
];

test('every built-in glob: no path it matches is turned away by its required text', async () => {
  const rules = await loadBuiltinRulesFromYaml();
  const globs = [...new Set(rules.flatMap((r) => [...r.paths, ...r.excludePaths]))];
  assert.ok(globs.length > 50, `the packs' globs (${globs.length})`);
  let samples = 0;
  let filtered = 0;
  for (const glob of globs) {
    const required = requiredText(glob);
    if (required !== undefined) filtered++;
    const paths = [...samplesOf(glob), ...AWKWARD_PATHS];
    const isMatch = picomatch(glob, { dot: true });
    for (const path of paths) {
      if (!isMatch(path)) continue;
      samples++;
      assert.ok(mayMatch(path, required), `${glob} matches ${path}, but its required text ${JSON.stringify(required)} turns it away`);
    }
  }
  assert.ok(samples > globs.length, `paths checked (${samples})`);
  // The prefilter must also apply to most of them, or it saves nothing.
  assert.ok(filtered > globs.length * 0.9, `globs with required text: ${filtered} of ${globs.length}`);
});

test('awkward globs: negation, escapes, ranges, odd classes give no required text; the rest stay sound', () => {
  for (const glob of ['!**/*.md', 'a\\*b', '{1..3}.log', '**/[]x]y', '**/{a,{b,c}}.txt', '**/*', '*']) {
    assert.equal(requiredText(glob), undefined, glob);
  }
  assert.deepEqual(requiredText('**/*.{exe,dll}'), ['.exe', '.dll']);
  assert.deepEqual(requiredText('**/node_modules/**'), ['node_modules']);
  assert.deepEqual(requiredText('**/.git/config'), ['config']);
  for (const glob of AWKWARD_GLOBS) {
    const isMatch = picomatch(glob, { dot: true });
    for (const path of [...samplesOf(glob), ...AWKWARD_PATHS]) {
      if (isMatch(path)) assert.ok(mayMatch(path, requiredText(glob)), `${glob} matches ${path}`);
    }
  }
});

test('globsTest and compileAnyGlob give picomatch\'s answers with the prefilter in place', async (t) => {
  const rules = await loadBuiltinRulesFromYaml();
  const globs = [...new Set(rules.flatMap((r) => r.paths))];
  // The stored regexes, as the bundle has them (globsTest falls back to picomatch itself without them).
  const table = await globSources(globs);
  t.after(() => usePrecomputed(undefined));
  usePrecomputed({ prefilter: () => undefined, globs: () => table });
  assert.equal(precomputedGlobs().size, globs.length);
  const ours = await globsTest(globs);
  const any = await compileAnyGlob(globs);
  const theirs = picomatch(globs, { dot: true });
  const paths = [...new Set([...globs.flatMap(samplesOf), ...AWKWARD_PATHS, 'src/index.ts', 'README.md', 'a/b/c/d.json'])];
  for (const path of paths) {
    assert.equal(ours(path), theirs(path), path);
    assert.equal(any(path), theirs(path), path);
  }
});
