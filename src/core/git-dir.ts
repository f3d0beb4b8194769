// The one way leakgate finds a repository's git directory without running git: a `.git` directory, a `.git` file
// naming one (`gitdir: <path>`: a linked worktree or a submodule), or a bare repository. Plain node:fs, so the
// pre-commit hook's settings and loose objects are found before any git process starts.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The git directory that `dir/.git` stands for: the directory itself, or the one a `.git` file (`gitdir: <path>`, a
 * linked worktree or a submodule) names, resolved against `dir`. Undefined for a `.git` file naming nothing; null
 * when there is no `.git` at `dir`.
 */
export function dotGitAt(dir: string): string | undefined | null {
  const dotGit = join(dir, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const named = /^gitdir: (.+?)\r?$/m.exec(readFileSync(dotGit, 'utf8'));
    return named ? resolve(dir, named[1]!.trim()) : undefined;
  } catch {
    return null;
  }
}

/** The nearest `.git` directory, or the directory a `.git` file names, at `dir` or above. */
export function findGitDir(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = dotGitAt(at);
    if (found !== null) return found;
    if (dirname(at) === at) return undefined;
  }
}

/** The git directory of the repository rooted at `root`: its `.git`, or `root` itself when it is a bare repository. */
export function gitDirAt(root: string): string | undefined {
  const gitDir = dotGitAt(root);
  if (gitDir !== null) return gitDir;
  const bare = statSync(join(root, 'objects'), { throwIfNoEntry: false })?.isDirectory() && statSync(join(root, 'HEAD'), { throwIfNoEntry: false });
  return bare ? root : undefined;
}
