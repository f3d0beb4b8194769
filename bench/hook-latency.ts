// Hook latency: wall time of the installed git hooks (sh + Node start-up + git + scan), as a developer feels it on
// every commit and push. Builds throwaway repositories, installs the hooks with this checkout's dist/cli.cjs, and
// runs each hook script the way git does, N times per scenario; prints median, min and max in milliseconds.
//
//   npm run build && node build/bench/hook-latency.js [--runs 10] [--baseline DIR]
//
// --baseline DIR compares with another build (a checkout, or `git archive <rev> dist | tar -x -C DIR` plus
// package.json): every repository also gets that build's hooks (<hook>.baseline, the same script naming DIR's CLI),
// and the two builds' runs alternate, in the environment without NODE_EXTRA_CA_CERTS; the last column is the ratio
// of the medians. Machines like the one this was written on drift by 10-20% within minutes: compare builds this
// way, in one run, rather than across runs.
//
// --whole-run-only measures only the whole-repository run: 10,000 committed files named to `scan --files` (what
// `pre-commit run --all-files` does) against `scan --no-git` of the same tree (issue 24: within +10%).
//
// Targets (issue 3): an ordinary commit (10 staged text files of up to 2,000 lines) under 150 ms median; an empty
// commit or one with nothing scannable under 100 ms. `node -e 0` is measured too, as the floor no hook can beat.
//
// Two environments, runs interleaved so that both see the same load: the environment as it is, and the same
// without NODE_EXTRA_CA_CERTS. Node reads and parses that whole certificate file at every start-up (about 45 ms
// with a system bundle on the 2-core VM this was written on), whether or not the process ever opens a TLS
// connection, and a scan never does. CI images, sandboxes and machines behind a TLS-inspecting proxy often set it.
// The installed hooks unset it for leakgate's own Node (after running a chained `pre-leakgate` hook, which keeps
// it), so "as run" and "without" should now agree for the hooks; `node -e 0` shows what the variable costs.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 10;
const baselineFlag = process.argv.indexOf('--baseline');
const BASELINE_DIR = baselineFlag > 0 ? process.argv[baselineFlag + 1] : undefined;
/** The baseline build's CLI: dist/cli.cjs, or dist/cli.js in builds from before the CommonJS CLI. */
const BASELINE_CLI = BASELINE_DIR === undefined ? undefined : [join(BASELINE_DIR, 'dist', 'cli.cjs'), join(BASELINE_DIR, 'dist', 'cli.js')].find((f) => existsSync(f));
if (BASELINE_DIR !== undefined && BASELINE_CLI === undefined) {
  console.error(`--baseline ${BASELINE_DIR}: no dist/cli.cjs or dist/cli.js there`);
  process.exit(2);
}
const FILES = 10;
const LINES = 2000;

// A cache directory of the bench's own (code cache, parsed configs), removed at the end: the user's keeps at most six
// code caches, and other builds run meanwhile on the same machine would evict this build's (a compile on every run).
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'leakgate-hook-bench-cache-'));
const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', XDG_CACHE_HOME: CACHE_HOME };
delete env.LEAKGATE_CACHE_DIR;
const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = env;
/** What each scenario runs, alternating: a hook script (plus `suffix`) in an environment. */
interface Variant {
  readonly label: string;
  readonly env: NodeJS.ProcessEnv;
  readonly suffix: string;
}
/**
 * With --baseline: this build and the baseline, without NODE_EXTRA_CA_CERTS. Otherwise this build as the
 * environment is, and without NODE_EXTRA_CA_CERTS when that is set.
 */
