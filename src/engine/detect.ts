// Scans one blob: binary check, keyword prefilter, rule regexes, entropy, validators and allowlists -> Matches.
// Knows nothing of paths, commits or files; the same blob always gives the same matches.

import type { Blob, Diagnostic, InlineAllow, Match, RuleSpec } from '../core/types.js';
import { isPlaceholder } from './allowlist.js';
import { isBinary } from './binary.js';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { shannonEntropy } from './entropy.js';
import { ALLOW_HINT, allowFor, parseAllowComments, type AllowComment } from './inline-allow.js';

/** Matches of one rule in one blob beyond this are dropped with a diagnostic (a generated file, not N secrets). */
export const MAX_MATCHES_PER_RULE = 200;
/** Characters of context kept on each side of a secret in a snippet. */
const SNIPPET_CONTEXT = 80;

export interface BlobScan {
  readonly blobId: string;
  readonly matches: Match[];
  readonly binary: boolean;
  /** The prefilter let the blob through to the rule regexes. */
  readonly matched: boolean;
  readonly diagnostics: Diagnostic[];
}

export interface Detector {
  readonly ruleSet: CompiledRuleSet;
  /** Scans a blob; `beforeRule` is told which rule runs next (the worker pool's watchdog uses it). */
  scan(blob: Blob, beforeRule?: (ruleIndex: number) => void): BlobScan;
}

/** Compiles the rules once and returns a reusable detector (one per thread). */
export function createDetector(specs: readonly RuleSpec[]): Detector {
  const ruleSet = compileRules(specs);
  const found = new Uint8Array(ruleSet.prefilter.keywords.length);
  const candidate = new Uint8Array(ruleSet.rules.length);

  return {
    ruleSet,
    scan(blob, beforeRule) {
      if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
      found.fill(0);
      candidate.fill(0);
      let any = ruleSet.alwaysRun.length > 0;
      if (ruleSet.prefilter.scan(blob.bytes, found) > 0) {
        for (let k = 0; k < found.length; k++) {
          if (found[k] === 0) continue;
          for (const r of ruleSet.rulesByKeyword[k]!) candidate[r] = 1;
          any = true;
        }
      }
      if (!any) return { blobId: blob.id, matches: [], binary: false, matched: false, diagnostics: [] };
      for (const r of ruleSet.alwaysRun) candidate[r] = 1;
      // Rules run on a Latin-1 view (one character per byte): decoding is a copy, several times faster than UTF-8
      // on non-ASCII text, and rule patterns are ASCII. Secrets, snippets and columns are converted back to UTF-8.
      const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
      let matches: Match[] = [];
      let diagnostics: Diagnostic[] = [];
      for (const window of textWindows(bytes)) {
        const text = bytes.toString('latin1', window.start, window.end);
        const lines = new LineIndex(text);
        const allows = new AllowComments(text, lines);
        const found: Match[] = window.whole ? matches : [];
        for (let r = 0; r < candidate.length; r++) {
          if (candidate[r] === 0) continue;
          beforeRule?.(r);
          runRule(ruleSet.rules[r]!, blob.id, text, lines, allows, found, diagnostics);
        }
        if (!window.whole) keepOwned(found, window, matches);
      }
      if (bytes.length > WINDOW_OWNED) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
      return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
    },
  };
}

/**
 * Large blobs are scanned in windows of whole lines. A Latin-1 string over V8's regular object size (128 KiB) is
 * allocated in its own memory mapping: measured here, decoding 250 KiB-1 MiB blobs ran at 120-200 MB/s (page faults
 * and TLB shootdowns) against 10 GB/s under 128 KiB, and it was the largest cost of a git/git scan. Each window owns
 * about WINDOW_OWNED bytes of lines and reads WINDOW_OVERLAP more, so a match that starts in it and ends within the
 * overlap (any realistic secret, a PEM block included) is found whole; a match is kept by the window owning its
 * first line. A single line longer than a window makes that window longer (slow, still correct).
 */
const WINDOW_OWNED = 96 * 1024;
const WINDOW_OVERLAP = 16 * 1024;

interface TextWindow {
  readonly start: number;
  readonly end: number;
  /** The blob is one window. */
  readonly whole: boolean;
  /** Lines of the window that it owns (matches starting on later lines belong to the next window). */
  readonly ownedLines: number;
  /** Line number in the blob of the window's first line, minus one. */
  readonly lineOffset: number;
}

