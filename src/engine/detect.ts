// Scans one blob: binary check, keyword prefilter, rule regexes and structured detectors, entropy, validators and
// allowlists -> Matches. Knows nothing of paths, commits or files; the same blob always gives the same matches.

import type { Diagnostic } from '../core/diagnostic.js';
import type { RuleSpec } from '../core/rule.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../core/scan-settings.js';
import type { Blob, Match } from '../core/types.js';
import { archiveFormat, archiveMatches, type ArchiveFormat } from './archive/expand.js';
import { isBinary } from './binary.js';
import { compileRules, type CompiledRuleSet } from './compile.js';
import type { KeywordHits } from './prefilter.js';
import { findCredentials, type CredentialHit, type CredentialMode } from './credentials/find.js';
import { mayHoldSecret, type YamlModule } from './kubernetes-secret.js';
import { decodedMatches } from './decode/expand.js';
import { LineIndex } from './text-position.js';
import { isRe2Loaded, loadRe2 } from '../patterns/re2.js';
import { unicodeView, type UnicodeView } from './unicode-view.js';
import { focusRegions, keepOwned, mergeWindows, textWindows, WINDOW_OWNED, type Region } from './windows.js';
import { AllowComments, MatchSink, runAnchored, runKubernetesSecret, runRe2, runRegex, startsByKeyword, startsOf } from './rule-run.js';

export interface BlobScan {
  readonly blobId: string;
  readonly matches: Match[];
  readonly binary: boolean;
  /** The prefilter let the blob through to the rule regexes. */
  readonly matched: boolean;
  readonly diagnostics: Diagnostic[];
  /** A structured detector needs a module not loaded yet: call `detector.load()` and scan the blob again. */
  readonly needsLoad?: boolean;
}

export interface Detector {
  readonly ruleSet: CompiledRuleSet;
  /**
   * Scans a blob; `beforeRule` is told which rule runs next (the worker pool's watchdog uses it). With `scoped`
   * false, rules limited to some paths are skipped (the scan knows the blob was seen at none of them). Rules whose
   * index is in `skip` do not run (the pool's watchdog stopped them on this blob; every other rule still runs).
   * An archive blob's members are scanned one by one (every rule runs on each: the scan filters by member path);
   * `onMember` is called before each.
   */
  scan(blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped?: boolean, skip?: ReadonlySet<number>, onMember?: () => void): BlobScan;
  /**
   * Loads what the structured detectors need (the YAML parser) and, when some rule is a user's RE2 rule, the RE2
   * engine: hooks that never meet a manifest, and scans without user rules, never load them.
   */
  load(): Promise<void>;
  /** True when some rule is a structured detector or an RE2 rule whose module is not loaded yet. */
  readonly needsModules: boolean;
}

/** The YAML parser, shared by every detector of the thread once loaded. */
let yamlModule: YamlModule | undefined;

/** How a detector treats encoded text. */
export interface DetectorOptions {
  /** Levels of nested encodings decoded and scanned again (0: none). */
  readonly decodeDepth?: number;
  /** How archives are opened (depth 0: never); default DEFAULT_ARCHIVE_LIMITS. */
  readonly archives?: ArchiveLimits;
}

export { MAX_MATCHES_PER_RULE } from './rule-run.js';

/** Default levels of decoding (base64 of percent-encoded text is two). */
export const DEFAULT_DECODE_DEPTH = 3;

/** Compiles the rules once and returns a reusable detector (one per thread). */
export function createDetector(specs: readonly RuleSpec[], options: DetectorOptions = {}): Detector {
  return new RuleDetector(specs, options);
}

type BeforeRule = ((ruleIndex: number) => void) | undefined;

/** The rules that run on one text, ascending, and whether the prefilter let the text through for any rule. */
interface Selection {
  readonly rules: number[];
  readonly matched: boolean;
}

class RuleDetector implements Detector {
  readonly ruleSet: CompiledRuleSet;
  private readonly decodeDepth: number;
  private readonly archives: ArchiveLimits;
  private readonly found: Uint8Array;
  private readonly candidate: Uint8Array;
  private readonly hasStructured: boolean;
  /** A composite rule looks for its required rules anywhere in the file: focused blobs are scanned whole. */
  private readonly hasComposite: boolean;
  /** The regex rules composite rules require: gitleaks runs them whatever their keywords, for the composite rules. */
  private readonly requiredRules: readonly number[];
  private readonly requiredOnly: Uint8Array;
  private readonly hasRe2: boolean;
  private readonly hits: KeywordHits | undefined;

