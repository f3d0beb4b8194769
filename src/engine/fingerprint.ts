// Content-based identities of findings: they survive line moves, rebases, squashes and cherry-picks.

import { createHash } from 'node:crypto';

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
