import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  GitError
} from "./chunk-TVGA44QV.js";

// src/sources/git.ts
import { spawn } from "node:child_process";
var env;
function gitEnv() {
  return env ??= {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
function spawnGit(cwd, args) {
  return spawn("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
function gitBuffer(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(`git ${args.join(" ")} failed: ${Buffer.concat(err).toString("utf8").trim() || `exit ${code}`}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
function gitResult(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
async function git(cwd, args, input) {
  return (await gitBuffer(cwd, args, input)).toString("utf8");
}
async function gitMaybe(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return void 0;
  }
}
async function* gitRecords(cwd, args, separator = 0) {
  const child = spawnGit(cwd, args);
  child.stdin.end();
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text) => stderr += text.slice(0, 4e3));
  const exit = new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  const spawnError = new Promise(
    (_, reject) => child.on("error", (error) => reject(new GitError(`cannot run git: ${error.message}`)))
  );
  spawnError.catch(() => void 0);
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of child.stdout) {
      let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let at;
      while ((at = buf.indexOf(separator, start)) !== -1) {
        yield buf.toString("utf8", start, at);
        start = at + 1;
      }
      rest = buf.subarray(start);
      buf = rest;
    }
    if (rest.length > 0) yield rest.toString("utf8");
    const code = await Promise.race([exit, spawnError]);
    if (code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${stderr.trim() || `exit ${code}`}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
var CatFileReader = class {
  constructor(cwd, maxBytes, maxHeld = 64 * 1024 * 1024, headBytes = 8192) {
    this.maxBytes = maxBytes;
    this.maxHeld = maxHeld;
    this.headBytes = headBytes;
    this.child = spawnGit(cwd, ["cat-file", "--batch-command", "--buffer"]);
    this.child.stdout.on("data", (chunk) => this.onData(chunk));
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (text) => this.stderr += text.slice(0, 4e3));
    this.child.stdin.on("error", (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    this.child.on("error", (error) => this.fail(new GitError(`cannot run git: ${error.message}`)));
    this.child.on("close", (code) => {
      if (this.pending.length > 0) this.fail(new GitError(`git cat-file --batch exited (${code}): ${this.stderr.trim()}`));
    });
  }
  maxBytes;
  maxHeld;
  headBytes;
  child;
  pending = [];
  buffer = Buffer.alloc(0);
  header;
  body = [];
  bodyLength = 0;
  remaining = 0;
  stderr = "";
  failed;
  outgoing = [];
  /** Bytes of objects handed out and not yet released by the consumer; over the limit, git's output is paused. */
  held = 0;
  paused = false;
  /** Reads one object; resolves undefined when git reports it missing. */
  read(id) {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      this.outgoing.push(id);
    });
  }
  /** Sends the requests made since the last flush to git in one write. */
  flush() {
    if (this.outgoing.length === 0) return;
    this.child.stdin.write(`contents ${this.outgoing.join("\ncontents ")}
flush
`);
    this.outgoing = [];
  }
  /** How many requests are waiting for git's answer. */
  get backlog() {
    return this.pending.length;
  }
  /** The consumer is done with `bytes` of delivered content (bounds memory while it is slower than git). */
  release(bytes) {
    this.held -= bytes;
    if (this.paused && this.held < this.maxHeld / 2) {
      this.paused = false;
      this.child.stdout.resume();
    }
  }
  close() {
    this.flush();
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
  }
  fail(error) {
    this.failed ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }
  onData(chunk) {
    let buf = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let pos = 0;
    while (pos < buf.length) {
      if (this.header) {
        const take = Math.min(this.remaining, buf.length - pos);
        if (take > 0) {
          const keep = this.header.size > this.maxBytes ? Math.max(0, Math.min(take, this.headBytes - this.bodyLength)) : take;
          if (keep > 0) {
            this.body.push(buf.subarray(pos, pos + keep));
            this.bodyLength += keep;
          }
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        if (pos >= buf.length) break;
        pos += 1;
        const { id, type, size: size2 } = this.header;
        const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyLength);
        this.header = void 0;
        this.body = [];
        this.bodyLength = 0;
        this.pending.shift()?.resolve({ id, type, size: size2, bytes });
        this.held += bytes.byteLength;
        if (!this.paused && this.held > this.maxHeld) {
          this.paused = true;
          this.child.stdout.pause();
        }
        continue;
      }
      const eol = buf.indexOf(10, pos);
      if (eol === -1) break;
      const line = buf.toString("latin1", pos, eol);
      pos = eol + 1;
      const parts = line.split(" ");
      if (parts.length === 2 && (parts[1] === "missing" || parts[1] === "ambiguous")) {
        this.pending.shift()?.resolve(void 0);
        continue;
      }
      const size = Number(parts[2]);
      if (parts.length !== 3 || !Number.isSafeInteger(size)) {
        this.fail(new GitError(`git cat-file --batch: unexpected header "${line.slice(0, 120)}"`));
        return;
      }
      this.header = { id: parts[0], type: parts[1], size };
      this.remaining = size;
    }
    this.buffer = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    buf = this.buffer;
  }
};

export {
  gitBuffer,
  gitResult,
  git,
  gitMaybe,
  gitRecords,
  CatFileReader
};
