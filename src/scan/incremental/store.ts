// Incremental audits: a per-repository store of blobs already scanned under one rule set, with their results, so a
// second history scan reads and scans only blobs it has not seen. incremental/walk.ts opens it; sources and the
// engine never do.
//
// One file per rule-set key in the repository's directory of the user's cache (core/cache-dir.ts), never in the
// repository itself:
//
//   line 1   JSON header {format, key, oidBytes, count, resultsBytes, sha256}
//   count    fixed-width records sorted by object id: oid (oidBytes) | size (float64 LE) | flags (1 byte)
//   rest     JSON object: hex oid -> {m: Match[], d: Diagnostic[], f?: facts, a?: attributes text} for the records
//            flagged as having results (matches, diagnostics, or what the file rules learnt from the blob's head)
//
// Next to it, `scan-<key>.walk` (JSON {format, key, generation, walk}) holds the last whole-history walk for
// incremental/walk.ts: the refs walked, the counts, and the introductions of the blobs a later scan replays instead of
// walking their commits again (StoredWalk). On git/git (262k blobs, 203k commits, 4,294 refs) the two files are
// 7.6 MB and 0.24 MB (319 blobs' introductions; most of it is the list of refs). Both are owner-only.
//
// The records stay one Buffer (29 bytes a blob, 7.6 MB for git/git's 262k blobs) searched in place, so memory does
// not grow with anything but the number of unique blobs. Writes go to a temp file renamed over the old one, so a
// concurrent run sees either version whole; two concurrent writers lose at most each other's additions. Anything
// unreadable (truncated, edited, another format) is reported as a diagnostic and the scan runs as without a cache.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Match } from '../../core/types.js';

const FORMAT = 'leakgate-scan-cache/3';
const SIZE_BYTES = 8;
const FLAG_BINARY = 1;
const FLAG_MATCHED = 2;
const FLAG_RESULTS = 4;
const FLAG_TRUNCATED = 8;
/** The blob belongs to the walk recorded in the walk file (its counts are in that walk's totals). */
const FLAG_WALKED = 16;
/** Scanned with the rules limited to some paths (see scan/scoping.ts). */
const FLAG_SCOPED = 32;

/** What a scan needs to replay one blob without reading it. */
export interface CachedBlob {
  readonly id: string;
  readonly size: number;
  readonly binary: boolean;
  /** The prefilter let the blob through to the rule regexes. */
  readonly matched: boolean;
  /** Only the head was read (over --max-blob-size): never scanned for secrets. */
  readonly truncated: boolean;
  readonly matches: readonly Match[];
  readonly diagnostics: readonly Diagnostic[];
  /** Scanned with the path-limited rules too; a blob scanned without them is read again where they apply. */
  readonly scoped: boolean;
  /** Part of the walk recorded with the cache (set on lookups only). */
  readonly walked?: boolean;
  /** What the file rules learnt from the blob's head beyond its size (binary, LFS pointer...); absent: nothing. */
  readonly facts?: StoredFacts;
  /** Seen at a `.gitattributes` path: its text when it sets some filter, else ''. Absent: not looked at as one. */
  readonly attributes?: string;
}

/** A blob's head facts for the file rules (engine/file-rules.ts BlobFacts without the size). */
export interface StoredFacts {
  readonly binary: boolean;
  readonly lfsPointer: boolean;
  readonly encrypted?: string;
  readonly magic?: readonly { readonly ruleId: string; readonly name: string }[];
}

/** Counts of a whole walk, kept so an incremental scan reports the same totals as a full one. */
export interface WalkTotals {
  readonly blobs: number;
  readonly bytes: number;
  readonly binarySkipped: number;
  readonly blobsMatched: number;
}

/** The last complete walk of every ref, stored next to the blob records (see sources/history.ts WalkState). */
export interface StoredWalk {
  readonly tips: readonly string[];
  readonly commits: number;
  readonly totals: WalkTotals;
  /**
   * blob -> [path, commit, time][] for every blob a later scan needs from the part of history it does not walk again:
   * blobs with results or too large, and the ones the file rules and health figures need (see scan/files.ts).
   */
  readonly intros: Record<string, [string, string, number][]>;
  readonly missing: [string, string][];
}

