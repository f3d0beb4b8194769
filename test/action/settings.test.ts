// The Action's config, baseline and fail-on inputs go through the same settings loader as the CLI.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsFromInputs } from '../../src/action/settings.js';
import { tempDir } from '../helpers/repo.js';

test('settingsFromInputs: a missing config file is a config error naming it', async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  await assert.rejects(settingsFromInputs({ config: 'nope.yaml', baseline: '', failOn: undefined }, dir.dir), /input "config": nope\.yaml: no such file/);
});

test('settingsFromInputs: the config sets rules, path allowlist and fail-on; the fail-on input wins', async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  writeFileSync(join(dir.dir, 'lg.yaml'), 'failOn: high\nallowlist:\n  paths: ["vendor/**"]\n');
  const settings = await settingsFromInputs({ config: 'lg.yaml', baseline: '', failOn: undefined }, dir.dir);
  assert.equal(settings.failOn, 'high');
  assert.ok(settings.scan.rules.some((r) => r.id === 'github.pat'));
  assert.equal(settings.scan.skipPath?.('vendor/a.js'), true);
  assert.equal(settings.scan.skipPath?.('src/a.js'), false);
  const overridden = await settingsFromInputs({ config: 'lg.yaml', baseline: '', failOn: 'none' }, dir.dir);
  assert.equal(overridden.failOn, 'none');
  const plain = await settingsFromInputs({ config: '', baseline: '', failOn: undefined }, dir.dir);
  assert.equal(plain.failOn, 'low');
});

test('settingsFromInputs: the Action reports medium confidence and up by default; the config, then the input, override it', async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const plain = await settingsFromInputs({ config: '', baseline: '', failOn: undefined }, dir.dir);
  assert.deepEqual([plain.scan.minConfidence, plain.scan.minConfidenceSource], ['medium', "the Action's default"]);
  writeFileSync(join(dir.dir, 'lg.yaml'), 'minConfidence: low\n');
  const configured = await settingsFromInputs({ config: 'lg.yaml', baseline: '', failOn: undefined }, dir.dir);
  assert.equal(configured.scan.minConfidence, 'low');
  assert.match(configured.scan.minConfidenceSource ?? '', /minConfidence in .*lg\.yaml/);
  const input = await settingsFromInputs({ config: 'lg.yaml', baseline: '', failOn: undefined, minConfidence: 'high' }, dir.dir);
  assert.deepEqual([input.scan.minConfidence, input.scan.minConfidenceSource], ['high', 'input "min-confidence"']);
});
