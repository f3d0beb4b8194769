// CLI entry: dispatches to one command module; turns thrown errors into messages and exit code 2.
// Nothing below cli/ ends the process.

import { InputError, isScannerError } from '../core/errors.js';
import { USAGE, type Io } from './args.js';
import { EXIT_CLEAN, EXIT_ERROR } from './exit-code.js';
import { VERSION } from '../version.js';

type Command = (args: string[], io: Io) => Promise<number>;

/** Commands by name; each module is loaded only when its command runs (hooks start fast). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan-command.js')).scanCommand,
  rules: async () => (await import('./rules-command.js')).rulesCommand,
  init: async () => (await import('./init-command.js')).initCommand,
  ignore: async () => (await import('./ignore-command.js')).ignoreCommand,
  baseline: async () => (await import('./baseline-command.js')).baselineCommand,
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const load = command === undefined ? undefined : COMMANDS[command];
    if (load) return await (await load())(rest, io);
    switch (command) {
      case 'version':
      case '--version':
      case '-V':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_CLEAN;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(`${USAGE}\n`);
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
