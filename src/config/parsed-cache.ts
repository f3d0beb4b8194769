// Parsed configs remembered between runs: the pre-commit hook reads the same `.leakgate.yaml` on every commit, and
// parsing it loads the YAML parser and the schema library, which costs as much again as the whole scan of an
// ordinary commit (docs/performance.md). The parse result is kept in the repository's directory of the user's cache
// (core/cache-dir.ts; never in the repository itself), in `config-cache-2.json`, with the exact
// text it came from and this version's number; any difference in either parses again. A text that does not parse
// is never kept (its errors are reported every time). Uses only node:fs: the cache is found without running git.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deepFreeze } from '../core/freeze.js';
import { privateDirectory, repositoryCacheDir } from '../core/cache-dir.js';
import { gitDirAt } from '../core/git-dir.js';
import { VERSION } from '../core/version.js';

const FORMAT = 'leakgate-config-cache/2'; // 2: a config's glob sources are kept with it
/** The file is named after the format, so builds with different formats used in turn do not undo each other's. */
const FILE = 'config-cache-2.json';
/** Different config files (or display names) kept at once, most recent first. */
const MAX_ENTRIES = 8;

interface Entry {
  /** What the value depends on besides the text: the file's path and how messages name it. */
  readonly key: string;
  readonly text: string;
  readonly value: unknown;
}

interface CacheFile {
  readonly format: string;
  readonly version: string;
  readonly entries: Entry[];
}

/**
 * The parse of `text` (from `parse`, or remembered from an earlier run in the repository at `root`). `key` names
 * everything besides the text that the result depends on; `isCurrent`, when given, must hold for a remembered result
 * (else it is parsed again). The result must be plain JSON data; it is deep-frozen.
 */
export async function cachedParse<T>(root: string, key: string, text: string, parse: () => Promise<T>, isCurrent?: (value: T) => boolean): Promise<T> {
  const file = cacheFileOf(root);
  const stored = file === undefined ? undefined : readCache(file);
  const hit = stored?.entries.find((e) => e.key === key && e.text === text);
  // `isCurrent` checks what else the value came from (files a config extends), when there is more.
  if (hit && (!isCurrent || isCurrent(hit.value as T))) return deepFreeze(hit.value as T);
  const value = await parse();
  if (file !== undefined) {
    const others = (stored?.entries ?? []).filter((e) => e.key !== key).slice(0, MAX_ENTRIES - 1);
    writeCache(file, { format: FORMAT, version: VERSION, entries: [{ key, text, value }, ...others] });
  }
  return value;
}

/** The cache file for a work tree (`.git` a directory, or a file naming it) or a bare repository. */
function cacheFileOf(root: string): string | undefined {
  try {
    const gitDir = gitDirAt(root);
    if (gitDir === undefined) return undefined;
    const dir = privateDirectory(repositoryCacheDir(gitDir));
    return dir === undefined ? undefined : join(dir, FILE);
  } catch {
    return undefined;
  }
}

/** The cache file's content when it is this version's and well-formed; anything else counts as empty. */
function readCache(file: string): CacheFile | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.entries)) return undefined;
    const entries = data.entries.filter((e): e is Entry => typeof e?.key === 'string' && typeof e.text === 'string' && e.value !== undefined);
    return { format: FORMAT, version: VERSION, entries };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache directory that cannot be written just means parsing every time. */
function writeCache(file: string, data: CacheFile): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  } catch {
    // not cached
  }
}
