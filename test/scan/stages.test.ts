// The scan's stages in-process, over a fake Source: what each stage decides shows in the report, without the CLI.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Origin, RuleSpec } from '../../src/core/types.js';
import { fingerprint } from '../../src/engine/fingerprint.js';
import { makeFinding } from '../../src/scan/attribute.js';
import { expand } from '../../src/scan/expand.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { runStages } from '../../src/scan/run.js';
import type { PathEntry, Source, SourceBlob } from '../../src/sources/source.js';
import { makeRule } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

interface FakeFile {
  readonly path: string;
  readonly text: string | Uint8Array;
  readonly truncated?: boolean;
  readonly lines?: Origin['lines'];
}

/** A source over files in memory: blob ids are the paths (one blob per path), every path an origin. */
class FakeSource implements Source {
  readonly kind = 'tree' as const;
  readonly target = 'fake';
  readonly progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics = [];
  originQueries = 0;
  constructor(private readonly files: readonly FakeFile[]) {}
  async *blobs(): AsyncIterable<SourceBlob> {
    for (const f of this.files) {
      const bytes = typeof f.text === 'string' ? Buffer.from(f.text) : f.text;
      this.progress.blobsRead++;
      yield { id: f.path, bytes, size: f.truncated ? bytes.length * 1000 : bytes.length, truncated: f.truncated ?? false, path: f.path };
    }
  }
  async origins(ids: readonly string[]): Promise<Map<string, Origin[]>> {
    this.originQueries++;
    const byId = new Map(this.files.map((f) => [f.path, f]));
    return new Map(ids.filter((id) => byId.has(id)).map((id) => [id, [{ path: id, ...(byId.get(id)!.lines ? { lines: byId.get(id)!.lines! } : {}) }]]));
  }
  *paths(): Iterable<PathEntry> {
    for (const f of this.files) yield { path: f.path, blobIds: [f.path] };
  }
  async close(): Promise<void> {}
}

const ALPHA = makeRule({ id: 'test.alpha', keywords: ['alpha'], pattern: 'alpha=([a-z0-9]{20})', secretGroup: 1 });
const BETA = makeRule({ id: 'test.beta', keywords: ['beta'], pattern: 'beta=([a-z0-9]{20})', secretGroup: 1 });
const ENV_ONLY = makeRule({ id: 'test.env', keywords: ['gamma'], pattern: 'gamma=([a-z0-9]{20})', secretGroup: 1, paths: ['**/*.env'] });

function options(rules: readonly RuleSpec[], extra: Partial<ScanOptions> = {}): ScanOptions {
  return { target: { type: 'directory', path: '.' }, rules, workers: 0, maxBlobBytes: 1 << 20, blobTimeoutMs: 10_000, cache: false, ...extra };
}

async function scan(files: readonly FakeFile[], rules: readonly RuleSpec[], extra: Partial<ScanOptions> = {}) {
  const source = new FakeSource(files);
  const report = await runStages(options(rules, extra), async () => source);
  return { report, source };
}

test('one secret in one file: one finding at its path, line and column, counted once', async () => {
  const secret = fake('{lower:20}');
  const { report } = await scan([{ path: 'a.txt', text: `x\n  alpha=${secret}\n` }], [ALPHA]);
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.line, f.column, f.secret]),
    [['test.alpha', 'a.txt', 2, 9, secret]],
  );
  assert.equal(report.findings[0]!.fingerprint, fingerprint('test.alpha', secret, undefined));
  assert.equal(report.stats.blobs, 1);
  assert.equal(report.stats.blobsMatched, 1);
});

test('a baseline entry under one rule does not hide the same secret found by another rule', async () => {
  const secret = fake('{lower:20}');
  const files = [{ path: 'a.txt', text: `alpha=${secret}\n` }, { path: 'b.txt', text: `beta=${secret}\n` }];
  const first = await scan(files, [ALPHA, BETA]);
  assert.deepEqual(first.report.findings.map((f) => f.ruleId), ['test.alpha', 'test.beta']);
  const alphaPrint = first.report.findings[0]!.fingerprint;
  assert.notEqual(alphaPrint, first.report.findings[1]!.fingerprint);
  const { report } = await scan(files, [ALPHA, BETA], { suppress: { ignored: new Map(), baseline: new Set([alphaPrint]) } });
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path]), [['test.beta', 'b.txt']]);
  assert.deepEqual(report.suppressed?.map((f) => [f.ruleId, f.suppression.kind]), [['test.alpha', 'baseline']]);
});

