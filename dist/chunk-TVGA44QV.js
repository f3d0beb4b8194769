import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/core/errors.ts
var ScannerError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
  code;
};
var ConfigError = class extends ScannerError {
  constructor(message) {
    super("config", message);
  }
};
var InputError = class extends ScannerError {
  constructor(message) {
    super("input", message);
  }
};
var GitError = class extends ScannerError {
  constructor(message) {
    super("git", message);
  }
};
function isScannerError(value) {
  return typeof value === "object" && value !== null && typeof value.message === "string" && ["config", "input", "git", "internal"].includes(String(value.code));
}

export {
  ConfigError,
  InputError,
  GitError,
  isScannerError
};
