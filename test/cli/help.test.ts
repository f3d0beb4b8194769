// Each command's own --help: printed by `leakgate COMMAND --help`, `-h` and `leakgate help COMMAND`, and listing
// exactly the flags its parser accepts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { HELP, OVERVIEW } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/main.js';
import { parserFlags, PARSERS } from '../helpers/parsers.js';

/** "--name" and "-x" of every option line of a help text (a line whose first word, indented, is a flag). */
function helpFlags(text: string): Set<string> {
  const flags = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^ {2,6}(?:(-[a-zA-Z]), )?(--[a-z][a-z0-9-]*)/.exec(line);
    if (!m) continue;
    if (m[1]) flags.add(m[1]);
    flags.add(m[2]!);
  }
  return flags;
}

test('every command has its own help, and the overview names every command', () => {
  assert.deepEqual(Object.keys(PARSERS).sort(), Object.keys(COMMANDS).sort());
  assert.deepEqual(Object.keys(HELP).sort(), [...Object.keys(COMMANDS), 'help', 'version'].sort());
  for (const command of Object.keys(HELP)) assert.match(OVERVIEW, new RegExp(`^  leakgate ${command}\\b`, 'm'), `${command} in the overview`);
});

test('a command\'s help lists exactly the flags its parser accepts', () => {
  for (const [command, options] of Object.entries(PARSERS)) {
    assert.deepEqual([...helpFlags(HELP[command]!)].sort(), [...parserFlags(options)].sort(), `leakgate ${command} --help`);
  }
});

test('COMMAND --help, COMMAND -h and help COMMAND print that command\'s help and exit 0', () => {
  for (const command of Object.keys(HELP)) {
    const forms = command === 'help' ? [['help', '--help']] : [[command, '--help'], [command, '-h'], ['help', command]];
    for (const args of forms) {
      const result = runCli(args);
      assert.equal(result.code, 0, `leakgate ${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stdout, `${HELP[command]}\n`, `leakgate ${args.join(' ')}`);
    }
  }
  // Options come before the subcommand's words too: `baseline --help` needs no create/update.
  assert.equal(runCli(['baseline', 'create', '--help']).stdout, `${HELP.baseline}\n`);
  for (const args of [['--help'], ['-h'], ['help']]) {
    const result = runCli(args);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, `${OVERVIEW}\n`);
  }
  const none = runCli([]);
  assert.equal(none.code, 2, 'no command is a usage error');
  assert.equal(none.stdout, `${OVERVIEW}\n`);
  const unknown = runCli(['help', 'sacn']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /help: unknown command "sacn"; expected one of scan, rules/);
});
