import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-4YR3TRTK.js";
import {
  InputError,
  isScannerError
} from "./chunk-TVGA44QV.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";
import "./chunk-IMZGUAV7.js";
import "./chunk-MHERK6FT.js";

// src/cli/main.ts
import { availableParallelism } from "node:os";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/cli/exit-code.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// src/cli/progress.ts
function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
function createProgress(stream, enabled) {
  if (!enabled || !stream.isTTY) return { update() {
  }, setTotalCommits() {
  }, done() {
  } };
  const started = Date.now();
  let last = 0;
  let totalCommits;
  let drawn = false;
  return {
    setTotalCommits(total) {
      totalCommits = total;
    },
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1e3;
      const rate = seconds > 0 ? p.bytesRead / seconds : 0;
      let eta = "";
      if (totalCommits && p.commits > 0) {
        const fraction = Math.min(1, p.commits / totalCommits);
        eta = `, ${Math.round(fraction * 100)}% of ${totalCommits.toLocaleString("en-US")} commits, ETA ${duration(seconds / fraction - seconds)}`;
      } else if (p.blobsTotal && p.blobsRead > 0) {
        const fraction = p.blobsRead / p.blobsTotal;
        eta = `, ETA ${duration(seconds / fraction - seconds)}`;
      }
      const line = `scanning: ${p.blobsRead.toLocaleString("en-US")} blobs, ${formatBytes(p.bytesRead)}, ${formatBytes(rate)}/s${eta}`;
      stream.write(`\r\x1B[2K${line.slice(0, (stream.columns || 100) - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/main.ts
var USAGE = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .)
  leakgate scan --no-git PATH   scan the files on disk under PATH (any directory, git or not)
  leakgate scan -               scan standard input
  leakgate rules                list the rules in effect
  leakgate rules --check [FILE] validate a rule pack (default: the built-in packs) and run every rule's examples
  leakgate version              print the version

Scan options:
  -f, --format text|json|sarif  output format (default text)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --rules FILE              add the rules of a rule pack file (repeatable)
      --workers N               worker threads for large scans (default: one per core, 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE (default 16MiB; e.g. 512k, 50MB)
      --stdin-name NAME         path to report for standard input (default "stdin")
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Exit codes: 0 no findings, 1 findings, 2 usage, configuration or runtime error.`;
var scanOptions = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "no-redact": { type: "boolean" },
  "no-git": { type: "boolean" },
  rules: { type: "string", multiple: true },
  workers: { type: "string" },
  "max-blob-size": { type: "string" },
  "stdin-name": { type: "string" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var rulesOptions = {
  check: { type: "boolean" },
  format: { type: "string", short: "f" },
  rules: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};
function parse(args, options, command) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}; run "leakgate ${command} --help" for the accepted flags`);
  }
}
function parseSize(text, flag) {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) throw new InputError(`${flag}: expected a size such as 512k, 16MiB or 1048576, got "${text}"`);
  const unit = (m[2] ?? "b").toLowerCase();
  const scale = unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 ** 2 : unit.startsWith("g") ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}
function parseWorkers(text) {
  if (text === void 0) return Math.max(1, Math.min(availableParallelism(), 8));
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`--workers: expected a whole number from 0 to 64, got "${text}"`);
  return n;
}
function parseFormat(text) {
  const format = text ?? "text";
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new InputError(`--format: expected one of text, json, sarif, got "${format}"`);
  }
  return format;
}
async function loadRules(files) {
  const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import("./chunk-IFKWOFLI.js");
  const builtin = await loadBuiltinRules();
  if (!files || files.length === 0) return builtin;
  const extra = await Promise.all(files.map((f) => loadRulePackFile(f)));
  return mergeRulePacks([builtin, ...extra]);
}
async function render(report, format, showSecrets, color, verbose) {
  if (format === "json") {
    const { renderJson } = await import("./chunk-JYADOVTP.js");
    return renderJson(report, { showSecrets });
  }
  if (format === "sarif") {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import("./chunk-LGJHET2M.js"), import("./chunk-JZK7VSAF.js")]);
    return renderSarif(report, { showSecrets, locationHash });
  }
  const { renderText } = await import("./chunk-T4FSQU33.js");
  return renderText(report, { showSecrets, color, verbose });
}
async function scanCommand(args, io) {
  const { values, positionals } = parse(args, scanOptions, "scan");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = parseFormat(values.format);
  const workers = parseWorkers(values.workers);
  const { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES, runScan, countCommits } = await import("./chunk-DYYCAPXQ.js");
  const maxBlobBytes = values["max-blob-size"] ? parseSize(values["max-blob-size"], "--max-blob-size") : DEFAULT_MAX_BLOB_BYTES;
  const rules = await loadRules(values.rules);
  const path = positionals[0] ?? ".";
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const target = path === "-" ? { type: "stdin", name: values["stdin-name"] ?? "stdin", input: io.stdin } : values["no-git"] ? { type: "directory", path } : { type: "history", path };
  const progress = createProgress(io.stderr, !quiet && !values["no-progress"]);
  if (target.type === "history" && io.stderr.isTTY && !quiet) {
    countCommits(path).then((n) => n !== void 0 && progress.setTotalCommits(n), () => void 0);
  }
  let report;
  try {
    report = await runScan({
      target,
      rules,
      workers,
      maxBlobBytes,
      blobTimeoutMs: DEFAULT_BLOB_TIMEOUT_MS,
      onProgress: (p) => progress.update(p)
    });
  } finally {
    progress.done();
  }
  const color = format === "text" && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  if (!(quiet && format === "text" && report.findings.length === 0)) {
    const text = await render(report, format, values["no-redact"] ?? false, color, verbose);
    if (values.output) {
      try {
        writeFileSync(values.output, text);
      } catch (error) {
        throw new InputError(`--output: cannot write ${values.output}: ${error.code ?? String(error)}`);
      }
      if (!quiet) {
        const { summaryLine } = await import("./chunk-T4FSQU33.js");
        io.stderr.write(`${summaryLine(report)}
report written to ${values.output}
`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.durationMs} ms, ${workers} workers
`
    );
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
async function rulesCommand(args, io) {
  const { values, positionals } = parse(args, rulesOptions, "rules");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (values.check) {
    const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import("./chunk-IFKWOFLI.js");
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(" ")}`);
    const { checkRules } = await import("./chunk-PQATORMF.js");
    const builtin = await loadBuiltinRules();
    const file = positionals[0];
    const subjects = file ? await loadRulePackFile(file) : builtin;
    const all = file ? mergeRulePacks([builtin, subjects]) : builtin;
    const problems = await checkRules(all, subjects);
    for (const p of problems) io.stderr.write(`${p}
`);
    const examples = subjects.reduce((n, r) => n + r.examples.match.length + r.examples.ignore.length, 0);
    io.stdout.write(
      problems.length === 0 ? `${subjects.length} rules OK, ${examples} examples pass
` : `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${subjects.length} rules
`
    );
    return problems.length === 0 ? EXIT_CLEAN : EXIT_ERROR;
  }
  if (positionals.length > 0) throw new InputError(`rules: unexpected argument "${positionals[0]}"; use "rules --check FILE" to check a pack`);
  const rules = await loadRules(values.rules);
  if (parseFormat(values.format) === "json") {
    io.stdout.write(`${JSON.stringify(rules.map(({ id, kind, description, severity, precision, keywords, source }) => ({ id, kind, description, severity, precision, keywords, source })), null, 2)}
`);
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}  [${r.keywords.join(", ")}]
`);
  }
  io.stdout.write(`${rules.length} rules
`);
  return EXIT_CLEAN;
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "scan":
        return await scanCommand(rest, io);
      case "rules":
        return await rulesCommand(rest, io);
      case "version":
      case "--version":
      case "-V":
        io.stdout.write(`${VERSION}
`);
        return EXIT_CLEAN;
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(`${USAGE}
`);
        return command === void 0 ? EXIT_ERROR : EXIT_CLEAN;
      default:
        throw new InputError(`unknown command "${command}"; expected one of scan, rules, version, help`);
    }
  } catch (error) {
    if (isScannerError(error)) {
      io.stderr.write(`leakgate: ${error.message}
`);
    } else {
      io.stderr.write(`leakgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    }
    return EXIT_ERROR;
  }
}

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd()
});