  constructor(specs: readonly RuleSpec[], options: DetectorOptions) {
    const ruleSet = compileRules(specs);
    this.ruleSet = ruleSet;
    this.decodeDepth = options.decodeDepth ?? DEFAULT_DECODE_DEPTH;
    this.archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
    this.found = new Uint8Array(ruleSet.prefilter.keywords.length);
    this.candidate = new Uint8Array(ruleSet.rules.length);
    this.hasStructured = ruleSet.rules.some((r) => r.structured !== undefined);
    this.hasComposite = specs.some((s) => (s.required?.length ?? 0) > 0);
    const requiredIds = new Set(specs.flatMap((s) => (s.required ?? []).map((r) => r.id)));
    this.requiredRules = ruleSet.rules.filter((r) => r.spec.detector === undefined && requiredIds.has(r.spec.id)).map((r) => r.index);
    this.requiredOnly = new Uint8Array(ruleSet.rules.length);
    this.hasRe2 = ruleSet.rules.some((r) => r.spec.syntax === 're2');
    this.hits = ruleSet.anchorWant ? { want: ruleSet.anchorWant, starts: [] } : undefined;
  }

  get needsModules(): boolean {
    return (this.hasStructured && yamlModule === undefined) || (this.hasRe2 && !isRe2Loaded());
  }

  async load(): Promise<void> {
    if (this.hasRe2) await loadRe2();
    // The YAML parser only for the structured detectors (a hook that loads RE2 for a user's rule need not parse YAML).
    if (!this.hasStructured || yamlModule !== undefined) return;
    // Bundled, the CommonJS package arrives as a default export; unbundled, with named exports too.
    const mod: YamlModule & { default?: YamlModule } = await import('yaml');
    yamlModule ??= typeof mod.parseAllDocuments === 'function' ? mod : mod.default;
  }

  scan(blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped = true, skip?: ReadonlySet<number>, onMember?: () => void): BlobScan {
    // Four bytes compared for most blobs: archives cost nothing to the rest.
    const format = this.archives.depth > 0 ? archiveFormat(blob.bytes) : undefined;
    if (format) return this.scanArchive(blob, format, beforeRule, skip, onMember);
    if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
    // A focused blob (a staged change) is scanned only around the lines that count, unless a structured detector
    // may need the whole text (a possible Kubernetes Secret: cheap to rule out with a substring search).
    const regions =
      blob.focus && !this.hasComposite && !(this.hasStructured && mayNameSecret(blob.bytes)) ? focusRegions(blob.bytes, blob.focus) : undefined;
    if (regions) return this.scanRegions(blob, regions, beforeRule, scoped, skip);
    return this.scanWhole(blob, beforeRule, scoped, skip);
  }

  private scanRegions(
    blob: Blob,
    regions: readonly Region[],
    beforeRule: BeforeRule,
    scoped: boolean,
    skip: ReadonlySet<number> | undefined,
  ): BlobScan {
    let matches: Match[] = [];
    let diagnostics: Diagnostic[] = [];
    let matched = false;
    for (const region of regions) {
      const part = this.scanWhole({ id: blob.id, bytes: blob.bytes.subarray(region.start, region.end) }, beforeRule, scoped, skip);
      if (part.needsLoad) return part;
      matched ||= part.matched;
      keepOwned(part.matches, Infinity, region.lineOffset, matches);
      diagnostics.push(...part.diagnostics);
    }
    if (regions.length > 1) [matches, diagnostics] = mergeWindows(matches, diagnostics, this.ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched, diagnostics };
  }

