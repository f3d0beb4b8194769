// Archive formats by their magic bytes, the limits every reader applies before and while decompressing, and the
// member readers for tar and gzip (zip has its own file). A reader yields members one at a time, each either its
// bytes or the reason it was not read, so that one bad member never hides the others.

import type { ArchiveLimits } from '../../core/scan-settings.js';
import { gunzipBounded, OutputLimit } from './inflate.js';
import { zipMembers } from './zip.js';

export type ArchiveFormat = 'zip' | 'tar' | 'gzip';

/** A member read, or one that could not be: `limit` for the byte, count and ratio limits, `unreadable` for the rest. */
export type MemberEntry =
  | { readonly name: string; readonly bytes: Uint8Array; readonly problem?: undefined }
  | { readonly name?: string; readonly problem: 'unreadable' | 'limit'; readonly detail: string };

/** Below this size a member is never a bomb, whatever its ratio (a small file of repeated characters). */
const RATIO_FLOOR = 1024 * 1024;

/**
 * The format of an archive the scanner opens, from its first bytes (the extension is never asked): zip's local file
 * header, gzip's magic with the deflate method, the POSIX/GNU tar magic at offset 257.
 */
export function archiveFormat(bytes: Uint8Array): ArchiveFormat | undefined {
  const b0 = bytes[0];
  if (b0 === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'zip';
  if (b0 === 0x1f && bytes[1] === 0x8b && bytes[2] === 8) return 'gzip';
  if (isTar(bytes)) return 'tar';
  return undefined;
}

function isTar(bytes: Uint8Array): boolean {
  // "ustar\0" (POSIX) or "ustar " (GNU), and a first header whose checksum holds: a text that happens to say
  // "ustar" at byte 257 stays a text.
  const magic = bytes.length >= 512 && bytes[257] === 0x75 && bytes[258] === 0x73 && bytes[259] === 0x74 && bytes[260] === 0x61 && bytes[261] === 0x72;
  return magic && checksumMatches(bytes.subarray(0, 512));
}

/** What one blob's archives may still produce, over every level of nesting: checked before each member is read. */
export class ReadLimits {
  bytesLeft: number;
  membersLeft: number;
  /** Set once the byte budget or the member count ran out: the readers stop. */
  exhausted = false;

  constructor(readonly limits: ArchiveLimits) {
    this.bytesLeft = limits.maxBytes;
    this.membersLeft = limits.maxMembers;
  }

  /** Counts one more member; the reason it is over the count, if it is. */
  admit(): string | undefined {
    if (--this.membersLeft >= 0) return undefined;
    this.exhausted = true;
    return `holds more than ${this.limits.maxMembers} members (archives.maxMembers); the rest were not scanned`;
  }

  /** Why a member of `size` bytes stored in `compressed` bytes is not read, if it is not (counted as one member). */
  refuse(size: number, compressed: number): string | undefined {
    const over = this.admit();
    if (over) return over;
    if (size > RATIO_FLOOR && size > this.limits.maxRatio * Math.max(1, compressed)) {
      return `would expand from ${compressed} to ${size} bytes, over ${this.limits.maxRatio} times (archives.maxRatio): a possible zip bomb, not decompressed`;
    }
    if (size > this.bytesLeft) {
      this.exhausted = true;
      return `would take the archive past ${this.limits.maxBytes} bytes uncompressed (archives.maxBytes); it and the rest were not scanned`;
    }
    return undefined;
  }

  /**
   * Decompresses one member with `run(max)`, which must throw OutputLimit past `max` bytes: `declared` is the size
   * the archive gives (zip), else the output may reach the ratio limit or the byte budget, whichever is lower.
   */
  inflate(name: string, compressed: number, run: (max: number) => Uint8Array, declared?: number): MemberEntry {
    const ratioCap = Math.max(RATIO_FLOOR, this.limits.maxRatio * compressed);
    const max = declared ?? Math.min(this.bytesLeft, ratioCap);
    let out: Uint8Array;
    try {
      out = run(max);
    } catch (error: unknown) {
      if (error instanceof OutputLimit) {
        if (declared !== undefined) return { name, problem: 'limit', detail: `holds more data than the ${declared} bytes its entry declares: a possible zip bomb, not decompressed further` };
        if (max === ratioCap && ratioCap < this.bytesLeft) {
          return { name, problem: 'limit', detail: `expands past ${this.limits.maxRatio} times its ${compressed} compressed bytes (archives.maxRatio): a possible zip bomb, not decompressed further` };
        }
        this.exhausted = true;
        return { name, problem: 'limit', detail: `takes the archive past ${this.limits.maxBytes} bytes uncompressed (archives.maxBytes); it and the rest were not scanned` };
      }
      return { name, problem: 'unreadable', detail: `is corrupt (${error instanceof Error ? error.message : String(error)})` };
    }
    if (declared !== undefined && out.length !== declared) return { name, problem: 'unreadable', detail: `is ${out.length} bytes, not the ${declared} its entry declares (damaged)` };
    this.bytesLeft -= out.length;
    return { name, bytes: out };
  }
}

/** The members of an archive of a known format. */
export function readMembers(bytes: Uint8Array, format: ArchiveFormat, limits: ReadLimits): Iterable<MemberEntry> {
  if (format === 'zip') return zipMembers(bytes, limits);
  if (format === 'tar') return tarMembers(bytes, limits);
  return gzipMembers(bytes, limits);
}

/**
 * The regular files of a tar archive (POSIX ustar, pax `path` records, GNU long names); links, directories and
 * devices have no content to scan. Format: POSIX.1-2001 pax, and GNU tar's manual (Standard section).
 */
export function* tarMembers(bytes: Uint8Array, limits: ReadLimits): Generator<MemberEntry> {
  let at = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  while (at + 512 <= bytes.length && !limits.exhausted) {
    const header = bytes.subarray(at, at + 512);
    if (header.every((b) => b === 0)) return;
    if (!checksumMatches(header)) {
      yield { problem: 'unreadable', detail: `has a damaged tar header at byte ${at}; the rest was not scanned` };
      return;
    }
    const size = tarNumber(header.subarray(124, 136));
    const start = at + 512;
    if (size === undefined || start + size > bytes.length) {
      yield { name: longName ?? paxPath ?? headerName(header), problem: 'unreadable', detail: 'runs past the end of the archive (truncated)' };
      return;
    }
    const data = bytes.subarray(start, start + size);
    at = start + Math.ceil(size / 512) * 512;
    const type = header[156];
    if (type === 0x4c /* L: GNU long name of the next entry */) {
      longName = cString(data);
      continue;
    }
    if (type === 0x78 /* x: pax header of the next entry */) {
      paxPath = paxRecord(data, 'path') ?? paxPath;
      continue;
    }
    const name = longName ?? paxPath ?? headerName(header);
    longName = undefined;
    paxPath = undefined;
    // Regular files: '0', NUL (old tars), '7' (contiguous).
    if (type !== 0x30 && type !== 0 && type !== 0x37) continue;
    const over = limits.admit();
    if (over) {
      yield { name, problem: 'limit', detail: over };
      return;
    }
    if (size > 0) yield { name, bytes: data };
  }
  // No end-of-archive blocks, and the data stops inside a header or a member's padding: the rest was cut off.
  if (!limits.exhausted && at !== bytes.length) yield { problem: 'unreadable', detail: 'ends inside a tar header or padding (truncated); the rest was not scanned' };
}

/**
 * A gzip file's content (RFC 1952; concatenated members are read as one stream, as gunzip does): a tar inside
 * (tar.gz, tgz) gives its members directly; anything else is one member, named by the header's file name when it
 * has one ('' otherwise: the scan names it after the archive).
 */
export function* gzipMembers(bytes: Uint8Array, limits: ReadLimits): Generator<MemberEntry> {
  const flags = bytes[3] ?? 0;
  let pos = 10;
  if (flags & 4) pos += 2 + (bytes[10] ?? 0) + ((bytes[11] ?? 0) << 8);
  let name = '';
  if (flags & 8) {
    const end = bytes.indexOf(0, pos);
    if (end === -1) pos = bytes.length;
    else {
      name = Buffer.from(bytes.buffer, bytes.byteOffset + pos, end - pos).toString('latin1');
      pos = end + 1;
    }
  }
  if (flags & 16) {
    const end = bytes.indexOf(0, pos);
    pos = end === -1 ? bytes.length : end + 1;
  }
  if (flags & 2) pos += 2;
  if (pos >= bytes.length) {
    yield { problem: 'unreadable', detail: 'has a damaged gzip header (truncated)' };
    return;
  }
  // zlib reads the header again, and checks each member's CRC.
  const entry = limits.inflate(name, bytes.length - pos, (max) => gunzipBounded(bytes, max));
  if (entry.problem) {
    // The stream is the archive's one member: a problem with it is the archive's.
    yield { problem: entry.problem, detail: entry.detail };
    return;
  }
  if (isTar(entry.bytes)) {
    yield* tarMembers(entry.bytes, limits);
    return;
  }
  // The stream itself is a member only when it is not a tar's wrapper.
  const over = limits.admit();
  yield over ? { problem: 'limit', detail: over } : entry;
}

function checksumMatches(header: Uint8Array): boolean {
  const stored = tarNumber(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return stored === sum;
}

/** A tar numeric field: octal text (NUL or space ended), or GNU's base-256 when the high bit is set. */
function tarNumber(field: Uint8Array): number | undefined {
  if (field[0]! & 0x80) {
    let n = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const text = Buffer.from(field).toString('latin1').replace(/[\0 ]+$/, '').trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

function headerName(header: Uint8Array): string {
  const name = cString(header.subarray(0, 100));
  const prefix = cString(header.subarray(345, 500));
  return prefix !== '' && header[257] === 0x75 && header[262] === 0 ? `${prefix}/${name}` : name;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.buffer, bytes.byteOffset, end === -1 ? bytes.length : end).toString('utf8');
}

/** One key's value in pax extended header records (`<length> <key>=<value>\n`, the length in bytes). */
function paxRecord(data: Uint8Array, key: string): string | undefined {
  // One character per byte, so that record lengths are offsets; the value is UTF-8.
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  let found: string | undefined;
  for (let at = 0; at < text.length; ) {
    const space = text.indexOf(' ', at);
    const length = Number(text.slice(at, space));
    if (space === -1 || !Number.isInteger(length) || length <= 0) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === key) found = Buffer.from(record.slice(eq + 1), 'latin1').toString('utf8');
    at += length;
  }
  return found;
}
