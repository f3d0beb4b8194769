import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  USAGE
} from "./chunk-5DOIZBE6.js";
import {
  EXIT_CLEAN,
  EXIT_ERROR
} from "./chunk-VBZAXXFA.js";
import {
  VERSION
} from "./chunk-MPYZAZE2.js";
import {
  InputError,
  isScannerError
} from "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/cli/main.ts
var COMMANDS = {
  scan: async () => (await import("./chunk-3YAFN3BX.js")).scanCommand,
  rules: async () => (await import("./chunk-JGZCVRE2.js")).rulesCommand,
  init: async () => (await import("./chunk-MGSNORBK.js")).initCommand,
  ignore: async () => (await import("./chunk-DDBOKVNK.js")).ignoreCommand,
  baseline: async () => (await import("./chunk-AAFMNAD6.js")).baselineCommand
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    const load = command === void 0 ? void 0 : COMMANDS[command];
    if (load) return await (await load())(rest, io);
    switch (command) {
      case "version":
      case "--version":
      case "-V":
        io.stdout.write(`${VERSION}
`);
        return EXIT_CLEAN;
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(`${USAGE}
`);
        return command === void 0 ? EXIT_ERROR : EXIT_CLEAN;
      default:
        throw new InputError(`unknown command "${command}"; expected one of ${[...Object.keys(COMMANDS), "version", "help"].join(", ")}`);
    }
  } catch (error) {
    if (isScannerError(error)) {
      io.stderr.write(`leakgate: ${error.message}
`);
    } else {
      io.stderr.write(`leakgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    }
    return EXIT_ERROR;
  }
}

// src/cli/bin.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd()
});
