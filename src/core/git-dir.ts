// The one way leakgate finds a repository without running git: its root (the nearest directory with a `.git`, or a
// bare repository) and its git directory (a `.git` directory, or the one a `.git` file names: a linked worktree or
// a submodule). Plain node:fs, so the pre-commit hook's settings and loose objects are found before any git process
// starts.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The git directory that `dir/.git` stands for: the directory itself, or the one a `.git` file (`gitdir: <path>`, a
 * linked worktree or a submodule) names, resolved against `dir`. Undefined for a `.git` file naming nothing (or one
 * that cannot be read); null when there is no `.git` at `dir`.
 */
export function dotGitAt(dir: string): string | undefined | null {
  const dotGit = join(dir, '.git');
  let isDir: boolean;
  try {
    isDir = statSync(dotGit).isDirectory();
  } catch {
    return null;
  }
  if (isDir) return dotGit;
  try {
    const named = /^gitdir: (.+?)\r?$/m.exec(readFileSync(dotGit, 'utf8'));
    return named ? resolve(dir, named[1]!.trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `path` is a directory (false when it cannot be read). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether `dir` is a bare repository: HEAD, objects/ and refs/ in it, as git tests a git directory, and no `.git`
 * (a work tree may hold files of those names).
 */
export function isBareRepository(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && isDirectory(join(dir, 'objects')) && isDirectory(join(dir, 'refs')) && !existsSync(join(dir, '.git'));
}

/** A repository found from a directory inside it: its root and its git directory (undefined: a `.git` naming nothing). */
interface FoundRepository {
  readonly root: string;
  readonly gitDir: string | undefined;
}

/** The nearest repository at `dir` or above: a directory with a `.git`, or with `bare` also a bare repository. */
function nearestRepository(dir: string, bare: boolean): FoundRepository | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const gitDir = dotGitAt(at);
    if (gitDir !== null) return { root: at, gitDir };
    if (bare && isBareRepository(at)) return { root: at, gitDir: at };
    if (dirname(at) === at) return undefined;
  }
}

/** The nearest `.git` directory, or the directory a `.git` file names, at `dir` or above. */
export function findGitDir(dir: string): string | undefined {
  return nearestRepository(dir, false)?.gitDir;
}

/** The top of the work tree holding `dir`: the nearest directory with a `.git`, at `dir` or above. */
export function findWorkTreeTop(dir: string): string | undefined {
  return nearestRepository(dir, false)?.root;
}

/** The root of the repository holding `dir`: the nearest directory with a `.git`, or a bare repository, at `dir` or above. */
export function findRepositoryRoot(dir: string): string | undefined {
  return nearestRepository(dir, true)?.root;
}

/** The git directory of the repository rooted at `root`: its `.git`, or `root` itself when it is a bare repository. */
export function gitDirAt(root: string): string | undefined {
  const gitDir = dotGitAt(root);
  if (gitDir !== null) return gitDir;
  return isBareRepository(root) ? root : undefined;
}
