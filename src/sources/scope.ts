// What a history scan of a repository cannot see, said up front: commits cut off by a shallow clone, and blobs a
// partial clone never fetched (each of those is also a missing-object diagnostic). Audits tell the truth about
// their scope; they never fetch anything to widen it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { gitMaybe } from './git.js';

/** Notes on the scope of a history scan of `repo`: a shallow clone, a partial clone; none for a complete one. */
export async function historyScope(repo: string): Promise<Diagnostic[]> {
  const [shape, filters] = await Promise.all([
    gitMaybe(repo, ['rev-parse', '--is-shallow-repository', '--absolute-git-dir']),
    gitMaybe(repo, ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.partialclonefilter)$']),
  ]);
  const notes: Diagnostic[] = [];
  const [shallow, gitDir] = shape?.split('\n') ?? [];
  if (shallow === 'true' && gitDir) {
    const boundary = shallowFile(join(gitDir, 'shallow')).split('\n').filter((line) => line.length > 0).length;
    notes.push({
      code: 'shallow-history',
      detail: `shallow clone: history is cut at ${boundary} boundary commit${boundary === 1 ? '' : 's'}; older commits are not in this repository and were not scanned (run "git fetch --unshallow", then scan again)`,
    });
  }
  const filter = filters
    ?.split('\n')
    .map((line) => /^remote\.[^\s]+\.partialclonefilter (.+)$/i.exec(line)?.[1])
    .find((value) => value !== undefined);
  if (filters && filters.trim() !== '') {
    notes.push({
      code: 'partial-clone',
      detail: `partial clone${filter ? ` (filter ${filter})` : ''}: blobs that were never fetched are not scanned (each is listed as missing-object); leakgate never fetches them. For a complete audit, scan a full clone (git clone --no-filter), or fetch them first`,
    });
  }
  return notes;
}

/**
 * The shallow file's text, '' when unreadable. Read synchronously (a few lines): node:fs/promises, which every hook
 * would load with this module, loads a dozen internal modules more.
 */
function shallowFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
