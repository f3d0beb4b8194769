// Remotes and CI-style checkouts for tests: a local bare repository stands in for GitHub, and checkout() fetches
// from it the way actions/checkout does (a shallow fetch of one commit by default, everything with depth 0).

import { execFileSync } from 'node:child_process';
import { createRepo, tempDir, type TestRepo } from './repo.js';

export interface Checkout {
  readonly dir: string;
  git(...args: string[]): string;
  remove(): void;
}

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** A working repository and a bare one it pushes to (as origin). */
export function repoWithRemote(): { work: TestRepo; remote: TestRepo; url: string; remove(): void } {
  const remote = createRepo({ bare: true });
  const work = createRepo();
  const url = `file://${remote.dir}`;
  work.git('remote', 'add', 'origin', url);
  return {
    work,
    remote,
    url,
    remove: () => {
      work.remove();
      remote.remove();
    },
  };
}

/**
 * A fresh clone that has what actions/checkout leaves: with `depth` > 0 only `sha` fetched to that depth into
 * `ref` (e.g. refs/remotes/origin/main), with depth 0 every branch and tag (and `sha` into `ref` when given); `sha` checked out detached.
 */
export function checkout(url: string, sha: string, options: { depth?: number; ref?: string } = {}): Checkout {
  const { dir, remove } = tempDir('leakgate-checkout-');
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q');
  git('remote', 'add', 'origin', url);
  const depth = options.depth ?? 1;
  if (depth > 0) git('fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', `+${sha}:${options.ref ?? 'refs/remotes/origin/main'}`);
  else {
    git('fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    // A pull request's merge commit is on no branch: actions/checkout fetches it by id as well.
    if (options.ref) git('fetch', '-q', 'origin', `+${sha}:${options.ref}`);
  }
  git('checkout', '-q', '--detach', sha);
  return { dir, git, remove };
}
