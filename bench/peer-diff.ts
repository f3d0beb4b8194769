// `npm run bench:peer-diff`: what each peer scanner finds that leakgate does not, and what leakgate finds that the
// peer does not, on the same repository copies. Runs leakgate (`scan --no-cache --no-redact -f json`) and each peer
// installed here with the history command line of bench/peers.ts (default rules, no verification), or reads the
// reports of an earlier run (--reuse), matches them (bench/peer-match.ts) and prints markdown tables: per peer and
// repository, found by both, only by the peer and only by leakgate, grouped by rule family and file type.
//
//   npm run bench:peer-diff -- --repo [NAME=]PATH... [--peers gitleaks,betterleaks,trufflehog] [--work DIR] [--reuse]
//                              [--exclude-missing]
//
// --exclude-missing: on a history that lacks some blobs (leakgate reports each as a missing-object diagnostic), `git
// log -p` stops at the first one, and so do the peers that read it (gitleaks and betterleaks say so, TruffleHog
// does not). This runs them on the same history minus the paths those blobs had (`--log-opts` ending in
// `-- . :(exclude)PATH...`, TruffleHog's `--exclude-globs`), which is what leakgate read: the comparison then covers
// the same blobs. Their reports are kept as TOOL-NAME-x.json.
// Reports are kept in --work (default .bench/peer-diff) as TOOL-NAME.json, with TOOL-NAME.stderr, and for each peer
// NAME-PEER-only.jsonl, NAME-PEER-both.jsonl and NAME-PEER-leakgate-only.jsonl to read the groups: they hold the
// secrets in clear, as found in those repositories, so keep --work outside any repository you commit.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './measure.js';
import { peerError, peers, type Peer } from './peers.js';
import { distinct, fileType, gitleaksHits, leakgateHits, matchHits, tally, trufflehogHits, type Hit, type Matched } from './peer-match.js';

const ROOT = resolve(join(import.meta.dirname, '..', '..'));
const CLI = join(ROOT, 'dist', 'cli.cjs');

