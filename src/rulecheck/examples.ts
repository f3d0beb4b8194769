// Expands the placeholders in rule examples ({random:36}, {hex:40}, {crc32:30}...) into deterministic
// pseudo-random text, so that positive examples are generated at run time and no realistic token is committed.

import { base62, bech32Polymod, caskChecksum, crc32 } from '../engine/validators.js';
import type { RuleExample } from '../core/rule.js';

const ALPHABETS: Record<string, string> = {
  random: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lowernum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  uppernum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  digits: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
};


const PLACEHOLDER = /\{([a-zA-Z0-9]+):([^{}]+)\}/g;

/** mulberry32: a small seeded generator, so every run of the tests sees the same examples. */
function generator(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(alphabet: string, length: number, next: () => number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** A JSON Web Token with an N-character random subject. */
function jwtOf(length: number, next: () => number): string {
  const segment = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const subject = randomText(ALPHABETS.random!, length, next);
  return `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: subject, iat: 1700000000 })}.${randomText(ALPHABETS.base64url!, 43, next)}`;
}

function randomBytes(length: number, next: () => number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

/**
 * The token that ends `text`: its trailing run of letters, digits and `_.+/-`, with the `=` padding that may end
 * it (an `=` before the run ends an assignment such as `TOKEN=`).
 */
function tokenSoFar(text: string): string {
  return /[A-Za-z0-9_.+/-]*=*$/.exec(text)![0];
}

const b64 = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

/**
 * Placeholders for formats with a checksum or a structure, generated valid: each gets the placeholder's argument,
 * the text expanded so far (the token's prefix, for checksums that cover it) and the random generator.
 */
const CHECKSUMMED: Record<string, (arg: string, before: string, next: () => number) => string> = {
  /** `{crc32hex:8}`: the CRC-32 in upper-case hex of the token so far (Atlassian, Bitbucket). */
  crc32hex: (_arg, before) => crc32(tokenSoFar(before)).toString(16).toUpperCase().padStart(8, '0'),
  /** `{crc32lehex:8}`: the CRC-32 of the token so far without its trailing `_`, as little-endian hex (Grafana). */
  crc32lehex: (_arg, before) => {
    const c = crc32(tokenSoFar(before).replace(/_$/, ''));
    return Buffer.from([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24]).toString('hex');
  },
  /** `{gitlab:1}`: a routable GitLab token body after its prefix, version 1 (`{gitlab:0}`: the unversioned form). */
  gitlab: (arg, before, next) => {
    const payload = `o:${Math.floor(next() * 1e6).toString(36)}\nu:${Math.floor(next() * 1e8).toString(36)}`;
    const body = Buffer.concat([randomBytes(16, next), Buffer.from(payload), Buffer.from([payload.length])]).toString('base64url');
    const encoded = `${body}.${arg === '0' ? '' : '01.'}${body.length.toString(36).padStart(2, '0')}`;
    return encoded + crc32(tokenSoFar(before) + encoded).toString(36).padStart(7, '0');
  },
  /** `{cask:ACOG}`: an 84-character Microsoft common annotated security key with that provider signature. */
  cask: (arg, _before, next) => {
    // Like the issuer, draw again until the checksum has no `+` or `/` (real keys are all letters and digits).
    for (;;) {
      const head = `${randomText(ALPHABETS.alnum!, 52, next)}JQQJ99${randomText(ALPHABETS.alnum!, 1, next)}${'ABCDEFGHIJKL'[Math.floor(next() * 12)]}${randomText(ALPHABETS.alnum!, 16, next)}${arg}`;
      const sum = caskChecksum(head);
      if (/^[A-Za-z0-9]{4}$/.test(sum)) return head + sum;
    }
  },
  /** `{pypi:pypi.org}`: the base64url of a version 2 macaroon located at that host (the body of a PyPI token). */
  pypi: (arg, _before, next) => {
    const field = (type: number, data: Buffer): Buffer => Buffer.concat([Buffer.from([type, data.length]), data]);
    const id = Buffer.from(randomText(ALPHABETS.alnum!, 40, next));
    const caveat = Buffer.from(`{"version": 1, "permissions": "user"}`);
    const macaroon = Buffer.concat([
      Buffer.from([2]), field(1, Buffer.from(arg)), field(2, id), Buffer.from([0]),
      field(2, caveat), Buffer.from([0]), Buffer.from([0]), field(6, randomBytes(32, next)),
    ]);
    return macaroon.toString('base64url');
  },
  /** `{jfrogref:27}`: a JFrog reference token with an N-character random part. */
  jfrogref: (arg, _before, next) =>
    Buffer.from(`reftkn:01:${randomText(ALPHABETS.digits!, 10, next)}:${randomText(ALPHABETS.alnum!, Number(arg), next)}`).toString('base64'),
  /** `{bedrock:long}` or `{bedrock:short}`: an Amazon Bedrock API key. */
  bedrock: (arg, _before, next) => {
    if (arg === 'short') {
      const url = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${randomText(ALPHABETS.upper!, 16, next)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Signature=${randomText(ALPHABETS.hex!, 64, next)}&Version=1`;
      return `bedrock-api-key-${Buffer.from(url).toString('base64')}`;
    }
    const key = `BedrockAPIKey-${randomText(ALPHABETS.lowernum!, 4, next)}-at-${randomText(ALPHABETS.digits!, 12, next)}:${randomText(ALPHABETS.base64!, 43, next)}=`;
    return `ABSK${Buffer.from(key).toString('base64')}`;
  },
  /** `{b64jwt:N}`: the base64 of a JSON Web Token. */
  b64jwt: (arg, _before, next) => Buffer.from(jwtOf(Number(arg), next)).toString('base64'),
  /** `{b64json:KIND}`: a base64 JSON token body (cftunnel, qstash, grafana, grafanakey, onepassword, sentry). */
  b64json: (arg, _before, next) => {
    const r = (n: number, alphabet = ALPHABETS.alnum!): string => randomText(alphabet, n, next);
    const uuid = (): string => `${r(8, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(4, ALPHABETS.hex)}-${r(12, ALPHABETS.hex)}`;
    switch (arg) {
      case 'cftunnel':
        return b64({ a: r(32, ALPHABETS.hex), t: uuid(), s: Buffer.from(r(32)).toString('base64') });
      case 'qstash':
        return b64({ UserID: uuid(), Password: r(32, ALPHABETS.hex) });
      case 'grafana':
        return b64({ o: r(7, ALPHABETS.digits), n: `stack-${r(6, ALPHABETS.digits)}-read`, k: r(24), m: { r: 'prod-us-east-0' } });
      case 'grafanakey':
        return b64({ k: r(32), n: 'deploy', id: Number(r(3, ALPHABETS.digits)) });
      case 'onepassword':
        return b64({ signInAddress: 'my.1password.com', email: `${r(12, ALPHABETS.lower)}@1passwordserviceaccounts.com`, srpX: r(64, ALPHABETS.hex), muk: { alg: 'A256GCM', k: r(43, ALPHABETS.base64url) }, secretKey: `A3-${r(6, ALPHABETS.uppernum)}-${r(11, ALPHABETS.uppernum)}` });
      case 'sentry':
        return b64({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r(8, ALPHABETS.lower) });
      default:
        throw new Error(`bad placeholder {b64json:${arg}}: expected cftunnel, qstash, grafana, grafanakey, onepassword or sentry`);
    }
  },
  /** `{bech32:N}`: N Bech32 characters (the last 6 the checksum) after an HRP and `1` ending the text so far. */
  bech32: (arg, before, next) => {
    const token = tokenSoFar(before);
    const hrp = token.slice(0, -1).toLowerCase();
    const alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
    const data = Array.from({ length: Number(arg) - 6 }, () => Math.floor(next() * 32));
    const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
    const mod = bech32Polymod(expanded) ^ 1;
    const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
    const text = [...data, ...check].map((v) => alphabet[v]).join('');
    return token === token.toUpperCase() ? text.toUpperCase() : text;
  },
};

/** Placeholder names an example may use, for lint messages. */
export const PLACEHOLDER_NAMES = [...Object.keys(ALPHABETS), 'crc32', 'jwt', ...Object.keys(CHECKSUMMED)];

/**
 * Expands placeholders: `{NAME:N}` draws N characters from the named alphabet; `{crc32:N}` draws N base62
 * characters and appends their 6-character CRC-32 checksum (GitHub and npm token bodies); `{jwt:N}` is a
 * well-formed JSON Web Token with an N-character random subject and signature; the CHECKSUMMED placeholders
 * generate other checksummed or structured formats. Throws on an unknown placeholder.
 */
export function expandExample(template: string, seed: string): string {
  const next = generator(seed);
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [whole, name, arg] = m as unknown as [string, string, string];
    out += template.slice(last, m.index);
    last = m.index + whole.length;
    const special = CHECKSUMMED[name];
    if (special) {
      out += special(arg, out, next);
      continue;
    }
    const length = Number(arg);
    if (!Number.isInteger(length) || length < 1 || length > 10_000) throw new Error(`bad placeholder ${whole}: expected a length`);
    if (name === 'crc32') {
      const body = randomText(ALPHABETS.random!, length, next);
      out += body + base62(crc32(body), 6);
      continue;
    }
    if (name === 'jwt') {
      out += jwtOf(length, next);
      continue;
    }
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown placeholder ${whole}; expected one of ${PLACEHOLDER_NAMES.join(', ')}`);
    out += randomText(alphabet, length, next);
  }
  return out + template.slice(last);
}

/** An example as text and path, with placeholders expanded. */
export function materializeExample(example: RuleExample, seed: string): { path: string; text: string } {
  if (typeof example === 'string') return { path: 'example.txt', text: expandExample(example, seed) };
  return { path: example.path, text: expandExample(example.text, seed) };
}
