// File-level findings (hygiene and credential files) and repository health, gathered in the same pass as the secret
// scan: each blob's size and first bytes as it streams by (`observe`); once the source's index knows every path,
// the file rules (engine/file-rules.ts) and the blobs whose origins they need (`evaluate`); then, with those
// origins, Git LFS tracking (engine/gitattributes.ts), commit attribution for the few hits, and one listing of
// HEAD's tree to tell whether they are still there (`finish`).

import type { LargeBlob, RepoHealth } from '../core/report.js';
import type { RuleSpec, SizeLimit } from '../core/rule.js';
import type { Finding, Origin } from '../core/types.js';
import { FileRuleSet, type BlobFacts, type FileHit } from '../engine/file-rules.js';
import { LfsAttributes, type AttributesVersion } from '../engine/gitattributes.js';
import { makeFinding } from './attribute.js';
import { allowlistPathTests, allowsAt, fileAllowlists } from '../engine/rule-allowlists.js';
import type { PathEntry, PathFilter, Source, SourceBlob, SourceIndex } from '../sources/source.js';

/** How many of the largest blobs the health summary lists. */
const LARGEST_BLOBS = 10;
/** `.gitattributes` files larger than this are not read for LFS patterns. */
const MAX_ATTRIBUTES_BYTES = 1024 * 1024;

const isAttributesPath = (path: string): boolean => path === '.gitattributes' || path.endsWith('/.gitattributes');

/** What `observe` learnt from a blob's head beyond its size, for the scan cache (absent fields: nothing notable). */
export interface HeadFacts {
  /** Binary, LFS pointer, encrypted or with a content signature (BlobFacts without the size). */
  readonly facts?: Omit<BlobFacts, 'size'>;
  /** Seen at a `.gitattributes` path: its text when it sets some filter, else ''. */
  readonly attributes?: string;
}

/** What the file rules found over the index's paths (FileScan.evaluate), waiting for origins (FileScan.finish). */
export interface FileHits {
  readonly hits: readonly FileHit[];
  /** The paths the rules looked at, with their blobs. */
  readonly entries: readonly PathEntry[];
  /** The `.gitattributes` paths with some version that sets a filter. */
  readonly attributeEntries: readonly PathEntry[];
  /** The blobs whose origins `finish` needs: the hits' versions, those `.gitattributes` versions, with `detail` the largest. */
  readonly wanted: ReadonlySet<string>;
  /** `--health`: the largest blobs' introducing commits and HEAD presence. */
  readonly detail: boolean;
}

/** A blob known from the scan cache: its size and head facts, without its content. */
export interface KnownBlob extends HeadFacts {
  readonly id: string;
  readonly size: number;
}

/**
 * Collects what the file rules and the health summary need while blobs stream by, then turns it into findings.
 * Nothing it reports depends on the order in which blobs arrive or on which of a blob's paths it arrived with, so a
 * scan that replays part of the history from the scan cache (scan/incremental/) reports what a scan from scratch does.
 */
export class FileScan {
  private readonly facts = new Map<string, BlobFacts>();
  private readonly attributes = new Map<string, string>();
  /** Blobs looked at as `.gitattributes` files (their text kept in `attributes` when it sets some filter). */
  private readonly checkedAttributes = new Set<string>();
  private readonly largest: { blobId: string; size: number; path: string | undefined }[] = [];
  private readonly hints: PathEntry[] = [];
  private lfsPointers = 0;

  private constructor(
    private readonly ruleSet: FileRuleSet,
    private readonly keepHints: boolean,
  ) {}

  /** `keepHints`: the source cannot list its paths afterwards, so remember each blob's hinted path. */
  static async create(rules: readonly RuleSpec[], sizeLimits: readonly SizeLimit[], keepHints: boolean): Promise<FileScan> {
    return new FileScan(await FileRuleSet.compile(rules, sizeLimits), keepHints);
  }

