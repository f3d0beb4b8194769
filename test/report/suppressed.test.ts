// Reporters with suppressed findings: counts in every format, the list on request, SARIF `suppressions`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ScanReport } from '../../src/core/report.js';
import type { SuppressedFinding } from '../../src/core/suppression.js';
import type { Finding } from '../../src/core/types.js';
import { fingerprint, locationHash } from '../../src/engine/fingerprint.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText, summaryLine } from '../../src/report/text.js';
import { makeRule } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

const require = createRequire(import.meta.url);
// Generated at run time: the repository holds no secret-shaped literal, not even a synthetic one.
const SECRET = fake('tok_{random:24}');
const rules = [makeRule({ id: 'test.token', pattern: 'tok_[A-Za-z0-9]+', severity: 'critical' })];

function finding(n: number): Finding {
  const secret = `${SECRET}${n}`;
  return {
    ruleId: 'test.token',
    blobId: 'c'.repeat(40),
    secret,
    line: n,
    column: 1,
    endLine: n,
    endColumn: 1 + secret.length,
    snippet: `k = ${secret}`,
    entropy: 4,
    severity: 'critical',
    confidence: 'high',
    kind: 'secret',
    path: 'src/a.ts',
    fingerprint: fingerprint('test.token', secret),
    otherOccurrences: 0,
  };
}

const suppressed: SuppressedFinding[] = [
  { ...finding(2), suppression: { kind: 'baseline', source: '.leakgate-baseline.jsonl' } },
  { ...finding(3), suppression: { kind: 'baseline', source: '.leakgate-baseline.jsonl' } },
  { ...finding(4), allowed: { marker: 'leakgate:allow', reason: 'fixture' }, suppression: { kind: 'inline', reason: 'fixture', source: 'leakgate:allow' } },
  { ...finding(5), suppression: { kind: 'ignore', reason: 'revoked', source: '.leakgateignore' } },
];
const report: ScanReport = {
  kind: 'history',
  target: '.',
  findings: [finding(1)],
  suppressed,
  rules,
  diagnostics: [],
  stats: { blobs: 1, bytes: 10, binarySkipped: 0, commits: 1, blobsMatched: 1, durationMs: 5 },
  toolVersion: '0.0.0-test',
};

test('the summary line says what was suppressed and why', () => {
  assert.equal(
    summaryLine(report),
    'leakgate history scan of .: 1 finding (1 critical); 4 suppressed (2 in baseline, 1 allowed inline, 1 ignored); scanned 1 blob (10 B), 1 commit in 0.0 s',
  );
  assert.match(summaryLine({ ...report, findings: [] }), /: no findings; 4 suppressed \(/);
  assert.doesNotMatch(summaryLine({ ...report, suppressed: [] }), /suppressed/);
});

test('text lists suppressed findings only when asked, redacted, with their reasons', () => {
  const plain = renderText(report, { showSecrets: false, color: false, verbose: false });
  assert.doesNotMatch(plain, /suppressed findings:/);
  const listed = renderText(report, { showSecrets: false, color: false, verbose: false, showSuppressed: true });
  assert.match(listed, /4 suppressed findings:\n {2}test\.token {2}src\/a\.ts:2:1 {2}fingerprint [0-9a-f]{24} {2}in baseline \(\.leakgate-baseline\.jsonl\)\n/);
  assert.match(listed, /allowed inline \(leakgate:allow\): fixture/);
  assert.match(listed, /ignored \(\.leakgateignore\): revoked/);
  assert.ok(!listed.includes(SECRET));
});

test('JSON carries counts per kind and the suppressed findings, redacted, with their suppression', () => {
  const json = JSON.parse(renderJson(report, { showSecrets: false })) as {
    summary: { findings: number; suppressed: Record<string, number> };
    suppressed: { line: number; suppression: { kind: string } }[];
  };
  assert.equal(json.summary.findings, 1);
  assert.deepEqual(json.summary.suppressed, { total: 4, baseline: 2, inline: 1, ignore: 1, example: 0, confidence: 0 });
  assert.deepEqual(json.suppressed.map((f) => [f.line, f.suppression.kind]), [[2, 'baseline'], [3, 'baseline'], [4, 'inline'], [5, 'ignore']]);
  assert.ok(!JSON.stringify(json).includes(SECRET));
});

test('SARIF: counts always; suppressed results with `suppressions` only when asked, still schema-valid', () => {
  const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  type Run = { results: { suppressions?: { kind: string; justification: string }[] }[]; properties: { suppressed: Record<string, number> } };
  const plain = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as { runs: Run[] };
  assert.equal(plain.runs[0]!.results.length, 1);
  assert.deepEqual(plain.runs[0]!.properties.suppressed, { baseline: 2, inline: 1, ignore: 1, example: 0, confidence: 0 });
  const full = JSON.parse(renderSarif(report, { showSecrets: false, locationHash, includeSuppressed: true })) as { runs: Run[] };
  assert.ok(validate(full), JSON.stringify(validate.errors, null, 2));
  assert.deepEqual(
    full.runs[0]!.results.map((r) => r.suppressions?.[0]?.kind ?? 'open'),
    ['open', 'external', 'external', 'inSource', 'external'],
  );
  assert.equal(full.runs[0]!.results[3]!.suppressions![0]!.justification, 'allow comment (leakgate:allow): fixture');
  assert.equal(full.runs[0]!.results[4]!.suppressions![0]!.justification, 'ignore file .leakgateignore: revoked');
  assert.ok(!JSON.stringify(full).includes(SECRET));
});
