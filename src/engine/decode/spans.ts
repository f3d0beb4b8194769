// Finds the spans of a text (one character per byte) that look encoded and decodes them, within a budget. Linear in
// the text: runs are found by native regex or indexOf, each character is looked at a bounded number of times, and a
// span longer than MAX_SPAN (a 50 MB base64 blob) is counted and skipped, never decoded.

import { decodeBase64, decodeEscapes, decodeHex, decodePercent, isTextual, type Encoding } from './codecs.js';

/** One decoded span: [start, end) of the text, how it was encoded, and its decoded bytes (textual). */
export interface DecodedSpan {
  readonly start: number;
  readonly end: number;
  readonly encoding: Encoding;
  readonly bytes: Buffer;
}

/** Shared by every level of one blob's decoding: what may still be decoded. */
export interface DecodeBudget {
  /** Spans that may still be decoded (valid or not). */
  spans: number;
  /** Characters that may still be decoded. */
  chars: number;
  /** Set when a span was skipped because the budget ran out. */
  exhausted: boolean;
}

/** Work counters for tests and the bench: they prove the work stays bounded without timing anything. */
export const decodeCounters = { spansTried: 0, charsDecoded: 0, spansTextual: 0, spansTooLong: 0 };

/** Spans longer than this are not decoded (a blob, an image, a bundle: not a credential). */
export const MAX_SPAN = 64 * 1024;
/** Base64 or hex runs shorter than this are not tried (decoded, fewer than 12 bytes). */
export const MIN_RUN = 16;
/** Per blob, over every level of nesting. */
export const SPAN_BUDGET = 2048;
export const CHAR_BUDGET = 1024 * 1024;

export function newBudget(): DecodeBudget {
  return { spans: SPAN_BUDGET, chars: CHAR_BUDGET, exhausted: false };
}

/**
 * Per byte, bits: 1 in the base64 alphabet, 2 hints at base64 (digits, `+`, `/`), 4 an upper-case letter, 8 a slash,
 * 16 one of base64url's own two (`-`, `_`). Base64 of text has upper-case letters every few characters, so a run with
 * slashes and no upper-case letter is a path or a URL (`actions/checkout`, `com/npm/cli/issues/681`), the most common
 * run in source.
 */
const RUN_CLASS = new Uint8Array(256);
for (const c of 'abcdefghijklmnopqrstuvwxyz') RUN_CLASS[c.charCodeAt(0)] = 1;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') RUN_CLASS[c.charCodeAt(0)] = 1 | 4;
for (const c of '0123456789+') RUN_CLASS[c.charCodeAt(0)] = 1 | 2;
RUN_CLASS[0x2f] = 1 | 2 | 8;
RUN_CLASS[0x2d] = 16;
RUN_CLASS[0x5f] = 16;
/**
 * The runs probed for are of the base64 alphabet proper: with `-` and `_` in it, snake_case identifiers and dashed
 * names (most of a Ruby or Python file) would be runs to measure. A run that meets `-` or `_` is then measured again
 * as base64url. Base64url of text has them only where the text has `>`, `?` or `~` at some offsets, so its runs
 * of the alphabet proper are long; one shorter than MIN_RUN on both sides of every `-` or `_` is not looked at.
 */
const IN_RUN = 1;
const URL_ONLY = 16;
/** A run with neither digit nor `+`, `/` or padding is an identifier or a word, unless it is this long. */
const HINTLESS_MIN = 40;
/** Version-4-style UUIDs and other dashed hex identifiers. */
const DASHED_HEX = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A lockfile's or HTML's `integrity` digest (sha512-<base64>): a hash, never text. */
const SUBRESOURCE_INTEGRITY = /^sha(?:1|256|384|512)-/;
/** Distinct characters needed among a run's first VARIETY_WINDOW (separators, `xxxx`, `AAAA` fall short). */
const VARIETY = 6;
const VARIETY_WINDOW = 24;
const JWT_HEADER_FIELD = /"(?:alg|typ)"\s*:/;

/**
 * The textual decodings of the encoded-looking spans of `bytes` (offsets are byte offsets, the same as in its
 * Latin-1 view). Runs of the base64 alphabet are found in one pass over the bytes with a class table (a regex that
 * tries every start position reads each byte up to MIN_RUN times); `%` and `\` are found by native search.
 */
