// The only place exit codes are defined: 0 clean, 1 findings, 2 usage, config, git or internal error.

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
