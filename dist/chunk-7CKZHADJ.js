import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  InputError
} from "./chunk-TVGA44QV.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";

// src/cli/args.ts
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
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
  const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import("./chunk-ZRBSX6XC.js");
  const builtin = await loadBuiltinRules();
  if (!files || files.length === 0) return builtin;
  const extra = await Promise.all(files.map((f) => loadRulePackFile(f)));
  return mergeRulePacks([builtin, ...extra]);
}

export {
  USAGE,
  parse,
  parseSize,
  parseWorkers,
  parseFormat,
  loadRules
};
