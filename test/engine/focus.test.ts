// Focused scans (a staged change): only the added lines and FOCUS_CONTEXT bytes around them are read, and every
// match that touches a focused line is the same as in a scan of the whole blob.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Match } from '../../src/core/types.js';
import { createDetector } from '../../src/engine/detect.js';
import { focusRegions, Latin1Pieces, LineWalk } from '../../src/engine/windows.js';
import { loadBuiltinRules } from '../../src/ruleset/load.js';
import { makeRule, TOKEN_RULE } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

/** A multi-line secret: a block of 60 lines between markers, like a PEM key. */
const BLOCK_RULE = makeRule({
  id: 'test.block',
  keywords: ['-----begin test block-----'],
  pattern: '-----BEGIN TEST BLOCK-----\\n(?:[A-Za-z0-9+/=]{64}\\n){10,80}-----END TEST BLOCK-----',
  skipPlaceholderCheck: true,
});
const detector = createDetector([TOKEN_RULE, BLOCK_RULE]);

/** 6,000 lines of 80 bytes (480 KB) with a token every 250 lines and on the last, and the tokens by line number. */
function bigText(): { lines: string[]; tokens: Map<number, string> } {
  const lines = Array.from({ length: 6000 }, (_, i) => `${String(i + 1).padStart(6, '0')} ${'x'.repeat(73)}`);
  const tokens = new Map<number, string>();
  for (const line of [...Array.from({ length: 24 }, (_, i) => 7 + 250 * i), 6000]) {
    const token = fake('tok_{random:24}');
    tokens.set(line, token);
    lines[line - 1] = `${'é'.repeat(line % 5)} key="${token}"`;
  }
  return { lines, tokens };
}

const touches = (m: Match, focus: ReadonlyArray<readonly [number, number]>): boolean =>
  focus.some(([first, last]) => m.line <= last && m.endLine >= first);
const view = (matches: readonly Match[], focus: ReadonlyArray<readonly [number, number]>) =>
  matches.filter((m) => touches(m, focus)).map((m) => [m.ruleId, m.secret, m.line, m.column, m.endLine, m.endColumn, m.snippet]);

test('a focused scan finds what a whole scan finds on the focused lines, at the same lines and columns', () => {
  const { lines, tokens } = bigText();
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const whole = detector.scan({ id: 'b', bytes });
  assert.equal(whole.matches.length, tokens.size);
  const cases: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
    [[257, 257]],
    [[1, 7]],
    [[5757, 5757]],
    [[6000, 6000]],
    [[507, 507], [3007, 3010]],
    [[2, 3], [1500, 1760], [4007, 4007]],
    [[5990, 9000]],
  ];
  for (const focus of cases) {
    const focused = detector.scan({ id: 'b', bytes, focus });
    assert.deepEqual(view(focused.matches, focus), view(whole.matches, focus), JSON.stringify(focus));
    assert.ok(view(focused.matches, focus).length > 0, `${JSON.stringify(focus)}: some token is on a focused line`);
    // Far from the focused lines nothing was read: the tokens there are not reported at all.
    const far = focused.matches.filter((m) => focus.every(([first, last]) => m.line < first - 400 || m.line > last + 400));
    assert.deepEqual(far, [], JSON.stringify(focus));
  }
});

test('a multi-line secret that starts well before the focused line and ends after it is found whole', () => {
  const { lines } = bigText();
  const body = Array.from({ length: 60 }, () => fake('{base64:64}'));
  // Lines 3001-3062: the block; the focused line is its 40th line (an edit inside an existing key).
  lines.splice(3000, 62, '-----BEGIN TEST BLOCK-----', ...body, '-----END TEST BLOCK-----');
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const focus = [[3040, 3040]] as const;
  const found = detector.scan({ id: 'b', bytes, focus }).matches.filter((m) => m.ruleId === 'test.block');
  assert.deepEqual(found.map((m) => [m.line, m.endLine]), [[3001, 3062]]);
});

test('focus ranges that are unsorted, overlapping, empty or past the end: scanned whole or ignored, never wrong', () => {
  const { lines } = bigText();
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  const whole = detector.scan({ id: 'b', bytes });
  assert.ok(whole.matches.length > 0);
  for (const focus of [[[3007, 3007], [257, 257]], [[250, 260], [255, 300]], [[0, 257]], [[260, 250]]] as const) {
    assert.deepEqual(detector.scan({ id: 'b', bytes, focus }).matches, whole.matches, JSON.stringify(focus));
  }
  const past = detector.scan({ id: 'b', bytes, focus: [[7000, 7100]] });
  assert.deepEqual(past.matches, []);
});

