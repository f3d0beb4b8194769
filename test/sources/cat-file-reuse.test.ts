// The cat-file reader's reuse mode (history scans): git's output is read straight into large buffers that are reused
// once every object in them is released. Objects of every size, at every position relative to those buffers, must
// come out byte for byte, truncated ones as their head, missing ones as undefined; objects held while reading goes
// on must stay intact; and the reader must pause and resume when the consumer holds too much.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { CatFileReader, REUSE_MAX_OBJECT, readInOrder, type CatFileObject } from '../../src/sources/cat-file.js';
import { createRepo } from '../helpers/repo.js';

/** Deterministic hostile content: binary bytes, newlines and text that looks like cat-file headers. */
function content(seed: number, size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  const fake = Buffer.from(`\n${'a'.repeat(40)} blob 12\nflush\n`);
  if (size > fake.length * 2) fake.copy(out, size >> 1);
  return out;
}

const blobId = (bytes: Uint8Array): string => createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');

const MAX = 6 << 20;

function writeBlobs(dir: string, sizes: readonly number[]): { id: string; size: number; data: Buffer }[] {
  return sizes.map((size, i) => {
    const data = content(i + 1, size);
    const id = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: data, encoding: 'utf8' }).trim();
    return { id, size, data };
  });
}

// Around every threshold: the read sizes, the object size kept in the shared buffers, the 4 MiB buffer, maxBytes.
const SIZES = [
  0, 1, 2, 100, 8191, 8192, 65_535, 65_536, 65_537, 262_143, 262_144, 300_000, REUSE_MAX_OBJECT - 1, REUSE_MAX_OBJECT,
  REUSE_MAX_OBJECT + 1, 3_000_000, (4 << 20) - 50, 4 << 20, (4 << 20) + 50, MAX, MAX + 1, 9_000_000,
];

test('reuse mode returns every object byte for byte across buffer boundaries, and matches ordinary reads', { timeout: 120_000 }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  // Many small objects between the sized ones, so that objects straddle the reused buffers' ends.
  const sizes = SIZES.flatMap((size, i) => [size, ...Array.from({ length: 40 }, (_, j) => 1000 + ((i * 40 + j) * 7919) % 90_000)]);
  const blobs = writeBlobs(repo.dir, sizes);
  const missing = 'f'.repeat(40);
  const ids = blobs.flatMap((b, i) => (i % 97 === 5 ? [missing, b.id] : [b.id]));

  for (const reuse of [true, false]) {
    // A small limit on held bytes: reading pauses and resumes many times.
    const reader = new CatFileReader(repo.dir, MAX, { reuse, maxHeld: 2 << 20 });
    t.after(() => reader.close());
    const got: (CatFileObject | undefined)[] = [];
    for await (const { object } of readInOrder(reader, ids, 300)) {
      if (!object) {
        got.push(undefined);
        continue;
      }
      // Checked now: once released (on the next step) a reused buffer's bytes may be overwritten.
      const expected = blobs.find((b) => b.id === object.id)!;
      if (expected.size > MAX) {
        assert.equal(object.size, expected.size);
        assert.ok(expected.data.subarray(0, 8192).equals(object.bytes), `head of ${expected.size}-byte object (reuse ${reuse})`);
      } else {
        assert.equal(blobId(object.bytes), object.id, `${expected.size}-byte object (reuse ${reuse})`);
      }
      got.push(object);
    }
    assert.equal(got.length, ids.length);
    assert.deepEqual(
      got.map((o) => o?.id),
      ids.map((id) => (id === missing ? undefined : id)),
    );
  }
});

test('objects held back while reading goes on stay intact until released', { timeout: 120_000 }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const blobs = writeBlobs(repo.dir, Array.from({ length: 400 }, (_, i) => 20_000 + ((i * 104_729) % 180_000)));
  const reader = new CatFileReader(repo.dir, MAX, { reuse: true, maxHeld: 64 << 20 });
  t.after(() => reader.close());
  const reads = blobs.map((b) => reader.read(b.id));
  reader.flush();
  const objects = await Promise.all(reads);
  // 400 objects of up to 200 KB: many reused buffers' worth, all delivered and none released yet.
  for (const [i, object] of objects.entries()) assert.equal(blobId(object!.bytes), blobs[i]!.id, `held object ${i}`);
  for (const object of objects) reader.release(object!);
  // Released: the buffers are reused for what comes next, which must still be right.
  const again = blobs.slice(0, 50).map((b) => reader.read(b.id));
  reader.flush();
  for (const [i, read] of again.entries()) {
    const object = (await read)!;
    assert.equal(blobId(object.bytes), blobs[i]!.id);
    reader.release(object);
  }
});

test('a reader whose git has gone rejects what it still waits for', { timeout: 30_000 }, async (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const [blob] = writeBlobs(repo.dir, [5000]);
  const reader = new CatFileReader(repo.dir, MAX, { reuse: true });
  const first = reader.read(blob!.id);
  reader.flush();
  const object = (await first)!;
  assert.equal(blobId(object.bytes), blob!.id);
  reader.release(object);
  // A request that never reaches git (not flushed), then git's input ends and git exits: the request fails.
  const late = reader.read(blob!.id);
  (reader as unknown as { child: { stdin: { end(): void } } }).child.stdin.end();
  await assert.rejects(late, /cat-file --batch exited/);
  reader.close();
});
