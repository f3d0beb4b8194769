#!/usr/bin/env node
import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  CatFileReader,
  HistorySource,
  checkRevisionSpec,
  git,
  gitBuffer,
  gitMaybe,
  gitResult,
  isZeroOid,
  pairKey,
  parseAddedLines,
  readBlobsById,
  readInOrder,
  unionLines,
  verifyRevisions
} from "./chunk-WVZNXZMQ.js";
import {
  pathEntries
} from "./chunk-4YATRJTD.js";
import {
  FileRuleSet,
  compileAnyGlob,
  compilePathTests,
  createDetector,
  resolveOverlaps,
  scanBlob
} from "./chunk-MT7CLWF5.js";
import {
  INFORMATION_URI,
  VERSION
} from "./chunk-MPYZAZE2.js";
import {
  describeSuppressed,
  formatCount,
  shownSecret,
  shownSnippet
} from "./chunk-73NG7B4Z.js";
import {
  FAIL_ON_VALUES,
  failingFindings
} from "./chunk-BNEIKHUI.js";
import {
  formatBytes,
  parseSizeText
} from "./chunk-P4CRFPQL.js";
import {
  SEVERITIES
} from "./chunk-MUH7D3S2.js";
import {
  isLiteralPattern,
  usePrecomputed
} from "./chunk-AYVBC2TM.js";
import {
  deepFreeze
} from "./chunk-2TY7D2QD.js";
import {
  ConfigError,
  GitError,
  InputError,
  isScannerError
} from "./chunk-TVGA44QV.js";
import {
  fingerprint
} from "./chunk-SCYJGH7J.js";
import "./chunk-MHERK6FT.js";

// src/cli/args.ts
const { availableParallelism } = require("node:os");
const { parseArgs } = require("node:util");
var USAGE = `leakgate ${VERSION}: find secrets, plaintext credentials and repository junk in Git

Usage:
  leakgate scan [PATH]          scan every blob reachable from every ref of the repository at PATH (default .)
  leakgate scan --no-git PATH   scan the files on disk under PATH (any directory, git or not)
  leakgate scan -               scan standard input
  leakgate scan --staged [PATH] scan what is staged for the next commit: added and changed lines only (pre-commit hook)
  leakgate scan --pre-push [PATH]
                                scan the commits a push adds to the remote, from git's pre-push input (pre-push hook)
  leakgate scan --range A..B [PATH]
                                scan what the commits of a range add (merges: what is new relative to every parent)
  leakgate scan --since-commit REV [--all-refs] [PATH]
                                the same for REV..HEAD, or with --all-refs for every ref's commits not in REV
  leakgate install [--pre-commit] [--pre-push] [--force] [PATH]
                                install the git hooks (both by default) into the repository's hooks directory;
                                --force even where a husky, lefthook or pre-commit config file is present
                                (hooks those managers installed are never replaced)
  leakgate uninstall [PATH]     remove them and restore the hooks that were there before
  leakgate rules                list the rules in effect (built-in packs with the config applied)
  leakgate rules --check [FILE] validate a rule pack (default: the built-in packs and the config's custom rules)
                                and run every rule's examples
  leakgate init [DIR]           write a commented starter .leakgate.yaml at the repository root (--force replaces)
  leakgate ignore FP [--reason TEXT]
                                add a finding's fingerprint to .leakgateignore
  leakgate baseline create [FILE]
                                write the current findings as the baseline (default .leakgate-baseline.jsonl);
                                takes the scan options below and --repo PATH
  leakgate baseline update [FILE]
                                drop baseline entries whose secret is gone
  leakgate version              print the version

Scan options:
  -f, --format text|json|sarif  output format (default text)
  -o, --output FILE             write the report to FILE instead of standard output
      --no-redact               show secrets in clear (they are redacted by default)
      --rules FILE              add the rules of a rule pack file (repeatable)
      --config FILE             read this config instead of .leakgate.yaml at the repository root
      --baseline FILE           report only findings not in this baseline (default: .leakgate-baseline.jsonl
                                at the repository root, when present)
      --fail-on LEVEL           lowest severity that makes the exit code 1: critical, high, medium, low, info
                                (default, or the config's failOn) or none
      --no-suppress             report everything: disregard allow comments, ignore files and the baseline
      --show-suppressed         also list suppressed findings (text), or emit them with SARIF suppressions
      --workers N               worker threads for large scans (default: one per core, 0 = in-process)
      --max-blob-size SIZE      skip secret rules on blobs larger than SIZE (default 16MiB; e.g. 512k, 50MB)
      --blob-timeout TIME       time the rules may spend on one blob before it is skipped with a
                                regex-timeout diagnostic (default 10s; e.g. 500ms, 30s)
      --no-cache                do not use or update the scan cache under .git/leakgate/ (history
                                scans reuse results of blobs scanned before under the same rules)
      --stdin-name NAME         path to report for standard input (default "stdin")
      --size-limit [GLOB=]WARN[,ERROR]
                                large-blob thresholds, for paths matching GLOB if given (repeatable, first
                                match wins; default 1MiB,10MiB, dist/ 5MiB,10MiB; "off" disables; one
                                size sets the warning only), e.g. 'assets/**=20MiB,100MiB'
      --health                  print the repository health table: blob bytes, largest blobs, binaries outside LFS
      --no-progress             no progress line on a terminal
  -q, --quiet                   no progress, no summary when clean; findings and errors only
  -v, --verbose                 list every diagnostic and print timings on stderr
  -h, --help                    this help

Hooks: "git commit --no-verify" skips every hook; LEAKGATE_SKIP=1 skips only leakgate's (--staged, --pre-push),
with a warning. Staged, pre-push and range scans print on stderr how much they scanned.

Suppression: a comment "leakgate:allow [RULE...] [-- reason]" (or "gitleaks:allow") allows a line's findings;
.leakgateignore lists fingerprints; the baseline lists accepted findings. The summary counts each kind.

Exit codes: 0 no findings (at or above --fail-on), 1 findings, 2 usage, configuration or runtime error.`;
function parse(args, options, command) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}; run "leakgate ${command} --help" for the accepted flags`);
  }
}
function parseSize(text, flag) {
  const bytes = parseSizeText(text);
  if (bytes === void 0) throw new InputError(`${flag}: expected a size such as 512k, 16MiB or 1048576, got "${text}"`);
  return bytes;
}
function parseDuration(text, flag) {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  const scale = { ms: 1, s: 1e3, m: 6e4 }[(m?.[2] ?? "ms").toLowerCase()];
  const ms = m ? Math.round(Number(m[1]) * scale) : NaN;
  if (!m || ms < 10 || ms > 36e5) throw new InputError(`${flag}: expected a duration from 10ms to 1h such as 500ms, 10s or 2m, got "${text}"`);
  return ms;
}
function parseSizeLimit(text) {
  const eq = text.lastIndexOf("=");
  const glob = eq === -1 ? void 0 : text.slice(0, eq).trim();
  const sizes = (eq === -1 ? text : text.slice(eq + 1)).split(",").map((s) => s.trim());
  const fail = () => {
    throw new InputError(`--size-limit: expected [GLOB=]WARN[,ERROR] with sizes such as 1MiB or 10MB, or "off" (e.g. 'assets/**=20MiB,100MiB'), got "${text}"`);
  };
  if (glob === "" || sizes.length > 2 || sizes.some((s) => s === "")) fail();
  const [warn, error] = sizes.map((s) => s.toLowerCase() === "off" ? Infinity : parseSize(s, "--size-limit"));
  const errorSize = sizes.length === 1 && warn === Infinity ? Infinity : error;
  return { paths: glob === void 0 ? [] : [glob], ...warn !== void 0 ? { warn } : {}, ...errorSize !== void 0 ? { error: errorSize } : {} };
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

// src/cli/exit-code.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;

// src/cli/baseline-command.ts
const { writeFileSync: writeFileSync2 } = require("node:fs");
const { resolve: resolve6 } = require("node:path");

// src/config/ignore-file.ts
var FINGERPRINT = /^[0-9a-f]{24}$/;
function parseIgnoreFile(text, file) {
  const out = /* @__PURE__ */ new Map();
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const value = (hash === -1 ? raw : raw.slice(0, hash)).trim().toLowerCase();
    const reason = hash === -1 ? void 0 : raw.slice(hash + 1).trim() || void 0;
    if (value === "") return;
    if (!FINGERPRINT.test(value)) {
      problems.push(`${file}:${i + 1}: expected a finding fingerprint (24 hexadecimal characters, as "leakgate scan" prints them) and an optional "# reason", got ${JSON.stringify(raw.slice(0, 80))}`);
      return;
    }
    if (!out.has(value) || out.get(value) === void 0) out.set(value, reason);
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return out;
}
function formatIgnoreLine(fingerprint2, reason) {
  return reason ? `${fingerprint2}  # ${reason}` : fingerprint2;
}
function parseGitleaksIgnore(text, file) {
  const entries = [];
  const warnings = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^(?:([0-9a-f]{7,40}):)?(.+):([^:]+):(\d+)$/.exec(line);
    if (!m) {
      warnings.push(`${file}:${i + 1}: not a gitleaks fingerprint ([commit:]path:rule-id:line); ignored`);
      return;
    }
    entries.push({ ...m[1] ? { commit: m[1] } : {}, path: m[2], ruleId: m[3], line: Number(m[4]) });
  });
  return { entries, warnings };
}

// src/config/baseline.ts
function compare(a, b) {
  const cmp2 = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return cmp2(a.fingerprint, b.fingerprint) || cmp2(a.path, b.path) || cmp2(a.rule, b.rule);
}
function baselineEntries(findings) {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path }));
}
function renderBaseline(entries) {
  const lines = [...entries].sort(compare).map((e) => JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path }));
  const unique = lines.filter((line, i) => line !== lines[i - 1]);
  return unique.length === 0 ? "" : `${unique.join("\n")}
`;
}
function parseBaseline(text, file) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${file}:${i + 1}`;
    if (/^(<<<<<<<|=======|>>>>>>>)/.test(line)) {
      problems.push(`${where}: merge conflict marker; keep the entries of both sides (or re-run "leakgate baseline create")`);
      return;
    }
    let value;
    try {
      value = JSON.parse(line.replace(/,$/, ""));
    } catch {
      problems.push(`${where}: expected one JSON entry {"fingerprint":...,"rule":...,"path":...} per line, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const entry = value;
    if (typeof value !== "object" || value === null || typeof entry.fingerprint !== "string" || !FINGERPRINT.test(entry.fingerprint) || typeof entry.rule !== "string" || typeof entry.path !== "string") {
      problems.push(`${where}: expected {"fingerprint": 24 hexadecimal characters, "rule": string, "path": string}, got ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    entries.push({ fingerprint: entry.fingerprint, rule: entry.rule, path: entry.path });
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return entries;
}

// src/config/files.ts
const { existsSync, readFileSync, statSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");
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
function readOptional(path, display2) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return void 0;
    throw new ConfigError(`${display2}: cannot read: ${code ?? String(error)}`);
  }
}
function readRequired(path, display2) {
  const text = readOptional(path, display2);
  if (text === void 0) throw new ConfigError(`${display2}: no such file`);
  return text;
}

// src/cli/scan-setup.ts
const { resolve: resolve5 } = require("node:path");

// src/config/settings.ts
const { dirname: dirname4, join: join4, relative, resolve: resolve3 } = require("node:path");

// src/ruleset/load.ts
const { readFileSync: readFileSync2, readdirSync, existsSync: existsSync2 } = require("node:fs");
const { join: join2, dirname: dirname2, basename } = require("node:path");
const { fileURLToPath } = require("node:url");
async function loadRulePackFile(file, display2 = file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${display2}: cannot read rule pack: ${error.code ?? String(error)}`);
  }
  const { parseRulePack } = await import("./chunk-AU2E6VRQ.js");
  return parseRulePack(text, display2);
}
function mergeRulePacks(packs) {
  const byId = /* @__PURE__ */ new Map();
  const problems = [];
  for (const rule of packs.flat()) {
    const prior = byId.get(rule.id);
    if (prior) problems.push(`${rule.source}: rule id "${rule.id}" is already defined in ${prior.source}`);
    else byId.set(rule.id, rule);
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return [...byId.values()];
}
function packageRoot() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync2(join2(dir, "package.json")) && existsSync2(join2(dir, "rules"))) return dir;
    dir = dirname2(dir);
  }
  return void 0;
}
function listPackFiles(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort().map((name) => join2(dir, name));
}
var PRECOMPILED_RULES = "builtin-rules.json";
var PRECOMPUTED_PREFILTER = "builtin-prefilter.bin";
var PRECOMPUTED_GLOBS = "builtin-globs.json";
function readBesideBundle(name) {
  try {
    return readFileSync2(join2(dirname2(fileURLToPath(import.meta.url)), name));
  } catch {
    return void 0;
  }
}
var builtinPrecomputed = {
  prefilter: () => readBesideBundle(PRECOMPUTED_PREFILTER),
  globs: () => {
    const bytes = readBesideBundle(PRECOMPUTED_GLOBS);
    return bytes && JSON.parse(bytes.toString("utf8"));
  }
};
var builtinCache;
async function loadBuiltinRules() {
  if (builtinCache) return builtinCache;
  const precompiled = join2(dirname2(fileURLToPath(import.meta.url)), PRECOMPILED_RULES);
  if (existsSync2(precompiled)) {
    builtinCache = freezeAll(JSON.parse(readFileSync2(precompiled, "utf8")));
    return builtinCache;
  }
  builtinCache = Object.freeze(await loadBuiltinRulesFromYaml());
  return builtinCache;
}
async function loadBuiltinRulesFromYaml() {
  const root = packageRoot();
  if (!root) throw new ConfigError("cannot find the built-in rules/ directory of the leakgate package");
  const files = listPackFiles(join2(root, "rules"));
  const packs = await Promise.all(files.map((f) => loadRulePackFile(f, `rules/${basename(f)}`)));
  return mergeRulePacks(packs);
}
function freezeAll(rules) {
  for (const rule of rules) {
    Object.freeze(rule.examples);
    Object.freeze(rule);
  }
  return Object.freeze(rules);
}

