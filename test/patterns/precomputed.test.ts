import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { compileRules } from '../../src/engine/compile.js';
import { globSource, globsTest } from '../../src/patterns/globs.js';
import { usePrecomputed } from '../../src/patterns/precomputed.js';
import { buildPrefilter, buildPrefilterTables, deserializePrefilter, serializePrefilter } from '../../src/engine/prefilter.js';
import { loadBuiltinRulesFromYaml, PRECOMPUTED_GLOBS, PRECOMPUTED_PREFILTER } from '../../src/ruleset/load.js';
import { CLI, copyOfDist, ROOT, runCli } from '../helpers/cli.js';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';

const DIST = join(ROOT, 'dist');

/** Pseudo-random text over the keywords' letters, with keywords spliced in, in both cases. */
function texts(keywords: readonly string[], count: number): Buffer[] {
  let state = 17;
  const rand = (n: number): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
  const letters = [...new Set(keywords.join(''))].join('') + ' \n=_-';
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    const size = 200 + rand(6000);
    while (parts.join('').length < size) {
      const word = rand(4) === 0 ? keywords[rand(keywords.length)]! : Array.from({ length: 1 + rand(8) }, () => letters[rand(letters.length)]).join('');
      parts.push(rand(2) ? word.toUpperCase() : word);
    }
    return Buffer.from(parts.join(''), 'latin1');
  });
}

function marks(prefilter: ReturnType<typeof buildPrefilter>, text: Buffer): string {
  const found = new Uint8Array(prefilter.keywords.length);
  prefilter.scan(text, found);
  return found.join('');
}

test('a stored prefilter round-trips: same tables, same keywords found as one built now', async () => {
  const keywords = compileRules(await loadBuiltinRulesFromYaml()).prefilter.keywords;
  const built = buildPrefilterTables(keywords);
  const bytes = serializePrefilter(built);
  const read = deserializePrefilter(bytes, keywords);
  assert.ok(read, 'the stored tables are accepted for the same keywords');
  assert.equal(read.count, built.count);
  assert.equal(read.firstOutput, built.firstOutput);
  assert.deepEqual([...read.table], [...built.table]);
  assert.deepEqual(read.outputs.map((o) => [...o]), built.outputs.map((o) => [...o]));
  const fromStored = buildPrefilter(keywords, bytes);
  const fresh = buildPrefilter(keywords);
  for (const text of texts(keywords, 40)) assert.equal(marks(fromStored, text), marks(fresh, text));
});

test('stored tables for other keywords (a rule added, dropped or reordered) are not used', () => {
  const keywords = ['ghp_', 'password', 'xoxb-', 'secret'];
  const bytes = serializePrefilter(buildPrefilterTables(keywords));
  assert.ok(deserializePrefilter(bytes, keywords));
  assert.equal(deserializePrefilter(bytes, [...keywords, 'akia']), undefined);
  assert.equal(deserializePrefilter(bytes, keywords.slice(1)), undefined);
  assert.equal(deserializePrefilter(bytes, [...keywords].reverse()), undefined);
  // buildPrefilter then builds its own: the added keyword is found.
  const pf = buildPrefilter([...keywords, 'akia'], bytes);
  const found = new Uint8Array(5);
  pf.scan(Buffer.from('key AKIA0000 and xoxb-1'), found);
  assert.deepEqual([...found], [0, 0, 1, 0, 1]);
});

