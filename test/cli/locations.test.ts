// Every location of a secret: one finding per secret, rule and file, listing each line it occurs on, in JSON,
// SARIF and text; the fingerprint does not move when a copy is added; allow comments count per location.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';

interface Located { ruleId: string; line: number; fingerprint: string; locations: { line: number; allowed?: boolean }[] }

function json(dir: string): { code: number; findings: Located[] } {
  const r = runCli(['scan', dir, '-f', 'json', '--no-progress', '--no-cache']);
  assert.notEqual(r.code, 2, r.stderr);
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Located[] }).findings };
}

test('a secret on three lines of one file is one finding with every location, in JSON, SARIF and text', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'ci/deploy.sh': `TOKEN=${token}\n` }, 'one copy');
  const once = json(repo.dir).findings.filter((f) => f.ruleId === 'github.pat');
  assert.equal(once.length, 1);
  assert.deepEqual(once[0]!.locations.map((l) => l.line), [1]);

  // The same file holding three copies from its first commit (a later commit's copies are occurrences of the
  // finding where the secret was introduced).
  const copies = createRepo();
  t.after(() => copies.remove());
  copies.commit({ 'ci/deploy.sh': `TOKEN=${token}\necho start\nexport GH=${token}\n\ncurl -H "token ${token}"\n` }, 'copies');
  const { code, findings } = json(copies.dir);
  const pats = findings.filter((f) => f.ruleId === 'github.pat');
  assert.equal(code, 1);
  assert.equal(pats.length, 1, 'one finding, not one per line');
  assert.deepEqual(pats[0]!.locations.map((l) => l.line), [1, 3, 5]);
  assert.equal(pats[0]!.line, 1);
  assert.equal(pats[0]!.fingerprint, once[0]!.fingerprint, 'the fingerprint is the content\'s, not the number of copies');

  const sarif = JSON.parse(runCli(['scan', copies.dir, '-f', 'sarif', '--no-progress', '--no-cache']).stdout) as {
    runs: { results: { ruleId: string; relatedLocations?: { id: number; physicalLocation: { region: { startLine: number } } }[] }[] }[];
  };
  const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'github.pat')!;
  assert.deepEqual(result.relatedLocations?.map((l) => [l.id, l.physicalLocation.region.startLine]), [[1, 3], [2, 5]]);

  const text = runCli(['scan', copies.dir, '--no-progress', '--no-cache']).stdout;
  assert.match(text, /also at lines 3, 5/);
  assert.doesNotMatch(text, new RegExp(token), 'redacted');
});

test('allow comments count per location: the finding stays, at the first line not allowed, while one copy is not allowed', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ 'a.txt': `a = ${token} # leakgate:allow\nb = ${token}\n` }, 'two copies');
  const pats = json(repo.dir).findings.filter((f) => f.ruleId === 'github.pat');
  assert.equal(pats.length, 1);
  assert.equal(pats[0]!.line, 2);
  assert.deepEqual(pats[0]!.locations, [{ line: 2, column: 5, endLine: 2, endColumn: 5 + token.length }, { line: 1, column: 5, endLine: 1, endColumn: 5 + token.length, allowed: true }]);
  const other = createRepo();
  t.after(() => other.remove());
  other.commit({ 'a.txt': `a = ${token} # leakgate:allow\nb = ${token} # leakgate:allow\n` }, 'both allowed');
  assert.deepEqual(json(other.dir).findings.filter((f) => f.ruleId === 'github.pat'), [], 'allowed where every copy is');
});

test('the text report lists ten other lines and counts the rest; SARIF ranks and states precision from the confidence', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  // Fourteen copies on lines 1, 3, ..., 27: the finding at line 1, thirteen others, ten listed and "3 more".
  repo.commit({ 'ci/many.sh': Array.from({ length: 14 }, (_, i) => `T${i}=${token}\n`).join('\n') }, 'copies');
  const text = runCli(['scan', repo.dir, '--no-progress', '--no-cache']).stdout;
  assert.match(text, /also at lines 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, and 3 more/);
  const sarif = JSON.parse(runCli(['scan', repo.dir, '-f', 'sarif', '--no-progress', '--no-cache']).stdout) as {
    runs: { results: { ruleId: string; rank: number; properties: { confidence: string; precision: string } }[]; tool: { driver: { rules: { id: string; properties?: { precision?: string } }[] } } }[];
  };
  const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'github.pat')!;
  // github.pat is a provider format with a checksum: high confidence, rank 90, and the rule's own precision.
  assert.equal(result.properties.confidence, 'high');
  assert.equal(result.rank, 90);
  assert.equal(result.properties.precision, 'very-high');
  // The rule descriptor carries the precision GitHub code scanning reads.
  assert.equal(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'github.pat')?.properties?.precision, 'very-high');
});
