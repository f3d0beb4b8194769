// The tool's version, reported in every output (a test keeps it equal to package.json's).
export const VERSION = '0.2.0';
export const TOOL_NAME = 'leakgate';
export const INFORMATION_URI = 'https://github.com/leakgate/leakgate';
