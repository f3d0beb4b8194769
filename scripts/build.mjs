// Builds dist/: the CLI, the worker and the Action as ESM bundles, plus the pre-validated built-in rules as JSON.
// Run after `tsc` (npm run build does both); the rules are read through the compiled ruleset module.

import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const entryPoints = {
  cli: 'src/cli/bin.ts',
  worker: 'src/engine/worker.ts',
};
if (existsSync(join(root, 'src/action/main.ts'))) entryPoints.action = 'src/action/main.ts';

// Start from an empty dist/ so no stale chunk survives, but keep it deterministic: fixed names, no timestamps.
if (existsSync(dist)) for (const name of readdirSync(dist)) rmSync(join(dist, name), { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // node_modules may be a symlink (git worktrees share one); resolving through it keeps paths, and so dist/, the same.
  preserveSymlinks: true,
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle need a real `require`.
  banner: { js: "import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);" },
});

const { loadBuiltinRulesFromYaml } = await import('../build/src/ruleset/load.js');
const rules = await loadBuiltinRulesFromYaml();
writeFileSync(join(dist, 'builtin-rules.json'), `${JSON.stringify(rules)}\n`);
console.log(`dist/: ${Object.keys(entryPoints).join(', ')} bundles, ${rules.length} built-in rules`);
