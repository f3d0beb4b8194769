// Runs one command and measures it: wall time, CPU time of the whole process tree (through /usr/bin/time, which
// counts every waited-for descendant), and peak RSS per process kind from sampling /proc (our node process, which
// includes its worker threads, apart from the git processes it starts).

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  readonly command: string;
  readonly wallS: number;
  /** User + system CPU seconds of the command and all its children. */
  readonly cpuS: number;
  /** Peak RSS (MB) of node processes in the tree (VmHWM). */
  readonly nodeRssMB: number;
  /** Peak RSS (MB) of the largest non-node process in the tree (git). */
  readonly otherRssMB: number;
  readonly exitCode: number;
  /** True when the run was stopped at its time limit. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Send stdout to /dev/null instead of capturing it. */
  readonly discardStdout?: boolean;
  readonly timeoutS?: number;
}

/** Direct children of `pid`, from /proc/PID/task/TID/children (cheaper than reading every process's stat). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').split(' ')) if (child) out.push(Number(child));
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // the process ended meanwhile
  }
  return out;
}

/** Every process below `pid`. */
function descendants(pid: number): number[] {
  const all: number[] = [];
  const stack = childrenOf(pid);
  while (stack.length > 0) {
    const next = stack.pop()!;
    all.push(next);
    stack.push(...childrenOf(next));
  }
  return all;
}

function peakOf(pid: number): { comm: string; hwmKB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const comm = /^Name:\s*(.*)$/m.exec(status)?.[1] ?? '?';
    const hwm = Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0);
    return { comm, hwmKB: hwm };
  } catch {
    return undefined;
  }
}

/** Runs `argv` under /usr/bin/time and samples its process tree every 50 ms. */
export function measure(argv: readonly string[], options: RunOptions = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const devnull = options.discardStdout ? openSync('/dev/null', 'w') : undefined;
    const child = spawn('/usr/bin/time', ['-f', '@@time %e %U %S', ...argv], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', devnull ?? 'pipe', 'pipe'],
    });
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (text: string) => (stdout.length < 1 << 26 ? (stdout += text) : undefined));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => (stderr += text));
    let nodeKB = 0;
    let otherKB = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      for (const pid of descendants(child.pid)) {
        const peak = peakOf(pid);
        if (!peak) continue;
        if (peak.comm === 'node' || peak.comm.startsWith('node')) nodeKB = Math.max(nodeKB, peak.hwmKB);
        else otherKB = Math.max(otherKB, peak.hwmKB);
      }
    };
    // VmHWM is each process's own peak, so a sample now and then is enough; sampling costs CPU the measured
    // command would otherwise have.
    const timer = setInterval(sample, 200);
    let timedOut = false;
    const limit = options.timeoutS
      ? setTimeout(() => {
          timedOut = true;
          // Stop the measured command (the child of /usr/bin/time) and everything it started.
          for (const pid of child.pid === undefined ? [] : descendants(child.pid)) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              // gone
            }
          }
        }, options.timeoutS * 1000)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (limit) clearTimeout(limit);
      if (devnull !== undefined) closeSync(devnull);
      const wall = (performance.now() - started) / 1000;
      const line = /@@time (\S+) (\S+) (\S+)/.exec(stderr);
      stderr = stderr.replace(/.*@@time.*\n?/, '');
      resolve({
        command: argv.join(' '),
        wallS: timedOut ? wall : Number(line?.[1] ?? wall),
        cpuS: line ? Number(line[2]) + Number(line[3]) : NaN,
        nodeRssMB: nodeKB / 1024,
        otherRssMB: otherKB / 1024,
        exitCode: code ?? -1,
        timedOut,
        stdout,
        stderr,
      });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Spread of repeated runs, as (max - min) / median. */
export function spread(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return 0;
  return (Math.max(...finite) - Math.min(...finite)) / median(finite);
}

/** One-line machine description for the report. */
export function machine(): { cpu: string; cores: number; memGB: number; load: string } {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'latin1');
  const cpu = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
  const cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKB = Number(/^MemTotal:\s*(\d+)/m.exec(readFileSync('/proc/meminfo', 'latin1'))?.[1] ?? 0);
  const load = readFileSync('/proc/loadavg', 'latin1').split(' ').slice(0, 3).join(' ');
  return { cpu, cores, memGB: Math.round(memKB / 1024 / 1024), load };
}

/** A blob read for an in-process bench. */
export interface RepoBlob {
  readonly id: string;
  readonly bytes: Buffer;
}

/**
 * Blobs of a repository's object store, for benches that run the engine in-process: every `every`th by id, under
 * `maxSize` bytes each, `text` ones only (no NUL in their first 8,000 bytes, as the scan's expand stage keeps
 * binaries back) when asked, up to `maxBytes` in all. The store, not a walk of the refs: a mirror that lacks a few
 * blobs still gives the rest.
 */
export function readRepoBlobs(repo: string, options: { every?: number; maxSize?: number; maxBytes?: number; text?: boolean } = {}): RepoBlob[] {
  const { every = 1, maxSize = Infinity, maxBytes = Infinity, text = false } = options;
  const listed = execFileSync('git', ['-C', repo, 'cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ids = listed
    .split('\n')
    .map((l) => l.split(' '))
    .filter((p) => p[1] === 'blob' && Number(p[2]) < maxSize)
    .map((p) => p[0]!)
    .sort()
    .filter((_, i) => i % every === 0);
  const batch = spawnSync('git', ['-C', repo, 'cat-file', '--batch'], { input: ids.join('\n'), maxBuffer: 2 ** 31 }).stdout;
  const blobs: RepoBlob[] = [];
  let total = 0;
  for (let at = 0; at < batch.length && total < maxBytes; ) {
    const eol = batch.indexOf(10, at);
    const [id, type, size] = batch.toString('latin1', at, eol).split(' ');
    if (type === undefined || size === undefined) {
      at = eol + 1; // `<id> missing`
      continue;
    }
    const bytes = batch.subarray(eol + 1, eol + 1 + Number(size));
    if (!text || bytes.subarray(0, 8000).indexOf(0) === -1) {
      blobs.push({ id: id!, bytes });
      total += bytes.length;
    }
    at = eol + 1 + Number(size) + 1;
  }
  return blobs;
}
