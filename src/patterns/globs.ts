// Globs with picomatch's semantics (`{ dot: true }`, POSIX paths): from the build's precomputed regex sources
// (patterns/precomputed.ts) when every glob asked for has one, else through picomatch, loaded only then. Compiling
// the built-in packs' globs with picomatch, and loading picomatch, are a visible part of a hook (docs/performance.md).

import { precomputedGlobs } from './precomputed.js';

export type PathTest = (path: string) => boolean;

/** The same test as `picomatch(globs, { dot: true })`: some glob matches the path. */
export async function globsTest(globs: readonly string[]): Promise<PathTest> {
  const known = precomputedGlobs();
  const regexes = globs.every((g) => known.has(g)) ? compiled(globs.map((g) => known.get(g)!)) : undefined;
  if (regexes) {
    // picomatch's matcher: never the empty path; the glob's own text matches (a literal name); else its regex,
    // run only when the path holds text the glob requires (see requiredText).
    const required = globs.map(requiredText);
    return (path) =>
      path !== '' && globs.some((glob, i) => path === glob || (mayMatch(path, required[i]) && regexes[i]!.test(path)));
  }
  const { default: picomatch } = await import('picomatch');
  return picomatch([...globs], { dot: true });
}

/**
 * Text that every path a glob matches holds: one of the strings returned (one per expansion of its braces), or
 * undefined when nothing useful can be said. A path holding none of them cannot match, and its regex need not run.
 * In a short run (a pre-commit hook) that matters: V8 compiles a regex the first time it runs, and compiling the built-in
 * packs' glob regexes is a visible part of a hook, for paths that mostly match none of them.
 *
 * Sound by construction: only a run of characters that picomatch takes literally (none of `*?[]{}()!+@|\` and no
 * `/`, which `**` may absorb) is kept, the longest of each expansion. A negated glob, an escape, nested braces, a
 * range or a class that opens with `]` give undefined.
 */
export function requiredText(glob: string): readonly string[] | undefined {
  if (glob.startsWith('!') || glob.includes('\\') || /\{[^}]*\{|\.\.|\[\^?!?\]/.test(glob)) return undefined;
  const expansions = expandBraces(glob);
  if (expansions === undefined) return undefined;
  const required: string[] = [];
  for (const expansion of expansions) {
    // Classes and extglob groups match text of their own: only what lies outside them is literal.
    const outside = expansion.replace(/\[[^\]]*\]/g, '\0').replace(/[*?+@!]\([^)]*\)/g, '\0');
    const longest = outside.split(/[*?[\]{}()!+@|/\0]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 2) return undefined;
    required.push(longest);
  }
  return required;
}

/** `a{b,c}d{e,f}` -> abde abdf acde acdf (at most 64), or undefined for unbalanced braces. */
function expandBraces(glob: string): string[] | undefined {
  const open = glob.indexOf('{');
  if (open === -1) return glob.includes('}') ? undefined : [glob];
  const close = glob.indexOf('}', open);
  if (close === -1) return undefined;
  const rest = expandBraces(glob.slice(close + 1));
  if (rest === undefined) return undefined;
  const out: string[] = [];
  for (const choice of glob.slice(open + 1, close).split(',')) for (const tail of rest) out.push(glob.slice(0, open) + choice + tail);
  return out.length <= 64 ? out : undefined;
}

/** False when `path` holds none of `required` (then the glob cannot match); true when unsure. */
export function mayMatch(path: string, required: readonly string[] | undefined): boolean {
  return required === undefined || required.some((text) => path.includes(text));
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
