// Stage 3, expand: a blob becomes what is matched. The binary and too-large decisions are made here once, as the
// unit's kind, so no later stage asks them again.
//
// An archive (known by its magic bytes, whatever its name) is binary but goes to the detector, which opens it and
// scans its members (their matches carry `member`, as decoded text's carry `decoded`; attribute turns both into the
// finding's fields). An archive cut at the size limit cannot be opened: it is too large, as a large text is.

import { archiveFormat } from '../engine/archive/expand.js';
import { isBinary } from '../engine/binary.js';
import type { SourceBlob } from '../sources/source.js';
import type { HeadFacts } from './files.js';

/** What the match stage receives for one blob. */
export type Unit =
  /** Larger than the secret rules read: only its head was seen (by the file rules). */
  | { readonly kind: 'too-large'; readonly blob: SourceBlob; readonly head: HeadFacts }
  /** An archive: its members are text for the content rules (every rule runs on them; attribute scopes by member path). */
  | { readonly kind: 'archive'; readonly blob: SourceBlob; readonly head: HeadFacts }
  /** Binary content, which no content rule reads: never copied to a worker. */
  | { readonly kind: 'binary'; readonly blob: SourceBlob; readonly head: HeadFacts }
  /** Text for the content rules; `allRules` false: the path-limited rules skip it (its path concerns none). */
  | { readonly kind: 'text'; readonly blob: SourceBlob; readonly head: HeadFacts; readonly allRules: boolean };

/**
 * `head` is what the file rules learnt from the blob's head (their look found a NUL byte: the detector's own test
 * for binary content); `allRules` comes from path scoping; `archives` false: archives are binary like any other.
 */
export function expand(blob: SourceBlob, head: HeadFacts, allRules: boolean, archives = true): Unit {
  if (archives && archiveFormat(blob.bytes) !== undefined) return blob.truncated ? { kind: 'too-large', blob, head } : { kind: 'archive', blob, head };
  // A binary blob is never read by the secret rules, whatever its size: a large one is binary, not too large.
  if (blob.truncated && !(head.facts?.binary ?? isBinary(blob.bytes))) return { kind: 'too-large', blob, head };
  if (head.facts?.binary) return { kind: 'binary', blob, head };
  return { kind: 'text', blob, head, allRules };
}
