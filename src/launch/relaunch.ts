// Full-history scans run in a second Node process started with V8's single-threaded garbage collector.
//
// Why: such a scan keeps more threads busy than a small machine has cores (the main thread, the workers, `git log` and
// `git cat-file`), and V8's parallel and concurrent collectors add up to four helper threads that then fight them for
// the same cores. Measured on the 2-core VM (git/git, alternating runs): 121 -> 101 and 97 -> 74 CPU s, 68 -> 58 and
// 56 -> 44 s wall. V8 reads the flag only at start-up (setting it later from JavaScript crashed V8 in a test), so
// the process starts again with it. Hooks and ranges never pay the second start-up.

import { spawn } from 'node:child_process';

export const GC_FLAG = '--single-threaded-gc';

/**
 * True when this process may start itself again with GC_FLAG: it has not got it already, and no debugger was asked
 * for (the process being debugged would only wait for the other; a second inspector would find its port taken).
 */
export function canRelaunch(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env, script = process.argv[1]): boolean {
  const debugging = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => arg.startsWith('--inspect'));
  return !execArgv.includes(GC_FLAG) && !debugging && Boolean(script);
}

/**
 * Runs this same script with the same arguments, environment and standard streams in a new process with GC_FLAG;
 * resolves to its exit code. Signals sent to this process are passed on; if the child dies of a signal, so does this
 * process.
 */
export function relaunch(): Promise<number> {
  const child = spawn(process.execPath, [GC_FLAG, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      for (const signal of signals) process.off(signal, forward);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      for (const signal of signals) process.off(signal, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 128);
    });
  });
}
