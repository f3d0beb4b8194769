// Positions in a blob's one-byte-per-character (Latin-1) view: line starts, 1-based line/column, and the conversions
// back to UTF-8 text and UTF-16 columns that reports use. Shared by the regex rules and the structured detectors.

/** Decodes a Latin-1 view of bytes as the UTF-8 text it is (invalid sequences become U+FFFD). */
export function utf8(latin1: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** 1-based column in UTF-16 code units (SARIF's default) of a byte offset within its line. */
export function utf16Column(text: string, lineStart: number, offset: number): number {
  return utf8(text.slice(lineStart, offset)).length + 1;
}

/** Index (0-based) of the line holding `offset`, given the ascending offsets of line starts (the first is 0). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets of line starts, built on first use; converts string offsets to 1-based line/column. */
export class LineIndex {
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
    const index = lineIndexAt(starts, offset);
    return { line: index + 1, column: offset - starts[index]! + 1 };
  }

  lineStart(line: number): number {
    return this.build()[line - 1]!;
  }

  lineEnd(line: number): number {
    const next = this.build()[line];
    return next === undefined ? this.text.length : next - 1;
  }
}
