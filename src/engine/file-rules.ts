// File-level rules: repository hygiene (large blobs, binary artefacts, dependency folders, OS and editor junk) and
// credential files known by name. They look at a blob's size and first bytes (`inspect`, once per blob) and at the
// paths where blobs were seen (`evaluate`, once per scan), never at text patterns. Pure functions: the engine
// never opens a file; the scan (scan/files.ts) hands in what the sources read.

import { ConfigError } from '../core/errors.js';
import { formatBytes } from '../core/size.js';
import { FILE_DETECTORS, type FolderSpec, type MagicSpec, type RuleSpec, type Severity, type SizeLimit } from '../core/rule.js';
import { isBinary } from './binary.js';
import { globsTest } from '../patterns/globs.js';
import { compileAnyGlob } from './paths.js';
import { compileAllowValue } from '../patterns/allow-value.js';

/** Git's id of the empty blob: an empty file is never a finding of a file rule. */
export const EMPTY_BLOB_ID = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

/** What `inspect` learns from a blob's size and first bytes. */
export interface BlobFacts {
  readonly size: number;
  /** A NUL byte in the first 8,000 bytes (git's own test). */
  readonly binary: boolean;
  /** A Git LFS pointer: the content lives in LFS, and the blob is a few lines of text. */
  readonly lfsPointer: boolean;
  /** The content starts like an encrypted file (git-crypt, ansible-vault, age, PGP). */
  readonly encrypted?: string;
  /** Signatures of binary-artefact rules that the head matches. */
  readonly magic?: readonly { readonly ruleId: string; readonly name: string }[];
}

/** A path seen in the scan, with the blobs introduced there. */
export interface FileEntry {
  readonly path: string;
  readonly blobIds: readonly string[];
}

/** One blob that makes a file rule hit a path. */
export interface HitVersion {
  readonly blobId: string;
  /** Known for blobs with notable facts (large, binary...), else undefined. */
  readonly size?: number;
  /** The content signature matched, for binary artefacts found by content. */
  readonly magic?: string;
}

/** A file rule's hit at one path (a folder root ends in "/"), with every blob version that makes it. */
export interface FileHit {
  readonly rule: RuleSpec;
  readonly path: string;
  readonly versions: readonly HitVersion[];
  /** The path alone (a name glob) made the hit. */
  readonly byName: boolean;
  /** Dependency folders: distinct files seen under the folder. */
  readonly files?: number;
}

/** How a hit is reported: severity (large blobs: by threshold), the largest size, and a message without content. */
export interface HitSummary {
  readonly severity: Severity;
  readonly size?: number;
  readonly message: string;
}

type PathTest = (path: string) => boolean;
type Verify = (head: Uint8Array) => boolean;

interface CompiledMagic {
  readonly ruleId: string;
  readonly name: string;
  readonly offset: number;
  readonly bytes: Uint8Array;
  readonly binary: boolean;
  readonly verify: Verify | undefined;
}

interface CompiledLimit {
  readonly test: PathTest;
  readonly warn?: number;
  readonly error?: number;
  /** From the rule pack (else from --size-limit or the config file, where a missing error threshold is inherited). */
  readonly fromPack: boolean;
}

interface PathRule {
  readonly rule: RuleSpec;
  readonly include: PathTest;
  readonly exclude: PathTest;
}

const u32le = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);

/**
 * Extra checks a signature can name (`verify:` in a rule pack). `MZ` alone is too weak for a PE file; `CAFEBABE`
 * starts both Java classes (a major version >= 45 follows) and Mach-O universal binaries (an architecture count).
 */
const MAGIC_VERIFIERS: Readonly<Record<string, Verify>> = {
  pe: (b) => b.length >= 0x40 && u32le(b, 0x3c) + 4 <= b.length && u32be(b, u32le(b, 0x3c)) === 0x50450000,
  'java-class': (b) => b.length >= 8 && ((b[6]! << 8) | b[7]!) >= 45 && ((b[6]! << 8) | b[7]!) < 100,
  'macho-fat': (b) => b.length >= 8 && u32be(b, 4) > 0 && u32be(b, 4) < 30,
  // CPython's magic numbers: 3000-3999 for Python 3, 62211 for 2.7, followed by \r\n.
  pyc: (b) => b.length >= 16 && ((u16le(b, 0) >= 3000 && u16le(b, 0) < 4000) || u16le(b, 0) === 62211),
};