// src/config/parsed-cache.ts
const { mkdirSync, readFileSync: readFileSync3, renameSync, statSync: statSync2, writeFileSync } = require("node:fs");
const { dirname: dirname3, join: join3, resolve: resolve2 } = require("node:path");
var FORMAT = "leakgate-config-cache/1";
var MAX_ENTRIES = 8;
async function cachedParse(root, key, text, parse2) {
  const file = cacheFileOf(root);
  const stored = file === void 0 ? void 0 : readCache(file);
  const hit = stored?.entries.find((e) => e.key === key && e.text === text);
  if (hit) return deepFreeze(hit.value);
  const value = await parse2();
  if (file !== void 0) {
    const others = (stored?.entries ?? []).filter((e) => e.key !== key).slice(0, MAX_ENTRIES - 1);
    writeCache(file, { format: FORMAT, version: VERSION, entries: [{ key, text, value }, ...others] });
  }
  return value;
}
function cacheFileOf(root) {
  const dotGit = join3(root, ".git");
  try {
    const stat = statSync2(dotGit, { throwIfNoEntry: false });
    let gitDir;
    if (stat?.isDirectory()) gitDir = dotGit;
    else if (stat?.isFile()) {
      const named = /^gitdir: (.+)$/m.exec(readFileSync3(dotGit, "utf8"))?.[1]?.trim();
      if (named) gitDir = resolve2(root, named);
    } else if (statSync2(join3(root, "objects"), { throwIfNoEntry: false })?.isDirectory() && statSync2(join3(root, "HEAD"), { throwIfNoEntry: false })) {
      gitDir = root;
    }
    return gitDir === void 0 ? void 0 : join3(gitDir, "leakgate", "config-cache.json");
  } catch {
    return void 0;
  }
}
function readCache(file) {
  try {
    const data = JSON.parse(readFileSync3(file, "utf8"));
    if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.entries)) return void 0;
    const entries = data.entries.filter((e) => typeof e?.key === "string" && typeof e.text === "string" && e.value !== void 0);
    return { format: FORMAT, version: VERSION, entries };
  } catch {
    return void 0;
  }
}
function writeCache(file, data) {
  try {
    mkdirSync(dirname3(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  } catch {
  }
}

// src/config/settings.ts
function display(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}
async function builtinRules() {
  return loadBuiltinRules();
}
async function loadScanSettings(repoDir, options = {}) {
  const root = findSettingsRoot(repoDir);
  const warnings = [];
  const configAbs = options.configPath ? resolve3(options.configPath) : join4(root, CONFIG_FILE);
  const configFile = options.configPath ?? display(configAbs);
  const configText = options.configPath ? readRequired(configAbs, configFile) : readOptional(configAbs, configFile);
  const loaded = configText === void 0 ? void 0 : await cachedParse(root, `${configAbs}
${configFile}`, configText, async () => (await import("./chunk-WNAA3VSB.js")).parseConfig(configText, configFile));
  const config = loaded?.config;
  const gitleaksAbs = join4(root, GITLEAKS_CONFIG);
  const gitleaksMode = config ? config.extends === "gitleaks" : true;
  let gitleaks;
  if (gitleaksMode) {
    const text = readOptional(gitleaksAbs, display(gitleaksAbs));
    if (text === void 0 && config) {
      throw new ConfigError(`${configFile}: extends: "gitleaks" needs ${GITLEAKS_CONFIG} at the repository root (${root}), and there is none`);
    }
    if (text !== void 0) {
      gitleaks = (await import("./chunk-I2BAHX2O.js")).parseGitleaksConfig(text, display(gitleaksAbs), gitleaksAbs);
      warnings.push(...gitleaks.warnings);
    }
  }
  let rules = [];
  const builtin = await builtinRules();
  if (config || !gitleaks) rules.push(...builtin);
  else {
    const disabled = new Set(gitleaks.disabledRules);
    for (const id of disabled) {
      if (!builtin.some((r) => r.id === id) && !gitleaks.rules.some((r) => r.id === id)) {
        warnings.push(`${gitleaks.file}: extend.disabledRules: "${id}" is not a rule here (leakgate's built-in rules have their own ids; run "leakgate rules")`);
      }
    }
    if (gitleaks.useDefault) rules.push(...builtin.filter((r) => !disabled.has(r.id)));
  }
  if (gitleaks) rules.push(...gitleaks.rules);
  if (gitleaks && !config && rules.length === 0) {
    warnings.push(`${gitleaks.file}: defines no rules and does not extend the defaults; leakgate's built-in rules are used (add [extend] useDefault = true to say so)`);
    rules.push(...builtin);
  }
  const customRules = loaded?.customRules ?? [];
  const extra = [];
  if (options.ruleFiles && options.ruleFiles.length > 0) {
    extra.push(...await Promise.all(options.ruleFiles.map((f) => loadRulePackFile(f))));
  }
  if (customRules.length > 0 || extra.length > 0 || gitleaks) {
    rules = mergeRulePacks([rules, customRules, ...extra]);
  }
  let skipPath;
  if (config || gitleaks) {
    const policy = await import("./chunk-7FGMXTC6.js");
    const p = policy.emptyPolicy();
    if (config) addConfigPolicy(p, config, configFile, rules, policy);
    if (gitleaks) addGitleaksPolicy(p, gitleaks, rules, warnings, policy);
    rules = policy.applyPolicy(rules, p);
    skipPath = await policy.skipPathFilter(p);
  }
  if (rules.length === 0) {
    throw new ConfigError(`${configFile}: every rule is disabled; a scan would find nothing (enable a rule, or do not run the scan)`);
  }
  const ignoreAbs = join4(root, IGNORE_FILE);
  const ignoreText = readOptional(ignoreAbs, display(ignoreAbs));
  const ignored = ignoreText === void 0 ? /* @__PURE__ */ new Map() : parseIgnoreFile(ignoreText, display(ignoreAbs));
  const suppress = { ignored, ignoreSource: IGNORE_FILE };
  if (gitleaksMode) {
    const abs = join4(root, GITLEAKS_IGNORE);
    const text = readOptional(abs, display(abs));
    if (text !== void 0) {
      const parsed = parseGitleaksIgnore(text, display(abs));
      warnings.push(...parsed.warnings);
      suppress.gitleaksIgnored = parsed.entries;
      suppress.gitleaksIgnoreSource = GITLEAKS_IGNORE;
    }
  }
  let baselineFile;
  const explicit = options.baselinePath ?? (config?.baseline ? join4(dirname4(configAbs), config.baseline) : void 0);
  const baselinePath = explicit ? resolve3(explicit) : join4(root, BASELINE_FILE);
  if (options.useBaseline ?? true) {
    const abs = baselinePath;
    const shown = options.baselinePath ?? display(abs);
    const text = explicit ? readRequired(abs, shown) : readOptional(abs, shown);
    if (text !== void 0) {
      suppress.baseline = new Set(parseBaseline(text, shown).map((e) => e.fingerprint));
      suppress.baselineSource = shown;
      baselineFile = shown;
    }
  }
  const hygiene = config?.hygiene ? { ...config.hygiene.maxBlobSize !== void 0 ? { maxBlobBytes: config.hygiene.maxBlobSize } : {}, paths: config.hygiene.paths.map((p) => ({ glob: p.glob, maxBytes: p.maxBlobSize })) } : void 0;
  return Object.freeze({
    root,
    ...config ? { configFile } : {},
    ...gitleaks ? { gitleaksFile: gitleaks.file } : {},
    ...baselineFile ? { baselineFile } : {},
    baselinePath,
    rules: Object.freeze(rules),
    customRules,
    ...skipPath ? { skipPath } : {},
    suppress: Object.freeze(suppress),
    ...hygiene ? { hygiene: Object.freeze(hygiene) } : {},
    failOn: config?.failOn ?? "info",
    warnings: Object.freeze(warnings)
  });
}
function settingsScanOptions(settings) {
  return {
    rules: settings.rules,
    ...settings.skipPath ? { skipPath: settings.skipPath } : {},
    suppress: settings.suppress,
    ...settings.hygiene ? { hygiene: settings.hygiene } : {}
  };
}
function addConfigPolicy(p, config, file, rules, policy) {
  const known = new Set(rules.map((r) => r.id));
  const problems = [];
  if (config.allowlist) {
    p.skipGlobs.push(...config.allowlist.paths);
    p.allowValues.push(...config.allowlist.regexes, ...config.allowlist.values.map(policy.literalPattern));
  }
  for (const [id, override] of Object.entries(config.overrides)) {
    if (!known.has(id)) {
      problems.push(`${file}: overrides.${id}: no rule has this id; expected the id of a rule in effect (run "leakgate rules" to list them)`);
      continue;
    }
    const change = policy.changeOf(p, id);
    if (override.disabled) change.disabled = true;
    if (override.severity) change.severity = override.severity;
    if (override.allowlist) {
      (change.excludePaths ??= []).push(...override.allowlist.paths);
      (change.allowValues ??= []).push(...override.allowlist.regexes, ...override.allowlist.values.map(policy.literalPattern));
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
}
function addGitleaksPolicy(p, gitleaks, rules, warnings, policy) {
  const known = new Set(rules.map((r) => r.id));
  for (const allowlist of gitleaks.allowlists) {
    if (!allowlist.targetRules) {
      p.skipRegexes.push(...allowlist.pathRegexes);
      p.allowValues.push(...allowlist.valueRegexes);
      continue;
    }
    for (const id of allowlist.targetRules) {
      if (!known.has(id)) {
        warnings.push(`${gitleaks.file}: allowlists.targetRules: "${id}" is not a rule here; ignored`);
        continue;
      }
      const change = policy.changeOf(p, id);
      (change.excludePathRegexes ??= []).push(...allowlist.pathRegexes);
      (change.allowValues ??= []).push(...allowlist.valueRegexes);
    }
  }
}

// src/scan.ts
const { existsSync: existsSync3 } = require("node:fs");
const { resolve: resolve4 } = require("node:path");

// src/engine/pool.ts
const { createRequire } = require("node:module");
var FLAG_BINARY = 1;
var FLAG_MATCHED = 2;
var BATCH_BYTES = 1 << 20;
var BATCH_ITEMS = 64;
var IN_FLIGHT_PER_WORKER = 2;
var SHARED_BYTES = 2 << 20;
var ALIGN_SLACK = 8;
var TRANSFER_BYTES = 1 << 20;
var NO_MATCHES = [];
var NO_DIAGNOSTICS = [];
var BlobScanner = class {
  constructor(options) {
    this.options = options;
  }
  options;
  detector;
  inlineUsed = 0;
  slots = [];
  queue = [];
  current = [];
  currentShared;
  currentBytes = 0;
  nextBatch = 0;
  waiters = [];
  drainWaiters = [];
  watchdog;
  failure;
  closed = false;
  shared = [];
  sharedViews = [];
  freeShared = [];
  /** Compiles the in-process detector now rather than on the first blob (to overlap it with the source's start). */
  prepare() {
    if (this.options.inlineBytes > 0 || this.options.workers === 0) this.detector ??= createDetector(this.options.rules);
  }
  /**
   * Hands over one blob; resolves when the scanner can take more (back-pressure). `scoped` false skips the rules
   * limited to some paths (the blob was seen at none of them). A blob of up to SHARED_BYTES is copied before this
   * returns, so its memory may then be reused. A larger one is kept until its result, and may be transferred to a
   * worker if it owns its whole ArrayBuffer: do not read `blob.bytes` after this call.
   */
  async submit(blob, scoped = true) {
    if (this.failure) throw this.failure;
    const length = blob.bytes.byteLength;
    if (this.options.workers === 0 || this.inlineUsed + length <= this.options.inlineBytes) {
      this.inlineUsed += length;
      this.detector ??= createDetector(this.options.rules);
      this.options.onResult(await scanBlob(this.detector, blob, void 0, scoped));
      return;
    }
    this.startWorkers();
    if (length > SHARED_BYTES) {
      this.flush();
      this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes }], shared: void 0 });
      this.dispatch();
    } else {
      let at = this.currentBytes + (blob.bytes.byteOffset - this.currentBytes & 7);
      if (this.currentShared !== void 0 && at + length > SHARED_BYTES) this.flush();
      if (this.currentShared === void 0) at = blob.bytes.byteOffset & 7;
      this.currentShared ??= this.freeShared.pop();
      if (this.currentShared === void 0) {
        this.flush();
        this.queue.push({ batch: this.nextBatch++, jobs: [{ id: blob.id, scoped, start: 0, end: length, bytes: blob.bytes.slice() }], shared: void 0 });
        this.dispatch();
      } else {
        this.sharedViews[this.currentShared].set(blob.bytes, at);
        this.current.push({ id: blob.id, scoped, start: at, end: at + length });
        this.currentBytes = at + length;
        if (this.current.length >= BATCH_ITEMS || this.currentBytes >= BATCH_BYTES) this.flush();
      }
    }
    while (this.queue.length > this.slots.length * IN_FLIGHT_PER_WORKER) {
      await new Promise((resolve10) => this.waiters.push(resolve10));
      if (this.failure) throw this.failure;
    }
  }
  /** Waits for every submitted blob's result. */
  async drain() {
    this.flush();
    while (this.queue.length > 0 || this.slots.some((s) => s.inFlight.size > 0)) {
      await new Promise((resolve10) => this.drainWaiters.push(resolve10));
      if (this.failure) throw this.failure;
    }
  }
  /** Stops the workers. */
  async close() {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
  flush() {
    if (this.current.length === 0) return;
    this.queue.push({ batch: this.nextBatch++, jobs: this.current, shared: this.currentShared });
    this.current = [];
    this.currentShared = void 0;
    this.currentBytes = 0;
    this.dispatch();
  }
  startWorkers() {
    if (this.shared.length === 0) {
      const count = this.options.workers * IN_FLIGHT_PER_WORKER * 2 + 2;
      for (let i = 0; i < count; i++) {
        this.shared.push(new SharedArrayBuffer(SHARED_BYTES + ALIGN_SLACK));
        this.sharedViews.push(new Uint8Array(this.shared[i]));
        this.freeShared.push(i);
      }
    }
    while (this.slots.length < this.options.workers) this.slots.push(this.spawn());
    this.watchdog ??= setInterval(() => this.checkTimeouts(), Math.min(500, this.options.blobTimeoutMs / 2));
    this.watchdog.unref();
  }
  spawn() {
    const heartbeat = new SharedArrayBuffer(16);
    const beat = new Int32Array(heartbeat);
    Atomics.store(beat, 1, -1);
    const init = { rules: this.options.rules, heartbeat, shared: this.shared };
    const worker = new (workerThreads()).Worker(new URL("./worker.js", import.meta.url), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot = { worker, beat, inFlight: /* @__PURE__ */ new Map(), lastSequence: 0, stuckSince: Date.now() };
    worker.on("message", (message) => this.receive(slot, message));
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot) && code !== 0) this.fail(new Error(`scan worker exited with code ${code}`));
    });
    return slot;
  }
  receive(slot, message) {
    const pending = slot.inFlight.get(message.batch);
    slot.inFlight.delete(message.batch);
    if (pending) {
      if (pending.shared !== void 0) this.freeShared.push(pending.shared);
      let d = 0;
      pending.jobs.forEach((job, i) => {
        const detail = message.details[d]?.index === i ? message.details[d++] : void 0;
        const flags = message.flags[i];
        this.options.onResult({
          blobId: job.id,
          matches: detail?.matches ?? NO_MATCHES,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          diagnostics: detail?.diagnostics ?? NO_DIAGNOSTICS
        });
      });
    }
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && this.queue.length > 0) {
        const pending = this.queue.shift();
        const message = this.pack(pending, slot.inFlight.size === 0);
        slot.inFlight.set(pending.batch, pending);
        slot.worker.postMessage(...message);
      }
    }
    if (this.queue.length <= this.slots.length * IN_FLIGHT_PER_WORKER) this.waiters.splice(0).forEach((w) => w());
    if (this.queue.length === 0 && this.slots.every((s) => s.inFlight.size === 0)) this.drainWaiters.splice(0).forEach((w) => w());
  }
  /** A worker whose current blob has not moved for the budget is terminated; its other blobs are re-queued. */
  checkTimeouts() {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      const sequence = Atomics.load(slot.beat, 3);
      const item = Atomics.load(slot.beat, 1);
      if (sequence !== slot.lastSequence || item === -1) {
        slot.lastSequence = sequence;
        slot.stuckSince = now;
        continue;
      }
      if (now - slot.stuckSince < this.options.blobTimeoutMs) continue;
      const batch = slot.inFlight.get(Atomics.load(slot.beat, 0));
      const stuck = batch?.jobs[item];
      const ruleIndex = Atomics.load(slot.beat, 2);
      const rule = this.options.rules[ruleIndex];
      const diagnostic = {
        code: "regex-timeout",
        ...stuck ? { blobId: stuck.id } : {},
        ...rule ? { ruleId: rule.id } : {},
        detail: `rule ${rule?.id ?? "?"} ran over ${this.options.blobTimeoutMs} ms on blob ${stuck?.id ?? "?"}; the blob was skipped for the remaining rules`
      };
      if (!stuck) this.options.onDiagnostic(diagnostic);
      this.slots.splice(this.slots.indexOf(slot), 1);
      void slot.worker.terminate();
      for (const pending of slot.inFlight.values()) {
        const rest = pending.jobs.filter((j) => j !== stuck);
        if (stuck && rest.length < pending.jobs.length) {
          this.options.onResult({ blobId: stuck.id, matches: [], binary: false, matched: true, diagnostics: [diagnostic] });
        }
        if (rest.length > 0) this.queue.unshift({ batch: this.nextBatch++, jobs: rest, shared: pending.shared });
        else if (pending.shared !== void 0) this.freeShared.push(pending.shared);
      }
      slot.inFlight.clear();
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }
  fail(error) {
    this.failure ??= error;
    this.waiters.splice(0).forEach((w) => w());
    this.drainWaiters.splice(0).forEach((w) => w());
  }
  /** The message for a batch: its shared buffer's index, or its own bytes (transferred when allowed, else a copy). */
  pack(pending, mayTransfer) {
    const { jobs } = pending;
    const ids = jobs.map((j) => j.id);
    const scoped = Uint8Array.from(jobs, (j) => j.scoped ? 1 : 0);
    const spans = new Uint32Array(jobs.length * 2);
    jobs.forEach((job, i) => {
      spans[2 * i] = job.start;
      spans[2 * i + 1] = job.end;
    });
    if (pending.shared !== void 0) return [{ batch: pending.batch, ids, spans, shared: pending.shared, scoped }, []];
    const own = jobs[0].bytes;
    if (mayTransfer && own.byteLength >= TRANSFER_BYTES && own.byteOffset === 0 && own.buffer.byteLength === own.byteLength && own.buffer instanceof ArrayBuffer) {
      return [{ batch: pending.batch, ids, spans, buffer: own.buffer, scoped }, [own.buffer]];
    }
    const buffer = new ArrayBuffer(own.byteLength);
    new Uint8Array(buffer).set(own);
    return [{ batch: pending.batch, ids, spans, buffer, scoped }, [buffer]];
  }
};
var threads;
function workerThreads() {
  return threads ??= createRequire(import.meta.url)("node:worker_threads");
}

