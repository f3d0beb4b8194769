// The commented starter config that `leakgate init` writes: every field, with the defaults left commented out.

export const STARTER_CONFIG = `# leakgate configuration: read from .leakgate.yaml at the repository root (or --config FILE).
# Every field is optional; problems are reported with file, line, field and what is accepted.

# Lowest severity that fails a scan (exit code 1): critical, high, medium, low (default), info, or none.
# failOn: low

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
