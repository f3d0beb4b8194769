// What `leakgate --help` and `leakgate COMMAND --help` print: the overview of the commands, and each command's own
// flags. A test checks that every flag a command's parser accepts is listed in its help, and nothing else.

import { VERSION } from '../core/version.js';

const EXIT_CODES = 'Exit codes: 0 no findings (at or above --fail-on), 1 findings, 2 usage, configuration or runtime error.';

export const OVERVIEW = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .);
                                --staged, --pre-push, --range, --no-git and "-" choose what else to scan
  leakgate rules                list the rules in effect; --check lints a rule pack and runs its examples
  leakgate install [PATH]       install the pre-commit and pre-push hooks into the repository's hooks directory
  leakgate uninstall [PATH]     remove them and restore the hooks that were there before
  leakgate init [DIR]           write a commented starter .leakgate.yaml at the repository root
  leakgate ignore FP...         add findings' fingerprints to .leakgateignore
  leakgate baseline create|update [FILE]
                                record the current findings as accepted, or drop entries whose secret is gone
  leakgate remediate [PATH] --out DIR
                                audit the history and write a purge plan: REMEDIATION.md (rotate first,
                                then git filter-repo), replace-text.txt (the secrets, mode 0600), paths.txt
  leakgate version              print the version (also --version, -V)
  leakgate help [COMMAND]       this overview, or a command's flags (the same as leakgate COMMAND --help)

Run "leakgate COMMAND --help" for the flags of a command.