  /**
   * Looks at one blob's size and head; keeps only what is notable. Returns what the scan cache must keep so that a
   * later scan can replay the blob without reading it (`observeCached`).
   */
  observe(blob: SourceBlob): HeadFacts {
    const facts = this.ruleSet.inspect(blob.bytes, blob.size);
    let attributes: string | undefined;
    if (blob.path !== undefined && isAttributesPath(blob.path)) attributes = attributesText(facts, blob);
    this.take(blob.id, facts, blob.path === undefined ? [] : [blob.path], attributes, blob.path);
    const { size: _size, ...head } = facts;
    const notable = facts.binary || facts.lfsPointer || facts.encrypted !== undefined || facts.magic !== undefined;
    return { ...(notable ? { facts: head } : {}), ...(attributes !== undefined ? { attributes } : {}) };
  }

  /** A blob replayed from the scan cache, met at `path` (see `observe`). */
  observeCached(blob: KnownBlob, path: string | undefined): void {
    this.take(blob.id, factsOf(blob), path === undefined ? [] : [path], blob.attributes, path);
  }

  /** A blob of the part of history an incremental scan does not walk again, with the paths it was introduced at. */
  observeStored(blob: KnownBlob, paths: readonly string[]): void {
    this.take(blob.id, factsOf(blob), paths, blob.attributes, paths[0]);
  }

  private take(blobId: string, facts: BlobFacts, paths: readonly string[], attributes: string | undefined, hint: string | undefined): void {
    // Facts are kept for notable content, and for blobs at a path some name rule takes (so that the finding can
    // say its size); finish() gets the size of any other version at such a path.
    if (this.ruleSet.isNotable(facts) || paths.some((path) => this.ruleSet.isNotable(facts, path))) this.facts.set(blobId, facts);
    if (facts.lfsPointer) this.lfsPointers++;
    if (this.keepHints && hint !== undefined) this.hints.push({ path: hint, blobIds: [blobId] });
    if (attributes !== undefined) {
      this.checkedAttributes.add(blobId);
      if (attributes !== '') this.attributes.set(blobId, attributes);
    }
    this.rank(blobId, facts.size, hint);
  }

  /**
   * The blobs a later incremental scan needs from this scan's history to report as a scan from scratch would: those
   * with notable facts, attribute files, the largest, and every blob at a path some file rule looks at.
   */
  relevantBlobs(entries: Iterable<PathEntry>): Set<string> {
    const out = new Set<string>([...this.facts.keys(), ...this.checkedAttributes, ...this.largest.map((b) => b.blobId)]);
    for (const { path, blobIds } of entries) {
      if (isAttributesPath(path) || this.ruleSet.looksAt(path)) for (const id of blobIds) out.add(id);
    }
    return out;
  }

  /** Keeps the largest blobs for the health summary. */
  private rank(blobId: string, size: number, path: string | undefined): void {
    const blob = { id: blobId, size, path };
    if (this.largest.some((b) => b.blobId === blobId)) return;
    const smallest = this.largest[this.largest.length - 1];
    if (this.largest.length < LARGEST_BLOBS || (smallest && (blob.size > smallest.size || (blob.size === smallest.size && blob.id < smallest.blobId)))) {
      const at = this.largest.findIndex((b) => blob.size > b.size || (blob.size === b.size && blob.id < b.blobId));
      this.largest.splice(at === -1 ? this.largest.length : at, 0, { blobId: blob.id, size: blob.size, path: blob.path });
      if (this.largest.length > LARGEST_BLOBS) this.largest.pop();
    }
  }