const VARIANTS: Variant[] = BASELINE_CLI
  ? [
      { label: 'this build', env: withoutCerts, suffix: '' },
      { label: 'baseline', env: withoutCerts, suffix: '.baseline' },
    ]
  : [{ label: 'as run', env, suffix: '' }, ...(extraCerts === undefined ? [] : [{ label: 'without NODE_EXTRA_CA_CERTS', env: withoutCerts, suffix: '' }])];

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A source-like file: mostly code, one line in twenty mentions a token so that rules really run. */
function sourceFile(seed: number, lines: number, edit = -1): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const n = seed * 100_000 + i;
    if (i % 20 === 0) out.push(`  const token${n} = process.env.API_TOKEN_${n % 97}; // read at start-up`);
    else out.push(`  result${n % 13} = compute(values[${n % 101}], ${n}, "label-${n % 7}")${i === edit ? ' // edited' : ''};`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The least any pre-commit hook written for Node can take: Node, the staged diff (one git process), and the staged
 * blobs read the cheapest way there is (their loose files inflated, as `git add` leaves them; cat-file for any
 * other), with nothing loaded, parsed or scanned. Written to a temp directory and run as a hook script like
 * leakgate's; its median is the "floor" column.
 */
const FLOOR_JS = `const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const diff = spawnSync('git', ['diff-index', '--cached', '-z', '--patch-with-raw', '-U0', '--full-index', 'HEAD', '--'], { maxBuffer: 1 << 30 });
const ids = [...diff.stdout.toString('latin1').matchAll(/:\\d{6} 100\\d{3} [0-9a-f]+ ([0-9a-f]+) [ACMRT]/g)].map((m) => m[1]);
const packed = ids.filter((id) => {
  try {
    require('node:zlib').inflateSync(readFileSync('.git/objects/' + id.slice(0, 2) + '/' + id.slice(2)));
    return false;
  } catch {
    return true; // not a loose object here: git reads it
  }
});
if (packed.length > 0) spawnSync('git', ['cat-file', '--batch'], { input: packed.map((id) => id + '\\n').join(''), maxBuffer: 1 << 30 });
`;
let floorScript: string | undefined;
function floorHook(): string {
  if (floorScript) return floorScript;
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-hook-floor-'));
  repos.push(dir);
  writeFileSync(join(dir, 'floor.cjs'), FLOOR_JS);
  floorScript = join(dir, 'pre-commit-floor');
  writeFileSync(floorScript, `#!/bin/sh\nunset NODE_EXTRA_CA_CERTS\nexec '${process.execPath}' '${join(dir, 'floor.cjs')}'\n`, { mode: 0o755 });
  return floorScript;
}

function newRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-hook-bench-'));
  git(dir, 'init', '-q', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Bench');
  git(dir, 'config', 'user.email', 'bench@example.test');
  execFileSync(process.execPath, [CLI, 'install'], { cwd: dir, env, stdio: 'ignore' });
  if (BASELINE_CLI) {
    // The same hook scripts, naming the baseline's CLI.
    for (const hook of ['pre-commit', 'pre-push']) {
      const installed = join(dir, '.git', 'hooks', hook);
      const script = readFileSync(installed, 'utf8');
      if (!script.includes(realpathSync(CLI))) throw new Error(`${installed} does not name ${CLI}`);
      writeFileSync(`${installed}.baseline`, script.split(realpathSync(CLI)).join(realpathSync(BASELINE_CLI)), { mode: 0o755 });
    }
  }
  repos.push(dir); // removed at the end
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

interface Row {
  readonly scenario: string;
  /** One per variant of VARIANTS. */
  readonly stats: Stats[];
  /** The floor hook's (see FLOOR_JS), for pre-commit scenarios. */
  readonly floor?: Stats;
  readonly target?: number;
  readonly note: string;
}

interface Measured {
  /** Wall milliseconds of each run, per variant of VARIANTS. */
  readonly walls: number[][];
  /** Wall milliseconds of the floor hook's runs, when it ran. */
  readonly floor?: number[];
  readonly last: { code: number; stderr: string };
}

/**
 * Runs a command RUNS times after one warm-up for each variant of VARIANTS, alternating; wall ms of each run. A hook
 * script runs as `command` plus the variant's suffix; `node -e 0` (`hook` false) runs as it is.
 */
function time(command: string, args: string[], cwd: string, input = '', hook = true, floor?: string): Measured {
  const walls: number[][] = VARIANTS.map(() => []);
  const floorWalls: number[] = [];
  let last = { code: 0, stderr: '' };
  for (let i = 0; i <= RUNS; i++) {
    // ABBA: the order flips every round, so that neither build always runs first. The floor hook (index -1) runs
    // in the same rounds.
    const order = VARIANTS.map((_, e) => e);
    if (floor) order.push(-1);
    if (i % 2 === 1) order.reverse();
    for (const e of order) {
      const variant = VARIANTS[e] ?? { suffix: '', env: withoutCerts };
      const start = performance.now();
      const result = spawnSync(e === -1 ? floor! : hook ? command + variant.suffix : command, args, { cwd, env: variant.env, input, encoding: 'utf8' });
      const wall = performance.now() - start;
      if (e === -1 && result.status !== 0) throw new Error(`the floor hook failed in ${cwd}: ${result.stderr}`);
      if (e === 0) last = { code: result.status ?? -1, stderr: result.stderr }; // this build's
      if (i > 0) (e === -1 ? floorWalls : walls[e]!).push(wall);
    }
  }
  return { walls, last, ...(floor ? { floor: floorWalls } : {}) };
}

function row(scenario: string, measured: Measured, target?: number): Row {
  const note = measured.last.stderr.trim().split('\n').filter((l) => l.startsWith('leakgate:')).at(-1) ?? `exit ${measured.last.code}`;
  const summary = (w: number[]): Stats => ({ median: median(w), min: Math.min(...w), max: Math.max(...w) });
  return { scenario, stats: measured.walls.map(summary), note, ...(target ? { target } : {}), ...(measured.floor ? { floor: summary(measured.floor) } : {}) };
}

const rows: Row[] = [];
const repos: string[] = [CACHE_HOME];
const WHOLE_FILES = 10_000;
const WHOLE_ONLY = process.argv.includes('--whole-run-only');
/** --hooks-only: the hook scenarios without the whole-repository run (minutes on a small machine). */
const HOOKS_ONLY = process.argv.includes('--hooks-only');
/**
 * --as-installed: the baseline's first run is `install` too, as this build's is (newRepo) and a user's is. A build
 * that keeps one code cache for every command then runs its hooks on the cache `install` wrote; without the flag the
 * baseline's cache is written by its first hook run (its best case).
 */
const AS_INSTALLED = process.argv.includes('--as-installed');
let wholeRun: { files: Stats; noGit: Stats; said: string } | undefined;

/**
 * A hook manager's whole-repository run (`pre-commit run --all-files`, issue 24): WHOLE_FILES committed files named
 * to `scan --files`, each scanned whole, against `scan --no-git` of the same tree, alternating (target: +10%). This
 * build only: older builds have no --files.
 */
function measureWholeRun(): void {
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-whole-run-'));
  repos.push(dir);
  git(dir, 'init', '-q', '--initial-branch=main');
  for (let f = 0; f < WHOLE_FILES; f++) {
    if (f % 100 === 0) execFileSync('mkdir', ['-p', join(dir, `pkg-${f / 100}`)]);
    writeFileSync(join(dir, `pkg-${Math.floor(f / 100)}`, `mod ${f}.js`), sourceFile(f, 30));
  }
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.test', 'commit', '-q', '--no-verify', '-m', 'tree');
  const names = git(dir, 'ls-files', '-z').split('\0').filter(Boolean);
  const scanEnv = { ...withoutCerts };
  for (const name of Object.keys(scanEnv)) if (name.startsWith('PRE_COMMIT') || name === 'GIT_INDEX_FILE') delete scanEnv[name];
  const variants = [
    ['scan', '--files', '--no-cache', '--', ...names],
    ['scan', '--no-git', '--no-cache', '.'],
  ];
  const walls: number[][] = [[], []];
  let said = '';
  for (let i = 0; i <= RUNS; i++) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const e of order) {
      const start = performance.now();
      const result = spawnSync(process.execPath, [CLI, ...variants[e]!], { cwd: dir, env: scanEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
      const wall = performance.now() - start;
      if (result.status !== 0) throw new Error(`whole-repository run failed (${result.status}): ${result.stderr}`);
      if (e === 0) said = result.stderr.trim().split('\n').at(-1) ?? '';
      if (i > 0) walls[e]!.push(wall);
    }
  }
  const summary = (w: number[]): Stats => ({ median: median(w), min: Math.min(...w), max: Math.max(...w) });
  wholeRun = { files: summary(walls[0]!), noGit: summary(walls[1]!), said };
}

/** Commits FILES source files in `dir`, then edits one line of each and stages them (an ordinary commit); returns `dir`. */
function stagedEdit(dir: string): string {
  for (let f = 0; f < FILES; f++) writeFileSync(join(dir, `src-${f}.js`), sourceFile(f, LINES));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
  for (let f = 0; f < FILES; f++) writeFileSync(join(dir, `src-${f}.js`), sourceFile(f, LINES, 1001 + f));
  git(dir, 'add', '-A');
  return dir;
}
try {
  if (AS_INSTALLED && BASELINE_CLI) {
    const scratch = mkdtempSync(join(tmpdir(), 'leakgate-hook-bench-install-'));
    repos.push(scratch);
    git(scratch, 'init', '-q');
    execFileSync(process.execPath, [BASELINE_CLI, 'install'], { cwd: scratch, env, stdio: 'ignore' });
  }
  if (!WHOLE_ONLY) {
    rows.push(row('node -e 0 (floor)', time(process.execPath, ['-e', '0'], tmpdir(), '', false)));

    // An ordinary commit: 10 files of 2,000 lines already in history, a few lines changed in each, staged.
    const ordinary = stagedEdit(newRepo());
    const preCommit = join(ordinary, '.git', 'hooks', 'pre-commit');
    rows.push(row(`pre-commit, ${FILES} modified files of ${LINES} lines staged`, time(preCommit, [], ordinary, '', true, floorHook()), 150));

    // The same commit in a repository with a config (as `leakgate init` leaves one, plus an allowed value and a
    // severity override): the config is parsed once, then remembered; the built-in rules still run in-process.
    const configured = newRepo();
    writeFileSync(
      join(configured, '.leakgate.yaml'),
      'failOn: low\nallowlist:\n  paths: ["vendor/**"]\n  values: ["a-value-we-accept"]\noverrides:\n  generic.password-assignment:\n    severity: low\n',
    );
    stagedEdit(configured);
    rows.push(row(`pre-commit, the same with a .leakgate.yaml (allowlist, override)`, time(join(configured, '.git', 'hooks', 'pre-commit'), [], configured, '', true, floorHook()), 150));

    // The same 10 files added whole (every line is new and scanned).
    const added = newRepo();
    writeFileSync(join(added, 'README'), 'x\n');
    git(added, 'add', '-A');
    git(added, 'commit', '-q', '--no-verify', '-m', 'base');
    for (let f = 0; f < FILES; f++) writeFileSync(join(added, `src-${f}.js`), sourceFile(f, LINES));
    git(added, 'add', '-A');
    rows.push(row(`pre-commit, ${FILES} new files of ${LINES} lines staged`, time(join(added, '.git', 'hooks', 'pre-commit'), [], added, '', true, floorHook()), 150));

    // One line edited in a large file: only the added line and 16 KiB around it are read.
    const large = newRepo();
    const LARGE_LINES = 15_000;
    writeFileSync(join(large, 'generated.js'), sourceFile(42, LARGE_LINES));
    git(large, 'add', '-A');
    git(large, 'commit', '-q', '--no-verify', '-m', 'base');
    writeFileSync(join(large, 'generated.js'), sourceFile(42, LARGE_LINES, 7_501));
    git(large, 'add', '-A');
    rows.push(row(`pre-commit, one line edited in a file of ${LARGE_LINES} lines`, time(join(large, '.git', 'hooks', 'pre-commit'), [], large, '', true, floorHook())));

    // Nothing staged (git commit --allow-empty), and nothing scannable (a binary file).
    git(ordinary, 'commit', '-q', '--no-verify', '-m', 'edits');
    rows.push(row('pre-commit, empty commit (nothing staged)', time(preCommit, [], ordinary, '', true, floorHook()), 100));
    writeFileSync(join(ordinary, 'image.bin'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.alloc(64 * 1024, 7)]));
    git(ordinary, 'add', 'image.bin');
    rows.push(row('pre-commit, only a binary file staged', time(preCommit, [], ordinary, '', true, floorHook()), 100));
    git(ordinary, 'commit', '-q', '--no-verify', '-m', 'binary');

    // pre-push of one new commit touching the 10 files, remote-tracking ref at the commit before.
    const before = git(ordinary, 'rev-parse', 'HEAD').trim();
    git(ordinary, 'update-ref', 'refs/remotes/origin/main', before);
    for (let f = 0; f < FILES; f++) writeFileSync(join(ordinary, `src-${f}.js`), sourceFile(f, LINES, 1501 + f));
    git(ordinary, 'commit', '-q', '--no-verify', '-am', 'one more');
    const after = git(ordinary, 'rev-parse', 'HEAD').trim();
    const input = `refs/heads/main ${after} refs/heads/main ${before}\n`;
    rows.push(row(`pre-push, 1 new commit changing ${FILES} files`, time(join(ordinary, '.git', 'hooks', 'pre-push'), ['origin', 'unused-url'], ordinary, input)));

  }
  if (!HOOKS_ONLY) measureWholeRun();
} finally {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
}

const cores = cpus().length;
console.log(`hook latency, ${RUNS} runs after one warm-up, ${cores} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}\n`);
const labels = VARIANTS.map((v) => v.label);
if (BASELINE_CLI) console.log(`baseline: ${BASELINE_CLI}; both builds run without NODE_EXTRA_CA_CERTS, alternating${AS_INSTALLED ? '; each build ran install first' : ''}.\n`);
else if (VARIANTS.length > 1) {
  console.log(
    `NODE_EXTRA_CA_CERTS is set (${extraCerts}): Node loads that certificate file at every start-up, scan or not.\n` +
      `"as run" keeps the environment as it is (the hooks unset the variable for leakgate's Node); "without\n` +
      `NODE_EXTRA_CA_CERTS" runs the same hooks with that variable removed beforehand. Runs alternate.\n`,
  );
}
const fmt = (n: number): string => n.toFixed(0);
const ratio = BASELINE_CLI ? ' ratio |' : '';
console.log(`| scenario | ${labels.map((l) => `median ms ${l} | min-max`).join(' | ')} |${ratio} floor ms | target | hook said |`);
console.log(`|---|${labels.map(() => '---:|---:').join('|')}|${BASELINE_CLI ? '---:|' : ''}---:|---|---|`);
for (const r of rows) {
  const ok = r.target === undefined ? '' : `${r.stats.map((s) => (s.median <= r.target! ? 'ok' : 'OVER')).join(' / ')} < ${r.target}`;
  const vs = BASELINE_CLI ? ` ${(r.stats[0]!.median / r.stats[1]!.median).toFixed(2)}x |` : '';
  const floor = r.floor ? fmt(r.floor.median) : '';
  console.log(`| ${r.scenario} | ${r.stats.map((s) => `${fmt(s.median)} | ${fmt(s.min)}-${fmt(s.max)}`).join(' | ')} |${vs} ${floor} | ${ok} | ${r.note} |`);
}
console.log(
  '\nfloor: the least a pre-commit hook run by Node can take here, measured in the same rounds: a hook script that starts\n' +
    'Node to run git diff-index --cached and read the staged blobs (loose files inflated, else git cat-file), nothing else.',
);
if (wholeRun) {
  const { files, noGit, said } = wholeRun;
  console.log(`\nwhole-repository run, ${WHOLE_FILES.toLocaleString('en-US')} committed files, ${RUNS} runs each, alternating (target: --files within 1.10x of --no-git):\n`);
  console.log('| command | median ms | min-max |\n|---|---:|---:|');
  console.log(`| scan --files -- <every file> | ${fmt(files.median)} | ${fmt(files.min)}-${fmt(files.max)} |`);
  console.log(`| scan --no-git . | ${fmt(noGit.median)} | ${fmt(noGit.min)}-${fmt(noGit.max)} |`);
  console.log(`\nratio ${(files.median / noGit.median).toFixed(2)}x; --files said: ${said}`);
}
