// `leakgate scan --files FILE...`: a hook manager's file list (pre-commit's `pass_filenames`, lefthook's
// `{staged_files}` / `{all_files}` / `{push_files}`) -> what to scan, decided from how the manager ran us:
//
//   pre-commit's push stage (PRE_COMMIT_REMOTE_*)      -> nothing here: leakgate-pre-push scans the pushed commits
//   PRE_COMMIT_FROM_REF + PRE_COMMIT_TO_REF             -> the commits of that range, in the named files
//   every named file has a staged change (a commit)     -> the staged versions of the named files (added lines only)
//   otherwise (--all-files, --files, manual stage, CI)  -> each named file whole, as it is on disk
//
// A hook manager's whole-repository run has nothing staged: scanning the index there would pass without looking at
// anything, the hole this mode closes.

import { relative, resolve, sep } from 'node:path';
import { findWorkTreeTop } from '../core/git-dir.js';
import { stagedPaths } from '../sources/staged.js';
import { plural } from '../report/text.js';

/** What a `--files` scan does; `label` names the mode in the one line a hook prints on stderr. */
export type FilesPlan =
  | { readonly mode: 'push-stage'; readonly root: string }
  | { readonly mode: 'staged'; readonly root: string; readonly named: ReadonlySet<string> | undefined; readonly label: string }
  | { readonly mode: 'files'; readonly root: string; readonly files: readonly string[]; readonly label: string }
  | { readonly mode: 'range'; readonly root: string; readonly from: string; readonly to: string; readonly named: ReadonlySet<string> | undefined; readonly label: string };

/** Whether the pre-commit framework is running its hooks for a push (it exports these only then). */
export function isPreCommitPushStage(env: NodeJS.ProcessEnv): boolean {
  return ['PRE_COMMIT_REMOTE_BRANCH', 'PRE_COMMIT_LOCAL_BRANCH', 'PRE_COMMIT_REMOTE_NAME'].some((name) => Boolean(env[name]));
}

/** Decides what a `--files` scan of `names` (relative to `cwd`) scans; see the file comment. */
export function planFiles(names: readonly string[], cwd: string, env: NodeJS.ProcessEnv, useGit: boolean): FilesPlan {
  const top = useGit ? findWorkTreeTop(cwd) : undefined;
  const root = top ?? resolve(cwd);
  const files = names.map((name) => relative(root, resolve(cwd, name)).split(sep).join('/'));
  const named = files.length > 0 ? new Set(files) : undefined;
  const count = plural(files.length, 'named file');
  if (top !== undefined) {
    if (isPreCommitPushStage(env)) return { mode: 'push-stage', root };
    const from = env.PRE_COMMIT_FROM_REF;
    const to = env.PRE_COMMIT_TO_REF;
    if (from && to) return { mode: 'range', root, from, to, named, label: `commits ${from}..${to}${named ? `, ${count}` : ''}` };
    if (!named) return { mode: 'staged', root, named, label: 'staged changes' };
    // At commit time the pre-commit framework names exactly the staged files (git exports GIT_INDEX_FILE to commit
    // hooks): no need to ask git again on every commit. Anyone else's list is checked against the index.
    const committing = env.PRE_COMMIT === '1' && Boolean(env.GIT_INDEX_FILE);
    const staged = committing ? undefined : stagedPaths(root);
    if (committing || (staged !== undefined && staged.size > 0 && files.every((f) => staged.has(f)))) {
      return { mode: 'staged', root, named, label: `staged changes, ${count}` };
    }
  }
  return { mode: 'files', root, files, label: `whole files, ${count}` };
}
