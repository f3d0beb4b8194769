// `npm run bench`: measures leakgate's full-history scan against the git floors and the peers that run here, hook
// latency, scaling with history size, rule count and workers, and the incremental cache; prints markdown tables.
// Never part of `npm test`. Everything it writes goes under .bench/ (git-ignored); the repositories given with
// --repo are only read (commands that need a work tree or write a cache use a --shared clone under .bench/clones/).
//
//   npm run bench -- [--size small|medium|large]... [--repo PATH]... [--runs N] [--sections LIST] [--out FILE]
//                    [--baseline DIR]
//
// Sections: history (leakgate vs floors), peers (gitleaks, betterleaks, TruffleHog, Kingfisher where installed, as
// bench/PEERS.md says; git-secrets, secretlint), hook, rules, workers, cache, accuracy (credential formats: recall
// and false findings, bench/accuracy.ts; needs no repository).
//
// --baseline DIR: the history section also runs another build (a checkout, or `git archive <rev> dist | tar -x -C
// DIR` plus package.json) in the same rounds, alternating which build goes first, and adds a table of the two
// builds' medians and their ratio. On a shared machine whose speed drifts by 10-20% within minutes, this is how
// two builds are compared fairly; numbers from separate runs are not comparable.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRepo, SIZES, type SizeName } from './generate.js';
import { machine, measure, median, spread, type Measurement } from './measure.js';
import { peerError, peers, type Peer } from './peers.js';
import { syntheticRulePack } from './synthetic-rules.js';
import { accuracyTables } from './accuracy.js';

const ROOT = resolve(join(import.meta.dirname, '..', '..'));
const CLI = join(ROOT, 'dist', 'cli.cjs');
const WORK = join(ROOT, '.bench');
/** The scan cache of every run here (leakgate keeps it in the user's cache directory otherwise). */
const BENCH_CACHE = join(WORK, 'scan-cache');
process.env.LEAKGATE_CACHE_DIR = BENCH_CACHE;
const ALL_SECTIONS = ['history', 'peers', 'hook', 'rules', 'workers', 'cache', 'accuracy'] as const;
type Section = (typeof ALL_SECTIONS)[number];

