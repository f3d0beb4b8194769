// Expands the placeholders in rule examples ({random:36}, {hex:40}, {crc32:30}...) into deterministic
// pseudo-random text, so that positive examples are generated at run time and no realistic token is committed.

import { base62, crc32 } from '../engine/validators.js';
import type { RuleExample } from '../core/types.js';

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

/** Placeholder names an example may use, for lint messages. */
export const PLACEHOLDER_NAMES = [...Object.keys(ALPHABETS), 'crc32', 'jwt'];

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

/**
 * Expands placeholders: `{NAME:N}` draws N characters from the named alphabet; `{crc32:N}` draws N base62
 * characters and appends their 6-character CRC-32 checksum (GitHub and npm token bodies); `{jwt:N}` is a
 * well-formed JSON Web Token with an N-character random subject and signature. Throws on an unknown placeholder.
 */
export function expandExample(template: string, seed: string): string {
  const next = generator(seed);
  return template.replace(PLACEHOLDER, (whole, name: string, arg: string) => {
    const length = Number(arg);
    if (!Number.isInteger(length) || length < 1 || length > 10_000) throw new Error(`bad placeholder ${whole}: expected a length`);
    if (name === 'crc32') {
      const body = randomText(ALPHABETS.random!, length, next);
      return body + base62(crc32(body), 6);
    }
    if (name === 'jwt') {
      const segment = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
      const subject = randomText(ALPHABETS.random!, length, next);
      return `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment({ sub: subject, iat: 1700000000 })}.${randomText(ALPHABETS.base64url!, 43, next)}`;
    }
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown placeholder ${whole}; expected one of ${PLACEHOLDER_NAMES.join(', ')}`);
    return randomText(alphabet, length, next);
  });
}

/** An example as text and path, with placeholders expanded. */
export function materializeExample(example: RuleExample, seed: string): { path: string; text: string } {
  if (typeof example === 'string') return { path: 'example.txt', text: expandExample(example, seed) };
  return { path: example.path, text: expandExample(example.text, seed) };
}