  /** Every member of an archive blob, as text blobs of their own (the focus of a staged change does not apply). */
  private scanArchive(
    blob: Blob,
    format: ArchiveFormat,
    beforeRule: BeforeRule,
    skip: ReadonlySet<number> | undefined,
    onMember: (() => void) | undefined,
  ): BlobScan {
    const result = archiveMatches(
      blob.bytes,
      format,
      blob.id,
      this.archives,
      (bytes) => {
        const part = this.scanWhole({ id: blob.id, bytes }, beforeRule, true, skip);
        return part.needsLoad ? undefined : part;
      },
      onMember,
    );
    if (result.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    return { blobId: blob.id, matches: result.matches, binary: false, matched: result.matched, diagnostics: result.diagnostics };
  }

  /** The plain scan, then the decoded spans of the same bytes. */
  private scanWhole(blob: Blob, beforeRule: BeforeRule, scoped: boolean, skip: ReadonlySet<number> | undefined): BlobScan {
    const plain = this.scanPlain(blob, beforeRule, scoped, skip);
    if (this.decodeDepth <= 0 || plain.needsLoad) return plain;
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    const decoded = decodedMatches(bytes, this.decodeDepth, blob.id, plain.matches, (unit) => {
      const part = this.scanPlain({ id: blob.id, bytes: unit }, beforeRule, scoped, skip);
      return part.needsLoad ? undefined : part;
    });
    if (decoded.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    if (decoded.matches.length === 0 && decoded.diagnostics.length === 0) return plain;
    const [matches, diagnostics] = mergeWindows([...plain.matches, ...decoded.matches], [...plain.diagnostics, ...decoded.diagnostics], this.ruleSet, blob.id);
    return { ...plain, matched: plain.matched || decoded.matches.length > 0, matches, diagnostics };
  }

  /** The rules whose keywords occur (or that always run), those composite rules require, then the windows. */
  private scanPlain(blob: Blob, beforeRule: BeforeRule, scoped: boolean, skip: ReadonlySet<number> | undefined): BlobScan {
    const { rules, matched } = this.select(blob.bytes, scoped, skip);
    if (rules.length === 0) return { blobId: blob.id, matches: [], binary: false, matched, diagnostics: [] };
    const { ruleSet } = this;
    // Rules run on a Latin-1 view (one character per byte): decoding is a copy, several times faster than UTF-8
    // on non-ASCII text, and rule patterns are ASCII. Secrets, snippets and columns are converted back to UTF-8.
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    // Structured detectors (rare: only blobs holding `kind: Secret`) need the whole text; regex rules run on windows.
    let wholeText: string | undefined;
    const structured = this.hasStructured && rules.some((r) => ruleSet.rules[r]!.structured);
    if (structured) {
      wholeText = bytes.toString('latin1');
      if (yamlModule === undefined && mayHoldSecret(wholeText)) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    }
    if (this.hasRe2 && !isRe2Loaded() && rules.some((r) => ruleSet.rules[r]!.spec.syntax === 're2')) {
      return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    }
    let matches: Match[] = [];
    let diagnostics: Diagnostic[] = [];
    // Where each candidate rule that starts with a keyword may match: sorted, distinct byte offsets.
    let anchorsOf: Map<number, Int32Array> | undefined;
    if (this.hits) {
      anchorsOf = new Map();
      const byKeyword = startsByKeyword(this.hits.starts);
      for (const r of rules) {
        const anchors = ruleSet.rules[r]!.anchors;
        if (anchors) anchorsOf.set(r, startsOf(byKeyword, anchors));
      }
    }
    for (const window of textWindows(bytes)) {
      const text = window.whole && wholeText !== undefined ? wholeText : bytes.toString('latin1', window.start, window.end);
      const found: Match[] = window.whole ? matches : [];
      this.runWindow(blob.id, text, window.start, window.end, rules, anchorsOf, found, diagnostics, beforeRule);
      if (!window.whole && found.length > 0) {
        const { ownedLines, lineOffset } = window.lines();
        keepOwned(found, ownedLines, lineOffset, matches);
      }
    }
    if (structured && yamlModule && wholeText !== undefined) {
      const lines = new LineIndex(wholeText);
      const allows = new AllowComments(wholeText, lines);
      for (const r of rules) {
        const rule = ruleSet.rules[r]!;
        if (rule.structured !== 'kubernetes-secret') continue;
        beforeRule?.(r);
        runKubernetesSecret(yamlModule, wholeText, new MatchSink(rule, blob.id, wholeText, lines, allows, matches, diagnostics));
      }
    }
    if (bytes.length > WINDOW_OWNED) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
  }

  /**
   * The rules to run on these bytes, ascending (the order matches are recorded in). `matched` counts blobs the
   * prefilter lets through for some rule, whether or not the path-limited rules run on this pass: the count must not
   * depend on which path a blob was first read at.
   */
  private select(bytes: Uint8Array, scoped: boolean, skip: ReadonlySet<number> | undefined): Selection {
    const { ruleSet, candidate, found, hits } = this;
    found.fill(0);
    const rules: number[] = [];
    let matched = false;
    // `candidate` marks the rules while they are listed.
    const consider = (r: number): void => {
      matched = true;
      if ((!scoped && ruleSet.rules[r]!.pathScoped) || candidate[r] === 1 || skip?.has(r)) return;
      candidate[r] = 1;
      rules.push(r);
    };
    for (const r of ruleSet.alwaysRun) consider(r);
    if (hits) hits.starts.length = 0;
    if (ruleSet.prefilter.scan(bytes, found, hits) > 0) {
      for (let k = 0; k < found.length; k++) if (found[k] !== 0) for (const r of ruleSet.rulesByKeyword[k]!) consider(r);
    }
    // Rules a composite rule requires run for it even where their own keywords are absent; their matches are then
    // marked requiredOnly (they never report on their own).
    if (this.requiredRules.length > 0) {
      this.requiredOnly.fill(0);
      for (const r of this.requiredRules) {
        if (candidate[r] === 1 || skip?.has(r) || (!scoped && ruleSet.rules[r]!.pathScoped)) continue;
        candidate[r] = 1;
        this.requiredOnly[r] = 1;
        rules.push(r);
      }
    }
    for (const r of rules) candidate[r] = 0;
    rules.sort((a, b) => a - b);
    return { rules, matched };
  }

  /** Every selected rule over one window's text (bytes [from, to) of the blob), matches into `found`. */
  private runWindow(
    blobId: string,
    text: string,
    from: number,
    to: number,
    rules: readonly number[],
    anchorsOf: ReadonlyMap<number, Int32Array> | undefined,
    found: Match[],
    diagnostics: Diagnostic[],
    beforeRule: BeforeRule,
  ): void {
    const lines = new LineIndex(text);
    const allows = new AllowComments(text, lines);
    // The credential detector's rules share one pass over the window (run after the loop).
    const credentialSinks = new Map<CredentialMode, (hit: CredentialHit) => boolean>();
    const credentialStarts: Int32Array[] = [];
    // What the RE2 rules read (decoded UTF-8), made once per window for all of them.
    let view: UnicodeView | undefined;
    for (const r of rules) {
      const rule = this.ruleSet.rules[r]!;
      const requiredOnly = this.requiredOnly[r] === 1;
      if (rule.spec.syntax === 're2') {
        beforeRule?.(r);
        runRe2(rule.re2!, rule.spec.secretGroup, (view ??= unicodeView(text)), new MatchSink(rule, blobId, text, lines, allows, found, diagnostics, requiredOnly));
        continue;
      }
      if (!rule.regex && !rule.credential) continue;
      beforeRule?.(r);
      const sink = new MatchSink(rule, blobId, text, lines, allows, found, diagnostics, requiredOnly);
      if (rule.credential) {
        credentialSinks.set(rule.credential, (hit) => sink.add(hit.value, hit.start, hit.end, false, hit.confidence));
        const starts = anchorsOf?.get(r);
        if (starts) credentialStarts.push(starts);
        continue;
      }
      // Run without its keywords (for a composite rule), a rule searches the whole text.
      const starts = requiredOnly ? undefined : anchorsOf?.get(r);
      if (starts && rule.sticky) runAnchored(rule.sticky, starts, from, to, rule.spec.secretGroup, sink);
      else if (rule.regex) runRegex(rule.regex, rule.spec.secretGroup, sink);
    }
    findCredentials(text, credentialSinks, anchorsOf ? { starts: credentialStarts, from } : undefined);
  }
}

/** Scans a blob, loading the structured detectors' modules first when the blob needs them. */
export async function scanBlob(detector: Detector, blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped = true): Promise<BlobScan> {
  const result = detector.scan(blob, beforeRule, scoped);
  if (!result.needsLoad) return result;
  await detector.load();
  return detector.scan(blob, beforeRule, scoped);
}

/** A blob may hold a Kubernetes Secret (what the structured detector's keywords all contain, in any case). */
function mayNameSecret(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.indexOf('ecret') !== -1 || buf.indexOf('ECRET') !== -1;
}
