// Encoded secrets through the CLI: history, staged and directory scans; the chain in every format; depth from the
// flag and the config file, and their errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

test('a base64-encoded token in history is reported at the encoded text with its chain, in JSON, SARIF and text', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  const token = githubToken();
  const encoded = b64(encodeURIComponent(`token=${token}&x=1`));
  repo.commit({ 'deploy/values.yaml': `image: app\nextra: ${encoded}\n` }, 'add values');
  repo.commit({ 'deploy/values.yaml': 'image: app\n' }, 'remove it');
  const json = runCli(['scan', '--format', 'json', '--no-cache'], { cwd: repo.dir });
  assert.equal(json.code, 1, json.stderr);
  const [finding, ...rest] = JSON.parse(json.stdout).findings;
  assert.equal(rest.length, 0);
  assert.equal(finding.ruleId, 'github.pat');
  assert.deepEqual(finding.decoded, ['base64', 'percent']);
  assert.equal(finding.line, 2);
  assert.equal(finding.column, 8);
  assert.equal(finding.endColumn, 8 + encoded.length);
  assert.ok(!json.stdout.includes(token) && !json.stdout.includes(encoded), 'redacted: neither the token nor its encoding is shown');

  const sarif = JSON.parse(runCli(['scan', '--format', 'sarif', '--no-cache'], { cwd: repo.dir }).stdout);
  const result = sarif.runs[0].results[0];
  assert.equal(result.properties.decoded, 'base64 > percent');
  assert.equal(result.locations[0].physicalLocation.region.snippet, undefined, 'the region snippet would not be the file text');
  assert.ok(!JSON.stringify(sarif).includes(token));

  const text = runCli(['scan', '--no-cache'], { cwd: repo.dir, env: { ...process.env, NO_COLOR: '1' } }).stdout;
  assert.match(text, /deploy\/values\.yaml:2:8/);
  assert.match(text, /encoded base64 > percent/);
  assert.ok(!text.includes(token));

  assert.equal(runCli(['scan', '--no-cache', '--decode-depth', '1'], { cwd: repo.dir }).code, 0, 'one level does not reach the token');
  assert.equal(runCli(['scan', '--no-cache', '--decode-depth', '0'], { cwd: repo.dir }).code, 0);
});

test('staged and directory scans decode too; decode.depth in the config; bad values exit 2', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.write('ci/headers.txt', `Authorization: Basic ${b64(`ci:${githubToken()}`)}\n`);
  repo.git('add', 'ci/headers.txt');
  const staged = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  assert.equal(staged.code, 1, staged.stderr);
  assert.deepEqual(JSON.parse(staged.stdout).findings.map((f: { ruleId: string; decoded?: string[] }) => [f.ruleId, f.decoded]), [['github.pat', ['base64']]]);
  assert.equal(runCli(['scan', '--no-git', '.'], { cwd: repo.dir }).code, 1);

  repo.write('.leakgate.yaml', 'decode:\n  depth: 0\n');
  assert.equal(runCli(['scan', '--no-git', '.'], { cwd: repo.dir }).code, 0, 'the config turns decoding off');
  assert.equal(runCli(['scan', '--no-git', '.', '--decode-depth', '2'], { cwd: repo.dir }).code, 1, 'the flag wins over the config');
  for (const value of ['9', '-1', 'x', '1.5']) {
    const flag = runCli(['scan', '--no-git', '.', `--decode-depth=${value}`], { cwd: repo.dir });
    assert.equal(flag.code, 2, value);
    assert.match(flag.stderr, /--decode-depth: expected a whole number from 0 \(decoding off\) to 8/);
  }
  repo.write('.leakgate.yaml', 'decode:\n  depth: deep\n');
  const bad = runCli(['scan', '--no-git', '.'], { cwd: repo.dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\.leakgate\.yaml:2: decode\.depth: expected a whole number from 0 to 8/);
});
