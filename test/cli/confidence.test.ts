// Confidence per face through the real CLI: a weak but real-looking password (generated, `Winter` and four digits)
// is a low-confidence finding that history audits and directory scans report and the hooks (scan --staged,
// --pre-push, --files) hold back as suppressed; --min-confidence and the config's minConfidence override the
// defaults; bad values exit 2 naming flag or field, value and what is accepted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { fake } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  confidence: string;
  suppression?: { kind: string; reason?: string; source?: string };
}
interface JsonReport {
  findings: JsonFinding[];
  suppressed?: JsonFinding[];
  summary: { suppressed: { confidence: number }; byConfidence: Record<string, number> };
}

const ZERO = '0'.repeat(40);

/** Environment without a surrounding hook run's variables (the suite may itself run under one). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('PRE_COMMIT') || name === 'GIT_INDEX_FILE' || name === 'LEAKGATE_SKIP') delete env[name];
  return env;
}

function scan(args: readonly string[], options: { cwd?: string; input?: string } = {}): { code: number; stderr: string; report: JsonReport } {
  const result = runCli(['scan', '-f', 'json', '--no-progress', '--show-suppressed', ...args], { ...options, env: cleanEnv() });
  assert.notEqual(result.code, 2, result.stderr);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
}

function reported(report: JsonReport): [string, number, number, string][] {
  return report.findings.map((f) => [f.ruleId, f.line, f.column, f.confidence]);
}

/** A repository whose last commit adds a weak password to config/app.yml (line 3, column 13); origin/main is before it. */
function weakPassword(t: { after(fn: () => void): void }): { repo: TestRepo; base: string; head: string } {
  const repo = createRepo();
  t.after(() => repo.remove());
  const base = repo.commit({ 'config/app.yml': 'db:\n  host: db\n' }, 'init');
  repo.git('update-ref', 'refs/remotes/origin/main', base);
  const head = repo.commit({ 'config/app.yml': `db:\n  host: db\n  password: Winter${fake('{digits:4}')}\n` }, 'add a password');
  return { repo, base, head };
}

const WEAK: [string, number, number, string] = ['credential.config-value', 3, 13, 'low'];

function assertHeldBack(report: JsonReport, source: RegExp): void {
  assert.deepEqual(reported(report), []);
  assert.deepEqual(
    report.suppressed?.map((f) => [f.ruleId, f.line, f.confidence, f.suppression?.kind]),
    [['credential.config-value', 3, 'low', 'confidence']],
  );
  assert.match(report.suppressed?.[0]?.suppression?.reason ?? '', /low confidence, below the minimum medium/);
  assert.match(report.suppressed?.[0]?.suppression?.source ?? '', source);
  assert.equal(report.summary.suppressed.confidence, 1);
}

test('a weak password is reported at low confidence by a history audit and a directory scan, and fails them', (t) => {
  const { repo } = weakPassword(t);
  const history = scan([repo.dir]);
  assert.deepEqual(reported(history.report), [WEAK]);
  assert.equal(history.code, 1);
  assert.deepEqual(history.report.summary.byConfidence, { high: 0, medium: 0, low: 1 });
  const directory = scan([repo.dir, '--no-git']);
  assert.deepEqual(reported(directory.report), [WEAK]);
  assert.equal(directory.code, 1);
  const text = runCli(['scan', repo.dir, '--no-progress'], { env: cleanEnv() });
  assert.match(text.stdout, /credential\.config-value .*\(low confidence\)/);
});

