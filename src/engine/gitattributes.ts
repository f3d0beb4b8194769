// Which paths a repository's `.gitattributes` files send to Git LFS (`filter=lfs`): the file rules skip large
// blobs and binary artefacts at such paths. A pure function of the attribute files' text and dates.
//
// Git attribute patterns are gitignore patterns without negation: a pattern without a slash matches a file name
// at any depth below its `.gitattributes`, one with a slash is anchored to that directory, a trailing slash never
// matches a file, and there are no braces. Deeper files override shallower ones and later lines earlier ones.
// `[attr]` macros are expanded one level (`[attr]lfs filter=lfs ...` then `*.bin lfs`).

type Test = (path: string) => boolean;

interface AttrLine {
  readonly test: Test;
  /** 'lfs', another driver, 'true' for a bare `filter`, or null for `-filter` / `!filter`. */
  readonly filter: string | null;
}

/** One version of one `.gitattributes` file: its text and, in history scans, the time of the commit that added it. */
export interface AttributesVersion {
  readonly text: string;
  /** Milliseconds since the epoch; undefined outside git history. */
  readonly time?: number;
}

interface CompiledVersion {
  readonly lines: readonly AttrLine[];
  readonly time: number;
}

/** Unquotes a C-style quoted pattern ("a b.bin", with \" \\ \t \n and octal escapes). */
function unquote(quoted: string): string {
  return quoted.replace(/\\(?:([0-7]{3})|(.))/g, (_, octal: string | undefined, c: string | undefined) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8));
    return c === 't' ? '\t' : c === 'n' ? '\n' : (c ?? '');
  });
}

/** Splits a line into its pattern and attribute tokens. */
function splitLine(line: string): { pattern: string; tokens: string[] } | undefined {
  const trimmed = line.replace(/^\s+/, '');
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  if (trimmed.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"(.*)$/.exec(trimmed);
    if (!m) return undefined;
    return { pattern: unquote(m[1]!), tokens: m[2]!.trim().split(/\s+/).filter(Boolean) };
  }
  const [pattern, ...tokens] = trimmed.split(/\s+/).filter(Boolean);
  return pattern === undefined ? undefined : { pattern, tokens };
}

/** The filter setting that a list of attribute tokens makes, or undefined if they do not mention it. */
function filterOf(tokens: readonly string[], macros: ReadonlyMap<string, readonly string[]>): string | null | undefined {
  let filter: string | null | undefined;
  for (const token of tokens) {
    if (token === 'filter') filter = 'true';
    else if (token.startsWith('filter=')) filter = token.slice('filter='.length);
    else if (token === '-filter' || token === '!filter') filter = null;
    else if (macros.has(token)) {
      const expanded = filterOf(macros.get(token)!, new Map());
      if (expanded !== undefined) filter = expanded;
    }
  }
  return filter;
}

/** Answers "is this path tracked by LFS (as of this time)?" for the attribute files of a scan. */
export class LfsAttributes {
  private constructor(private readonly files: ReadonlyMap<string, readonly CompiledVersion[]>) {}

  /** `files`: `.gitattributes` path -> its versions. */
  static async create(files: ReadonlyMap<string, readonly AttributesVersion[]>): Promise<LfsAttributes> {
    const compiled = new Map<string, CompiledVersion[]>();
    if (files.size === 0) return new LfsAttributes(compiled);
    const { default: picomatch } = await import('picomatch');
    const options = { dot: true, nobrace: true, noextglob: true, nonegate: true };
    const macros = new Map<string, readonly string[]>();
    const parsed = new Map<string, { tokens: string[]; pattern: string }[][]>();
    for (const [path, versions] of files) {
      parsed.set(
        path,
        versions.map((v) =>
          v.text.split(/\r?\n/).flatMap((line) => {
            const split = splitLine(line);
            if (!split) return [];
            if (split.pattern.startsWith('[attr]')) {
              macros.set(split.pattern.slice('[attr]'.length), split.tokens);
              return [];
            }
            return [split];
          }),
        ),
      );
    }
    for (const [path, versions] of files) {
      const lists = parsed.get(path)!;
      compiled.set(
        path.slice(0, Math.max(0, path.lastIndexOf('/'))),
        versions.map((v, i) => ({
          time: v.time ?? -Infinity,
          lines: lists[i]!.flatMap(({ pattern, tokens }) => {
            const filter = filterOf(tokens, macros);
            if (filter === undefined || pattern.endsWith('/') || pattern.startsWith('!')) return [];
            if (pattern.includes('/')) {
              const anchored = picomatch(pattern.replace(/^\//, ''), options);
              return [{ test: anchored, filter }];
            }
            const name = picomatch(pattern, options);
            return [{ test: (p: string) => name(p.slice(p.lastIndexOf('/') + 1)), filter }];
          }),
        })),
      );
    }
    return new LfsAttributes(compiled);
  }

  /**
   * Whether `path` is tracked by LFS under the newest version of each applicable attribute file added no later than
   * `time` (every version when `time` is undefined: the newest). In a linear history that is the version in force
   * at the commit; see README for where this approximation can differ from git.
   */
  isTracked(path: string, time?: number): boolean {
    let filter: string | null = null;
    const applicable = [...this.files].filter(([dir]) => dir === '' || path.startsWith(`${dir}/`)).sort(([a], [b]) => depth(a) - depth(b));
    for (const [dir, versions] of applicable) {
      let chosen: CompiledVersion | undefined;
      for (const v of versions) {
        if (time !== undefined && v.time > time) continue;
        if (!chosen || v.time >= chosen.time) chosen = v;
      }
      if (!chosen) continue;
      const relative = dir === '' ? path : path.slice(dir.length + 1);
      for (const line of chosen.lines) if (line.test(relative)) filter = line.filter;
    }
    return filter === 'lfs';
  }

  get empty(): boolean {
    return this.files.size === 0;
  }
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}