test('hostile: damaged stored tables are refused or harmless, never a crash', () => {
  const keywords = ['ghp_', 'password', 'xoxb-', 'secret', 'token'];
  const good = serializePrefilter(buildPrefilterTables(keywords));
  const text = Buffer.from('password=1 TOKEN ghp_x '.repeat(300));
  const expected = marks(buildPrefilter(keywords), text);
  const variants: Uint8Array[] = [
    new Uint8Array(0),
    good.slice(0, 3),
    good.slice(0, 40),
    good.slice(0, good.length - 1),
    Buffer.concat([good, Buffer.from([0])]),
    Buffer.from('not a prefilter at all, just some text of some length'),
    (() => {
      const b = Buffer.from(good);
      b.writeUInt32LE(0xffffffff, 0);
      return b;
    })(),
    (() => {
      const b = Buffer.from(good);
      b.write('{', 4 + 'leakgate-prefilter 1\n'.length + 3, 'latin1');
      return b;
    })(),
  ];
  // Every single byte of the table zeroed or maxed, in turn (sampled): refused by the check, or still correct.
  const start = good.length - buildPrefilterTables(keywords).table.byteLength;
  for (let at = start; at < good.length; at += 97) {
    for (const value of [0, 0xff]) {
      const b = Buffer.from(good);
      b[at] = value;
      variants.push(b);
    }
  }
  for (const bytes of variants) {
    const read = deserializePrefilter(bytes, keywords);
    const pf = buildPrefilter(keywords, bytes);
    // Refused (built anew) or accepted: either way every keyword of the text is still found.
    assert.equal(marks(pf, text), expected, read === undefined ? 'refused' : 'accepted');
  }
});

test('precomputed globs give the same answers as picomatch, and unknown globs still go through picomatch', async (t) => {
  const rules = await loadBuiltinRulesFromYaml();
  const globs = [...new Set(rules.flatMap((r) => [...r.paths, ...r.excludePaths, ...(r.sizeLimits ?? []).flatMap((l) => l.paths)]))];
  const { globSources } = await import('../../src/patterns/globs.js');
  const table = await globSources(globs);
  t.after(() => usePrecomputed(undefined));
  usePrecomputed({ prefilter: () => undefined, globs: () => table });
  const paths = ['.env', 'a/.env', 'a/b/.env.local', 'x.env', '.npmrc', 'id_rsa', 'a/id_rsa.pub', 'node_modules/x/y.js', '.DS_Store', 'a.jar', 'b/c.tfvars', 'docs/.env.example', '.env/x', '', 'a//b', './.env'];
  for (const glob of globs) {
    const expected = picomatch(glob, { dot: true });
    const test = await globsTest([glob]);
    for (const path of [...paths, glob]) assert.equal(test(path), expected(path), `${glob} on "${path}"`);
    assert.equal(await globSource(glob), picomatch.makeRe(glob, { dot: true }).source);
  }
  const mixed = await globsTest(['**/.env', 'not/**/in-the-table']);
  assert.equal(mixed('not/a/in-the-table'), true);
  assert.equal(await globSource('unknown/*.glob'), picomatch.makeRe('unknown/*.glob', { dot: true }).source);
});

test('hostile: a glob table of the wrong shape, or unreadable data, is ignored', async (t) => {
  t.after(() => usePrecomputed(undefined));
  for (const table of [null, 'text', [1, 2], { '**/.env': 42 }, { '**/.env': '(' }, { '**/.env': '^$' }]) {
    usePrecomputed({ prefilter: () => undefined, globs: () => table });
    const test = await globsTest(['**/.env']);
    // The last is well-formed but wrong: stored data is trusted once it has the right shape (the build wrote it).
    const wrong = typeof table === 'object' && table !== null && (table as Record<string, unknown>)['**/.env'] === '^$';
    assert.equal(test('a/.env'), !wrong, JSON.stringify(table));
    assert.equal(test('a/env'), false);
    assert.equal(await globSource('**/.env'), wrong ? '^$' : picomatch.makeRe('**/.env', { dot: true }).source);
  }
  const unreadable = (): never => {
    throw new Error('unreadable');
  };
  usePrecomputed({ prefilter: unreadable, globs: unreadable });
  assert.equal((await globsTest(['**/.env']))('x/.env'), true);
  assert.ok(compileRules(await loadBuiltinRulesFromYaml()).prefilter.keywords.length > 100);
});

