// Loads a repository's settings once, at the edge, for the CLI and the Action alike: config file (or gitleaks
// config), ignore files and baseline -> the effective rules, path filter, suppressions, hygiene thresholds and
// fail-on level. With no config file at all this costs a few stat calls: YAML, zod, TOML and picomatch are loaded
// only when a file needs them (the pre-commit hook must start fast). A bare repository has no work tree: there the
// files committed at HEAD are read (committed.ts), unless the repository's directory holds its own.

import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { FailOn } from '../core/fail-on.js';
import { FILE_DETECTORS, type Confidence, type RuleSpec } from '../core/rule.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits, type HygieneSettings } from '../core/scan-settings.js';
import type { SuppressionInput } from '../core/suppression.js';
import type { PathFilter } from '../core/types.js';
import {
  BASELINE_FILE,
  CONFIG_FILE,
  displayPath,
  findSettingsRoot,
  GITLEAKS_CONFIG,
  GITLEAKS_IGNORE,
  IGNORE_FILE,
  readOptional,
  readRequired,
  SettingsReader,
  type CommittedReader,
} from './files.js';
import { loadBuiltinRules, loadRulePackFile, mergeRulePacks } from '../ruleset/load.js';
import { parseBaseline } from './baseline.js';
import { cachedParse } from './parsed-cache.js';
import { globSources } from '../patterns/globs.js';
import { addGlobSources } from '../patterns/precomputed.js';
import type { GitleaksConfig } from './gitleaks.js';
import { parseGitleaksIgnore, parseIgnoreFile } from './ignore-file.js';
import type { Policy } from './policy.js';
import { loadRe2 } from '../patterns/re2.js';

export interface SettingsOptions {
  /** `--config FILE` (relative to the current directory): replaces `.leakgate.yaml` at the root. */
  readonly configPath?: string;
  /** `--baseline FILE`: replaces the config's `baseline` and the default `.leakgate-baseline.jsonl`. */
  readonly baselinePath?: string;
  /** False: apply no baseline (`baseline create`/`update` need the findings it would hide). Default true. */
  readonly useBaseline?: boolean;
  /** `--rules FILE` packs, added to the rules in effect. */
  readonly ruleFiles?: readonly string[];
  /**
   * Reads files committed at HEAD (sources/committed.ts): a bare repository's settings files are those. Without it,
   * a bare repository has only the settings files in its own directory.
   */
  readonly readCommitted?: CommittedReader;
}

/** The parts of ScanOptions that come from the settings (the CLI and the Action add target, workers and limits). */
export interface SettingsScanParts {
  readonly rules: readonly RuleSpec[];
  readonly skipPath?: PathFilter;
  readonly skipPathKey?: string;
  readonly suppress: SuppressionInput;
  readonly hygiene?: HygieneSettings;
  readonly decodeDepth?: number;
  readonly archives?: ArchiveLimits;
}

/** Everything a scan needs from the repository's own files. Frozen; build ScanOptions from it. */
export interface ScanSettings {
  /** Directory the files were looked up in (the repository root). */
  readonly root: string;
  /** The leakgate config file in effect, as displayed in messages. */
  readonly configFile?: string;
  /** The gitleaks config in effect, when it is. */
  readonly gitleaksFile?: string;
  /** The baseline file in effect (as displayed), when one was read. */
  readonly baselineFile?: string;
  /** Absolute path of the baseline file that applies here (`--baseline`, the config's, or the default), read or not. */
  readonly baselinePath: string;
  readonly rules: readonly RuleSpec[];
  /** The config's custom rules (for `leakgate rules --check`). */
  readonly customRules: readonly RuleSpec[];
  readonly skipPath?: PathFilter;
  /** What skipPath was built from (ScanOptions.skipPathKey). */
  readonly skipPathKey?: string;
  readonly suppress: SuppressionInput;
  readonly hygiene?: HygieneSettings;
  /** The config's `decode.depth`, when it gives one. */
  readonly decodeDepth?: number;
  /** The archive limits, when the config's `archives` sets some (the others at their defaults). */
  readonly archives?: ArchiveLimits;
  readonly failOn: FailOn;
  /** The config's minConfidence, when it sets one (each face has its own default). */
  readonly minConfidence?: Confidence;
  /** The config's allowIncomplete: hooks and the Action may pass a scan that could not look at everything. */
  readonly allowIncomplete: boolean;
  /** Unsupported fields of a gitleaks config and similar: print them, do not fail. */
  readonly warnings: readonly string[];
}

