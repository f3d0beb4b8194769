// What the Action hands to code scanning and the runner, checked on real runs: line hashes left to upload-sarif
// for files in the checkout, leakgate's own for a file only in history (and no annotation link to it), the
// step's failure line never crowded out by finding annotations, and a log line when secrets are shown.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAction } from '../helpers/action.js';
import { checkout, repoWithRemote } from '../helpers/remote.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';
import { githubToken } from '../helpers/secrets.js';

const REPOSITORY = { default_branch: 'main', name: 'demo', owner: { login: 'octo' } };

interface Result {
  partialFingerprints: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  properties: { fingerprint: string };
}

test('push: a file still in the checkout leaves the line hash to upload-sarif; a file deleted since keeps leakgate\'s', async (t) => {
  const h = repoWithRemote();
  t.after(() => h.remove());
  const c1 = h.work.commit({ 'README.md': '# demo\n' }, 'c1');
  h.work.git('push', '-q', 'origin', 'main');
  const kept = githubToken();
  const removed = githubToken();
  h.work.commit({ 'src/app.js': `const token = "${kept}";\n`, 'tmp/leak.txt': `${removed}\n` }, 'c2: two secrets');
  const c3 = h.work.commit({ 'tmp/leak.txt': null }, 'c3: remove one file');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, c3, { depth: 1 });
  t.after(() => co.remove());
  const run = await runAction({ event: 'push', payload: { ref: 'refs/heads/main', before: c1, after: c3, repository: REPOSITORY }, workspace: co.dir });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.deepEqual(sarifSchemaErrors(run.sarif), []);
  const results = (run.sarif as unknown as { runs: { results: Result[] }[] }).runs[0]!.results;
  const byPath = new Map(results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r]));
  assert.deepEqual([...byPath.keys()].sort(), ['src/app.js', 'tmp/leak.txt']);
  for (const r of results) assert.equal(r.partialFingerprints['leakgate/v1'], r.properties.fingerprint);
  assert.equal(byPath.get('src/app.js')!.partialFingerprints.primaryLocationLineHash, undefined);
  assert.match(byPath.get('tmp/leak.txt')!.partialFingerprints.primaryLocationLineHash ?? '', /^[0-9a-f]{16}:1$/);
  const errors = run.commands.filter((line) => line.startsWith('::error '));
  assert.ok(errors.some((line) => line.includes('file=src/app.js')), run.stdout);
  const historyOnly = errors.find((line) => line.includes('tmp/leak.txt'));
  assert.ok(historyOnly && !/file=/.test(historyOnly.split('::')[1]!), `no file link for a file not in the checkout: ${historyOnly}`);
  assert.match(historyOnly!, new RegExp(`only in history \\(removed in commit ${c3.slice(0, 12)}\\); still in the history of `));
});

test('history-only secrets: every finding says whether it is still in the scanned commit, and where a removed one went', async (t) => {
  const h = repoWithRemote();
  t.after(() => h.remove());
  const c1 = h.work.commit({ 'README.md': '# demo\n' }, 'c1');
  h.work.git('push', '-q', 'origin', 'main');
  const kept = githubToken();
  const gone = githubToken();
  const c2 = h.work.commit({ 'config/app.yaml': `a: ${kept}\nb: ${gone}\n` }, 'c2: two secrets in one file');
  const c3 = h.work.commit({ 'config/app.yaml': `a: ${kept}\nb: from-vault\n` }, 'c3: one removed, the file stays');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, c3, { depth: 1 });
  t.after(() => co.remove());
  const run = await runAction({ event: 'push', payload: { ref: 'refs/heads/main', before: c1, after: c3, repository: REPOSITORY }, workspace: co.dir });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.deepEqual(sarifSchemaErrors(run.sarif), []);
  type Traced = { message: { text: string }; properties: { inHead?: boolean; removedIn?: string; refs?: string[]; commit: string } };
  const results = (run.sarif as unknown as { runs: { results: (Result & Traced)[] }[] }).runs[0]!.results;
  assert.equal(results.length, 2);
  const [still, removed] = [results.find((r) => r.properties.inHead === true), results.find((r) => r.properties.inHead === false)];
  assert.ok(still && removed, JSON.stringify(results.map((r) => r.properties)));
  assert.equal(removed.properties.commit, c2);
  assert.equal(removed.properties.removedIn, c3);
  assert.ok(removed.properties.refs!.includes('origin/main'), removed.properties.refs!.join(','));
  assert.match(removed.message.text, new RegExp(`only in history \\(removed in commit ${c3.slice(0, 12)}\\); still in the history of .*rotate it`));
  assert.ok(!/only in history/.test(still.message.text));
  // The removed one's annotation does not point at a line of the checkout that no longer holds it.
  const errors = run.commands.filter((line) => line.startsWith('::error '));
  assert.equal(errors.filter((line) => line.includes('file=config/app.yaml')).length, 1, run.stdout);
  assert.equal(errors.filter((line) => /only in history/.test(line)).length, 1, run.stdout);
});

test('many findings: the failure line stays within the 10 error annotations GitHub keeps; redact false is said in the log', async (t) => {
  const h = repoWithRemote();
  t.after(() => h.remove());
  const c1 = h.work.commit({ 'README.md': '# demo\n' }, 'c1');
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`keys/k${i}.txt`] = `${githubToken()}\n`;
  const c2 = h.work.commit(files, 'c2: twelve secrets');
  h.work.git('push', '-q', 'origin', 'main');
  const co = checkout(h.url, c2, { depth: 0 });
  t.after(() => co.remove());
  const payload = { ref: 'refs/heads/main', before: c1, after: c2, repository: REPOSITORY };
  const run = await runAction({ event: 'push', payload, workspace: co.dir });
  assert.equal(run.code, 1);
  const errors = run.commands.filter((line) => line.startsWith('::error'));
  assert.ok(errors.length <= 10, `${errors.length} error annotations: GitHub drops those past 10`);
  assert.match(errors.at(-1)!, /^::error::leakgate: 12 new findings/);
  assert.ok(!run.stdout.includes('secrets are shown'));
  const shown = await runAction({ event: 'push', payload, workspace: co.dir, inputs: { redact: 'false' } });
  assert.match(shown.stdout, /::warning::leakgate: redact is false: secrets are shown in full/);
  assert.ok(shown.commands.filter((line) => line.startsWith('::error') || line.startsWith('::warning')).length <= 10);
});
