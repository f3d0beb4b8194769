import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/ruleset/load.ts
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
async function loadRulePackFile(file, display = file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${display}: cannot read rule pack: ${error.code ?? String(error)}`);
  }
  const { parseRulePack } = await import("./chunk-WWDDHBLL.js");
  return parseRulePack(text, display);
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
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return dir;
    dir = dirname(dir);
  }
  return void 0;
}
function listPackFiles(dir) {
  return readdirSync(dir).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort().map((name) => join(dir, name));
}
var PRECOMPILED_RULES = "builtin-rules.json";
var builtinCache;
async function loadBuiltinRules() {
  if (builtinCache) return builtinCache;
  const precompiled = join(dirname(fileURLToPath(import.meta.url)), PRECOMPILED_RULES);
  if (existsSync(precompiled)) {
    builtinCache = freezeAll(JSON.parse(readFileSync(precompiled, "utf8")));
    return builtinCache;
  }
  builtinCache = Object.freeze(await loadBuiltinRulesFromYaml());
  return builtinCache;
}
async function loadBuiltinRulesFromYaml() {
  const root = packageRoot();
  if (!root) throw new ConfigError("cannot find the built-in rules/ directory of the leakgate package");
  const files = listPackFiles(join(root, "rules"));
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

export {
  loadRulePackFile,
  mergeRulePacks,
  packageRoot,
  listPackFiles,
  PRECOMPILED_RULES,
  loadBuiltinRules,
  loadBuiltinRulesFromYaml
};
