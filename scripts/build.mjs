// Builds dist/: the CLI, the worker and the Action as ESM bundles, plus the pre-validated built-in rules as JSON.
// Run after `tsc` (npm run build does both); the rules are read through the compiled ruleset module.

import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// Separate builds for the CLI, its worker thread and the Action: sharing chunks between them would split the CLI's
// start-up path into many small files, and every file a hook loads costs a read, a resolution and a compile.
const builds = [
  { entryPoints: { cli: 'src/cli/bin.ts' }, chunkNames: 'chunk-[hash]' },
  { entryPoints: { worker: 'src/engine/worker.ts' }, chunkNames: 'worker-chunk-[hash]' },
];
if (existsSync(join(root, 'src/action/main.ts'))) {
  builds.push({ entryPoints: { action: 'src/action/main.ts' }, chunkNames: 'action-chunk-[hash]' });
}

// Node's built-in modules are loaded with require() (the banner's), not imported: for an imported built-in, Node 20
// builds an ES module facade by reading every export, which runs lazy getters (`fs.promises`, `fs.ReadStream`,
// `util.MIMEType`...) that load a few dozen more internal modules, 15-25 ms of the hook's start-up. esbuild keeps
// built-ins external, so its output's static imports of them are rewritten: `import { a, b as c } from "node:fs";`
// becomes `const { a, b: c } = require("node:fs");` (only the named exports are read).
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT = /^import\s+(?:(\w+)\s*,\s*)?(\{[^}]*\}|\*\s*as\s+\w+|\w+)?\s*(?:from\s+)?"([^"]+)";$/gm;
function requireBuiltins(text, file) {
  const out = text.replace(IMPORT, (statement, defaultName, bindings, specifier) => {
    if (!builtins.has(specifier)) return statement;
    const call = `require(${JSON.stringify(specifier)})`;
    const names = [defaultName, bindings?.startsWith('{') ? undefined : bindings?.replace(/^\*\s*as\s+/, '')].filter(Boolean);
    const out = names.map((name) => `const ${name} = ${call};`);
    if (bindings?.startsWith('{')) {
      const list = bindings.slice(1, -1).split(',').map((b) => b.trim()).filter(Boolean);
      out.push(`const { ${list.map((b) => b.replace(/^(\w+)\s+as\s+(\w+)$/, '$1: $2')).join(', ')} } = ${call};`);
    }
    if (!bindings && !defaultName) out.push(`${call};`);
    return out.join(' ');
  });
  for (const [statement, specifier] of out.matchAll(/^import\b[^;]*?"([^"]+)";/gm)) {
    if (builtins.has(specifier)) throw new Error(`${file}: cannot rewrite this import of a built-in module: ${statement}`);
  }
  return out;
}

// Start from an empty dist/ so no stale chunk survives, but keep it deterministic: fixed names, no timestamps.
if (existsSync(dist)) for (const name of readdirSync(dist)) rmSync(join(dist, name), { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

for (const { entryPoints, chunkNames } of builds) {
  const result = await build({
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
    chunkNames,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies inside an ESM bundle need a real `require`.
    banner: { js: "import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);" },
    // Written below, after the rewrite of built-in imports.
    write: false,
  });
  for (const file of result.outputFiles) writeFileSync(file.path, file.path.endsWith('.js') ? requireBuiltins(file.text, file.path) : file.contents);
}

// Executable, so that the pre-commit framework (language: script) and npm's bin links can run it directly.
chmodSync(join(dist, 'cli.js'), 0o755);

const { loadBuiltinRulesFromYaml, PRECOMPILED_RULES, PRECOMPUTED_PREFILTER, PRECOMPUTED_GLOBS } = await import('../build/src/ruleset/load.js');
const rules = await loadBuiltinRulesFromYaml();
// ASCII only (other characters as \u escapes): reading UTF-8 that is all ASCII takes Node's fast path.
const asciiJson = (value) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(join(dist, PRECOMPILED_RULES), `${asciiJson(rules)}\n`);

// What a scan would derive from the built-in rules at every start (engine/precomputed.ts): the prefilter's automaton
// over their keywords, in the order compileRules gives them, and the regex of every glob they use.
const { compileRules } = await import('../build/src/engine/compile.js');
const { buildPrefilterTables, serializePrefilter } = await import('../build/src/engine/prefilter.js');
const { globSources } = await import('../build/src/engine/globs.js');
const { isBaseGlob } = await import('../build/src/engine/paths.js');
writeFileSync(join(dist, PRECOMPUTED_PREFILTER), serializePrefilter(buildPrefilterTables(compileRules(rules).prefilter.keywords)));
const globs = new Set(
  rules.flatMap((r) => [...r.paths, ...r.excludePaths, ...(r.sizeLimits ?? []).flatMap((l) => l.paths), ...(r.folders ?? []).flatMap((f) => f.evidence)]),
);
for (const glob of [...globs]) if (isBaseGlob(glob)) globs.add(glob.slice(3));
writeFileSync(join(dist, PRECOMPUTED_GLOBS), `${asciiJson(await globSources([...globs].sort()))}\n`);
console.log(`dist/: ${builds.flatMap((b) => Object.keys(b.entryPoints)).join(', ')} bundles, ${rules.length} built-in rules`);
