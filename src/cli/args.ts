// Shared pieces of every CLI command: the I/O handles, flag parsing with usage errors, value parsers, rule loading.

import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { parseSizeText } from '../core/size.js';
import type { SizeLimit } from '../core/types.js';
import { VERSION } from '../core/version.js';

export const USAGE = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .)
  leakgate scan --no-git PATH   scan the files on disk under PATH (any directory, git or not)
  leakgate scan -               scan standard input
  leakgate scan --staged [PATH] scan what is staged for the next commit: added and changed lines only (pre-commit hook)
  leakgate scan --pre-push [PATH]
                                scan the commits a push adds to the remote, from git's pre-push input (pre-push hook)
  leakgate scan --range A..B [PATH]
                                scan what the commits of a range add (merges: what is new relative to every parent)
  leakgate scan --since-commit REV [--all-refs] [PATH]
                                the same for REV..HEAD, or with --all-refs for every ref's commits not in REV
  leakgate install [--pre-commit] [--pre-push] [--force] [PATH]
                                install the git hooks (both by default) into the repository's hooks directory;
                                --force even where a husky, lefthook or pre-commit config file is present
                                (hooks those managers installed are never replaced)
  leakgate uninstall [PATH]     remove them and restore the hooks that were there before
  leakgate rules                list the rules in effect (built-in packs with the config applied)
  leakgate rules --check [FILE] validate a rule pack (default: the built-in packs and the config's custom rules)
                                and run every rule's examples
  leakgate init [DIR]           write a commented starter .leakgate.yaml at the repository root (--force replaces)
  leakgate ignore FP [--reason TEXT]
                                add a finding's fingerprint to .leakgateignore
  leakgate baseline create [FILE]
                                write the current findings as the baseline (default .leakgate-baseline.jsonl);
                                takes the scan options below and --repo PATH
  leakgate baseline update [FILE]
                                drop baseline entries whose secret is gone
  leakgate version              print the version

Scan options:
  -f, --format text|json|sarif  output format (default text)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root
      --baseline FILE           report only findings not in this baseline (default: .leakgate-baseline.jsonl
                                at the repository root, when present)
      --fail-on LEVEL           lowest severity that makes the exit code 1: critical, high, medium, low, info
                                (default, or the config's failOn) or none
      --no-suppress             report everything: disregard allow comments, ignore files and the baseline
      --show-suppressed         also list suppressed findings (text), or emit them with SARIF suppressions
      --workers N               worker threads for large scans (default: one per core, 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE (default 16MiB; e.g. 512k, 50MB)
      --blob-timeout TIME       time one rule may spend on one blob before it is stopped there with a
                                regex-timeout diagnostic; every other rule still scans the blob (default 10s)
      --allow-incomplete        let --staged and --pre-push pass a scan that could not look at everything
                                (a blob too large, unreadable or a rule stopped); by default they exit 2
      --no-cache                do not use or update the scan cache (history scans reuse results of blobs
                                scanned before under the same rules; kept in ~/.cache/leakgate, or
                                $XDG_CACHE_HOME/leakgate, or $LEAKGATE_CACHE_DIR; never in the repository)
      --stdin-name NAME         path to report for standard input (default "stdin")
      --size-limit [GLOB=]WARN[,ERROR]
                                large-blob thresholds, for paths matching GLOB if given (repeatable, first
                                match wins; default 1MiB,10MiB, dist/ 5MiB,10MiB; "off" disables; one
                                size sets the warning only), e.g. 'assets/**=20MiB,100MiB'
      --health                  print the repository health table: blob bytes, largest blobs, binaries outside LFS
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Hooks: "git commit --no-verify" skips every hook; LEAKGATE_SKIP=1 skips only leakgate's (--staged, --pre-push),
with a warning. Staged, pre-push and range scans print on stderr how much they scanned.

Suppression: a comment "leakgate:allow [RULE...] [-- reason]" (or "gitleaks:allow") allows a line's findings;
.leakgateignore lists fingerprints; the baseline lists accepted findings. The summary counts each kind.

Exit codes: 0 no findings (at or above --fail-on), 1 findings, 2 usage, configuration or runtime error.`;

export type Io = {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  /** Given by the real executable only: runs the same command again in a process tuned for long scans (../launch/relaunch.ts). */
  readonly relaunch?: () => Promise<number>;
};

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')}; run "leakgate ${command} --help" for the accepted flags`);
  }
}

/** Parses "512k", "10MB", "1MiB", "2048": bytes. */
export function parseSize(text: string, flag: string): number {
  const bytes = parseSizeText(text);
  if (bytes === undefined) throw new InputError(`${flag}: expected a size such as 512k, 16MiB or 1048576, got "${text}"`);
  return bytes;
}

/** Parses "500ms", "10s", "2m", "1500": milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  const scale = { ms: 1, s: 1000, m: 60_000 }[(m?.[2] ?? 'ms').toLowerCase() as 'ms' | 's' | 'm'];
  const ms = m ? Math.round(Number(m[1]) * scale) : NaN;
  if (!m || ms < 10 || ms > 3_600_000) throw new InputError(`${flag}: expected a duration from 10ms to 1h such as 500ms, 10s or 2m, got "${text}"`);
  return ms;
}

/** Parses `--size-limit [GLOB=]WARN[,ERROR]`: thresholds in any size unit, or "off". */
export function parseSizeLimit(text: string): SizeLimit {
  const eq = text.lastIndexOf('=');
  const glob = eq === -1 ? undefined : text.slice(0, eq).trim();
  const sizes = (eq === -1 ? text : text.slice(eq + 1)).split(',').map((s) => s.trim());
  const fail = (): never => {
    throw new InputError(`--size-limit: expected [GLOB=]WARN[,ERROR] with sizes such as 1MiB or 10MB, or "off" (e.g. 'assets/**=20MiB,100MiB'), got "${text}"`);
  };
  if (glob === '' || sizes.length > 2 || sizes.some((s) => s === '')) fail();
  // "off" is an infinite threshold; "GLOB=off" turns both off; a single size is the warning (the error size stays).
  const [warn, error] = sizes.map((s) => (s.toLowerCase() === 'off' ? Infinity : parseSize(s, '--size-limit')));
  const errorSize = sizes.length === 1 && warn === Infinity ? Infinity : error;
  return { paths: glob === undefined ? [] : [glob], ...(warn !== undefined ? { warn } : {}), ...(errorSize !== undefined ? { error: errorSize } : {}) };
}

export function parseWorkers(text: string | undefined): number {
  if (text === undefined) return Math.max(1, Math.min(availableParallelism(), 8));
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`--workers: expected a whole number from 0 to 64, got "${text}"`);
  return n;
}

export type Format = 'text' | 'json' | 'sarif';
export function parseFormat(text: string | undefined): Format {
  const format = text ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new InputError(`--format: expected one of text, json, sarif, got "${format}"`);
  }
  return format;
}

