// Reporters with file-level findings (hygiene, credential files) and the health figures: no content is ever
// printed for them, and SARIF stays valid.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RepoHealth, ScanReport } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { fingerprint, locationHash } from '../../src/engine/fingerprint.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { healthTable, renderText } from '../../src/report/text.js';
import { makeRule } from '../helpers/rules.js';

const require = createRequire(import.meta.url);
const commit = { id: 'c'.repeat(40), author: 'Ada Dev', email: 'ada@example.test', date: '2024-03-01T10:00:00+00:00', summary: 'Add assets' };

function fileFinding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'hygiene.large-blob',
    blobId: 'd'.repeat(40),
    secret: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    snippet: '12 MiB, over the 10 MiB error limit',
    entropy: 0,
    severity: 'high',
    confidence: 'high',
    kind: 'hygiene',
    path: 'assets/movie.mp4',
    commit,
    fingerprint: fingerprint('hygiene.large-blob', '', 'assets/movie.mp4'),
    otherOccurrences: 1,
    size: 12 * 1024 * 1024,
    inHead: false,
    ...overrides,
  };
}

const health: RepoHealth = {
  blobs: 1200,
  bytes: 64 * 1024 * 1024,
  largest: [
    { blobId: 'd'.repeat(40), size: 12 * 1024 * 1024, path: 'assets/movie.mp4', commit: commit.id, inHead: false },
    { blobId: 'e'.repeat(40), size: 3 * 1024 * 1024, path: 'docs/\u001b[31mred.pdf', inHead: true },
  ],
  binaryOutsideLfs: { count: 7, bytes: 20 * 1024 * 1024 },
  lfsPointers: 2,
};

const report: ScanReport = {
  kind: 'history',
  target: '.',
  findings: [
    fileFinding({}),
    fileFinding({ ruleId: 'terraform.state', kind: 'credential', severity: 'high', path: 'infra/prod.tfstate', snippet: 'committed, 2.0 KiB', size: 2048, inHead: true, otherOccurrences: 0, fingerprint: fingerprint('terraform.state', '', 'infra/prod.tfstate') }),
    fileFinding({ ruleId: 'hygiene.dependency-folder', severity: 'medium', path: 'node_modules/', snippet: '3 files under node_modules/', otherOccurrences: 0, fingerprint: fingerprint('hygiene.dependency-folder', '', 'node_modules/') }),
  ],
  rules: [
    makeRule({ id: 'hygiene.large-blob', kind: 'hygiene', pattern: '', detector: 'large-blob', description: 'Oversized blob', severity: 'high' }),
    makeRule({ id: 'terraform.state', kind: 'credential', pattern: '', detector: 'file', description: 'Terraform state file', severity: 'high' }),
    makeRule({ id: 'hygiene.dependency-folder', kind: 'hygiene', pattern: '', detector: 'dependency-folder', description: 'Dependency folder', severity: 'medium' }),
  ],
  diagnostics: [],
  stats: { blobs: 1200, bytes: 64 * 1024 * 1024, binarySkipped: 7, commits: 30, blobsMatched: 3, durationMs: 800 },
  toolVersion: '0.0.0-test',
  health,
};

test('text: file-level findings show a message, history presence and no secret line; the footer sums up the repository', () => {
  const text = renderText(report, { showSecrets: false, color: false, verbose: false });
  assert.match(text, /HIGH hygiene\.large-blob {2}Oversized blob {2}\(high confidence\)\n {2}assets\/movie\.mp4:1:1 {2}commit cccccccccccc/);
  assert.match(text, /\n {2}12 MiB, over the 10 MiB error limit; not at HEAD, only in history\n/);
  assert.match(text, /\n {2}committed, 2\.0 KiB; still at HEAD\n/);
  assert.match(text, /fingerprint [0-9a-f]{24}; 1 other version\n/);
  assert.match(text, /allow: run "leakgate ignore [0-9a-f]{24}"\n/);
  assert.ok(!/secret {2}/.test(text), 'no secret line for file-level findings');
  assert.match(text, /\nrepository: 1,200 blobs, 64 MiB; largest assets\/movie\.mp4 \(12 MiB\); 7 binary blobs outside LFS \(20 MiB\); run with --health/);
  assert.ok(!renderText({ ...report, kind: 'tree' }, { showSecrets: false, color: false, verbose: false }).includes('repository:'), 'the footer is for history scans');
});

test('--health table: counts, sizes, largest blobs with commit and HEAD presence; control characters escaped', () => {
  const table = healthTable(health).join('\n');
  assert.equal(
    table,
    [
      'Repository health',
      '  blobs                     1,200  64 MiB',
      '  binary outside LFS            7  20 MiB',
      '  LFS pointers                  2',
      '  largest blobs',
      '     12 MiB  assets/movie.mp4  cccccccccccc  (not at HEAD)',
      '    3.0 MiB  docs/\\u001b[31mred.pdf',
    ].join('\n'),
  );
  const text = renderText({ ...report, kind: 'tree' }, { showSecrets: false, color: false, verbose: false, health: true });
  assert.ok(text.includes(table));
});

test('JSON: size, inHead and the health figures; no content for file-level findings', () => {
  const json = JSON.parse(renderJson(report, { showSecrets: true })) as { findings: Record<string, unknown>[]; health: RepoHealth };
  assert.equal(json.findings[0]!.size, 12 * 1024 * 1024);
  assert.equal(json.findings[0]!.inHead, false);
  assert.equal(json.findings[0]!.secret, '');
  assert.deepEqual(json.health, health);
});

test('SARIF with file-level findings and health validates against 2.1.0; messages carry no content', () => {
  const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const sarif = JSON.parse(renderSarif(report, { showSecrets: false, locationHash })) as {
    runs: { results: { message: { text: string }; properties: Record<string, unknown>; locations: { physicalLocation: { region: Record<string, unknown> } }[] }[]; properties: Record<string, unknown> }[];
  };
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  const [large, state] = sarif.runs[0]!.results;
  assert.equal(large!.message.text, 'Oversized blob: assets/movie.mp4 (12 MiB, over the 10 MiB error limit); introduced in commit cccccccccccc; only in history, no longer at HEAD.');
  assert.equal(state!.message.text, 'Terraform state file: infra/prod.tfstate (committed, 2.0 KiB); introduced in commit cccccccccccc.');
  assert.equal(large!.locations[0]!.physicalLocation.region.snippet, undefined);
  assert.equal(large!.properties.inHead, false);
  assert.deepEqual((sarif.runs[0]!.properties.health as { binaryOutsideLfs: unknown }).binaryOutsideLfs, { count: 7, bytes: 20 * 1024 * 1024 });
});
