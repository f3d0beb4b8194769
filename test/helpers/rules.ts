// Small RuleSpecs for engine tests, independent of the built-in packs.

import type { RuleSpec } from '../../src/core/rule.js';

export function makeRule(overrides: Partial<RuleSpec> & Pick<RuleSpec, 'id' | 'pattern'>): RuleSpec {
  return {
    kind: 'secret',
    description: `test rule ${overrides.id}`,
    severity: 'high',
    precision: 'high',
    confidence: 'high',
    keywords: [],
    flags: '',
    secretGroup: 0,
    allowValues: [],
    paths: [],
    excludePaths: [],
    skipPlaceholderCheck: false,
    tags: [],
    references: [],
    remediation: 'rotate it',
    examples: { match: [], ignore: [] },
    source: 'test',
    ...overrides,
  };
}

/** A rule for tokens shaped like `tok_` + 24 base62 characters. */
export const TOKEN_RULE = makeRule({
  id: 'test.token',
  keywords: ['tok_'],
  pattern: '(?<![A-Za-z0-9_])(tok_[A-Za-z0-9]{24})(?![A-Za-z0-9_])',
  secretGroup: 1,
  minEntropy: 3,
});