export function decodeSpans(bytes: Uint8Array, budget: DecodeBudget): DecodedSpan[] {
  const out: DecodedSpan[] = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = buf.length;
  // Any MIN_RUN consecutive bytes hold one offset that is a multiple of MIN_RUN: only those are looked at, and a
  // run is measured from there both ways. Plain text costs about one lookup per MIN_RUN bytes plus its words.
  for (let probe = 0; probe < n; probe += MIN_RUN) {
    if ((RUN_CLASS[buf[probe]!]! & IN_RUN) === 0 || !(reachesBack(buf, probe) || reachesOn(buf, probe, n))) continue;
    let start = probe;
    let hints = 0;
    while (start > 0 && (RUN_CLASS[buf[start - 1]!]! & IN_RUN) !== 0) hints |= RUN_CLASS[buf[--start]!]!;
    let i = probe;
    while (i < n && (RUN_CLASS[buf[i]!]! & IN_RUN) !== 0) hints |= RUN_CLASS[buf[i++]!]!;
    if (i - start >= MIN_RUN && ((start > 0 && RUN_CLASS[buf[start - 1]!] === URL_ONLY) || RUN_CLASS[buf[i]!] === URL_ONLY)) {
      // base64url: the same run with `-` and `_` in it.
      while (start > 0 && RUN_CLASS[buf[start - 1]!] !== 0) hints |= RUN_CLASS[buf[--start]!]!;
      while (i < n && RUN_CLASS[buf[i]!] !== 0) hints |= RUN_CLASS[buf[i++]!]!;
    }
    // The next probe is past this run (the loop adds MIN_RUN to the last multiple of MIN_RUN inside it).
    probe = i - 1 - ((i - 1) % MIN_RUN);
    if (i - start >= MIN_RUN) considerRun(buf, start, i, hints, budget, out);
  }
  findAround(buf, 0x25, percentAt, 'percent', budget, out);
  findAround(buf, 0x5c, escapeAt, 'escape', budget, out);
  return out;
}

/**
 * The run holding `probe` starts after the previous probe (which would have measured it), so a run of MIN_RUN or
 * more holds every byte of [probe - 8, probe] or every byte of [probe, probe + 8]: these turn away most words before
 * they are measured. All eight bytes are checked (two were not enough: 46% of express's probes passed them), in
 * one expression without branches (a branch per byte mispredicts on text).
 */
function reachesBack(buf: Buffer, p: number): boolean {
  const c = RUN_CLASS;
  return p >= 8 && (c[buf[p - 4]!]! & c[buf[p - 8]!]! & c[buf[p - 2]!]! & c[buf[p - 6]!]! & c[buf[p - 1]!]! & c[buf[p - 3]!]! & c[buf[p - 5]!]! & c[buf[p - 7]!]! & IN_RUN) !== 0;
}

/** See reachesBack. */
function reachesOn(buf: Buffer, p: number, n: number): boolean {
  const c = RUN_CLASS;
  return p + 8 < n && (c[buf[p + 4]!]! & c[buf[p + 8]!]! & c[buf[p + 2]!]! & c[buf[p + 6]!]! & c[buf[p + 1]!]! & c[buf[p + 3]!]! & c[buf[p + 5]!]! & c[buf[p + 7]!]! & IN_RUN) !== 0;
}

/** One run of MIN_RUN or more of the base64 alphabet, [start, i): decoded if it looks like encoded text. */
function considerRun(buf: Buffer, start: number, i: number, hints: number, budget: DecodeBudget, out: DecodedSpan[]): void {
  let end = i;
  if (buf[end] === 0x3d) end += buf[end + 1] === 0x3d ? 2 : 1;
  if (end !== i) hints |= 2;
  if (end - start > MAX_SPAN) {
    decodeCounters.spansTooLong++;
    return;
  }
  if ((end - start < HINTLESS_MIN && (hints & 2) === 0) || (hints & 12) === 8) return;
  // Part of a larger token (a percent-encoded or escaped run): those are decoded as that.
  const before = start > 0 ? buf[start - 1] : 0;
  if (before === 0x25 /* % */ || before === 0x5c /* \ */) return;
  // A JWT's header or claims (`eyJ` is base64 of `{"`, dot-joined segments): the token is the jwt rules' match,
  // and its decoded JSON holds names and times, not another secret.
  if ((before === 0x2e || buf[end] === 0x2e) && buf[start] === 0x65 && buf[start + 1] === 0x79 && buf[start + 2] === 0x4a) return;
  const run = buf.toString('latin1', start, end);
  if (!isVaried(run) || SUBRESOURCE_INTEGRITY.test(run) || DASHED_HEX.test(run)) return;
  tryDecode(run, start, end, /^[0-9a-fA-F]+$/.test(run) ? 'hex' : 'base64', budget, out);
}

