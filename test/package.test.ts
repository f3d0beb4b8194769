// The npm package as a user gets it: `npm pack` makes a tarball of what users need (package.json "files"), built on
// prepack; installed into an empty project it runs as `npx leakgate`: its version, a scan (on worker threads too),
// its rule checks and its hooks. Offline: the package has no dependencies to fetch (they are bundled into dist/).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir } from './helpers/repo.js';
import { githubToken } from './helpers/secrets.js';
import { ROOT } from './helpers/cli.js';
import { VERSION } from '../src/core/version.js';

/** The environment of `npm test` without npm's own variables (a child npm would take them as its settings). */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'NODE_TEST_CONTEXT') env[key] = value;
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...extra };
}

interface PackageJson {
  readonly files?: string[];
  readonly scripts?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly bin?: Record<string, string>;
}

test('package.json ships only what users need, builds on prepack, and depends on nothing at run time', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  assert.equal(pkg.scripts?.prepack, 'npm run build');
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'the bundles in dist/ carry their packages');
  assert.equal(pkg.bin?.leakgate, 'dist/cli.cjs');
  assert.ok(pkg.files && pkg.files.length > 0);
});

test('npm pack makes a tarball that installs into an empty project and runs as npx leakgate', (t) => {
  const work = tempDir('leakgate-pack-');
  t.after(() => work.remove());
  const cache = join(work.dir, 'npm-cache');
  const env = cleanEnv({ npm_config_cache: cache, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
  const run = (command: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
    spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 });

  // dist/ is what `npm test` has just built; --ignore-scripts keeps prepack from rebuilding it under the other tests.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work.dir], ROOT);
  assert.equal(packed.status, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  assert.ok(info);
  const files = info.files.map((f) => f.path).sort();
  for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'dist/cli.cjs', 'dist/cli-main.cjs', 'dist/worker.js', 'dist/builtin-rules.json', 'dist/builtin-rule-docs.json', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/vendor/yaml.cjs', 'hooks/pre-commit', 'hooks/pre-push', 'rules/secrets.yaml', 'docs/configuration.md']) {
    assert.ok(files.includes(needed), `${needed} is in the package`);
  }
  for (const path of files) {
    assert.doesNotMatch(path, /^(src|test|build|bench|scripts|node_modules|\.ci|\.bench)\//, `${path} is not for users`);
    assert.doesNotMatch(path, /^dist\/action/, `${path}: the Action runs from the repository, not from npm`);
  }

  const project = join(work.dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  const installed = run('npm', ['install', '--offline', '--save-dev', join(work.dir, info.filename)], project);
  assert.equal(installed.status, 0, installed.stderr);

  const version = run('npx', ['--offline', 'leakgate', '--version'], project);
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), VERSION);

  // A history scan of a repository in the project: the token is found, attributed to its commit.
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.commit({ 'config.js': `const token = "${githubToken()}";\n` }, 'add config');
  const scan = run('npx', ['--offline', 'leakgate', 'scan', repo.dir, '--format', 'json', '--no-progress'], project);
  assert.equal(scan.status, 1, scan.stderr);
  const report = JSON.parse(scan.stdout) as { findings: { ruleId: string; path: string; commit: { summary: string } | null }[] };
  assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.path} ${f.commit?.summary}`), ['github.pat config.js add config']);

  // A custom rule runs on worker threads (under the regex time budget): the worker bundle is in the package.
  writeFileSync(
    join(repo.dir, '.leakgate.yaml'),
    [
      'rules:',
      '  - id: acme.key',
      '    description: Acme key',
      '    severity: high',
      '    keywords: [acme_]',
      "    pattern: '(acme_[a-z0-9]{20})'",
      '    secretGroup: 1',
      '    examples:',
      "      match: ['k = acme_{lowernum:20}']",
      "      ignore: ['k = acme_short']",
      '',
    ].join('\n'),
  );
  writeFileSync(join(repo.dir, 'acme.txt'), 'k = acme_0a1b2c3d4e5f6a7b8c9d\n');
  const workers = run('npx', ['--offline', 'leakgate', 'scan', '--no-git', repo.dir, '--format', 'json', '--verbose', '--no-progress'], project);
  assert.equal(workers.status, 1, workers.stderr);
  const ids = (JSON.parse(workers.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
  assert.deepEqual(ids, ['acme.key', 'github.pat']);

  // The rules' documentation (their examples) is packed: rules --check runs them all.
  const check = run('npx', ['--offline', 'leakgate', 'rules', '--check'], project);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /^\d+ rules OK, \d+ examples pass$/m);

  // The hooks from the package: install writes them, and a commit adding a token is blocked.
  const hooks = run('npx', ['--offline', 'leakgate', 'install', repo.dir], project);
  assert.equal(hooks.status, 0, hooks.stderr);
  assert.match(readFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'utf8'), /node_modules\/leakgate\/dist\/cli\.cjs/);
  repo.write('more.js', `const again = "${githubToken()}";\n`);
  repo.git('add', 'more.js');
  const commit = run('git', ['commit', '-q', '-m', 'more'], repo.dir);
  assert.equal(commit.status, 1, 'the pre-commit hook blocks the commit');
  assert.match(commit.stderr, /github\.pat/);
  assert.match(commit.stderr, /commit blocked/);
});
