// What the build derives ahead of time from the built-in rule packs (the prefilter's automaton, glob regexes), for
// the engine to use instead of deriving it at every start. The engine never opens a file: whoever can read dist/
// registers readers here (scan/plan.ts, with ruleset/load.ts's), and each is read at most once, on first need.
// Every entry is keyed by exactly what it was derived from (the keyword list, the glob text), so a scan whose rules
// differ never uses a wrong one: it derives its own. Unreadable data is ignored the same way.

/** Readers of the precomputed data; each returns undefined when there is none (a run from source, a missing file). */
export interface PrecomputedReaders {
  /** Bytes of `serializePrefilter` (engine/prefilter.ts). */
  readonly prefilter: () => Uint8Array | undefined;
  /** Glob -> regex source, as picomatch compiles the glob with `{ dot: true }` on POSIX paths. */
  readonly globs: () => unknown;
}

let readers: PrecomputedReaders | undefined;
let prefilter: { bytes: Uint8Array | undefined } | undefined;
let globs: Map<string, string> | undefined;
/** Glob sources registered by whoever computed them earlier (a config's globs, remembered with its parse). */
const extraGlobs = new Map<string, string>();

/**
 * Adds the regex sources of more globs (as picomatch compiles each with `{ dot: true }`), computed and remembered by
 * the caller: config/settings.ts keeps a config's in its parse cache, so the hook loads picomatch only when the
 * config changes. Kept across usePrecomputed calls.
 */
export function addGlobSources(sources: unknown): void {
  if (!sources || typeof sources !== 'object' || Array.isArray(sources)) return;
  for (const [glob, source] of Object.entries(sources)) {
    if (typeof source !== 'string') continue;
    extraGlobs.set(glob, source);
    globs?.set(glob, source);
  }
}

/** Registers the readers (other readers than before: what the old ones read is forgotten). */
export function usePrecomputed(next: PrecomputedReaders | undefined): void {
  if (next === readers) return;
  readers = next;
  prefilter = undefined;
  globs = undefined;
}

/** The stored prefilter bytes, if any. */
export function precomputedPrefilter(): Uint8Array | undefined {
  prefilter ??= { bytes: safely(() => readers?.prefilter()) };
  return prefilter.bytes;
}

/** The stored regex source of each glob (empty when none, or on Windows, where picomatch compiles globs otherwise). */
export function precomputedGlobs(): ReadonlyMap<string, string> {
  if (globs) return globs;
  const table = process.platform === 'win32' ? undefined : safely(() => readers?.globs());
  const map = new Map<string, string>(process.platform === 'win32' ? [] : extraGlobs);
  if (table && typeof table === 'object' && !Array.isArray(table)) {
    for (const [glob, source] of Object.entries(table)) if (typeof source === 'string') map.set(glob, source);
  }
  return (globs = map);
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