${EXIT_CODES}`;

/** Flags of every command that runs a scan (scan, baseline): what is read, where the rules come from, limits. */
const SOURCE_FLAGS = `      --no-git                  scan the files on disk under PATH (any directory, git or not), not the history
      --stdin-name NAME         path to report for standard input (PATH "-"; default "stdin")`;
const RULE_FLAGS = `      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root`;
const LIMIT_FLAGS = `      --workers N               worker threads for large scans (default: one per core, at most 8; 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE, with a diagnostic (default 16MiB;
                                more than 0, e.g. 512k, 50MB)
      --blob-timeout TIME       time one rule may spend on one blob before it is stopped there with a
                                regex-timeout diagnostic; every other rule still scans the blob
                                (default 10s; 10ms to 1h, e.g. 500ms, 30s)
      --decode-depth N          levels of encoding (base64, hex, percent, \\x/\\u escapes, nested) undone to find
                                encoded secrets (default 3; 0 = off, at most 8)
      --archive-depth N         levels of nested archives (zip, jar, war, apk, whl, nupkg, xpi, tar, tar.gz,
                                tgz, gz) opened to scan their members, reported as archive.zip!dir/file
                                (default 4; 0 = off, at most 8)
      --no-cache                do not use or update the scan cache (history scans reuse results of blobs
                                scanned before under the same rules; kept in the user's cache directory,
                                ~/.cache/leakgate or $XDG_CACHE_HOME or $LEAKGATE_CACHE_DIR, never in the repository)`;

const SCAN = `Usage: leakgate scan [options] [PATH]

Scans the repository at PATH (default .): by default every blob reachable from every ref (branches, tags, remotes,
stash), each unique blob once, each finding attributed to the commit that introduced it. PATH may be a work tree or
a bare repository; "-" scans standard input.

What to scan (at most one of --staged, --files, --pre-push, --range, --since-commit):
      --staged                  what is staged for the next commit: added and changed lines only (pre-commit hook)
      --files [--] FILE...      a hook manager's file list, the mode chosen by how it ran: the staged changes of the
                                files at commit time, the commits of PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF, else
                                (--all-files runs, CI) each file whole as it is on disk; the repository is the work
                                tree around the current directory
      --pre-push                the commits a push adds to the remote, from git's pre-push input (pre-push hook)
      --allow-incomplete        let --staged, --files and --pre-push pass a scan that could not look at everything (a blob
                                too large or unreadable, a rule stopped by --blob-timeout); by default they exit 2
      --range A..B              what the commits of a range add (merges: what is new relative to every parent)
      --since-commit REV        the same for REV..HEAD
      --all-refs                with --since-commit: every ref's commits not in REV, not only HEAD's
${SOURCE_FLAGS}

Rules and what counts:
${RULE_FLAGS}
      --baseline FILE           report only findings not in this baseline (default: .leakgate-baseline.jsonl
                                at the repository root, when present)
      --fail-on LEVEL           lowest severity that makes the exit code 1: critical, high, medium, low, info
                                (default, or the config's failOn) or none
      --min-confidence LEVEL    lowest confidence reported: high, medium or low (default low; medium for
                                --staged, --pre-push and --files; or the config's minConfidence); findings
                                below it are counted as suppressed
      --no-suppress             report everything: disregard allow comments, ignore files and the baseline
      --size-limit [GLOB=]WARN[,ERROR]
                                large-blob thresholds, for paths matching GLOB if given (repeatable, first
                                match wins; default 1MiB,10MiB, dist/ 5MiB,10MiB; "off" disables; one
                                size sets the warning only), e.g. 'assets/**=20MiB,100MiB'

Limits:
${LIMIT_FLAGS}

Output:
  -f, --format text|json|sarif|html
                                output format (default text); html is one self-contained page (no network)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --show-suppressed         also list suppressed findings (text), or emit them with SARIF suppressions
      --health                  print the repository health table: blob bytes, largest blobs, binaries outside LFS
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Hooks: "git commit --no-verify" skips every hook; LEAKGATE_SKIP=1 skips only leakgate's (--staged, --pre-push),
with a warning. Staged, pre-push and range scans print on stderr how much they scanned.

Suppression: a comment "leakgate:allow [RULE...] [-- reason]" (or "gitleaks:allow") allows a line's findings;
.leakgateignore lists fingerprints; the baseline lists accepted findings. The summary counts each kind.

${EXIT_CODES}`;

const RULES = `Usage: leakgate rules [options]
       leakgate rules --check [options] [FILE]

Lists the rules in effect: the built-in packs with the repository's config applied (overrides, disabled rules,
custom rules). With --check, lints a rule pack (default: the built-in packs and the config's custom rules) and runs
every rule's examples through the engine with every rule in effect; each problem is printed, and the exit code is 2
if there is any.

  -f, --format text|json        list as text (default) or JSON
      --check                   lint and test a rule pack instead of listing
      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root
  -h, --help                    this help`;

const INSTALL = `Usage: leakgate install [options] [PATH]

Installs leakgate's pre-commit and pre-push hooks into the directory git runs hooks from for the repository at PATH
(default .; core.hooksPath, linked worktrees and submodules included). A hook that was already there is kept as
<hook>.pre-leakgate and runs first. Where husky, lefthook or the pre-commit framework owns the hooks, nothing is
changed and the lines to add to that tool's configuration are printed instead (exit 2).

      --pre-commit              install only the pre-commit hook
      --pre-push                install only the pre-push hook
      --force                   install even where a husky, lefthook or pre-commit config file is present
                                (hooks those managers installed are never replaced)
  -h, --help                    this help`;

const UNINSTALL = `Usage: leakgate uninstall [options] [PATH]

Removes the hooks "leakgate install" wrote into the repository at PATH (default .) and puts back the hooks that
were there before. Hooks leakgate did not write are left alone.

      --pre-commit              remove only the pre-commit hook
      --pre-push                remove only the pre-push hook
  -h, --help                    this help`;

const INIT = `Usage: leakgate init [options] [DIR]

Writes a commented starter .leakgate.yaml (every field, defaults commented out) at the repository root, or in DIR.

      --force                   replace an existing .leakgate.yaml
  -h, --help                    this help`;

const IGNORE = `Usage: leakgate ignore [options] FINGERPRINT...

Appends fingerprints (24 hexadecimal characters, as every report prints them) to .leakgateignore at the repository
root. A fingerprint is derived from the rule and the secret, so the entry survives line moves and rewritten history,
and a different secret on the same line is still reported.

      --reason TEXT             the reason, written after the fingerprint as "# TEXT" (one line)
  -h, --help                    this help`;

const BASELINE = `Usage: leakgate baseline create [options] [FILE]
       leakgate baseline update [options] [FILE]

create scans like "leakgate scan" and writes the findings as the baseline (default .leakgate-baseline.jsonl at the
repository root): scans that read it then report only new findings. update drops the entries whose secret is no
longer found. Both apply allow comments and ignore files, never the baseline itself; unchanged findings give the
same bytes, and the file is then not rewritten.

      --repo PATH               the repository (or with --no-git the directory) to scan (default .)
${SOURCE_FLAGS}
${RULE_FLAGS}
${LIMIT_FLAGS}
  -q, --quiet                   print nothing on success
  -h, --help                    this help`;

const REMEDIATE = `Usage: leakgate remediate [options] [PATH] --out DIR

Scans the whole history of the repository at PATH (default .) like "leakgate scan" and writes a remediation plan
into DIR: REMEDIATION.md (per secret: where to rotate or revoke it, who introduced it and when, whether HEAD still
holds it, which branches and tags do; then the git filter-repo commands, the force push, and the clean-up of forks,
clones and caches), replace-text.txt (every secret in git filter-repo --replace-text format: it holds the secrets
IN CLEAR and is written with mode 0600) and paths.txt (hygiene paths to drop, --paths-from-file format).
Allow comments, ignore files and the baseline apply as in a scan.

      --out DIR                 the folder to write the plan to (created if missing; required)
      --baseline FILE           the baseline to apply (default .leakgate-baseline.jsonl, when present)
      --no-suppress             plan for everything: disregard allow comments, ignore files and the baseline
${RULE_FLAGS}
${LIMIT_FLAGS}
  -q, --quiet                   print nothing on success
  -h, --help                    this help`;

const VERSION_HELP = `Usage: leakgate version

Prints the version (the same as leakgate --version or leakgate -V).`;

const HELP_HELP = `Usage: leakgate help [COMMAND]

Prints the overview of the commands, or the flags of COMMAND (the same as leakgate COMMAND --help).`;

/** Help text by command name. */
export const HELP: Readonly<Record<string, string>> = {
  scan: SCAN,
  rules: RULES,
  install: INSTALL,
  uninstall: UNINSTALL,
  init: INIT,
  ignore: IGNORE,
  baseline: BASELINE,
  remediate: REMEDIATE,
  version: VERSION_HELP,
  help: HELP_HELP,
};
