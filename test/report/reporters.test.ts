// Reporters against golden files (rewritten only with UPDATE_GOLDEN=1); SARIF also against the 2.1.0 schema.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ScanReport } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { fingerprint, locationHash } from '../../src/engine/fingerprint.js';
import { renderJson } from '../../src/report/json.js';
import { MAX_SARIF_RESULTS, renderSarif, pathToUri } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { redact } from '../../src/report/redact.js';
import { makeRule } from '../helpers/rules.js';
import { ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const GOLDEN = join(ROOT, 'test', 'golden');

// A deterministic, obviously synthetic secret: golden files must hold no realistic token.
const SECRET = 'tok_SYNTHETICxVALUEx0123456789';
const SECRET2 = 'SYNTHETICxPASSWORDx42';
const rules = [
  makeRule({ id: 'test.token', pattern: 'tok_[A-Za-z0-9]+', description: 'Test token', severity: 'critical', precision: 'very-high', references: ['https://example.test/tokens'] }),
  makeRule({ id: 'test.generic', pattern: 'pw=(.+)', description: 'Generic secret', severity: 'medium', precision: 'medium', tags: ['generic'] }),
];

function finding(overrides: Partial<Finding>): Finding {
  const base: Finding = {
    ruleId: 'test.token',
    blobId: '0123456789abcdef0123456789abcdef01234567',
    secret: SECRET,
    line: 3,
    column: 12,
    endLine: 3,
    endColumn: 12 + SECRET.length,
    snippet: `  apiKey = "${SECRET}" // app`,
    entropy: 4.2,
    severity: 'critical',
    confidence: 'high',
    kind: 'secret',
    path: 'src/config file.ts',
    commit: { id: 'a'.repeat(40), author: 'Ada Dev', email: 'ada@example.test', date: '2024-03-01T10:00:00+00:00', summary: 'Add config' },
    fingerprint: fingerprint('test.token', SECRET),
    otherOccurrences: 2,
  };
  return { ...base, ...overrides };
}

const report: ScanReport = {
  kind: 'history',
  target: '.',
  findings: [
    finding({}),
    finding({ ruleId: 'test.generic', severity: 'medium', path: 'ünï/📦.env', line: 1, column: 1, endColumn: 30, snippet: `pw=${SECRET2}`, secret: SECRET2, fingerprint: fingerprint('test.generic', SECRET2), otherOccurrences: 0 }),
  ],
  rules,
  diagnostics: [{ code: 'missing-object', blobId: 'b'.repeat(40), path: 'big.bin', detail: 'blob bbbb (big.bin) is not in the object store' }],
  stats: { blobs: 42, bytes: 123456, binarySkipped: 1, commits: 7, blobsMatched: 5, durationMs: 1234 },
  toolVersion: '0.0.0-test',
};

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden file ${name} was missing and has been written; re-run`);
  }
  assert.equal(actual, readFileSync(file, 'utf8'));
}

test('text report matches its golden file', () => {
  golden('report.txt', renderText(report, { showSecrets: false, color: false, verbose: false }));
});

test('JSON report matches its golden file', () => {
  golden('report.json', renderJson(report, { showSecrets: false }));
});

test('SARIF report matches its golden file', () => {
  golden('report.sarif', renderSarif(report, { showSecrets: false, locationHash }));
});

test('SARIF validates against the 2.1.0 schema, with the metadata GitHub code scanning uses', () => {
  const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const sarif = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as {
    runs: { tool: { driver: { rules: { properties: Record<string, unknown>; help: { markdown: string } }[] } }; results: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; automationDetails: { id: string } }[];
  };
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  const run = sarif.runs[0]!;
  assert.equal(run.automationDetails.id, 'leakgate/history/');
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.properties['security-severity']);
    assert.ok(rule.properties.precision);
    assert.ok(rule.help.markdown.includes('What to do'));
  }
  assert.equal(run.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri, '%C3%BCn%C3%AF/%F0%9F%93%A6.env');
  assert.ok(run.results.every((r) => /^[0-9a-f]{16}:1$/.test(r.partialFingerprints.primaryLocationLineHash!)));
  assert.ok(!JSON.stringify(sarif).includes(SECRET) && !JSON.stringify(sarif).includes(SECRET2), 'no secret in clear');
});

test('SARIF keeps at most 25,000 results, the most severe first, and says how many were left out', () => {
  const many: Finding[] = [];
  for (let i = 0; i < MAX_SARIF_RESULTS + 10; i++) {
    const severe = i % 1000 === 0;
    many.push(finding({ path: `f${String(i).padStart(6, '0')}.txt`, severity: severe ? 'critical' : 'low', fingerprint: fingerprint('test.token', `${SECRET}${i}`) }));
  }
  const sarif = JSON.parse(renderSarif({ ...report, findings: many }, { showSecrets: false, locationHash })) as {
    runs: { results: { level: string }[]; properties: { resultsTruncated: number }; invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[];
  };
  const run = sarif.runs[0]!;
  assert.equal(run.results.length, MAX_SARIF_RESULTS);
  assert.equal(run.results.filter((r) => r.level === 'error').length, Math.ceil((MAX_SARIF_RESULTS + 10) / 1000));
  assert.equal(run.properties.resultsTruncated, 10);
  assert.ok(run.invocations[0]!.toolExecutionNotifications.some((n) => n.descriptor.id === 'results-truncated'));
});

test('the location hash depends on rule, secret and path, never on line or commit', () => {
  const fp = fingerprint('test.token', SECRET);
  assert.equal(locationHash(fp, 'a.txt'), locationHash(fingerprint('test.token', SECRET), 'a.txt'));
  assert.notEqual(locationHash(fp, 'a.txt'), locationHash(fp, 'b.txt'));
  assert.notEqual(fp, fingerprint('test.token', `${SECRET}x`));
  assert.notEqual(fp, fingerprint('test.generic', SECRET));
});

test('redaction keeps a short prefix only; paths become URIs segment by segment', () => {
  assert.equal(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_ab…');
  assert.equal(redact('short'), 's…');
  assert.equal(redact(''), '…');
  assert.equal(pathToUri('a b/c#d?.txt'), 'a%20b/c%23d%3F.txt');
});

test('text output escapes control characters from paths, snippets and commit messages', () => {
  const hostile = finding({ path: 'evil\u001b[2J.txt', snippet: `x\u0007${SECRET}`, commit: { ...finding({}).commit!, summary: 'msg\u001b]0;title\u0007' } });
  const text = renderText({ ...report, findings: [hostile] }, { showSecrets: false, color: false, verbose: false });
  assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(text.replace(/\n/g, '')), 'no raw control characters');
  assert.ok(text.includes('evil\\u001b[2J.txt'));
});
