// Walks the tables of one gitleaks config file (config/gitleaks.ts) for its readers of rules and allowlists: typed
// fields, unknown and unhonoured fields, patterns checked as they are read, and every problem and warning gathered
// so that a file's problems are reported at once.

import { translateGoRegex } from './go-regex.js';
import { compileRe2 } from '../patterns/re2.js';

/** A TOML table as parsed. */
export type Table = Record<string, unknown>;

/**
 * Fields leakgate knows and cannot honour exactly (betterleaks' CEL expressions and its token-efficiency filter):
 * each is an error saying so, rather than a rule that would report something else than the config means.
 */
const UNHONOURED: Readonly<Record<string, string>> = {
  filter: 'betterleaks CEL filters cannot be evaluated by leakgate; express the filter as [[rules.allowlists]] (regexes, stopwords, paths, commits) instead',
  prefilter: 'betterleaks CEL prefilters cannot be evaluated by leakgate; use [[allowlists]] paths or commits instead',
  tokenEfficiency: 'betterleaks token-efficiency filtering has no exact equivalent in leakgate; remove it (or set it to false) and add stopwords or an entropy floor',
};

/** Whether a parsed TOML value is a table (not an array or a date). */
export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))?.slice(0, 80) ?? String(value);
}

/** Collects problems (errors) and warnings while walking one file. */
export class Reader {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  constructor(readonly file: string) {}

  problem(field: string, message: string, value: unknown): void {
    this.problems.push(`${this.file}: ${field}: ${message}, got ${show(value)}`);
  }

  warn(field: string, message: string): void {
    this.warnings.push(`${this.file}: ${field}: ${message}`);
  }

  /** Fields not in `known`: an error naming them (a field leakgate would ignore could change what is reported). */
  unknownFields(table: Table, known: ReadonlySet<string>, where: string): void {
    for (const key of Object.keys(table)) {
      if (known.has(key)) continue;
      const field = `${where}${where ? '.' : ''}${key}`;
      const reason = UNHONOURED[key];
      if (reason && !(key === 'tokenEfficiency' && table[key] === false)) this.problem(field, reason, table[key]);
      else if (!reason) this.problem(field, `not a field of a gitleaks config here; expected one of ${[...known].join(', ')}`, table[key]);
    }
  }

  string(table: Table, key: string, where: string): string | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.problem(`${where}.${key}`, 'expected a string', value);
      return undefined;
    }
    return value;
  }

  strings(table: Table, key: string, where: string): string[] {
    const value = table[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      this.problem(`${where}.${key}`, 'expected an array of strings', value);
      return [];
    }
    return value as string[];
  }

  boolean(table: Table, key: string, where: string): boolean | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(`${where}.${key}`, 'expected true or false', value);
      return undefined;
    }
    return value;
  }

  number(table: Table, key: string, where: string, min: number, max: number, integer = false): number | undefined {
    const value = table[key];
    if (value === undefined) return undefined;
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      this.problem(`${where}.${key}`, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, value);
      return undefined;
    }
    return n;
  }

  /** A rule's Go pattern, kept as written: it runs with Go's semantics in linear time (patterns/re2.ts). */
  ruleRegex(source: string, where: string): { source: string; groups: number } | undefined {
    try {
      return { source, groups: compileRe2(source).groupCount };
    } catch (error: unknown) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return undefined;
    }
  }

  /**
   * An allowlist or path pattern as an allow-value source (leading flags as a `(?ims)` group). A pattern widened in
   * translation would allow more than the config says: an error, like one that cannot be run.
   */
  allowRegex(source: string, where: string): string | undefined {
    try {
      const translated = translateGoRegex(source);
      if (translated.note) {
        this.problem(where, `${translated.note}, which would allow more than the pattern says; expected a pattern whose flags apply to all of it`, source);
        return undefined;
      }
      const flags = translated.flags.replace(/[gdyuv]/g, '');
      return flags ? `(?${flags})${translated.source}` : translated.source;
    } catch (error: unknown) {
      this.problem(where, `${error instanceof Error ? error.message : String(error)}; expected a Go regular expression leakgate can run`, source);
      return undefined;
    }
  }
}
