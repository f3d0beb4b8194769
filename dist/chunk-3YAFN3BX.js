import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  parseFailOn,
  prepareScan,
  printWarnings,
  scanSetupOptions
} from "./chunk-KXQ62PT6.js";
import {
  USAGE,
  parse,
  parseFormat,
  parseSizeLimit
} from "./chunk-5DOIZBE6.js";
import {
  EXIT_CLEAN,
  EXIT_FINDINGS
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import {
  formatBytes
} from "./chunk-45JZZB5B.js";
import "./chunk-X2NNYMSQ.js";
import "./chunk-MUH7D3S2.js";
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

// src/cli/scan-command.ts
var scanOptions = {
  ...scanSetupOptions,
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "no-redact": { type: "boolean" },
  baseline: { type: "string" },
  "fail-on": { type: "string" },
  "no-suppress": { type: "boolean" },
  "show-suppressed": { type: "boolean" },
  "size-limit": { type: "string", multiple: true },
  health: { type: "boolean" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
async function render(report, format, flags) {
  const { showSecrets, showSuppressed } = flags;
  if (format === "json") {
    const { renderJson } = await import("./chunk-M4BBWIIB.js");
    return renderJson(report, { showSecrets });
  }
  if (format === "sarif") {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import("./chunk-7UXJ47WM.js"), import("./chunk-JZK7VSAF.js")]);
    return renderSarif(report, { showSecrets, locationHash, includeSuppressed: showSuppressed });
  }
  const { renderText } = await import("./chunk-DJG3IRFN.js");
  return renderText(report, { showSecrets, color: flags.color, verbose: flags.verbose, showSuppressed, health: flags.health });
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
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
  const sizeLimits = (values["size-limit"] ?? []).map(parseSizeLimit);
  const path = positionals[0] ?? ".";
  const quiet = values.quiet ?? false;
  const verbose = values.verbose ?? false;
  const { settings, options, workers } = await prepareScan(values, path, io, {
    ...values.baseline ? { baselinePath: values.baseline } : {},
    suppress: !values["no-suppress"]
  });
  if (!quiet) printWarnings(settings, io);
  const { runScan, countCommits } = await import("./chunk-33PXWHFU.js");
  const progress = createProgress(io.stderr, !quiet && !values["no-progress"]);
  if (options.target.type === "history" && io.stderr.isTTY && !quiet) {
    countCommits(path).then((n) => n !== void 0 && progress.setTotalCommits(n), () => void 0);
  }
  let report;
  try {
    report = await runScan({ ...options, sizeLimits, healthDetail: values.health ?? false, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === "text" && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  if (!(quiet && format === "text" && report.findings.length === 0 && !values.health)) {
    const text = await render(report, format, {
      showSecrets: values["no-redact"] ?? false,
      color,
      verbose,
      showSuppressed: values["show-suppressed"] ?? false,
      health: values.health ?? false
    });
    if (values.output) {
      try {
        writeFileSync(values.output, text);
      } catch (error) {
        throw new InputError(`--output: cannot write ${values.output}: ${error.code ?? String(error)}`);
      }
      if (!quiet) {
        const { summaryLine } = await import("./chunk-DJG3IRFN.js");
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
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.cachedBlobs ?? 0} from the cache, ${s.durationMs} ms, ${workers} workers
`
    );
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(", ")}
`);
  }
  const { failingFindings } = await import("./chunk-437K2JZA.js");
  return failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}
export {
  scanCommand
};
