import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  prepareScan,
  printWarnings,
  scanSetupOptions
} from "./chunk-KXQ62PT6.js";
import {
  USAGE,
  parse
} from "./chunk-5DOIZBE6.js";
import {
  baselineEntries,
  parseBaseline,
  renderBaseline
} from "./chunk-AX4QWKXM.js";
import "./chunk-JMPAVHJF.js";
import {
  readOptional,
  readRequired
} from "./chunk-ZY4GVWBC.js";
import {
  EXIT_CLEAN
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/baseline-command.ts
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
var baselineOptions = {
  ...scanSetupOptions,
  repo: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" }
};
async function baselineCommand(args, io) {
  const { values, positionals } = parse(args, baselineOptions, "baseline");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  const [action, file, ...rest] = positionals;
  if (action !== "create" && action !== "update") {
    throw new InputError(`baseline: expected "create" or "update", got ${action === void 0 ? "nothing" : JSON.stringify(action)}`);
  }
  if (rest.length > 0) throw new InputError(`baseline ${action}: expected at most one FILE, got ${[file, ...rest].join(" ")}`);
  const { settings, options } = await prepareScan(values, values.repo ?? ".", io, { useBaseline: false });
  if (!values.quiet) printWarnings(settings, io);
  const target = file ? resolve(io.cwd, file) : settings.baselinePath;
  const previousText = action === "update" ? readRequired(target, target) : readOptional(target, target);
  const { runScan } = await import("./chunk-33PXWHFU.js");
  const report = await runScan(options);
  let entries = baselineEntries(report.findings);
  let summary;
  if (action === "update") {
    const previous = parseBaseline(previousText ?? "", target);
    const present = new Set(report.findings.map((f) => f.fingerprint));
    entries = previous.filter((e) => present.has(e.fingerprint));
    summary = `${entries.length} kept, ${previous.length - entries.length} pruned`;
  } else {
    summary = `${entries.length} entr${entries.length === 1 ? "y" : "ies"}`;
  }
  const text = renderBaseline(entries);
  const changed = text !== previousText;
  if (changed) {
    try {
      writeFileSync(target, text);
    } catch (error) {
      throw new InputError(`baseline: cannot write ${target}: ${error.code ?? String(error)}`);
    }
  }
  if (!values.quiet) io.stdout.write(`baseline ${target}: ${summary}${changed ? "" : " (unchanged)"}
`);
  return EXIT_CLEAN;
}
export {
  baselineCommand
};
