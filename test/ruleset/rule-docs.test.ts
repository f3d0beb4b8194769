// The bundle keeps the built-in rules' documentation (remediation, references, examples) in a file of its own,
// read only when something shows it. Through the CLI: what SARIF and `rules --check` show is the YAML packs' own
// documentation; a clean hook run never opens the file; a missing or damaged file costs the documentation, not
// the scan.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltinRulesFromYaml, PRECOMPILED_RULES } from '../../src/ruleset/load.js';
import { DOC_FIELDS, PRECOMPILED_RULE_DOCS } from '../../src/ruleset/docs.js';
import { CLI, copyOfDist, ROOT, runCli } from '../helpers/cli.js';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';

const DIST = join(ROOT, 'dist');

interface SarifRule {
  id: string;
  helpUri?: string;
  help: { text: string; markdown: string };
}

test('the bundle\'s rules hold no documentation; its documentation file holds exactly the YAML packs\'', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, async () => {
  const yaml = await loadBuiltinRulesFromYaml();
  // ASCII, as the CLI reads it (and its own bundle) as Latin-1.
  for (const file of [PRECOMPILED_RULES, 'cli-main.cjs']) assert.ok(!/[^\x00-\x7f]/.test(readFileSync(join(DIST, file), 'latin1')), `${file} is ASCII`);
  const hot = JSON.parse(readFileSync(join(DIST, PRECOMPILED_RULES), 'utf8')) as Record<string, unknown>[];
  const docs = JSON.parse(readFileSync(join(DIST, PRECOMPILED_RULE_DOCS), 'utf8')) as Record<string, Record<string, unknown>>;
  assert.equal(hot.length, yaml.length);
  for (const [i, rule] of yaml.entries()) {
    const stored = hot[i]!;
    for (const field of DOC_FIELDS) assert.ok(!(field in stored), `${rule.id}: ${field} is in ${PRECOMPILED_RULES}`);
    assert.deepEqual({ ...stored, ...docs[rule.id] }, JSON.parse(JSON.stringify(rule)), rule.id);
  }
});

test('SARIF shows a rule\'s remediation and references, and rules --check runs every example, from the bundle', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'config.js': `const token = "${githubToken()}";\n` }, 'a token');
  const sarif = runCli(['scan', repo.dir, '--format', 'sarif', '--no-cache']);
  assert.equal(sarif.code, 1, sarif.stderr);
  const rules = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }).runs[0]!.tool.driver.rules;
  const yaml = await loadBuiltinRulesFromYaml();
  assert.ok(rules.length > 0);
  for (const shown of rules) {
    const rule = yaml.find((r) => r.id === shown.id)!;
    assert.ok(rule.remediation!.length > 20 && shown.help.markdown.includes(rule.remediation!), shown.id);
    assert.equal(shown.helpUri, rule.references![0], shown.id);
  }
  // A config override copies the rules it changes: their documentation comes along.
  repo.write('.leakgate.yaml', `overrides:\n${rules.map((r) => `  ${r.id}:\n    severity: low\n`).join('')}`);
  const overridden = runCli(['scan', repo.dir, '--format', 'sarif', '--no-cache']);
  assert.equal(overridden.code, 1, overridden.stderr);
  const shownAgain = (JSON.parse(overridden.stdout) as { runs: { tool: { driver: { rules: (SarifRule & { defaultConfiguration?: { level?: string } })[] } } }[] }).runs[0]!.tool.driver.rules;
  assert.deepEqual(shownAgain.map((r) => [r.id, r.help.markdown, r.helpUri]), rules.map((r) => [r.id, r.help.markdown, r.helpUri]));
  const check = runCli(['rules', '--check']);
  assert.equal(check.code, 0, check.stderr);
  const examples = yaml.reduce((n, r) => n + r.examples!.match.length + r.examples!.ignore.length, 0);
  assert.match(check.stdout + check.stderr, new RegExp(`${yaml.length} rules OK, ${examples} examples pass`));
});

test('hostile: without its documentation file, or with a damaged one, the bundle scans the same; SARIF has empty help', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n' }, 'base');
  repo.write('config.js', `const token = "${githubToken()}";\n`);
  repo.git('add', '-A');
  const { dist, run: runCopy } = copyOfDist(t);
  const run = (args: string[]) => runCopy(args, repo.dir);
  const expected = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string; path: string; line: number }[] }).findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`);
  for (const [what, hurt] of [
    ['missing', (file: string) => rmSync(file)],
    ['damaged', (file: string) => writeFileSync(file, '{"truncated": ')],
    ['of the wrong shape', (file: string) => writeFileSync(file, '[1, 2, 3]')],
  ] as const) {
    hurt(join(dist, PRECOMPILED_RULE_DOCS));
    const json = run(['scan', '--staged', '--format', 'json']);
    assert.equal(json.status, 1, `${what}: ${json.stderr}`);
    assert.deepEqual(findings(json.stdout), findings(expected.stdout), what);
    const sarif = run(['scan', '--staged', '--format', 'sarif']);
    assert.equal(sarif.status, 1, `${what}: ${sarif.stderr}`);
    const rules = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: SarifRule[] } } }[] }).runs[0]!.tool.driver.rules;
    assert.ok(rules.length > 0 && rules.every((r) => r.helpUri === undefined), what);
  }
});
