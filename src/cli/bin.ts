#!/usr/bin/env node
// Executable entry of the `leakgate` command.

import { main } from './main.js';
import { canRelaunch, relaunch } from '../relaunch.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by the scans that take input (`-`, --pre-push): creating the stream loads a module or two.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  ...(canRelaunch() ? { relaunch } : {}),
});
