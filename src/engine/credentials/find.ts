// The key-aware credential detector: finds credential key names (any naming style), reads the value assigned to
// each in the syntax around it (engine/credentials/values-read.ts) and judges it (values.ts). The engine runs it on
// the text windows of blobs whose prefilter saw a credential key word; it never parses a whole file.

import type { Confidence } from '../../core/rule.js';
import { credentialKey } from './keys.js';
import { judgeValue } from './values.js';
import { afterOperator, isQuote, opensLine, readElement, readPart, readQuoted, readUnquoted, skipSpaces, startsPart, type ValueSpan } from './values-read.js';

/** `literal`: quoted values, XML text, connection-string parts, in any file. `config`: unquoted line values. */
export type CredentialMode = 'literal' | 'config';

/** One credential value: its characters text[start, end) and the confidence of the finding. */
export interface CredentialHit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
}

/**
 * Where a credential key name may be: the words of CREDENTIAL_WORDS and KEY_QUALIFIERS' `key` (keys.ts). The rules'
 * prefilter keywords are narrower (`pass=`, `_key`), so that only blobs with a likely key get here.
 */
const KEY_HINT = /pass|pwd|secret|token|key|auth|cred|salt/gi;

function isIdentifier(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46;
}

/**
 * Where the prefilter saw the rules' keywords: sorted byte offsets in the blob (one list per rule), and the blob
 * offset of the text's first character (the text is a window of the blob, one character per byte).
 */
export interface KeywordPlaces {
  readonly starts: readonly Int32Array[];
  readonly from: number;
}

/** The places to read keys at, ascending: the prefilter's keyword places in this text, or every KEY_HINT match. */
function* keyPlaces(text: string, places: KeywordPlaces | undefined): Generator<number> {
  if (places) {
    const merged: number[] = [];
    for (const list of places.starts) for (const at of list) if (at >= places.from && at < places.from + text.length) merged.push(at - places.from);
    if (places.starts.length > 1) merged.sort((a, b) => a - b);
    yield* merged;
    return;
  }
  const hint = new RegExp(KEY_HINT.source, 'gi');
  for (let m = hint.exec(text); m !== null; m = hint.exec(text)) yield m.index;
}

/**
 * Calls each mode's sink for its credential values in `text`, in order, in one pass over the text; a sink that
 * returns false gets no more (its rule's match limit), and the pass stops when no sink is left.
 */
export function findCredentials(text: string, sinks: Map<CredentialMode, (hit: CredentialHit) => boolean>, places?: KeywordPlaces): void {
  if (sinks.size === 0) return;
  // Whether the text is ciphertext by design, asked once a first value is found (most texts have none).
  let encrypted: boolean | undefined;
  let next = 0;
  for (const at of keyPlaces(text, places)) {
    if (at < next) continue; // inside the key just read
    let start = at;
    let end = at;
    while (start > 0 && isIdentifier(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isIdentifier(text.charCodeAt(end))) end++;
    if (end === start) end = start + 1;
    next = end;
    while (end > start && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    if (/^setx$/i.test(text.slice(start, end))) {
      // `setx NAME value`: the prefilter's keyword is the command; the key is the next word.
      start = skipSpaces(text, end);
      end = start;
      while (end < text.length && isIdentifier(text.charCodeAt(end))) end++;
      next = end;
    }
    const identifier = text.slice(start, end);
    const key = credentialKey(identifier);
    if (!key) continue;
    const span = valueAfterKey(text, start, end, identifier);
    const emit = span && sinks.get(span.kind);
    if (!span || !emit) continue;
    const value = text.slice(span.start, span.end);
    const confidence = judgeValue(value, key);
    if (confidence === undefined) continue;
    encrypted ??= isEncryptedDocument(text);
    if (encrypted) return;
    if (!emit({ value, start: span.start, end: span.end, confidence })) {
      sinks.delete(span.kind);
      if (sinks.size === 0) return;
    }
  }
}

/**
 * Documents whose values are ciphertext by design: Bitnami SealedSecrets (`encryptedData`) and SOPS-encrypted files
 * (a `sops` block with its MAC): every value under a credential key there is encrypted.
 */
function isEncryptedDocument(text: string): boolean {
  return (text.includes('SealedSecret') && text.includes('encryptedData')) || (text.includes('sops') && /["']?mac["']?[ \t]*[:=][ \t]*["']?ENC\[/.test(text));
}

/** The value assigned to the key at text[start, end), in whichever syntax surrounds it. */
function valueAfterKey(text: string, start: number, end: number, identifier: string): ValueSpan | undefined {
  const before = text.charCodeAt(start - 1);
  if (isQuote(before) && text.charCodeAt(end) === before) return afterQuotedKey(text, start, end + 1);
  if (before === 60) return readElement(text, end); // `<`
  let p = skipSpaces(text, end);
  // A setter or builder call: `setPassword("...")`, `.password("...")`.
  if (text[p] === '(' && (/^(?:set|with)[A-Z_]/.test(identifier.slice(identifier.lastIndexOf('.') + 1)) || identifier.includes('.'))) return readQuoted(text, skipSpaces(text, p + 1));
  let op = afterOperator(text, p);
  if (op === -1) {
    // Windows `setx NAME value`.
    if (p > end && /(?:^|\n)[ \t]*setx[ \t]+$/i.test(text.slice(Math.max(0, start - 40), start))) op = p;
    else return undefined;
  }
  p = skipSpaces(text, op);
  if (isQuote(text.charCodeAt(p)) || /[rbfu]['"]/i.test(text.slice(p, p + 2))) return readQuoted(text, p);
  // A part's value starts right after its `=` (`password= dbname=app` has none).
  if (text[op - 1] === '=' && startsPart(text, start)) return readPart(text, op);
  if (opensLine(text, start) || identifier.startsWith('--')) return readUnquoted(text, p);
  return undefined;
}

/**
 * After a quoted key: `"key": "value"` (JSON, YAML, dicts, hashes, `['key'] = 'value'`), PHP's
 * `define('KEY', 'value')`, and `<add key="Password" value="..."/>` name/value attribute pairs.
 */
function afterQuotedKey(text: string, keyStart: number, at: number): ValueSpan | undefined {
  let p = at;
  if (text[p] === ']') p++;
  p = skipSpaces(text, p);
  const attribute = /^value[ \t]*=[ \t]*/.exec(text.slice(p, p + 12));
  if (attribute && /(?:key|name)[ \t]*=[ \t]*$/.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, p + attribute[0].length);
  if (text[p] === ',' && /define[ \t]*\([ \t]*$/i.test(text.slice(Math.max(0, keyStart - 12), keyStart - 1))) return readQuoted(text, skipSpaces(text, p + 1));
  const op = afterOperator(text, p);
  if (op === -1) return undefined;
  p = skipSpaces(text, op);
  if (isQuote(text.charCodeAt(p))) return readQuoted(text, p);
  return opensLine(text, keyStart - 1) ? readUnquoted(text, p) : undefined;
}
