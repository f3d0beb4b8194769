// Path scoping: rules limited to some paths run only on blobs met at such a path; the few blobs that turn out to
// sit at one elsewhere are scanned again after the walk.

import type { Diagnostic } from '../core/diagnostic.js';
import type { RuleSpec } from '../core/rule.js';
import { compileAnyGlob, type PathTest } from '../engine/paths.js';
import type { Source } from '../sources/source.js';

export type PathScoping = Awaited<ReturnType<typeof scopedPaths>>;

export /**
 * Rules limited to some paths (`.env`, `*.tfvars`...) need not run on a blob first seen at none of them: most blobs
 * hold their keywords (password, token, key) for other reasons. A source that can list its paths and read a few
 * blobs again gets this; the blobs that turn out to sit at such a path too are scanned again at the end.
 */
async function scopedPaths(rules: readonly RuleSpec[], tests: ReadonlyMap<string, PathTest>, source: Source) {
  const scopedRules = rules.filter(isPathLimited);
  const scopedTests = scopedRules.map((r) => tests.get(r.id)!);
  const index = source.index();
  const enabled = scopedTests.length > 0 && index.paths !== undefined && source.readBlobs !== undefined;
  // Every blob's hinted path is tested: a fast union of the include globs first, the exact tests on its few hits.
  const mayConcern = await compileAnyGlob(scopedRules.flatMap((r) => r.paths));
  const concerns = (path: string): boolean => mayConcern(path) && scopedTests.some((test) => test(path));
  const scannedWithScoped = new Set<string>();
  return {
    /** Whether path-scoped rules run on this blob in the first pass. */
    atHint(blobId: string, path: string | undefined): boolean {
      if (!enabled) return true;
      if (path === undefined || !concerns(path)) return false;
      scannedWithScoped.add(blobId);
      return true;
    },
    /** Some path-scoped rule concerns this path (and they are skipped elsewhere). */
    concerns(path: string | undefined): boolean {
      return enabled && path !== undefined && concerns(path);
    },
    /** A blob replayed from the cache was scanned with the path-scoped rules. */
    markScoped(blobId: string): void {
      scannedWithScoped.add(blobId);
    },
    /** Whether this blob's scan included the path-scoped rules. */
    wasScoped(blobId: string): boolean {
      return !enabled || scannedWithScoped.has(blobId);
    },
    /** Blobs to scan again: at some path that a scoped rule concerns, not scanned with scoped rules, not missing. */
    missed(diagnostics: readonly Diagnostic[]): Set<string> {
      const again = new Set<string>();
      if (!enabled || !index.paths) return again;
      const missing = new Set(diagnostics.filter((d) => d.code === 'missing-object' || d.code === 'missing-parent' || d.code === 'too-large').map((d) => d.blobId));
      for (const { path, blobIds } of index.paths()) {
        if (!concerns(path)) continue;
        for (const id of blobIds) if (!scannedWithScoped.has(id) && !missing.has(id)) again.add(id);
      }
      return again;
    },
  };
}

/** A regex rule limited to some paths (`.env`, `*.tfvars`...). */
function isPathLimited(rule: RuleSpec): boolean {
  return rule.paths.length > 0 && rule.detector === undefined;
}
