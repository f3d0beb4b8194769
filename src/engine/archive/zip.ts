// Reads the members of a zip archive (jar, war, apk, whl, nupkg, xpi are zips) from its central directory, one at a
// time: each member's sizes, method and flags are checked before any byte of it is decompressed, and one bad member
// (encrypted, an unknown method, corrupt data) is reported without losing the others.
// Format: PKWARE's APPNOTE.TXT (sections 4.3.7 local header, 4.3.12 central directory, 4.3.16 end of central
// directory, 4.3.14-15 and 4.5.3 zip64).

import { inflateBounded } from './inflate.js';
import type { MemberEntry, ReadLimits } from './members.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

/** The central directory's entries, or why it cannot be read. */
export function readZipDirectory(bytes: Uint8Array): { entries: ZipEntry[] } | { problem: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end === -1) return { problem: 'no end of central directory (truncated or not a zip)' };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return { problem: 'damaged zip64 end of central directory' };
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { problem: `central directory entry ${i + 1} of ${count} is damaged` };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let local = view.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return { problem: `central directory entry ${i + 1} of ${count} is damaged` };
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    // Zip64 extended information (header 0x0001): the 64-bit values of the fields saturated above, in this order.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let p = x + 4;
        const next = (): number | undefined => (p + 8 <= x + 4 + length ? Number(view.getBigUint64((p += 8) - 8, true)) : undefined);
        if (size === 0xffffffff) size = next() ?? size;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? compressedSize;
        if (local === 0xffffffff) local = next() ?? local;
      }
      x += 4 + length;
    }
    entries.push({ name, flags, method, compressedSize, size, local });
    at = nameEnd + extraLength + commentLength;
  }
  return { entries };
}

/** One central directory entry. */
export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the member's local header. */
  readonly local: number;
}

/** The members of a zip, in central directory order; each is read only when the caller gets to it. */
export function* zipMembers(bytes: Uint8Array, limits: ReadLimits): Generator<MemberEntry> {
  const directory = readZipDirectory(bytes);
  if ('problem' in directory) {
    yield { problem: 'unreadable', detail: `cannot be opened as a zip: ${directory.problem}` };
    return;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory.entries) {
    if (limits.exhausted) return;
    const { name } = entry;
    if (name.endsWith('/') && entry.size === 0) continue;
    if (entry.flags & 0x1) {
      yield { name, problem: 'unreadable', detail: 'is encrypted' };
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      yield { name, problem: 'unreadable', detail: `uses compression method ${entry.method} (only stored and deflate are read)` };
      continue;
    }
    const refused = limits.refuse(entry.size, entry.compressedSize);
    if (refused) {
      yield { name, problem: 'limit', detail: refused };
      continue;
    }
    if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== LOCAL) {
      yield { name, problem: 'unreadable', detail: 'has a damaged local header' };
      continue;
    }
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    if (start + entry.compressedSize > bytes.length) {
      yield { name, problem: 'unreadable', detail: 'runs past the end of the archive (truncated)' };
      continue;
    }
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) yield { name, problem: 'unreadable', detail: 'is stored with two different sizes' };
      else {
        limits.bytesLeft -= data.length;
        yield { name, bytes: data };
      }
      continue;
    }
    // Decoding stops just past the declared size: a member whose data is longer than its entry says is damaged (or a
    // bomb that lies about its size), and is never decompressed further.
    yield limits.inflate(name, entry.compressedSize, (max) => inflateBounded(data, max), entry.size);
  }
}
