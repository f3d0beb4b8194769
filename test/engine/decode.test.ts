// Decoding: encoded spans decoded and scanned again, located at the encoded text, bounded in work on look-alikes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, scanBlob } from '../../src/engine/detect.js';
import { resolveOverlaps } from '../../src/engine/overlap.js';
import { decodeBase64, decodeEscapes, decodeHex, decodePercent } from '../../src/engine/decode/codecs.js';
import { decodeCounters, MAX_SPAN } from '../../src/engine/decode/spans.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import type { Match } from '../../src/core/types.js';
import { TOKEN_RULE } from '../helpers/rules.js';
import { fake, githubToken } from '../helpers/secrets.js';

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');
const pct = (s: string): string => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const esc = (s: string): string => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const token = () => fake('tok_{random:24}');

const detector = createDetector([TOKEN_RULE]);
const scan = (text: string | Buffer, depth?: number) =>
  (depth === undefined ? detector : createDetector([TOKEN_RULE], { decodeDepth: depth })).scan({ id: 'b', bytes: Buffer.from(text) });

function counted<T>(run: () => T): { result: T; work: typeof decodeCounters } {
  const before = { ...decodeCounters };
  const result = run();
  const work = { ...decodeCounters };
  for (const k of Object.keys(work) as (keyof typeof work)[]) work[k] -= before[k];
  return { result, work };
}

test('each encoding is decoded and the finding placed at the encoded text, with its chain', () => {
  const cases: [string, (s: string) => string][] = [
    ['base64', b64],
    ['hex', hex],
    ['percent', pct],
    ['escape', esc],
    // JavaScript's and Rust's code point escapes: their braces do not end the span.
    ['escape', (s) => [...s].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join('')],
    ['escape', (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
  ];
  for (const [name, encode] of cases) {
    const secret = token();
    const encoded = encode(`key=${secret}`);
    const result = scan(`first line\n  value: "${encoded}" # note\n`);
    assert.equal(result.matches.length, 1, name);
    const m = result.matches[0]!;
    assert.equal(m.secret, secret, name);
    assert.deepEqual(m.decoded, [name]);
    assert.equal(m.line, 2, name);
    assert.equal(m.column, 11, name);
    assert.equal(m.endColumn, 11 + encoded.length, name);
    assert.ok(m.snippet.includes(secret), `${name}: the snippet is the decoded line, so reporters can redact it`);
  }
});

test('base64url is decoded too; a secret in plain text is not reported twice', () => {
  const secret = token();
  const url = Buffer.from(`\xfb\xff?${secret}??`, 'latin1').toString('base64url');
  assert.equal(scan(`x ${Buffer.from(`a=${secret}`).toString('base64url')}`).matches[0]?.secret, secret);
  assert.equal(scan(`x ${url}`).matches.length, 0, 'not textual: invalid UTF-8 decodes are not scanned');
  const plain = scan(`${secret} ${b64(secret + ' again')}`);
  assert.equal(plain.matches.length, 1);
  assert.equal(plain.matches[0]!.decoded, undefined);
});

test('nested encodings are followed to the depth and not one level past it', () => {
  const secret = token();
  const encoders = [b64, pct, hex, b64];
  let text = `t=${secret}`;
  for (const encode of encoders.slice().reverse()) text = encode(text);
  // Four levels: base64 > hex > percent > base64 (outermost first).
  assert.equal(scan(text, 3).matches.length, 0, 'one level past the depth');
  const found = scan(text, 4).matches;
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.decoded, ['base64', 'percent', 'hex', 'base64']);
  assert.equal(found[0]!.column, 1);
  assert.equal(scan(b64(`t=${secret}`), 0).matches.length, 0, 'depth 0 turns decoding off');
  assert.equal(scan(b64(b64(b64(`t=${secret}`)))).matches.length, 1, 'the default depth follows three levels');
});

test('invalid base64 and hex are not decoded', () => {
  const secret = token();
  const good = b64(`t=${secret}`);
  assert.equal(decodeBase64(good.slice(0, -1) + '!'), undefined);
  assert.equal(decodeBase64('abcde'), undefined, 'a length no whole bytes have');
  assert.equal(decodeBase64('ab+c_d=='), undefined, 'two alphabets');
  assert.equal(decodeBase64('ab=cd'), undefined, 'padding inside');
  assert.equal(decodeHex('abc'), undefined);
  assert.equal(decodeHex('aBcD'), undefined, 'mixed case is not hex');
  assert.equal(decodePercent('100% sure'), undefined);
  assert.equal(decodeEscapes('\\xZZ'), undefined);
  // A corrupted span in a blob: the rest of the blob is still scanned, nothing is invented from the bad span.
  const other = token();
  const result = scan(`${good.slice(0, 9)}*${good.slice(10)}\n${other}\n`);
  assert.deepEqual(result.matches.map((m) => m.secret), [other]);
});

test('look-alikes (hashes, UUIDs, integrity fields, minified code) give no findings and little decode work', () => {
  const lines: string[] = [];
  for (let i = 0; i < 500; i++) {
    const digest = Buffer.from(fake(`{hex:64}-${i}`).slice(0, 64), 'hex');
    lines.push(`"integrity": "sha512-${b64(Buffer.concat([digest, digest]))}",`);
    lines.push(`commit ${fake('{hex:40}')} uuid ${fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}')}`);
    lines.push(`sha256 ${digest.toString('hex')} ${b64(digest)}`);
    lines.push(`function a${i}(b,c){return b.getElementsByTagName(c)||document.querySelectorAll(c)}`);
  }
  const { result, work } = counted(() => scan(lines.join('\n')));
  assert.deepEqual(result.matches, []);
  assert.deepEqual(result.diagnostics, []);
  assert.equal(work.spansTextual, 0, 'nothing decoded to text');
  // Integrity fields, UUIDs and identifiers are rejected before decoding; hashes (three a line) are decoded once each.
  assert.ok(work.spansTried <= 3 * 500, `tried ${work.spansTried} spans`);
  assert.ok(work.charsDecoded < lines.join('\n').length / 2, `decoded ${work.charsDecoded} characters`);
});

test('a 50 MB base64 blob is skipped without being decoded', () => {
  const blob = Buffer.alloc(50 * 1024 * 1024);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0, x = 7; i < blob.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    blob[i] = alphabet.charCodeAt(x >>> 26);
  }
  const { result, work } = counted(() => scan(blob));
  assert.deepEqual(result.matches, []);
  assert.equal(work.charsDecoded, 0);
  assert.equal(work.spansTooLong, 1);
  assert.ok(blob.length > MAX_SPAN);
});