interface Header {
  readonly format: string;
  readonly key: string;
  readonly oidBytes: number;
  readonly count: number;
  readonly resultsBytes: number;
  readonly sha256: string;
  /** Random id of this version of the file; a walk file is used only with the blob file it was written with. */
  readonly generation?: string;
}

interface StoredResults {
  readonly m: Match[];
  readonly d: Diagnostic[];
  readonly f?: StoredFacts;
  readonly a?: string;
}

/** Key of a cache: everything that changes what a blob yields (the effective rules, the tool, the size limit). */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** The blobs already scanned under one key, plus the ones this run adds; see the file comment. */
export class ScanCache {
  private readonly recordBytes: number;
  /** Blobs scanned in this run; a later scan of the same blob (with more rules) replaces an earlier one. */
  private readonly added = new Map<string, CachedBlob>();
  /** Lookups that found their blob (blobs replayed in this run). */
  private hits = 0;
  /** Old records looked up in this run (they are part of this run's walk). */
  private readonly seen: Uint8Array;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly oidBytes: number,
    private readonly records: Buffer,
    private readonly results: Record<string, StoredResults>,
    private readonly generation: string | undefined,
  ) {
    this.recordBytes = oidBytes + SIZE_BYTES + 1;
    this.seen = new Uint8Array(records.length / this.recordBytes);
  }

  private get walkFile(): string {
    return this.file.replace(/\.cache$/, '.walk');
  }

  /** The walk stored with this version of the cache, or undefined (none, another version, unreadable). */
  async loadWalk(diagnostics: Diagnostic[]): Promise<StoredWalk | undefined> {
    if (!this.generation) return undefined;
    let text: string;
    try {
      text = await readFile(this.walkFile, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const stored = JSON.parse(text) as { format: string; key: string; generation: string; walk: StoredWalk };
      if (isOtherFormat(stored.format)) return undefined; // written by another leakgate version: walk again, quietly
      if (stored.format !== FORMAT || stored.key !== this.key) throw new Error('header does not match');
      if (stored.generation !== this.generation) return undefined; // written with another version of the blob file
      const walk = stored.walk;
      if (!isStoredWalk(walk, this.oidBytes * 2)) throw new Error('bad walk');
      return walk;
    } catch (error: unknown) {
      diagnostics.push(cacheDiagnostic(`scan cache ${this.walkFile} is unreadable (${error instanceof Error ? error.message : String(error)}); the whole history is walked`));
      return undefined;
    }
  }

  /**
   * Opens the cache file for `key` in `dir` (a missing file is an empty cache). Problems are pushed to `diagnostics`
   * and give an empty cache that will overwrite the bad file.
   */
  static async open(dir: string, key: string, oidBytes: number, diagnostics: Diagnostic[]): Promise<ScanCache> {
    const file = join(dir, `scan-${key}.cache`);
    const empty = (): ScanCache => new ScanCache(file, key, oidBytes, Buffer.alloc(0), {}, undefined);
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        diagnostics.push(cacheDiagnostic(`cannot read scan cache ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; scanning without it`));
      }
      return empty();
    }
    try {
      const eol = data.indexOf(10);
      if (eol < 0 || eol > 4096) throw new Error('no header');
      const header = JSON.parse(data.toString('utf8', 0, eol)) as Header;
      const body = data.subarray(eol + 1);
      const recordBytes = oidBytes + SIZE_BYTES + 1;
      if (isOtherFormat(header.format)) return empty(); // written by another leakgate version: rewritten, quietly
      if (header.format !== FORMAT || header.key !== key || header.oidBytes !== oidBytes) throw new Error('header does not match');
      if (!Number.isSafeInteger(header.count) || !Number.isSafeInteger(header.resultsBytes)) throw new Error('bad counts');
      if (body.length !== header.count * recordBytes + header.resultsBytes) throw new Error('truncated');
      if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error('checksum mismatch');
      const records = body.subarray(0, header.count * recordBytes);
      const results = JSON.parse(body.toString('utf8', records.length)) as Record<string, StoredResults>;
      if (typeof results !== 'object' || results === null) throw new Error('bad results');
      return new ScanCache(file, key, oidBytes, records, results, header.generation);
    } catch (error: unknown) {
      diagnostics.push(
        cacheDiagnostic(`scan cache ${file} is unreadable (${error instanceof Error ? error.message : String(error)}); it was ignored and will be rewritten`),
      );
      return empty();
    }
  }

  /** Blobs the cache held when opened. */
  get size(): number {
    return this.records.length / this.recordBytes;
  }

  /** How many lookups found their blob. */
  get hitCount(): number {
    return this.hits;
  }

  /** The stored scan of `id`, or undefined when this blob has not been scanned under this key. */
  lookup(id: string, track = true): CachedBlob | undefined {
    if (this.records.length === 0 || id.length !== this.oidBytes * 2) return undefined;
    const oid = Buffer.from(id, 'hex');
    const width = this.recordBytes;
    let lo = 0;
    let hi = this.records.length / width - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = mid * width;
      // Compares the record (source) with the wanted id (target): negative when the record sorts first.
      const c = this.records.compare(oid, 0, this.oidBytes, at, at + this.oidBytes);
      if (c === 0) {
        if (track) {
          this.hits++;
          this.seen[mid] = 1;
        }
        const size = this.records.readDoubleLE(at + this.oidBytes);
        const flags = this.records[at + this.oidBytes + SIZE_BYTES]!;
        const stored = flags & FLAG_RESULTS ? this.results[id] : undefined;
        return {
          id,
          size,
          binary: (flags & FLAG_BINARY) !== 0,
          matched: (flags & FLAG_MATCHED) !== 0,
          truncated: (flags & FLAG_TRUNCATED) !== 0,
          scoped: (flags & FLAG_SCOPED) !== 0,
          matches: stored?.m ?? [],
          diagnostics: stored?.d ?? [],
          walked: (flags & FLAG_WALKED) !== 0,
          ...(stored?.f ? { facts: stored.f } : {}),
          ...(stored?.a !== undefined ? { attributes: stored.a } : {}),
        };
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Records a blob scanned in this run (call only for complete scans: not for a blob whose rules timed out). */
  add(blob: CachedBlob): void {
    if (blob.id.length !== this.oidBytes * 2) return;
    // A blob scanned again (with more rules) keeps what its first reading learnt about its head.
    const prior = blob.facts === undefined || blob.attributes === undefined ? (this.added.get(blob.id) ?? this.lookup(blob.id, false)) : undefined;
    this.added.set(blob.id, {
      ...blob,
      ...(blob.facts === undefined && prior?.facts ? { facts: prior.facts } : {}),
      ...(blob.attributes === undefined && prior?.attributes !== undefined ? { attributes: prior.attributes } : {}),
    });
  }

  /**
   * Writes old and new records to the cache file (temp file + rename), then the walk when given. `incremental`: the
   * run walked only commits new since the stored walk, so old records keep their walked mark; otherwise only the
   * blobs met in this run are marked. Problems become diagnostics.
   */
  async save(diagnostics: Diagnostic[], walk?: StoredWalk, incremental = false): Promise<void> {
    if (this.added.size === 0 && !walk) return;
    const width = this.recordBytes;
    const fresh = [...this.added.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const oldCount = this.records.length / width;
    const out = Buffer.alloc((oldCount + fresh.length) * width);
    const results: Record<string, StoredResults> = {};
    let i = 0;
    let j = 0;
    let n = 0;
    let last: Buffer | undefined;
    while (i < oldCount || j < fresh.length) {
      const oldAt = i * width;
      const next = j < fresh.length ? Buffer.from(fresh[j]!.id, 'hex') : undefined;
      const c = i >= oldCount ? 1 : next === undefined ? -1 : this.records.compare(next, 0, this.oidBytes, oldAt, oldAt + this.oidBytes);
      const at = n * width;
      if (c < 0) {
        this.records.copy(out, at, oldAt, oldAt + width);
        const flagAt = at + this.oidBytes + SIZE_BYTES;
        const walked = this.seen[i] === 1 || (incremental && (out[flagAt]! & FLAG_WALKED) !== 0);
        out[flagAt] = (out[flagAt]! & ~FLAG_WALKED) | (walked ? FLAG_WALKED : 0);
        if (this.records[oldAt + this.oidBytes + SIZE_BYTES]! & FLAG_RESULTS) {
          const id = this.records.toString('hex', oldAt, oldAt + this.oidBytes);
          const stored = this.results[id];
          if (stored) results[id] = stored;
        }
        i++;
      } else {
        const blob = fresh[j]!;
        if (last && next!.equals(last)) {
          j++;
          continue;
        }
        next!.copy(out, at);
        out.writeDoubleLE(blob.size, at + this.oidBytes);
        const hasResults = blob.matches.length > 0 || blob.diagnostics.length > 0 || blob.facts !== undefined || blob.attributes !== undefined;
        out[at + this.oidBytes + SIZE_BYTES] =
          (blob.binary ? FLAG_BINARY : 0) | (blob.matched ? FLAG_MATCHED : 0) | (hasResults ? FLAG_RESULTS : 0) | (blob.truncated ? FLAG_TRUNCATED : 0) | (blob.scoped ? FLAG_SCOPED : 0) | FLAG_WALKED;
        if (hasResults) {
          results[blob.id] = {
            m: [...blob.matches],
            d: [...blob.diagnostics],
            ...(blob.facts ? { f: blob.facts } : {}),
            ...(blob.attributes !== undefined ? { a: blob.attributes } : {}),
          };
        }
        last = next;
        if (c === 0) i++; // the same blob added by this run replaces the old record
        j++;
      }
      n++;
    }
    const records = out.subarray(0, n * width);
    const resultText = Buffer.from(JSON.stringify(results), 'utf8');
    const body = Buffer.concat([records, resultText]);
    const generation = randomBytes(8).toString('hex');
    const header: Header = {
      format: FORMAT,
      key: this.key,
      oidBytes: this.oidBytes,
      count: n,
      resultsBytes: resultText.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      generation,
    };
    await mkdir(join(this.file, '..'), { recursive: true }).catch(() => undefined);
    // The walk file names the generation of the blob file it goes with, so a walk written by a concurrent run
    // alongside another version of the blob file is ignored rather than trusted. Blob file first, then the walk.
    if (!(await writeAtomically(this.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), diagnostics))) return;
    if (walk) await writeAtomically(this.walkFile, Buffer.from(JSON.stringify({ format: FORMAT, key: this.key, generation, walk }), 'utf8'), diagnostics);
  }
}

/** Checks the shape of a walk read back from disk (it feeds commit tables and paths: nothing may be off). */
function isStoredWalk(walk: unknown, oidChars: number): walk is StoredWalk {
  const isOid = (v: unknown): boolean => typeof v === 'string' && v.length === oidChars && /^[0-9a-f]+$/.test(v);
  const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (typeof walk !== 'object' || walk === null) return false;
  const w = walk as Record<string, unknown>;
  const totals = w['totals'] as Record<string, unknown> | null;
  if (!Array.isArray(w['tips']) || !w['tips'].every(isOid) || !isCount(w['commits'])) return false;
  if (typeof totals !== 'object' || totals === null || !['blobs', 'bytes', 'binarySkipped', 'blobsMatched'].every((k) => isCount(totals[k]))) return false;
  const missing = w['missing'];
  if (!Array.isArray(missing) || !missing.every((m) => Array.isArray(m) && m.length === 2 && isOid(m[0]) && typeof m[1] === 'string')) return false;
  const intros = w['intros'];
  if (typeof intros !== 'object' || intros === null || Array.isArray(intros)) return false;
  for (const [id, list] of Object.entries(intros)) {
    if (!isOid(id) || !Array.isArray(list) || list.length === 0) return false;
    for (const intro of list) {
      if (!Array.isArray(intro) || intro.length !== 3 || typeof intro[0] !== 'string' || !isOid(intro[1]) || !Number.isFinite(intro[2])) return false;
    }
  }
  return true;
}

async function writeAtomically(file: string, data: Buffer, diagnostics: Diagnostic[]): Promise<boolean> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // Owner-only: stored matches hold secrets in clear (the report redacts them, fingerprints need them).
    await writeFile(temp, data, { mode: 0o600 });
    await rename(temp, file);
    return true;
  } catch (error: unknown) {
    await unlink(temp).catch(() => undefined);
    diagnostics.push(cacheDiagnostic(`cannot write scan cache ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`));
    return false;
  }
}

/** A cache file of an older or newer leakgate (an upgrade is no problem worth a diagnostic). */
function isOtherFormat(format: unknown): boolean {
  return typeof format === 'string' && format !== FORMAT && format.startsWith('leakgate-scan-cache/');
}

function cacheDiagnostic(detail: string): Diagnostic {
  return { code: 'cache-ignored', detail };
}
