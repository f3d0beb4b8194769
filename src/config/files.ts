// Where the repository's own settings live: the repository root above the scanned path, and the names of the files
// read there. Uses only node:fs, so a scan without any config file pays a few stat calls and nothing more.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';

/** The config file, YAML, at the repository root (or given with `--config`). */
export const CONFIG_FILE = '.leakgate.yaml';
/** Fingerprints to ignore, one a line with an optional `# reason`. */
export const IGNORE_FILE = '.leakgateignore';
/** The baseline written by `leakgate baseline create`, read automatically when present. */
export const BASELINE_FILE = '.leakgate-baseline.jsonl';
/** gitleaks' config and ignore files, honoured for users switching over. */
export const GITLEAKS_CONFIG = '.gitleaks.toml';
export const GITLEAKS_IGNORE = '.gitleaksignore';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A bare repository's directory holds HEAD, objects/ and refs/ itself (and no `.git`: a work tree may hold those). */
export function isBareRepository(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && isDirectory(join(dir, 'objects')) && isDirectory(join(dir, 'refs')) && !existsSync(join(dir, '.git'));
}

/**
 * The directory whose config files apply to a scan of `start`: the nearest enclosing repository root (a directory
 * with `.git`, or a bare repository), else `start` itself (or its directory when it is a file).
 */
export function findSettingsRoot(start: string): string {
  const begin = resolve(start);
  const first = isDirectory(begin) ? begin : dirname(begin);
  for (let dir = first; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git')) || isBareRepository(dir)) return dir;
    if (dirname(dir) === dir) return first;
  }
}

/** Reads a text file, or undefined when it does not exist; other failures are ConfigErrors naming the file. */
export function readOptional(path: string, display: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new ConfigError(`${display}: cannot read: ${code ?? String(error)}`);
  }
}

/** Reads a file the user named (`--config`, `--baseline`); missing is an error. */
export function readRequired(path: string, display: string): string {
  const text = readOptional(path, display);
  if (text === undefined) throw new ConfigError(`${display}: no such file`);
  return text;
}