function* textWindows(bytes: Buffer): Generator<TextWindow> {
  const n = bytes.length;
  if (n <= WINDOW_OWNED) {
    yield { start: 0, end: n, whole: true, ownedLines: Infinity, lineOffset: 0 };
    return;
  }
  const nextLineStart = (at: number): number => {
    if (at >= n) return n;
    const eol = bytes.indexOf(10, at);
    return eol === -1 ? n : eol + 1;
  };
  let start = 0;
  let lineOffset = 0;
  while (start < n) {
    const ownedEnd = nextLineStart(start + WINDOW_OWNED);
    let ownedLines = 0;
    for (let at = bytes.indexOf(10, start); at !== -1 && at < ownedEnd; at = bytes.indexOf(10, at + 1)) ownedLines++;
    const last = ownedEnd >= n;
    yield { start, end: last ? n : nextLineStart(ownedEnd + WINDOW_OVERLAP), whole: false, ownedLines: last ? Infinity : ownedLines, lineOffset };
    start = ownedEnd;
    lineOffset += ownedLines;
  }
}

/** Moves the matches a window owns into `into`, with line numbers of the whole blob. */
function keepOwned(found: readonly Match[], window: TextWindow, into: Match[]): void {
  for (const m of found) {
    if (m.line > window.ownedLines) continue;
    into.push({ ...m, line: m.line + window.lineOffset, endLine: m.endLine + window.lineOffset });
  }
}

/** Puts windowed matches in whole-blob order (rule, then position) and applies the per-rule match limit once. */
function mergeWindows(matches: Match[], diagnostics: Diagnostic[], ruleSet: CompiledRuleSet, blobId: string): [Match[], Diagnostic[]] {
  const order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i]));
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
    others.push({
      code: 'match-limit',
      blobId,
      ruleId,
      detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId} in one blob; the rest are not reported`,
    });
  }
  return [kept, others];
}

function runRule(
  rule: CompiledRule,
  blobId: string,
  text: string,
  lines: LineIndex,
  allows: AllowComments,
  matches: Match[],
  diagnostics: Diagnostic[],
): void {
  const { regex, spec } = rule;
  regex.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const secret = m[spec.secretGroup];
    const span = m.indices?.[spec.secretGroup];
    if (!secret || !span) continue;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== undefined && entropy < spec.minEntropy) continue;
    if (rule.validate && !rule.validate(secret)) continue;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) continue;
    if (rule.allow.some((re) => re.test(secret))) continue;
    if (++count > MAX_MATCHES_PER_RULE) {
      diagnostics.push({
        code: 'match-limit',
        blobId,
        ruleId: spec.id,
        detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${spec.id} in one blob; the rest are not reported`,
      });
      break;
    }
    const [start, end] = span;
    const startPos = lines.position(start);
    const endPos = lines.position(end);
    const lineStart = lines.lineStart(startPos.line);
    const lineEnd = lines.lineEnd(startPos.line);
    const from = Math.max(lineStart, start - SNIPPET_CONTEXT);
    const to = Math.min(lineEnd, Math.max(end, start) + SNIPPET_CONTEXT);
    const allowed = allows.covering(spec.id, startPos.line, endPos.line);
    matches.push({
      ruleId: spec.id,
      blobId,
      secret: utf8(secret),
      line: startPos.line,
      column: utf16Column(text, lines.lineStart(startPos.line), start),
      endLine: endPos.line,
      endColumn: utf16Column(text, lines.lineStart(endPos.line), end),
      snippet: utf8(text.slice(from, to)).replace(/\r$/, ''),
      entropy: Math.round(entropy * 100) / 100,
      ...(allowed ? { allowed } : {}),
    });
  }
}

/** Allow comments per line of one blob, parsed on first use (a 5 MB line is read once, not once per match). */
class AllowComments {
  private readonly byLine = new Map<number, AllowComment[]>();
  private readonly any: boolean;
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.any = text.includes(ALLOW_HINT);
  }

  /** The allow comment covering a match of `ruleId` on its first or last line, if any. */
  covering(ruleId: string, firstLine: number, lastLine: number): InlineAllow | undefined {
    if (!this.any) return undefined;
    return allowFor(this.on(firstLine), ruleId) ?? (lastLine === firstLine ? undefined : allowFor(this.on(lastLine), ruleId));
  }

  private on(line: number): AllowComment[] {
    let comments = this.byLine.get(line);
    if (!comments) {
      comments = parseAllowComments(utf8(this.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line))));
      this.byLine.set(line, comments);
    }
    return comments;
  }
}

/** Decodes a Latin-1 view of bytes as the UTF-8 text it is (invalid sequences become U+FFFD). */
function utf8(latin1: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** 1-based column in UTF-16 code units (SARIF's default) of a byte offset within its line. */
function utf16Column(text: string, lineStart: number, offset: number): number {
  return utf8(text.slice(lineStart, offset)).length + 1;
}

/** Offsets of line starts, built on first use; converts string offsets to 1-based line/column. */
class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private build(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    let i = -1;
    while ((i = this.text.indexOf('\n', i + 1)) !== -1) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.build();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  lineStart(line: number): number {
    return this.build()[line - 1]!;
  }

  lineEnd(line: number): number {
    const next = this.build()[line];
    return next === undefined ? this.text.length : next - 1;
  }
}
