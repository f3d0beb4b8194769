// The optional pull request comment: one comment per pull request, found again by its hidden marker and updated in
// place on re-runs. The body comes from summary.ts and is always redacted.

import type { getOctokit } from '@actions/github';
import { COMMENT_MARKER } from './summary.js';

/** The three REST calls the comment needs, so the logic is testable without a server. */
export interface CommentApi {
  list(): Promise<readonly { readonly id: number; readonly body?: string | null }[]>;
  update(id: number, body: string): Promise<void>;
  create(body: string): Promise<void>;
}

/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;

/**
 * Updates the marked comment, or creates one when `createIfMissing` (a clean pull request gets no new comment,
 * but one that had findings is updated to say it is clean now).
 */
export async function upsertComment(api: CommentApi, body: string, createIfMissing: boolean): Promise<'created' | 'updated' | 'skipped'> {
  const text = body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n…(cut: see the job summary)\n` : body;
  const existing = (await api.list()).find((c) => c.body?.includes(COMMENT_MARKER));
  if (existing) {
    await api.update(existing.id, text);
    return 'updated';
  }
  if (!createIfMissing) return 'skipped';
  await api.create(text);
  return 'created';
}

/** The CommentApi over Octokit's issue comment endpoints (a pull request is an issue to this API). */
export function octokitCommentApi(
  octokit: ReturnType<typeof getOctokit>,
  where: { readonly owner: string; readonly repo: string; readonly issueNumber: number },
): CommentApi {
  const base = { owner: where.owner, repo: where.repo };
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...base, issue_number: where.issueNumber, per_page: 100 }),
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ ...base, comment_id: id, body });
    },
    create: async (body) => {
      await octokit.rest.issues.createComment({ ...base, issue_number: where.issueNumber, body });
    },
  };
}
