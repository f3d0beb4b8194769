// Commit ranges for pushes and pull requests, as `git log` revision arguments for the history source, and the
// fetching that makes a shallow or partial checkout hold every commit of the range (or fails saying so).
//
// A range is "commits reachable from `include`, not from `exclude`". In a shallow repository git cuts the walk
// at the shallow boundary without a word, so a range is complete only when none of its commits is a shallow
// boundary commit; until then the history is deepened from the remote, and without a remote the caller gets an
// error instead of a scan of less than it asked for.

import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { GitError } from '../core/errors.js';
import { git, gitMaybe, gitRecords, isZeroOid } from './git.js';

/** A commit the range needs: a revision, and what to fetch from the remote when it is not in the repository. */
export interface Tip {
  readonly rev: string;
  /** Refspec or object id for `git fetch <remote> <fetch>`; defaults to `rev`. */
  readonly fetch?: string;
}

/** What a push or pull request scan walks. */
export interface CommitRange {
  /** Revision arguments for `git log` / `git rev-list`; empty when there is nothing to scan. */
  readonly revs: readonly string[];
  /** One line for logs and summaries: what the range is and why. */
  readonly description: string;
}

/** Where missing history may be fetched from; without a remote, missing history is an error. */
export interface FetchOptions {
  readonly remote?: string;
  /** Told about each fetch (the Action logs them). */
  readonly log?: (line: string) => void;
}

/** Commits fetched beyond the shallow boundary in the first deepening round; each round doubles it. */
const FIRST_DEEPEN = 50;
/** Deepening rounds (50 + 100 + ... + 3,200 commits) before the whole history is fetched instead. */
const DEEPEN_ROUNDS = 7;

/** The most commits GitHub lists in a push payload; a longer push lists only the first ones. */
export const MAX_LISTED_COMMITS = 2048;

/**
 * The commits a push introduced: `before..after`; a new ref (`before` all zeros) brings the commits not reachable
 * from `newRefBase` (e.g. the default branch; empty: all of `after`); a deleted ref brings nothing. After a force
 * push whose old tip cannot be found any more, scans the commits the payload lists (`listed`, when it ends at
 * `after` and is not cut at GitHub's limit), else falls back to the new-ref rule.
 */
export async function pushRange(
  repo: string,
  before: string,
  after: string,
  newRefBase: readonly Tip[],
  options: FetchOptions = {},
  listed: readonly string[] = [],
): Promise<CommitRange> {
  if (isZeroOid(after)) return { revs: [], description: 'ref deleted: nothing to scan' };
  const head: Tip = { rev: after };
  if (isZeroOid(before)) return newRefRange(repo, head, newRefBase, options);
  const previous: Tip = { rev: before };
  if (!(await hasCommit(repo, before)) && !(await tryFetch(repo, [previous], options))) {
    if (listed.length > 0 && listed.length < MAX_LISTED_COMMITS && listed.includes(after)) return listedRange(repo, before, listed, options);
    const range = await newRefRange(repo, head, newRefBase, options);
    return { ...range, description: `force push, previous tip ${short(before)} not found: ${range.description}` };
  }
  await ensureComplete(repo, [head], [previous], options);
  const forced = (await gitMaybe(repo, ['merge-base', '--is-ancestor', before, after])) === undefined;
  return {
    revs: [after, '--not', before],
    description: `${forced ? 'force push: commits not reachable from the previous tip, ' : 'push '}${short(before)}..${short(after)}`,
  };
}

/**
 * A force push whose previous tip is gone: exactly the commits the payload lists, each diffed against its parents
 * (fetched one level deeper when the checkout cut them off, so a commit is not scanned as if it added every file).
 */
