#!/usr/bin/env node
// Entry of the `leakgate` command (dist/cli.cjs): runs the CLI bundle, dist/cli-main.cjs, through V8's code cache.
//
// Every commit starts the CLI (the pre-commit hook), and compiling the bundle is a good part of that start-up. V8 can
// save the bytecode of the functions a run compiled and load it on the next run instead of parsing and compiling
// again (docs/performance.md has the measured gain). Node 22 does the same with module.enableCompileCache(); Node 20 has only vm.Script's cachedData.
//
// The cache is a file per CLI build, Node version, V8 flags and kind of run (runKind), in the user's own cache
// directory ($XDG_CACHE_HOME/leakgate, else ~/.cache/leakgate), created private. A directory that is not private and ours is
// not used. V8 checks that the data fits this V8 and these flags; the file name adds the bundle's build hash, size
// and modification time, since V8 itself only compares the source's length. Anything wrong with the cache (missing,
// rejected, unreadable, unwritable) only means the bundle is compiled as it would be without one; a rejected or
// missing cache is written at exit, and so is one written more than a day ago (STALE_MS). LEAKGATE_CODE_CACHE=0
// turns it off; =debug says on stderr what happened.
//
// Kept to Node built-ins and free of the rest of the code: this file is bundled on its own.

import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The hash of dist/cli-main.cjs, filled in by the build. */
declare const LEAKGATE_MAIN_HASH: string;

/**
 * Cache files kept per directory (kinds of run, other builds and Node versions; a few hundred KB each); the oldest go
 * first. A user's install, commits, pushes and audits are four kinds of run of one build.
 */
const KEEP = 12;
/**
 * A cache used this long after it was written is written again at exit, holding what it held and what this run
 * compiled: the run that wrote it may have run little (a first commit with nothing staged), and every later run
 * would compile the rest again. Once a day costs one write; a stat per run tells.
 */
const STALE_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'cli-';
const SUFFIX = '.v8cache';

const main = join(__dirname, 'cli-main.cjs');
const mode = process.env.LEAKGATE_CODE_CACHE;
const debug = mode === 'debug' ? (message: string) => process.stderr.write(`leakgate: code cache: ${message}\n`) : undefined;

// Latin-1: the build checks that the bundle is ASCII, and this decoding is a third faster than UTF-8's.
const source = readFileSync(main, 'latin1');
const file = mode === '0' ? undefined : cacheFile();
let cachedData: Buffer | undefined;
if (file) {
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
}
const script = new Script(Module.wrap(source), { filename: main, ...(cachedData ? { cachedData } : {}) });
if (file) {
  const state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : isStale(file) ? 'stale' : 'used';
  debug?.(`${state} ${file}`);
  if (state !== 'used') process.once('exit', () => save(file, script));
}
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
const mod = { exports: {}, filename: main, id: main, loaded: false };
run.call(mod.exports, mod.exports, createRequire(main), mod, main, dirname(main));

/** The cache file for this bundle, Node and flags, or undefined when there is no private directory for it. */
function cacheFile(): string | undefined {
  try {
    // The same root as core/cache-dir.ts (not imported: this file stays a few lines of plain Node).
    const dir = process.env.LEAKGATE_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'leakgate');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    // Not a symbolic link, ours, and writable by nobody else: a cache another user can write could run their code.
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || (process.platform !== 'win32' && (info.mode & 0o022) !== 0)) {
      debug?.(`not used: ${dir} is not a private directory of this user`);
      return undefined;
    }
    const { size, mtimeMs } = statSync(main);
    const flags = process.execArgv.join(' ');
    const key = `${LEAKGATE_MAIN_HASH}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}-${checksum(flags)}-${runKind()}`;
    return join(dir, `${PREFIX}${key}${SUFFIX}`);
  } catch (error) {
    debug?.(`not used: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The command, and for a scan the hook it runs for (`scan--staged`, `scan--pre-push`, `scan--files` for the pre-commit
 * framework): part of the cache file's name.
 * A cache holds the functions the run that wrote it compiled, and it is written when missing (and once a day, see
 * STALE_MS); without this, the cache that `leakgate install` wrote would leave every function of the hook's scan to
 * be compiled again on every commit.
 */
function runKind(): string {
  const [command = '', ...rest] = process.argv.slice(2);
  const hook = command === 'scan' ? rest.find((arg) => arg === '--staged' || arg === '--pre-push' || arg === '--files') : undefined;
  return `${command}${hook ?? ''}`.replace(/[^a-z-]/g, '').slice(0, 32) || 'none';
}

/** Whether the cache file was written more than STALE_MS ago (false when that cannot be told). */
function isStale(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/** Writes the compiled code at exit (then every function this run compiled is in it); old files are pruned. */
function save(file: string, compiled: Script): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const data = compiled.createCachedData();
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file); // whole or not at all, even with several hooks at once
    debug?.(`written ${file} (${data.length} bytes)`);
    prune(dirname(file), file);
  } catch (error) {
    debug?.(`not written: ${error instanceof Error ? error.message : String(error)}`);
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was left
    }
  }
}

function prune(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith('.tmp')))
    .map((name) => join(dir, name))
    .filter((path) => path !== keep)
    .map((path) => ({ path, time: statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEEP - 1)) {
    try {
      unlinkSync(path);
    } catch {
      // another run pruned it first
    }
  }
}

/** A short hex checksum (FNV-1a) of a string: the V8 flags in the file name. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
