// Where a finding's content still is, for a remediation plan: which refs (branches, tags) hold the commit that
// introduced it, whether the scanned tree (HEAD) still holds the secret at that path, and for a secret that is gone
// from HEAD the commit that removed it. Read through git, after the scan.

import { git, gitMaybe, gitResult } from './git.js';

export interface Exposure {
  /** Refs whose history holds the introducing commit (full names: refs/heads/main, refs/tags/v1...); undefined: not looked up. */
  readonly refs?: readonly string[];
  /** The secret is still in HEAD's version of the path (undefined: not known, e.g. no commit). */
  readonly inHead?: boolean;
  /** For a secret gone from HEAD: the newest commit on HEAD's history that changed how often it occurs in the path. */
  readonly removedIn?: { readonly id: string; readonly date: string; readonly summary: string };
}

export interface ExposureQuery {
  readonly path: string;
  readonly secret: string;
  readonly commit?: string;
}

/** How many history-only secrets get a "removed in" search (one `git log -S` over the path's history each). */
export const REMOVAL_SEARCHES = 200;
/** How many introducing commits get a ref lookup (one `git for-each-ref --contains` each). */
export const REF_LOOKUPS = 500;

/** Refs per introducing commit, HEAD's version of each path, and removal commits, for every query. */
export async function exposures(repo: string, queries: readonly ExposureQuery[]): Promise<Exposure[]> {
  const refsByCommit = new Map<string, readonly string[]>();
  const commits = [...new Set(queries.map((q) => q.commit).filter((c): c is string => Boolean(c)))].slice(0, REF_LOOKUPS);
  for (const commit of commits) {
    const out = await gitMaybe(repo, ['for-each-ref', '--format=%(refname)', '--contains', commit, 'refs/heads', 'refs/tags', 'refs/remotes']);
    refsByCommit.set(commit, out === undefined ? [] : out.split('\n').filter(Boolean));
  }
  const head = (await gitMaybe(repo, ['rev-parse', '--verify', '-q', 'HEAD^{commit}']))?.trim();
  const headText = new Map<string, string | undefined>();
  const textAtHead = async (path: string): Promise<string | undefined> => {
    if (!head) return undefined;
    if (!headText.has(path)) {
      const r = await gitResult(repo, ['cat-file', 'blob', `${head}:${path}`]);
      headText.set(path, r.code === 0 ? r.stdout.toString('latin1') : '');
    }
    return headText.get(path);
  };
  let searches = 0;
  const result: Exposure[] = [];
  for (const q of queries) {
    const refs = q.commit ? refsByCommit.get(q.commit) : [];
    const text = q.secret === '' ? undefined : await textAtHead(q.path);
    const inHead = text === undefined ? undefined : text.includes(Buffer.from(q.secret, 'utf8').toString('latin1'));
    let removedIn: Exposure['removedIn'];
    if (inHead === false && head && !q.secret.includes('\n') && searches < REMOVAL_SEARCHES) {
      searches++;
      const out = await gitMaybe(repo, ['log', '-1', '--no-textconv', '--format=%H%x00%aI%x00%s', `-S${q.secret}`, head, '--', q.path]);
      const [id, date, summary] = (out ?? '').trim().split('\0');
      if (id) removedIn = { id, date: date ?? '', summary: summary ?? '' };
    }
    result.push({ ...(refs ? { refs } : {}), ...(inHead !== undefined ? { inHead } : {}), ...(removedIn ? { removedIn } : {}) });
  }
  return result;
}

/** The repository's remote URLs by name (for the force-push step of a plan). */
export async function remotes(repo: string): Promise<Array<{ name: string; url: string }>> {
  const out = await git(repo, ['remote', '-v']).catch(() => '');
  const seen = new Map<string, string>();
  for (const line of out.split('\n')) {
    const m = /^(\S+)\s+(\S+)\s+\(push\)$/.exec(line);
    if (m && !seen.has(m[1]!)) seen.set(m[1]!, m[2]!);
  }
  return [...seen].map(([name, url]) => ({ name, url }));
}
