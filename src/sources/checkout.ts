// Which report paths are files of a checkout: what codeql-action's upload-sarif hashes itself (it fills
// `primaryLocationLineHash` from the file on disk and warns when a tool's own value differs) and what an annotation
// can link to. The CLI and the Action ask the same question, so their SARIF agrees.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Whether a path relative to `root` is a regular file there (answers cached per path). */
export function checkoutFiles(root: string): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let found = known.get(path);
    if (found === undefined) {
      try {
        found = statSync(resolve(root, path)).isFile();
      } catch {
        found = false;
      }
      known.set(path, found);
    }
    return found;
  };
}
