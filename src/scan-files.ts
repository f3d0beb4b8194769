// File-level findings (hygiene and credential files) and repository health, gathered in the same pass as the secret
// scan: each blob's size and first bytes as it streams by (`observe`), then, once the source knows every path,
// the file rules (engine/file-rules.ts), Git LFS tracking (engine/gitattributes.ts), commit attribution for the
// few hits, and one listing of HEAD's tree to tell whether they are still there (`finish`).

import type { Finding, LargeBlob, Origin, RepoHealth, RuleSpec, SizeLimit } from './core/types.js';
import { FileRuleSet, type BlobFacts, type FileHit } from './engine/file-rules.js';
import { fingerprint } from './engine/fingerprint.js';
import { LfsAttributes, type AttributesVersion } from './engine/gitattributes.js';
import type { PathEntry, PathFilter, Source, SourceBlob } from './sources/source.js';

/** How many of the largest blobs the health summary lists. */
export const LARGEST_BLOBS = 10;
/** `.gitattributes` files larger than this are not read for LFS patterns. */
const MAX_ATTRIBUTES_BYTES = 1024 * 1024;

const isAttributesPath = (path: string): boolean => path === '.gitattributes' || path.endsWith('/.gitattributes');

/** Collects what the file rules and the health summary need while blobs stream by, then turns it into findings. */
export class FileScan {
  private readonly facts = new Map<string, BlobFacts>();
  private readonly attributes = new Map<string, string>();
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
   * Looks at one blob's size and head; keeps only what is notable. Returns whether the blob is plain (text, not
   * large, nothing in its head): then its size alone tells the file rules everything (`observeCached`), and the
   * scan cache may replay it without reading it again.
   */
  observe(blob: SourceBlob): boolean {
    const facts = this.ruleSet.inspect(blob.bytes, blob.size);
    if (this.ruleSet.isNotable(facts, blob.path)) this.facts.set(blob.id, facts);
    if (facts.lfsPointer) this.lfsPointers++;
    if (this.keepHints && blob.path !== undefined) this.hints.push({ path: blob.path, blobIds: [blob.id] });
    if (blob.path !== undefined && isAttributesPath(blob.path) && !facts.binary && blob.size <= MAX_ATTRIBUTES_BYTES && !blob.truncated) {
      // Only attribute files that set some filter matter here (`* text=auto` files do not).
      const text = Buffer.from(blob.bytes).toString('utf8');
      if (text.includes('filter') || text.includes('[attr]')) this.attributes.set(blob.id, text);
    }
    this.rank(blob.id, blob.size, blob.path);
    return !this.ruleSet.isNotable(facts) && !(blob.path !== undefined && isAttributesPath(blob.path));
  }

  /** A plain blob replayed from the scan cache (see `observe`): its facts follow from its size. */
  observeCached(blobId: string, size: number, path: string | undefined): void {
    const facts = { size, binary: false, lfsPointer: false };
    if (this.ruleSet.isNotable(facts, path)) this.facts.set(blobId, facts);
    if (this.keepHints && path !== undefined) this.hints.push({ path, blobIds: [blobId] });
    this.rank(blobId, size, path);
  }

  /** Keeps the largest blobs for the health summary. */
  private rank(blobId: string, size: number, path: string | undefined): void {
    const blob = { id: blobId, size, path };
    const smallest = this.largest[this.largest.length - 1];
    if (this.largest.length < LARGEST_BLOBS || (smallest && blob.size > smallest.size)) {
      const at = this.largest.findIndex((b) => blob.size > b.size || (blob.size === b.size && blob.id < b.blobId));
      this.largest.splice(at === -1 ? this.largest.length : at, 0, { blobId: blob.id, size: blob.size, path: blob.path });
      if (this.largest.length > LARGEST_BLOBS) this.largest.pop();
    }
  }

  /**
   * After the source is exhausted: the file-level findings, and the health figures. `contentFindings` are the
   * secret and credential findings of the same scan (a credential file whose values they already report is not
   * reported again as a file). `detail` adds the introducing commit and HEAD presence of the largest blobs (two git
   * calls, for `--health`); `skipPath` drops allowlisted paths.
   */
  async finish(
    source: Source,
    contentFindings: readonly Finding[],
    totals: { blobs: number; bytes: number },
    detail = false,
    skipPath?: PathFilter,
  ): Promise<{ findings: Finding[]; health: RepoHealth }> {
    const seen = source.paths ? [...source.paths()] : this.hints;
    // Allowlisted paths are skipped by the sources; standard input's name is checked here.
    const entries = skipPath ? seen.filter((e) => !skipPath(e.path)) : seen;
    const hits = this.ruleSet.evaluate(entries, (id) => this.facts.get(id));
    const attributeEntries = entries.filter((e) => isAttributesPath(e.path) && e.blobIds.some((id) => this.attributes.has(id)));
    // Git calls only for what will be reported: a clean scan without LFS attributes makes none.
    const wanted = new Set<string>();
    for (const hit of hits) for (const v of hit.versions) wanted.add(v.blobId);
    for (const e of attributeEntries) for (const id of e.blobIds) if (this.attributes.has(id)) wanted.add(id);
    if (detail) for (const b of this.largest) wanted.add(b.blobId);
    const origins = wanted.size > 0 ? await source.origins([...wanted]) : new Map<string, Origin[]>();
    const originAt = (blobId: string, path: string): Origin | undefined =>
      origins.get(blobId)?.find((o) => o.path === path || (path.endsWith('/') && o.path.startsWith(path)));
    const timeAt = (blobId: string, path: string): number | undefined => {
      const date = originAt(blobId, path)?.commit?.date;
      return date === undefined ? undefined : Date.parse(date);
    };

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
    const lfs = await LfsAttributes.create(attributeFiles);

    const reported = new Set(contentFindings.filter((f) => f.kind !== 'hygiene').map((f) => f.path));
    const kept: { hit: FileHit; summary: NonNullable<ReturnType<FileRuleSet['summarize']>> }[] = [];
    for (let hit of hits) {
      if (this.ruleSet.isLfsSensitive(hit.rule) && !lfs.empty) {
        const path = hit.path;
        hit = { ...hit, versions: hit.versions.filter((v) => !lfs.isTracked(path, timeAt(v.blobId, path))) };
      }
      if (hit.rule.detector === 'file' && hit.rule.kind === 'credential' && !hit.rule.keepWithContent && reported.has(hit.path)) continue;
      const summary = this.ruleSet.summarize(hit);
      if (summary) kept.push({ hit, summary });
    }

    const roots = kept.filter((k) => k.hit.files !== undefined).map((k) => k.hit.path);
    const headPaths = new Set(kept.filter((k) => k.hit.files === undefined).map((k) => k.hit.path));
    const firstPaths = new Map(this.largest.map((b) => [b.blobId, origins.get(b.blobId)?.[0]?.path ?? b.path ?? '']));
    if (detail) for (const path of firstPaths.values()) headPaths.add(path);
    const head =
      source.headBlobs && (kept.length > 0 || (detail && this.largest.length > 0))
        ? await source.headBlobs((p) => headPaths.has(p) || roots.some((root) => p.startsWith(root)))
        : undefined;

    const findings = kept.map(({ hit, summary }) => {
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
      const finding: Finding = {
        ruleId: hit.rule.id,
        blobId: first?.blobId ?? '',
        secret: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        snippet: summary.message,
        entropy: 0,
        severity: summary.severity,
        kind: hit.rule.kind,
        path: hit.path,
        ...(first?.origin?.commit ? { commit: first.origin.commit } : {}),
        fingerprint: fingerprint(hit.rule.id, '', hit.path),
        otherOccurrences: hit.files !== undefined ? 0 : hit.versions.length - 1,
        ...(summary.size !== undefined ? { size: summary.size } : {}),
        ...(inHead !== undefined ? { inHead } : {}),
      };
      return finding;
    });

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
    const health: RepoHealth = {
      blobs: totals.blobs,
      bytes: totals.bytes,
      largest,
      binaryOutsideLfs: { count: outside.size, bytes: [...outside.values()].reduce((a, b) => a + b, 0) },
      lfsPointers: this.lfsPointers,
    };
    return { findings, health };
  }
}

/** Whether some rule is a file-level rule (size, content type, path): those look at every path of the history. */
export function hasFileRules(rules: readonly RuleSpec[]): boolean {
  return rules.some((r) => r.detector !== undefined && r.detector !== 'kubernetes-secret');
}
