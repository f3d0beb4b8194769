// Content-based identities of findings: they survive line moves, rebases, squashes and cherry-picks.

import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** node:crypto on first use: it loads two dozen internal modules, and a clean hook run computes no fingerprint. */
function createHash(algorithm: string): import('node:crypto').Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm);
}

/**
 * Identity of a finding: the rule and the secret, plus the path for rules whose meaning depends on the file
 * (credential and hygiene rules, or rules limited to paths). Never a line number or a commit id.
 */
export function fingerprint(ruleId: string, secret: string, path?: string): string {
  const hash = createHash('sha256').update(ruleId).update('\0').update(secret);
  if (path !== undefined) hash.update('\0').update(path);
  return hash.digest('hex').slice(0, 24);
}

/** SARIF `partialFingerprints.primaryLocationLineHash`: the fingerprint plus the path, so two files give two alerts. */
export function locationHash(findingFingerprint: string, path: string): string {
  return `${createHash('sha256').update(findingFingerprint).update('\0').update(path).digest('hex').slice(0, 16)}:1`;
}
