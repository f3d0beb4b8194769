// The pre-push hook's range: git's pre-push input (one line per pushed ref) -> `git log` revision arguments for
// the history source covering exactly the commits the push adds to the remote. Never "the last N commits": a
// range is always "reachable from what is pushed, not from what the remote already has".

import { GitError, InputError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { git, isZeroOid } from './git.js';

/** One line of git's pre-push input: `<local ref> <local sha> <remote ref> <remote sha>`. */
export interface RefUpdate {
  readonly localRef: string;
  /** All zeros when the push deletes the remote ref. */
  readonly localSha: string;
  readonly remoteRef: string;
  /** All zeros when the remote ref does not exist yet (a new branch or tag). */
  readonly remoteSha: string;
}

/** The revisions to walk, or none at all. */
export interface PushRange {
  /** `git log` revision arguments; empty when the push adds no commit (deletions, already-published commits). */
  readonly revs: readonly string[];
  /** What was decided per ref, for messages ("refs/heads/x: deleted, nothing to scan"). */
  readonly notes: readonly string[];
  /** Pushed objects that cannot be scanned as commits (a tag on a tree or blob). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface PushRangeOptions {
  /**
   * Revisions whose commits count as already on the remote, placed after `--not`. The pre-push hook uses
   * `--remotes` (every remote-tracking ref); a CI checkout may pass e.g. `origin/main`, or nothing.
   */
  readonly exclude?: readonly string[];
}

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Parses git's pre-push standard input; blank lines are ignored, anything else malformed is an InputError. */
export function parsePrePushInput(text: string): RefUpdate[] {
  const updates: RefUpdate[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const parts = line.split(' ');
    const [localRef = '', localSha = '', remoteRef = '', remoteSha = ''] = parts;
    if (parts.length !== 4 || !OID.test(localSha) || !OID.test(remoteSha)) {
      throw new InputError(
        `--pre-push: standard input line ${i + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": "${line.slice(0, 200)}"`,
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}

/**
 * The commits a set of ref updates adds to the remote: everything reachable from the pushed objects (tags peeled),
 * minus what is reachable from the remote's current values that exist locally, minus `options.exclude`.
 * Deleting a ref adds nothing; a force push adds what its old value does not reach.
 */
export async function resolvePushRevs(repo: string, updates: readonly RefUpdate[], options: PushRangeOptions = {}): Promise<PushRange> {
  const notes: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const pushed = updates.filter((u) => {
    if (isZeroOid(u.localSha)) notes.push(`${u.remoteRef}: deleted, nothing to scan`);
    return !isZeroOid(u.localSha);
  });
  if (pushed.length === 0) return { revs: [], notes, diagnostics };
  for (const u of updates) {
    for (const rev of [u.localSha, u.remoteSha]) {
      if (rev.startsWith('-') || /\s/.test(rev)) throw new InputError(`--pre-push: "${rev}" is not a revision`);
    }
  }
  const asked = [...new Set(pushed.flatMap((u) => (isZeroOid(u.remoteSha) ? [u.localSha] : [u.localSha, u.remoteSha])))];
  const peeled = await peel(repo, asked);
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const u of pushed) {
    const local = peeled.get(u.localSha);
    if (!local) throw new GitError(`${u.localRef}: pushed object ${u.localSha} is not in this repository`);
    if (local.type !== 'commit') {
      diagnostics.push({
        code: 'not-a-commit',
        detail: `${u.localRef} points at a ${local.type} (${local.id}), not a commit; its content was not scanned`,
      });
      continue;
    }
    include.add(local.id);
    if (isZeroOid(u.remoteSha)) {
      notes.push(`${u.remoteRef}: new, scanning commits not on ${describe(options.exclude)}`);
      continue;
    }
    const remote = peeled.get(u.remoteSha);
    if (remote?.type === 'commit') {
      exclude.add(remote.id);
      notes.push(`${u.remoteRef}: ${remote.id.slice(0, 12)}..${local.id.slice(0, 12)}`);
    } else {
      notes.push(`${u.remoteRef}: remote value ${u.remoteSha.slice(0, 12)} is not in this repository; scanning commits not on ${describe(options.exclude)}`);
    }
  }
  if (include.size === 0) return { revs: [], notes, diagnostics };
  const revs = [...include, ...[...exclude].map((id) => `^${id}`)];
  const extra = options.exclude ?? [];
  if (extra.length > 0) revs.push('--not', ...extra);
  return { revs, notes, diagnostics };
}

function describe(exclude: readonly string[] | undefined): string {
  if (!exclude || exclude.length === 0) return 'the remote';
  return exclude.map((e) => (e === '--remotes' ? 'any remote-tracking ref' : e === '--all' ? 'any ref' : e)).join(', ');
}

/** Peels each name to a non-tag object in one `cat-file --batch-check`; absent names are left out of the map. */
async function peel(repo: string, names: readonly string[]): Promise<Map<string, { id: string; type: string }>> {
  const out = new Map<string, { id: string; type: string }>();
  const text = await git(repo, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], names.map((n) => `${n}^{}\n`).join(''));
  const lines = text.split('\n');
  names.forEach((name, i) => {
    const [id = '', type = ''] = (lines[i] ?? '').split(' ');
    if (type && type !== 'missing' && OID.test(id)) out.set(name, { id, type });
  });
  return out;
}
