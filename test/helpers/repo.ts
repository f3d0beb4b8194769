// Throwaway git repositories for tests: built in a temp dir, removed when the test ends.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Writes files (path -> content; null deletes) and commits them; returns the commit id. */
  commit(files: Record<string, string | Buffer | null>, message: string, options?: { author?: string; date?: string }): string;
  write(path: string, content: string | Buffer): void;
  remove(): void;
}

let counter = 0;

/** A temp directory removed at the end of the test. */
export function tempDir(prefix = 'leakgate-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Creates a repository with a fixed identity and dates that advance one minute per commit. */
export function createRepo(options: { bare?: boolean; initialBranch?: string } = {}): TestRepo {
  const { dir, remove } = tempDir();
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  git('init', '-q', `--initial-branch=${options.initialBranch ?? 'main'}`, ...(options.bare ? ['--bare'] : []));
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.test');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'core.autocrlf', 'false');
  const base = Date.UTC(2024, 0, 1) / 1000 + counter++ * 100_000;
  let tick = 0;
  const write = (path: string, content: string | Buffer): void => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  return {
    dir,
    git,
    write,
    remove,
    commit(files, message, opts = {}) {
      for (const [path, content] of Object.entries(files)) {
        if (content === null) git('rm', '-q', '--', path);
        else {
          write(path, content);
          git('add', '--', path);
        }
      }
      const date = opts.date ?? `${base + tick++ * 60} +0000`;
      const result = spawnSync('git', ['commit', '-q', '--allow-empty', '-m', message, ...(opts.author ? [`--author=${opts.author}`] : [])], {
        cwd: dir,
        env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`git commit failed: ${result.stderr}`);
      return git('rev-parse', 'HEAD').trim();
    },
  };
}
