// Globs with picomatch's semantics (`{ dot: true }`, POSIX paths): from the build's precomputed regex sources
// (engine/precomputed.ts) when every glob asked for has one, else through picomatch, loaded only then. Compiling
// the built-in packs' 80 globs with picomatch cost a hook about 10 ms, and loading picomatch a few more.

import { precomputedGlobs } from './precomputed.js';

export type PathTest = (path: string) => boolean;

/** The same test as `picomatch(globs, { dot: true })`: some glob matches the path. */
export async function globsTest(globs: readonly string[]): Promise<PathTest> {
  const known = precomputedGlobs();
  const regexes = globs.every((g) => known.has(g)) ? compiled(globs.map((g) => known.get(g)!)) : undefined;
  if (regexes) {
    // picomatch's matcher: never the empty path; the glob's own text matches (a literal name); else its regex.
    return (path) => path !== '' && globs.some((glob, i) => path === glob || regexes[i]!.test(path));
  }
  const { default: picomatch } = await import('picomatch');
  return picomatch([...globs], { dot: true });
}

/** The regexes of stored sources, or undefined if one does not compile (damaged data: picomatch is used instead). */
function compiled(sources: readonly string[]): RegExp[] | undefined {
  try {
    return sources.map((source) => new RegExp(source));
  } catch {
    return undefined;
  }
}

/** The same as `picomatch.makeRe(glob, { dot: true }).source`. */
export async function globSource(glob: string): Promise<string> {
  const known = precomputedGlobs().get(glob);
  if (known !== undefined && compiled([known])) return known;
  const { default: picomatch } = await import('picomatch');
  return picomatch.makeRe(glob, { dot: true }).source;
}

/** What the build stores for `globs`: each one's regex source (run by the build, with picomatch loaded). */
export async function globSources(globs: Iterable<string>): Promise<Record<string, string>> {
  const { default: picomatch } = await import('picomatch');
  const out: Record<string, string> = {};
  for (const glob of globs) out[glob] = picomatch.makeRe(glob, { dot: true }).source;
  return out;
}