async function listedRange(repo: string, before: string, listed: readonly string[], options: FetchOptions): Promise<CommitRange> {
  const tips = listed.map((rev) => ({ rev }));
  await ensureComplete(repo, [], tips, options);
  // Deepening one commit can move the boundary onto the next listed one, so repeat (at most once per commit).
  for (let round = 0; round <= listed.length && options.remote; round++) {
    const shallow = await shallowCommits(repo);
    const cut = listed.filter((rev) => shallow.has(rev));
    if (cut.length === 0) break;
    options.log?.(`shallow checkout: fetching the parents of ${cut.length} listed commit${cut.length === 1 ? '' : 's'} from ${options.remote}`);
    await fetchOrThrow(repo, options.remote, ['--no-tags', '--deepen=1'], cut, 'the parents of the pushed commits');
  }
  return {
    revs: ['--no-walk', ...listed],
    description: `force push, previous tip ${short(before)} not found: the ${listed.length} commit${listed.length === 1 ? '' : 's'} the push event lists`,
  };
}

async function newRefRange(repo: string, head: Tip, base: readonly Tip[], options: FetchOptions): Promise<CommitRange> {
  const present: Tip[] = [];
  for (const tip of base) if ((await hasCommit(repo, tip.rev)) || (await tryFetch(repo, [tip], options))) present.push(tip);
  await ensureComplete(repo, [head], present, options);
  if (present.length === 0) return { revs: [head.rev], description: `new ref: all commits of ${short(head.rev)}` };
  return {
    revs: [head.rev, '--not', ...present.map((t) => t.rev)],
    description: `new ref: commits of ${short(head.rev)} not on ${present.map((t) => t.rev).join(', ')}`,
  };
}

/** The commits of a pull request: those reachable from its head and not from its base (merge-base..head). */
export async function pullRequestRange(repo: string, baseSha: string, headSha: string, options: FetchOptions = {}): Promise<CommitRange> {
  await ensureComplete(repo, [{ rev: headSha }], [{ rev: baseSha }], options);
  return { revs: [headSha, '--not', baseSha], description: `pull request ${short(baseSha)}...${short(headSha)}` };
}

/** Every commit of every local ref; a shallow repository is unshallowed (with every branch and tag) first. */
export async function fullHistoryRange(repo: string, options: FetchOptions = {}): Promise<CommitRange> {
  if (await isShallow(repo)) {
    const { remote } = options;
    if (!remote) throw shallowError(repo, 'the full history');
    options.log?.(`shallow checkout: fetching the full history of every branch and tag from ${remote}`);
    await fetchOrThrow(repo, remote, ['--unshallow', '--tags'], [`+refs/heads/*:refs/remotes/${remote}/*`], 'the full history');
  }
  return { revs: ['--all'], description: 'full history of every branch and tag in the checkout' };
}

/** True when the object exists locally and is (or peels to) a commit. */
export async function hasCommit(repo: string, rev: string): Promise<boolean> {
  return (await gitMaybe(repo, ['cat-file', '-e', `${rev}^{commit}`])) !== undefined;
}