/** Loads config, gitleaks config, ignore files and baseline for a scan of `repoDir`. */
export async function loadScanSettings(repoDir: string, options: SettingsOptions = {}): Promise<ScanSettings> {
  const files = await SettingsReader.open(findSettingsRoot(repoDir), options.readCommitted);
  const { root } = files;
  const warnings: string[] = [];
  const leakgate = await readLeakgateConfig(files, options);
  const { config, configFile, configAbs } = leakgate;
  const { gitleaks, gitleaksMode, fresh } = await readGitleaksConfig(files, config, configFile, warnings);
  /** Warnings about the gitleaks config, shown only when it was parsed afresh (once per change, not every hook run). */
  const gitleaksWarning = (message: string): void => {
    if (fresh) warnings.push(message);
  };
  const inEffect = await rulesInEffect(await loadBuiltinRules(), config, gitleaks, leakgate.customRules, options, gitleaksWarning);
  const { rules, skipPath, skipPathKey } = await withPolicy(inEffect, config, configFile, gitleaks);
  const { suppress, baselineFile, baselinePath } = await readSuppressions(files, gitleaksMode, config, configAbs, options, warnings);
  const hygiene = config?.hygiene
    ? { ...(config.hygiene.maxBlobSize !== undefined ? { maxBlobBytes: config.hygiene.maxBlobSize } : {}), paths: config.hygiene.paths.map((p) => ({ glob: p.glob, maxBytes: p.maxBlobSize })) }
    : undefined;
  return Object.freeze({
    root,
    ...(config ? { configFile } : {}),
    ...(gitleaks ? { gitleaksFile: gitleaks.file } : {}),
    ...(baselineFile ? { baselineFile } : {}),
    baselinePath,
    rules: Object.freeze(rules),
    customRules: leakgate.customRules,
    ...(skipPath ? { skipPath, skipPathKey } : {}),
    suppress: Object.freeze(suppress),
    ...(hygiene ? { hygiene: Object.freeze(hygiene) } : {}),
    ...(config?.decode?.depth !== undefined ? { decodeDepth: config.decode.depth } : {}),
    ...(config?.archives ? { archives: archiveLimits(config.archives) } : {}),
    // `info` findings (large-blob warnings) are reported without failing unless asked for.
    failOn: config?.failOn ?? 'low',
    ...(config?.minConfidence ? { minConfidence: config.minConfidence } : {}),
    allowIncomplete: config?.allowIncomplete ?? false,
    warnings: Object.freeze(warnings),
  });
}

/** 1. The leakgate config, parsed or remembered (see parsed-cache.ts: the hook then loads neither YAML nor the schemas). */
async function readLeakgateConfig(
  files: SettingsReader,
  options: SettingsOptions,
): Promise<{ config: ConfigType | undefined; configFile: string; configAbs: string; customRules: readonly RuleSpec[] }> {
  const { root } = files;
  const configAbs = options.configPath ? resolve(options.configPath) : join(root, CONFIG_FILE);
  const configRead = options.configPath ? { text: readRequired(configAbs, options.configPath), shown: options.configPath } : files.read(configAbs, displayPath(configAbs));
  const configFile = configRead?.shown ?? options.configPath ?? displayPath(configAbs);
  const configText = configRead?.text;
  const loaded =
    configText === undefined
      ? undefined
      : await cachedParse(root, `${configAbs}\n${configFile}`, configText, async () => {
          // Custom rules' patterns are checked with the engine that runs them (only when the text changed: cached).
          await loadRe2();
          const parsed = (await import('./load.js')).parseConfig(configText, configFile);
          // With the regexes of its globs (picomatch's), so that later runs need not load picomatch.
          return { ...parsed, globSources: await globSources(configGlobs(parsed.config, parsed.customRules)) };
        });
  addGlobSources(loaded?.globSources);
  return { config: loaded?.config, configFile, configAbs, customRules: loaded?.customRules ?? [] };
}

