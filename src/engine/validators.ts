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
 * Tokens that end in the CRC-32 of their random part, written in 6 base62 characters: GitHub (ghp_, gho_, ghu_,
 * ghs_, ghr_) and npm (npm_), 30 random characters then the checksum
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/); Prefect Cloud (pnu_, the same
 * layout) and Vercel (vcp_, vci_, vca_, vcr_, vck_: 50 random characters then the checksum). The random part is
 * everything after the last underscore but the last 6 characters. Published descriptions disagree on the
 * alphabet's letter order (and the providers differ), so both orders are accepted (a 2-in-2^32 loss of precision).
 */
export function hasCrc32Suffix(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const payload = token.slice(underscore + 1);
  if (payload.length < 7 || !/^[A-Za-z0-9]+$/.test(payload)) return false;
  const body = payload.slice(0, -6);
  const check = payload.slice(-6);
  const crc = crc32(body);
  return base62(crc, 6) === check || base62(crc, 6, BASE62_LOWER_FIRST) === check;
}

/**
 * Atlassian API tokens (ATATT3), Bitbucket access tokens (ATCTT3) and app passwords (ATBB): the last 8 characters
 * are the CRC-32, in upper-case hex, of everything before them (prefix included).
 */
export function hasCrc32HexSuffix(token: string): boolean {
  if (token.length < 9) return false;
  const check = token.slice(-8);
  return /^[0-9A-Fa-f]{8}$/.test(check) && crc32(token.slice(0, -8)).toString(16).padStart(8, '0') === check.toLowerCase();
}

/**
 * Grafana service account tokens: `glsa_` + 32 random characters + `_` + 8 hex characters, the CRC-32 of
 * `glsa_` and the random part with its bytes in little-endian order.
 */
export function hasCrc32LittleEndianHexSuffix(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const check = token.slice(underscore + 1);
  if (underscore <= 0 || !/^[0-9a-f]{8}$/.test(check)) return false;
  const crc = crc32(token.slice(0, underscore));
  const littleEndian = ((crc & 0xff) << 24) | ((crc & 0xff00) << 8) | ((crc >>> 8) & 0xff00) | (crc >>> 24);
  return (littleEndian >>> 0).toString(16).padStart(8, '0') === check;
}

/**
 * GitLab tokens. A routable token (glpat-, glrt-... since GitLab 17.x) is
 * `prefix + base64url(random + routing payload + payload length) + "." [+ "01." version] + 2 base36 characters
 * (the length of the base64 part) + 7 base36 characters (the CRC-32 of everything before them)`; it must carry a
 * valid checksum. The older formats (a 20-character random part, no dot) carry none and pass.
 */
export function isValidGitlabToken(token: string): boolean {
  const dot = token.lastIndexOf('.');
  if (dot < 0) return true;
  const tail = token.slice(dot + 1);
  if (!/^[0-9a-z]{9}$/.test(tail)) return false;
  if (crc32(token.slice(0, -7)).toString(36).padStart(7, '0') !== tail.slice(2)) return false;
  const encodedLength = parseInt(tail.slice(0, 2), 36);
  const firstDot = token.indexOf('.');
  const start = firstDot - encodedLength;
  return start >= 0 && /^[A-Za-z0-9_-]+$/.test(token.slice(start, firstDot));
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Marvin32, the keyed hash .NET uses for strings, over `bytes` with a 64-bit seed given as its two 32-bit halves. */
export function marvin32(bytes: Uint8Array, seedLow: number, seedHigh: number): number {
  let p0 = seedLow >>> 0;
  let p1 = seedHigh >>> 0;
  const mix = (): void => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) {
    p0 = (p0 + (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24))) >>> 0;
    mix();
  }
  const rest = bytes.length - i;
  let last = 0x80;
  if (rest === 1) last = 0x8000 | bytes[i]!;
  else if (rest === 2) last = 0x800000 | bytes[i]! | (bytes[i + 1]! << 8);
  else if (rest === 3) last = (0x80000000 | bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16)) >>> 0;
  p0 = (p0 + last) >>> 0;
  mix();
  mix();
  return (p0 ^ p1) >>> 0;
}

// The seed of Microsoft's "common annotated security key" checksums: the ASCII bytes of "Default0", reversed,
// read as a little-endian 64-bit number.
const CASK_SEED = ((): [number, number] => {
  const bytes = Buffer.from('Default0', 'ascii').reverse();
  return [bytes.readUInt32LE(0), bytes.readUInt32LE(4)];
})();

/**
 * Microsoft's common annotated security keys (84 characters with the JQQJ99 signature at offset 52: Azure AI
 * services, Azure OpenAI, Web PubSub and more): the last 4 characters are the base64 of the low 3 bytes of the
 * Marvin32 checksum of the base64-decoded first 80 characters (https://github.com/microsoft/security-utilities).
 */
export function hasCaskChecksum(key: string): boolean {
  return key.length === 84 && /^[A-Za-z0-9]+$/.test(key) && caskChecksum(key.slice(0, 80)) === key.slice(80);
}

