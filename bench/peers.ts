// The secret scanners users compare leakgate with, run beside it on the same repository copy in interleaved rounds:
// gitleaks, betterleaks, TruffleHog and Kingfisher, each found on PATH or in ~/go/bin (bench/PEERS.md says how to
// install them; they are tools of this benchmark, never dependencies). No network, no verification, default rules.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Measurement } from './measure.js';

export interface PeerRun {
  /** The command line (argv[0] is the binary). */
  readonly argv: readonly string[];
  /** Counts the findings of a finished run (its report file or standard output). */
  readonly findings: (m: Measurement) => number | undefined;
  /** The report file the run writes (read it before `findings`, which removes it); standard output when absent. */
  readonly reportFile?: string;
  readonly cleanup?: () => void;
}

export interface Peer {
  readonly name: string;
  readonly bin: string | undefined;
  readonly version: string;
  /** Full-history scan of `repo` (a bare mirror or a work tree), every ref. */
  history(repo: string, scratch: string): PeerRun;
  /** The peer's documented pre-commit command, run in the work tree `repo` with changes staged. */
  staged(repo: string, scratch: string): PeerRun;
  /** Why it is not here, when `bin` is undefined. */
  readonly missing: string;
  /** It cannot read a bare repository: give it a work-tree clone (same objects, shared). */
  readonly needsWorkTree?: boolean;
}

/**
 * The first error a run printed (a peer that stops at a missing object may still exit 0), or undefined. /usr/bin/time's
 * own "Command exited with non-zero status" line is not one.
 */
export function peerError(m: Pick<Measurement, 'stderr'>): string | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = m.stderr.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => !/^Command exited with non-zero status/.test(l));
  const hit = lines.find((l) => /fatal:|\bERR\b|"level":"error"|^error/i.test(l));
  if (hit) return hit.trim().slice(0, 160);
  // TruffleHog ends a scan that read nothing (a work tree it skips, a git log that died at once) with exit 0.
  if (/"msg":"finished scanning","chunks":0,/.test(m.stderr)) return 'read nothing: finished scanning with 0 chunks';
  return undefined;
}

/** A binary on PATH or in ~/go/bin. */
function findBin(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), join(homedir(), 'go', 'bin'), join(homedir(), '.cargo', 'bin')];
  return dirs.filter(Boolean).map((dir) => join(dir, name)).find((path) => existsSync(path));
}

/** The module version a Go binary was built from (`go version -m`), or its own --version output. */
function versionOf(bin: string | undefined, args: string[]): string {
  if (!bin) return 'not installed';
  try {
    const mod = execFileSync('go', ['version', '-m', bin], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /^\s*mod\s+\S+\s+(v\S+)/m.exec(mod);
    if (m) return m[1]!;
  } catch {
    // not a Go binary, or no go command
  }
  try {
    return execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0]!;
  } catch {
    return 'unknown version';
  }
}

/** Findings in a JSON array report file (gitleaks' and betterleaks' --report-format json). */
function jsonArrayCount(file: string): number | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.length : parsed === null ? 0 : undefined; // betterleaks writes null for none
  } catch {
    return undefined;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Findings as JSON lines on standard output (TruffleHog --json: one object per result, logs on stderr). */
const jsonLines = (m: Measurement): number => m.stdout.split('\n').filter((l) => l.includes('"SourceMetadata"')).length;

/** gitleaks and betterleaks share the command line (betterleaks is gitleaks' successor). */
function gitleaksLike(name: string, fast: readonly string[] = []): Peer {
  const bin = findBin(name);
  const run = (extra: string[], repo: string, scratch: string): PeerRun => {
    const report = join(scratch, `${name}-${process.pid}.json`);
    return {
      argv: [bin!, 'git', ...extra, '--no-banner', '--log-level', 'error', '--exit-code', '0', '--report-format', 'json', '--report-path', report, repo],
      // No report file at all: betterleaks writes none when it finds nothing.
      findings: (m) => (!existsSync(report) && m.exitCode === 0 ? 0 : jsonArrayCount(report)),
      reportFile: report,
      cleanup: () => rmSync(report, { force: true }),
    };
  };
  return {
    name: fast.length > 0 ? `${name} ${fast.join(' ')}` : name,
    bin,
    version: versionOf(bin, ['version']),
    history: (repo, scratch) => run([...fast], repo, scratch),
    staged: (repo, scratch) => run(['--staged'], repo, scratch),
    missing: `not found on PATH or in ~/go/bin (see bench/PEERS.md)`,
  };
}

function trufflehog(): Peer {
  const bin = findBin('trufflehog');
  return {
    name: 'trufflehog',
    bin,
    needsWorkTree: true,
    version: versionOf(bin, ['--version']),
    history: (repo) => ({ argv: [bin!, 'git', `file://${repo}`, '--no-verification', '--no-update', '--json', '--no-color'], findings: jsonLines }),
    // Its documented pre-commit hook: the commits since HEAD plus what is staged.
    staged: (repo) => ({ argv: [bin!, 'git', 'file://.', '--since-commit', 'HEAD', '--no-verification', '--no-update', '--json', '--no-color'], findings: jsonLines }),
    missing: 'not found on PATH or in ~/go/bin (see bench/PEERS.md)',
  };
}

function kingfisher(): Peer {
  const bin = findBin('kingfisher');
  return {
    name: 'kingfisher',
    bin,
    version: versionOf(bin, ['--version']),
    history: (repo) => ({ argv: [bin!, 'scan', repo, '--git-history', 'full', '--no-validate', '--format', 'json', '--no-update-check'], findings: jsonLines }),
    staged: (repo) => ({ argv: [bin!, 'scan', repo, '--staged', '--no-validate', '--format', 'json', '--no-update-check'], findings: jsonLines }),
    missing:
      'not installable here: MongoDB Kingfisher is published as GitHub release binaries and a Homebrew formula, not on crates.io ' +
      '("kingfisher" there is an unrelated template engine) nor PyPI; download sites are not reachable from this machine',
  };
}

/** Each peer at its defaults, and betterleaks also at its fastest documented setting (parallel git log workers). */
export function peers(): Peer[] {
  const cores = String(availableParallelism());
  return [gitleaksLike('gitleaks'), gitleaksLike('betterleaks'), gitleaksLike('betterleaks', ['--git-workers', cores]), trufflehog(), kingfisher()];
}
