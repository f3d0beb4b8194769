// Git sources hand each blob's bytes to the scan and then release them to their cat-file reader, which pauses git's
// output while too many bytes are held. By then the scan may have moved a large blob's buffer to a worker (pool.ts
// transfers it, leaving a zero-length view), so the reader releases the length it delivered, not what is left.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StagedSource } from '../../src/sources/staged.js';
import { HistorySource } from '../../src/sources/history.js';
import type { SourceBlob } from '../../src/sources/source.js';
import { createRepo } from '../helpers/repo.js';

/** Does what the worker pool does with a large blob that owns its buffer: transfers it away. True if it did. */
function transfer(blob: SourceBlob): boolean {
  const { bytes } = blob;
  if (bytes.byteOffset !== 0 || bytes.buffer.byteLength !== bytes.byteLength || !(bytes.buffer instanceof ArrayBuffer)) return false;
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  return true;
}

test('staged blobs, and blobs read again by id, keep coming when the scan transfers their buffers', { timeout: 30_000 }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'readme\n' }, 'first');
  // 36 MiB in six blobs: more than the reader's 24 MiB limit of held bytes.
  for (let i = 0; i < 6; i++) repo.write(`data/big-${i}.txt`, Buffer.alloc(6 << 20, 97 + i));
  repo.git('add', 'data');
  const source = new StagedSource({ repo: repo.dir, target: repo.dir, maxBlobBytes: 16 << 20 });
  t.after(() => source.close());
  const ids: string[] = [];
  let transferred = 0;
  for await (const blob of source.blobs()) {
    ids.push(blob.id);
    if (transfer(blob)) transferred++;
  }
  assert.equal(ids.length, 6);
  assert.ok(transferred > 0, 'the test transfers buffers as the pool does');
  const again: string[] = [];
  for await (const blob of source.readBlobs(ids)) {
    again.push(blob.id);
    transfer(blob);
  }
  assert.deepEqual(again, ids);
});

test('history blobs keep coming when the scan transfers their buffers', { timeout: 30_000 }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  // 36 MiB in six blobs over the reuse reader's 1 MiB: each gets memory of its own, which the scan may transfer.
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < 6; i++) files[`data/big-${i}.txt`] = Buffer.alloc(6 << 20, 97 + i);
  repo.commit(files, 'big');
  const source = new HistorySource({ repo: repo.dir, kind: 'history', target: repo.dir, revs: ['--all'], maxBlobBytes: 16 << 20 });
  t.after(() => source.close());
  let count = 0;
  let transferred = 0;
  for await (const blob of source.blobs()) {
    count++;
    if (transfer(blob)) transferred++;
  }
  assert.equal(count, 6);
  assert.equal(transferred, 6);
});
