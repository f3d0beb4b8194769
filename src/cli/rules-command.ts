// `leakgate rules`: list the rules in effect, or `--check [FILE]` to lint a pack and run its examples.

import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { ruleDocs } from '../ruleset/docs.js';
import { parse, type Io } from './args.js';
import { HELP } from './help.js';
import { EXIT_CLEAN, EXIT_ERROR } from './exit-code.js';
import { loadScanSettings } from '../config/settings.js';
import { loadBuiltinRules, loadRulePackFile, mergeRulePacks } from '../ruleset/load.js';
import { readCommitted } from '../sources/committed.js';

export const rulesOptions = {
  check: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  rules: { type: 'string', multiple: true },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export async function rulesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, rulesOptions, 'rules');
  if (values.help) {
    io.stdout.write(`${HELP.rules}\n`);
    return EXIT_CLEAN;
  }
  const settings = await loadScanSettings(io.cwd, {
    useBaseline: false,
    ...(values.config ? { configPath: resolve(io.cwd, values.config) } : {}),
    ...(values.rules ? { ruleFiles: values.rules.map((f) => resolve(io.cwd, f)) } : {}),
    readCommitted,
  });
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}\n`);
  if (values.check) {
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(' ')}`);
    const { checkRules } = await import('../rulecheck/check.js');
    const builtin = await loadBuiltinRules();
    const file = positionals[0];
    // Without FILE: the built-in packs and the config's custom rules, each with every other rule in effect.
    const own = [...builtin, ...settings.customRules];
    const subjects = file ? await loadRulePackFile(file) : own;
    const all = mergeRulePacks(file ? [own, subjects] : [own]);
    const problems = await checkRules(all, subjects);
    for (const p of problems) io.stderr.write(`${p}\n`);
    const examples = subjects.reduce((n, r) => n + ruleDocs(r).examples.match.length + ruleDocs(r).examples.ignore.length, 0);
    io.stdout.write(
      problems.length === 0
        ? `${subjects.length} rules OK, ${examples} examples pass\n`
        : `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${subjects.length} rules\n`,
    );
    return problems.length === 0 ? EXIT_CLEAN : EXIT_ERROR;
  }
  if (positionals.length > 0) throw new InputError(`rules: unexpected argument "${positionals[0]}"; use "rules --check FILE" to check a pack`);
  const rules = settings.rules;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`rules --format: expected one of text, json, got "${format}"`);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rules.map(({ id, kind, description, severity, precision, keywords, source }) => ({ id, kind, description, severity, precision, keywords, source })), null, 2)}\n`);
    return EXIT_CLEAN;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}  [${r.keywords.join(', ')}]\n`);
  }
  io.stdout.write(`${rules.length} rules\n`);
  return EXIT_CLEAN;
}