const LFS_POINTER_PREFIXES = ['version https://git-lfs.github.com/spec/', 'version https://hawser.github.com/spec/'].map((p) => Buffer.from(p, 'latin1'));
/** LFS pointers are a few short lines; anything larger is real content. */
const LFS_POINTER_MAX = 1024;

/** Encrypted content, never a plaintext credential: git-crypt, ansible-vault, age, PGP (armoured or binary packets). */
const ENCRYPTED: readonly { name: string; prefix: Buffer; binary?: boolean }[] = [
  { name: 'git-crypt', prefix: Buffer.from('\0GITCRYPT\0', 'latin1') },
  { name: 'ansible-vault', prefix: Buffer.from('$ANSIBLE_VAULT;', 'latin1') },
  { name: 'age', prefix: Buffer.from('age-encryption.org/v1\n', 'latin1') },
  { name: 'age', prefix: Buffer.from('-----BEGIN AGE ENCRYPTED FILE-----', 'latin1') },
  { name: 'pgp', prefix: Buffer.from('-----BEGIN PGP MESSAGE-----', 'latin1') },
  // OpenPGP packet headers of a public-key or symmetric-key encrypted session key (old and new formats).
  ...[0x84, 0x85, 0x8c, 0xc1, 0xc3].map((b) => ({ name: 'pgp', prefix: Buffer.from([b]), binary: true })),
];