/**
 * 2. The gitleaks config: on its own when there is no leakgate config, or when the config extends it. Remembered
 * between runs like the leakgate config, while the files it extends are unchanged; its warnings are shown when it is
 * parsed (`fresh`), that is once per change of the config (or of leakgate), not on every hook run.
 */
async function readGitleaksConfig(
  files: SettingsReader,
  config: ConfigType | undefined,
  configFile: string,
  warnings: string[],
): Promise<{ gitleaks: GitleaksConfig | undefined; gitleaksMode: boolean; fresh: boolean }> {
  const gitleaksAbs = join(files.root, GITLEAKS_CONFIG);
  const gitleaksMode = config ? config.extends === 'gitleaks' : true;
  if (!gitleaksMode) return { gitleaks: undefined, gitleaksMode, fresh: true };
  const found = files.read(gitleaksAbs, displayPath(gitleaksAbs));
  if (found === undefined && config) {
    throw new ConfigError(`${configFile}: extends: "gitleaks" needs ${GITLEAKS_CONFIG} at the repository root (${files.root}), and there is none`);
  }
  if (found === undefined) return { gitleaks: undefined, gitleaksMode, fresh: true };
  let fresh = false;
  const gitleaks = await cachedParse(
    files.root,
    `gitleaks\n${gitleaksAbs}\n${found.shown}`,
    found.text,
    async () => {
      fresh = true;
      await loadRe2();
      return (await import('./gitleaks.js')).parseGitleaksConfig(found.text, found.shown, gitleaksAbs);
    },
    (value) => value.extended.every((e) => readOptional(e.path, e.path) === e.text),
  );
  if (fresh) warnings.push(...gitleaks.warnings);
  return { gitleaks, gitleaksMode, fresh };
}

/** 3. The rules in effect, before the policy: built-in, gitleaks', custom and --rules packs. */
async function rulesInEffect(
  builtin: readonly RuleSpec[],
  config: ConfigType | undefined,
  gitleaks: GitleaksConfig | undefined,
  customRules: readonly RuleSpec[],
  options: SettingsOptions,
  gitleaksWarning: (message: string) => void,
): Promise<RuleSpec[]> {
  let rules: RuleSpec[] = [];
  if (config || !gitleaks) rules.push(...builtin);
  else {
    const disabled = new Set(gitleaks.disabledRules);
    for (const id of disabled) {
      if (!builtin.some((r) => r.id === id) && !gitleaks.rules.some((r) => r.id === id)) {
        gitleaksWarning(`${gitleaks.file}: extend.disabledRules: "${id}" is not a rule here (leakgate's built-in rules have their own ids; run "leakgate rules")`);
      }
    }
    if (gitleaks.useDefault) rules.push(...builtin.filter((r) => !disabled.has(r.id)));
  }
  if (gitleaks) {
    // gitleaks would merge a rule into the default rule of its id; leakgate's built-in rules keep their own patterns.
    const inEffect = new Set(rules.map((r) => r.id));
    const clashes = gitleaks.rules.filter((r) => inEffect.has(r.id));
    if (clashes.length > 0) {
      throw new ConfigError(
        clashes
          .map((r) => `${gitleaks.file}: rules (${r.id}): "${r.id}" is a leakgate built-in rule; expected another id for a rule of your own, or only the id and allowlists to add allowlists to the built-in rule (add the id to [extend] disabledRules to replace it)`)
          .join('\n'),
      );
    }
    rules.push(...gitleaks.rules);
  }
  if (gitleaks && !config && rules.length === 0) {
    gitleaksWarning(`${gitleaks.file}: defines no rules and does not extend the defaults; leakgate's built-in rules are used (add [extend] useDefault = true to say so)`);
    rules.push(...builtin);
  }
  const extra: RuleSpec[][] = [];
  if (options.ruleFiles && options.ruleFiles.length > 0) {
    extra.push(...(await Promise.all(options.ruleFiles.map((f) => loadRulePackFile(f)))));
  }
  if (customRules.length > 0 || extra.length > 0 || gitleaks) {
    rules = mergeRulePacks([rules, customRules, ...extra]);
  }
  return rules;
}

