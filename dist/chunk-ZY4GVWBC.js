import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/config/files.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE = ".leakgate.yaml";
var IGNORE_FILE = ".leakgateignore";
var BASELINE_FILE = ".leakgate-baseline.jsonl";
var GITLEAKS_CONFIG = ".gitleaks.toml";
var GITLEAKS_IGNORE = ".gitleaksignore";
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function isBareRepository(dir) {
  return existsSync(join(dir, "HEAD")) && isDirectory(join(dir, "objects")) && isDirectory(join(dir, "refs"));
}
function findSettingsRoot(start) {
  const begin = resolve(start);
  const first = isDirectory(begin) ? begin : dirname(begin);
  for (let dir = first; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git")) || isBareRepository(dir)) return dir;
    if (dirname(dir) === dir) return first;
  }
}
function readOptional(path, display) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw new ConfigError(`${display}: cannot read: ${code ?? String(error)}`);
  }
}
function readRequired(path, display) {
  const text = readOptional(path, display);
  if (text === void 0) throw new ConfigError(`${display}: no such file`);
  return text;
}

export {
  CONFIG_FILE,
  IGNORE_FILE,
  BASELINE_FILE,
  GITLEAKS_CONFIG,
  GITLEAKS_IGNORE,
  findSettingsRoot,
  readOptional,
  readRequired
};
