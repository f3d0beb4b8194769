import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  USAGE,
  parse
} from "./chunk-5DOIZBE6.js";
import {
  CONFIG_FILE,
  findSettingsRoot
} from "./chunk-ZY4GVWBC.js";
import {
  EXIT_CLEAN
} from "./chunk-VBZAXXFA.js";
import "./chunk-MPYZAZE2.js";
import {
  InputError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/init-command.ts
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

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
  const dir = positionals[0] ? resolve(io.cwd, positionals[0]) : findSettingsRoot(io.cwd);
  const file = join(dir, CONFIG_FILE);
  if (existsSync(file) && !values.force) {
    throw new InputError(`init: ${file} already exists; edit it, or run "leakgate init --force" to replace it`);
  }
  try {
    writeFileSync(file, STARTER_CONFIG);
  } catch (error) {
    throw new InputError(`init: cannot write ${file}: ${error.code ?? String(error)}`);
  }
  io.stdout.write(`wrote ${file}
`);
  return EXIT_CLEAN;
}
export {
  initCommand
};
