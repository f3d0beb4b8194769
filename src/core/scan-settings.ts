// Settings a scan receives as data from config/ (the engine and sources never see the config): archive limits and
// the hygiene rules' size thresholds. This file imports nothing.

/** How archives in blobs are opened (engine/archive): nesting depth (0: never) and per-blob limits. */
export interface ArchiveLimits {
  /** Levels of archives opened: 1 opens an archive blob's members, 2 also the archives among them, and so on. */
  readonly depth: number;
  /** Uncompressed bytes one blob's archives may produce, over every level. */
  readonly maxBytes: number;
  /** Members one blob's archives may hold, over every level. */
  readonly maxMembers: number;
  /** A member larger than 1 MiB may be at most this many times its compressed size (a bomb otherwise). */
  readonly maxRatio: number;
}

/** The deepest nesting of encodings decoded (decode.depth, --decode-depth) and of archives opened (archives.depth). */
export const MAX_NESTING_DEPTH = 8;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = Object.freeze({ depth: 4, maxBytes: 64 * 1024 * 1024, maxMembers: 10_000, maxRatio: 100 });

/** Size thresholds for hygiene rules, from the config file; passed through as data. */
export interface HygieneSettings {
  /** Blobs larger than this are reported by the oversized-blob rule; undefined = the rule's default. */
  readonly maxBlobBytes?: number;
  /** Per-path thresholds (picomatch globs); the first matching entry wins over `maxBlobBytes`. */
  readonly paths: readonly { readonly glob: string; readonly maxBytes: number }[];
}

