// Test secrets, generated at run time from format descriptions: no realistic token is ever committed.

import { expandExample } from '../../src/rulecheck/examples.js';

let seed = 0;

/** A fresh value for a placeholder template such as "ghp_{crc32:30}". */
export function fake(template: string): string {
  return expandExample(template, `test-${seed++}-${template}`);
}

/** A GitHub classic personal access token with a valid checksum. */
export function githubToken(): string {
  return fake('ghp_{crc32:30}');
}
