// Stage 3, expand: a blob becomes what is matched. The binary and too-large decisions are made here once, as the
// unit's kind, so no later stage asks them again.
//
// Later per-unit work plugs in here: a decoded span or an archive member is one more `text` unit (the detector's
// matches then carry `decoded` and `member`, which attribute passes into the finding unchanged).

import { isBinary } from '../engine/binary.js';
import type { SourceBlob } from '../sources/source.js';
import type { HeadFacts } from './files.js';

/** What the match stage receives for one blob. */
export type Unit =
  /** Larger than the secret rules read: only its head was seen (by the file rules). */
  | { readonly kind: 'too-large'; readonly blob: SourceBlob; readonly head: HeadFacts }
  /** Binary content, which no content rule reads: never copied to a worker. */
  | { readonly kind: 'binary'; readonly blob: SourceBlob; readonly head: HeadFacts }
  /** Text for the content rules; `allRules` false: the path-limited rules skip it (its path concerns none). */
  | { readonly kind: 'text'; readonly blob: SourceBlob; readonly head: HeadFacts; readonly allRules: boolean };

/**
 * `head` is what the file rules learnt from the blob's head (their look found a NUL byte: the detector's own test
 * for binary content); `allRules` comes from path scoping.
 */
export function expand(blob: SourceBlob, head: HeadFacts, allRules: boolean): Unit {
  // A binary blob is never read by the secret rules, whatever its size: a large one is binary, not too large.
  if (blob.truncated && !(head.facts?.binary ?? isBinary(blob.bytes))) return { kind: 'too-large', blob, head };
  if (head.facts?.binary) return { kind: 'binary', blob, head };
  return { kind: 'text', blob, head, allRules };
}