test('the build stores the built-in rules\' prefilter and globs, and they match what a scan derives', { skip: existsSync(join(DIST, PRECOMPUTED_PREFILTER)) ? false : `dist/${PRECOMPUTED_PREFILTER} is missing: run npm run build first` }, async () => {
  const rules = await loadBuiltinRulesFromYaml();
  const keywords = compileRules(rules).prefilter.keywords;
  const stored = readFileSync(join(DIST, PRECOMPUTED_PREFILTER));
  assert.ok(deserializePrefilter(stored, keywords), 'dist/ holds the prefilter of the current built-in rules (npm run build)');
  // A config that disables one rule with keywords of its own changes the keyword list: the stored one is not used.
  const withKeywords = rules.find((r) => r.keywords.length > 0 && r.keywords.every((k) => rules.filter((o) => o.keywords.includes(k)).length === 1))!;
  const fewer = compileRules(rules.filter((r) => r !== withKeywords)).prefilter.keywords;
  assert.equal(deserializePrefilter(stored, fewer), undefined);
  const globs = JSON.parse(readFileSync(join(DIST, PRECOMPUTED_GLOBS), 'utf8')) as Record<string, string>;
  for (const [glob, source] of Object.entries(globs)) assert.equal(source, picomatch.makeRe(glob, { dot: true }).source, glob);
});

test('hostile: the CLI with missing or damaged precomputed files still finds what it should', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n' }, 'base');
  repo.write('config.js', `const token = "${githubToken()}";\n`);
  repo.write('.env', 'PASSWORD=hunter2-is-not-it-Xy7\n');
  repo.git('add', '-A');
  const { dist, run: runCopy } = copyOfDist(t);
  const reference = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  assert.equal(reference.code, 1, reference.stderr);
  const expected = (JSON.parse(reference.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`);
  assert.ok(expected.some((f) => f.startsWith('github.')), expected.join('\n'));
  const damage: [string, (file: string) => void][] = [
    ['truncated', (file) => writeFileSync(file, readFileSync(file).subarray(0, 1000))],
    ['garbage', (file) => writeFileSync(file, Buffer.alloc(4096, 0xff))],
    ['empty', (file) => writeFileSync(file, '')],
  ];
  for (const [what, hurt] of damage) {
    hurt(join(dist, PRECOMPUTED_PREFILTER));
    hurt(join(dist, PRECOMPUTED_GLOBS));
    const run = runCopy(['scan', '--staged', '--format', 'json'], repo.dir);
    assert.equal(run.status, 1, `${what}: ${run.stderr}`);
    const found = (JSON.parse(run.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`);
    assert.deepEqual(found, expected, what);
  }
  rmSync(join(dist, PRECOMPUTED_PREFILTER));
  rmSync(join(dist, PRECOMPUTED_GLOBS));
  const missing = runCopy(['scan', '--staged', '--format', 'json'], repo.dir);
  assert.equal(missing.status, 1, missing.stderr);
  assert.deepEqual((JSON.parse(missing.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`), expected);
});

test('a config\'s globs come from its remembered parse: a run with the config seen before never loads picomatch', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n', '.leakgate.yaml': 'allowlist:\n  paths: ["vendor/**", "**/*.fixture.js"]\n' }, 'base');
  repo.write('vendor/lib.js', `const token = "${githubToken()}";\n`);
  repo.write('test/a.fixture.js', `const token = "${githubToken()}";\n`);
  repo.write('src/app.js', `const token = "${githubToken()}";\n`);
  repo.git('add', '-A');
  const paths = (stdout: string) => (JSON.parse(stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
  // The first run parses the config (and loads picomatch for its globs).
  const first = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  assert.equal(first.code, 1, first.stderr);
  assert.deepEqual(paths(first.stdout), ['src/app.js']);
  // A bundle without picomatch finds the same: the globs' regexes come from the config cache.
  const { dist, run: runCopy } = copyOfDist(t);
  rmSync(join(dist, 'vendor', 'picomatch.cjs'));
  const run = runCopy(['scan', '--staged', '--format', 'json'], repo.dir);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(paths(run.stdout), ['src/app.js']);
});
