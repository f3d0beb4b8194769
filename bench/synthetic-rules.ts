// 200 synthetic rules shaped like real provider rules, for the rule-count scaling benchmark: most are prefixed
// tokens (keyword = the prefix), the rest are "vendor name near a hex value" rules whose keyword is a word that can
// occur in ordinary text. Deterministic; the keywords are made-up so they never match real credentials.

import { random } from './generate.js';

const SYLLABLES = ['ka', 'zo', 'vi', 'ru', 'mex', 'tor', 'lan', 'qui', 'sev', 'dra', 'pol', 'nu', 'fen', 'gar', 'yo', 'bri'];

/** A YAML rule pack with `count` rules. */
export function syntheticRulePack(count: number): string {
  const next = random('synthetic-rules');
  const word = (): string => Array.from({ length: 2 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  const used = new Set<string>();
  const lines = ['pack: bench-synthetic', 'rules:'];
  for (let i = 0; i < count; i++) {
    let name = word();
    while (used.has(name)) name = word();
    used.add(name);
    if (i % 4 === 3) {
      lines.push(
        `  - id: bench.${name}-key`,
        `    description: ${name} API key near its name`,
        '    severity: high',
        `    keywords: [${name}]`,
        '    flags: i',
        `    pattern: '${name}[\\w.-]{0,20}[\\s''"]{0,3}(?:=|:|=>)[\\s''"]{0,5}([a-f0-9]{32})(?![a-f0-9])'`,
        '    secretGroup: 1',
        '    minEntropy: 3',
        '    examples:',
        `      match: ['${name}_key = "{hex:32}"']`,
        `      ignore: ['${name}_key = "{hex:12}"']`,
      );
    } else {
      const prefix = `${name}${i % 3 === 0 ? '_live' : ''}_`;
      lines.push(
        `  - id: bench.${name}-token`,
        `    description: ${name} access token`,
        '    severity: critical',
        `    keywords: [${prefix}]`,
        `    pattern: '(?<![A-Za-z0-9_])(${prefix}[A-Za-z0-9]{${24 + (i % 16)}})(?![A-Za-z0-9_])'`,
        '    secretGroup: 1',
        '    minEntropy: 3',
        '    examples:',
        `      match: ['token: ${prefix}{random:${24 + (i % 16)}}']`,
        `      ignore: ['token: ${prefix}short']`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