function startsWith(head: Uint8Array, prefix: Uint8Array, offset = 0): boolean {
  if (head.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (head[offset + i] !== prefix[i]) return false;
  return true;
}

/** The file-level rules of a rule set, compiled; see the file comment. */
export class FileRuleSet {
  /** Smallest size that some large-blob threshold reports. */
  readonly minLargeSize: number;

  private constructor(
    readonly rules: readonly RuleSpec[],
    private readonly magics: readonly CompiledMagic[],
    private readonly pathRules: readonly PathRule[],
    private readonly artefactRules: ReadonlyMap<string, PathRule>,
    private readonly largeRules: readonly { rule: PathRule; limits: readonly CompiledLimit[]; limitFor: (path: string) => CompiledLimit | undefined }[],
    private readonly folders: ReadonlyMap<string, { rule: RuleSpec; spec: FolderSpec; evidence: PathTest | undefined }>,
    /** Some name rule takes this path (include globs only). */
    private readonly named: PathTest,
  ) {
    const thresholds = largeRules.flatMap((r) => r.limits.flatMap((l) => [l.warn, l.error])).filter((n): n is number => n !== undefined && Number.isFinite(n));
    this.minLargeSize = thresholds.length > 0 ? Math.min(...thresholds) : Infinity;
  }

  /**
   * Compiles the file-level rules of `rules` (others are ignored). `extraLimits` come before every large-blob rule's
   * own limits (the CLI's --size-limit). Throws on an unknown `verify` name.
   */
  static async compile(rules: readonly RuleSpec[], extraLimits: readonly SizeLimit[] = []): Promise<FileRuleSet> {
    const fileRules = rules.filter((r) => r.detector !== undefined && FILE_DETECTORS.includes(r.detector));
    const globs = async (patterns: readonly string[], empty: boolean): Promise<PathTest> =>
      patterns.length === 0 ? () => empty : await globsTest(patterns);
    // gitleaks path-only rules name their files by regexes searched in the path (`pathRegexes`), allowlisted by others.
    const regexes = (sources: readonly string[] | undefined): PathTest | undefined => {
      if (!sources || sources.length === 0) return undefined;
      const compiled = sources.map(compileAllowValue);
      return (path) => compiled.some((re) => re.test(path));
    };
    const pathRule = async (rule: RuleSpec): Promise<PathRule> => {
      const include = await globs(rule.paths, true);
      const exclude = await globs(rule.excludePaths, false);
      const includeRe = regexes(rule.pathRegexes);
      const excludeRe = regexes(rule.excludePathRegexes);
      if (!includeRe && !excludeRe) return { rule, include, exclude };
      return { rule, include: (path) => include(path) && (includeRe?.(path) ?? true), exclude: (path) => exclude(path) || (excludeRe?.(path) ?? false) };
    };
    const magics: CompiledMagic[] = [];
    const problems: string[] = [];
    const pathRules: PathRule[] = [];
    const artefactRules = new Map<string, PathRule>();
    const largeRules: { rule: PathRule; limits: CompiledLimit[]; limitFor: (path: string) => CompiledLimit | undefined }[] = [];
    const folders = new Map<string, { rule: RuleSpec; spec: FolderSpec; evidence: PathTest | undefined }>();
    for (const rule of fileRules) {
      if (rule.detector === 'file') pathRules.push(await pathRule(rule));
      if (rule.detector === 'binary-artefact') {
        const compiled = await pathRule(rule);
        artefactRules.set(rule.id, compiled);
        if (rule.paths.length > 0) pathRules.push(compiled);
        for (const magic of rule.magic ?? []) {
          const verify = magic.verify === undefined ? undefined : MAGIC_VERIFIERS[magic.verify];
          if (magic.verify !== undefined && !verify) {
            problems.push(`${rule.source}: rule ${rule.id}: magic "${magic.name}": unknown verify "${magic.verify}"; expected one of ${Object.keys(MAGIC_VERIFIERS).join(', ')}`);
          }
          magics.push(compileMagic(rule.id, magic, verify));
        }
      }
      if (rule.detector === 'large-blob') {
        const compileLimit = async (l: SizeLimit, fromPack: boolean): Promise<CompiledLimit> => ({
          test: await globs(l.paths, true),
          ...(l.warn !== undefined ? { warn: l.warn } : {}),
          ...(l.error !== undefined ? { error: l.error } : {}),
          fromPack,
        });
        const own = await Promise.all((rule.sizeLimits ?? []).map((l) => compileLimit(l, true)));
        const limits = [...(await Promise.all(extraLimits.map((l) => compileLimit(l, false)))), ...own];
        // A threshold given without an error size keeps the pack's error size for the path (at least its warning).
        const limitFor = (path: string): CompiledLimit | undefined => {
          const first = limits.find((l) => l.test(path));
          if (!first || first.fromPack || first.error !== undefined) return first;
          const packError = own.find((l) => l.test(path))?.error;
          return packError === undefined ? first : { ...first, error: Math.max(packError, first.warn ?? 0) };
        };
        largeRules.push({ rule: await pathRule(rule), limits, limitFor });
      }
      if (rule.detector === 'dependency-folder') {
        for (const spec of rule.folders ?? []) {
          if (!folders.has(spec.name)) folders.set(spec.name, { rule, spec, evidence: spec.evidence.length > 0 ? await globs(spec.evidence, false) : undefined });
        }
      }
    }
    if (problems.length > 0) throw new ConfigError(problems.join('\n'));
    // Tested on every blob's hinted path, so made cheap.
    const namedByGlob = await compileAnyGlob(pathRules.flatMap((r) => r.rule.paths));
    const byRegex = pathRules.filter((r) => (r.rule.pathRegexes?.length ?? 0) > 0);
    const named: PathTest = byRegex.length === 0 ? namedByGlob : (path) => namedByGlob(path) || byRegex.some((r) => r.include(path) && !r.exclude(path));
    return new FileRuleSet(fileRules, magics, pathRules, artefactRules, largeRules, folders, named);
  }

  /** What a blob's size and first bytes tell (its head: at least the first 8 KiB, or all of a smaller blob). */
  inspect(head: Uint8Array, size: number): BlobFacts {
    const binary = isBinary(head);
    const lfsPointer = !binary && size <= LFS_POINTER_MAX && LFS_POINTER_PREFIXES.some((p) => startsWith(head, p));
    const encrypted = ENCRYPTED.find((e) => startsWith(head, e.prefix) && (!e.binary || binary))?.name;
    const magic: { ruleId: string; name: string }[] = [];
    for (const m of this.magics) {
      if (m.binary && !binary) continue;
      if (!startsWith(head, m.bytes, m.offset) || (m.verify && !m.verify(head))) continue;
      if (!magic.some((x) => x.ruleId === m.ruleId)) magic.push({ ruleId: m.ruleId, name: m.name });
    }
    return {
      size,
      binary,
      lfsPointer,
      ...(encrypted !== undefined ? { encrypted } : {}),
      ...(magic.length > 0 ? { magic } : {}),
    };
  }

  /**
   * Facts worth keeping until the paths are known: notable content, or a blob first seen at a path that some name
   * rule takes (so that its finding can say its size). Everything else is an ordinary small text blob.
   */
  isNotable(facts: BlobFacts, path?: string): boolean {
    return (
      facts.size >= this.minLargeSize ||
      facts.binary ||
      facts.lfsPointer ||
      facts.encrypted !== undefined ||
      facts.magic !== undefined ||
      facts.size === 0 ||
      (path !== undefined && this.named(path))
    );
  }

  /**
   * Whether the path alone can bring a blob into some hit (a name rule takes it, or it lies under a dependency
   * folder's name): every blob at such a path counts, whatever its facts.
   */
  looksAt(path: string): boolean {
    if (this.named(path)) return true;
    if (this.folders.size === 0) return false;
    let start = 0;
    for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', start)) {
      if (this.folders.has(path.slice(start, end))) return true;
      start = end + 1;
    }
    return false;
  }

  /** Rules whose hits depend on whether a path is tracked by Git LFS. */
  isLfsSensitive(rule: RuleSpec): boolean {
    return rule.detector === 'large-blob' || rule.detector === 'binary-artefact';
  }

  /**
   * Every hit of the file rules over the paths of a scan; `facts` gives the notable facts of a blob (undefined for
   * an ordinary small text blob). LFS pointers are never hits; whether a path is tracked by LFS is the caller's
   * (it depends on the commit), see scan/files.ts.
   */
  evaluate(files: Iterable<FileEntry>, facts: (blobId: string) => BlobFacts | undefined): FileHit[] {
    const hits = new Map<string, { rule: RuleSpec; path: string; versions: Map<string, HitVersion>; byName: boolean }>();
    const add = (rule: RuleSpec, path: string, version: HitVersion, byName: boolean): void => {
      const key = `${rule.id}\0${path}`;
      let hit = hits.get(key);
      if (!hit) hits.set(key, (hit = { rule, path, versions: new Map(), byName: false }));
      hit.byName ||= byName;
      const prior = hit.versions.get(version.blobId);
      hit.versions.set(version.blobId, prior?.magic ? prior : version);
    };
    const roots = new Map<string, { rule: RuleSpec; files: number; blobIds: Set<string>; evidenced: boolean; evidence: PathTest | undefined }>();
    for (const { path, blobIds } of files) {
      if (this.folders.size > 0) this.noteFolders(path, blobIds, roots);
      for (const pr of this.pathRules) {
        if (!pr.include(path) || pr.exclude(path)) continue;
        for (const blobId of blobIds) {
          const f = facts(blobId);
          if (blobId === EMPTY_BLOB_ID || f?.size === 0 || f?.lfsPointer) continue;
          if (pr.rule.kind === 'credential' && f?.encrypted !== undefined) continue;
          const magic = f?.magic?.find((m) => m.ruleId === pr.rule.id)?.name;
          add(pr.rule, path, { blobId, ...(f ? { size: f.size } : {}), ...(magic ? { magic } : {}) }, true);
        }
      }
      for (const blobId of blobIds) {
        const f = facts(blobId);
        if (!f || f.lfsPointer) continue;
        for (const m of f.magic ?? []) {
          const pr = this.artefactRules.get(m.ruleId);
          if (pr && !pr.exclude(path)) add(pr.rule, path, { blobId, size: f.size, magic: m.name }, false);
        }
        if (f.size < this.minLargeSize) continue;
        for (const { rule, limitFor } of this.largeRules) {
          if (!rule.include(path) || rule.exclude(path)) continue;
          const limit = limitFor(path);
          const floor = Math.min(limit?.warn ?? Infinity, limit?.error ?? Infinity);
          if (f.size >= floor) add(rule.rule, path, { blobId, size: f.size }, false);
        }
      }
    }
    const out: FileHit[] = [...hits.values()].map((h) => ({ rule: h.rule, path: h.path, versions: [...h.versions.values()], byName: h.byName }));
    const folderRoots = this.acceptedRoots(roots);
    for (const [root, info] of folderRoots) {
      out.push({ rule: info.rule, path: `${root}/`, versions: [...info.blobIds].map((blobId) => ({ blobId })), byName: true, files: info.files });
    }
    return this.suppressCovered(out, [...folderRoots.keys()]);
  }

  /** Records, for each dependency-folder name among the path's directories, the root it makes and whether it has evidence. */
  private noteFolders(
    path: string,
    blobIds: readonly string[],
    roots: Map<string, { rule: RuleSpec; files: number; blobIds: Set<string>; evidenced: boolean; evidence: PathTest | undefined }>,
  ): void {
    let end = path.indexOf('/');
    while (end !== -1) {
      const start = path.lastIndexOf('/', end - 1) + 1;
      const folder = this.folders.get(path.slice(start, end));
      if (folder) {
        const root = path.slice(0, end);
        let info = roots.get(root);
        if (!info) roots.set(root, (info = { rule: folder.rule, files: 0, blobIds: new Set(), evidenced: !folder.evidence, evidence: folder.evidence }));
        info.files++;
        for (const id of blobIds) info.blobIds.add(id);
        if (!info.evidenced && info.evidence?.(path.slice(end + 1))) info.evidenced = true;
      }
      end = path.indexOf('/', end + 1);
    }
  }

  /** Roots with their evidence, outermost only (node_modules inside node_modules is one finding). */
  private acceptedRoots(
    roots: ReadonlyMap<string, { rule: RuleSpec; files: number; blobIds: Set<string>; evidenced: boolean }>,
  ): Map<string, { rule: RuleSpec; files: number; blobIds: Set<string> }> {
    const accepted = [...roots].filter(([, info]) => info.evidenced).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1));
    const kept = new Map<string, { rule: RuleSpec; files: number; blobIds: Set<string> }>();
    for (const [root, info] of accepted) {
      if (![...kept.keys()].some((outer) => root.startsWith(`${outer}/`))) kept.set(root, info);
    }
    return kept;
  }

  /**
   * Drops what another hit already says: hygiene file and artefact hits inside a committed dependency folder, and an
   * artefact hit by name alone where a credential file rule names the same path (a .tfstate.backup is one finding).
   */
  private suppressCovered(hits: FileHit[], roots: readonly string[]): FileHit[] {
    const credentialPaths = new Set(hits.filter((h) => h.rule.kind === 'credential').map((h) => h.path));
    const inRoot = (path: string): boolean => roots.some((root) => path.startsWith(`${root}/`));
    return hits.filter((h) => {
      if (h.files !== undefined) return true;
      const coverable = h.rule.detector === 'binary-artefact' || (h.rule.detector === 'file' && h.rule.kind === 'hygiene');
      if (coverable && inRoot(h.path)) return false;
      if (h.rule.detector === 'binary-artefact' && h.versions.every((v) => !v.magic) && credentialPaths.has(h.path)) return false;
      return true;
    });
  }

  /** Severity, size and message of a hit (after the caller dropped versions tracked by LFS); undefined if none is left. */
  summarize(hit: FileHit): HitSummary | undefined {
    const { rule, versions } = hit;
    if (versions.length === 0) return undefined;
    const sizes = versions.map((v) => v.size).filter((s): s is number => s !== undefined);
    const size = sizes.length > 0 ? Math.max(...sizes) : undefined;
    const sized = size === undefined ? '' : formatBytes(size);
    if (hit.files !== undefined) {
      return { severity: rule.severity, message: `${hit.files.toLocaleString('en-US')} file${hit.files === 1 ? '' : 's'} under ${hit.path}` };
    }
    if (rule.detector === 'large-blob' && size !== undefined) {
      const limit = this.largeRules.find((r) => r.rule.rule === rule)?.limitFor(hit.path);
      const isError = limit?.error !== undefined && size >= limit.error;
      const threshold = isError ? limit?.error : limit?.warn;
      const total = sizes.reduce((a, b) => a + b, 0);
      const more = versions.length > 1 ? `; ${versions.length} versions over the limit, ${formatBytes(total)} in all` : '';
      return {
        // Over the warning size only: `info`, reported but not failing by default (failOn defaults to low).
        severity: isError ? rule.severity : 'info',
        size,
        message: `${sized}${threshold !== undefined ? `, over the ${formatBytes(threshold)} ${isError ? 'error' : 'warning'} limit` : ''}${more}`,
      };
    }
    if (rule.detector === 'binary-artefact') {
      const names = [...new Set(versions.map((v) => v.magic).filter((m): m is string => m !== undefined))];
      const what = names.length > 0 ? names.join(', ') : `by name (${extension(hit.path)})`;
      return { severity: rule.severity, ...(size !== undefined ? { size } : {}), message: sized ? `${what}, ${sized}` : what };
    }
    return { severity: rule.severity, ...(size !== undefined ? { size } : {}), message: sized ? `committed, ${sized}` : 'committed' };
  }
}

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.indexOf('.', 1);
  return dot === -1 ? name : `*${name.slice(dot)}`;
}

function compileMagic(ruleId: string, magic: MagicSpec, verify: Verify | undefined): CompiledMagic {
  return { ruleId, name: magic.name, offset: magic.offset, bytes: Buffer.from(magic.bytes, 'hex'), binary: magic.binary, verify };
}
