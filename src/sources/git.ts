// Running git: one-shot commands (asynchronous and synchronous) and streamed output split into records. The
// long-running object reader is cat-file.ts.

import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from '../core/errors.js';

let env: NodeJS.ProcessEnv | undefined;

/** Environment for every git child: never prompt, never page, never fetch missing objects behind our back. */
export function gitEnv(): NodeJS.ProcessEnv {
  // Built once: copying process.env goes through a C++ getter per variable.
  return (env ??= {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  });
}

const ZERO_OID = /^0+$/;

/** True for an all-zero object id: git's "no object" (a created or deleted ref, a file absent on one side of a diff). */
export function isZeroOid(id: string): boolean {
  return ZERO_OID.test(id);
}

export function spawnGit(cwd: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs git to completion; resolves stdout as a Buffer, throws GitError with git's own message on failure. */
export async function gitBuffer(cwd: string, args: readonly string[], input?: string | Buffer): Promise<Buffer> {
  const result = await gitResult(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(' ')} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}

/** What a git command printed and how it exited, for commands whose non-zero exit carries an answer. */
export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git to completion without throwing on a non-zero exit (a spawn failure still throws GitError). */
export function gitResult(cwd: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/**
 * gitResult that blocks until git exits. For the pre-commit hook's few short commands: Node's synchronous spawn
 * makes no streams or sockets and needs no event-loop round trips, which makes a hook run faster than the
 * asynchronous spawn (docs/performance.md).
 */
export function gitResultSync(cwd: string, args: readonly string[], input?: string | Buffer): GitResult {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, env: gitEnv(), input: input ?? '', maxBuffer: Infinity, stdio: 'pipe' });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString('utf8').trim() };
}

/** gitBuffer that blocks until git exits (see gitResultSync). */
export function gitBufferSync(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  const result = gitResultSync(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(' ')} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
}

export async function git(cwd: string, args: readonly string[], input?: string | Buffer): Promise<string> {
  return (await gitBuffer(cwd, args, input)).toString('utf8');
}

/** Like `git` but resolves undefined instead of throwing (for probes such as rev-parse of an optional ref). */
export async function gitMaybe(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

/**
 * Streams a git command's stdout as records split on `separator` (NUL for `-z` output). The iterator throws a
 * GitError if git fails; `stderr` is collected for the message.
 */
export async function* gitRecords(cwd: string, args: readonly string[], separator = 0, input?: string): AsyncGenerator<string> {
  const child = spawnGit(cwd, args);
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => (stderr += text.slice(0, 4000)));
  const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const spawnError = new Promise<never>((_, reject) =>
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`))),
  );
  spawnError.catch(() => undefined);
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let at: number;
      while ((at = buf.indexOf(separator, start)) !== -1) {
        yield buf.toString('utf8', start, at);
        start = at + 1;
      }
      rest = buf.subarray(start);
      buf = rest;
    }
    if (rest.length > 0) yield rest.toString('utf8');
    const code = await Promise.race([exit, spawnError]);
    if (code !== 0) throw new GitError(`git ${args.join(' ')} failed: ${stderr.trim() || `exit ${code}`}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