const { values } = parseArgs({
  options: {
    size: { type: 'string', multiple: true },
    repo: { type: 'string', multiple: true },
    runs: { type: 'string' },
    sections: { type: 'string' },
    out: { type: 'string' },
    'peer-timeout': { type: 'string' },
    'scale-repo': { type: 'string' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
  process.exit(0);
}
const sizes = (values.size ?? ['small', 'medium', 'large']) as SizeName[];
for (const s of sizes) if (!(s in SIZES)) throw new Error(`--size: expected small, medium or large, got "${s}"`);
const runs = Number(values.runs ?? 3);
const sections = new Set((values.sections?.split(',') ?? ALL_SECTIONS) as Section[]);
const peerTimeout = Number(values['peer-timeout'] ?? 600);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
/** The baseline build's CLI (--baseline): dist/cli.cjs, or dist/cli.js in builds from before the CommonJS CLI. */
const BASELINE_CLI =
  values.baseline === undefined ? undefined : [join(values.baseline, 'dist', 'cli.cjs'), join(values.baseline, 'dist', 'cli.js')].find((f) => existsSync(f));
if (values.baseline !== undefined && BASELINE_CLI === undefined) throw new Error(`--baseline ${values.baseline}: no dist/cli.cjs or dist/cli.js there`);

interface Target {
  readonly name: string;
  readonly dir: string;
  /** Synthetic repositories are ours to write into; given ones are cloned (--shared) before anything writes. */
  readonly synthetic: boolean;
  readonly planted?: number;
}

const git = (cwd: string, args: string[], input?: string): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** A --shared mirror clone of `repo` with a work tree, under .bench/clones (objects are borrowed, not copied). */
function workClone(target: Target, checkout: boolean): string {
  // Not named after the repository alone: TruffleHog 3.90 skips, silently, a work tree whose path ends in "git"
  // (git/git's clone would be `clones/git+git`).
  const dest = join(WORK, 'clones', `${target.name}.worktree`);
  if (!existsSync(join(dest, '.git'))) {
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(dest, { recursive: true });
    execFileSync('git', ['clone', '-q', '--mirror', '--shared', target.dir, join(dest, '.git')]);
    git(dest, ['config', 'core.bare', 'false']);
  }
  if (checkout && !existsSync(join(dest, '.checked-out'))) {
    git(dest, ['checkout', '-q', '-f', 'HEAD']);
    writeFileSync(join(dest, '.git', 'info', 'exclude'), '.checked-out\n');
    writeFileSync(join(dest, '.checked-out'), '');
  }
  return dest;
}

/** The HEAD tree of a repository as plain files (for tree scanners). */
function headTree(target: Target): string {
  const dest = join(WORK, 'trees', target.name);
  if (!existsSync(dest)) {
    mkdirSync(dest, { recursive: true });
    execFileSync('sh', ['-c', 'git -C "$1" archive HEAD | tar -x -C "$2"', 'sh', target.dir, dest]);
  }
  return dest;
}

interface Scan {
  readonly m: Measurement;
  readonly blobs: number;
  readonly bytes: number;
  readonly findings: number;
  readonly cached: number;
  /** Commits of the stored walk not walked again (incremental audits). */
  readonly cachedCommits: number;
  readonly commits: number;
  readonly report: { findings: unknown[]; diagnostics: unknown[]; health?: unknown };
}

async function leakgate(args: string[], cwd = ROOT, cli = CLI): Promise<Scan> {
  const out = join(WORK, `report-${process.pid}.json`);
  const m = await measure([process.execPath, cli, 'scan', ...args, '--format', 'json', '--output', out, '--quiet'], { cwd });
  if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(`leakgate ${args.join(' ')} failed (${m.exitCode}): ${m.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    scan: { blobs: number; bytes: number; commits: number; cachedBlobs?: number; cachedCommits?: number };
    findings: unknown[];
    diagnostics: unknown[];
    health?: unknown;
  };
  rmSync(out, { force: true });
  return {
    m,
    blobs: report.scan.blobs,
    bytes: report.scan.bytes,
    findings: report.findings.length,
    cached: report.scan.cachedBlobs ?? 0,
    cachedCommits: report.scan.cachedCommits ?? 0,
    commits: report.scan.commits,
    report,
  };
}

/** Runs `fn` `n` times (fewer when one run is long: the issue's targets are one-run ratios on large histories). */
async function repeat<T extends { m: Measurement } | Measurement>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const result = await fn();
    out.push(result);
    if (wallOf([result])[0]! > 120 && i === 0) break;
  }
  return out;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const wallOf = (list: readonly ({ m: Measurement } | Measurement)[]): number[] => list.map((x) => ('m' in x ? x.m : x).wallS);
/** "12.3 (±4%)": median wall seconds and the spread of the runs. */
function cell(list: readonly ({ m: Measurement } | Measurement)[]): string {
  const walls = wallOf(list);
  const timedOut = list.some((x) => ('m' in x ? x.m : x).timedOut);
  if (timedOut) return `> ${fmt(Math.max(...walls), 0)} (stopped)`;
  const s = spread(walls);
  return list.length > 1 ? `${fmt(median(walls), 2)} (±${Math.round((s * 100) / 2)}%)` : fmt(median(walls), 2);
}
const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : 'n/a');

const tables: string[] = [];
const notes: string[] = [];
const verdicts: string[] = [];
let writePartial: () => void = () => undefined;
const section = (title: string, header: string[], rows: string[][]): void => {
  setImmediate(() => writePartial());
  tables.push(`### ${title}\n\n| ${header.join(' | ')} |\n|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
};

/**
 * The pre-commit scenario of the hook bench for every scanner: a work tree with 10 files of the small synthetic
 * repository changed and staged, each scanner's pre-commit command run 10 times after one warm-up.
 */
async function stagedPeers(present: readonly Peer[]): Promise<string[][]> {
  const repoDir = join(WORK, 'peer-hook-repo');
  rmSync(repoDir, { recursive: true, force: true });
  mkdirSync(join(repoDir, 'change'), { recursive: true });
  git(repoDir, ['init', '-q']);
  git(repoDir, ['config', 'user.email', 'bench@example.test']);
  git(repoDir, ['config', 'user.name', 'bench']);
  const source = join(WORK, 'repos', sizes[0] ?? 'small');
  if (!existsSync(source)) return [];
  const files = git(source, ['ls-tree', '-r', '--name-only', 'HEAD']).split('\n').filter(Boolean).slice(0, 10);
  files.forEach((f, i) => writeFileSync(join(repoDir, 'change', `file-${i}.txt`), git(source, ['show', `HEAD:${f}`])));
  git(repoDir, ['add', '.']);
  git(repoDir, ['commit', '-q', '-m', 'base']);
  files.forEach((f, i) => writeFileSync(join(repoDir, 'change', `file-${i}.txt`), `${git(source, ['show', `HEAD:${f}`])}\nconst added = ${i};\n`));
  git(repoDir, ['add', '.']);
  const rows: string[][] = [];
  const runners: Array<{ name: string; run: () => Promise<{ m: Measurement; findings: number | undefined }> }> = [
    { name: 'leakgate scan --staged', run: async () => { const s = await leakgate(['--staged'], repoDir); return { m: s.m, findings: s.findings }; } },
    ...present.filter((p) => !p.name.includes(' ')).map((p) => ({
      name: `${p.name} ${p.version}: ${p.staged('.', WORK).argv.slice(1, 3).join(' ')}`,
      run: async () => {
        const r = p.staged(repoDir, WORK);
        const m = await measure([...r.argv], { cwd: repoDir, timeoutS: 120 });
        const findings = r.findings(m);
        r.cleanup?.();
        return { m, findings };
      },
    })),
  ];
  const results = new Map<string, { m: Measurement; findings: number | undefined }[]>(runners.map((r) => [r.name, []]));
  for (const r of runners) await r.run(); // warm-up
  for (let i = 0; i < 10; i++) for (const r of runners) results.get(r.name)!.push(await r.run());
  for (const r of runners) {
    const walls = results.get(r.name)!.map((x) => x.m.wallS * 1000);
    rows.push([r.name, fmt(median(walls), 0), fmt(Math.min(...walls), 0), fmt(Math.max(...walls), 0), String(results.get(r.name)![0]!.findings ?? 'n/a')]);
  }
  return rows;
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const startMachine = machine();
  const out = values.out ?? join(WORK, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  const render = (endLoad: string): string => {
    const node = process.version;
    const gitVersion = git(ROOT, ['--version']).trim();
    const head = `## leakgate benchmark\n\nMachine: ${startMachine.cpu}, ${startMachine.cores} cores, ${startMachine.memGB} GB RAM; Node ${node}; ${gitVersion}. ` +
      `Load average at start ${startMachine.load}, at end ${endLoad} (other processes share this machine: ` +
      `times are medians of interleaved runs, the ± figure is half the max-min spread).\n`;
    return [head, ...tables, verdicts.length ? `### Targets\n\n${verdicts.map((v) => `- ${v}`).join('\n')}\n` : '', notes.length ? `### Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : '']
      .filter(Boolean)
      .join('\n');
  };
  writePartial = () => writeFileSync(out, render(`${machine().load} (partial results: still running)`));
  const targets: Target[] = [];
  if (sections.has('accuracy')) {
    log('accuracy: credential formats');
    const { perFormat, totals, summary } = await accuracyTables();
    section('Credential accuracy (generated corpus, built-in rules)', ['format', 'path', 'found', 'confidence', 'false findings / quiet twins'], perFormat);
    section('Credential accuracy, totals', ['measure', 'value'], totals);
    verdicts.push(`accuracy: ${summary}`);
  }
  // Only the accuracy section runs without repositories.
  const repoSections = [...sections].some((s) => s !== 'accuracy');
  for (const size of repoSections ? sizes : []) {
    log(`generating the ${size} synthetic repository (cached under .bench/repos/${size})`);
    const repo = await generateRepo(size, join(WORK, 'repos', size), log);
    targets.push({ name: `synthetic-${size}`, dir: repo.dir, synthetic: true, planted: repo.planted.filter((p) => p.ruleId !== 'aws').length });
  }
  for (const path of values.repo ?? []) {
    const dir = resolve(path);
    targets.push({ name: basename(dir.replace(/\/(\.git|repo)$/, '')).replace(/[^A-Za-z0-9._+-]/g, '_'), dir, synthetic: false });
  }
  const commitsOf = (t: Target): number => Number(git(t.dir, ['rev-list', '--all', '--count']).trim());
  const scans = new Map<string, Scan[]>();

  if (sections.has('history')) {
    const rows: string[][] = [];
    const floorRows: string[][] = [];
    const baselineRows: string[][] = [];
    for (const t of targets) {
      log(`history: ${t.name}`);
      const ours: Scan[] = [];
      const base: Scan[] = [];
      const catFile: Measurement[] = [];
      const unordered: Measurement[] = [];
      const logP: Measurement[] = [];
      // Interleaved rounds, so that load from other processes falls on every command alike.
      for (let i = 0; i < runs; i++) {
        // With a baseline, the two builds take turns going first.
        if (BASELINE_CLI && i % 2 === 1) base.push(await leakgate([t.dir, '--no-cache'], ROOT, BASELINE_CLI));
        ours.push(await leakgate([t.dir, '--no-cache']));
        if (BASELINE_CLI && i % 2 === 0) base.push(await leakgate([t.dir, '--no-cache'], ROOT, BASELINE_CLI));
        catFile.push(await measure(['git', '-C', t.dir, 'cat-file', '--batch-all-objects', '--batch'], { discardStdout: true }));
        unordered.push(await measure(['git', '-C', t.dir, 'cat-file', '--batch-all-objects', '--unordered', '--batch'], { discardStdout: true }));
        logP.push(await measure(['git', '-C', t.dir, 'log', '-p', '--all'], { discardStdout: true }));
        if (ours[0]!.m.wallS > 120) break;
      }
      // A history with missing objects (partial clones, snapshots without large blobs) makes `git log -p` die at
      // the first one. Measure it again in a --shared clone where each missing blob is replaced (`git replace`)
      // by a one-line blob, so the floor is a whole walk (those few large blobs excepted).
      let logNote = '';
      const missing = (ours[0]!.report.diagnostics as { code: string; blobId?: string }[]).filter((d) => d.code === 'missing-object' && d.blobId);
      if (logP.some((m) => m.exitCode !== 0) && missing.length > 0) {
        const clone = workClone(t, false);
        const placeholder = git(clone, ['hash-object', '-w', '--stdin'], 'missing from this copy\n').trim();
        for (const id of new Set(missing.map((d) => d.blobId!))) git(clone, ['replace', '-f', id, placeholder]);
        logP.length = 0;
        for (let i = 0; i < Math.min(runs, ours.length); i++) {
          logP.push(await measure(['git', '-C', clone, 'log', '-p', '--exclude=refs/replace/*', '--all'], { discardStdout: true }));
        }
        logNote = ` (${missing.length} missing blobs replaced)`;
      }
      scans.set(t.name, ours);
      const wall = median(wallOf(ours));
      const cpu = median(ours.map((s) => s.m.cpuS));
      const mb = ours[0]!.bytes / 1e6;
      rows.push([
        t.name,
        String(commitsOf(t)),
        String(ours[0]!.blobs),
        fmt(mb, 0),
        cell(ours),
        fmt(cpu, 1),
        fmt(mb / wall, 0),
        fmt(Math.max(...ours.map((s) => s.m.nodeRssMB)), 0),
        fmt(Math.max(...ours.map((s) => s.m.otherRssMB)), 0),
        t.planted !== undefined ? `${ours[0]!.findings} (${t.planted} planted)` : String(ours[0]!.findings),
      ]);
      const logFailed = logP.some((m) => m.exitCode !== 0);
      floorRows.push([
        t.name,
        cell(ours),
        cell(catFile),
        ratio(wall, median(wallOf(catFile))),
        cell(unordered),
        ratio(wall, median(wallOf(unordered))),
        `${cell(logP)}${logFailed ? ' (git died: missing objects)' : logNote}`,
        ratio(wall, median(wallOf(logP))),
        [cpu, ...[catFile, unordered, logP].map((l) => median(l.map((m) => m.cpuS)))].map((v) => fmt(v, 1)).join(' / '),
      ]);
      if (BASELINE_CLI) {
        const baseWall = median(wallOf(base));
        const rss = (l: Scan[]): string => fmt(Math.max(...l.map((x) => x.m.nodeRssMB)), 0);
        baselineRows.push([
          t.name,
          cell(ours),
          cell(base),
          ratio(wall, baseWall),
          `${fmt(cpu, 1)} / ${fmt(median(base.map((x) => x.m.cpuS)), 1)}`,
          `${rss(ours)} / ${rss(base)}`,
          ours[0]!.findings === base[0]!.findings ? `${ours[0]!.findings} (same)` : `${ours[0]!.findings} / ${base[0]!.findings} (DIFFER)`,
        ]);
      }
      const catRatio = wall / median(wallOf(catFile));
      const logRatio = wall / median(wallOf(logP));
      verdicts.push(
        `${t.name}: wall ${ratio(wall, median(wallOf(catFile)))} the cat-file floor (target <= 1.5x: ${catRatio <= 1.5 ? 'met' : 'NOT met'}), ` +
          `${ratio(wall, median(wallOf(logP)))} git log -p --all (target <= 0.5x: ${logRatio <= 0.5 ? 'met' : 'NOT met'}), ` +
          `peak RSS of our process ${fmt(Math.max(...ours.map((s) => s.m.nodeRssMB)), 0)} MB (target < 300 MB: ${Math.max(...ours.map((s) => s.m.nodeRssMB)) < 300 ? 'met' : 'NOT met'})`,
      );
    }
    section(
      'Full-history scan (leakgate scan --no-cache, every ref)',
      ['repository', 'commits', 'unique blobs', 'MB scanned', 'wall s', 'CPU s', 'MB/s', 'peak RSS leakgate MB', 'peak RSS git MB', 'findings'],
      rows,
    );
    if (BASELINE_CLI) {
      section(
        `Against the baseline build (${BASELINE_CLI}; same rounds, alternating which goes first)`,
        ['repository', 'this build s', 'baseline s', 'ratio', 'CPU s: this / baseline', 'peak RSS MB: this / baseline', 'findings'],
        baselineRows,
      );
    }
    section(
      'Against the git floors (same repository, same run, interleaved)',
      ['repository', 'leakgate s', 'cat-file --batch-all-objects --batch s', 'ratio', '... --unordered s', 'ratio', 'git log -p --all s', 'ratio', 'CPU s: leakgate / cat-file / --unordered / log -p'],
      floorRows,
    );
  }

  if (sections.has('peers')) {
    const list = peers();
    for (const p of list) if (!p.bin) notes.push(`${p.name}: ${p.missing}`);
    const present = list.filter((p) => p.bin);
    const historyRows: string[][] = [];
    for (const t of targets) {
      log(`peers (history): ${t.name}`);
      const ours: Scan[] = [];
      const theirs = new Map<string, { m: Measurement; findings: number | undefined }[]>(present.map((p) => [p.name, []]));
      // Interleaved rounds: leakgate, then each peer, so that load from other processes falls on all alike.
      for (let i = 0; i < runs; i++) {
        ours.push(await leakgate([t.dir, '--no-cache']));
        for (const p of present) {
          const run = p.history(p.needsWorkTree ? workClone(t, false) : t.dir, WORK);
          const m = await measure([...run.argv], { discardStdout: false, timeoutS: peerTimeout });
          theirs.get(p.name)!.push({ m, findings: run.findings(m) });
          run.cleanup?.();
        }
        if (ours[0]!.m.wallS > 120) break;
      }
      const wall = median(wallOf(ours));
      historyRows.push([t.name, 'leakgate', cell(ours), '1.00x', fmt(median(ours.map((s) => s.m.cpuS)), 1), `${fmt(Math.max(...ours.map((s) => s.m.nodeRssMB)), 0)} (git ${fmt(Math.max(...ours.map((s) => s.m.otherRssMB)), 0)})`, String(ours[0]!.findings), [...new Set(ours.map((s) => String(s.m.exitCode)))].join(',')]);
      for (const p of present) {
        const runsOf = theirs.get(p.name)!;
        const exits = [...new Set(runsOf.map((r) => (r.m.timedOut ? 'timeout' : String(r.m.exitCode))))].join(',');
        const error = runsOf.map((r) => peerError(r.m)).find(Boolean);
        const why = error ? ` (${error.replace(/\|/g, '\\|')})` : '';
        historyRows.push([
          t.name,
          `${p.name} ${p.version}`,
          cell(runsOf.map((r) => r.m)),
          ratio(median(wallOf(runsOf.map((r) => r.m))), wall),
          fmt(median(runsOf.map((r) => r.m.cpuS)), 1),
          fmt(Math.max(...runsOf.map((r) => r.m.otherRssMB)), 0),
          String(runsOf[0]!.findings ?? 'n/a'),
          exits + why,
        ]);
      }
    }
    section(
      'Secret scanners, full history (every ref; no network, no verification, default rules; ratio = peer time / leakgate time)',
      ['repository', 'scanner', 'wall s', 'ratio', 'CPU s', 'peak RSS MB (largest process; leakgate: node, and git apart)', 'findings', 'exit'],
      historyRows,
    );
    const stagedRows = await stagedPeers(present);
    if (stagedRows.length > 0) {
      section('Secret scanners, pre-commit (10 changed files staged; each scanner\'s documented pre-commit command; 10 runs)', ['scanner', 'median ms', 'min ms', 'max ms', 'findings'], stagedRows);
    }
    const rows: string[][] = [];
    for (const t of targets) {
      log(`peers: ${t.name}`);
      const clone = workClone(t, true);
      const hasGitSecrets = (() => {
        try {
          git(clone, ['secrets', '--register-aws']);
          return true;
        } catch {
          return false;
        }
      })();
      const secrets = hasGitSecrets ? await repeat(1, () => measure(['git', 'secrets', '--scan-history'], { cwd: clone, discardStdout: true, timeoutS: peerTimeout })) : [];
      const ours = scans.get(t.name) ?? [await leakgate([t.dir, '--no-cache'])];
      const tree = headTree(t);
      const rc = join(WORK, 'secretlintrc.json');
      writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
      const secretlintBin = join(WORK, 'peers', 'node_modules', '.bin', 'secretlint');
      const lint = existsSync(secretlintBin)
        ? await repeat(runs, () => measure([secretlintBin, '--secretlintrc', rc, '**/*'], { cwd: tree, discardStdout: true, timeoutS: peerTimeout }))
        : [];
      const oursTree = await repeat(runs, () => leakgate(['--no-git', tree]));
      rows.push([
        t.name,
        secrets.length ? cell(secrets) : 'not installed',
        cell(ours),
        secrets.length ? ratio(median(wallOf(ours)), median(wallOf(secrets))) : 'n/a',
        lint.length ? cell(lint) : 'not installed',
        cell(oursTree),
        lint.length ? ratio(median(wallOf(oursTree)), median(wallOf(lint))) : 'n/a',
      ]);
    }
    if (!existsSync(join(WORK, 'peers', 'node_modules', '.bin', 'secretlint'))) {
      notes.push('secretlint was not installed: `npm install --prefix .bench/peers secretlint@12 @secretlint/secretlint-rule-preset-recommend@12`');
    }
    section(
      'Peers (git-secrets 1.3.0 with --register-aws; secretlint 12 with the recommended preset on the HEAD tree)',
      ['repository', 'git-secrets --scan-history s', 'leakgate history s', 'ratio', 'secretlint HEAD tree s', 'leakgate --no-git HEAD tree s', 'ratio'],
      rows,
    );
  }

  if (sections.has('hook')) {
    log('hook latency');
    const help = (await measure([process.execPath, CLI, 'scan', '--help'])).stdout;
    const staged = help.includes('--staged');
    const repoDir = join(WORK, 'hook-repo');
    rmSync(repoDir, { recursive: true, force: true });
    mkdirSync(repoDir, { recursive: true });
    git(repoDir, ['init', '-q']);
    git(repoDir, ['config', 'user.email', 'bench@example.test']);
    git(repoDir, ['config', 'user.name', 'bench']);
    const source = join(WORK, 'repos', sizes[0] ?? 'small');
    const files = existsSync(source) ? git(source, ['ls-tree', '-r', '--name-only', 'HEAD']).split('\n').filter(Boolean).slice(0, 10) : [];
    const stagedDir = join(repoDir, 'change');
    mkdirSync(stagedDir, { recursive: true });
    files.forEach((f, i) => writeFileSync(join(stagedDir, `file-${i}.txt`), git(source, ['show', `HEAD:${f}`])));
    git(repoDir, ['add', '.']);
    const args = staged ? ['--staged'] : ['--no-git', stagedDir];
    await leakgate(args, repoDir); // warm the file cache
    const hook = await repeat(10, () => leakgate(args, repoDir));
    const base = await repeat(10, () => measure([process.execPath, '-e', '0']));
    const walls = wallOf(hook).map((s) => s * 1000);
    section('Hook latency (10-file change, 10 runs)', ['command', 'median ms', 'min ms', 'max ms'], [
      [`leakgate scan ${staged ? '--staged' : '--no-git DIR'} (${files.length} files)`, fmt(median(walls), 0), fmt(Math.min(...walls), 0), fmt(Math.max(...walls), 0)],
      ['node -e 0 (start-up floor)', fmt(median(wallOf(base)) * 1000, 0), fmt(Math.min(...wallOf(base)) * 1000, 0), fmt(Math.max(...wallOf(base)) * 1000, 0)],
    ]);
    if (!staged) notes.push('`scan --staged` is not in this build yet: hook latency is measured as `scan --no-git` on a directory of the same 10 files.');
  }

  const scaleTarget = targets.find((t) => t.name === (values['scale-repo'] ?? 'synthetic-medium')) ?? targets[0];
  if (sections.has('rules') && scaleTarget) {
    log(`rules scaling: ${scaleTarget.name}`);
    const pack = join(WORK, 'synthetic-200.yaml');
    writeFileSync(pack, syntheticRulePack(200));
    const builtinCount = JSON.parse(readFileSync(join(ROOT, 'dist', 'builtin-rules.json'), 'utf8')).length as number;
    const base: Scan[] = [];
    const more: Scan[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(await leakgate([scaleTarget.dir, '--no-cache']));
      more.push(await leakgate([scaleTarget.dir, '--no-cache', '--rules', pack]));
    }
    const r = median(wallOf(more)) / median(wallOf(base));
    section(`Rule count (${scaleTarget.name})`, ['rules', 'wall s', 'CPU s', 'ratio'], [
      [`built-in (${builtinCount})`, cell(base), fmt(median(base.map((s) => s.m.cpuS))), '1.00x'],
      [`built-in + 200 synthetic (${builtinCount + 200})`, cell(more), fmt(median(more.map((s) => s.m.cpuS))), ratio(median(wallOf(more)), median(wallOf(base)))],
    ]);
    verdicts.push(`200 extra rules cost ${r.toFixed(2)}x on ${scaleTarget.name} (target < 1.5x: ${r < 1.5 ? 'met' : 'NOT met'})`);
  }

  if (sections.has('workers') && scaleTarget) {
    log(`workers scaling: ${scaleTarget.name}`);
    const rows: string[][] = [];
    const byWorkers = new Map<number, Scan[]>();
    for (let i = 0; i < runs; i++) {
      for (const w of [1, 2]) {
        const list = byWorkers.get(w) ?? [];
        list.push(await leakgate([scaleTarget.dir, '--no-cache', '--workers', String(w)]));
        byWorkers.set(w, list);
      }
    }
    const one = median(wallOf(byWorkers.get(1)!));
    for (const [w, list] of byWorkers) rows.push([String(w), cell(list), fmt(median(list.map((s) => s.m.cpuS))), ratio(one, median(wallOf(list)))]);
    section(`Workers (${scaleTarget.name})`, ['workers', 'wall s', 'CPU s', 'speed-up'], rows);
  }

  if (sections.has('history') && targets.length > 1) {
    const rows = targets
      .filter((t) => t.synthetic)
      .map((t) => {
        const list = scans.get(t.name) ?? [];
        return [t.name, String(commitsOf(t)), fmt((list[0]?.bytes ?? NaN) / 1e6, 0), cell(list), fmt(Math.max(...list.map((s) => s.m.nodeRssMB)), 0)];
      });
    if (rows.length > 1) section('History size (synthetic)', ['repository', 'commits', 'MB', 'wall s', 'peak RSS leakgate MB'], rows);
  }

  if (sections.has('cache')) {
    const rows: string[][] = [];
    for (const t of targets) {
      log(`cache: ${t.name}`);
      const clone = workClone(t, false);
      const main = git(clone, ['symbolic-ref', '-q', 'HEAD']).trim();
      const head = git(clone, ['rev-parse', 'HEAD']).trim();
      rmSync(BENCH_CACHE, { recursive: true, force: true });
      // The built-in packs as they ship (file rules, path-limited rules, health figures): no config in the clone.
      const first = await leakgate([clone]);
      // One new commit with one changed file and a planted token, made with plumbing (no work tree needed).
      const { expandExample } = await import('../src/rulecheck/examples.js');
      const blob = git(clone, ['hash-object', '-w', '--stdin'], `const token = "${expandExample('ghp_{crc32:30}', `cache-${t.name}`)}";\n`).trim();
      const index = join(WORK, `index-${process.pid}`);
      const env = { ...process.env, GIT_INDEX_FILE: index };
      execFileSync('git', ['read-tree', head], { cwd: clone, env });
      execFileSync('git', ['update-index', '--add', '--cacheinfo', `100644,${blob},leakgate-bench/new-file.js`], { cwd: clone, env });
      const tree = execFileSync('git', ['write-tree'], { cwd: clone, env, encoding: 'utf8' }).trim();
      rmSync(index, { force: true });
      const commit = git(clone, ['-c', 'user.name=bench', '-c', 'user.email=bench@example.test', 'commit-tree', tree, '-p', head, '-m', 'one more commit']).trim();
      git(clone, ['update-ref', main, commit]);
      try {
        const second = await leakgate([clone]);
        const cold = await leakgate([clone, '--no-cache']);
        const same = (key: 'findings' | 'diagnostics' | 'health'): boolean => JSON.stringify(second.report[key]) === JSON.stringify(cold.report[key]);
        const identical = same('findings') && same('diagnostics') && same('health');
        const r = second.m.wallS / first.m.wallS;
        rows.push([
          t.name,
          fmt(first.m.wallS, 2),
          fmt(second.m.wallS, 2),
          `${(r * 100).toFixed(1)}%`,
          `${second.cached} of ${second.blobs}`,
          `${second.commits - second.cachedCommits} of ${second.commits}`,
          fmt(cold.m.wallS, 2),
          identical ? 'yes' : 'NO',
        ]);
        verdicts.push(`${t.name}: second scan after one commit took ${(r * 100).toFixed(1)}% of the first (target < 10%: ${r < 0.1 ? 'met' : 'NOT met'}), findings identical: ${identical ? 'yes' : 'NO'}`);
      } finally {
        git(clone, ['update-ref', main, head]);
      }
    }
    section(
      'Incremental audit with the built-in packs (scan cache under .bench/scan-cache/)',
      [
        'repository',
        'first scan s (writes the cache)',
        'after 1 new commit s',
        'ratio',
        'blobs from the cache',
        'commits walked',
        'same without cache s',
        'identical findings, diagnostics and health',
      ],
      rows,
    );
  }

  const text = render(machine().load);
  process.stdout.write(text);
  writeFileSync(out, text);
  log(`written to ${out}`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
