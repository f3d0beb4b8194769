#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod2, isNodeMode, target) => (target = mod2 != null ? __create(__getProtoOf(mod2)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod2 || !mod2.__esModule ? __defProp(target, "default", { value: mod2, enumerable: true }) : target,
  mod2
));

// src/cli/start.ts
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
var KEEP = 12;
var STALE_MS = 24 * 60 * 60 * 1e3;
var PREFIX = "cli-";
var SUFFIX = ".v8cache";
var main = (0, import_node_path.join)(__dirname, "cli-main.cjs");
var mode = process.env.LEAKGATE_CODE_CACHE;
var debug = mode === "debug" ? (message) => process.stderr.write(`leakgate: code cache: ${message}
`) : void 0;
var source = (0, import_node_fs.readFileSync)(main, "latin1");
var file = mode === "0" ? void 0 : cacheFile();
var cachedData;
if (file) {
  try {
    cachedData = (0, import_node_fs.readFileSync)(file);
  } catch {
    cachedData = void 0;
  }
}
var script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename: main, ...cachedData ? { cachedData } : {} });
if (file) {
  const state = cachedData === void 0 ? "missing" : script.cachedDataRejected ? "rejected" : isStale(file) ? "stale" : "used";
  debug?.(`${state} ${file}`);
  if (state !== "used") process.once("exit", () => save(file, script));
}
var run = script.runInThisContext();
var mod = { exports: {}, filename: main, id: main, loaded: false };
run.call(mod.exports, mod.exports, (0, import_node_module.createRequire)(main), mod, main, (0, import_node_path.dirname)(main));
function cacheFile() {
  try {
    const dir = process.env.LEAKGATE_CACHE_DIR || (0, import_node_path.join)(process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "leakgate");
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const info = (0, import_node_fs.lstatSync)(dir);
    const owner = process.getuid ? info.uid === process.getuid() : true;
    if (!info.isDirectory() || !owner || process.platform !== "win32" && (info.mode & 18) !== 0) {
      debug?.(`not used: ${dir} is not a private directory of this user`);
      return void 0;
    }
    const { size, mtimeMs } = (0, import_node_fs.statSync)(main);
    const flags = process.execArgv.join(" ");
    const key = `${"a76b871ba531f4a0"}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}-${checksum(flags)}-${runKind()}`;
    return (0, import_node_path.join)(dir, `${PREFIX}${key}${SUFFIX}`);
  } catch (error) {
    debug?.(`not used: ${error instanceof Error ? error.message : String(error)}`);
    return void 0;
  }
}
function runKind() {
  const [command = "", ...rest] = process.argv.slice(2);
  const hook = command === "scan" ? rest.find((arg) => arg === "--staged" || arg === "--pre-push" || arg === "--files") : void 0;
  return `${command}${hook ?? ""}`.replace(/[^a-z-]/g, "").slice(0, 32) || "none";
}
function isStale(file2) {
  try {
    return Date.now() - (0, import_node_fs.statSync)(file2).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
function save(file2, compiled) {
  const temporary = `${file2}.${process.pid}.tmp`;
  try {
    const data = compiled.createCachedData();
    const fd = (0, import_node_fs.openSync)(temporary, "w", 384);
    try {
      (0, import_node_fs.writeSync)(fd, data);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.renameSync)(temporary, file2);
    debug?.(`written ${file2} (${data.length} bytes)`);
    prune((0, import_node_path.dirname)(file2), file2);
  } catch (error) {
    debug?.(`not written: ${error instanceof Error ? error.message : String(error)}`);
    try {
      (0, import_node_fs.unlinkSync)(temporary);
    } catch {
    }
  }
}
function prune(dir, keep) {
  const files = (0, import_node_fs.readdirSync)(dir).filter((name) => name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith(".tmp"))).map((name) => (0, import_node_path.join)(dir, name)).filter((path) => path !== keep).map((path) => ({ path, time: (0, import_node_fs.statSync)(path, { throwIfNoEntry: false })?.mtimeMs ?? 0 })).sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEEP - 1)) {
    try {
      (0, import_node_fs.unlinkSync)(path);
    } catch {
    }
  }
}
function checksum(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
