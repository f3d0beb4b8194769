// The `leakgate` command, bundled as CommonJS into dist/cli-main.cjs (no top-level await there), which
// dist/cli.cjs (start.ts) runs.

import { main } from './main.js';
import { canRelaunch, relaunch } from '../launch/relaunch.js';

// A reader that stops early (`leakgate rules | head`) closes the pipe: the next write fails with EPIPE, which Node
// reports as an 'error' event that, unhandled, ends the process with a stack trace. Output nobody reads is dropped
// instead; the command runs to its end and exits with its own code. Any other error of a standard stream is what
// it was (an internal error).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by the scans that take input (`-`, --pre-push): creating the stream loads a module or two.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  ...(canRelaunch() ? { relaunch } : {}),
}).then((code) => {
  process.exitCode = code;
  // Once the work is done and every byte of output is written, exit at once. Left to drain, Node first waits for
  // V8's background compile jobs and then frees the whole heap, a noticeable part of a pre-commit hook run.
  // Standard streams that are asynchronous (pipes on macOS) with output still queued are left to drain as usual;
  // 'exit' listeners (the code cache) run either way.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
