// Shared pieces of every CLI command: the I/O handles, flag parsing with usage errors, value parsers, rule loading.

import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/errors.js';
import { parseSizeText } from '../core/size.js';
import type { SizeLimit } from '../core/rule.js';

export type Io = {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  /** Given by the real executable only: runs the same command again in a process tuned for long scans (../launch/relaunch.ts). */
  readonly relaunch?: () => Promise<number>;
};

/**
 * Parses a command's flags. A value that looks like a negative number is taken as the flag's value (`--workers -1`),
 * so that the flag's own check can say what it accepts, instead of parseArgs calling the argument ambiguous. An empty
 * value (`--config=`) is an error rather than the default.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${command}: ${message.replace(/\. To specify a positional argument.*$/s, '')}; run "leakgate ${command} --help" for the accepted flags`);
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) throw new InputError(`--${name}: expected a value, got an empty string`);
  }
  return parsed;
}

/** `--flag -1` and `-f -1` become `--flag=-1` for flags that take a value; everything after `--` is left as it is. */
function joinNegativeValues(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const takesValue = (arg: string): string | undefined => {
    const long = /^--([^=]+)$/.exec(arg)?.[1];
    const name = long ?? (/^-([^-])$/.test(arg) ? Object.keys(options).find((key) => options[key]?.short === arg[1]) : undefined);
    return name !== undefined && options[name]?.type === 'string' ? name : undefined;
  };
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = takesValue(arg);
    const next = args[i + 1];
    if (name !== undefined && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** Parses "512k", "10MB", "1MiB", "2048": bytes, at least one (a limit of 0 bytes would skip or flag every blob). */
export function parseSize(text: string, flag: string): number {
  const bytes = parseSizeText(text);
  if (bytes === undefined || bytes < 1) throw new InputError(`${flag}: expected a size of at least 1 byte such as 512k, 16MiB or 1048576, got "${text}"`);
  return bytes;
}

/** Parses "500ms", "10s", "2m", "1500": milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  const scale = { ms: 1, s: 1000, m: 60_000 }[(m?.[2] ?? 'ms').toLowerCase() as 'ms' | 's' | 'm'];
  const ms = m ? Math.round(Number(m[1]) * scale) : NaN;
  if (!m || ms < 10 || ms > 3_600_000) throw new InputError(`${flag}: expected a duration from 10ms to 1h such as 500ms, 10s or 2m, got "${text}"`);
  return ms;
}

/** Parses `--size-limit [GLOB=]WARN[,ERROR]`: thresholds in any size unit, or "off". */
export function parseSizeLimit(text: string): SizeLimit {
  const eq = text.lastIndexOf('=');
  const glob = eq === -1 ? undefined : text.slice(0, eq).trim();
  const sizes = (eq === -1 ? text : text.slice(eq + 1)).split(',').map((s) => s.trim());
  const fail = (): never => {
    throw new InputError(`--size-limit: expected [GLOB=]WARN[,ERROR] with sizes of at least 1 byte such as 1MiB or 10MB, or "off" (e.g. 'assets/**=20MiB,100MiB'), got "${text}"`);
  };
  if (glob === '' || sizes.length > 2 || sizes.some((s) => s === '')) fail();
  // "off" is an infinite threshold; "GLOB=off" turns both off; a single size is the warning (the error size stays).
  const toBytes = (size: string): number => {
    if (size.toLowerCase() === 'off') return Infinity;
    const bytes = parseSizeText(size);
    return bytes !== undefined && bytes >= 1 ? bytes : fail();
  };
  const [warn, error] = sizes.map(toBytes);
  const errorSize = sizes.length === 1 && warn === Infinity ? Infinity : error;
  return { paths: glob === undefined ? [] : [glob], ...(warn !== undefined ? { warn } : {}), ...(errorSize !== undefined ? { error: errorSize } : {}) };
}

export function parseWorkers(text: string | undefined): number {
  if (text === undefined) return Math.max(1, Math.min(availableParallelism(), 8));
  const n = /^\s*$/.test(text) ? NaN : Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InputError(`--workers: expected a whole number from 0 to 64, got "${text}"`);
  return n;
}

export const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export function parseFormat(text: string | undefined): Format {
  const format = text ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`--format: expected one of ${FORMATS.join(', ')}, got "${format}"`);
  }
  return format as Format;
}

