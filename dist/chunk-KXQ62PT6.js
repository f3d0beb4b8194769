import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  parseDuration,
  parseSize,
  parseWorkers
} from "./chunk-5DOIZBE6.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";

// src/cli/scan-setup.ts
import { resolve } from "node:path";
var scanSetupOptions = {
  "no-git": { type: "boolean" },
  rules: { type: "string", multiple: true },
  config: { type: "string" },
  workers: { type: "string" },
  "max-blob-size": { type: "string" },
  "blob-timeout": { type: "string" },
  "no-cache": { type: "boolean" },
  "stdin-name": { type: "string" }
};
function parseFailOn(text) {
  const values = ["critical", "high", "medium", "low", "info", "none"];
  const found = values.find((v) => v === text);
  if (!found) throw new InputError(`--fail-on: expected one of ${values.join(", ")}, got "${text}"`);
  return found;
}
async function prepareScan(values, path, io, extra = {}) {
  const workers = parseWorkers(values.workers);
  const { DEFAULT_BLOB_TIMEOUT_MS, DEFAULT_MAX_BLOB_BYTES } = await import("./chunk-33PXWHFU.js");
  const maxBlobBytes = values["max-blob-size"] ? parseSize(values["max-blob-size"], "--max-blob-size") : DEFAULT_MAX_BLOB_BYTES;
  const blobTimeoutMs = values["blob-timeout"] ? parseDuration(values["blob-timeout"], "--blob-timeout") : DEFAULT_BLOB_TIMEOUT_MS;
  const { loadScanSettings, settingsScanOptions } = await import("./chunk-F6ZYDYCI.js");
  const settings = await loadScanSettings(path === "-" ? io.cwd : resolve(io.cwd, path), {
    ...values.config ? { configPath: resolve(io.cwd, values.config) } : {},
    ...extra.baselinePath ? { baselinePath: resolve(io.cwd, extra.baselinePath) } : {},
    ...extra.useBaseline === false ? { useBaseline: false } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => resolve(io.cwd, f)) } : {}
  });
  const target = path === "-" ? { type: "stdin", name: values["stdin-name"] ?? "stdin", input: io.stdin } : values["no-git"] ? { type: "directory", path } : { type: "history", path };
  const { suppress, ...fromSettings } = settingsScanOptions(settings);
  const options = {
    target,
    workers,
    maxBlobBytes,
    blobTimeoutMs,
    cache: !values["no-cache"],
    ...fromSettings,
    // --no-suppress: report what allow comments, ignore files and the baseline would hide.
    ...extra.suppress ?? true ? { suppress } : { inlineAllow: false }
  };
  return { settings, options, workers };
}
function printWarnings(settings, io) {
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}
`);
}

export {
  scanSetupOptions,
  parseFailOn,
  prepareScan,
  printWarnings
};