/** True for a shallow clone (`fetch-depth: 1` and the like). */
export async function isShallow(repo: string): Promise<boolean> {
  return (await gitMaybe(repo, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}

/**
 * Makes the repository hold every commit reachable from `include` and not from `exclude`, with their parents:
 * fetches missing tips, then deepens a shallow history (doubling each round, the whole history as the last step)
 * until no commit of the range is a shallow boundary and, when there is an `exclude` side, the merge-base of the
 * two sides is present. Without that second condition a base side cut off above the merge-base lets the head side
 * walk down into old history and count it as new. Throws a GitError naming the fix when that cannot be done.
 */
export async function ensureComplete(repo: string, include: readonly Tip[], exclude: readonly Tip[], options: FetchOptions = {}): Promise<void> {
  const tips = [...include, ...exclude];
  const missing: Tip[] = [];
  for (const tip of tips) if (!(await hasCommit(repo, tip.rev))) missing.push(tip);
  if (missing.length > 0 && !(await tryFetch(repo, missing, options))) {
    const what = missing.map((t) => t.rev).join(', ');
    throw new GitError(
      `commit ${what} is not in the repository${options.remote ? ` and could not be fetched from ${options.remote}` : ''}; check out the full history (actions/checkout with "fetch-depth: 0")`,
    );
  }
  let step = FIRST_DEEPEN;
  for (let round = 0; round <= DEEPEN_ROUNDS; round++) {
    if (!(await isShallow(repo))) return;
    const gap = await rangeGap(repo, include, exclude);
    if (gap === undefined) return;
    if (!options.remote) throw shallowError(repo, 'the scanned range');
    const whole = round === DEEPEN_ROUNDS;
    options.log?.(`shallow checkout: ${gap}; fetching ${whole ? 'the full history' : `${step} more commits of history`} from ${options.remote}`);
    await fetchOrThrow(repo, options.remote, ['--no-tags', whole ? '--unshallow' : `--deepen=${step}`], tips.map((t) => t.fetch ?? t.rev), 'the scanned range');
    step *= 2;
  }
  if ((await isShallow(repo)) && (await rangeGap(repo, include, exclude)) !== undefined) throw shallowError(repo, 'the scanned range');
}

/** Why the range is not yet exact in a shallow repository, or undefined when it is. */
async function rangeGap(repo: string, include: readonly Tip[], exclude: readonly Tip[]): Promise<string | undefined> {
  const revs = [...include.map((t) => t.rev), '--not', ...exclude.map((t) => t.rev)];
  if ((await shallowCommitsIn(repo, revs)) > 0) return 'the range reaches the shallow boundary';
  if (exclude.length === 0) return undefined;
  for (const tip of include) {
    if ((await gitMaybe(repo, ['merge-base', tip.rev, ...exclude.map((t) => t.rev)])) === undefined) {
      return `the merge-base of ${short(tip.rev)} and ${exclude.map((t) => short(t.rev)).join(', ')} is not fetched yet`;
    }
  }
  return undefined;
}

/** How many commits of the range are shallow boundaries (their parents are missing, so the walk stops there). */
async function shallowCommitsIn(repo: string, revs: readonly string[]): Promise<number> {
  const shallow = await shallowCommits(repo);
  if (shallow.size === 0) return 0;
  let cut = 0;
  for await (const line of gitRecords(repo, ['rev-list', ...revs, '--'], 10)) if (shallow.has(line.trim())) cut++;
  return cut;
}

async function shallowCommits(repo: string): Promise<Set<string>> {
  const path = (await git(repo, ['rev-parse', '--git-path', 'shallow'])).trim();
  try {
    // Synchronous (a list of commit ids): node:fs/promises would be loaded by every hook that loads this module.
    const text = readFileSync(isAbsolute(path) ? path : join(repo, path), 'utf8');
    return new Set(text.split('\n').filter((line) => line.length > 0));
  } catch {
    return new Set();
  }
}

/** Fetches the tips; false (never a throw) when there is no remote or the fetch fails or brings nothing. */
async function tryFetch(repo: string, tips: readonly Tip[], options: FetchOptions): Promise<boolean> {
  if (!options.remote) return false;
  const args = ['fetch', '--no-tags', '--quiet', ...((await isShallow(repo)) ? [`--depth=${FIRST_DEEPEN}`] : []), options.remote];
  options.log?.(`fetching ${tips.map((t) => t.fetch ?? t.rev).join(' ')} from ${options.remote}`);
  if ((await gitMaybe(repo, [...args, ...tips.map((t) => t.fetch ?? t.rev)])) === undefined) return false;
  for (const tip of tips) if (!(await hasCommit(repo, tip.rev))) return false;
  return true;
}

async function fetchOrThrow(repo: string, remote: string, flags: readonly string[], refspecs: readonly string[], what: string): Promise<void> {
  try {
    await git(repo, ['fetch', '--quiet', ...flags, remote, ...refspecs]);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new GitError(`${repo}: cannot fetch ${what} from ${remote} (${detail}); check out the full history instead (actions/checkout with "fetch-depth: 0")`);
  }
}

function shallowError(repo: string, what: string): GitError {
  return new GitError(
    `${repo} is a shallow clone that does not hold ${what}, and there is no remote to deepen it from; check out the full history (actions/checkout with "fetch-depth: 0", or "git fetch --unshallow")`,
  );
}


function short(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev;
}