test('the pre-commit hook (scan --staged) holds a weak password back, counted as suppressed, and passes', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'config/app.yml': 'db:\n  host: db\n' }, 'init');
  repo.write('config/app.yml', `db:\n  host: db\n  password: Winter${fake('{digits:4}')}\n`);
  repo.git('add', '.');
  const { code, report } = scan([repo.dir, '--staged']);
  assertHeldBack(report, /hooks' default/);
  assert.equal(code, 0);
  const text = runCli(['scan', repo.dir, '--staged', '--no-progress'], { env: cleanEnv() });
  assert.equal(text.code, 0);
  assert.match(text.stderr + text.stdout, /1 suppressed \(1 below the minimum confidence\)/);
  // A random-looking value under the same key is medium confidence: the same hook blocks it.
  repo.write('config/app.yml', `db:\n  host: db\n  password: ${fake('{random:24}')}\n`);
  repo.git('add', '.');
  const strong = scan([repo.dir, '--staged']);
  assert.deepEqual(reported(strong.report), [['credential.config-value', 3, 13, 'medium']]);
  assert.equal(strong.code, 1);
});

test('the pre-push hook and a hook manager\'s scan --files hold a weak password back too', (t) => {
  const { repo, base, head } = weakPassword(t);
  const push = scan(['--pre-push'], { cwd: repo.dir, input: `refs/heads/main ${head} refs/heads/main ${base}\n` });
  assertHeldBack(push.report, /hooks' default/);
  assert.equal(push.code, 0);
  const files = scan(['--files', '--', 'config/app.yml'], { cwd: repo.dir });
  assertHeldBack(files.report, /hooks' default/);
  assert.equal(files.code, 0);
});

test('--min-confidence and the config\'s minConfidence override each face\'s default; the flag wins over the config', (t) => {
  const { repo, base, head } = weakPassword(t);
  const pushInput = `refs/heads/main ${head} refs/heads/main ${base}\n`;
  const flagged = scan(['--pre-push', '--min-confidence', 'low'], { cwd: repo.dir, input: pushInput });
  assert.deepEqual(reported(flagged.report), [WEAK]);
  assert.equal(flagged.code, 1);
  // An audit asked for medium and up holds it back.
  const audit = scan([repo.dir, '--min-confidence', 'medium']);
  assert.deepEqual(reported(audit.report), []);
  assert.equal(audit.report.suppressed?.[0]?.suppression?.source, '--min-confidence');
  assert.equal(audit.code, 0);
  // The config file: low for the hooks too.
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'minConfidence: low\n');
  const configured = scan(['--pre-push'], { cwd: repo.dir, input: pushInput });
  assert.deepEqual(reported(configured.report), [WEAK]);
  assert.equal(configured.code, 1);
  // The flag over the config.
  const both = scan(['--pre-push', '--min-confidence', 'high'], { cwd: repo.dir, input: pushInput });
  assert.deepEqual(reported(both.report), []);
  assert.equal(both.code, 0);
  // A config asking for high hides it from an audit, and says where the minimum came from.
  writeFileSync(join(repo.dir, '.leakgate.yaml'), 'minConfidence: high\n');
  const strict = scan([repo.dir]);
  assert.deepEqual(reported(strict.report), []);
  assert.match(strict.report.suppressed?.[0]?.suppression?.source ?? '', /minConfidence in .*\.leakgate\.yaml/);
  assert.equal(strict.code, 0);
});

test('a bad --min-confidence or minConfidence exits 2 naming the flag or field, the value and what is accepted', (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  writeFileSync(join(dir.dir, 'a.txt'), 'nothing\n');
  for (const value of ['maybe', 'HIGH', 'very-high']) {
    const bad = runCli(['scan', dir.dir, '--no-git', '--min-confidence', value, '--no-progress'], { env: cleanEnv() });
    assert.equal(bad.code, 2, `--min-confidence ${JSON.stringify(value)}`);
    assert.match(bad.stderr, new RegExp(`--min-confidence: expected one of low, medium, high, got "${value}"`));
  }
  writeFileSync(join(dir.dir, '.leakgate.yaml'), 'minConfidence: sure\n');
  const config = runCli(['scan', dir.dir, '--no-git', '--no-progress'], { env: cleanEnv() });
  assert.equal(config.code, 2);
  assert.match(config.stderr, /\.leakgate\.yaml:1: minConfidence: .*expected one of "high"\|"medium"\|"low", got "sure"/);
});
