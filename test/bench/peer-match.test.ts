// The peer comparison's matcher (bench/peer-match.ts): the same secret anywhere, or the same lines of the same blob,
// is one finding found by both; re-reports of one value count once; reports of each scanner parse, odd ones too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinct, fileType, gitleaksHits, leakgateHits, matchHits, normaliseSecret, tally, trufflehogHits, type Hit } from '../../bench/peer-match.js';
import { fake } from '../helpers/secrets.js';

const hit = (over: Partial<Hit>): Hit => ({ rule: 'r', commit: 'c1', path: 'a.txt', line: 1, endLine: 1, secret: '', context: '', ...over });

test('the same secret matches in any path and commit; a different one does not', () => {
  const secret = fake('tok_{alnum:32}');
  const ours = [hit({ secret, path: 'first.env', commit: 'c1' })];
  const m = matchHits(ours, [hit({ secret, path: 'copy/elsewhere.js', commit: 'c9' }), hit({ secret: fake('tok_{alnum:32}'), path: 'b.js' })]);
  assert.equal(m.both.length, 1);
  assert.equal(m.both[0]!.by, 'secret');
  assert.equal(m.peerOnly.length, 1);
  assert.equal(m.peerOnly[0]!.path, 'b.js');
  assert.equal(m.oursOnly.length, 0);
});

test('a secret inside the other scanner\'s wider match is the same finding, a short one is not', () => {
  const value = fake('{alnum:40}');
  const m = matchHits([hit({ secret: value })], [hit({ secret: `KEY="${value}"`, path: 'other' }), hit({ secret: 'root', path: 'x', line: 9, endLine: 9 })]);
  assert.equal(m.both.length, 1);
  assert.deepEqual(
    matchHits([hit({ secret: 'root' })], [hit({ secret: 'root_password_is_long', path: 'z', line: 50, endLine: 50 })]).peerOnly.length,
    1,
    'a 4-character secret must not match by containment',
  );
});

test('overlapping lines of the same blob match (a key block against its first line); other lines do not', () => {
  // Not contained in the block: the match must come from the lines.
  const ours = [hit({ secret: fake('{alnum:40}'), blob: 'b1', line: 3, endLine: 3 })];
  const block = hit({ secret: fake('-----BEGIN X-----\n{base64:64}\n-----END X-----'), line: 3, endLine: 6, commit: 'c2' });
  block.blob = 'b1';
  const far = hit({ secret: fake('{alnum:30}'), line: 40, endLine: 40, commit: 'c2' });
  far.blob = 'b1';
  const m = matchHits(ours, [block, far]);
  assert.equal(m.both.length, 1);
  assert.equal(m.both[0]!.by, 'location');
  assert.deepEqual(m.peerOnly, [far]);
});

test('a file-level finding (no secret) matches any peer hit in its blob', () => {
  const m = matchHits([hit({ rule: 'ssh.private-key-file', secret: '', blob: 'b7', line: 1 })], [Object.assign(hit({ secret: fake('{alnum:20}'), line: 12, endLine: 12 }), { blob: 'b7' })]);
  assert.equal(m.both.length, 1);
  assert.equal(m.oursOnly.length, 0);
});

test('leakgate findings no peer hit matches are leakgate-only; hygiene is counted apart', () => {
  const secret = fake('{alnum:24}');
  const report = JSON.stringify({
    findings: [
      { ruleId: 'hygiene.os-junk', kind: 'hygiene', path: '.DS_Store', line: 1, secret: '' },
      { ruleId: 'credential.key-value', kind: 'credential', path: 'a.json', line: 2, endLine: 2, secret, blob: 'b1', commit: { id: 'c1' } },
    ],
  });
  const ours = leakgateHits(report);
  assert.equal(ours.hygiene, 1);
  assert.equal(ours.hits.length, 1);
  assert.equal(matchHits(ours.hits, []).oursOnly.length, 1);
});

test('gitleaks, betterleaks and TruffleHog reports parse, including empty and null ones and log lines', () => {
  const secret = fake('{alnum:30}');
  assert.deepEqual(gitleaksHits(''), []);
  assert.deepEqual(gitleaksHits('null'), []);
  const g = gitleaksHits(JSON.stringify([{ RuleID: 'generic-api-key', Commit: 'c', File: 'f.js', StartLine: 4, EndLine: 0, Secret: secret, Match: `k=${secret}` }]));
  assert.equal(g[0]!.endLine, 4, 'an EndLine before StartLine is read as one line');
  const lines = [
    '{"level":"info-0","msg":"running source"}',
    JSON.stringify({ SourceMetadata: { Data: { Git: { commit: 'c', file: 'Jenkinsfile', line: 5 } } }, DetectorName: 'Dockerhub', DecoderName: 'BASE64', Raw: secret, RawV2: '' }),
    'not json at all, no metadata',
    '',
  ].join('\n');
  const t = trufflehogHits(lines);
  assert.equal(t.length, 1);
  assert.equal(t[0]!.rule, 'Dockerhub:base64');
  assert.equal(t[0]!.context, secret, 'an empty RawV2 falls back to Raw');
});

test('distinct counts a value once per rule; secrets normalise quotes, CRLF and escaped newlines', () => {
  const secret = fake('{alnum:20}');
  assert.equal(distinct([hit({ secret, commit: 'a' }), hit({ secret, commit: 'b' }), hit({ secret, rule: 'other' })]).length, 2);
  assert.equal(normaliseSecret(` "x\\ny\r\nz" `), 'x\ny\nz');
});

test('file types group well-known names, dotfiles and extensions', () => {
  assert.deepEqual(['.env.local', 'ci/Jenkinsfile', 'a/b.test.JS', '.npmrc', 'LICENSE', 'x.tar.gz'].map(fileType), ['.env*', 'jenkinsfile', '.js', '.npmrc', '(none)', '.gz']);
  assert.equal(tally([hit({ rule: 'a' }), hit({ rule: 'b' }), hit({ rule: 'a' })], (h) => h.rule), 'a 2, b 1');
  assert.equal(tally([hit({ rule: 'a' }), hit({ rule: 'b' })], (h) => h.rule, 1), 'a 1, ... (1 more)');
  assert.equal(tally([], (h) => h.rule), '-');
});
