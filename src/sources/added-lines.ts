// Added lines of a diff: git's `-U0 --full-index` patch text -> the line ranges each new blob gained, keyed by the
// blob pair. Staged and range sources attach these to origins so that only added or changed lines are reported.
//
// The patch is keyed by its `index <old>..<new>` line rather than by the paths in `diff --git a/.. b/..`, which git
// quotes and cannot be split reliably when a name holds spaces; the blob pair names the change exactly.

/** Inclusive [first, last] line ranges of the new version, in ascending order. */
export type LineRanges = ReadonlyArray<readonly [number, number]>;

/** Key of one change in `parseAddedLines`' result. */
export function pairKey(oldBlob: string, newBlob: string): string {
  return `${oldBlob}..${newBlob}`;
}

const INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: \d+)?$/;
const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses patch text (one or many files) into added-line ranges per blob pair. A pair that git showed as binary maps
 * to undefined (every line of the new version counts); a pair with no hunks (a mode change) maps to an empty list.
 */
export function parseAddedLines(patch: Buffer | string): Map<string, LineRanges | undefined> {
  const text = typeof patch === 'string' ? patch : patch.toString('latin1');
  const out = new Map<string, LineRanges | undefined>();
  let key: string | undefined;
  let ranges: [number, number][] | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(pos);
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk: count lines by their first character (content may look like any header).
      if (first === 43 /* + */) {
        const last = ranges?.at(-1);
        if (last && last[1] === newLine - 1) last[1] = newLine;
        else ranges?.push([newLine, newLine]);
        newLine++;
        newLeft--;
      } else if (first === 45 /* - */) {
        oldLeft--;
      } else if (first === 32 /* space */ || end === pos) {
        oldLeft--;
        newLeft--;
        newLine++;
      }
      // `\ No newline at end of file` counts as nothing.
      pos = end + 1;
      continue;
    }
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.startsWith('diff ')) {
      key = undefined;
      ranges = undefined;
    } else if (key === undefined && line.startsWith('index ')) {
      const m = INDEX_LINE.exec(line);
      if (m) {
        key = pairKey(m[1]!, m[2]!);
        ranges = [];
        out.set(key, ranges);
      }
    } else if (key !== undefined && (line.startsWith('Binary files ') || line === 'GIT binary patch')) {
      out.set(key, undefined);
      ranges = undefined;
    } else if (line.startsWith('@@ ')) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
    }
  }
  return out;
}

/** Lines present in both sets (a merge adds only what is new relative to every parent). */
export function intersectLines(a: LineRanges, b: LineRanges): LineRanges {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i]!;
    const [b0, b1] = b[j]!;
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}

/**
 * The lines that count for a blob met at several places, each with the lines it added there: their union, or
 * undefined when one place counts every line (a new file).
 */
export function unionLines(sets: ReadonlyArray<LineRanges | undefined>): LineRanges | undefined {
  const all: (readonly [number, number])[] = [];
  for (const set of sets) {
    if (set === undefined) return undefined;
    all.push(...set);
  }
  all.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [first, last] of all) {
    const previous = out.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else out.push([first, last]);
  }
  return out;
}
