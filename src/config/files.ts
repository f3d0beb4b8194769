// Where the repository's own settings live and how they are read: the repository root above the scanned path, the
// names of the files read there, and their text, on disk or (a bare repository) as committed at HEAD. Uses only
// node:fs, so a scan without any config file pays a few stat calls and nothing more.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { findRepositoryRoot, isBareRepository, isDirectory } from '../core/git-dir.js';

/** The config file, YAML, at the repository root (or given with `--config`). */
export const CONFIG_FILE = '.leakgate.yaml';
/** Fingerprints to ignore, one a line with an optional `# reason`. */
export const IGNORE_FILE = '.leakgateignore';
/** The baseline written by `leakgate baseline create`, read automatically when present. */
export const BASELINE_FILE = '.leakgate-baseline.jsonl';
/** gitleaks' config and ignore files, honoured for users switching over. */
export const GITLEAKS_CONFIG = '.gitleaks.toml';
export const GITLEAKS_IGNORE = '.gitleaksignore';


/**
 * The directory whose config files apply to a scan of `start`: the nearest enclosing repository root (a directory
 * with `.git`, or a bare repository), else `start` itself (or its directory when it is a file).
 */
export function findSettingsRoot(start: string): string {
  const begin = resolve(start);
  const first = isDirectory(begin) ? begin : dirname(begin);
  return findRepositoryRoot(first) ?? first;
}

/** Reads a text file, or undefined when it does not exist; other failures are ConfigErrors naming the file. */
export function readOptional(path: string, display: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new ConfigError(`${display}: cannot read: ${code ?? String(error)}`);
  }
}

/** Reads a file the user named (`--config`, `--baseline`); missing is an error. */
export function readRequired(path: string, display: string): string {
  const text = readOptional(path, display);
  if (text === undefined) throw new ConfigError(`${display}: no such file`);
  return text;
}

/** The contents of `paths` in HEAD's tree of the repository at `root` (absent paths left out). */
export type CommittedReader = (root: string, paths: readonly string[]) => Promise<Map<string, string>>;

/** Paths in messages: relative to the current directory when shorter. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}

/** A settings file's text and its name in messages. */
export interface SettingsText {
  readonly text: string;
  readonly shown: string;
}

/** The settings files at a repository's root: in a bare repository, read from HEAD all at once. */
const SETTINGS_FILES: readonly string[] = [CONFIG_FILE, GITLEAKS_CONFIG, IGNORE_FILE, GITLEAKS_IGNORE, BASELINE_FILE];

/** `abs` as a path in the repository's tree (`/`-separated), or undefined when it is outside `root`. */
function committedName(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** Reads settings files at the root: on disk, else (a bare repository, a mirror clone) as committed at HEAD. */
export class SettingsReader {
  private constructor(
    readonly root: string,
    private readonly committed: Map<string, string> | undefined,
    private readonly readCommitted: CommittedReader | undefined,
  ) {}

  static async open(root: string, readCommitted: CommittedReader | undefined): Promise<SettingsReader> {
    // The settings files committed at HEAD of a bare repository, read with one git call.
    const committed = readCommitted && isBareRepository(root) ? await readCommitted(root, SETTINGS_FILES) : undefined;
    return new SettingsReader(root, committed, readCommitted);
  }

  /** The file at `abs`, or undefined when there is none. */
  read(abs: string, shown: string): SettingsText | undefined {
    const text = readOptional(abs, shown);
    if (text !== undefined) return { text, shown };
    const name = committedName(this.root, abs);
    const found = name === undefined ? undefined : this.committed?.get(name);
    return found === undefined ? undefined : { text: found, shown: `HEAD:${name}` };
  }

  /** In a bare repository, asks git for a committed file that is not one of SETTINGS_FILES (a config's baseline path). */
  async fetch(abs: string): Promise<void> {
    const name = this.committed ? committedName(this.root, abs) : undefined;
    if (name === undefined || !this.readCommitted || SETTINGS_FILES.includes(name)) return;
    for (const [n, text] of await this.readCommitted(this.root, [name])) this.committed!.set(n, text);
  }
}
