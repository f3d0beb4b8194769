// The scan's stages in-process, over a fake Source: what each stage decides shows in the report, without the CLI.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleSpec } from '../../src/core/rule.js';
import type { Origin } from '../../src/core/types.js';
import { fingerprint } from '../../src/engine/fingerprint.js';
import { makeFinding } from '../../src/scan/attribute.js';
import { expand } from '../../src/scan/expand.js';
import type { ScanOptions } from '../../src/scan/options.js';
import { runStages } from '../../src/scan/run.js';
import type { PathEntry, Source, SourceBlob, SourceIndex } from '../../src/sources/source.js';
import { makeRule } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

interface FakeFile {
  readonly path: string;
  readonly text: string | Uint8Array;
  /** The blob's id: the path unless given (files with one id are one blob at several paths, read once). */
  readonly id?: string;
  readonly truncated?: boolean;
  readonly lines?: Origin['lines'];
}

/**
 * A source over files in memory: each blob once, hinted at its first path; every path an origin. Its index counts
 * the origins queries it answers. `listsPaths: false` leaves its index without `paths` (file rules then see the hinted
 * paths); `rereads` gives it `readBlobs`.
 */
class FakeSource implements Source {
  readonly kind = 'tree' as const;
  readonly target = 'fake';
  readonly progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics = [];
  /** The blob ids of each origins query, sorted. */
  readonly originQueries: string[][] = [];
  /** The blob ids read again. */
  readonly reread: string[] = [];
  private readonly known: SourceIndex;
  private readonly byId = new Map<string, FakeFile[]>();
  readonly readBlobs?: (ids: readonly string[]) => AsyncIterable<SourceBlob>;
  constructor(files: readonly FakeFile[], options: { listsPaths?: boolean; rereads?: boolean } = {}) {
    for (const f of files) this.byId.set(f.id ?? f.path, [...(this.byId.get(f.id ?? f.path) ?? []), f]);
    const origins = async (ids: readonly string[]): Promise<Map<string, Origin[]>> => {
      this.originQueries.push([...ids].sort());
      const out = new Map<string, Origin[]>();
      for (const id of ids) {
        const at = this.byId.get(id);
        if (at) out.set(id, at.map((f) => ({ path: f.path, ...(f.lines ? { lines: f.lines } : {}) })));
      }
      return out;
    };
    const paths = (): PathEntry[] => files.map((f) => ({ path: f.path, blobIds: [f.id ?? f.path] }));
    this.known = options.listsPaths === false ? { origins } : { origins, paths };
    if (options.rereads) {
      const { byId, reread } = this;
      this.readBlobs = async function* (ids) {
        for (const id of ids) {
          reread.push(id);
          const f = byId.get(id)?.[0];
          if (f) yield blobOf(id, f);
        }
      };
    }
  }
  async *blobs(): AsyncIterable<SourceBlob> {
    for (const [id, [first]] of this.byId) {
      this.progress.blobsRead++;
      yield blobOf(id, first!);
    }
  }
  index(): SourceIndex {
    return this.known;
  }
  async close(): Promise<void> {}
}

function blobOf(id: string, f: FakeFile): SourceBlob {
  const bytes = typeof f.text === 'string' ? Buffer.from(f.text) : f.text;
  return { id, bytes, size: f.truncated ? bytes.length * 1000 : bytes.length, truncated: f.truncated ?? false, path: f.path };
}

const ALPHA = makeRule({ id: 'test.alpha', keywords: ['alpha'], pattern: 'alpha=([a-z0-9]{20})', secretGroup: 1 });
const BETA = makeRule({ id: 'test.beta', keywords: ['beta'], pattern: 'beta=([a-z0-9]{20})', secretGroup: 1 });
const ENV_ONLY = makeRule({ id: 'test.env', keywords: ['gamma'], pattern: 'gamma=([a-z0-9]{20})', secretGroup: 1, paths: ['**/*.env'] });

function options(rules: readonly RuleSpec[], extra: Partial<ScanOptions> = {}): ScanOptions {
  return { target: { type: 'directory', path: '.' }, rules, workers: 0, maxBlobBytes: 1 << 20, blobTimeoutMs: 10_000, cache: false, ...extra };
}

async function scan(
  files: readonly FakeFile[],
  rules: readonly RuleSpec[],
  extra: Partial<ScanOptions> = {},
  fakeOptions: ConstructorParameters<typeof FakeSource>[1] = {},
) {
  const source = new FakeSource(files, fakeOptions);
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
  assert.deepEqual(source.originQueries, []);
});

/** A credential file known by its name alone, like the built-in `.pgpass` rule. */
const PGPASS = makeRule({ id: 'test.pgpass', kind: 'credential', detector: 'file', pattern: '', paths: ['**/.pgpass'] });

