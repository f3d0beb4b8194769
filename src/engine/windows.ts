// Where in a blob the rules look: large blobs in windows of whole lines (and their matches merged back in blob
// order), a staged blob's focused regions around the lines it changed, and the line walks both use.

import type { Diagnostic } from '../core/diagnostic.js';
import type { Match } from '../core/types.js';
import type { CompiledRuleSet } from './compile.js';
import { matchLimit, MAX_MATCHES_PER_RULE } from './rule-run.js';

/** Regions covering more than this share of a blob: the blob is scanned whole (one pass is simpler and as fast). */
const FOCUS_MAX_SHARE = 0.6;

/** Part of a blob to scan: bytes [start, end), whole lines; `lineOffset` lines of the blob come before it. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly lineOffset: number;
}

/**
 * The regions around `focus` (line ranges, 1-based) with WINDOW_OVERLAP bytes each side, in whole lines, merged
 * where they meet; undefined when they would cover most of the blob. That is the windows' overlap: a match touching
 * a focused line that starts or ends up to that far away (any realistic secret, a PEM block included) is seen whole.
 */
export function focusRegions(bytes: Uint8Array, focus: ReadonlyArray<readonly [number, number]>): Region[] | undefined {
  const n = bytes.length;
  if (n <= 2 * WINDOW_OVERLAP) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Two forward-only walks over the lines: `lead` finds where the focused lines are, `trail` the line starts
  // WINDOW_OVERLAP bytes before them (both only ever move forward, as the ranges ascend).
  const pieces = new Latin1Pieces(buf);
  const lead = new LineWalk(pieces);
  const trail = new LineWalk(pieces);
  const regions: { start: number; end: number; lineOffset: number }[] = [];
  let covered = 0;
  let previousLast = 0;
  for (const [first, last] of focus) {
    // Ranges come ascending and apart; anything else is scanned whole rather than trusted.
    if (first < 1 || first <= previousLast || last < first) return undefined;
    previousLast = last;
    lead.toLine(first - 1);
    if (lead.line < first - 1) break; // past the blob's last line
    const from = lead.pos;
    lead.toLine(last);
    const to = lead.line === last ? lead.pos : n;
    trail.toByte(Math.max(0, from - WINDOW_OVERLAP));
    const start = trail.pos;
    // To the end of the line holding the byte WINDOW_OVERLAP past the focused lines.
    const newline = buf.indexOf(10, Math.min(n - 1, to + WINDOW_OVERLAP));
    const end = newline === -1 || newline + 1 >= n ? n : newline + 1;
    const previous = regions.at(-1);
    if (previous && start <= previous.end) {
      covered += Math.max(0, end - previous.end);
      previous.end = Math.max(previous.end, end);
    } else {
      covered += end - start;
      regions.push({ start, end, lineOffset: trail.line });
    }
  }
  return covered > n * FOCUS_MAX_SHARE ? undefined : regions;
}

/** Sticky regexes that step over 512, 64, 8 and 1 whole lines: LineWalk's native strides. */
const LINE_STEPS: ReadonlyArray<readonly [number, RegExp]> = [512, 64, 8, 1].map((k) => [k, new RegExp(`(?:[^\\n]*\\n){${k}}`, 'y')] as const);

/**
 * A blob's Latin-1 text a piece at a time for LineWalk: LINE_CHUNK bytes from where asked. The last piece is kept,
 * so walks over the same stretch of a blob decode it once.
 */
export class Latin1Pieces {
  base = 0;
  text = '';
  constructor(readonly buf: Buffer) {}

  /** Makes `text` a piece that holds byte `pos` (or ends the blob when `pos` is its length). */
  at(pos: number): this {
    const n = this.buf.length;
    const end = this.base + this.text.length;
    const held = pos >= this.base && (pos < end || (pos === end && end === n && this.text !== ''));
    if (!held) {
      this.base = pos;
      this.text = this.buf.toString('latin1', pos, Math.min(n, pos + LINE_CHUNK));
    }
    return this;
  }
}

/**
 * Walks forward through a blob's lines: `pos` is where line `line` (0-based) starts. It steps over lines with the
 * sticky regexes of LINE_STEPS on Latin1Pieces, a handful of native calls for thousands of lines: a hook runs this
 * code cold, in V8's interpreter, where a JavaScript call or loop turn per line is expensive.
 */
export class LineWalk {
  line = 0;
  pos = 0;
  constructor(private readonly pieces: Latin1Pieces) {}

  /** Forward to the start of line `line` (0-based), or of the last line when the blob has fewer. */
  toLine(line: number): void {
    this.walk(line, Infinity);
  }

  /** Forward to the start of the line holding byte `at` (or of the last line, past the end). */
  toByte(at: number): void {
    this.walk(Infinity, at);
  }