  /**
   * What the blobs' arrival order left out: the size of a version at a path some name rule takes whose blob arrived
   * at another path first, and the text of a `.gitattributes` version whose blob arrived at another path first. Those
   * few blobs are read again (none in most scans), so that the report does not depend on which path a blob was read
   * at, nor on which part of the history an incremental scan replayed.
   */
  private async complete(
    source: Pick<Source, 'readBlobs'>,
    hits: FileHit[],
    entries: readonly PathEntry[],
    unreadable: ReadonlySet<string>,
  ): Promise<FileHit[]> {
    const unsized = new Set<string>();
    for (const hit of hits) {
      if (hit.files !== undefined) continue;
      for (const v of hit.versions) if (v.size === undefined && !this.facts.has(v.blobId) && !unreadable.has(v.blobId)) unsized.add(v.blobId);
    }
    const unchecked = new Set<string>();
    for (const e of entries) {
      if (!isAttributesPath(e.path)) continue;
      for (const id of e.blobIds) if (!this.checkedAttributes.has(id) && !unreadable.has(id)) unchecked.add(id);
    }
    if ((unsized.size === 0 && unchecked.size === 0) || !source.readBlobs) return hits;
    const sizes = new Map<string, number>();
    for await (const blob of source.readBlobs([...new Set([...unsized, ...unchecked])])) {
      sizes.set(blob.id, blob.size);
      if (unchecked.has(blob.id)) {
        const text = attributesText(this.ruleSet.inspect(blob.bytes, blob.size), blob);
        this.checkedAttributes.add(blob.id);
        if (text !== '') this.attributes.set(blob.id, text);
      }
    }
    if (unsized.size === 0) return hits;
    return hits.map((hit) =>
      hit.files !== undefined || !hit.versions.some((v) => unsized.has(v.blobId) && sizes.has(v.blobId))
        ? hit
        : { ...hit, versions: hit.versions.map((v) => (unsized.has(v.blobId) && sizes.has(v.blobId) ? { ...v, size: sizes.get(v.blobId)! } : v)) },
    );
  }

  /**
   * After the source is exhausted, step one: the file rules over every path the index lists (each blob's hinted path
   * when it lists none), the few blobs `complete` needs read again, and which blobs step two needs origins for.
   * `detail` (for `--health`) also wants the introducing commit and HEAD presence of the largest blobs; `skipPath`
   * drops allowlisted paths; `unreadable` blobs are not read again.
   */
  async evaluate(
    index: SourceIndex,
    source: Pick<Source, 'readBlobs'>,
    detail = false,
    skipPath?: PathFilter,
    unreadable: ReadonlySet<string> = new Set(),
  ): Promise<FileHits> {
    const seen = index.paths ? [...index.paths()] : this.hints;
    // Allowlisted paths are skipped by the sources; standard input's name is checked here.
    const entries = skipPath ? seen.filter((e) => !skipPath(e.path)) : seen;
    let hits = this.ruleSet.evaluate(entries, (id) => this.facts.get(id));
    hits = await this.complete(source, hits, entries, unreadable);
    const attributeEntries = entries.filter((e) => isAttributesPath(e.path) && e.blobIds.some((id) => this.attributes.has(id)));
    // Origins only for what will be reported: a clean scan without LFS attributes asks for none.
    const wanted = new Set<string>();
    for (const hit of hits) for (const v of hit.versions) wanted.add(v.blobId);
    for (const e of attributeEntries) for (const id of e.blobIds) if (this.attributes.has(id)) wanted.add(id);
    if (detail) for (const b of this.largest) wanted.add(b.blobId);
    return { hits, entries, attributeEntries, wanted, detail };
  }