test('a blob with more encoded-looking text than the budget stops decoding with a note, and scans as written', () => {
  const secret = token();
  const spans = Array.from({ length: 3000 }, (_, i) => b64(`line ${i} of text ${i * 7}`));
  const { result, work } = counted(() => scan(`${spans.join('\n')}\n${secret}\n${b64(`late=${token()}`)}\n`));
  assert.deepEqual(result.matches.map((m) => m.secret), [secret]);
  assert.deepEqual(result.diagnostics.map((d) => d.code), ['decode-limit']);
  assert.ok(work.spansTried <= 2048, `tried ${work.spansTried}`);
});

test('hostile input: invalid UTF-8 and binary decodings are not scanned; huge lines stay linear', () => {
  const secret = token();
  const binary = b64(Buffer.concat([Buffer.from([0, 1, 2, 0xff]), Buffer.from(secret)]));
  assert.equal(scan(`v: ${binary}`).matches.length, 0);
  const invalid = b64(Buffer.concat([Buffer.from([0xc3, 0x28]), Buffer.from(` x=${secret}`)]));
  assert.equal(scan(`v: ${invalid}`).matches.length, 0);
  // One 2 MB line of percent signs and backslashes: every marker extends to the same span once.
  const { result, work } = counted(() => scan(`${'%41\\x41'.repeat(300_000)} ${pct(`t=${secret}`)}`));
  assert.equal(result.matches.length, 1);
  assert.ok(work.spansTried < 10, `tried ${work.spansTried}`);
});

test('a focused (staged) blob decodes inside its regions, at whole-blob lines', () => {
  const secret = token();
  const filler = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
  filler[2500] = `auth: ${b64(`t=${secret}`)}`;
  const m = detector.scan({ id: 'b', bytes: Buffer.from(filler.join('\n')), focus: [[2501, 2501]] }).matches;
  assert.equal(m.length, 1);
  assert.equal(m[0]!.line, 2501);
});

const rules = await loadBuiltinRulesFromYaml();
const real = createDetector(rules);
const byId = new Map(rules.map((r) => [r.id, r]));
async function findings(text: string): Promise<Match[]> {
  const result = await scanBlob(real, { id: 'blob', bytes: Buffer.from(text) });
  // As the scan does for a path that no path-limited rule covers: those first, then overlaps.
  return resolveOverlaps(result.matches.filter((m) => !byId.get(m.ruleId)?.paths.length), (id) => byId.get(id));
}
const ids = (ms: Match[]) => ms.map((m) => `${m.ruleId}${m.decoded ? ` < ${m.decoded.join(' > ')}` : ''}`).sort();

