// Where leakgate keeps what it caches between runs (scan results, parsed configs): the user's cache directory, one
// private directory per repository. A scan never writes into the repository it scans (an audited mirror, a
// read-only checkout, a repository shared between users stay byte for byte as they were).
//
//   $LEAKGATE_CACHE_DIR, else $XDG_CACHE_HOME/leakgate, else ~/.cache/leakgate
//     repos/<name>-<hash of the git directory's real path>/

import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/** The root of leakgate's caches for this user. */
export function cacheRoot(): string {
  return process.env.LEAKGATE_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'leakgate');
}

/** The cache directory of the repository whose git directory is `gitDir` (not created). */
export function repositoryCacheDir(gitDir: string): string {
  let real = gitDir;
  try {
    real = realpathSync(gitDir);
  } catch {
    // a git directory that cannot be resolved is keyed by the path given
  }
  const name = basename(real === '.git' || basename(real) === '.git' ? join(real, '..') : real)
    .replace(/\.git$/, '')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 40);
  const hash = pathHash(real);
  return join(cacheRoot(), 'repos', `${name || 'repo'}-${hash}`);
}

/**
 * Creates `dir` (owner-only) and returns it when it is a private directory of this user: a directory another user
 * can write could feed a scan results that hide findings. Undefined otherwise (then nothing is cached).
 */
export function privateDirectory(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || (process.platform !== 'win32' && (info.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * 64 bits of FNV-1a over the path, as 16 hex digits: a directory name, not a security boundary (entries inside are
 * keyed by their own content), and node:crypto stays off the pre-commit hook's start-up.
 */
function pathHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2 * i + 1) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
