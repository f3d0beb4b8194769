// CLI entry: dispatches to one command module; turns thrown errors into messages and exit code 2.
// Nothing below cli/ ends the process.

import { InputError, isScannerError } from '../core/errors.js';
import type { Io } from './args.js';
import { HELP, OVERVIEW } from './help.js';
import { EXIT_CLEAN, EXIT_ERROR } from './exit-code.js';
import { baselineCommand } from './baseline-command.js';
import { ignoreCommand } from './ignore-command.js';
import { initCommand } from './init-command.js';
import { installCommand, uninstallCommand } from './install-command.js';
import { remediateCommand } from './remediate-command.js';
import { rulesCommand } from './rules-command.js';
import { scanCommand } from './scan-command.js';
import { VERSION } from '../core/version.js';

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * Commands by name, all in the one CommonJS bundle (dist/cli-main.cjs, compiled from V8's code cache). What is heavy
 * (YAML and TOML parsers, schemas, globbing, node:crypto) is still loaded only by the code that needs it.
 */
export const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  rules: rulesCommand,
  init: initCommand,
  ignore: ignoreCommand,
  baseline: baselineCommand,
  remediate: remediateCommand,
  install: installCommand,
  uninstall: uninstallCommand,
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const run = command === undefined ? undefined : COMMANDS[command];
    if (run) return await run(rest, io);
    switch (command) {
      case 'version':
      case '--version':
      case '-V':
        if (command === 'version' && (rest.includes('--help') || rest.includes('-h'))) io.stdout.write(`${HELP.version}\n`);
        else if (rest.length > 0) throw new InputError(`${command}: takes no arguments, got ${rest.join(' ')}`);
        else io.stdout.write(`${VERSION}\n`);
        return EXIT_CLEAN;
      case 'help': {
        const [topic, ...more] = rest;
        if (topic === '--help' || topic === '-h') io.stdout.write(`${HELP.help}\n`);
        else if (more.length > 0) throw new InputError(`help: expected at most one COMMAND, got ${rest.join(' ')}`);
        else if (topic === undefined) io.stdout.write(`${OVERVIEW}\n`);
        else if (HELP[topic] !== undefined) io.stdout.write(`${HELP[topic]}\n`);
        else throw new InputError(`help: unknown command "${topic}"; expected one of ${Object.keys(HELP).join(', ')}`);
        return EXIT_CLEAN;
      }
      case undefined:
      case '--help':
      case '-h':
        io.stdout.write(`${OVERVIEW}\n`);
        return command === undefined ? EXIT_ERROR : EXIT_CLEAN;
      default:
        throw new InputError(`unknown command "${command}"; expected one of ${[...Object.keys(COMMANDS), 'version', 'help'].join(', ')}`);
    }
  } catch (error: unknown) {
    if (isScannerError(error)) {
      io.stderr.write(`leakgate: ${error.message}\n`);
    } else {
      io.stderr.write(`leakgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_ERROR;
  }
}
