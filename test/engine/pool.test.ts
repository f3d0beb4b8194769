// The worker pool: blobs travel in shared batch buffers (copied at submit), large ones with their own bytes. Every
// blob must come back with the result the in-process detector gives, whatever its size or alignment, and a blob's
// memory may be reused as soon as submit returns.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BlobScanner, SHARED_BYTES } from '../../src/engine/pool.js';
import { createDetector, scanBlob, type BlobScan } from '../../src/engine/detect.js';
import { loadBuiltinRules } from '../../src/ruleset/load.js';
import { githubToken } from '../helpers/secrets.js';

/** Source-like filler of `size` bytes with a token written at `at` (or none). */
function text(size: number, token?: string, at = 0): Buffer {
  const line = 'const value = compute(input, options); // nothing secret here\n';
  const out = Buffer.alloc(size, line);
  if (token !== undefined) out.write(`\ntoken = "${token}"\n`, at, 'latin1');
  return out;
}

const summary = (scan: BlobScan): string => JSON.stringify([scan.binary, scan.matched, scan.matches.map((m) => [m.ruleId, m.secret, m.line])]);

test('pooled scans equal in-process scans for blobs of every size and offset, and submit leaves the caller its memory', { timeout: 120_000 }, async () => {
  const rules = await loadBuiltinRules();
  // Blobs as views at odd offsets of one reused arena (as the history source hands them out), plus a few large
  // enough to travel with their own bytes, and empty and binary ones.
  const arena = Buffer.alloc(SHARED_BYTES + 64);
  const cases: { id: string; bytes: () => Uint8Array }[] = [];
  const sizes = [0, 1, 7, 100, 4097, 65_537, 300_001, 1_048_575, SHARED_BYTES - 3, SHARED_BYTES, SHARED_BYTES + 1, 3 * SHARED_BYTES + 5];
  let n = 0;
  for (let round = 0; round < 6; round++) {
    for (const size of sizes) {
      const id = (n++).toString(16).padStart(40, '0');
      const token = n % 3 === 0 ? undefined : githubToken();
      const content = size < 60 ? Buffer.from(token ? `t=${token}`.slice(0, size) : 'x'.repeat(size)) : text(size, token, Math.floor(size / 2) - 30);
      const offset = (round * 3 + n) % 11;
      cases.push({
        id,
        bytes: () => {
          if (size > SHARED_BYTES) return Uint8Array.from(content); // its own buffer
          content.copy(arena, offset);
          return arena.subarray(offset, offset + size);
        },
      });
    }
    const id = (n++).toString(16).padStart(40, '0');
    const binary = Buffer.alloc(5000, 1);
    binary[10] = 0;
    cases.push({ id, bytes: () => binary });
  }

  const expected = new Map<string, string>();
  const detector = createDetector(rules);
  for (const c of cases) expected.set(c.id, summary(await scanBlob(detector, { id: c.id, bytes: Uint8Array.from(c.bytes()) })));
  const withTokens = [...expected.values()].filter((s) => s.includes("github.pat")).length;
  assert.ok(withTokens >= 30, `the cases hold tokens (${withTokens})`);

  const got = new Map<string, string>();
  const scanner = new BlobScanner({
    rules,
    workers: 2,
    inlineBytes: 0,
    blobTimeoutMs: 60_000,
    onResult: (scan) => {
      assert.ok(!got.has(scan.blobId), `one result per blob (${scan.blobId})`);
      got.set(scan.blobId, summary(scan));
    },
    onDiagnostic: (d) => assert.fail(JSON.stringify(d)),
  });
  try {
    for (const c of cases) {
      const bytes = c.bytes();
      await scanner.submit({ id: c.id, bytes });
      // The caller reuses its memory at once: the pool must have copied what it needs.
      if (bytes.byteLength <= SHARED_BYTES) arena.fill(0x41);
    }
    await scanner.drain();
  } finally {
    await scanner.close();
  }
  assert.equal(got.size, cases.length);
  for (const c of cases) assert.equal(got.get(c.id), expected.get(c.id), `blob ${c.id}`);
});
