import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  parseFailOn,
  prepareScan,
  printWarnings,
  scanSetupOptions
} from "./chunk-PJZ53S3B.js";
import {
  USAGE,
  parse,
  parseFormat
} from "./chunk-EPWDOFX7.js";
import {
  EXIT_CLEAN,
  EXIT_FINDINGS
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  formatBytes,
  plural
} from "./chunk-WZULPSPL.js";
import {
  formatCount
} from "./chunk-73NG7B4Z.js";
import "./chunk-MWPVYLQK.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/scan-command.ts
import { writeFileSync } from "node:fs";

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
        eta = `, ${Math.round(fraction * 100)}% of ${formatCount(totalCommits)} commits, ETA ${duration(seconds / fraction - seconds)}`;
      } else if (p.blobsTotal && p.blobsRead > 0) {
        const fraction = p.blobsRead / p.blobsTotal;
        eta = `, ETA ${duration(seconds / fraction - seconds)}`;
      }
      const line = `scanning: ${formatCount(p.blobsRead)} blobs, ${formatBytes(p.bytesRead)}, ${formatBytes(rate)}/s${eta}`;
      stream.write(`\r\x1B[2K${line.slice(0, (stream.columns || 100) - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/scan-command.ts
var scanOptions = {
  ...scanSetupOptions,
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "no-redact": { type: "boolean" },
  staged: { type: "boolean" },
  range: { type: "string" },
  "since-commit": { type: "string" },
  "all-refs": { type: "boolean" },
  "pre-push": { type: "boolean" },
  baseline: { type: "string" },
  "fail-on": { type: "string" },
  "no-suppress": { type: "boolean" },
  "show-suppressed": { type: "boolean" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function skipRequested() {
  return /^(1|true|yes|on)$/i.test(process.env.LEAKGATE_SKIP ?? "");
}
async function readAll(stdin) {
  if (stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function prePushUpdates(io) {
  const { parsePrePushInput } = await import("./chunk-NUEBP2ZK.js");
  const updates = parsePrePushInput(await readAll(io.stdin));
  const env = process.env;
  if (updates.length > 0 || !env.PRE_COMMIT_LOCAL_BRANCH && !env.PRE_COMMIT_TO_REF) return updates;
  const zero = "0".repeat(40);
  return [
    {
      localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? "HEAD",
      localSha: env.PRE_COMMIT_TO_REF || env.PRE_COMMIT_LOCAL_BRANCH || "HEAD",
      remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? "",
      remoteSha: env.PRE_COMMIT_FROM_REF || zero
    }
  ];
}
async function modeTarget(values, path, io) {
  const modes = ["staged", "range", "since-commit", "pre-push"].filter((m) => values[m] !== void 0 && values[m] !== false);
  if (modes.length > 1) throw new InputError(`scan: --${modes.join(" and --")} cannot be combined; choose one`);
  const mode = modes[0];
  if (mode && (path === "-" || values["no-git"])) throw new InputError(`scan: --${mode} reads a git repository; it cannot be combined with ${path === "-" ? '"-"' : "--no-git"}`);
  if (values["all-refs"] && mode && mode !== "since-commit") throw new InputError(`scan: --all-refs goes with --since-commit (or alone), not with --${mode}`);
  if (mode === "staged") return { type: "staged", path };
  if (mode === "pre-push") return { type: "push", path, updates: await prePushUpdates(io), exclude: ["--remotes"] };
  if (mode === "range") {
    const text = values.range ?? "";
    return { type: "history", path, revs: [text], spec: { flag: "--range", text } };
  }
  if (mode === "since-commit") {
    const text = values["since-commit"] ?? "";
    return { type: "history", path, revs: values["all-refs"] ? ["--all", `^${text}`] : [`^${text}`, "HEAD"], spec: { flag: "--since-commit", text } };
  }
  return void 0;
}
function scannedLine(report, target) {
  const s = report.stats;
  const commits = report.kind === "range" ? `, ${plural(s.commits, "commit")}` : "";
  const what = s.blobs === 0 ? `nothing to scan${target.type === "staged" ? " (no staged content)" : report.kind === "range" && s.commits === 0 ? " (no new commits)" : commits}` : `scanned ${plural(s.blobs, "file")} (${formatBytes(s.bytes)}${s.binarySkipped > 0 ? `, ${s.binarySkipped} binary skipped` : ""})${commits}`;
  const found = report.findings.length === 0 ? "no findings" : plural(report.findings.length, "finding");
  const hidden = report.suppressed && report.suppressed.length > 0 ? `, ${report.suppressed.length} suppressed` : "";
  return `leakgate: ${what}: ${found}${hidden}${report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, "diagnostic")}` : ""}`;
}
function blockedHint(target) {
  const action = target.type === "staged" ? "commit" : "push";
  return [
    `leakgate: ${action} blocked. Remove the secret${target.type === "staged" ? " from the staged file (git add it again)" : " from the commits (git rebase -i, git commit --amend)"}, or allow a false positive as shown above.`,
    `leakgate: to skip this check once: LEAKGATE_SKIP=1 git ${action} ..., or git ${action} --no-verify`,
    ""
  ].join("\n");
}
async function render(report, format, flags) {
  const { showSecrets, showSuppressed } = flags;
  if (format === "json") {
    const { renderJson } = await import("./chunk-XY7JO4IB.js");
    return renderJson(report, { showSecrets });
  }
  if (format === "sarif") {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import("./chunk-DMKIUBSU.js"), import("./chunk-JZK7VSAF.js")]);
    return renderSarif(report, { showSecrets, locationHash, includeSuppressed: showSuppressed });
  }
  const { renderText } = await import("./chunk-YBN2HZ2W.js");
  return renderText(report, { showSecrets, color: flags.color, verbose: flags.verbose, showSuppressed });
}
async function scanCommand(args, io) {
  const { values, positionals } = parse(args, scanOptions, "scan");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`scan: expected at most one PATH, got ${positionals.length}: ${positionals.join(" ")}`);
  const hookMode = values.staged ? "staged changes" : values["pre-push"] ? "pushed commits" : void 0;
  if (hookMode && skipRequested()) {
    io.stderr.write(`leakgate: WARNING: LEAKGATE_SKIP is set; the ${hookMode} were NOT scanned for secrets
`);
    return EXIT_CLEAN;
  }
  const format = parseFormat(values.format);
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
  const path = positionals[0] ?? ".";
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const mode = await modeTarget(values, path, io);
  const prepared = await prepareScan(values, path, io, {
    ...values.baseline ? { baselinePath: values.baseline } : {},
    suppress: !values["no-suppress"]
  });
  const { settings, workers } = prepared;
  const options = mode ? { ...prepared.options, target: mode } : prepared.options;
  const target = options.target;
  if (!quiet) printWarnings(settings, io);
  const { runScan, countCommits } = await import("./chunk-NUEBP2ZK.js");
  const ranged = target.type === "staged" || target.type === "push" || target.type === "history" && target.revs !== void 0;
  const progress = createProgress(io.stderr, !quiet && !values["no-progress"] && target.type !== "staged");
  if (target.type === "history" && io.stderr.isTTY && !quiet) {
    countCommits(path, target.revs).then((n) => n !== void 0 && progress.setTotalCommits(n), () => void 0);
  }
  let report;
  try {
    report = await runScan({ ...options, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === "text" && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  const clean = report.findings.length === 0;
  const silentText = format === "text" && clean && (quiet || ranged && report.diagnostics.length === 0 && !values.output && !values["show-suppressed"]);
  if (!silentText) {
    const text = await render(report, format, {
      showSecrets: values["no-redact"] ?? false,
      color,
      verbose,
      showSuppressed: values["show-suppressed"] ?? false
    });
    if (values.output) {
      try {
        writeFileSync(values.output, text);
      } catch (error) {
        throw new InputError(`--output: cannot write ${values.output}: ${error.code ?? String(error)}`);
      }
      if (!quiet && !ranged) {
        const { summaryLine } = await import("./chunk-YBN2HZ2W.js");
        io.stderr.write(`${summaryLine(report)}
report written to ${values.output}
`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  const { failingFindings } = await import("./chunk-I5G5DHDR.js");
  const failing = failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0;
  if (ranged && !(quiet && clean)) io.stderr.write(`${scannedLine(report, target)}
`);
  if (ranged && values.output && !quiet) io.stderr.write(`leakgate: report written to ${values.output}
`);
  if (failing && (target.type === "staged" || target.type === "push")) io.stderr.write(blockedHint(target));
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.durationMs} ms, ${workers} workers
`
    );
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(", ")}
`);
  }
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
}
export {
  scanCommand
};
