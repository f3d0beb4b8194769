// Logs the Node processes a command starts: a preload given through NODE_OPTIONS appends one line per process,
// saying whether it runs with the single-threaded GC of a relaunch (src/launch/relaunch.ts).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './repo.js';

const FLAG = '--single-threaded-gc';

/** A preload that appends "pid relaunched|first" to `log`; with `hold`, the relaunched process then sleeps 20 s. */
export function preload(t: { after(fn: () => void): void }, hold = false): { env: Record<string, string>; processes(): string[]; pids(): number[] } {
  const tmp = tempDir();
  t.after(tmp.remove);
  const log = join(tmp.dir, 'processes.log');
  const script = join(tmp.dir, 'preload.cjs');
  writeFileSync(
    script,
    [
      // Worker threads load the preload too; only processes count.
      "if (require('node:worker_threads').isMainThread) {",
      `const relaunched = process.execArgv.includes(${JSON.stringify(FLAG)});`,
      `require('node:fs').appendFileSync(${JSON.stringify(log)}, process.pid + (relaunched ? ' relaunched' : ' first') + '\\n');`,
      hold ? 'if (relaunched) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);' : '',
      '}',
    ].join('\n'),
  );
  const lines = (): string[][] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' ')) : []);
  return {
    env: { NODE_OPTIONS: `--require ${script}` },
    processes: () => lines().map((l) => l[1]!),
    pids: () => lines().map((l) => Number(l[0])),
  };
}

