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
  assert.equal(detector.scan({ id: 'b', bytes: onlyScoped }, undefined, false).matched, false);
});
