// User-facing errors shared by every stage: a user mistake throws one of these and the CLI exits 2.

export type ErrorCode = 'config' | 'input' | 'git' | 'internal';

/** Base of the user-mistake family; `code` survives worker boundaries where `instanceof` does not. */
export class ScannerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A bad config file, rule pack or rule. The message names the file, field, bad value and what is accepted. */
export class ConfigError extends ScannerError {
  constructor(message: string) {
    super('config', message);
  }
}

/** A bad flag, argument or input path. */
export class InputError extends ScannerError {
  constructor(message: string) {
    super('input', message);
  }
}

/** Git failed, or a ref or repository does not exist. */
export class GitError extends ScannerError {
  constructor(message: string) {
    super('git', message);
  }
}

/** Narrows an unknown thrown value to a ScannerError-shaped object, whichever realm it came from. */
export function isScannerError(value: unknown): value is { code: ErrorCode; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string' &&
    ['config', 'input', 'git', 'internal'].includes(String((value as { code?: unknown }).code))
  );
}
