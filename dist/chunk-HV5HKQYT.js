import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  parseBaseline
} from "./chunk-AX4QWKXM.js";
import {
  parseGitleaksIgnore,
  parseIgnoreFile
} from "./chunk-JMPAVHJF.js";
import {
  BASELINE_FILE,
  CONFIG_FILE,
  GITLEAKS_CONFIG,
  GITLEAKS_IGNORE,
  IGNORE_FILE,
  findSettingsRoot,
  readOptional,
  readRequired
} from "./chunk-ZY4GVWBC.js";
import {
  ConfigError
} from "./chunk-TVGA44QV.js";

// src/config/settings.ts
import { dirname, join, relative, resolve } from "node:path";
function display(path) {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && rel.length < path.length ? rel : path;
}
async function builtinRules() {
  const { loadBuiltinRules } = await import("./chunk-SCB2RNNV.js");
  return loadBuiltinRules();
}
async function loadScanSettings(repoDir, options = {}) {
  const root = findSettingsRoot(repoDir);
  const warnings = [];
  const configAbs = options.configPath ? resolve(options.configPath) : join(root, CONFIG_FILE);
  const configFile = options.configPath ?? display(configAbs);
  const configText = options.configPath ? readRequired(configAbs, configFile) : readOptional(configAbs, configFile);
  const loaded = configText === void 0 ? void 0 : (await import("./chunk-4OR2WHP2.js")).parseConfig(configText, configFile);
  const config = loaded?.config;
  const gitleaksAbs = join(root, GITLEAKS_CONFIG);
  const gitleaksMode = config ? config.extends === "gitleaks" : true;
  let gitleaks;
  if (gitleaksMode) {
    const text = readOptional(gitleaksAbs, display(gitleaksAbs));
    if (text === void 0 && config) {
      throw new ConfigError(`${configFile}: extends: "gitleaks" needs ${GITLEAKS_CONFIG} at the repository root (${root}), and there is none`);
    }
    if (text !== void 0) {
      gitleaks = (await import("./chunk-4BTPJLWN.js")).parseGitleaksConfig(text, display(gitleaksAbs), gitleaksAbs);
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
    const { loadRulePackFile } = await import("./chunk-SCB2RNNV.js");
    extra.push(...await Promise.all(options.ruleFiles.map((f) => loadRulePackFile(f))));
  }
  if (customRules.length > 0 || extra.length > 0 || gitleaks) {
    const { mergeRulePacks } = await import("./chunk-SCB2RNNV.js");
    rules = mergeRulePacks([rules, customRules, ...extra]);
  }
  let skipPath;
  if (config || gitleaks) {
    const policy = await import("./chunk-O75VQCQN.js");
    const p = policy.emptyPolicy();
    if (config) addConfigPolicy(p, config, configFile, rules, policy);
    if (gitleaks) addGitleaksPolicy(p, gitleaks, rules, warnings, policy);
    rules = policy.applyPolicy(rules, p);
    skipPath = await policy.skipPathFilter(p);
  }
  if (rules.length === 0) {
    throw new ConfigError(`${configFile}: every rule is disabled; a scan would find nothing (enable a rule, or do not run the scan)`);
  }
  const ignoreAbs = join(root, IGNORE_FILE);
  const ignoreText = readOptional(ignoreAbs, display(ignoreAbs));
  const ignored = ignoreText === void 0 ? /* @__PURE__ */ new Map() : parseIgnoreFile(ignoreText, display(ignoreAbs));
  const suppress = { ignored, ignoreSource: IGNORE_FILE };
  if (gitleaksMode) {
    const abs = join(root, GITLEAKS_IGNORE);
    const text = readOptional(abs, display(abs));
    if (text !== void 0) {
      const parsed = parseGitleaksIgnore(text, display(abs));
      warnings.push(...parsed.warnings);
      suppress.gitleaksIgnored = parsed.entries;
      suppress.gitleaksIgnoreSource = GITLEAKS_IGNORE;
    }
  }
  let baselineFile;
  const explicit = options.baselinePath ?? (config?.baseline ? join(dirname(configAbs), config.baseline) : void 0);
  const baselinePath = explicit ? resolve(explicit) : join(root, BASELINE_FILE);
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

export {
  loadScanSettings,
  settingsScanOptions
};