/** The run's first characters are not a repetition of a few (a rule line, padding, zeros). */
function isVaried(run: string): boolean {
  let seen = '';
  for (let i = 0; i < run.length && i < VARIETY_WINDOW; i++) {
    const c = run[i]!;
    if (!seen.includes(c)) {
      seen += c;
      if (seen.length >= VARIETY) return true;
    }
  }
  return false;
}

/** The length of a `%XX` escape at `at` (0: none). */
function percentAt(buf: Buffer, at: number): number {
  return isHexByte(buf[at + 1]) && isHexByte(buf[at + 2]) ? 3 : 0;
}

/** The length of a `\xXX`, `\uXXXX` or `\u{X...}` escape at `at` (0: none). */
function escapeAt(buf: Buffer, at: number): number {
  const kind = buf[at + 1];
  if (kind === 0x78 /* x */) return isHexByte(buf[at + 2]) && isHexByte(buf[at + 3]) ? 4 : 0;
  if (kind !== 0x75 /* u */) return 0;
  if (buf[at + 2] === 0x7b /* { */) {
    let digits = 0;
    while (digits < 6 && isHexByte(buf[at + 3 + digits])) digits++;
    return digits > 0 && buf[at + 3 + digits] === 0x7d ? digits + 4 : 0;
  }
  for (let k = 2; k < 6; k++) if (!isHexByte(buf[at + k])) return 0;
  return 6;
}

function isHexByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

/**
 * Spans of non-delimiter characters around each escape (found by `escapeAt` at a `marker` byte), each decoded
 * once. The marker is found by native search, so a blob without one costs a single scan.
 */
function findAround(buf: Buffer, marker: number, escapeAt: (buf: Buffer, at: number) => number, encoding: Encoding, budget: DecodeBudget, out: DecodedSpan[]): void {
  const n = buf.length;
  for (let at = buf.indexOf(marker); at !== -1; at = at < n ? buf.indexOf(marker, at) : -1) {
    const length = escapeAt(buf, at);
    if (length === 0) {
      at++;
      continue;
    }
    let start = at;
    let end = at + length;
    const floor = Math.max(0, start - MAX_SPAN);
    while (start > floor && !isDelimiter(buf[start - 1]!)) start--;
    const ceiling = Math.min(n, end + MAX_SPAN);
    // Escapes are stepped over whole: the braces of `\u{X}` are delimiters elsewhere. (An earlier escape is found
    // first, so the walk back never meets one.)
    while (end < ceiling) {
      const next = buf[end] === marker ? escapeAt(buf, end) : 0;
      if (next > 0) end += next;
      else if (!isDelimiter(buf[end]!)) end++;
      else break;
    }
    at = end;
    if (end - start > MAX_SPAN) {
      decodeCounters.spansTooLong++;
      continue;
    }
    tryDecode(buf.toString('latin1', start, end), start, end, encoding, budget, out);
  }
}

/** Whitespace, quotes and brackets that end an encoded span (`=`, `&`, `:` and `/` can be inside one). */
function isDelimiter(c: number): boolean {
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29 || c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x2c || c === 0x3b;
}

function tryDecode(span: string, start: number, end: number, encoding: Encoding, budget: DecodeBudget, out: DecodedSpan[]): void {
  const length = end - start;
  if (budget.spans <= 0 || budget.chars < length) {
    budget.exhausted = true;
    return;
  }
  budget.spans--;
  budget.chars -= length;
  decodeCounters.spansTried++;
  decodeCounters.charsDecoded += length;
  const bytes = decode(encoding, span);
  if (bytes === undefined || !isTextual(bytes) || isJwtHeader(bytes)) return;
  decodeCounters.spansTextual++;
  out.push({ start, end, encoding, bytes });
}

/** A JWT header (`{"alg":..., "typ":"JWT"}`), even cut short or without its dot: names an algorithm, holds no secret. */
function isJwtHeader(bytes: Buffer): boolean {
  return bytes[0] === 0x7b && bytes[1] === 0x22 && JWT_HEADER_FIELD.test(bytes.toString('latin1', 0, 64));
}

function decode(encoding: Encoding, span: string): Buffer | undefined {
  switch (encoding) {
    case 'base64':
      return decodeBase64(span);
    case 'hex':
      return decodeHex(span) ?? decodeBase64(span);
    case 'percent':
      return decodePercent(span);
    case 'escape':
      return decodeEscapes(span);
  }
}
