// Runs the built CLI (dist/cli.cjs, as users run it) in a child process.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './repo.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `scan` with JSON output and parses it. */
export function scanJson(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): {
  code: number;
  stderr: string;
  report: {
    scan: { kind: string; blobs: number; commits: number };
    findings: { ruleId: string; path: string; line: number; column: number; secret: string; fingerprint: string; otherOccurrences: number; commit: { id: string; summary: string; author: string; date: string } | null }[];
    diagnostics: { code: string; detail: string; path?: string }[];
  };
} {
  const result = runCli(['scan', ...args, '--format', 'json', '--no-progress'], options);
  if (result.code === 2) throw new Error(`scan failed: ${result.stderr}`);
  return { code: result.code, stderr: result.stderr, report: JSON.parse(result.stdout) };
}

/**
 * A copy of dist/ in a temp directory removed when the test ends (for tests that damage or remove its files), and a
 * way to run its CLI in `cwd`.
 */
export function copyOfDist(t: { after(fn: () => void): void }): { dist: string; run(args: readonly string[], cwd: string): SpawnSyncReturns<string> } {
  const copy = tempDir('leakgate-dist-');
  t.after(() => copy.remove());
  const dist = join(copy.dir, 'dist');
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  return {
    dist,
    run: (args, cwd) => spawnSync(process.execPath, [join(dist, 'cli.cjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 }),
  };
}
