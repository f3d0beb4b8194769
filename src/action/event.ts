// Decides what the Action scans from the mode input and the workflow event: the commits of a push or pull
// request, the full history, or the files on disk; and the SARIF category that keeps those kinds apart.

import { InputError } from '../core/errors.js';
import type { Target } from '../scan/run.js';
import { fullHistoryRange, pullRequestRange, pushRange, type CommitRange, type FetchOptions, type Tip } from '../sources/ranges.js';
import type { ActionMode } from './inputs.js';

/** The parts of the workflow context the plan needs (github.context in the Action). */
export interface EventContext {
  readonly eventName: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export type PlanKind = 'push' | 'pull-request' | 'history' | 'tree';

export interface ScanPlan {
  readonly kind: PlanKind;
  /** Undefined when there is nothing to scan (a deleted branch). */
  readonly target: Target | undefined;
  /** One line: what is scanned and why. */
  readonly description: string;
  /** SARIF `runAutomationDetails.id`: one category per kind of scan, so code scanning keeps them apart. */
  readonly automationId: string;
  /** The commit whose tree "still there" is measured against (the range's head); undefined for mode tree. */
  readonly headRev?: string;
  /** The pull request number, for the optional comment. */
  readonly pullRequest?: number;
}

/**
 * Default categories. Pushes and pull requests share one, so code scanning can compare a pull request's analysis
 * with the default branch's and show which alerts it introduces; a full history and a tree scan are other
 * configurations and keep their own. The `category` input replaces all of them.
 */
const AUTOMATION_IDS: Record<PlanKind, string> = {
  push: 'leakgate/',
  'pull-request': 'leakgate/',
  history: 'leakgate/history/',
  tree: 'leakgate/tree/',
};

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Turns the mode and the event into a scan target, fetching whatever history the range needs. */
export async function planScan(mode: ActionMode, event: EventContext, repoDir: string, fetch: FetchOptions): Promise<ScanPlan> {
  if (mode === 'tree') return plan('tree', { type: 'directory', path: repoDir }, `files under ${repoDir}`);
  const rangeEvent = event.eventName === 'push' || PULL_REQUEST_EVENTS.has(event.eventName) || event.eventName === 'merge_group';
  if (mode === 'history' || (mode === 'auto' && !rangeEvent)) {
    const range = await fullHistoryRange(repoDir, fetch);
    return { ...plan('history', { type: 'history', path: repoDir }, `${range.description} (${event.eventName || 'no'} event)`), headRev: 'HEAD' };
  }
  if (!rangeEvent) {
    throw new InputError(
      `input "mode": "range" scans the commits of a push, pull_request or merge_group event, but this is a "${event.eventName}" event; use mode "history" or "auto"`,
    );
  }
  if (event.eventName === 'push') {
    const before = sha(event, 'before');
    const after = sha(event, 'after');
    const range = await pushRange(repoDir, before, after, newRefBase(event, fetch.remote), fetch, listedCommits(event));
    return { ...rangePlan('push', repoDir, range), headRev: after };
  }
  if (event.eventName === 'merge_group') {
    const head = sha(event, 'merge_group', 'head_sha');
    const range = await pullRequestRange(repoDir, sha(event, 'merge_group', 'base_sha'), head, fetch);
    return { ...rangePlan('pull-request', repoDir, range), headRev: head };
  }
  const head = sha(event, 'pull_request', 'head', 'sha');
  const range = await pullRequestRange(repoDir, sha(event, 'pull_request', 'base', 'sha'), head, fetch);
  const number = field(event.payload, ['pull_request', 'number']);
  return { ...rangePlan('pull-request', repoDir, range), headRev: head, ...(typeof number === 'number' ? { pullRequest: number } : {}) };
}

function plan(kind: PlanKind, target: Target | undefined, description: string): ScanPlan {
  return { kind, target, description, automationId: AUTOMATION_IDS[kind] };
}

function rangePlan(kind: PlanKind, repoDir: string, range: CommitRange): ScanPlan {
  return plan(kind, range.revs.length > 0 ? { type: 'history', path: repoDir, revs: range.revs } : undefined, range.description);
}

/**
 * What a new branch or tag is measured against: the default branch, as the remote has it. A new default branch
 * (the first push to a repository) brings all of its commits.
 */
function newRefBase(event: EventContext, remote: string | undefined): Tip[] {
  const defaultBranch = field(event.payload, ['repository', 'default_branch']);
  if (typeof defaultBranch !== 'string' || defaultBranch === '') return [];
  if (field(event.payload, ['ref']) === `refs/heads/${defaultBranch}`) return [];
  if (!remote) return [{ rev: `refs/heads/${defaultBranch}` }];
  return [{ rev: `refs/remotes/${remote}/${defaultBranch}`, fetch: `+refs/heads/${defaultBranch}:refs/remotes/${remote}/${defaultBranch}` }];
}

/** The ids of the commits a push payload lists; none when any entry is malformed (the caller then scans more, not less). */
function listedCommits(event: EventContext): string[] {
  const commits = field(event.payload, ['commits']);
  if (!Array.isArray(commits)) return [];
  const ids: string[] = [];
  for (const commit of commits) {
    const id = field(commit, ['id']);
    if (typeof id !== 'string' || !OID.test(id)) return [];
    ids.push(id);
  }
  return ids;
}

const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function field(payload: unknown, path: readonly string[]): unknown {
  let value = payload;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** An object id from the payload; a missing or malformed one is an error naming the field. */
function sha(event: EventContext, ...path: string[]): string {
  const value = field(event.payload, path);
  if (typeof value === 'string' && OID.test(value)) return value;
  throw new InputError(
    `${event.eventName} event payload: ${path.join('.')}: expected a commit id (40 or 64 hex digits), got ${value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 80)}`,
  );
}