  /**
   * Step two: the file-level findings and the health figures, given the origins of (at least) the blobs step one
   * wanted. `contentFindings` are the secret and credential findings of the same scan (a credential file whose
   * values they already report is not reported again as a file). HEAD's tree is listed once, and only when some
   * finding or the `--health` detail needs it.
   */
  async finish(
    found: FileHits,
    allOrigins: ReadonlyMap<string, Origin[]>,
    index: SourceIndex,
    contentFindings: readonly Finding[],
    totals: { blobs: number; bytes: number },
  ): Promise<{ findings: Finding[]; health: RepoHealth }> {
    const { hits, entries, attributeEntries, wanted, detail } = found;
    // Only the blobs step one wanted: what the report says of a blob (a largest blob's commit) never depends on what
    // else needed origins in this scan.
    const origins = new Map<string, Origin[]>();
    for (const id of wanted) {
      const list = allOrigins.get(id);
      if (list) origins.set(id, list);
    }
    const originAt = (blobId: string, path: string): Origin | undefined =>
      origins.get(blobId)?.find((o) => o.path === path || (path.endsWith('/') && o.path.startsWith(path)));
    const timeAt = (blobId: string, path: string): number | undefined => {
      const date = originAt(blobId, path)?.commit?.date;
      return date === undefined ? undefined : Date.parse(date);
    };

    const lfs = await this.lfsAttributes(attributeEntries, timeAt);

    const allowlistPaths = allowlistPathTests();
    const reported = new Set(contentFindings.filter((f) => f.kind !== 'hygiene').map((f) => f.path));
    const kept: { hit: FileHit; summary: NonNullable<ReturnType<FileRuleSet['summarize']>> }[] = [];
    for (let hit of hits) {
      if (this.ruleSet.isLfsSensitive(hit.rule) && !lfs.empty) {
        const path = hit.path;
        hit = { ...hit, versions: hit.versions.filter((v) => !lfs.isTracked(path, timeAt(v.blobId, path))) };
      }
      if (hit.rule.detector === 'file' && hit.rule.kind === 'credential' && !hit.rule.keepWithContent && reported.has(hit.path)) continue;
      // gitleaks allowlists on a path-only rule: a version is dropped when every commit that brought it here is allowed.
      const pending = fileAllowlists(hit.rule.allowlists);
      if (pending.length > 0) {
        const { path, rule } = hit;
        hit = {
          ...hit,
          versions: hit.versions.filter((v) => {
            const here = origins.get(v.blobId)?.filter((o) => o.path === path) ?? [];
            return here.length === 0 || !here.every((o) => allowsAt(pending, rule.allowlists, o, allowlistPaths));
          }),
        };
      }
      const summary = this.ruleSet.summarize(hit);
      if (summary) kept.push({ hit, summary });
    }

    const roots = kept.filter((k) => k.hit.files !== undefined).map((k) => k.hit.path);
    const headPaths = new Set(kept.filter((k) => k.hit.files === undefined).map((k) => k.hit.path));
    // The first path where each was introduced (not the one it happened to be read at).
    const earliest = index.firstPaths?.(this.largest.map((b) => b.blobId));
    const firstPaths = new Map(this.largest.map((b) => [b.blobId, origins.get(b.blobId)?.[0]?.path ?? earliest?.get(b.blobId) ?? b.path ?? '']));
    if (detail) for (const path of firstPaths.values()) headPaths.add(path);
    const head =
      index.headBlobs && (kept.length > 0 || (detail && this.largest.length > 0))
        ? await index.headBlobs((p) => headPaths.has(p) || roots.some((root) => p.startsWith(root)))
        : undefined;

    const findings = kept.map(({ hit, summary }) => this.findingOf(hit, summary, originAt, head));

    const health = this.health(entries, lfs, firstPaths, origins, head, detail, totals);
    return { findings, health };
  }

  /** The `.gitattributes` versions that set filters, each with when it was introduced, as one LFS lookup. */
  private async lfsAttributes(attributeEntries: readonly PathEntry[], timeAt: (blobId: string, path: string) => number | undefined): Promise<LfsAttributes> {
    const attributeFiles = new Map<string, AttributesVersion[]>();
    for (const e of attributeEntries) {
      const versions = e.blobIds
        .filter((id) => this.attributes.has(id))
        .map((id) => {
          const time = timeAt(id, e.path);
          return { text: this.attributes.get(id)!, ...(time !== undefined ? { time } : {}) };
        });
      attributeFiles.set(e.path, versions);
  }
  return LfsAttributes.create(attributeFiles);
  }