// src/engine/gitattributes.ts
function unquote(quoted) {
  return quoted.replace(/\\(?:([0-7]{3})|(.))/g, (_, octal, c) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8));
    return c === "t" ? "	" : c === "n" ? "\n" : c ?? "";
  });
}
function splitLine(line) {
  const trimmed = line.replace(/^\s+/, "");
  if (trimmed === "" || trimmed.startsWith("#")) return void 0;
  if (trimmed.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"(.*)$/.exec(trimmed);
    if (!m) return void 0;
    return { pattern: unquote(m[1]), tokens: m[2].trim().split(/\s+/).filter(Boolean) };
  }
  const [pattern, ...tokens] = trimmed.split(/\s+/).filter(Boolean);
  return pattern === void 0 ? void 0 : { pattern, tokens };
}
function filterOf(tokens, macros) {
  let filter;
  for (const token of tokens) {
    if (token === "filter") filter = "true";
    else if (token.startsWith("filter=")) filter = token.slice("filter=".length);
    else if (token === "-filter" || token === "!filter") filter = null;
    else if (macros.has(token)) {
      const expanded = filterOf(macros.get(token), /* @__PURE__ */ new Map());
      if (expanded !== void 0) filter = expanded;
    }
  }
  return filter;
}
var LfsAttributes = class _LfsAttributes {
  constructor(files) {
    this.files = files;
  }
  files;
  /** `files`: `.gitattributes` path -> its versions. */
  static async create(files) {
    const compiled = /* @__PURE__ */ new Map();
    if (files.size === 0) return new _LfsAttributes(compiled);
    const { default: picomatch } = await import("./chunk-YLINAKD2.js");
    const options = { dot: true, nobrace: true, noextglob: true, nonegate: true };
    const macros = /* @__PURE__ */ new Map();
    const parsed = /* @__PURE__ */ new Map();
    for (const [path, versions] of files) {
      parsed.set(
        path,
        versions.map(
          (v) => v.text.split(/\r?\n/).flatMap((line) => {
            const split = splitLine(line);
            if (!split) return [];
            if (split.pattern.startsWith("[attr]")) {
              macros.set(split.pattern.slice("[attr]".length), split.tokens);
              return [];
            }
            return [split];
          })
        )
      );
    }
    for (const [path, versions] of files) {
      const lists = parsed.get(path);
      compiled.set(
        path.slice(0, Math.max(0, path.lastIndexOf("/"))),
        versions.map((v, i) => ({
          time: v.time ?? -Infinity,
          lines: lists[i].flatMap(({ pattern, tokens }) => {
            const filter = filterOf(tokens, macros);
            if (filter === void 0 || pattern.endsWith("/") || pattern.startsWith("!")) return [];
            if (pattern.includes("/")) {
              const anchored = picomatch(pattern.replace(/^\//, ""), options);
              return [{ test: anchored, filter }];
            }
            const name = picomatch(pattern, options);
            return [{ test: (p) => name(p.slice(p.lastIndexOf("/") + 1)), filter }];
          })
        }))
      );
    }
    return new _LfsAttributes(compiled);
  }
  /**
   * Whether `path` is tracked by LFS under the newest version of each applicable attribute file added no later than
   * `time` (every version when `time` is undefined: the newest). In a linear history that is the version in force
   * at the commit; see README for where this approximation can differ from git.
   */
  isTracked(path, time) {
    let filter = null;
    const applicable = [...this.files].filter(([dir]) => dir === "" || path.startsWith(`${dir}/`)).sort(([a], [b]) => depth(a) - depth(b));
    for (const [dir, versions] of applicable) {
      let chosen;
      for (const v of versions) {
        if (time !== void 0 && v.time > time) continue;
        if (!chosen || v.time >= chosen.time) chosen = v;
      }
      if (!chosen) continue;
      const relative2 = dir === "" ? path : path.slice(dir.length + 1);
      for (const line of chosen.lines) if (line.test(relative2)) filter = line.filter;
    }
    return filter === "lfs";
  }
  get empty() {
    return this.files.size === 0;
  }
};
function depth(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}

// src/scan-files.ts
var LARGEST_BLOBS = 10;
var MAX_ATTRIBUTES_BYTES = 1024 * 1024;
var isAttributesPath = (path) => path === ".gitattributes" || path.endsWith("/.gitattributes");
var FileScan = class _FileScan {
  constructor(ruleSet, keepHints) {
    this.ruleSet = ruleSet;
    this.keepHints = keepHints;
  }
  ruleSet;
  keepHints;
  facts = /* @__PURE__ */ new Map();
  attributes = /* @__PURE__ */ new Map();
  /** Blobs looked at as `.gitattributes` files (their text kept in `attributes` when it sets some filter). */
  checkedAttributes = /* @__PURE__ */ new Set();
  largest = [];
  hints = [];
  lfsPointers = 0;
  /** `keepHints`: the source cannot list its paths afterwards, so remember each blob's hinted path. */
  static async create(rules, sizeLimits, keepHints) {
    return new _FileScan(await FileRuleSet.compile(rules, sizeLimits), keepHints);
  }
  /**
   * Looks at one blob's size and head; keeps only what is notable. Returns what the scan cache must keep so that a
   * later scan can replay the blob without reading it (`observeCached`).
   */
  observe(blob) {
    const facts = this.ruleSet.inspect(blob.bytes, blob.size);
    let attributes;
    if (blob.path !== void 0 && isAttributesPath(blob.path)) attributes = attributesText(facts, blob);
    this.take(blob.id, facts, blob.path === void 0 ? [] : [blob.path], attributes, blob.path);
    const { size: _size, ...head } = facts;
    const notable = facts.binary || facts.lfsPointer || facts.encrypted !== void 0 || facts.magic !== void 0;
    return { ...notable ? { facts: head } : {}, ...attributes !== void 0 ? { attributes } : {} };
  }
  /** A blob replayed from the scan cache, met at `path` (see `observe`). */
  observeCached(blob, path) {
    this.take(blob.id, factsOf(blob), path === void 0 ? [] : [path], blob.attributes, path);
  }
  /** A blob of the part of history an incremental scan does not walk again, with the paths it was introduced at. */
  observeStored(blob, paths) {
    this.take(blob.id, factsOf(blob), paths, blob.attributes, paths[0]);
  }
  take(blobId, facts, paths, attributes, hint) {
    if (this.ruleSet.isNotable(facts) || paths.some((path) => this.ruleSet.isNotable(facts, path))) this.facts.set(blobId, facts);
    if (facts.lfsPointer) this.lfsPointers++;
    if (this.keepHints && hint !== void 0) this.hints.push({ path: hint, blobIds: [blobId] });
    if (attributes !== void 0) {
      this.checkedAttributes.add(blobId);
      if (attributes !== "") this.attributes.set(blobId, attributes);
    }
    this.rank(blobId, facts.size, hint);
  }
  /**
   * The blobs a later incremental scan needs from this scan's history to report as a scan from scratch would: those
   * with notable facts, attribute files, the largest, and every blob at a path some file rule looks at.
   */
  relevantBlobs(entries) {
    const out = /* @__PURE__ */ new Set([...this.facts.keys(), ...this.checkedAttributes, ...this.largest.map((b) => b.blobId)]);
    for (const { path, blobIds } of entries) {
      if (isAttributesPath(path) || this.ruleSet.looksAt(path)) for (const id of blobIds) out.add(id);
    }
    return out;
  }
  /** Keeps the largest blobs for the health summary. */
  rank(blobId, size, path) {
    const blob = { id: blobId, size, path };
    if (this.largest.some((b) => b.blobId === blobId)) return;
    const smallest = this.largest[this.largest.length - 1];
    if (this.largest.length < LARGEST_BLOBS || smallest && (blob.size > smallest.size || blob.size === smallest.size && blob.id < smallest.blobId)) {
      const at = this.largest.findIndex((b) => blob.size > b.size || blob.size === b.size && blob.id < b.blobId);
      this.largest.splice(at === -1 ? this.largest.length : at, 0, { blobId: blob.id, size: blob.size, path: blob.path });
      if (this.largest.length > LARGEST_BLOBS) this.largest.pop();
    }
  }
  /**
   * What the blobs' arrival order left out: the size of a version at a path some name rule takes whose blob arrived
   * at another path first, and the text of a `.gitattributes` version whose blob arrived at another path first. Those
   * few blobs are read again (none in most scans), so that the report does not depend on which path a blob was read
   * at, nor on which part of the history an incremental scan replayed.
   */
  async complete(source, hits, entries, unreadable) {
    const unsized = /* @__PURE__ */ new Set();
    for (const hit of hits) {
      if (hit.files !== void 0) continue;
      for (const v of hit.versions) if (v.size === void 0 && !this.facts.has(v.blobId) && !unreadable.has(v.blobId)) unsized.add(v.blobId);
    }
    const unchecked = /* @__PURE__ */ new Set();
    for (const e of entries) {
      if (!isAttributesPath(e.path)) continue;
      for (const id of e.blobIds) if (!this.checkedAttributes.has(id) && !unreadable.has(id)) unchecked.add(id);
    }
    if (unsized.size === 0 && unchecked.size === 0 || !source.readBlobs) return hits;
    const sizes = /* @__PURE__ */ new Map();
    for await (const blob of source.readBlobs([.../* @__PURE__ */ new Set([...unsized, ...unchecked])])) {
      sizes.set(blob.id, blob.size);
      if (unchecked.has(blob.id)) {
        const text = attributesText(this.ruleSet.inspect(blob.bytes, blob.size), blob);
        this.checkedAttributes.add(blob.id);
        if (text !== "") this.attributes.set(blob.id, text);
      }
    }
    if (unsized.size === 0) return hits;
    return hits.map(
      (hit) => hit.files !== void 0 || !hit.versions.some((v) => unsized.has(v.blobId) && sizes.has(v.blobId)) ? hit : { ...hit, versions: hit.versions.map((v) => unsized.has(v.blobId) && sizes.has(v.blobId) ? { ...v, size: sizes.get(v.blobId) } : v) }
    );
  }
  /**
   * After the source is exhausted: the file-level findings, and the health figures. `contentFindings` are the
   * secret and credential findings of the same scan (a credential file whose values they already report is not
   * reported again as a file). `detail` adds the introducing commit and HEAD presence of the largest blobs (two git
   * calls, for `--health`); `skipPath` drops allowlisted paths.
   */
  async finish(source, contentFindings, totals, detail = false, skipPath, unreadable = /* @__PURE__ */ new Set()) {
    const seen = source.paths ? [...source.paths()] : this.hints;
    const entries = skipPath ? seen.filter((e) => !skipPath(e.path)) : seen;
    let hits = this.ruleSet.evaluate(entries, (id) => this.facts.get(id));
    hits = await this.complete(source, hits, entries, unreadable);
    const attributeEntries = entries.filter((e) => isAttributesPath(e.path) && e.blobIds.some((id) => this.attributes.has(id)));
    const wanted = /* @__PURE__ */ new Set();
    for (const hit of hits) for (const v of hit.versions) wanted.add(v.blobId);
    for (const e of attributeEntries) for (const id of e.blobIds) if (this.attributes.has(id)) wanted.add(id);
    if (detail) for (const b of this.largest) wanted.add(b.blobId);
    const origins = wanted.size > 0 ? await source.origins([...wanted]) : /* @__PURE__ */ new Map();
    const originAt = (blobId, path) => origins.get(blobId)?.find((o) => o.path === path || path.endsWith("/") && o.path.startsWith(path));
    const timeAt = (blobId, path) => {
      const date = originAt(blobId, path)?.commit?.date;
      return date === void 0 ? void 0 : Date.parse(date);
    };
    const attributeFiles = /* @__PURE__ */ new Map();
    for (const e of attributeEntries) {
      const versions = e.blobIds.filter((id) => this.attributes.has(id)).map((id) => {
        const time = timeAt(id, e.path);
        return { text: this.attributes.get(id), ...time !== void 0 ? { time } : {} };
      });
      attributeFiles.set(e.path, versions);
    }
    const lfs = await LfsAttributes.create(attributeFiles);
    const reported = new Set(contentFindings.filter((f) => f.kind !== "hygiene").map((f) => f.path));
    const kept = [];
    for (let hit of hits) {
      if (this.ruleSet.isLfsSensitive(hit.rule) && !lfs.empty) {
        const path = hit.path;
        hit = { ...hit, versions: hit.versions.filter((v) => !lfs.isTracked(path, timeAt(v.blobId, path))) };
      }
      if (hit.rule.detector === "file" && hit.rule.kind === "credential" && !hit.rule.keepWithContent && reported.has(hit.path)) continue;
      const summary = this.ruleSet.summarize(hit);
      if (summary) kept.push({ hit, summary });
    }
    const roots = kept.filter((k) => k.hit.files !== void 0).map((k) => k.hit.path);
    const headPaths = new Set(kept.filter((k) => k.hit.files === void 0).map((k) => k.hit.path));
    const earliest = source.firstPaths?.(this.largest.map((b) => b.blobId));
    const firstPaths = new Map(this.largest.map((b) => [b.blobId, origins.get(b.blobId)?.[0]?.path ?? earliest?.get(b.blobId) ?? b.path ?? ""]));
    if (detail) for (const path of firstPaths.values()) headPaths.add(path);
    const head = source.headBlobs && (kept.length > 0 || detail && this.largest.length > 0) ? await source.headBlobs((p) => headPaths.has(p) || roots.some((root) => p.startsWith(root))) : void 0;
    const findings = kept.map(({ hit, summary }) => {
      let first;
      for (const v of hit.versions) {
        const origin = originAt(v.blobId, hit.path);
        const time = origin?.commit ? Date.parse(origin.commit.date) : Infinity;
        if (!first || time < first.time || time === first.time && v.blobId < first.blobId) first = { blobId: v.blobId, origin, time };
      }
      const inHead = head ? hit.files !== void 0 ? [...head.keys()].some((p) => p.startsWith(hit.path)) : hit.versions.some((v) => head.get(hit.path) === v.blobId) : void 0;
      const finding = {
        ruleId: hit.rule.id,
        blobId: first?.blobId ?? "",
        secret: "",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        snippet: summary.message,
        entropy: 0,
        severity: summary.severity,
        kind: hit.rule.kind,
        path: hit.path,
        ...first?.origin?.commit ? { commit: first.origin.commit } : {},
        fingerprint: fingerprint(hit.rule.id, "", hit.path),
        otherOccurrences: hit.files !== void 0 ? 0 : hit.versions.length - 1,
        ...summary.size !== void 0 ? { size: summary.size } : {},
        ...inHead !== void 0 ? { inHead } : {}
      };
      return finding;
    });
    const outside = /* @__PURE__ */ new Map();
    for (const e of entries) {
      for (const id of e.blobIds) {
        const f = this.facts.get(id);
        if (f?.binary && !f.lfsPointer && !outside.has(id) && (lfs.empty || !lfs.isTracked(e.path))) outside.set(id, f.size);
      }
    }
    const largest = this.largest.map((b) => {
      const path = firstPaths.get(b.blobId) ?? "";
      const commit = origins.get(b.blobId)?.[0]?.commit?.id;
      return {
        blobId: b.blobId,
        size: b.size,
        path,
        ...commit !== void 0 ? { commit } : {},
        ...head && detail ? { inHead: head.get(path) === b.blobId } : {}
      };
    });
    const health = {
      blobs: totals.blobs,
      bytes: totals.bytes,
      largest,
      binaryOutsideLfs: { count: outside.size, bytes: [...outside.values()].reduce((a, b) => a + b, 0) },
      lfsPointers: this.lfsPointers
    };
    return { findings, health };
  }
};
function attributesText(facts, blob) {
  if (facts.binary || blob.size > MAX_ATTRIBUTES_BYTES || blob.truncated) return "";
  const text = Buffer.from(blob.bytes).toString("utf8");
  return text.includes("filter") || text.includes("[attr]") ? text : "";
}
function factsOf(blob) {
  return { size: blob.size, binary: false, lfsPointer: false, ...blob.facts };
}

// src/sources/pre-push.ts
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function parsePrePushInput(text) {
  const updates = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const parts = line.split(" ");
    const [localRef = "", localSha = "", remoteRef = "", remoteSha = ""] = parts;
    if (parts.length !== 4 || !OID.test(localSha) || !OID.test(remoteSha)) {
      throw new InputError(
        `--pre-push: standard input line ${i + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": "${line.slice(0, 200)}"`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}
async function resolvePushRevs(repo, updates, options = {}) {
  const notes = [];
  const diagnostics = [];
  const pushed = updates.filter((u) => {
    if (isZeroOid(u.localSha)) notes.push(`${u.remoteRef}: deleted, nothing to scan`);
    return !isZeroOid(u.localSha);
  });
  if (pushed.length === 0) return { revs: [], notes, diagnostics };
  for (const u of updates) {
    for (const rev of [u.localSha, u.remoteSha]) {
      if (rev.startsWith("-") || /\s/.test(rev)) throw new InputError(`--pre-push: "${rev}" is not a revision`);
    }
  }
  const asked = [...new Set(pushed.flatMap((u) => isZeroOid(u.remoteSha) ? [u.localSha] : [u.localSha, u.remoteSha]))];
  const peeled = await peel(repo, asked);
  const include = /* @__PURE__ */ new Set();
  const exclude = /* @__PURE__ */ new Set();
  for (const u of pushed) {
    const local = peeled.get(u.localSha);
    if (!local) throw new GitError(`${u.localRef}: pushed object ${u.localSha} is not in this repository`);
    if (local.type !== "commit") {
      diagnostics.push({
        code: "git-warning",
        detail: `${u.localRef} points at a ${local.type} (${local.id}), not a commit; its content was not scanned`
      });
      continue;
    }
    include.add(local.id);
    if (isZeroOid(u.remoteSha)) {
      notes.push(`${u.remoteRef}: new, scanning commits not on ${describe(options.exclude)}`);
      continue;
    }
    const remote = peeled.get(u.remoteSha);
    if (remote?.type === "commit") {
      exclude.add(remote.id);
      notes.push(`${u.remoteRef}: ${remote.id.slice(0, 12)}..${local.id.slice(0, 12)}`);
    } else {
      notes.push(`${u.remoteRef}: remote value ${u.remoteSha.slice(0, 12)} is not in this repository; scanning commits not on ${describe(options.exclude)}`);
    }
  }
  if (include.size === 0) return { revs: [], notes, diagnostics };
  const revs = [...include, ...[...exclude].map((id) => `^${id}`)];
  const extra = options.exclude ?? [];
  if (extra.length > 0) revs.push("--not", ...extra);
  return { revs, notes, diagnostics };
}
function describe(exclude) {
  if (!exclude || exclude.length === 0) return "the remote";
  return exclude.map((e) => e === "--remotes" ? "any remote-tracking ref" : e === "--all" ? "any ref" : e).join(", ");
}
async function peel(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const text = await git(repo, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], names.map((n) => `${n}^{}
`).join(""));
  const lines = text.split("\n");
  names.forEach((name, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    if (type && type !== "missing" && OID.test(id)) out.set(name, { id, type });
  });
  return out;
}

// src/sources/staged.ts
var EMPTY_TREE = {
  sha1: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  sha256: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321"
};
var REGULAR_FILE = /* @__PURE__ */ new Set(["100644", "100755", "100664"]);
var StagedSource = class {
  constructor(options) {
    this.options = options;
    this.target = options.target;
  }
  options;
  kind = "staged";
  target;
  progress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  diagnostics = [];
  places = /* @__PURE__ */ new Map();
  reader;
  async *blobs() {
    const changes = await listStagedChanges(this.options.repo, this.diagnostics);
    const order = [];
    for (const change of changes) {
      if (this.options.skipPath?.(change.path)) continue;
      const origin = change.lines ? { path: change.path, lines: change.lines } : { path: change.path };
      const known = this.places.get(change.blob);
      if (known) known.push(origin);
      else {
        this.places.set(change.blob, [origin]);
        order.push(change);
      }
    }
    this.progress.blobsTotal = order.length;
    if (order.length === 0) return;
    const reader = new CatFileReader(this.options.repo, this.options.maxBlobBytes);
    this.reader = reader;
    try {
      for await (const { index, object } of readInOrder(reader, order.map((o) => o.blob), order.length, this.options.onContent)) {
        const { blob, path } = order[index];
        if (!object) {
          this.diagnostics.push({
            code: "missing-object",
            blobId: blob,
            path,
            detail: `staged blob ${blob} (${path}) is not in the object store; it was not scanned`
          });
          continue;
        }
        this.progress.blobsRead++;
        this.progress.bytesRead += object.size;
        const focus = unionLines(this.places.get(blob).map((o) => o.lines));
        yield { id: blob, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength, path, ...focus ? { focus } : {} };
      }
    } finally {
      reader.close();
      this.reader = void 0;
    }
  }
  async origins(blobIds) {
    const out = /* @__PURE__ */ new Map();
    for (const id of blobIds) {
      const places = this.places.get(id);
      if (places) out.set(id, places);
    }
    return out;
  }
  /** Every staged path that adds content, with its blob (for the file-level rules). */
  paths() {
    return pathEntries(this.places, (origin) => origin.path);
  }
  /** Staged blobs again, by id (path-scoped rules that skipped a blob on the first pass). */
  async *readBlobs(blobIds) {
    yield* readBlobsById(this.options.repo, this.options.maxBlobBytes, blobIds);
  }
  async close() {
    this.reader?.close();
  }
};
async function listStagedChanges(repo, diagnostics) {
  let output;
  let withPatch = true;
  try {
    output = await diffIndex(repo, "HEAD", true);
  } catch (error) {
    const base = await stagedBase(repo);
    try {
      output = await diffIndex(repo, base, true);
    } catch (patchError) {
      output = await diffIndex(repo, base, false).catch(() => {
        throw base === "HEAD" ? error : patchError;
      });
      withPatch = false;
      const why = (patchError instanceof Error ? patchError.message : String(patchError)).replace(/^.*? failed: /s, "");
      diagnostics.push({ code: "read-error", detail: `git could not diff the staged files (${why.split("\n")[0]}); every line of them was scanned` });
    }
  }
  const { entries, patchStart } = parseRaw(output);
  const added = withPatch ? parseAddedLines(output.subarray(patchStart)) : /* @__PURE__ */ new Map();
  const changes = [];
  for (const e of entries) {
    if (e.status === "U") {
      diagnostics.push({ code: "git-warning", path: e.path, detail: `${e.path} is unmerged (a conflict); stage its resolution to have it scanned` });
      continue;
    }
    if (e.status === "D" || isZeroOid(e.newBlob) || !REGULAR_FILE.has(e.newMode)) continue;
    let lines;
    if (!isZeroOid(e.oldBlob) && withPatch) {
      const key = pairKey(e.oldBlob, e.newBlob);
      if (added.has(key)) lines = added.get(key);
      else if (e.oldBlob === e.newBlob) lines = [];
    }
    if (lines && lines.length === 0) continue;
    changes.push({ path: e.path, blob: e.newBlob, lines });
  }
  return changes;
}
function diffIndex(repo, base, patch) {
  return gitBuffer(repo, [
    "diff-index",
    "--cached",
    "-z",
    ...patch ? ["--patch-with-raw", "-U0", "--inter-hunk-context=0"] : ["--raw"],
    "--full-index",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    base,
    "--"
  ]);
}
async function stagedBase(repo) {
  const result = await gitResult(repo, ["rev-parse", "--show-toplevel", "--show-object-format", "--verify", "-q", "HEAD^{commit}"]);
  const lines = result.stdout.toString("utf8").split("\n").filter((l) => l !== "");
  if (result.code !== 0 && (lines.length < 2 || result.stderr !== "")) {
    const why = result.stderr || `exit ${result.code}`;
    throw new GitError(
      /must be run in a work tree/.test(why) ? `${repo}: --staged needs a work tree (a bare repository has no index)` : `git rev-parse failed in ${repo}: ${why}`
    );
  }
  if (result.code === 0) return "HEAD";
  const format = lines.at(-1) ?? "sha1";
  const empty = EMPTY_TREE[format];
  if (!empty) throw new GitError(`${repo}: unsupported object format "${format}"`);
  return empty;
}
function parseRaw(output) {
  const entries = [];
  let pos = 0;
  const next = () => {
    if (pos >= output.length) return void 0;
    let end = output.indexOf(0, pos);
    if (end === -1) end = output.length;
    const token = output.toString("utf8", pos, end);
    pos = end + 1;
    return token;
  };
  while (pos < output.length && output[pos] === 58) {
    const meta = next();
    const [, newMode = "", oldBlob = "", newBlob = "", status = ""] = meta.slice(1).split(" ");
    const first = next();
    if (first === void 0) break;
    const renamed = status.startsWith("R") || status.startsWith("C");
    const path = renamed ? next() ?? first : first;
    entries.push({ newMode, oldBlob, newBlob, status: status.charAt(0), path });
  }
  if (output[pos] === 0) pos++;
  return { entries, patchStart: pos };
}

// src/suppress.ts
function gitleaksMatch(entry, finding) {
  if (entry.ruleId !== finding.ruleId || entry.path !== finding.path || entry.line !== finding.line) return false;
  if (entry.commit === void 0) return true;
  return finding.commit !== void 0 && finding.commit.id.startsWith(entry.commit);
}
function suppressionOf(finding, input, inline) {
  if (inline && finding.allowed) {
    return { kind: "inline", ...finding.allowed.reason ? { reason: finding.allowed.reason } : {}, source: finding.allowed.marker };
  }
  if (!input) return void 0;
  if (input.ignored.has(finding.fingerprint)) {
    const reason = input.ignored.get(finding.fingerprint);
    return { kind: "ignore", ...reason ? { reason } : {}, ...input.ignoreSource ? { source: input.ignoreSource } : {} };
  }
  if (input.gitleaksIgnored?.some((entry) => gitleaksMatch(entry, finding))) {
    return { kind: "ignore", ...input.gitleaksIgnoreSource ? { source: input.gitleaksIgnoreSource } : {} };
  }
  if (input.baseline?.has(finding.fingerprint)) {
    return { kind: "baseline", ...input.baselineSource ? { source: input.baselineSource } : {} };
  }
  return void 0;
}
function applySuppressions(findings, input, inline = true) {
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    const suppression = suppressionOf(finding, input, inline);
    if (suppression) suppressed.push({ ...finding, suppression });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

// src/scan.ts
var DEFAULT_MAX_BLOB_BYTES = 16 * 1024 * 1024;
var DEFAULT_BLOB_TIMEOUT_MS = 1e4;
var INLINE_BYTES = 4 * 1024 * 1024;
async function runScan(options) {
  const started = process.hrtime.bigint();
  usePrecomputed(builtinPrecomputed);
  const matchesByBlob = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const stats = { blobs: 0, bytes: 0, binarySkipped: 0, commits: 0, blobsMatched: 0, durationMs: 0 };
  const count = (result, size) => {
    stats.blobs++;
    stats.bytes += size;
    if (result.binary) stats.binarySkipped++;
    if (result.matched) stats.blobsMatched++;
  };
  const keep = (id, result, again = false) => {
    if (result.matches.length > 0) matchesByBlob.set(id, [...result.matches]);
    const seen = again ? new Set(diagnostics.filter((d) => d.blobId === id).map(diagnosticKey)) : void 0;
    diagnostics.push(...seen ? result.diagnostics.filter((d) => !seen.has(diagnosticKey(d))) : result.diagnostics);
  };
  const cache = await openIncremental(options, diagnostics);
  const tooLarge = (id, size) => {
    diagnostics.push({
      code: "too-large",
      blobId: id,
      detail: `blob ${id} is ${size} bytes, over the ${options.maxBlobBytes}-byte limit for secret rules (--max-blob-size); it was not scanned for secrets`
    });
  };
  const replay = (hit) => hit.truncated ? tooLarge(hit.id, hit.size) : keep(hit.id, hit);
  if (cache?.totals) Object.assign(stats, cache.totals);
  const recounted = /* @__PURE__ */ new Set();
  let files;
  let scoped;
  const known = cache ? (id, path) => {
    const found = cache.lookup(id);
    if (!found) return false;
    if (!found.hit.scoped && scoped?.concerns(path)) {
      if (found.counted) recounted.add(id);
      return false;
    }
    if (!found.counted) {
      count(found.hit, found.hit.size);
      replay(found.hit);
    }
    files?.observeCached(found.hit, path);
    if (found.hit.scoped) scoped?.markScoped(id);
    return true;
  } : void 0;
  const pending = /* @__PURE__ */ new Map();
  let rescanning = /* @__PURE__ */ new Set();
  let read = 0;
  const scanner = new BlobScanner({
    rules: options.rules,
    workers: options.workers,
    inlineBytes: await onlyReviewedRegexes(options.rules) ? INLINE_BYTES : 0,
    blobTimeoutMs: options.blobTimeoutMs,
    onResult: (result) => {
      const again = rescanning.has(result.blobId);
      const info = pending.get(result.blobId);
      pending.delete(result.blobId);
      if (!again && !recounted.has(result.blobId)) count(result, info?.size ?? 0);
      keep(result.blobId, result, again);
      if (cache && info && !result.diagnostics.some((d) => d.code === "regex-timeout")) {
        cache.add({ ...result, ...info.head, id: result.blobId, size: info.size, truncated: false, scoped: again || (scoped?.wasScoped(result.blobId) ?? false) });
      }
    },
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic)
  });
  let setup;
  const prepared = () => setup ??= (async () => {
    files = await FileScan.create(options.rules, [...options.sizeLimits ?? [], ...configSizeLimits(options.hygiene)], !source.paths);
    const pathTests = await compilePathTests(options.rules);
    scoped = await scopedPaths(options.rules, pathTests, source);
    return { files, pathTests, scoped };
  })();
  const onContent = () => {
    scanner.prepare();
    prepared().catch(() => void 0);
  };
  let source;
  try {
    source = await openSource(
      options,
      known && { known, ...cache?.tips ? { tips: cache.tips } : {}, ...cache?.since ? { since: cache.since } : {} },
      onContent
    );
  } catch (error) {
    await scanner.close();
    throw error;
  }
  if (cache || options.healthDetail) {
    const ready2 = await prepared();
    cache?.replayStored((hit, paths) => {
      replay(hit);
      ready2.files.observeStored(hit, paths);
      if (hit.scoped) ready2.scoped.markScoped(hit.id);
    });
  }
  let complete = false;
  try {
    for await (const blob of source.blobs()) {
      read++;
      options.onProgress?.(source.progress);
      const { files: files2, scoped: scoped2 } = await prepared();
      const head = files2.observe(blob);
      if (blob.truncated) {
        if (!recounted.has(blob.id)) count({ binary: false, matched: false }, blob.size);
        tooLarge(blob.id, blob.size);
        cache?.add({ ...head, id: blob.id, size: blob.size, binary: false, matched: false, truncated: true, scoped: true, matches: [], diagnostics: [] });
        continue;
      }
      if (head.facts?.binary) {
        if (!recounted.has(blob.id)) count({ binary: true, matched: false }, blob.size);
        cache?.add({ ...head, id: blob.id, size: blob.size, binary: true, matched: false, truncated: false, scoped: true, matches: [], diagnostics: [] });
        continue;
      }
      pending.set(blob.id, { size: blob.size, head });
      await scanner.submit(blob, scoped2.atHint(blob.id, blob.path));
    }
    await scanner.drain();
    rescanning = setup ? (await setup).scoped.missed([...diagnostics, ...source.diagnostics]) : /* @__PURE__ */ new Set();
    if (rescanning.size > 0 && source.readBlobs) {
      for await (const blob of source.readBlobs([...rescanning])) {
        if (blob.truncated) continue;
        pending.set(blob.id, { size: blob.size, head: {} });
        await scanner.submit(blob, true);
      }
      await scanner.drain();
    }
    complete = true;
  } finally {
    await scanner.close();
    await source.close();
  }
  if (cache && complete && source instanceof HistorySource) {
    stats.cachedBlobs = stats.blobs - read;
    stats.cachedCommits = cache.reusedCommits;
    const { blobs, bytes, binarySkipped, blobsMatched } = stats;
    const relevant = setup ? (await setup).files.relevantBlobs(source.paths()) : [];
    await cache.save(source, { blobs, bytes, binarySkipped, blobsMatched }, source.progress.commits, diagnostics, relevant);
  }
  stats.commits = source.progress.commits;
  const origins = await source.origins([...matchesByBlob.keys()]);
  await describeTooLarge(diagnostics, source);
  diagnostics.push(...source.diagnostics);
  const idle = !setup && matchesByBlob.size === 0 && (!source.paths || source.paths()[Symbol.iterator]().next().done === true);
  const ready = idle ? void 0 : await prepared();
  const contentFindings = ready ? await attach(matchesByBlob, origins, options.rules, ready.pathTests, diagnostics, options.skipPath) : [];
  const unreadable = new Set(diagnostics.filter((d) => d.code === "missing-object" && d.blobId).map((d) => d.blobId));
  const fileResult = ready ? await ready.files.finish(source, contentFindings, stats, options.healthDetail ?? false, options.skipPath, unreadable) : void 0;
  const all = [...contentFindings, ...fileResult?.findings ?? []].sort(compareFindings);
  const { findings, suppressed } = applySuppressions(all, options.suppress, options.inlineAllow ?? true);
  stats.durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return {
    kind: source.kind,
    target: source.target,
    findings,
    suppressed,
    rules: options.rules,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
    toolVersion: VERSION,
    ...fileResult ? { health: fileResult.health } : {}
  };
}
async function onlyReviewedRegexes(rules) {
  const builtin = new Map((await loadBuiltinRules()).map((rule) => [rule.id, rule]));
  return rules.every((rule) => {
    const own = builtin.get(rule.id);
    if (own === rule) return true;
    return own !== void 0 && rule.pattern === own.pattern && rule.flags === own.flags && rule.detector === own.detector && rule.validate === own.validate && rule.allowValues.every((value) => own.allowValues.includes(value) || isLiteralPattern(value));
  });
}
async function openIncremental(options, diagnostics) {
  if (options.cache === false || options.target.type !== "history") return void 0;
  const { IncrementalScan } = await import("./chunk-2Z2WK7TK.js");
  const keyParts = { tool: VERSION, rules: options.rules, maxBlobBytes: options.maxBlobBytes, hygiene: options.hygiene ?? null, sizeLimits: options.sizeLimits ?? [] };
  return IncrementalScan.open(resolve4(options.target.path), keyParts, !options.target.revs, diagnostics);
}
async function openSource(options, history, onContent) {
  const { target } = options;
  if (target.type === "stdin") {
    const { StreamSource } = await import("./chunk-32MEOO3E.js");
    return new StreamSource(target.input, target.name, options.maxBlobBytes);
  }
  const path = resolve4(target.path);
  if (!existsSync3(path)) throw new InputError(`${target.path}: no such file or directory`);
  if (target.type === "directory") {
    const { DirectorySource } = await import("./chunk-ZVT7VTEG.js");
    return new DirectorySource(path, target.path, options.maxBlobBytes, options.skipPath);
  }
  const skip = options.skipPath ? { skipPath: options.skipPath } : {};
  if (target.type === "staged") {
    return new StagedSource({ repo: path, target: target.path, maxBlobBytes: options.maxBlobBytes, onContent, ...skip });
  }
  const gitDir = await gitMaybe(path, ["rev-parse", "--git-dir"]);
  if (gitDir === void 0) {
    throw new GitError(`${target.path}: not a git repository (use --no-git to scan the files in a directory)`);
  }
  if (target.type === "push") {
    const range = await resolvePushRevs(path, target.updates, target.exclude ? { exclude: target.exclude } : {});
    const source = rangeSource(path, target.path, range.revs, options, history);
    source.diagnostics.push(...range.diagnostics);
    return source;
  }
  if (!target.revs) {
    return new HistorySource({
      repo: path,
      kind: "history",
      target: target.path,
      revs: ["--all"],
      maxBlobBytes: options.maxBlobBytes,
      ...skip,
      ...history
    });
  }
  if (target.spec) await verifyRevisions(path, target.spec.flag, target.spec.text, target.revs);
  return rangeSource(path, target.spec ? `${target.path} (${target.spec.text})` : target.path, target.revs, options, history);
}
function rangeSource(repo, target, revs, options, history) {
  return new HistorySource({
    repo,
    kind: "range",
    target,
    revs,
    addedLines: true,
    maxBlobBytes: options.maxBlobBytes,
    ...options.skipPath ? { skipPath: options.skipPath } : {},
    ...history
  });
}
async function scopedPaths(rules, tests, source) {
  const scopedRules = rules.filter(isPathLimited);
  const scopedTests = scopedRules.map((r) => tests.get(r.id));
  const enabled = scopedTests.length > 0 && source.paths !== void 0 && source.readBlobs !== void 0;
  const mayConcern = await compileAnyGlob(scopedRules.flatMap((r) => r.paths));
  const concerns = (path) => mayConcern(path) && scopedTests.some((test) => test(path));
  const scannedWithScoped = /* @__PURE__ */ new Set();
  return {
    /** Whether path-scoped rules run on this blob in the first pass. */
    atHint(blobId, path) {
      if (!enabled) return true;
      if (path === void 0 || !concerns(path)) return false;
      scannedWithScoped.add(blobId);
      return true;
    },
    /** Some path-scoped rule concerns this path (and they are skipped elsewhere). */
    concerns(path) {
      return enabled && path !== void 0 && concerns(path);
    },
    /** A blob replayed from the cache was scanned with the path-scoped rules. */
    markScoped(blobId) {
      scannedWithScoped.add(blobId);
    },
    /** Whether this blob's scan included the path-scoped rules. */
    wasScoped(blobId) {
      return !enabled || scannedWithScoped.has(blobId);
    },
    /** Blobs to scan again: at some path that a scoped rule concerns, not scanned with scoped rules, not missing. */
    missed(diagnostics) {
      const again = /* @__PURE__ */ new Set();
      if (!enabled || !source.paths) return again;
      const missing = new Set(diagnostics.filter((d) => d.code === "missing-object" || d.code === "too-large").map((d) => d.blobId));
      for (const { path, blobIds } of source.paths()) {
        if (!concerns(path)) continue;
        for (const id of blobIds) if (!scannedWithScoped.has(id) && !missing.has(id)) again.add(id);
      }
      return again;
    }
  };
}
function isPathLimited(rule) {
  return rule.paths.length > 0 && rule.detector === void 0;
}
async function countCommits(path, revs = ["--all"]) {
  const out = await gitMaybe(resolve4(path), ["rev-list", "--count", ...revs]);
  const n = Number(out?.trim());
  return Number.isInteger(n) ? n : void 0;
}
async function describeTooLarge(diagnostics, source) {
  const large = diagnostics.filter((d) => d.code === "too-large" && d.blobId && !d.path);
  if (large.length === 0) return;
  const origins = await source.origins(large.map((d) => d.blobId));
  for (const [i, d] of diagnostics.entries()) {
    if (d.code !== "too-large" || !d.blobId) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (origin) diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, origin.path) };
  }
}
function inLines(match, origin) {
  if (!origin.lines) return true;
  return origin.lines.some(([first, last]) => match.line >= first && match.line <= last);
}
async function attach(matchesByBlob, origins, rules, tests, diagnostics, skipPath) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byKey = /* @__PURE__ */ new Map();
  for (const [blobId, matches] of matchesByBlob) {
    const known = origins.get(blobId);
    if (!known || known.length === 0) {
      diagnostics.push({ code: "unreachable", blobId, detail: `blob ${blobId} has matches but no known path; not reported` });
      continue;
    }
    const places = skipPath ? known.filter((origin) => !skipPath(origin.path)) : known;
    const placed = /* @__PURE__ */ new Map();
    for (const origin of places) {
      const kept = matches.filter((m) => (tests.get(m.ruleId)?.(origin.path) ?? true) && inLines(m, origin));
      for (const match of resolveOverlaps(kept, (id) => ruleById.get(id))) {
        const placedKey = placed.get(match);
        if (placedKey !== void 0) {
          byKey.get(placedKey).count++;
          continue;
        }
        const rule = ruleById.get(match.ruleId);
        const finding = {
          ...match,
          severity: rule.severity,
          kind: rule.kind,
          path: origin.path,
          ...origin.commit ? { commit: origin.commit } : {},
          fingerprint: fingerprint(rule.id, match.secret, isPathScoped(rule) ? origin.path : void 0),
          otherOccurrences: 0
        };
        const key = `${rule.id}\0${match.secret}\0${origin.path}`;
        placed.set(match, key);
        const prior = byKey.get(key);
        if (!prior) byKey.set(key, { finding, count: 1 });
        else {
          prior.count++;
          if (preferred(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}
function isPathScoped(rule) {
  return rule.kind !== "secret" || rule.paths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0;
}
function preferred(a, b) {
  if (a.allowed === void 0 !== (b.allowed === void 0)) return a.allowed === void 0;
  return earlier(a, b);
}
function configSizeLimits(hygiene) {
  if (!hygiene) return [];
  return [
    ...hygiene.paths.map((p) => ({ paths: [p.glob], warn: p.maxBytes })),
    ...hygiene.maxBlobBytes !== void 0 ? [{ paths: [], warn: hygiene.maxBlobBytes }] : []
  ];
}
function earlier(a, b) {
  const da = a.commit?.date ?? "";
  const db = b.commit?.date ?? "";
  if (da !== db) return Date.parse(da) < Date.parse(db);
  if (a.commit?.id !== b.commit?.id) return (a.commit?.id ?? "") < (b.commit?.id ?? "");
  return a.line < b.line || a.line === b.line && a.column < b.column;
}
function compareFindings(a, b) {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function diagnosticKey(d) {
  return `${d.code}\0${d.ruleId ?? ""}\0${d.path ?? ""}\0${d.detail}`;
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort(
    (a, b) => cmp(a.code, b.code) || cmp(a.path ?? "", b.path ?? "") || cmp(a.blobId ?? "", b.blobId ?? "") || cmp(a.detail, b.detail)
  );
}

// src/cli/scan-setup.ts
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
  const found = FAIL_ON_VALUES.find((v) => v === text);
  if (!found) throw new InputError(`--fail-on: expected one of ${FAIL_ON_VALUES.join(", ")}, got "${text}"`);
  return found;
}
async function prepareScan(values, path, io, extra = {}) {
  const workers = parseWorkers(values.workers);
  const maxBlobBytes = values["max-blob-size"] ? parseSize(values["max-blob-size"], "--max-blob-size") : DEFAULT_MAX_BLOB_BYTES;
  const blobTimeoutMs = values["blob-timeout"] ? parseDuration(values["blob-timeout"], "--blob-timeout") : DEFAULT_BLOB_TIMEOUT_MS;
  const settings = await loadScanSettings(path === "-" ? io.cwd : resolve5(io.cwd, path), {
    ...values.config ? { configPath: resolve5(io.cwd, values.config) } : {},
    ...extra.baselinePath ? { baselinePath: resolve5(io.cwd, extra.baselinePath) } : {},
    // --no-suppress applies no baseline: it is not read (a damaged one cannot stop the scan that looks past it).
    ...extra.useBaseline === false || extra.suppress === false ? { useBaseline: false } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => resolve5(io.cwd, f)) } : {}
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

// src/cli/baseline-command.ts
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
  const target = file ? resolve6(io.cwd, file) : settings.baselinePath;
  const previousText = action === "update" ? readRequired(target, target) : readOptional(target, target);
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
      writeFileSync2(target, text);
    } catch (error) {
      throw new InputError(`baseline: cannot write ${target}: ${error.code ?? String(error)}`);
    }
  }
  if (!values.quiet) io.stdout.write(`baseline ${target}: ${summary}${changed ? "" : " (unchanged)"}
`);
  return EXIT_CLEAN;
}

// src/cli/ignore-command.ts
const { appendFileSync } = require("node:fs");
const { join: join5 } = require("node:path");
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
  const file = join5(findSettingsRoot(io.cwd), IGNORE_FILE);
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

// src/cli/init-command.ts
const { existsSync: existsSync4, writeFileSync: writeFileSync3 } = require("node:fs");
const { join: join6, resolve: resolve7 } = require("node:path");

// src/config/starter.ts
var STARTER_CONFIG = `# leakgate configuration: read from .leakgate.yaml at the repository root (or --config FILE).
# Every field is optional; problems are reported with file, line, field and what is accepted.

# Lowest severity that fails a scan (exit code 1): critical, high, medium, low, info (default), or none.
# failOn: info

# Also read .gitleaks.toml (rules and allowlists) and .gitleaksignore, for repositories switching from gitleaks.
# extends: gitleaks

# Baseline of accepted findings (made by "leakgate baseline create"); .leakgate-baseline.jsonl is read by default.
# baseline: .leakgate-baseline.jsonl

# Allowed for every rule: paths are globs (micromatch/picomatch) never scanned; regexes are searched in the secret
# (a leading (?i) ignores case); values are exact secrets.
allowlist:
  paths: []
  #  - "test/fixtures/**"
  #  - "**/*.snap"
  regexes: []
  #  - "^AKIA[0-9A-Z]{12}EXAMPLE$"
  values: []

# Per-rule changes, keyed by rule id ("leakgate rules" lists them).
overrides: {}
#  generic.password-assignment:
#    severity: low              # critical, high, medium, low or info
#  some.rule:
#    disabled: true
#  github.pat:
#    allowlist:
#      paths: ["docs/**"]
#      regexes: []
#      values: []

# Custom rules, in the format of the built-in packs; each carries examples that must and must not match
# ("leakgate rules --check" runs them). {random:N}, {hex:N}, {crc32:N} are filled in at check time.
rules: []
#  - id: acme.api-key
#    description: Acme API key
#    severity: high
#    keywords: [acme_]
#    pattern: '\\b(acme_[A-Za-z0-9]{32})\\b'
#    secretGroup: 1
#    minEntropy: 3.5
#    examples:
#      match: ['key = "acme_{random:32}"']
#      ignore: ['key = "acme_00000000000000000000000000000000"']

# Size thresholds for the repository-hygiene rules (e.g. 512k, 10MiB, or bytes); the first matching path wins.
# hygiene:
#   maxBlobSize: 10MiB
#   paths:
#     - glob: "assets/**"
#       maxBlobSize: 50MiB

# Inline: a comment "leakgate:allow [rule-id ...] [-- reason]" on a line allows that line's findings.
# Ignore one finding everywhere: "leakgate ignore FINGERPRINT --reason TEXT" (writes .leakgateignore).
`;

// src/cli/init-command.ts
var initOptions = {
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function initCommand(args, io) {
  const { values, positionals } = parse(args, initOptions, "init");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`init: expected at most one DIR, got ${positionals.join(" ")}`);
  const dir = positionals[0] ? resolve7(io.cwd, positionals[0]) : findSettingsRoot(io.cwd);
  const file = join6(dir, CONFIG_FILE);
  if (existsSync4(file) && !values.force) {
    throw new InputError(`init: ${file} already exists; edit it, or run "leakgate init --force" to replace it`);
  }
  try {
    writeFileSync3(file, STARTER_CONFIG);
  } catch (error) {
    throw new InputError(`init: cannot write ${file}: ${error.code ?? String(error)}`);
  }
  io.stdout.write(`wrote ${file}
`);
  return EXIT_CLEAN;
}

// src/cli/install-command.ts
const { chmodSync, existsSync: existsSync5, lstatSync, mkdirSync: mkdirSync2, readFileSync: readFileSync4, realpathSync, renameSync: renameSync2, rmSync, writeFileSync: writeFileSync4 } = require("node:fs");
const { join: join7, resolve: resolve8 } = require("node:path");
var HOOK_NAMES = ["pre-commit", "pre-push"];
var CHAINED_SUFFIX = ".pre-leakgate";
var MARKER = "leakgate-managed";
var SCAN_ARGS = { "pre-commit": "scan --staged", "pre-push": "scan --pre-push" };
var installOptions = {
  "pre-commit": { type: "boolean" },
  "pre-push": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var MANAGER_FILES = [
  [".husky", "husky"],
  ["lefthook.yml", "lefthook"],
  ["lefthook.yaml", "lefthook"],
  [".lefthook.yml", "lefthook"],
  [".lefthook.yaml", "lefthook"],
  [".pre-commit-config.yaml", "pre-commit"]
];
async function locateHooks(cwd) {
  if (!existsSync5(cwd)) throw new InputError(`${cwd}: no such directory`);
  if (await gitMaybe(cwd, ["rev-parse", "--git-dir"]) === void 0) throw new InputError(`${cwd}: not a git repository`);
  const [dir, hooksPath, top] = await Promise.all([
    git(cwd, ["rev-parse", "--git-path", "hooks"]),
    gitMaybe(cwd, ["config", "--get", "core.hooksPath"]),
    gitMaybe(cwd, ["rev-parse", "--show-toplevel"])
  ]);
  return { dir: resolve8(cwd, dir.replace(/\n$/, "")), hooksPath: hooksPath?.trim() || void 0, top: top?.replace(/\n$/, "") || void 0 };
}
function managerOf(location, text, force) {
  if (location.hooksPath && /(^|[/\\])\.husky([/\\]|$)/.test(location.hooksPath)) return { manager: "husky", why: `core.hooksPath=${location.hooksPath}` };
  if (text !== void 0 && !text.includes(MARKER)) {
    const manager = /husky/i.test(text) ? "husky" : /lefthook/i.test(text) ? "lefthook" : /pre-commit\.com|generated by pre-commit/i.test(text) ? "pre-commit" : void 0;
    if (manager) return { manager, why: "its hook script" };
  }
  if (force || !location.top) return void 0;
  for (const [file, manager] of MANAGER_FILES) {
    if (existsSync5(join7(location.top, file))) return { manager, why: `${file}; its hooks would replace or bypass leakgate's (--force installs anyway)` };
  }
  return void 0;
}
function managerAdvice(manager, hooks) {
  if (manager === "husky") {
    return hooks.map((h) => `  .husky/${h}:  leakgate ${SCAN_ARGS[h]}`).join("\n");
  }
  if (manager === "lefthook") {
    return [
      "  lefthook.yml:",
      ...hooks.flatMap((h) => [
        `    ${h}:`,
        "      commands:",
        "        leakgate:",
        `          run: node_modules/.bin/leakgate ${SCAN_ARGS[h]}`,
        ...h === "pre-push" ? ["          use_stdin: true"] : []
      ])
    ].join("\n");
  }
  return [
    "  .pre-commit-config.yaml:",
    `    - repo: ${INFORMATION_URI}`,
    `      rev: v${VERSION}`,
    "      hooks:",
    ...hooks.map((h) => `        - id: ${h === "pre-commit" ? "leakgate" : "leakgate-pre-push"}`),
    ...hooks.includes("pre-push") ? ["  and run: pre-commit install --hook-type pre-push"] : []
  ].join("\n");
}
function readText(file) {
  try {
    return readFileSync4(file, "utf8");
  } catch {
    return void 0;
  }
}
function occupied(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
function shellQuoted(value) {
  return value.replace(/'/g, `'\\''`);
}
function renderHook(name) {
  const root = packageRoot();
  const template = root ? readText(join7(root, "hooks", name)) : void 0;
  if (!root || template === void 0) throw new ConfigError(`cannot find hooks/${name} in the leakgate package`);
  const cli = join7(root, "dist", "cli.js");
  const cliPath = existsSync5(cli) ? realpathSync(cli) : "";
  return template.replace("@LEAKGATE_NODE@", () => shellQuoted(process.execPath)).replace("@LEAKGATE_CLI@", () => shellQuoted(cliPath));
}
function selectedHooks(values) {
  const chosen = HOOK_NAMES.filter((h) => values[h]);
  return chosen.length > 0 ? chosen : [...HOOK_NAMES];
}
async function installCommand(args, io) {
  const { values, positionals } = parse(args, installOptions, "install");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`install: expected at most one PATH, got ${positionals.join(" ")}`);
  const hooks = selectedHooks(values);
  const location = await locateHooks(resolve8(io.cwd, positionals[0] ?? "."));
  const plans = hooks.map((name) => {
    const file = join7(location.dir, name);
    const text = occupied(file) ? readText(file) ?? "" : void 0;
    return { name, file, text, owner: managerOf(location, text, values.force ?? false), ours: text?.includes(MARKER) ?? false };
  });
  const managed = plans.filter((p) => p.owner);
  if (managed.length > 0) {
    const { manager, why } = managed[0].owner;
    throw new InputError(
      `${managed.map((p) => p.name).join(" and ")} hook${managed.length > 1 ? "s are" : " is"} managed by ${manager} (${why}); leakgate left ${managed.length > 1 ? "them" : "it"} alone. Add leakgate to ${manager} instead:
${managerAdvice(manager, hooks)}`
    );
  }
  for (const p of plans) {
    if (p.text !== void 0 && !p.ours && occupied(p.file + CHAINED_SUFFIX)) {
      throw new InputError(`${p.file} exists and so does ${p.file + CHAINED_SUFFIX}; move one of them away, then run leakgate install again`);
    }
  }
  mkdirSync2(location.dir, { recursive: true });
  for (const p of plans) {
    let note = "";
    if (p.text !== void 0 && !p.ours) {
      renameSync2(p.file, p.file + CHAINED_SUFFIX);
      note = ` (the ${p.name} hook that was there is kept as ${p.name}${CHAINED_SUFFIX} and runs first)`;
    } else if (p.ours) {
      note = " (updated)";
    }
    writeFileSync4(p.file, renderHook(p.name), { mode: 493 });
    chmodSync(p.file, 493);
    io.stdout.write(`leakgate: installed ${p.file}${note}
`);
  }
  return EXIT_CLEAN;
}
async function uninstallCommand(args, io) {
  const { values, positionals } = parse(args, installOptions, "uninstall");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  if (positionals.length > 1) throw new InputError(`uninstall: expected at most one PATH, got ${positionals.join(" ")}`);
  const location = await locateHooks(resolve8(io.cwd, positionals[0] ?? "."));
  for (const name of selectedHooks(values)) {
    const file = join7(location.dir, name);
    const chained = file + CHAINED_SUFFIX;
    const text = occupied(file) ? readText(file) : void 0;
    if (text !== void 0 && !text.includes(MARKER)) {
      io.stdout.write(`leakgate: ${file} was not written by leakgate; left alone
`);
      continue;
    }
    if (text !== void 0) rmSync(file, { force: true });
    if (occupied(chained)) {
      renameSync2(chained, file);
      io.stdout.write(`leakgate: removed the ${name} hook; restored the one that was there before
`);
    } else {
      io.stdout.write(text !== void 0 ? `leakgate: removed ${file}
` : `leakgate: no leakgate ${name} hook in ${location.dir}
`);
    }
  }
  return EXIT_CLEAN;
}

// src/cli/rules-command.ts
const { resolve: resolve9 } = require("node:path");
var rulesOptions = {
  check: { type: "boolean" },
  format: { type: "string", short: "f" },
  rules: { type: "string", multiple: true },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function rulesCommand(args, io) {
  const { values, positionals } = parse(args, rulesOptions, "rules");
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return EXIT_CLEAN;
  }
  const settings = await loadScanSettings(io.cwd, {
    useBaseline: false,
    ...values.config ? { configPath: resolve9(io.cwd, values.config) } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => resolve9(io.cwd, f)) } : {}
  });
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}
`);
  if (values.check) {
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(" ")}`);
    const { checkRules } = await import("./chunk-SVFP55WG.js");
    const builtin = await loadBuiltinRules();
    const file = positionals[0];
    const own = [...builtin, ...settings.customRules];
    const subjects = file ? await loadRulePackFile(file) : own;
    const all = mergeRulePacks(file ? [own, subjects] : [own]);
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
  const rules = settings.rules;
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

// src/cli/scan-command.ts
const { writeFileSync: writeFileSync5 } = require("node:fs");

// src/report/text.ts
var SUPPRESSION_LABEL = { inline: "allowed inline", ignore: "ignored", baseline: "in baseline" };
var DIAGNOSTICS_SHOWN = 10;
function palette(color) {
  const wrap = (open, close) => (text) => color ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\n/g, "\\n");
}
function plural(n, word) {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
function renderText(report, options) {
  const c = palette(options.color);
  const severityColor = { critical: c.red, high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const out = [];
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    const paint = severityColor[finding.severity];
    out.push(`${c.bold(paint(finding.severity.toUpperCase()))} ${c.bold(finding.ruleId)}  ${rule?.description ?? ""}`);
    out.push(`  ${c.cyan(printable(finding.path))}:${finding.line}:${finding.column}${commitLine(finding, c.dim)}`);
    const fileLevel = isFileLevel(finding);
    if (!fileLevel) {
      out.push(`  secret  ${c.magenta(printable(shownSecret(finding.secret, options)))}`);
      const snippet = shownSnippet(finding.snippet, finding.secret, options).trim();
      if (snippet) out.push(`  ${c.dim("line")}    ${printable(snippet)}`);
    } else {
      const where = finding.inHead === void 0 ? "" : finding.inHead ? "; still at HEAD" : "; not at HEAD, only in history";
      if (finding.snippet || where) out.push(`  ${printable(finding.snippet)}${where}`);
    }
    const more = finding.otherOccurrences > 0 ? `; ${plural(finding.otherOccurrences, fileLevel ? "other version" : "other occurrence")}` : "";
    out.push(c.dim(`  fingerprint ${finding.fingerprint}${more}`));
    out.push(
      c.dim(
        fileLevel ? `  allow: run "leakgate ignore ${finding.fingerprint}"` : `  allow: add "leakgate:allow ${finding.ruleId} -- reason" in a comment on the line, or run "leakgate ignore ${finding.fingerprint}"`
      )
    );
    out.push("");
  }
  if (options.showSuppressed && report.suppressed && report.suppressed.length > 0) {
    out.push(c.dim(`${plural(report.suppressed.length, "suppressed finding")}:`));
    for (const f of report.suppressed) {
      const why = `${SUPPRESSION_LABEL[f.suppression.kind]}${f.suppression.source ? ` (${printable(f.suppression.source)})` : ""}`;
      const reason = f.suppression.reason ? `: ${printable(f.suppression.reason)}` : "";
      out.push(`  ${f.ruleId}  ${c.cyan(printable(f.path))}:${f.line}:${f.column}  fingerprint ${f.fingerprint}  ${c.dim(why + reason)}`);
    }
    out.push("");
  }
  const diagnostics = report.diagnostics;
  if (diagnostics.length > 0) {
    out.push(c.yellow(`${plural(diagnostics.length, "diagnostic")} (items skipped or partly scanned):`));
    const shown = options.verbose ? diagnostics : diagnostics.slice(0, DIAGNOSTICS_SHOWN);
    for (const d of shown) out.push(`  ${d.code}: ${printable(d.detail)}`);
    if (shown.length < diagnostics.length) out.push(c.dim(`  ... and ${diagnostics.length - shown.length} more (--verbose lists them all)`));
    out.push("");
  }
  if (report.health && options.health) out.push(...healthTable(report.health, c), "");
  else if (report.health && report.kind === "history") out.push(healthLine(report.health), "");
  out.push(summaryLine(report, c));
  return `${out.join("\n")}
`;
}
function isFileLevel(finding) {
  return finding.kind === "hygiene" || finding.secret === "";
}
function healthLine(health) {
  const top = health.largest[0];
  const largest = top ? `; largest ${printable(top.path)} (${formatBytes(top.size)})` : "";
  const binary = `${plural(health.binaryOutsideLfs.count, "binary blob")} outside LFS (${formatBytes(health.binaryOutsideLfs.bytes)})`;
  return `repository: ${plural(health.blobs, "blob")}, ${formatBytes(health.bytes)}${largest}; ${binary}; run with --health for the largest blobs`;
}
function healthTable(health, c = palette(false)) {
  const rows = [
    ["blobs", health.blobs.toLocaleString("en-US"), formatBytes(health.bytes)],
    ["binary outside LFS", health.binaryOutsideLfs.count.toLocaleString("en-US"), formatBytes(health.binaryOutsideLfs.bytes)],
    ["LFS pointers", health.lfsPointers.toLocaleString("en-US"), ""]
  ];
  const out = [c.bold("Repository health")];
  for (const [label, count, size] of rows) out.push(`  ${label.padEnd(20)} ${count.padStart(10)}  ${size}`.trimEnd());
  if (health.largest.length > 0) {
    out.push(`  ${c.bold("largest blobs")}`);
    const width = Math.max(...health.largest.map((b) => formatBytes(b.size).length));
    for (const b of health.largest) {
      const head = b.inHead === void 0 ? "" : b.inHead ? "" : c.dim("  (not at HEAD)");
      const commit = b.commit ? c.dim(`  ${b.commit.slice(0, 12)}`) : "";
      out.push(`    ${formatBytes(b.size).padStart(width)}  ${printable(b.path)}${commit}${head}`);
    }
  }
  return out;
}
function commitLine(finding, dim) {
  const commit = finding.commit;
  if (!commit) return "";
  const date = commit.date.slice(0, 10);
  return `  ${dim(`commit ${commit.id.slice(0, 12)} ${printable(commit.author)} <${printable(commit.email)}> ${date} "${printable(commit.summary.slice(0, 60))}"`)}`;
}
function summaryLine(report, c = palette(false)) {
  const s = report.stats;
  const scanned = s.blobs === 0 ? "nothing to scan" : `scanned ${plural(s.blobs, report.kind === "stdin" ? "input" : "blob")} (${formatBytes(s.bytes)})${report.kind === "history" || report.kind === "range" ? `, ${plural(s.commits, "commit")}` : ""}`;
  const counts = SEVERITIES.map((sev) => [sev, report.findings.filter((f) => f.severity === sev).length]).filter(([, n]) => n > 0).map(([sev, n]) => `${n} ${sev}`).join(", ");
  const headline = report.findings.length === 0 ? c.green("no findings") : c.red(c.bold(`${plural(report.findings.length, "finding")} (${counts})`));
  const hidden = describeSuppressed(report);
  const suppressed = hidden ? `; ${formatCount((report.suppressed ?? []).length)} suppressed (${hidden})` : "";
  const diag = report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, "diagnostic")}` : "";
  return `leakgate ${report.kind} scan of ${printable(report.target)}: ${headline}${diag}${suppressed}; ${scanned} in ${(s.durationMs / 1e3).toFixed(1)} s`;
}

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
  "size-limit": { type: "string", multiple: true },
  health: { type: "boolean" },
  "no-progress": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function skipRequested() {
  return /^(1|true|yes|on)$/i.test(process.env.LEAKGATE_SKIP ?? "");
}
function pushStageOfPreCommit() {
  return ["PRE_COMMIT_TO_REF", "PRE_COMMIT_REMOTE_BRANCH", "PRE_COMMIT_LOCAL_BRANCH"].some((name) => Boolean(process.env[name]));
}
async function readAll(stdin) {
  if (stdin.isTTY) return "";
  const chunks = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function prePushUpdates(io) {
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
    checkRevisionSpec("--range", text);
    return { type: "history", path, revs: [text], spec: { flag: "--range", text } };
  }
  if (mode === "since-commit") {
    const text = values["since-commit"] ?? "";
    checkRevisionSpec("--since-commit", text);
    return { type: "history", path, revs: values["all-refs"] ? ["--all", `^${text}`] : [`^${text}`, "HEAD"], spec: { flag: "--since-commit", text } };
  }
  return void 0;
}
function scannedLine(report, target, unreadable) {
  const s = report.stats;
  const commits = report.kind === "range" ? `, ${plural(s.commits, "commit")}` : "";
  const what = s.blobs === 0 ? unreadable > 0 ? `nothing could be read (${plural(unreadable, "staged blob")} missing)` : `nothing to scan${target.type === "staged" ? " (no staged content)" : report.kind === "range" && s.commits === 0 ? " (no new commits)" : commits}` : `scanned ${plural(s.blobs, "file")} (${formatBytes(s.bytes)}${s.binarySkipped > 0 ? `, ${s.binarySkipped} binary skipped` : ""})${commits}`;
  const found = report.findings.length === 0 ? "no findings" : plural(report.findings.length, "finding");
  const hidden = report.suppressed && report.suppressed.length > 0 ? `, ${report.suppressed.length} suppressed` : "";
  return `leakgate: ${what}: ${found}${hidden}${report.diagnostics.length > 0 ? `, ${plural(report.diagnostics.length, "diagnostic")}` : ""}`;
}
function unreadableStaged(report, target) {
  return target.type === "staged" ? report.diagnostics.filter((d) => d.code === "missing-object").length : 0;
}
function blockedHint(target) {
  const action = target.type === "staged" ? "commit" : "push";
  return [
    `leakgate: ${action} blocked. Fix what is reported ${target.type === "staged" ? "in what is staged (edit or git rm --cached, then git add)" : "in the commits being pushed (git rebase -i, git commit --amend)"}, or allow a false positive as shown above.`,
    `leakgate: to skip this check once: LEAKGATE_SKIP=1 git ${action} ..., or git ${action} --no-verify`,
    ""
  ].join("\n");
}
async function render(report, format, flags) {
  const { showSecrets, showSuppressed } = flags;
  if (format === "json") {
    const { renderJson } = await import("./chunk-QQZZT4JM.js");
    return renderJson(report, { showSecrets });
  }
  if (format === "sarif") {
    const [{ renderSarif }, { locationHash }] = await Promise.all([import("./chunk-LGSDBSVA.js"), import("./chunk-NCM7M7JO.js")]);
    return renderSarif(report, { showSecrets, locationHash, includeSuppressed: showSuppressed });
  }
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
  const hookMode = values.staged ? "staged changes" : values["pre-push"] ? "pushed commits" : void 0;
  if (hookMode && skipRequested()) {
    io.stderr.write(`leakgate: WARNING: LEAKGATE_SKIP is set; the ${hookMode} were NOT scanned for secrets
`);
    return EXIT_CLEAN;
  }
  if (values.staged && pushStageOfPreCommit()) {
    io.stderr.write("leakgate: nothing to scan (pre-commit runs this hook at push time; the pushed commits are scanned by leakgate-pre-push)\n");
    return EXIT_CLEAN;
  }
  const format = parseFormat(values.format);
  const failOnFlag = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
  const sizeLimits = (values["size-limit"] ?? []).map(parseSizeLimit);
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
  if (io.relaunch && target.type === "history" && target.revs === void 0) return await io.relaunch();
  if (!quiet) printWarnings(settings, io);
  const ranged = target.type === "staged" || target.type === "push" || target.type === "history" && target.revs !== void 0;
  const progress = createProgress(io.stderr, !quiet && !values["no-progress"] && target.type !== "staged");
  if (target.type === "history" && io.stderr.isTTY && !quiet) {
    countCommits(path, target.revs).then((n) => n !== void 0 && progress.setTotalCommits(n), () => void 0);
  }
  let report;
  try {
    report = await runScan({ ...options, sizeLimits, healthDetail: values.health ?? false, onProgress: (p) => progress.update(p) });
  } finally {
    progress.done();
  }
  const color = format === "text" && !values.output && Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
  const clean = report.findings.length === 0;
  const silentText = format === "text" && clean && !values.health && (quiet || ranged && report.diagnostics.length === 0 && !values.output && !values["show-suppressed"]);
  if (!silentText) {
    const text = await render(report, format, {
      showSecrets: values["no-redact"] ?? false,
      color,
      verbose,
      showSuppressed: values["show-suppressed"] ?? false,
      health: values.health ?? false
    });
    if (values.output) {
      try {
        writeFileSync5(values.output, text);
      } catch (error) {
        throw new InputError(`--output: cannot write ${values.output}: ${error.code ?? String(error)}`);
      }
      if (!quiet && !ranged) {
        io.stderr.write(`${summaryLine(report)}
report written to ${values.output}
`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  const failing = failingFindings(report.findings, failOnFlag ?? settings.failOn).length > 0;
  const unreadable = unreadableStaged(report, target);
  if (ranged && !(quiet && clean)) io.stderr.write(`${scannedLine(report, target, unreadable)}
`);
  if (ranged && values.output && !quiet) io.stderr.write(`leakgate: report written to ${values.output}
`);
  if (unreadable > 0) {
    io.stderr.write(
      `leakgate: commit blocked: ${plural(unreadable, "staged blob")} could not be read from the object store, so what is staged was not all scanned (see the diagnostics; "git fsck" tells more)
`
    );
  } else if (failing && (target.type === "staged" || target.type === "push")) io.stderr.write(blockedHint(target));
  if (verbose) {
    const s = report.stats;
    io.stderr.write(
      `leakgate: ${s.blobs} blobs, ${s.bytes} bytes, ${s.blobsMatched} through the rules, ${s.binarySkipped} binary, ${s.commits} commits, ${s.cachedBlobs ?? 0} from the cache, ${s.cachedCommits ?? 0} commits not walked again, ${s.durationMs} ms, ${workers} workers
`
    );
    const files = [settings.configFile, settings.gitleaksFile, settings.baselineFile].filter(Boolean);
    if (files.length > 0) io.stderr.write(`leakgate: settings from ${files.join(", ")}
`);
  }
  return unreadable > 0 ? EXIT_ERROR : failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

// src/cli/main.ts
var COMMANDS = {
  scan: scanCommand,
  rules: rulesCommand,
  init: initCommand,
  ignore: ignoreCommand,
  baseline: baselineCommand,
  install: installCommand,
  uninstall: uninstallCommand
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    const run = command === void 0 ? void 0 : COMMANDS[command];
    if (run) return await run(rest, io);
    switch (command) {
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
        throw new InputError(`unknown command "${command}"; expected one of ${[...Object.keys(COMMANDS), "version", "help"].join(", ")}`);
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

// src/relaunch.ts
const { spawn } = require("node:child_process");
var GC_FLAG = "--single-threaded-gc";
function canRelaunch(execArgv = process.execArgv, env = process.env, script = process.argv[1]) {
  const debugging = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) => arg.startsWith("--inspect"));
  return !execArgv.includes(GC_FLAG) && !debugging && Boolean(script);
}
function relaunch() {
  const child = spawn(process.execPath, [GC_FLAG, ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: "inherit" });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => {
    child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve10, reject) => {
    child.once("error", (error) => {
      for (const signal of signals) process.off(signal, forward);
      reject(error);
    });
    child.once("exit", (code, signal) => {
      for (const signal2 of signals) process.off(signal2, forward);
      if (signal) process.kill(process.pid, signal);
      resolve10(code ?? 128);
    });
  });
}

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by the scans that take input (`-`, --pre-push): creating the stream loads a module or two.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  ...canRelaunch() ? { relaunch } : {}
});