test('a small blob, or focused lines covering most of a blob, is scanned whole', () => {
  const { lines } = bigText();
  const bytes = Buffer.from(`${lines.join('\n')}\n`);
  assert.equal(focusRegions(Buffer.from('a\nb\n'), [[1, 1]]), undefined);
  assert.equal(focusRegions(bytes, [[1, 5000]]), undefined);
  const regions = focusRegions(bytes, [[3000, 3000]])!;
  assert.equal(regions.length, 1);
  const [region] = regions;
  // Whole lines, about 16 KiB each side, and the line count before the region is right.
  assert.equal(bytes[region!.start - 1], 10);
  assert.equal(bytes[region!.end - 1], 10);
  assert.ok(region!.end - region!.start < 40_000 && region!.end - region!.start > 32_000);
  assert.equal(bytes.subarray(0, region!.start).toString('latin1').split('\n').length - 1, region!.lineOffset);
});

test('a blob that may hold a Kubernetes Secret is scanned whole: the manifest parser needs all of it', async () => {
  const rules = await loadBuiltinRules();
  const k8s = createDetector(rules.filter((r) => r.id === 'kubernetes.secret'));
  await k8s.load();
  const filler = Array.from({ length: 2000 }, (_, i) => `# ${String(i).padStart(5, '0')} ${'-'.repeat(60)}`);
  const manifest = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'stringData:', `  password: ${fake('{random:20}')}`];
  const bytes = Buffer.from(`${[...filler, ...manifest].join('\n')}\n`);
  const focus = [[2007, 2007]] as const;
  const focused = k8s.scan({ id: 'k', bytes, focus });
  const whole = k8s.scan({ id: 'k', bytes });
  assert.equal(whole.matches.length, 1);
  assert.deepEqual(focused.matches, whole.matches);
});

test('line starts are right across lines longer than the decoding chunk, CRLF endings and no final newline', () => {
  const { lines, tokens } = bigText();
  // A 100 KB line (longer than the 64 KiB chunks line starts are found in) before the tokens of lines 1257 and 1507.
  lines[1100] = 'y'.repeat(100_000);
  const bytes = Buffer.from(lines.join('\r\n')); // CRLF, and no newline after the last line
  const whole = detector.scan({ id: 'b', bytes });
  assert.equal(whole.matches.length, tokens.size);
  for (const focus of [[[1257, 1257]], [[1101, 1101], [1507, 1507]], [[6000, 6000]], [[1100, 1102]]] as const) {
    const focused = detector.scan({ id: 'b', bytes, focus });
    assert.deepEqual(view(focused.matches, focus), view(whole.matches, focus), JSON.stringify(focus));
  }
  assert.ok(view(detector.scan({ id: 'b', bytes, focus: [[1257, 1257]] }).matches, [[1257, 1257]]).length === 1);
});

test('LineWalk agrees with a plain list of line starts on random texts: long lines, empty lines, CR, no final newline', () => {
  // A last line longer than a decoded piece, then the final newline: no line starts after it.
  const tail = new LineWalk(new Latin1Pieces(Buffer.from(`a\n${'z'.repeat(200_000)}\n`)));
  tail.toLine(5);
  assert.deepEqual([tail.line, tail.pos], [1, 2]);
  tail.toByte(200_001);
  assert.deepEqual([tail.line, tail.pos], [1, 2]);
  let state = 7;
  const rand = (n: number): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let round = 0; round < 60; round++) {
    const lines: string[] = [];
    const count = rand(3) === 0 ? rand(5) : rand(5000);
    for (let i = 0; i < count; i++) {
      const kind = rand(50);
      lines.push(kind === 0 ? 'z'.repeat(70_000 + rand(70_000)) : kind < 5 ? '' : kind < 8 ? 'x\r' : 'y'.repeat(rand(120)));
    }
    const bytes = Buffer.from(lines.join('\n') + (rand(2) ? '\n' : ''));
    const starts = [0];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) starts.push(i + 1);
    const lineOf = (pos: number): number => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1]! <= pos) line++;
      return line;
    };
    // Forward by lines and by bytes, in ascending steps, as focusRegions does.
    // Sharing one piece cache, as focusRegions's two walks do.
    const pieces = new Latin1Pieces(bytes);
    const byLine = new LineWalk(pieces);
    const byByte = new LineWalk(pieces);
    let target = 0;
    let at = 0;
    for (let step = 0; step < 12; step++) {
      target += rand(Math.max(1, starts.length >> 2) + 3);
      byLine.toLine(target);
      const expected = Math.min(target, starts.length - 1);
      assert.deepEqual([byLine.line, byLine.pos], [expected, starts[expected]], `round ${round}: line ${target}`);
      at += rand(Math.max(1, bytes.length >> 2) + 2);
      byByte.toByte(at);
      const line = lineOf(at);
      assert.deepEqual([byByte.line, byByte.pos], [line, starts[line]], `round ${round}: byte ${at} of ${bytes.length}`);
    }
  }
});
