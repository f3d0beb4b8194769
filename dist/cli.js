#!/usr/bin/env node
// Loads the CLI, dist/cli.cjs (kept for hooks installed when this file was the CLI).
import { createRequire } from 'node:module';
createRequire(import.meta.url)('./cli.cjs');
