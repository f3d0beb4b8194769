import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  USAGE,
  parse
} from "./chunk-5DOIZBE6.js";
import {
  FINGERPRINT,
  formatIgnoreLine,
  parseIgnoreFile
} from "./chunk-JMPAVHJF.js";
import {
  IGNORE_FILE,
  findSettingsRoot,
  readOptional
} from "./chunk-ZY4GVWBC.js";
import {
  EXIT_CLEAN
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/ignore-command.ts
import { appendFileSync } from "node:fs";
import { join } from "node:path";
var ignoreOptions = {
  reason: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function ignoreCommand(args, io) {
  const { values, positionals } = parse(args, ignoreOptions, "ignore");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length === 0) throw new InputError('ignore: expected a FINGERPRINT (as "leakgate scan" prints it)');
  const fingerprints = positionals.map((p) => p.trim().toLowerCase());
  const bad = fingerprints.filter((fp) => !FINGERPRINT.test(fp));
  if (bad.length > 0) {
    throw new InputError(`ignore: expected fingerprints of 24 hexadecimal characters (as "leakgate scan" prints them), got ${bad.map((b) => JSON.stringify(b)).join(", ")}`);
  }
  const reason = values.reason?.trim();
  if (reason !== void 0 && /[\r\n]/.test(reason)) throw new InputError("--reason: expected one line of text");
  const file = join(findSettingsRoot(io.cwd), IGNORE_FILE);
  const text = readOptional(file, file) ?? "";
  const known = parseIgnoreFile(text, file);
  const added = [...new Set(fingerprints)].filter((fp) => !known.has(fp));
  for (const fp of fingerprints.filter((f) => known.has(f))) io.stdout.write(`${fp} is already in ${file}
`);
  if (added.length === 0) return EXIT_CLEAN;
  const prefix = text.length > 0 && !text.endsWith("\n") ? "\n" : "";
  try {
    appendFileSync(file, `${prefix}${added.map((fp) => formatIgnoreLine(fp, reason || void 0)).join("\n")}
`);
  } catch (error) {
    throw new InputError(`ignore: cannot write ${file}: ${error.code ?? String(error)}`);
  }
  io.stdout.write(`added ${added.length} fingerprint${added.length === 1 ? "" : "s"} to ${file}
`);
  return EXIT_CLEAN;
}
export {
  ignoreCommand
};