/** 4. The policy: allowlists and overrides applied to the rules, and the global path filter. */
async function withPolicy(
  inEffect: RuleSpec[],
  config: ConfigType | undefined,
  configFile: string,
  gitleaks: GitleaksConfig | undefined,
): Promise<{ rules: RuleSpec[]; skipPath?: PathFilter; skipPathKey?: string }> {
  let rules = inEffect;
  let skipPath: PathFilter | undefined;
  let skipPathKey: string | undefined;
  if (config || gitleaks) {
    const policy = await import('./policy.js');
    const p = policy.emptyPolicy();
    if (config) addConfigPolicy(p, config, configFile, rules, policy);
    if (gitleaks) addGitleaksPolicy(p, gitleaks, rules, policy);
    rules = policy.applyPolicy(rules, p);
    if (gitleaks) checkRequired(gitleaks, rules);
    skipPath = await policy.skipPathFilter(p);
    if (skipPath) skipPathKey = JSON.stringify({ globs: p.skipGlobs, regexes: p.skipRegexes });
  }
  if (rules.length === 0) {
    throw new ConfigError(`${configFile}: every rule is disabled; a scan would find nothing (enable a rule, or do not run the scan)`);
  }
  return { rules, ...(skipPath ? { skipPath } : {}), ...(skipPathKey ? { skipPathKey } : {}) };
}

/** 5. Suppressions: the ignore files and the baseline. */
async function readSuppressions(
  files: SettingsReader,
  gitleaksMode: boolean,
  config: ConfigType | undefined,
  configAbs: string,
  options: SettingsOptions,
  warnings: string[],
): Promise<{ suppress: SuppressionInput; baselineFile: string | undefined; baselinePath: string }> {
  const { root } = files;
  const ignoreAbs = join(root, IGNORE_FILE);
  const ignoreRead = files.read(ignoreAbs, displayPath(ignoreAbs));
  const ignored = ignoreRead === undefined ? new Map<string, string | undefined>() : parseIgnoreFile(ignoreRead.text, ignoreRead.shown);
  const suppress: {
    -readonly [K in keyof SuppressionInput]: SuppressionInput[K];
  } = { ignored, ignoreSource: IGNORE_FILE };
  if (gitleaksMode) {
    const abs = join(root, GITLEAKS_IGNORE);
    const found = files.read(abs, displayPath(abs));
    if (found !== undefined) {
      const parsed = parseGitleaksIgnore(found.text, found.shown);
      warnings.push(...parsed.warnings);
      suppress.gitleaksIgnored = parsed.entries;
      suppress.gitleaksIgnoreSource = GITLEAKS_IGNORE;
    }
  }
  let baselineFile: string | undefined;
  const explicit = options.baselinePath ?? (config?.baseline ? join(dirname(configAbs), config.baseline) : undefined);
  const baselinePath = explicit ? resolve(explicit) : join(root, BASELINE_FILE);
  if (options.useBaseline ?? true) {
    const abs = baselinePath;
    // The config's own baseline path in a bare repository: asked of git now, unless it was with the others.
    if (!options.baselinePath) await files.fetch(abs);
    const found = options.baselinePath
      ? { text: readRequired(abs, options.baselinePath), shown: options.baselinePath }
      : (files.read(abs, displayPath(abs)) ?? (explicit ? { text: readRequired(abs, displayPath(abs)), shown: displayPath(abs) } : undefined));
    if (found !== undefined) {
      suppress.baseline = new Set(parseBaseline(found.text, found.shown).map((e) => e.fingerprint));
      suppress.baselineSource = found.shown;
      baselineFile = found.shown;
    }
  }
  return { suppress, baselineFile, baselinePath };
}

/** The parts of ScanOptions that come from the settings (the CLI and the Action add target, workers and limits). */
export function settingsScanOptions(settings: ScanSettings): SettingsScanParts {
  return {
    rules: settings.rules,
    ...(settings.skipPath ? { skipPath: settings.skipPath, ...(settings.skipPathKey !== undefined ? { skipPathKey: settings.skipPathKey } : {}) } : {}),
    suppress: settings.suppress,
    ...(settings.hygiene ? { hygiene: settings.hygiene } : {}),
    ...(settings.decodeDepth !== undefined ? { decodeDepth: settings.decodeDepth } : {}),
    ...(settings.archives ? { archives: settings.archives } : {}),
  };
}

