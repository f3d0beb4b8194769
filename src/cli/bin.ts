// The `leakgate` command, bundled as CommonJS into dist/cli-main.cjs (no top-level await there), which
// dist/cli.cjs (start.ts) runs.

import { main } from './main.js';
import { canRelaunch, relaunch } from '../relaunch.js';

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
});
