// A user's RE2 rule in a thread that has not loaded the RE2 engine (a hook whose config was parsed in an earlier run):
// the detector asks for its modules (needsLoad) instead of running the rule unloaded, and scanBlob then finds it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, scanBlob } from '../../src/engine/detect.js';
import { makeRule } from '../helpers/rules.js';

test('an RE2 rule is never run before the engine is loaded: the scan asks for it, then finds the match', async () => {
  const rule = makeRule({ id: 'user.rule', pattern: '(?i)acme_[0-9]{6}', syntax: 're2', keywords: ['acme_'], skipPlaceholderCheck: true });
  const detector = createDetector([rule], { decodeDepth: 0 });
  const blob = { id: 'b', bytes: Buffer.from('x = ACME_123456\n') };
  assert.equal(detector.needsModules, true);
  assert.equal(detector.scan(blob).needsLoad, true);
  const scan = await scanBlob(detector, blob);
  assert.deepEqual(scan.matches.map((m) => m.secret), ['ACME_123456']);
});