  /** One file-level finding: at the earliest introduction among the versions that make the hit. */
  private findingOf(
    hit: FileHit,
    summary: NonNullable<ReturnType<FileRuleSet['summarize']>>,
    originAt: (blobId: string, path: string) => Origin | undefined,
    head: Map<string, string> | undefined,
  ): Finding {
    // The earliest introduction among the versions that make the hit.
    let first: { blobId: string; origin: Origin | undefined; time: number } | undefined;
    for (const v of hit.versions) {
      const origin = originAt(v.blobId, hit.path);
      const time = origin?.commit ? Date.parse(origin.commit.date) : Infinity;
      if (!first || time < first.time || (time === first.time && v.blobId < first.blobId)) first = { blobId: v.blobId, origin, time };
    }
    const inHead = head
      ? hit.files !== undefined
        ? [...head.keys()].some((p) => p.startsWith(hit.path))
        : hit.versions.some((v) => head.get(hit.path) === v.blobId)
      : undefined;
    const summaryMatch = { ruleId: hit.rule.id, blobId: first?.blobId ?? '', secret: '', line: 1, column: 1, endLine: 1, endColumn: 1, snippet: summary.message, entropy: 0 };
    const finding = makeFinding(
      summaryMatch,
      { id: hit.rule.id, kind: hit.rule.kind, severity: summary.severity, confidence: hit.rule.confidence },
      { path: hit.path, ...(first?.origin?.commit ? { commit: first.origin.commit } : {}) },
      true,
      hit.files !== undefined ? 0 : hit.versions.length - 1,
    );
    return { ...finding, ...(summary.size !== undefined ? { size: summary.size } : {}), ...(inHead !== undefined ? { inHead } : {}) };
  }

  /** The health figures: totals, the largest blobs, binary content outside LFS. */
  private health(
    entries: readonly PathEntry[],
    lfs: LfsAttributes,
    firstPaths: ReadonlyMap<string, string>,
    origins: ReadonlyMap<string, Origin[]>,
    head: Map<string, string> | undefined,
    detail: boolean,
    totals: { blobs: number; bytes: number },
  ): RepoHealth {
    const outside = new Map<string, number>();
    for (const e of entries) {
      for (const id of e.blobIds) {
        const f = this.facts.get(id);
        if (f?.binary && !f.lfsPointer && !outside.has(id) && (lfs.empty || !lfs.isTracked(e.path))) outside.set(id, f.size);
      }
    }
    const largest: LargeBlob[] = this.largest.map((b) => {
      const path = firstPaths.get(b.blobId) ?? '';
      const commit = origins.get(b.blobId)?.[0]?.commit?.id;
      return {
        blobId: b.blobId,
        size: b.size,
        path,
        ...(commit !== undefined ? { commit } : {}),
        ...(head && detail ? { inHead: head.get(path) === b.blobId } : {}),
      };
    });
    return {
      blobs: totals.blobs,
      bytes: totals.bytes,
      largest,
      binaryOutsideLfs: { count: outside.size, bytes: [...outside.values()].reduce((a, b) => a + b, 0) },
      lfsPointers: this.lfsPointers,
    };
  }
}

/** The text of a `.gitattributes` blob when it sets some filter (the only ones that matter here), else ''. */
function attributesText(facts: BlobFacts, blob: SourceBlob): string {
  if (facts.binary || blob.size > MAX_ATTRIBUTES_BYTES || blob.truncated) return '';
  const text = Buffer.from(blob.bytes).toString('utf8');
  return text.includes('filter') || text.includes('[attr]') ? text : '';
}

/** A cached blob's facts (its size, and what its head showed). */
function factsOf(blob: KnownBlob): BlobFacts {
  return { size: blob.size, binary: false, lfsPointer: false, ...blob.facts };
}
