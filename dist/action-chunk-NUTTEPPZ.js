import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  GitError,
  InputError
} from "./action-chunk-O7PUBUA5.js";

// src/sources/git.ts
const { spawn, spawnSync } = require("node:child_process");
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
var ZERO_OID = /^0+$/;
function isZeroOid(id) {
  return ZERO_OID.test(id);
}
function spawnGit(cwd, args) {
  return spawn("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
async function gitBuffer(cwd, args, input) {
  const result = await gitResult(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
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
function gitResultSync(cwd, args, input) {
  const result = spawnSync("git", ["-c", "core.quotepath=off", ...args], { cwd, env: gitEnv(), input: input ?? "", maxBuffer: Infinity, stdio: "pipe" });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString("utf8").trim() };
}
function gitBufferSync(cwd, args, input) {
  const result = gitResultSync(cwd, args, input);
  if (result.code !== 0) throw new GitError(`git ${args.join(" ")} failed: ${result.stderr || `exit ${result.code}`}`);
  return result.stdout;
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
async function* gitRecords(cwd, args, separator = 0, input) {
  const child = spawnGit(cwd, args);
  child.stdin.on("error", () => void 0);
  child.stdin.end(input);
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

// src/sources/revisions.ts
async function resolveTips(repo) {
  const refs = await gitMaybe(repo, ["rev-parse", "--all"]) ?? "";
  const head = await gitMaybe(repo, ["rev-parse", "--verify", "-q", "HEAD"]) ?? "";
  return [...new Set(`${refs}
${head}`.split("\n").map((l) => l.trim()).filter(Boolean))].sort();
}
async function allReachable(repo, old, tips) {
  if (old.length === 0) return true;
  const input = `${old.join("\n")}
${tips.map((t) => `^${t}`).join("\n")}
`;
  try {
    const out = await git(repo, ["rev-list", "-n", "1", "--stdin"], input);
    return out.trim() === "";
  } catch {
    return false;
  }
}
function checkRevisionSpec(flag, spec) {
  if (spec === "" || spec.startsWith("-") || /[\s\0]/.test(spec)) {
    throw new InputError(`${flag}: expected a revision or range such as main..feature, got "${spec}"`);
  }
}
async function verifyRevisions(repo, flag, spec, revs) {
  checkRevisionSpec(flag, spec);
  const result = await gitResult(repo, ["rev-parse", ...revs.filter((r) => !r.startsWith("--")), "--"]);
  if (result.code !== 0) {
    const why = result.stderr.split("\n")[0].replace(/^fatal: /, "") || `exit ${result.code}`;
    throw new GitError(`${flag} ${spec}: git cannot resolve it (${why})`);
  }
}

// src/core/cache-dir.ts
const { lstatSync, mkdirSync, realpathSync } = require("node:fs");
const { homedir } = require("node:os");
const { basename, join } = require("node:path");
function cacheRoot() {
  return process.env.LEAKGATE_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "leakgate");
}
function repositoryCacheDir(gitDir) {
  let real = gitDir;
  try {
    real = realpathSync(gitDir);
  } catch {
  }
  const name = basename(real === ".git" || basename(real) === ".git" ? join(real, "..") : real).replace(/\.git$/, "").replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
  const hash = pathHash(real);
  return join(cacheRoot(), "repos", `${name || "repo"}-${hash}`);
}
function privateDirectory(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const info = lstatSync(dir);
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || process.platform !== "win32" && (info.mode & 18) !== 0) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function pathHash(text) {
  let a = 2166136261;
  let b = 84696351;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619) >>> 0;
    b = Math.imul(b ^ c, 16777619 + 2 * i + 1) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

export {
  isZeroOid,
  spawnGit,
  gitBuffer,
  gitResult,
  gitResultSync,
  gitBufferSync,
  git,
  gitMaybe,
  gitRecords,
  resolveTips,
  allReachable,
  verifyRevisions,
  repositoryCacheDir,
  privateDirectory
};
