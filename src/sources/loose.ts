// Staged blobs read from the object store's loose files, without starting git. `git add` writes every new blob as a
// loose object (a zlib-compressed `blob <size>\0<content>` at objects/xx/yyyy...), so the pre-commit hook usually
// finds all it needs there. Starting `git cat-file` from Node costs more than reading the files (the fork copies the
// page tables of the whole process); docs/performance.md has the figures.
//
// What is scanned does not depend on this module: the ids come from git's diff of the index, and an object's file
// name is the hash of its content, so a blob found here is the blob git would give. Anything else (the directory not
// found, a blob packed, held in an alternate, damaged, or too large) is simply not returned, and git reads it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { findGitDir } from '../core/git-dir.js';
import type { CatFileObject } from './cat-file.js';

let zlib: typeof import('node:zlib') | undefined;

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Inflated bytes read here at most per call; the rest is left to git. */
const BUDGET = 16 << 20;

/**
 * The objects directory of the repository whose work tree holds `dir`, found as git finds it for a work tree
 * (GIT_OBJECT_DIRECTORY, GIT_COMMON_DIR, GIT_DIR, else the nearest `.git` directory or `gitdir:` file, and a linked
 * worktree's `commondir`). Undefined when there is none.
 */
export function objectsDirectory(dir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GIT_OBJECT_DIRECTORY) return resolve(dir, env.GIT_OBJECT_DIRECTORY);
  const gitDir = env.GIT_DIR ? resolve(dir, env.GIT_DIR) : findGitDir(dir);
  if (gitDir === undefined) return undefined;
  if (env.GIT_COMMON_DIR) return join(resolve(dir, env.GIT_COMMON_DIR), 'objects');
  let common = gitDir;
  try {
    common = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').replace(/\r?\n$/, ''));
  } catch {
    // Not a linked worktree.
  }
  return join(common, 'objects');
}

/**
 * The blobs of `ids` that are loose objects of the repository at `dir`, by id, content whole (an object over
 * `maxBytes` is left to git, which keeps only its head). Never throws: what cannot be read here is left out.
 */
export function readLooseBlobs(dir: string, ids: readonly string[], maxBytes: number): Map<string, CatFileObject> {
  const found = new Map<string, CatFileObject>();
  const objects = objectsDirectory(dir);
  if (objects === undefined) return found;
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  let budget = BUDGET;
  for (const id of ids) {
    if (!OBJECT_ID.test(id) || found.has(id) || budget <= 0) continue;
    let inflated: Buffer;
    try {
      const compressed = readFileSync(join(objects, id.slice(0, 2), id.slice(2)));
      const limit = Math.min(maxBytes, budget) + 32; // the header (`blob <size>\0`) and the content
      // One output buffer large enough for most objects (text deflates 3-5 times): inflateSync otherwise fills
      // 16 KiB pieces and copies them together (docs/performance.md).
      const chunkSize = Math.max(64, Math.min(limit, Math.max(64 << 10, compressed.length * 8)));
      inflated = zlib.inflateSync(compressed, { chunkSize, maxOutputLength: limit });
    } catch {
      continue; // not loose here, damaged, or over the limit: git reads it
    }
    const nul = inflated.indexOf(0);
    const header = nul === -1 || nul > 24 ? null : /^blob (0|[1-9]\d{0,15})$/.exec(inflated.toString('latin1', 0, nul));
    const size = Number(header?.[1]);
    // Not a blob, not the size it says, or over maxBytes (git keeps only the head of those).
    if (!header || size !== inflated.length - nul - 1 || size > maxBytes) continue;
    budget -= size;
    found.set(id, { id, type: 'blob', size, bytes: inflated.subarray(nul + 1) });
  }
  return found;
}
