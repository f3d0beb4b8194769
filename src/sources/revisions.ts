// Revisions: the tips a whole-history walk starts from, whether old tips are still reachable (history only grew),
// and the checks on revisions and ranges a user typed, before any walk.

import { GitError, InputError } from '../core/errors.js';
import { git, gitMaybe, gitResult } from './git.js';

/** The commits `git log --all` starts from: every ref, and HEAD. */
export async function resolveTips(repo: string): Promise<string[]> {
  const refs = (await gitMaybe(repo, ['rev-parse', '--all'])) ?? '';
  const head = (await gitMaybe(repo, ['rev-parse', '--verify', '-q', 'HEAD'])) ?? '';
  return [...new Set(`${refs}\n${head}`.split('\n').map((l) => l.trim()).filter(Boolean))].sort();
}

/** True when every commit of `old` is reachable from `tips` (history was only added to, not rewritten). */
export async function allReachable(repo: string, old: readonly string[], tips: readonly string[]): Promise<boolean> {
  if (old.length === 0) return true;
  const input = `${old.join('\n')}\n${tips.map((t) => `^${t}`).join('\n')}\n`;
  try {
    const out = await git(repo, ['rev-list', '-n', '1', '--stdin'], input);
    return out.trim() === '';
  } catch {
    return false; // an old tip is gone from the object store
  }
}

/** A revision or range as a user typed it: never empty, never option-like (git would take it as a flag). */
export function checkRevisionSpec(flag: string, spec: string): void {
  if (spec === '' || spec.startsWith('-') || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
}

/**
 * Checks user-given revision arguments (`--range A..B`, `--since-commit X`) before a walk, so that a typo is a
 * clear error naming the flag rather than a failed `git log`.
 */
export async function verifyRevisions(repo: string, flag: string, spec: string, revs: readonly string[]): Promise<void> {
  checkRevisionSpec(flag, spec);
  const result = await gitResult(repo, ['rev-parse', ...revs.filter((r) => !r.startsWith('--')), '--']);
  if (result.code !== 0) {
    const why = result.stderr.split('\n')[0]!.replace(/^fatal: /, '') || `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}
