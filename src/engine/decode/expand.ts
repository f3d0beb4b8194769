// Decoded spans through the rules again: each textual decoding, with the rest of its line around it as context, is
// scanned like a small blob, and its own encoded spans are decoded in turn up to `depth` levels. A match found in
// decoded text is placed at the outermost encoded span of the original text and carries the chain of encodings.

import type { Diagnostic } from '../../core/diagnostic.js';
import type { Match } from '../../core/types.js';
import { LineIndex, utf16Column } from '../text-position.js';
import { decodeSpans, newBudget, type DecodeBudget, type DecodedSpan } from './spans.js';

/** Characters of the encoded span's line kept before it as context for the rules (a key such as `"auth": "`). */
const CONTEXT_BEFORE = 64;
/** Characters kept after it (a closing quote, an allow comment at the end of the line). */
const CONTEXT_AFTER = 256;

/** The rules on one decoded unit; undefined when a module must be loaded first. */
export type ScanUnit = (bytes: Buffer) => { matches: Match[]; diagnostics: Diagnostic[] } | undefined;

interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface DecodedResult {
  readonly matches: Match[];
  readonly diagnostics: Diagnostic[];
  readonly needsLoad?: boolean;
}

/**
 * Matches found by decoding `bytes` (a blob, or a region of one) to `depth` levels, at the places of the encoded spans.
 * Matches whose rule and secret the plain text already gave, or whose rule matched the encoded characters, are left
 * out; a decoded match at the same place as a
 * plain one (an encoded-token rule, a Secret's value) is settled like any overlap (engine/overlap.ts: the more
 * specific rule reports).
 */
export function decodedMatches(bytes: Buffer, depth: number, blobId: string, plain: readonly Match[], scanUnit: ScanUnit): DecodedResult {
  const matches: Match[] = [];
  const diagnostics: Diagnostic[] = [];
  if (depth <= 0) return { matches, diagnostics };
  const budget = newBudget();
  const spans = decodeSpans(bytes, budget);
  if (spans.length === 0 && !budget.exhausted) return { matches, diagnostics };
  // The Latin-1 view, only for blobs with something decoded: context and positions.
  const text = bytes.toString('latin1');
  const lines = new LineIndex(text);
  const seen = new Set(plain.map((m) => `${m.ruleId}\0${m.secret}`));
  for (const span of spans) {
    const place = placeOf(text, lines, span);
    // A rule that already matched the encoded characters themselves (a URL whose `%3D` stays in the secret).
    const here = new Set(plain.filter((m) => overlaps(m, place)).map((m) => m.ruleId));
    const found: Match[] = [];
    if (!scanDecoded(text, lines, span, depth, [], budget, scanUnit, found, diagnostics)) return { matches: [], diagnostics: [], needsLoad: true };
    for (const m of found) {
      const key = `${m.ruleId}\0${m.secret}`;
      if (seen.has(key) || here.has(m.ruleId)) continue;
      seen.add(key);
      matches.push({ ...m, blobId, ...place });
    }
  }
  if (budget.exhausted) {
    diagnostics.push({
      code: 'decode-limit',
      blobId,
      detail: `blob ${blobId} has more encoded-looking text than one blob's decoding budget; the rest was scanned as written but not decoded`,
    });
  }
  return { matches, diagnostics };
}

/** Scans one decoded span (and, depth allowing, the spans inside it); false when a module must be loaded first. */
function scanDecoded(
  text: string,
  lines: LineIndex,
  span: DecodedSpan,
  depth: number,
  chain: readonly string[],
  budget: DecodeBudget,
  scanUnit: ScanUnit,
  found: Match[],
  diagnostics: Diagnostic[],
): boolean {
  // The line of the span (an encoded span holds no line break: runs and escapes end at whitespace).
  const { line } = lines.position(span.start);
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const before = text.slice(Math.max(lineStart, span.start - CONTEXT_BEFORE), span.start);
  const after = text.slice(span.end, Math.min(lineEnd, span.end + CONTEXT_AFTER));
  const unit = Buffer.concat([Buffer.from(before, 'latin1'), span.bytes, Buffer.from(after, 'latin1')]);
  const result = scanUnit(unit);
  if (!result) return false;
  const here = [...chain, span.encoding];
  // Only what touches the decoded bytes: a match wholly in the context is the plain text's (a detector reading a
  // line fragment instead of the whole file can see a different structure there, and would report it as decoded).
  const unitText = unit.toString('latin1');
  const decodedPlace = placeOf(unitText, new LineIndex(unitText), { start: before.length, end: before.length + span.bytes.length });
  for (const m of result.matches) if (overlaps(m, decodedPlace)) found.push({ ...m, decoded: here });
  for (const d of result.diagnostics) if (d.code !== 'match-limit') diagnostics.push(d);
  if (depth <= 1) return true;
  const inner = span.bytes.toString('latin1');
  const innerLines = new LineIndex(inner);
  for (const next of decodeSpans(span.bytes, budget)) {
    if (!scanDecoded(inner, innerLines, next, depth - 1, here, budget, scanUnit, found, diagnostics)) return false;
  }
  return true;
}

function placeOf(text: string, lines: LineIndex, span: Pick<DecodedSpan, 'start' | 'end'>): Place {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return {
    line: start.line,
    column: utf16Column(text, lines.lineStart(start.line), span.start),
    endLine: end.line,
    endColumn: utf16Column(text, lines.lineStart(end.line), span.end),
  };
}

function overlaps(m: Match, p: Place): boolean {
  const startsBeforeEnd = m.line < p.endLine || (m.line === p.endLine && m.column < p.endColumn);
  const endsAfterStart = m.endLine > p.line || (m.endLine === p.line && m.endColumn > p.column);
  return startsBeforeEnd && endsAfterStart;
}