test('expand decides too-large, binary and text once; binary and too-large blobs are counted, never matched', async () => {
  const secret = fake('{lower:20}');
  const binary = Buffer.concat([Buffer.from(`alpha=${secret}\n`), Buffer.from([0, 1, 2, 0xff, 0xfe])]);
  const { report } = await scan(
    [
      { path: 'bin.dat', text: binary },
      { path: 'big.txt', text: `alpha=${secret}\n`, truncated: true },
      { path: 'bad-utf8.txt', text: Buffer.from([0xc3, 0x28, 0x0a, ...Buffer.from(`alpha=${secret}\n`)]) },
    ],
    [ALPHA],
  );
  assert.deepEqual(report.findings.map((f) => f.path), ['bad-utf8.txt']);
  assert.equal(report.stats.blobs, 3);
  assert.deepEqual(report.diagnostics.map((d) => [d.code, d.path]), [['too-large', 'big.txt']]);
  const text = { id: 't', bytes: Buffer.from('plain'), size: 5, truncated: false };
  assert.equal(expand(text, {}, true).kind, 'text');
  assert.equal(expand({ ...text, truncated: true }, {}, true).kind, 'too-large');
  assert.equal(expand({ ...text, bytes: Buffer.from([0, 0, 0]), truncated: true }, {}, true).kind, 'text');
});

test('a path-limited rule reports only at its paths', async () => {
  const secret = fake('{lower:20}');
  const { report } = await scan(
    [
      { path: 'app/prod.env', text: `gamma=${secret}\n` },
      { path: 'notes.txt', text: `gamma=${fake('{lower:20}')}\n` },
    ],
    [ENV_ONLY],
  );
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path, f.secret]), [['test.env', 'app/prod.env', secret]]);
  // A path-limited rule's identity includes the path.
  assert.equal(report.findings[0]!.fingerprint, fingerprint('test.env', secret, 'app/prod.env'));
});

test('attribute keeps only matches on the lines an origin added', async () => {
  const kept = fake('{lower:20}');
  const text = `alpha=${fake('{lower:20}')}\nalpha=${kept}\n`;
  const { report } = await scan([{ path: 'a.txt', text, lines: [[2, 2]] }], [ALPHA]);
  assert.deepEqual(report.findings.map((f) => [f.line, f.secret]), [[2, kept]]);
});

test('hostile input: a huge line without newline, NUL-free control bytes and an empty blob end as a report', async () => {
  const secret = fake('{lower:20}');
  const huge = 'z'.repeat(2_000_000) + ` alpha=${secret}`;
  const { report } = await scan(
    [
      { path: 'huge.txt', text: huge },
      { path: 'empty.txt', text: '' },
      { path: 'ctl.txt', text: Buffer.from([1, 2, 3, 0x1b, 0x7f]) },
    ],
    [ALPHA],
  );
  assert.deepEqual(report.findings.map((f) => [f.path, f.line, f.secret]), [['huge.txt', 1, secret]]);
  assert.equal(report.stats.blobs, 3);
});

test('a source with no blobs and no paths asks nothing more of it and reports nothing', async () => {
  const { report, source } = await scan([], [ALPHA]);
  assert.deepEqual(report.findings, []);
  assert.equal(report.stats.blobs, 0);
  assert.equal(source.originQueries, 1);
});

test('makeFinding: path in the identity only when asked; extra match fields travel into the finding', () => {
  const match = { ruleId: 'r', blobId: 'b', secret: 's3cr', line: 1, column: 2, endLine: 1, endColumn: 6, snippet: 'x', entropy: 1, member: 'inner/a.txt' };
  const rule = { id: 'r', kind: 'secret' as const, severity: 'high' as const, confidence: 'medium' as const };
  const plain = makeFinding(match, rule, { path: 'p' }, false);
  const scoped = makeFinding(match, rule, { path: 'p' }, true, 2);
  assert.equal(plain.fingerprint, fingerprint('r', 's3cr', undefined));
  assert.equal(scoped.fingerprint, fingerprint('r', 's3cr', 'p'));
  assert.equal(scoped.otherOccurrences, 2);
  assert.equal((plain as unknown as { member: string }).member, 'inner/a.txt');
});