/** The config's archive fields over the defaults. */
function archiveLimits(given: NonNullable<ConfigType['archives']>): ArchiveLimits {
  const d = DEFAULT_ARCHIVE_LIMITS;
  return Object.freeze({
    depth: given.depth ?? d.depth,
    maxBytes: given.maxBytes ?? d.maxBytes,
    maxMembers: given.maxMembers ?? d.maxMembers,
    maxRatio: given.maxRatio ?? d.maxRatio,
  });
}

/** Every glob a config names: its allowlist's, its overrides', its hygiene limits' and its custom rules'. */
function configGlobs(config: ConfigType, customRules: readonly RuleSpec[]): string[] {
  return [
    ...(config.allowlist?.paths ?? []),
    ...Object.values(config.overrides).flatMap((o) => o.allowlist?.paths ?? []),
    ...(config.hygiene?.paths ?? []).map((p) => p.glob),
    ...customRules.flatMap((r) => [...r.paths, ...r.excludePaths]),
  ];
}

type PolicyModule = typeof import('./policy.js');
type ConfigType = import('./schema.js').Config;

/** The leakgate config's allowlists and overrides; an override naming no rule is an error. */
function addConfigPolicy(p: Policy, config: ConfigType, file: string, rules: readonly RuleSpec[], policy: PolicyModule): void {
  const known = new Set(rules.map((r) => r.id));
  const problems: string[] = [];
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
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
}

/**
 * A gitleaks config's global allowlists (for every rule, their paths never scanned; or for `targetRules`) and its
 * rules that add allowlists to a built-in rule of the same id. A target or an extended rule that is not in effect is
 * an error, as in gitleaks.
 */
function addGitleaksPolicy(p: Policy, gitleaks: GitleaksConfig, rules: readonly RuleSpec[], policy: PolicyModule): void {
  const known = new Set(rules.map((r) => r.id));
  const problems: string[] = [];
  gitleaks.allowlists.forEach((allowlist, i) => {
    if (!allowlist.targetRules) {
      p.skipRegexes.push(...allowlist.skipPaths);
      if (allowlist.allowlist) p.allowlists.push(allowlist.allowlist);
      return;
    }
    for (const id of allowlist.targetRules) {
      if (!known.has(id)) {
        problems.push(`${gitleaks.file}: allowlists[${i}].targetRules: "${id}" is not a rule in effect; expected the id of a rule of the config or a built-in rule (run "leakgate rules")`);
        continue;
      }
      const change = policy.changeOf(p, id);
      if (allowlist.excludePathRegexes) (change.excludePathRegexes ??= []).push(...allowlist.excludePathRegexes);
      if (allowlist.allowlist) (change.allowlists ??= []).push(allowlist.allowlist);
    }
  });
  for (const extension of gitleaks.extensions) {
    if (!known.has(extension.id)) {
      problems.push(`${extension.where}: no regex or path, and no rule "${extension.id}" to add to; expected a regex, or the id of a leakgate built-in rule (run "leakgate rules"; gitleaks' own rule ids are not leakgate's)`);
      continue;
    }
    if (extension.fields.length > 0) {
      problems.push(`${extension.where}: ${extension.fields.join(', ')}: a leakgate built-in rule keeps its own fields; only allowlists can be added to it, got ${JSON.stringify(extension.fields)}`);
      continue;
    }
    const change = policy.changeOf(p, extension.id);
    (change.excludePathRegexes ??= []).push(...extension.excludePathRegexes);
    (change.allowlists ??= []).push(...extension.allowlists);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
}

/** Every rule a composite rule requires is in effect (not disabled, not missing). */
function checkRequired(gitleaks: GitleaksConfig, rules: readonly RuleSpec[]): void {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const rule of rules) {
    for (const [i, required] of (rule.required ?? []).entries()) {
      const other = byId.get(required.id);
      if (!other) {
        problems.push(`${gitleaks.file}: rule ${rule.id}: required[${i}].id: "${required.id}" is not a rule in effect; expected the id of a rule of the config or a built-in rule (a disabled rule cannot be required)`);
      } else if (other.detector !== undefined && FILE_DETECTORS.includes(other.detector)) {
        // A file rule (a path-only rule) has no match in the content to be near: the composite rule would never report.
        problems.push(`${gitleaks.file}: rule ${rule.id}: required[${i}].id: "${required.id}" reports files, not values, and cannot be required; expected a rule with a regex`);
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
}
