// The config/baseline seam: a named file must exist; until noise control is wired in, it is reported as not
// applied, every finding is new, and the rules are the built-in ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsFromInputs } from '../../src/action/settings.js';
import { tempDir } from '../helpers/repo.js';

test('settingsFromInputs: missing files are input errors, present ones are noted, all findings are new', async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  await assert.rejects(settingsFromInputs({ config: 'nope.yaml', baseline: '' }, dir.dir), /input "config": nope\.yaml: no such file/);
  writeFileSync(join(dir.dir, 'baseline.json'), '{}');
  const settings = await settingsFromInputs({ config: '', baseline: 'baseline.json' }, dir.dir);
  assert.equal(settings.notes.length, 1);
  assert.match(settings.notes[0]!, /input "baseline" \(baseline\.json\) is not applied/);
  assert.ok(settings.rules.some((r) => r.id === 'github.pat'));
  assert.equal(settings.skipPath, undefined);
  const none = await settingsFromInputs({ config: '', baseline: '' }, dir.dir);
  assert.deepEqual(none.notes, []);
  assert.deepEqual(none.newFindings([]), []);
});
