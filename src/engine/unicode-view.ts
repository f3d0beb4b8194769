// The text that RE2 rules see. Rules run on a Latin-1 view of a blob (one character per byte, engine/detect.ts);
// Go's regexp reads UTF-8 runes instead, so `.`, `\pL`, `[^"]{32}` and `(?i)` count and class whole characters.
// For a window with non-ASCII bytes the RE2 rules get the bytes decoded as Go decodes them (each byte of an invalid
// sequence is one U+FFFD) and a map of every offset back to the Latin-1 view, where matches are reported.

/** The decoded text and, when it differs from the Latin-1 view, the Latin-1 offset of every UTF-16 offset. */
export interface UnicodeView {
  readonly text: string;
  /** `map[i]` is the Latin-1 offset of UTF-16 offset i (length text.length + 1); undefined when the text is ASCII. */
  readonly map: Int32Array | undefined;
}

const NON_ASCII = /[\x80-\xff]/;

/** The bytes of `latin1` (a Latin-1 view) decoded as UTF-8 the way Go's regexp reads them. */
export function unicodeView(latin1: string): UnicodeView {
  if (!NON_ASCII.test(latin1)) return { text: latin1, map: undefined };
  const n = latin1.length;
  const parts: string[] = [];
  const map = new Int32Array(2 * n + 1);
  let out = 0;
  let chunk = '';
  const emit = (code: number, from: number): void => {
    const s = String.fromCodePoint(code);
    map[out] = from;
    if (s.length === 2) map[out + 1] = from;
    out += s.length;
    chunk += s;
    if (chunk.length > 4096) {
      parts.push(chunk);
      chunk = '';
    }
  };
  const cont = (i: number, lo = 0x80, hi = 0xbf): number => {
    const b = i < n ? latin1.charCodeAt(i) : -1;
    return b >= lo && b <= hi ? b & 0x3f : -1;
  };
  for (let i = 0; i < n; ) {
    const b = latin1.charCodeAt(i);
    if (b < 0x80) {
      emit(b, i);
      i++;
      continue;
    }
    // Well-formed sequences only (no overlongs, no surrogates, nothing past U+10FFFF), as Go's utf8.DecodeRune.
    let code = -1;
    let len = 1;
    if (b >= 0xc2 && b <= 0xdf) {
      const c1 = cont(i + 1);
      if (c1 >= 0) [code, len] = [((b & 0x1f) << 6) | c1, 2];
    } else if (b >= 0xe0 && b <= 0xef) {
      const c1 = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      if (c2 >= 0) [code, len] = [((b & 0x0f) << 12) | (c1 << 6) | c2, 3];
    } else if (b >= 0xf0 && b <= 0xf4) {
      const c1 = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf);
      const c2 = c1 >= 0 ? cont(i + 2) : -1;
      const c3 = c2 >= 0 ? cont(i + 3) : -1;
      if (c3 >= 0) [code, len] = [((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
    }
    emit(code < 0 ? 0xfffd : code, i);
    i += len;
  }
  map[out] = n;
  parts.push(chunk);
  return { text: parts.join(''), map: map.subarray(0, out + 1) };
}