/** The 4-character checksum of the first 80 characters of a common annotated security key. */
export function caskChecksum(head: string): string {
  const sum = marvin32(Buffer.from(head, 'base64'), CASK_SEED[0], CASK_SEED[1]);
  return Buffer.from([sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff]).toString('base64');
}

/** Decodes base64 or base64url text, or returns undefined when it is neither. */
function decodeBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * PyPI API tokens: `pypi-` + base64url of a version 2 binary macaroon, which starts with the version byte (2) and
 * a location field, and ends with the signature field (type 6, 32 bytes)
 * (https://pypi.org/help/#apitoken, https://github.com/rescrv/libmacaroons/blob/master/doc/format.txt).
 */
export function isPypiMacaroon(token: string): boolean {
  const bytes = decodeBase64(token.replace(/^pypi-/, ''));
  if (!bytes || bytes.length < 40) return false;
  return bytes[0] === 2 && bytes[1] === 1 && bytes[bytes.length - 34] === 6 && bytes[bytes.length - 33] === 32;
}

/** JFrog reference tokens: base64 of `reftkn:01:<10-digit expiry>:<random>`. */
export function isJfrogReferenceToken(token: string): boolean {
  const bytes = decodeBase64(token);
  return bytes !== undefined && /^reftkn:01:[0-9]{10}:[A-Za-z0-9]{20,64}$/.test(bytes.toString('latin1'));
}

/**
 * Amazon Bedrock API keys: a long-term key is `ABSK` + base64 of `BedrockAPIKey-<id>-at-<12-digit account>:<secret>`;
 * a short-term key is `bedrock-api-key-` + base64 of a SigV4 pre-signed `bedrock.amazonaws.com/?Action=CallWithBearerToken` URL.
 */
export function isBedrockApiKey(key: string): boolean {
  if (key.startsWith('ABSK')) {
    const bytes = decodeBase64(key.slice(4));
    return bytes !== undefined && /^BedrockAPIKey-[A-Za-z0-9]{1,16}-at-[0-9]{12}:[\x21-\x7e]{8,}$/.test(bytes.toString('latin1'));
  }
  if (key.startsWith('bedrock-api-key-')) {
    const text = decodeBase64(key.slice(16))?.toString('latin1') ?? '';
    return /^bedrock\.amazonaws\.com\/\?Action=CallWithBearerToken&/.test(text) && text.includes('X-Amz-Signature=');
  }
  return false;
}

/** A value whose base64 (or base64url) decoding is a JSON Web Token (a JWT pasted into a base64 field). */
export function isBase64Jwt(value: string): boolean {
  const text = decodeBase64(value)?.toString('latin1').trim();
  return text !== undefined && /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text) && isJwtShaped(text);
}

/** The JSON object a base64 (or base64url) text decodes to, or undefined. */
function base64Json(text: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(text);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tokens made of a short lower-case prefix and the base64 of a JSON object (Grafana Cloud `glc_`, 1Password
 * `ops_`, Cloudflare tunnel tokens, Upstash QStash tokens): the part after the prefix decodes to a JSON object.
 */
export function isBase64JsonToken(token: string): boolean {
  return base64Json(token.replace(/^[a-z0-9]{1,10}_/, '')) !== undefined;
}

/** Sentry organization auth tokens: `sntrys_` + base64 of a JSON object with `iat` and `org` + `_` + a secret. */
export function isSentryOrgToken(token: string): boolean {
  const parts = token.split('_');
  if (parts.length < 3 || parts[0] !== 'sntrys') return false;
  const claims = base64Json(parts.slice(1, -1).join('_'));
  return claims !== undefined && 'iat' in claims && 'org' in claims;
}

const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Bech32 (BIP-173) checksum check: age secret keys (`AGE-SECRET-KEY-1...`) are Bech32 with the HRP `age-secret-key-`. */
export function hasBech32Checksum(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return false;
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator < 7) return false;
  const values: number[] = [];
  for (const ch of lower.slice(separator + 1)) {
    const v = BECH32_ALPHABET.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  const hrp = lower.slice(0, separator);
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  return bech32Polymod(expanded) === 1;
}

/** The BIP-173 checksum polynomial. */
export function bech32Polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ generators[i]!) >>> 0;
  }
  return chk;
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
  'crc32-hex': hasCrc32HexSuffix,
  'crc32-le-hex': hasCrc32LittleEndianHexSuffix,
  'gitlab-routable': isValidGitlabToken,
  'azure-cask': hasCaskChecksum,
  'pypi-macaroon': isPypiMacaroon,
  'jfrog-reference-token': isJfrogReferenceToken,
  'bedrock-api-key': isBedrockApiKey,
  'base64-jwt': isBase64Jwt,
  'base64-json': isBase64JsonToken,
  'sentry-org-token': isSentryOrgToken,
  bech32: hasBech32Checksum,
  jwt: isJwtShaped,
  'basic-auth-base64': isBasicAuthBase64,
};