test('the cases users hit, with the built-in rules', async () => {
  const gh = githubToken();
  const password = fake('{random:20}');
  assert.deepEqual(ids(await findings(`{"auths": {"r.acme.test": {"auth": "${b64(`deployer:${password}`)}"}}}\n`)), ['registry.auth-value < base64']);
  assert.deepEqual(ids(await findings(`curl -H "Authorization: Basic ${b64(`ci:${password}`)}" https://ci.acme.test\n`)), ['http.basic-auth-header < base64']);
  assert.deepEqual(ids(await findings(`env:\n  REGISTRY_AUTH: ${b64(`robot:${gh}`)}\n`)), ['github.pat < base64']);
  const pem = fake('-----BEGIN RSA PRIVATE KEY-----\n{base64:64}\n{base64:64}\n{base64:64}\n{base64:22}==\n-----END RSA PRIVATE KEY-----\n');
  assert.deepEqual(ids(await findings(`tls.key: ${b64(pem)}\n`)), ['private-key.rsa < base64']);
  assert.deepEqual(ids(await findings(`//registry.acme.test/:_auth=${b64(`ci:${gh}`)}\n`)).includes('github.pat < base64'), true);
  assert.deepEqual(ids(await findings(`token: ${b64(fake('{jwt:16}'))}\n`)), ['jwt.base64-token'], 'one finding for a base64 JWT');
  const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ndata:\n  token: ${b64(gh)}\n`;
  assert.deepEqual(ids(await findings(manifest)), ['github.pat < base64'], "a Secret's encoded provider token is reported as that token");
  const url = await findings(`DATABASE_URL=postgres://app:${encodeURIComponent(`${password}@/#`)}@db.internal:5432/app\n`);
  assert.equal(url.length, 1, 'a percent-encoded URL password: one finding');
});

test('every run of the base64 alphabet is found wherever it sits against the probe grid (against a regex reference)', async () => {
  const { decodeSpans, newBudget } = await import('../../src/engine/decode/spans.js');
  // Seeded, so a failure can be replayed: xorshift32.
  let seed = 0x2545f491;
  const next = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const word = 'abcdefghijklmnopqrstuvwxyz_-';
  const separators = ' \n\t.,;:()"\'';
  let urlRuns = 0;
  for (let round = 0; round < 200; round++) {
    // Planted runs: base64 of varied text, 16 to 40 characters long (the shortest ones are the ones a probe check
    // can miss), some base64url with `-` or `_`, between short words (with `-` and `_` too) and separators, at every offset modulo the probe stride (the text starts with
    // 0-31 separators). Each qualifies for decoding: a digit, no slash without upper case, valid base64 length.
    const plant = (): string => {
      for (;;) {
        const length = 16 + next(25);
        // One in four is base64url of text with a `?`, `>` or `~` in its middle: its run holds `-` or `_`.
        const url = next(4) === 0;
        const middle = url ? '?>~'[next(3)]! : ' ';
        const text = `W${next(1e6)} Text ${next(1e6)} and${middle}more text here`;
        const run = (url ? Buffer.from(text).toString('base64url') : b64(text)).slice(0, url ? 40 : length);
        if (url && !/[-_]/.test(run)) continue;
        if (run.length % 4 !== 1 && /[0-9]/.test(run) && !run.includes('/') && !/^[0-9a-fA-F]+$/.test(run)) {
          if (url) urlRuns++;
          return run;
        }
      }
    };
    const planted: string[] = [];
    let text = ' '.repeat(next(32));
    while (text.length < 2000) {
      if (next(3) === 0) {
        const run = plant();
        planted.push(run);
        text += run;
      } else {
        for (let i = 1 + next(15); i > 0; i--) text += word[next(word.length)];
      }
      text += separators[next(separators.length)];
    }
    if (next(2) === 0) {
      const run = plant();
      planted.push(run);
      text += run;
    }
    const reference = [...text.matchAll(/[A-Za-z0-9+/_-]{16,}/g)].map((m) => m[0]);
    assert.deepEqual(reference, planted, `round ${round}: the reference finds exactly the planted runs`);
    const found = decodeSpans(Buffer.from(text, 'latin1'), newBudget()).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(found, planted, `round ${round}`);
  }
  assert.ok(urlRuns > 50, `base64url runs planted: ${urlRuns}`);
});
