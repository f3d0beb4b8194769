// Rules limited to some paths can be skipped for a blob seen at none of them; every other rule still runs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { makeRule, TOKEN_RULE } from '../helpers/rules.js';
import { fake } from '../helpers/secrets.js';

const ENV_RULE = makeRule({ id: 'test.env', keywords: ['secret'], pattern: '^SECRET=(\\S+)', flags: 'm', secretGroup: 1, paths: ['**/.env'] });
const ALWAYS = makeRule({ id: 'test.always', pattern: 'always=(\\S{8,})', secretGroup: 1, paths: ['**/.env'] });

test('scoped false skips path-scoped rules, keyword-enabled or not; unscoped rules still run', () => {
  const detector = createDetector([TOKEN_RULE, ENV_RULE, ALWAYS]);
  const text = Buffer.from(`SECRET=${fake('{random:16}')}\nalways=${fake('{random:16}')}\nkey ${fake('tok_{random:24}')}\n`);
  assert.deepEqual(detector.scan({ id: 'a', bytes: text }).matches.map((m) => m.ruleId).sort(), ['test.always', 'test.env', 'test.token']);
  assert.deepEqual(detector.scan({ id: 'a', bytes: text }, undefined, false).matches.map((m) => m.ruleId), ['test.token']);
  const onlyScoped = Buffer.from(`SECRET=${fake('{random:16}')}\n`);
  // No rule runs, but the blob counts as matched (by the path-scoped rule's keyword) whichever pass read it, so the
  // scan's counts do not depend on the path a blob was first read at.
  const skipped = detector.scan({ id: 'b', bytes: onlyScoped }, undefined, false);
  assert.deepEqual(skipped.matches, []);
  assert.equal(skipped.matched, true);
  const keywordsOnly = createDetector([TOKEN_RULE, ENV_RULE]);
  assert.equal(keywordsOnly.scan({ id: 'c', bytes: Buffer.from('nothing to see\n') }, undefined, false).matched, false);
});
