// A bare repository (a `git clone --mirror`, a server's copy) has no work tree, so its settings files are not on
// disk: they are the ones committed at HEAD. One `git cat-file --batch` reads all that are asked for.

import { gitBuffer } from './git.js';

/**
 * The contents of `paths` (relative to the repository root, `/`-separated) in HEAD's tree; a path HEAD does not
 * have as a file (absent, a directory, an unborn HEAD) is not in the map. Throws GitError when git cannot answer.
 */
export async function readCommitted(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // A name with a newline cannot be asked for on cat-file's input; none of the settings files has one.
  const asked = paths.filter((p) => !/[\n\r]/.test(p));
  if (asked.length === 0) return out;
  // --follow-symlinks: a settings file that is a symbolic link within the tree is read where it points, as it would
  // be in a work tree; one pointing outside the tree is not a file HEAD has.
  const output = await gitBuffer(root, ['cat-file', '--batch', '--follow-symlinks'], asked.map((p) => `HEAD:${p}\n`).join(''));
  let pos = 0;
  for (const path of asked) {
    const eol = output.indexOf(10, pos);
    if (eol === -1) break;
    const header = output.toString('utf8', pos, eol);
    pos = eol + 1;
    // "<oid> <type> <size>" and the content; "symlink|dangling|loop|notdir <size>" and a name (a link that leaves
    // the tree or leads nowhere); "<name> missing" / "<name> ambiguous" alone.
    const match = /^(?:[0-9a-f]{40,64} (\w+)|symlink|dangling|loop|notdir) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === 'blob') out.set(path, output.toString('utf8', pos, pos + size));
    pos += size + 1; // the content and its trailing newline
  }
  return out;
}
