// Job summary and PR comment markdown: hostile paths and secrets cannot break the table or ping anyone, the
// comment is always redacted and marked, and the gate and headline say what happened.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ScanReport } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';
import { selectAnnotations } from '../../src/action/annotations.js';
import { failingFindings } from '../../src/core/fail-on.js';
import { code } from '../../src/action/markdown.js';
import { COMMENT_MARKER, renderComment, renderSummary, type SummaryContext } from '../../src/action/summary.js';
import { makeRule } from '../helpers/rules.js';

const RULE = makeRule({ id: 'test.token', pattern: 'tok_[a-z]+', severity: 'critical', remediation: 'Rotate it.\nThen purge it.' });
const MEDIUM = makeRule({ id: 'test.medium', pattern: 'x', severity: 'medium' });

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'test.token',
    blobId: 'b'.repeat(40),
    secret: 'tok_abcdefghijklmnopqrstuvwx',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 33,
    snippet: 'x = tok_abcdefghijklmnopqrstuvwx',
    entropy: 4,
    severity: 'critical',
    confidence: 'high',
    kind: 'secret',
    path: 'src/a.js',
    commit: { id: 'c'.repeat(40), author: 'A', email: 'a@example.test', date: '2024-01-01T00:00:00Z', summary: 's' },
    fingerprint: 'f'.repeat(24),
    otherOccurrences: 0,
    ...overrides,
  };
}

function report(findings: Finding[]): ScanReport {
  return {
    kind: 'range',
    target: '/repo',
    findings,
    rules: [RULE, MEDIUM],
    diagnostics: [],
    stats: { blobs: 3, bytes: 300, binarySkipped: 0, commits: 2, blobsMatched: 1, durationMs: 12 },
    toolVersion: '0.0.0',
  };
}

const CONTEXT: SummaryContext = { description: 'push a..b', newFindings: [], failOn: 'low', failing: 0, showSecrets: false };

test('code spans survive backticks, pipes, newlines and markup', () => {
  assert.equal(code('plain'), '`plain`');
  assert.equal(code('a|b'), '`a\\|b`');
  assert.equal(code('a`b'), '``a`b``');
  assert.equal(code('`x`'), '`` `x` ``');
  assert.equal(code('line\nbreak'), '`line\\nbreak`');
  assert.equal(code(''), '` `');
  assert.equal(code('@someone <img src=x> [a](b)'), '`@someone <img src=x> [a](b)`');
});

test('a hostile path stays inside one table cell, and the secret is redacted', () => {
  const f = finding({ path: 'evil|path`with\nnewline @team.md' });
  const md = renderSummary(report([f]), { ...CONTEXT, newFindings: [f], failing: 1, repositoryUrl: 'https://github.example.test/o/r' });
  const row = md.split('\n').find((line) => line.startsWith('| critical'))!;
  assert.ok(row, md);
  // 6 columns: 7 unescaped pipes.
  assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 7, row);
  assert.ok(!md.includes('tok_abcdefghijklmnopqrstuvwx'));
  assert.ok(md.includes('tok_ab…'));
  assert.ok(md.includes('/blob/cccccccccccccccccccccccccccccccccccccccc/evil%7Cpath%60with%0Anewline%20%40team.md#L3'));
  assert.match(md, /^## ❌ leakgate: 1 finding, 1 new \(1 critical\)/);
  assert.match(md, /\*\*1 new finding at or above low: the step fails\*\*/);
});

test('the comment is marked, redacted even when secrets are shown elsewhere, and links the run', () => {
  const f = finding({});
  const body = renderComment(report([f]), { ...CONTEXT, newFindings: [f], showSecrets: true, runUrl: 'https://github.example.test/o/r/actions/runs/1' });
  assert.ok(body.startsWith(`${COMMENT_MARKER}\n`));
  assert.ok(!body.includes(f.secret));
  assert.match(body, /\[Job summary and full results\]\(https:\/\/github\.example\.test\/o\/r\/actions\/runs\/1\)/);
  assert.match(body, /- `test\.token`: Rotate it\.$/m);
});

test('a clean report says so; baseline findings are marked when some are not new', () => {
  assert.match(renderSummary(report([]), CONTEXT), /^## ✅ leakgate: no findings\n\nScanned `push a\.\.b`: 3 blobs \(300 B\) in 2 commits/);
  const a = finding({});
  const b = finding({ path: 'b.js', fingerprint: 'e'.repeat(24) });
  const md = renderSummary(report([a, b]), { ...CONTEXT, newFindings: [b], failing: 1 });
  assert.match(md, /\| Fingerprint \| New \|/);
  assert.match(md, /`b\.js:3`.*\| new \|/);
  assert.match(md, /`src\/a\.js:3`.*\| baseline \|/);
});

test('fail-on keeps findings at or above the threshold', () => {
  const findings = [finding({ severity: 'critical' }), finding({ severity: 'medium' }), finding({ severity: 'info' })];
  assert.equal(failingFindings(findings, 'critical').length, 1);
  assert.equal(failingFindings(findings, 'medium').length, 2);
  assert.equal(failingFindings(findings, 'info').length, 3);
  assert.equal(failingFindings(findings, 'none').length, 0);
});

test('annotations: at most 10 per level, most severe first, columns only on one line', () => {
  const findings = [
    ...Array.from({ length: 12 }, (_, i) => finding({ line: i + 1, endLine: i + 1 })),
    finding({ ruleId: 'test.medium', severity: 'medium', line: 1, endLine: 2 }),
  ];
  const { annotations, omitted } = selectAnnotations(findings, [RULE, MEDIUM], { showSecrets: false });
  assert.equal(omitted, 2);
  assert.deepEqual(
    annotations.map((a) => a.level),
    [...Array(10).fill('error'), 'warning'],
  );
  assert.equal(annotations[0]!.startColumn, 5);
  assert.equal(annotations[10]!.startColumn, undefined);
  assert.ok(!annotations.some((a) => a.message.includes('tok_abcdefghijklmnopqrstuvwx')));
});

test('annotations: a finding whose file is not in the checkout names it but links nowhere', () => {
  const findings = [finding({ path: 'gone.env' }), finding({ path: 'here.env', line: 4, endLine: 4 })];
  const { annotations } = selectAnnotations(findings, [RULE], { showSecrets: false, inCheckout: (path) => path === 'here.env' });
  assert.equal(annotations[0]!.file, undefined);
  assert.match(annotations[0]!.message, /In gone\.env line \d+, a file that is not in the checked-out commit \(only in history\)\. .*Rotate it/);
  assert.ok(!annotations[0]!.message.includes('leakgate:allow'), 'no advice to edit a line that is not there');
  assert.equal(annotations[1]!.file, 'here.env');
  assert.equal(annotations[1]!.startLine, 4);
});
