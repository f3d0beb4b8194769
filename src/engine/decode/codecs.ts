// Decoders for the encodings secrets are found under: base64 (standard and URL alphabets), hex, percent-encoding
// and backslash escapes (`\xXX`, `\uXXXX`). Each takes one span's characters (one per byte, Latin-1) and returns the
// decoded bytes, or undefined when the span is not a valid instance of the encoding. Pure functions.

import { isUtf8 } from 'node:buffer';

export type Encoding = 'base64' | 'hex' | 'percent' | 'escape';

const BASE64_STD = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Strict base64 or base64url (one alphabet, padding only at the end, a length that whole bytes can have). */
export function decodeBase64(span: string): Buffer | undefined {
  if (!BASE64_STD.test(span) && !BASE64_URL.test(span)) return undefined;
  const body = span.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  if (span.length !== body.length && span.length % 4 !== 0) return undefined;
  return Buffer.from(body, span.includes('-') || span.includes('_') ? 'base64url' : 'base64');
}

/** Hex of whole bytes, one case throughout (mixed case is more likely base64 or an identifier). */
export function decodeHex(span: string): Buffer | undefined {
  if (span.length % 2 !== 0 || !/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(span)) return undefined;
  return Buffer.from(span, 'hex');
}

/** `%XX` escapes resolved to bytes; other characters kept. Undefined when no valid escape is present. */
export function decodePercent(span: string): Buffer | undefined {
  const out: number[] = [];
  let escapes = 0;
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c === 0x25 && i + 2 < span.length && isHex(span.charCodeAt(i + 1)) && isHex(span.charCodeAt(i + 2))) {
      out.push(parseInt(span.slice(i + 1, i + 3), 16));
      i += 2;
      escapes++;
    } else out.push(c & 0xff);
  }
  return escapes > 0 ? Buffer.from(out) : undefined;
}

/** `\xXX` and `\uXXXX` (also `\u{X...}`) escapes resolved, the text re-encoded as UTF-8; other characters kept. */
export function decodeEscapes(span: string): Buffer | undefined {
  let escapes = 0;
  const text = span.replace(/\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})|\\u\{([0-9A-Fa-f]{1,6})\}/g, (all, x?: string, u?: string, cp?: string) => {
    const code = parseInt((x ?? u ?? cp)!, 16);
    if (code > 0x10ffff) return all;
    escapes++;
    return String.fromCodePoint(code);
  });
  return escapes > 0 ? Buffer.from(text, 'utf8') : undefined;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * Decoded bytes worth scanning as text: valid UTF-8, no NUL, almost no control characters, and mostly ASCII (a hash, a key's DER
 * body or compressed data decode to about half high bytes and many controls).
 */
export function isTextual(bytes: Uint8Array): boolean {
  if (bytes.length < MIN_DECODED) return false;
  let control = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b >= 0x80) high++;
    else if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) control++;
  }
  return control * 50 <= bytes.length && high * 5 <= bytes.length && (high === 0 || isUtf8(bytes));
}

/** Decoded text shorter than this is never scanned (no secret rule matches fewer characters). */
export const MIN_DECODED = 8;
