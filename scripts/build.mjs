// Builds dist/: the CLI, the worker and the Action as ESM bundles, plus the pre-validated built-in rules as JSON.
// Run after `tsc` (npm run build does both); the rules are read through the compiled ruleset module.

import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// The CLI is one CommonJS file, dist/cli-main.cjs, which dist/cli.cjs runs: every commit runs it (the hooks), and
// its start-up is most of a hook's time. Measured on the 2-core VM against the ES module build it replaced (cli.js
// and a dozen chunks): an empty commit 138 -> 129 ms, 10 modified files 234 -> 217 ms (median of 15 alternating
// runs). An ES module entry makes Node start its ES module loader, and each module file costs a resolution, a read
// and a link. The code that only some commands need is inside the file but not run (esbuild wraps each dynamically
// imported module in a function); the four packages it uses lazily are files of their own in dist/vendor/, read
// only by the commands that need them. dist/cli.js stays as a small ES module that loads dist/cli.cjs, for hooks
// installed before the change.
//
// The worker thread and the Action stay ES module bundles; they share no chunk with the CLI or each other, but they
// import the vendored packages from dist/vendor/ like the CLI, so dist/ holds one copy of each (zod and yaml were
// in dist/ three times before: vendor/, an Action chunk and, for yaml, a worker chunk).
const builds = [
  { entryPoints: { worker: 'src/engine/worker.ts' }, chunkNames: 'worker-chunk-[hash]' },
];
if (existsSync(join(root, 'src/action/main.ts'))) {
  builds.push({ entryPoints: { action: 'src/action/main.ts' }, chunkNames: 'action-chunk-[hash]' });
}
/** Packages the CLI loads only on some paths (config files, rule packs, globs, Kubernetes Secrets, user rules' RE2): dist/vendor/<name>.cjs. */
const VENDORED = ['yaml', 'zod', 'smol-toml', 'picomatch', 're2js'];
/** Resolves the vendored packages to dist/vendor/<name>.cjs, left external (every bundle is a file of dist/). */
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.cjs`, external: true }));
  },
};

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

// The vendored CommonJS packages whose loaders accept a CommonJS exports object as well as an ES module namespace
// (engine/detect.ts for yaml, patterns/re2.ts for re2js) are required, not imported, by the ES module bundles: an
// import of a CommonJS file makes Node parse all of it with its export lexer first (measured: about 45 ms of CPU per
// worker thread for yaml, on every history scan). picomatch's loader destructures `default`, so it stays an import.
const REQUIRED_VENDOR = /await import\("\.\/vendor\/(yaml|re2js)\.cjs"\)/g;
function requireVendored(text) {
  return text.replace(REQUIRED_VENDOR, (_, name) => `require("./vendor/${name}.cjs")`);
}

/** Every input file of every bundle (esbuild metafiles): the packages whose code dist/ carries, for their notices. */
const bundledInputs = new Set();
const noteInputs = (result) => Object.keys(result.metafile?.inputs ?? {}).forEach((path) => bundledInputs.add(path));

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
    plugins: [vendorPlugin],
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies inside an ESM bundle need a real `require`.
    banner: { js: "import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);" },
    // Written below, after the rewrite of built-in imports.
    write: false,
    metafile: true,
  });
  noteInputs(result);
  for (const file of result.outputFiles) writeFileSync(file.path, file.path.endsWith('.js') ? requireVendored(requireBuiltins(file.text, file.path)) : file.contents);
}

/** What every CommonJS build of the CLI shares. */
const commonjs = {
  absWorkingDir: root,
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  preserveSymlinks: true,
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};
// The CLI (see above). `import.meta.url` becomes the file URL of dist/cli-main.cjs (the modules find dist/ from it).
const cli = await build({
  ...commonjs,
  entryPoints: { 'cli-main': 'src/cli/bin.ts' },
  define: { 'import.meta.url': '__leakgateUrl' },
  banner: { js: "'use strict'; const __leakgateUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [vendorPlugin],
  write: false,
});
noteInputs(cli);
// esbuild keeps a dynamic import() of an external file; in a CommonJS file that would start Node's ES module loader
// (about 10 ms) to read a CommonJS file. require() it instead, with the namespace import() would give (node mode:
// `default` is module.exports).
let mainHash;
for (const file of cli.outputFiles) {
  const text = file.text.replace(/\bimport\("(\.\/vendor\/[\w-]+\.cjs)"\)/g, (_, path) => `Promise.resolve().then(() => __toESM(require("${path}"), 1))`);
  if (/\bimport\(/.test(text) || (text !== file.text && !/^var __toESM = /m.test(text))) throw new Error(`${file.path}: a dynamic import() is left, or __toESM is missing`);
  // dist/cli.cjs reads this file as Latin-1, a third faster than UTF-8 and the same text as long as it is ASCII
  // (esbuild writes other characters as escapes).
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`${file.path}: not ASCII, but dist/cli.cjs reads it as Latin-1`);
  writeFileSync(file.path, text);
  mainHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
}
// dist/cli.cjs, the command: runs dist/cli-main.cjs through V8's code cache (src/cli/start.ts). It carries the
// bundle's hash, part of the cache file's name.
await build({ ...commonjs, entryPoints: { cli: 'src/cli/start.ts' }, define: { LEAKGATE_MAIN_HASH: JSON.stringify(mainHash) } });
// re2js's sources carry JSDoc types written as `import('./index.js')`, which read like imports of files dist/ does not
// have; without whitespace its bundle has no comments (and is a third smaller).
const WITHOUT_COMMENTS = new Set(['re2js']);
for (const name of VENDORED) {
  noteInputs(await build({ ...commonjs, entryPoints: { [name]: name }, outdir: join(dist, 'vendor'), minifyWhitespace: WITHOUT_COMMENTS.has(name) }));
}

// The licences of the packages bundled into dist/ (their notices must travel with their code; the bundles are built
// with legalComments: 'none'): one file, sorted, so that it changes only when a bundled package does.
const packageDirs = new Set(
  [...bundledInputs].flatMap((path) => {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path);
    return m ? [m[1]] : [];
  }),
);
const notices = [...packageDirs]
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(join(root, dir)).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
    const text = licenceFile ? readFileSync(join(root, dir, licenceFile), 'utf8').trim() : `License: ${pkg.license ?? 'not stated'} (no licence file in the package)`;
    return { id: `${pkg.name}@${pkg.version}`, license: pkg.license ?? 'not stated', text };
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .filter((entry, i, all) => i === 0 || all[i - 1].id !== entry.id);
writeFileSync(
  join(dist, 'THIRD-PARTY-NOTICES.txt'),
  `The files in this directory bundle code of the following packages, under their own licences.\n\n${notices.map((n) => `${'='.repeat(78)}\n${n.id} (${n.license})\n\n${n.text}\n`).join('\n')}`,
);
// For hooks installed before the CLI became CommonJS (they name dist/cli.js).
writeFileSync(join(dist, 'cli.js'), "#!/usr/bin/env node\n// Loads the CLI, dist/cli.cjs (kept for hooks installed when this file was the CLI).\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./cli.cjs');\n");

// Executable, so that the pre-commit framework (language: script) and npm's bin links can run it directly.
chmodSync(join(dist, 'cli.cjs'), 0o755);
chmodSync(join(dist, 'cli.js'), 0o755);

const { loadBuiltinRulesFromYaml, PRECOMPILED_RULES, PRECOMPUTED_PREFILTER, PRECOMPUTED_GLOBS } = await import('../build/src/ruleset/load.js');
const { DOC_FIELDS, PRECOMPILED_RULE_DOCS } = await import('../build/src/ruleset/docs.js');
const rules = await loadBuiltinRulesFromYaml();
// ASCII only (other characters as \u escapes): the rules file is read as Latin-1 (ruleset/load.ts), the same text.
const asciiJson = (value) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// The rules without their documentation, which goes to a file of its own (read only when shown).
const withoutDocs = rules.map((rule) => Object.fromEntries(Object.entries(rule).filter(([field]) => !DOC_FIELDS.includes(field))));
const docs = Object.fromEntries(rules.map((rule) => [rule.id, Object.fromEntries(DOC_FIELDS.map((field) => [field, rule[field]]))]));
writeFileSync(join(dist, PRECOMPILED_RULES), `${asciiJson(withoutDocs)}\n`);
writeFileSync(join(dist, PRECOMPILED_RULE_DOCS), `${asciiJson(docs)}\n`);

// What a scan would derive from the built-in rules at every start (patterns/precomputed.ts): the prefilter's automaton
// over their keywords, in the order compileRules gives them, and the regex of every glob they use.
const { compileRules } = await import('../build/src/engine/compile.js');
const { buildPrefilterTables, serializePrefilter } = await import('../build/src/engine/prefilter.js');
const { globSources } = await import('../build/src/patterns/globs.js');
const { isBaseGlob } = await import('../build/src/engine/paths.js');
writeFileSync(join(dist, PRECOMPUTED_PREFILTER), serializePrefilter(buildPrefilterTables(compileRules(rules).prefilter.keywords)));
const globs = new Set(
  rules.flatMap((r) => [...r.paths, ...r.excludePaths, ...(r.sizeLimits ?? []).flatMap((l) => l.paths), ...(r.folders ?? []).flatMap((f) => f.evidence)]),
);
for (const glob of [...globs]) if (isBaseGlob(glob)) globs.add(glob.slice(3));
writeFileSync(join(dist, PRECOMPUTED_GLOBS), `${asciiJson(await globSources([...globs].sort()))}\n`);
console.log(`dist/: cli, ${builds.flatMap((b) => Object.keys(b.entryPoints)).join(', ')} bundles, ${rules.length} built-in rules`);