const { values } = parseArgs({
  options: {
    repo: { type: 'string', multiple: true },
    peers: { type: 'string' },
    work: { type: 'string' },
    reuse: { type: 'boolean' },
    'exclude-missing': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.repo?.length) {
  process.stdout.write(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
  process.exit(values.help ? 0 : 2);
}
const WORK = resolve(values.work ?? join(ROOT, '.bench', 'peer-diff'));
mkdirSync(WORK, { recursive: true });
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A repository to compare on: NAME=PATH, or PATH named as the bench names it (a mirror's `owner+name`). */
const repos = values.repo.map((arg) => {
  const eq = arg.indexOf('=');
  const dir = resolve(eq > 0 ? arg.slice(eq + 1) : arg);
  const name = eq > 0 ? arg.slice(0, eq) : basename(dir.replace(/\/(\.git|repo)$/, '')).replace(/[^A-Za-z0-9._+-]/g, '_');
  return { name, dir };
});

/** The peers compared: one entry per scanner (betterleaks' --git-workers setting finds what its default finds). */
const wanted = new Set(values.peers?.split(',') ?? ['gitleaks', 'betterleaks', 'trufflehog', 'kingfisher']);
const peerList = peers().filter((p) => wanted.has(p.name) && p.bin);
for (const p of peers()) if (wanted.has(p.name) && !p.bin) log(`${p.name}: ${p.missing}`);

const parsers: Record<string, (text: string) => Hit[]> = { gitleaks: gitleaksHits, betterleaks: gitleaksHits, trufflehog: trufflehogHits };

/** A work-tree clone for peers that need one (objects shared with the mirror), as the bench's peers section makes. */
function workTree(dir: string, name: string): string {
  const dest = join(WORK, 'clones', `${name}.worktree`); // TruffleHog skips a work tree whose path ends in 'git'
  if (!existsSync(join(dest, '.git'))) {
    mkdirSync(dest, { recursive: true });
    execFileSync('git', ['clone', '-q', '--mirror', '--shared', dir, join(dest, '.git')]);
    execFileSync('git', ['-C', dest, 'config', 'core.bare', 'false']);
  }
  return dest;
}

/** Runs one tool unless --reuse finds its report; returns the report text and what it printed on stderr. */
async function report(tool: string, name: string, run: () => Promise<{ text: string; stderr: string }>): Promise<{ text: string; stderr: string }> {
  const file = join(WORK, `${tool}-${name}.json`);
  const errFile = join(WORK, `${tool}-${name}.stderr`);
  if (values.reuse && existsSync(file)) return { text: readFileSync(file, 'utf8'), stderr: existsSync(errFile) ? readFileSync(errFile, 'utf8') : '' };
  log(`${name}: ${tool}`);
  const out = await run();
  writeFileSync(file, out.text);
  writeFileSync(errFile, out.stderr);
  return out;
}

async function leakgateReport(dir: string, name: string): Promise<string> {
  const out = join(WORK, `leakgate-${name}.out.json`);
  const r = await report('leakgate', name, async () => {
    const m = await measure([process.execPath, CLI, 'scan', dir, '--no-cache', '--no-redact', '--format', 'json', '--output', out, '--quiet'], { discardStdout: true });
    if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(`leakgate scan ${dir} failed (${m.exitCode}): ${m.stderr}`);
    return { text: readFileSync(out, 'utf8'), stderr: m.stderr };
  });
  return r.text;
}

/**
 * Every path a missing blob had anywhere in the history (`git log --raw` needs no blob), as pathspec globs without
 * spaces or commas (gitleaks splits --log-opts at spaces, TruffleHog its globs at commas; `?` matches either).
 */
function missingPaths(dir: string, blobs: ReadonlySet<string>): string[] {
  if (blobs.size === 0) return [];
  const raw = execFileSync('git', ['-C', dir, 'log', '--all', '--full-history', '--raw', '--no-abbrev', '--no-renames', '--format=', '-z'], { encoding: 'latin1', maxBuffer: 1 << 30 });
  const paths = new Set<string>();
  const tokens = raw.split('\0');
  for (let i = 0; i < tokens.length - 1; i++) {
    const meta = tokens[i]!.replace(/^\n+/, '');
    if (!meta.startsWith(':')) continue;
    const [, , oldId, newId] = meta.slice(1).split(' '); // :mode mode old new status
    if (blobs.has(newId ?? '') || blobs.has(oldId ?? '')) paths.add(tokens[i + 1]!);
    i++;
  }
  return [...paths].sort().map((p) => p.replace(/[ ,]/g, '?'));
}

/** The peer's command line, limited to the history outside `excluded` paths. */
function excluding(p: Peer, argv: readonly string[], excluded: readonly string[]): string[] {
  if (excluded.length === 0) return [...argv];
  if (p.name === 'trufflehog') return [...argv, '--exclude-globs', excluded.join(',')];
  const pathspec = ['.', ...excluded.map((x) => `:(exclude)${x}`)].join(' ');
  // gitleaks' default log options, then the pathspec; the repository stays the last argument.
  return [...argv.slice(0, -1), '--log-opts', `--full-history --all --diff-filter=tuxdb -- ${pathspec}`, argv[argv.length - 1]!];
}

async function peerReport(p: Peer, dir: string, name: string, excluded: readonly string[]): Promise<{ text: string; stderr: string }> {
  return report(p.name, excluded.length > 0 ? `${name}-x` : name, async () => {
    const run = p.history(p.needsWorkTree ? workTree(dir, name) : dir, WORK);
    const m = await measure(excluding(p, run.argv, excluded), { discardStdout: false });
    const text = run.reportFile ? (existsSync(run.reportFile) ? readFileSync(run.reportFile, 'utf8') : '') : m.stdout;
    run.cleanup?.();
    return { text, stderr: m.stderr };
  });
}

/** Looks up the blob of each peer hit (`commit:path`) in one `git cat-file --batch-check`. */
function resolveBlobs(dir: string, hits: Hit[]): void {
  const asked = hits.filter((h) => h.commit && h.path && !/[\n\r]/.test(h.path));
  if (asked.length === 0) return;
  const out = execFileSync('git', ['-C', dir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: asked.map((h) => `${h.commit}:${h.path}\n`).join(''),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).split('\n');
  asked.forEach((h, i) => {
    const [oid, type] = (out[i] ?? '').split(' ');
    if (type === 'blob') h.blob = oid;
  });
}

/** The text of each hit's first line (cut to 240 characters), read from its blob, to judge a group by hand. */
function lineTexts(dir: string, hits: readonly Hit[]): Array<Hit & { text: string }> {
  const ids = [...new Set(hits.flatMap((h) => (h.blob ? [h.blob] : [])))];
  const blobs = new Map<string, Buffer>();
  if (ids.length > 0) {
    const out = execFileSync('git', ['-C', dir, 'cat-file', '--batch'], { input: ids.join('\n') + '\n', maxBuffer: 1 << 30 });
    let at = 0;
    while (at < out.length) {
      const eol = out.indexOf(10, at);
      const [oid, type, size] = out.subarray(at, eol).toString('latin1').split(' ');
      if (type !== 'blob') {
        at = eol + 1;
        continue;
      }
      blobs.set(oid!, out.subarray(eol + 1, eol + 1 + Number(size)));
      at = eol + 1 + Number(size) + 1;
    }
  }
  return hits.map((h) => {
    const blob = h.blob ? blobs.get(h.blob) : undefined;
    const text = blob ? (blob.toString('utf8').split('\n')[h.line - 1] ?? '').slice(0, 240) : '';
    return { ...h, text };
  });
}

const jsonl = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
const family = (h: Hit): string => h.rule;
const typeOf = (h: Hit): string => fileType(h.path);

const counts: string[][] = [];
const peerGroups: string[][] = [];
const oursGroups: string[][] = [];
const notes: string[] = [];
for (const { name, dir } of repos) {
  const ourReport = await leakgateReport(dir, name);
  const ours = leakgateHits(ourReport);
  const missing = new Set(
    (JSON.parse(ourReport) as { diagnostics: Array<{ code: string; blobId?: string }> }).diagnostics.flatMap((d) => (d.code === 'missing-object' && d.blobId ? [d.blobId] : [])),
  );
  const excluded = values['exclude-missing'] ? missingPaths(dir, missing) : [];
  if (excluded.length > 0) notes.push(`${name}: peers ran without the ${excluded.length} paths of the ${missing.size} blobs missing from this copy (leakgate reports each as a diagnostic)`);
  for (const p of peerList) {
    const out = await peerReport(p, dir, name, excluded);
    const theirs = parsers[p.name]!(out.text);
    resolveBlobs(dir, theirs);
    // A run that stopped (git log died, TruffleHog read nothing); TruffleHog's non-critical errors (a file it could
    // not decompress) are listed but do not end its scan.
    const error = peerError(out);
    const stopped = error !== undefined && /fatal:|read nothing/.test(error);
    if (error) notes.push(`${name}, ${p.name}: ${error}`);
    const m: Matched = matchHits(ours.hits, theirs);
    const values1 = distinct(theirs);
    const bothValues = distinct(m.both.map((b) => b.peer));
    const peerOnly = distinct(m.peerOnly);
    counts.push([name, p.name, `${theirs.length} (${values1.length} values)`, String(bothValues.length), String(peerOnly.length), String(m.oursOnly.length), stopped ? 'stopped early' : excluded.length > 0 ? 'all but the missing blobs\' paths' : 'whole history']);
    peerGroups.push([name, p.name, String(peerOnly.length), tally(peerOnly, family), tally(peerOnly, typeOf)]);
    oursGroups.push([name, p.name, String(m.oursOnly.length), tally(m.oursOnly, family), tally(m.oursOnly, typeOf)]);
    writeFileSync(join(WORK, `${name}-${p.name}-only.jsonl`), jsonl(lineTexts(dir, peerOnly)));
    writeFileSync(join(WORK, `${name}-${p.name}-both.jsonl`), jsonl(m.both.map((b) => ({ by: b.by, peer: b.peer, ours: { rule: b.ours.rule, path: b.ours.path, line: b.ours.line } }))));
    writeFileSync(join(WORK, `${name}-${p.name}-leakgate-only.jsonl`), jsonl(lineTexts(dir, m.oursOnly)));
  }
  notes.push(`${name}: leakgate also reports ${ours.hygiene} hygiene findings (no peer looks for those); ${ours.hits.length} secret and credential findings`);
}

const table = (title: string, header: string[], rows: string[][]): void => {
  process.stdout.write(`\n### ${title}\n\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const r of rows) process.stdout.write(`| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |\n`);
};
table('Findings compared (distinct values: a secret re-added in many commits counts once)', ['repository', 'peer', 'peer findings', 'both', 'only the peer', 'only leakgate', 'peer read'], counts);
table('Only the peer, by rule and file type', ['repository', 'peer', 'values', 'by rule', 'by file type'], peerGroups);
table('Only leakgate, by rule and file type', ['repository', 'peer', 'findings', 'by rule', 'by file type'], oursGroups);
process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n\nDetails (secrets in clear): ${WORK}/NAME-PEER-only.jsonl, -both.jsonl, -leakgate-only.jsonl\n`);
