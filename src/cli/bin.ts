#!/usr/bin/env node
// Executable entry of the `leakgate` command (bundled as CommonJS: dist/cli.cjs; no top-level await there).

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