test('attribute asks the index for origins once, for the matched, the diagnosed and the file-rule blobs only', async () => {
  const { report, source } = await scan(
    [
      { path: 'a.txt', text: `alpha=${fake('{lower:20}')}\n` },
      { path: 'clean.txt', text: 'nothing here\n' },
      { path: 'big.txt', text: `alpha=${fake('{lower:20}')}\n`, truncated: true },
      { path: 'db/.pgpass', text: `db:5432:app:app:${fake('{random:16}')}\n` },
      { path: 'other.txt', text: `beta=${fake('{lower:20}')}\n` },
    ],
    [ALPHA, PGPASS],
  );
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path]), [['test.alpha', 'a.txt'], ['test.pgpass', 'db/.pgpass']]);
  // The too-large blob's diagnostic names its place from the same answer.
  assert.deepEqual(report.diagnostics.map((d) => [d.code, d.path]), [['too-large', 'big.txt']]);
  assert.deepEqual(source.originQueries, [['a.txt', 'big.txt', 'db/.pgpass']]);
});

test('a scan with no findings, no diagnostics and no file hits asks the index for no origin', async () => {
  const { report, source } = await scan(
    [
      { path: 'a.txt', text: 'alpha=short\n' },
      { path: 'notes/.pgpass.md', text: 'hostname:port:database:username:password\n' },
      { path: 'bin.dat', text: Buffer.from([0, 0xff, 0xfe, 0]) },
    ],
    [ALPHA, PGPASS],
  );
  assert.deepEqual(report.findings, []);
  assert.equal(report.stats.blobs, 3);
  assert.deepEqual(source.originQueries, []);
});

test('--health detail wants the largest blobs too, still in the one origins query', async () => {
  const { report, source } = await scan(
    [
      { path: 'a.txt', text: `alpha=${fake('{lower:20}')}\n` },
      { path: 'b.txt', text: 'b\n' },
    ],
    [ALPHA],
    { healthDetail: true },
  );
  assert.deepEqual(report.health?.largest.map((b) => b.path), ['a.txt', 'b.txt']);
  assert.deepEqual(source.originQueries, [['a.txt', 'b.txt']]);
});

test('a matched blob the index knows no origin of is a diagnostic; the one query still answers the rest', async () => {
  const secret = fake('{lower:20}');
  const files = [
    { path: 'a.txt', text: `alpha=${secret}\n` },
    { path: 'db/.pgpass', text: 'x\n' },
  ];
  const source = new FakeSource(files);
  // An index that has lost the first blob's place (a hostile or damaged source).
  const index = source.index();
  const lossy: SourceIndex = { ...index, origins: async (ids) => new Map([...(await index.origins(ids))].filter(([id]) => id !== 'a.txt')) };
  source.index = () => lossy;
  const report = await runStages(options([ALPHA, PGPASS]), async () => source);
  assert.deepEqual(report.findings.map((f) => f.path), ['db/.pgpass']);
  assert.deepEqual(report.diagnostics.map((d) => d.code), ['unreachable']);
  assert.equal(source.originQueries.length, 1);
});

test('an index that cannot list paths: file rules see each blob at its hinted path, origins still asked once', async () => {
  const files = [
    { path: 'db/.pgpass', text: `db:5432:app:app:${fake('{random:16}')}\n` },
    { path: 'a.txt', text: `alpha=${fake('{lower:20}')}\n` },
  ];
  const listed = await scan(files, [ALPHA, PGPASS]);
  const hinted = await scan(files, [ALPHA, PGPASS], {}, { listsPaths: false });
  assert.deepEqual(hinted.report.findings.map((f) => [f.ruleId, f.path]), [['test.alpha', 'a.txt'], ['test.pgpass', 'db/.pgpass']]);
  assert.deepEqual(hinted.report.findings, listed.report.findings);
  assert.deepEqual(hinted.source.originQueries, [['a.txt', 'db/.pgpass']]);
});

test('path scoping with a source that reads again: a blob met first elsewhere is rescanned, origins still asked once', async () => {
  const text = `gamma=${fake('{lower:20}')}\n`;
  // One blob at two paths, read at the first, which the path-limited rule does not concern.
  const files = [
    { path: 'notes.txt', id: 'blob-1', text },
    { path: 'app/prod.env', id: 'blob-1', text },
    { path: 'other.env', text: 'gamma=short\n' },
  ];
  const { report, source } = await scan(files, [ENV_ONLY], {}, { rereads: true });
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.path, f.otherOccurrences]), [['test.env', 'app/prod.env', 0]]);
  assert.equal(source.progress.blobsRead, 2);
  assert.deepEqual(source.reread, ['blob-1']);
  assert.deepEqual(source.originQueries, [['blob-1']]);
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
