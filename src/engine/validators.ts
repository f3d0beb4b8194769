// Structural checks a rule can ask for (`validate:` in a rule pack): checksums that tell a real token from a lookalike.

const BASE62_UPPER_FIRST = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE62_LOWER_FIRST = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the Latin-1 bytes of a string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Encodes a non-negative integer in base 62, left-padded with the alphabet's zero to `width` characters. */
export function base62(value: number, width: number, alphabet = BASE62_UPPER_FIRST): string {
  let out = '';
  let v = value;
  do {
    out = alphabet[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, alphabet[0]);
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: 30 random base62 characters followed by the
 * CRC-32 of those 30 characters in 6 base62 characters
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/). Published descriptions
 * disagree on the alphabet's letter order, so both orders are accepted (a 2-in-2^32 loss of precision).
 */
export function hasCrc32Suffix(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const payload = token.slice(underscore + 1);
  if (payload.length !== 36) return false;
  const body = payload.slice(0, 30);
  const check = payload.slice(30);
  const crc = crc32(body);
  return base62(crc, 6) === check || base62(crc, 6, BASE62_LOWER_FIRST) === check;
}

/** A JWT's first two segments decode to JSON objects and the header names an algorithm. */
export function isJwtShaped(token: string): boolean {
  const parts = token.split('.');
  if (parts.length < 2) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return (
      typeof header === 'object' && header !== null && 'alg' in header && typeof payload === 'object' && payload !== null
    );
  } catch {
    return false;
  }
}

/** Base64 of `user:password` (HTTP basic auth, Docker `config.json` auths): printable ASCII with a non-empty user and password. */
export function isBasicAuthBase64(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/** Validators by the name a rule pack uses. */
export const VALIDATORS: Readonly<Record<string, (secret: string) => boolean>> = {
  'crc32-base62': hasCrc32Suffix,
  jwt: isJwtShaped,
  'basic-auth-base64': isBasicAuthBase64,
};
