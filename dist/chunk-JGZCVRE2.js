import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  USAGE,
  parse,
  parseFormat
} from "./chunk-5DOIZBE6.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/rules-command.ts
import { resolve } from "node:path";
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
  const { loadScanSettings } = await import("./chunk-F6ZYDYCI.js");
  const settings = await loadScanSettings(io.cwd, {
    useBaseline: false,
    ...values.config ? { configPath: resolve(io.cwd, values.config) } : {},
    ...values.rules ? { ruleFiles: values.rules.map((f) => resolve(io.cwd, f)) } : {}
  });
  for (const warning of settings.warnings) io.stderr.write(`leakgate: warning: ${warning}
`);
  if (values.check) {
    const { loadBuiltinRules, loadRulePackFile, mergeRulePacks } = await import("./chunk-SCB2RNNV.js");
    if (positionals.length > 1) throw new InputError(`rules --check: expected at most one FILE, got ${positionals.join(" ")}`);
    const { checkRules } = await import("./chunk-KEIEMWEZ.js");
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
export {
  rulesCommand
};