  /** Moves to the last line start reachable without passing line `maxLine` or byte `maxPos`. */
  private walk(maxLine: number, maxPos: number): void {
    const { buf } = this.pieces;
    const n = buf.length;
    for (;;) {
      const { base, text } = this.pieces.at(this.pos);
      const pieceEnd = base + text.length;
      let at = this.pos - base;
      let done = false;
      for (const [k, step] of LINE_STEPS) {
        for (;;) {
          if (this.line + k > maxLine) {
            done = k === 1;
            break;
          }
          step.lastIndex = at;
          if (!step.test(text)) break; // fewer than k newlines left in this piece
          const next = base + step.lastIndex;
          if (next >= n || next > maxPos) {
            done = k === 1; // the next line start is past the limit, or there is none
            break;
          }
          at = step.lastIndex;
          this.line += k;
        }
      }
      this.pos = base + at;
      if (done || pieceEnd === n) return;
      // No newline left in this piece: the next line starts after the next newline past it, if anywhere.
      const newline = buf.indexOf(10, pieceEnd);
      const next = newline + 1;
      if (newline === -1 || next >= n || next > maxPos || this.line + 1 > maxLine) return;
      this.pos = next;
      this.line += 1;
    }
  }
}

/**
 * Large blobs are scanned in windows of whole lines. A Latin-1 string over V8's regular object size (128 KiB) is
 * allocated in its own memory mapping, and making one per large blob (page faults and TLB shootdowns) was the largest
 * cost of a git/git scan (docs/performance.md). Each window owns
 * about WINDOW_OWNED bytes of lines and reads WINDOW_OVERLAP more, so a match that starts in it and ends within the
 * overlap (any realistic secret, a PEM block included) is found whole; a match is kept by the window owning its
 * first line. A single line longer than a window makes that window longer (slow, still correct).
 */
export const WINDOW_OWNED = 96 * 1024;
/** Bytes decoded at a time to walk over lines (Latin1Pieces). */
const LINE_CHUNK = 64 * 1024;
const WINDOW_OVERLAP = 16 * 1024;

export interface TextWindow {
  readonly start: number;
  readonly end: number;
  /** The blob is one window. */
  readonly whole: boolean;
  /**
   * The lines the window owns (matches starting on later lines belong to the next window) and the line number in
   * the blob of its first line, minus one: counted only for windows with matches, which are few.
   */
  lines(): { readonly ownedLines: number; readonly lineOffset: number };
}

export function* textWindows(bytes: Buffer): Generator<TextWindow> {
  const n = bytes.length;
  if (n <= WINDOW_OWNED) {
    yield { start: 0, end: n, whole: true, lines: () => ({ ownedLines: Infinity, lineOffset: 0 }) };
    return;
  }
  const nextLineStart = (at: number): number => {
    if (at >= n) return n;
    const eol = bytes.indexOf(10, at);
    return eol === -1 ? n : eol + 1;
  };
  // Windows come in order and start on line starts, so one forward walk over the lines counts them.
  const walk = new LineWalk(new Latin1Pieces(bytes));
  const newlinesBefore = (lineStart: number): number => {
    walk.toByte(lineStart);
    return walk.line;
  };
  let start = 0;
  while (start < n) {
    const from = start;
    const ownedEnd = nextLineStart(start + WINDOW_OWNED);
    const last = ownedEnd >= n;
    yield {
      start,
      end: last ? n : nextLineStart(ownedEnd + WINDOW_OVERLAP),
      whole: false,
      lines: () => {
        const lineOffset = newlinesBefore(from);
        return { lineOffset, ownedLines: last ? Infinity : newlinesBefore(ownedEnd) - lineOffset };
      },
    };
    start = ownedEnd;
  }
}

/** Moves the matches a window owns into `into`, with line numbers of the whole blob. */
export function keepOwned(found: readonly Match[], ownedLines: number, lineOffset: number, into: Match[]): void {
  for (const m of found) {
    if (m.line > ownedLines) continue;
    into.push({ ...m, line: m.line + lineOffset, endLine: m.endLine + lineOffset });
  }
}

const ruleOrders = new WeakMap<CompiledRuleSet, ReadonlyMap<string, number>>();

/** Rule id -> its index in the rule set, built once per rule set. */
function ruleOrder(ruleSet: CompiledRuleSet): ReadonlyMap<string, number> {
  let order = ruleOrders.get(ruleSet);
  if (!order) ruleOrders.set(ruleSet, (order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i]))));
  return order;
}

/** Puts windowed matches in whole-blob order (rule, then position) and applies the per-rule match limit once. */
export function mergeWindows(matches: Match[], diagnostics: Diagnostic[], ruleSet: CompiledRuleSet, blobId: string): [Match[], Diagnostic[]] {
  const order = ruleOrder(ruleSet);
  matches.sort((a, b) => order.get(a.ruleId)! - order.get(b.ruleId)! || a.line - b.line || a.column - b.column);
  const kept: Match[] = [];
  const perRule = new Map<string, number>();
  const limited = new Set<string>();
  for (const m of matches) {
    const seen = perRule.get(m.ruleId) ?? 0;
    if (seen >= MAX_MATCHES_PER_RULE) {
      limited.add(m.ruleId);
      continue;
    }
    perRule.set(m.ruleId, seen + 1);
    kept.push(m);
  }
  const others = diagnostics.filter((d) => d.code !== 'match-limit');
  for (const d of diagnostics) if (d.code === 'match-limit' && d.ruleId) limited.add(d.ruleId);
  for (const ruleId of [...limited].sort((a, b) => order.get(a)! - order.get(b)!)) {
    others.push(matchLimit(blobId, ruleId));
  }
  return [kept, others];
}
