// SARIF the way GitHub code scanning reads it: leakgate's fingerprint under its own versioned key, the line hash
// left to upload-sarif wherever it can compute one, hygiene rules as maintainability (not security) results,
// and grammar in rule help. codeql-action's hashing cannot run offline, so the keys and values set are asserted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScanReport } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { fingerprint, locationHash } from '../../src/engine/fingerprint.js';
import { FINGERPRINT_KEY, article, renderSarif } from '../../src/report/sarif.js';
import { makeRule } from '../helpers/rules.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

const SECRET = 'tok_SYNTHETICxVALUEx0123456789';

const rules = [
  makeRule({ id: 'test.token', pattern: 'tok_[A-Za-z0-9]+', description: 'AWS-style test token', severity: 'critical' }),
  makeRule({ id: 'test.creds', pattern: 'pw=.+', kind: 'credential', description: 'Plaintext password', severity: 'high' }),
  makeRule({ id: 'hygiene.big', pattern: '', kind: 'hygiene', description: 'Large file', severity: 'high', tags: ['size', 'security'] }),
  makeRule({ id: 'hygiene.junk', pattern: '', kind: 'hygiene', description: 'OS junk file', severity: 'low', tags: ['junk'] }),
];

function finding(ruleId: string, kind: Finding['kind'], severity: Finding['severity'], path: string): Finding {
  const secret = kind === 'hygiene' ? '' : SECRET;
  return {
    ruleId,
    blobId: '0123456789abcdef0123456789abcdef01234567',
    secret,
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 10,
    snippet: kind === 'hygiene' ? '' : `key ${SECRET}`,
    entropy: 4,
    severity,
    confidence: 'high',
    kind,
    path,
    fingerprint: fingerprint(ruleId, secret, kind === 'secret' ? undefined : path),
    otherOccurrences: 0,
  };
}

const report: ScanReport = {
  kind: 'range',
  target: '.',
  findings: [
    finding('test.token', 'secret', 'critical', 'src/app.ts'),
    finding('test.token', 'secret', 'critical', 'gone/old.env'),
    finding('test.creds', 'credential', 'high', 'deploy/.env'),
    finding('hygiene.big', 'hygiene', 'high', 'data/dump.csv'),
    finding('hygiene.junk', 'hygiene', 'low', '.DS_Store'),
  ],
  rules,
  diagnostics: [],
  stats: { blobs: 5, bytes: 100, binarySkipped: 0, commits: 1, blobsMatched: 5, durationMs: 1 },
  toolVersion: '0.0.0-test',
};

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; defaultConfiguration: { level: string }; properties: Record<string, unknown>; help: { text: string } }[] } };
    results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

test('fingerprints: leakgate/v1 on every result; primaryLocationLineHash only where upload-sarif cannot hash the file', () => {
  const inCheckout = (path: string) => path !== 'gone/old.env';
  const sarif = JSON.parse(renderSarif(report, { showSecrets: false, locationHash, uploaderHashes: inCheckout })) as Sarif;
  assert.deepEqual(sarifSchemaErrors(sarif), []);
  assert.equal(FINGERPRINT_KEY, 'leakgate/v1');
  for (const [i, result] of sarif.runs[0]!.results.entries()) {
    const f = report.findings[i]!;
    assert.equal(result.partialFingerprints['leakgate/v1'], f.fingerprint, f.path);
    if (inCheckout(f.path)) assert.equal(result.partialFingerprints.primaryLocationLineHash, undefined, `${f.path}: left to upload-sarif`);
    else assert.equal(result.partialFingerprints.primaryLocationLineHash, locationHash(f.fingerprint, f.path), `${f.path}: not in the checkout`);
  }
  // The same secret in two files: one content fingerprint, two alerts apart by location.
  const [a, b] = sarif.runs[0]!.results;
  assert.equal(a!.partialFingerprints['leakgate/v1'], b!.partialFingerprints['leakgate/v1']);
  // Without a checkout to compare with (the CLI), every result carries leakgate's own line hash.
  const plain = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as Sarif;
  assert.ok(plain.runs[0]!.results.every((r) => /^[0-9a-f]{16}:1$/.test(r.partialFingerprints.primaryLocationLineHash ?? '')));
});

test('hygiene is not security: no security-severity, maintainability tag, warning or note; secrets and credentials stay security alerts', () => {
  const sarif = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as Sarif;
  assert.deepEqual(sarifSchemaErrors(sarif), []);
  const byId = new Map(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
  for (const id of ['hygiene.big', 'hygiene.junk']) {
    const rule = byId.get(id)!;
    assert.equal(rule.properties['security-severity'], undefined, id);
    const tags = rule.properties.tags as string[];
    assert.ok(tags.includes('maintainability') && !tags.includes('security'), `${id}: ${tags.join(',')}`);
  }
  assert.equal(byId.get('hygiene.big')!.defaultConfiguration.level, 'warning');
  assert.equal(byId.get('hygiene.junk')!.defaultConfiguration.level, 'note');
  assert.deepEqual(byId.get('test.token')!.properties['security-severity'], '9.5');
  assert.deepEqual(byId.get('test.creds')!.properties['security-severity'], '8.0');
  assert.ok((byId.get('test.creds')!.properties.tags as string[]).includes('security'));
  const levels = Object.fromEntries(sarif.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.level]));
  assert.deepEqual(levels, { 'src/app.ts': 'error', 'gone/old.env': 'error', 'deploy/.env': 'error', 'data/dump.csv': 'warning', '.DS_Store': 'note' });
});

test('rule help says "an AWS", "a GitHub", "an npm"', () => {
  assert.equal(article('AWS access key'), 'an');
  assert.equal(article('GitHub token'), 'a');
  assert.equal(article('npm token'), 'an');
  assert.equal(article('URL with a password'), 'a');
  assert.equal(article('SSH private key'), 'an');
  assert.equal(article('JWT'), 'a');
  assert.equal(article('OpenAI API key'), 'an');
  assert.equal(article(''), 'a');
  const sarif = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as Sarif;
  const help = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'test.token')!.help.text;
  assert.match(help, /looks like an AWS-style test token/);
});
