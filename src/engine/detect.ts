// Scans one blob: binary check, keyword prefilter, rule regexes and structured detectors, entropy, validators and
// allowlists -> Matches. Knows nothing of paths, commits or files; the same blob always gives the same matches.

import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits, type Blob, type Confidence, type Diagnostic, type InlineAllow, type Match, type RuleSpec } from '../core/types.js';
import { archiveFormat, archiveMatches, type ArchiveFormat } from './archive/expand.js';
import { isPlaceholder } from './allowlist.js';
import { isBinary } from './binary.js';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile.js';
import type { KeywordHits } from './prefilter.js';
import { shannonEntropy } from './entropy.js';
import { ALLOW_HINT, allowFor, parseAllowComments, type AllowComment } from './inline-allow.js';
import { findCredentials, type CredentialHit, type CredentialMode } from './credentials/find.js';
import { findSecretValues, mayHoldSecret, type YamlModule } from './kubernetes-secret.js';
import { decodeBase64 } from './decode/codecs.js';
import { decodedMatches } from './decode/expand.js';
import { LineIndex, utf16Column, utf8 } from './text-position.js';
import { compileRuleAllowlists, type AllowlistCheck } from './rule-allowlists.js';
import { isRe2Loaded, loadRe2, type Re2Pattern } from '../patterns/re2.js';
import { unicodeView, type UnicodeView } from './unicode-view.js';

/** Matches of one rule in one blob beyond this are dropped with a diagnostic (a generated file, not N secrets). */
export const MAX_MATCHES_PER_RULE = 200;
/** Characters of context kept on each side of a secret in a snippet. */
const SNIPPET_CONTEXT = 80;

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

/** Default levels of decoding (base64 of percent-encoded text is two). */
export const DEFAULT_DECODE_DEPTH = 3;

/** Compiles the rules once and returns a reusable detector (one per thread). */
export function createDetector(specs: readonly RuleSpec[], options: DetectorOptions = {}): Detector {
  const ruleSet = compileRules(specs);
  const decodeDepth = options.decodeDepth ?? DEFAULT_DECODE_DEPTH;
  const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
  const found = new Uint8Array(ruleSet.prefilter.keywords.length);
  const candidate = new Uint8Array(ruleSet.rules.length);
  const hasStructured = ruleSet.rules.some((r) => r.structured !== undefined);
  // A composite rule looks for its required rules anywhere in the file: focused blobs are scanned whole.
  const hasComposite = specs.some((s) => (s.required?.length ?? 0) > 0);
  // The regex rules composite rules require: gitleaks runs them whatever their keywords, for the composite rules.
  const requiredIds = new Set(specs.flatMap((s) => (s.required ?? []).map((r) => r.id)));
  const requiredRules = ruleSet.rules.filter((r) => r.spec.detector === undefined && requiredIds.has(r.spec.id)).map((r) => r.index);
  const requiredOnly = new Uint8Array(ruleSet.rules.length);
  const hasRe2 = ruleSet.rules.some((r) => r.spec.syntax === 're2');
  const hits: KeywordHits | undefined = ruleSet.anchorWant ? { want: ruleSet.anchorWant, starts: [] } : undefined;

  return {
    ruleSet,
    get needsModules() {
      return (hasStructured && yamlModule === undefined) || (hasRe2 && !isRe2Loaded());
    },
    async load() {
      if (hasRe2) await loadRe2();
      // Bundled, the CommonJS package arrives as a default export; unbundled, with named exports too.
      const mod: YamlModule & { default?: YamlModule } = await import('yaml');
      yamlModule ??= typeof mod.parseAllDocuments === 'function' ? mod : mod.default;
    },
    scan(blob, beforeRule, scoped = true, skip, onMember) {
      // Four bytes compared for most blobs: archives cost nothing to the rest.
      const format = archives.depth > 0 ? archiveFormat(blob.bytes) : undefined;
      if (format) return scanArchive(blob, format, beforeRule, skip, onMember);
      if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
      // A focused blob (a staged change) is scanned only around the lines that count, unless a structured detector
      // may need the whole text (a possible Kubernetes Secret: cheap to rule out with a substring search).
      const regions = blob.focus && !hasComposite && !(hasStructured && mayNameSecret(blob.bytes)) ? focusRegions(blob.bytes, blob.focus) : undefined;
      if (regions) return scanRegions(blob, regions, beforeRule, scoped, skip);
      return scanWhole(blob, beforeRule, scoped, skip);
    },
  };

  function scanRegions(
    blob: Blob,
    regions: readonly Region[],
    beforeRule: ((ruleIndex: number) => void) | undefined,
    scoped: boolean,
    skip: ReadonlySet<number> | undefined,
  ): BlobScan {
    let matches: Match[] = [];
    let diagnostics: Diagnostic[] = [];
    let matched = false;
    for (const region of regions) {
      const part = scanWhole({ id: blob.id, bytes: blob.bytes.subarray(region.start, region.end) }, beforeRule, scoped, skip);
      if (part.needsLoad) return part;
      matched ||= part.matched;
      keepOwned(part.matches, Infinity, region.lineOffset, matches);
      diagnostics.push(...part.diagnostics);
    }
    if (regions.length > 1) [matches, diagnostics] = mergeWindows(matches, diagnostics, ruleSet, blob.id);
    return { blobId: blob.id, matches, binary: false, matched, diagnostics };
  }

  /** Every member of an archive blob, as text blobs of their own (the focus of a staged change does not apply). */
  function scanArchive(
    blob: Blob,
    format: ArchiveFormat,
    beforeRule: ((ruleIndex: number) => void) | undefined,
    skip: ReadonlySet<number> | undefined,
    onMember: (() => void) | undefined,
  ): BlobScan {
    const result = archiveMatches(
      blob.bytes,
      format,
      blob.id,
      archives,
      (bytes) => {
        const part = scanWhole({ id: blob.id, bytes }, beforeRule, true, skip);
        return part.needsLoad ? undefined : part;
      },
      onMember,
    );
    if (result.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    return { blobId: blob.id, matches: result.matches, binary: false, matched: result.matched, diagnostics: result.diagnostics };
  }

  /** The plain scan, then the decoded spans of the same bytes. */
  function scanWhole(blob: Blob, beforeRule: ((ruleIndex: number) => void) | undefined, scoped: boolean, skip: ReadonlySet<number> | undefined): BlobScan {
    const plain = scanPlain(blob, beforeRule, scoped, skip);
    if (decodeDepth <= 0 || plain.needsLoad) return plain;
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    const decoded = decodedMatches(bytes, decodeDepth, blob.id, plain.matches, (unit) => {
      const part = scanPlain({ id: blob.id, bytes: unit }, beforeRule, scoped, skip);
      return part.needsLoad ? undefined : part;
    });
    if (decoded.needsLoad) return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
    if (decoded.matches.length === 0 && decoded.diagnostics.length === 0) return plain;
    const [matches, diagnostics] = mergeWindows([...plain.matches, ...decoded.matches], [...plain.diagnostics, ...decoded.diagnostics], ruleSet, blob.id);
    return { ...plain, matched: plain.matched || decoded.matches.length > 0, matches, diagnostics };
  }

  function scanPlain(blob: Blob, beforeRule: ((ruleIndex: number) => void) | undefined, scoped: boolean, skip: ReadonlySet<number> | undefined): BlobScan {
    found.fill(0);
    // The rules to run, ascending (the order matches are recorded in); `candidate` marks them while they are listed.
    const rules: number[] = [];
    // `matched` counts blobs the prefilter lets through for some rule, whether or not the path-limited rules run
    // on this pass: the count must not depend on which path a blob was first read at.
    let matched = false;
    const consider = (r: number): void => {
      matched = true;
      if ((!scoped && ruleSet.rules[r]!.pathScoped) || candidate[r] === 1 || skip?.has(r)) return;
      candidate[r] = 1;
      rules.push(r);
    };
    for (const r of ruleSet.alwaysRun) consider(r);
    if (hits) hits.starts.length = 0;
    if (ruleSet.prefilter.scan(blob.bytes, found, hits) > 0) {
      for (let k = 0; k < found.length; k++) if (found[k] !== 0) for (const r of ruleSet.rulesByKeyword[k]!) consider(r);
    }
    // Rules a composite rule requires run for it even where their own keywords are absent; their matches are then
    // marked requiredOnly (they never report on their own).
    if (requiredRules.length > 0) {
      requiredOnly.fill(0);
      for (const r of requiredRules) {
        if (candidate[r] === 1 || skip?.has(r) || (!scoped && ruleSet.rules[r]!.pathScoped)) continue;
        candidate[r] = 1;
        requiredOnly[r] = 1;
        rules.push(r);
      }
    }
    for (const r of rules) candidate[r] = 0;
    const any = rules.length > 0;
    rules.sort((a, b) => a - b);
    if (!any) return { blobId: blob.id, matches: [], binary: false, matched, diagnostics: [] };
    // Rules run on a Latin-1 view (one character per byte): decoding is a copy, several times faster than UTF-8
    // on non-ASCII text, and rule patterns are ASCII. Secrets, snippets and columns are converted back to UTF-8.
    const bytes = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
    // Structured detectors (rare: only blobs holding `kind: Secret`) need the whole text; regex rules run on windows.
    let wholeText: string | undefined;
    let structured = false;
    if (hasStructured) for (const r of rules) if (ruleSet.rules[r]!.structured) structured = true;
    if (structured) {
      wholeText = bytes.toString('latin1');
      if (yamlModule === undefined && mayHoldSecret(wholeText)) {
        return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
      }
    }
    if (hasRe2 && !isRe2Loaded()) {
      for (let r = 0; r < candidate.length; r++) {
        if (candidate[r] === 1 && ruleSet.rules[r]!.spec.syntax === 're2') return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
      }
    }
    let matches: Match[] = [];
    let diagnostics: Diagnostic[] = [];
    // Where each candidate rule that starts with a keyword may match: sorted, distinct byte offsets.
    let anchorsOf: Map<number, Int32Array> | undefined;
    if (hits) {
      anchorsOf = new Map();
      const byKeyword = startsByKeyword(hits.starts);
      for (const r of rules) {
        const anchors = ruleSet.rules[r]!.anchors;
        if (anchors) anchorsOf.set(r, startsOf(byKeyword, anchors));
      }
    }
    for (const window of textWindows(bytes)) {
      const text = window.whole && wholeText !== undefined ? wholeText : bytes.toString('latin1', window.start, window.end);
      const lines = new LineIndex(text);
      const allows = new AllowComments(text, lines);
      const found: Match[] = window.whole ? matches : [];
      // The credential detector's rules share one pass over the window (run after the loop).
      const credentialSinks = new Map<CredentialMode, (hit: CredentialHit) => boolean>();
      const credentialStarts: Int32Array[] = [];
      // What the RE2 rules read (decoded UTF-8), made once per window for all of them.
      let view: UnicodeView | undefined;
      for (const r of rules) {
        const rule = ruleSet.rules[r]!;
        if (rule.spec.syntax === 're2') {
          beforeRule?.(r);
          runRe2(rule.re2!, rule.spec.secretGroup, (view ??= unicodeView(text)), new MatchSink(rule, blob.id, text, lines, allows, found, diagnostics, requiredOnly[r] === 1));
          continue;
        }
        if (!rule.regex && !rule.credential) continue;
        beforeRule?.(r);
        const sink = new MatchSink(rule, blob.id, text, lines, allows, found, diagnostics, requiredOnly[r] === 1);
        if (rule.credential) {
          credentialSinks.set(rule.credential, (hit) => sink.add(hit.value, hit.start, hit.end, false, hit.confidence));
          const starts = anchorsOf?.get(r);
          if (starts) credentialStarts.push(starts);
          continue;
        }
        // Run without its keywords (for a composite rule), a rule searches the whole text.
        const starts = requiredOnly[r] === 1 ? undefined : anchorsOf?.get(r);
        if (starts && rule.sticky) runAnchored(rule.sticky, starts, window.start, window.end, rule.spec.secretGroup, sink);
        else if (rule.regex) runRegex(rule.regex, rule.spec.secretGroup, sink);
      }
      findCredentials(text, credentialSinks, anchorsOf ? { starts: credentialStarts, from: window.start } : undefined);
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
}

/** Regions covering more than this share of a blob: the blob is scanned whole (one pass is simpler and as fast). */
const FOCUS_MAX_SHARE = 0.6;

/** Part of a blob to scan: bytes [start, end), whole lines; `lineOffset` lines of the blob come before it. */
interface Region {
  readonly start: number;
  readonly end: number;
  readonly lineOffset: number;
}

/** A blob may hold a Kubernetes Secret (what the structured detector's keywords all contain, in any case). */
function mayNameSecret(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.indexOf('ecret') !== -1 || buf.indexOf('ECRET') !== -1;
}

/**
 * The regions around `focus` (line ranges, 1-based) with WINDOW_OVERLAP bytes each side, in whole lines, merged
 * where they meet; undefined when they would cover most of the blob. That is the windows' overlap: a match touching
 * a focused line that starts or ends up to that far away (any realistic secret, a PEM block included) is seen whole.
 */
export function focusRegions(bytes: Uint8Array, focus: ReadonlyArray<readonly [number, number]>): Region[] | undefined {
  const n = bytes.length;
  if (n <= 2 * WINDOW_OVERLAP) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Two forward-only walks over the lines: `lead` finds where the focused lines are, `trail` the line starts
  // WINDOW_OVERLAP bytes before them (both only ever move forward, as the ranges ascend).
  const pieces = new Latin1Pieces(buf);
  const lead = new LineWalk(pieces);
  const trail = new LineWalk(pieces);
  const regions: { start: number; end: number; lineOffset: number }[] = [];
  let covered = 0;
  let previousLast = 0;
  for (const [first, last] of focus) {
    // Ranges come ascending and apart; anything else is scanned whole rather than trusted.
    if (first < 1 || first <= previousLast || last < first) return undefined;
    previousLast = last;
    lead.toLine(first - 1);
    if (lead.line < first - 1) break; // past the blob's last line
    const from = lead.pos;
    lead.toLine(last);
    const to = lead.line === last ? lead.pos : n;
    trail.toByte(Math.max(0, from - WINDOW_OVERLAP));
    const start = trail.pos;
    // To the end of the line holding the byte WINDOW_OVERLAP past the focused lines.
    const newline = buf.indexOf(10, Math.min(n - 1, to + WINDOW_OVERLAP));
    const end = newline === -1 || newline + 1 >= n ? n : newline + 1;
    const previous = regions.at(-1);
    if (previous && start <= previous.end) {
      covered += Math.max(0, end - previous.end);
      previous.end = Math.max(previous.end, end);
    } else {
      covered += end - start;
      regions.push({ start, end, lineOffset: trail.line });
    }
  }
  return covered > n * FOCUS_MAX_SHARE ? undefined : regions;
}

/** Sticky regexes that step over 512, 64, 8 and 1 whole lines: LineWalk's native strides. */
const LINE_STEPS: ReadonlyArray<readonly [number, RegExp]> = [512, 64, 8, 1].map((k) => [k, new RegExp(`(?:[^\\n]*\\n){${k}}`, 'y')] as const);

/**
 * A blob's Latin-1 text a piece at a time for LineWalk: LINE_CHUNK bytes from where asked. The last piece is kept,
 * so walks over the same stretch of a blob decode it once.
 */
export class Latin1Pieces {
  base = 0;
  text = '';
  constructor(readonly buf: Buffer) {}

  /** Makes `text` a piece that holds byte `pos` (or ends the blob when `pos` is its length). */
  at(pos: number): this {
    const n = this.buf.length;
    const end = this.base + this.text.length;
    const held = pos >= this.base && (pos < end || (pos === end && end === n && this.text !== ''));
    if (!held) {
      this.base = pos;
      this.text = this.buf.toString('latin1', pos, Math.min(n, pos + LINE_CHUNK));
    }
    return this;
  }
}

/**
 * Walks forward through a blob's lines: `pos` is where line `line` (0-based) starts. It steps over lines with the
 * sticky regexes of LINE_STEPS on Latin1Pieces, a handful of native calls for thousands of lines: a hook runs this
 * code cold, in V8's interpreter, where a JavaScript call or loop turn per line is expensive.
 */
export class LineWalk {
  line = 0;
  pos = 0;
  constructor(private readonly pieces: Latin1Pieces) {}

  /** Forward to the start of line `line` (0-based), or of the last line when the blob has fewer. */
  toLine(line: number): void {
    this.walk(line, Infinity);
  }

  /** Forward to the start of the line holding byte `at` (or of the last line, past the end). */
  toByte(at: number): void {
    this.walk(Infinity, at);
  }

  /** Moves to the last line start reachable without passing line `maxLine` or byte `maxPos`. */
  private walk(maxLine: number, maxPos: number): void {
    const { buf } = this.pieces;
    const n = buf.length;
    for (;;) {
      const { base, text } = this.pieces.at(this.pos);
      const pieceEnd = base + text.length;
      let at = this.pos - base;
      let done = false;
      for (const [k, step] of LINE_STEPS) {
        for (;;) {
          if (this.line + k > maxLine) {
            done = k === 1;
            break;
          }
          step.lastIndex = at;
          if (!step.test(text)) break; // fewer than k newlines left in this piece
          const next = base + step.lastIndex;
          if (next >= n || next > maxPos) {
            done = k === 1; // the next line start is past the limit, or there is none
            break;
          }
          at = step.lastIndex;
          this.line += k;
        }
      }
      this.pos = base + at;
      if (done || pieceEnd === n) return;
      // No newline left in this piece: the next line starts after the next newline past it, if anywhere.
      const newline = buf.indexOf(10, pieceEnd);
      const next = newline + 1;
      if (newline === -1 || next >= n || next > maxPos || this.line + 1 > maxLine) return;
      this.pos = next;
      this.line += 1;
    }
  }
}

/**
 * Large blobs are scanned in windows of whole lines. A Latin-1 string over V8's regular object size (128 KiB) is
 * allocated in its own memory mapping, and making one per large blob (page faults and TLB shootdowns) was the largest
 * cost of a git/git scan (docs/performance.md). Each window owns
 * about WINDOW_OWNED bytes of lines and reads WINDOW_OVERLAP more, so a match that starts in it and ends within the
 * overlap (any realistic secret, a PEM block included) is found whole; a match is kept by the window owning its
 * first line. A single line longer than a window makes that window longer (slow, still correct).
 */
const WINDOW_OWNED = 96 * 1024;
/** Bytes decoded at a time to walk over lines (Latin1Pieces). */
const LINE_CHUNK = 64 * 1024;
const WINDOW_OVERLAP = 16 * 1024;

interface TextWindow {
  readonly start: number;
  readonly end: number;
  /** The blob is one window. */
  readonly whole: boolean;
  /**
   * The lines the window owns (matches starting on later lines belong to the next window) and the line number in
   * the blob of its first line, minus one: counted only for windows with matches, which are few.
   */
  lines(): { readonly ownedLines: number; readonly lineOffset: number };
}

function* textWindows(bytes: Buffer): Generator<TextWindow> {
  const n = bytes.length;
  if (n <= WINDOW_OWNED) {
    yield { start: 0, end: n, whole: true, lines: () => ({ ownedLines: Infinity, lineOffset: 0 }) };
    return;
  }
  const nextLineStart = (at: number): number => {
    if (at >= n) return n;
    const eol = bytes.indexOf(10, at);
    return eol === -1 ? n : eol + 1;
  };
  // Newlines in [0, counted): windows come in order, so counting only ever moves forward.
  let counted = 0;
  let newlines = 0;
  const newlinesBefore = (pos: number): number => {
    for (; counted < pos; counted++) if (bytes[counted] === 10) newlines++;
    return newlines;
  };
  let start = 0;
  while (start < n) {
    const from = start;
    const ownedEnd = nextLineStart(start + WINDOW_OWNED);
    const last = ownedEnd >= n;
    yield {
      start,
      end: last ? n : nextLineStart(ownedEnd + WINDOW_OVERLAP),
      whole: false,
      lines: () => {
        const lineOffset = newlinesBefore(from);
        return { lineOffset, ownedLines: last ? Infinity : newlinesBefore(ownedEnd) - lineOffset };
      },
    };
    start = ownedEnd;
  }
}

/** Moves the matches a window owns into `into`, with line numbers of the whole blob. */
function keepOwned(found: readonly Match[], ownedLines: number, lineOffset: number, into: Match[]): void {
  for (const m of found) {
    if (m.line > ownedLines) continue;
    into.push({ ...m, line: m.line + lineOffset, endLine: m.endLine + lineOffset });
  }
}

const ruleOrders = new WeakMap<CompiledRuleSet, ReadonlyMap<string, number>>();

/** Rule id -> its index in the rule set, built once per rule set. */
function ruleOrder(ruleSet: CompiledRuleSet): ReadonlyMap<string, number> {
  let order = ruleOrders.get(ruleSet);
  if (!order) ruleOrders.set(ruleSet, (order = new Map(ruleSet.rules.map((r, i) => [r.spec.id, i]))));
  return order;
}

/** Puts windowed matches in whole-blob order (rule, then position) and applies the per-rule match limit once. */
function mergeWindows(matches: Match[], diagnostics: Diagnostic[], ruleSet: CompiledRuleSet, blobId: string): [Match[], Diagnostic[]] {
  const order = ruleOrder(ruleSet);
  matches.sort((a, b) => order.get(a.ruleId)! - order.get(b.ruleId)! || a.line - b.line || a.column - b.column);
  const kept: Match[] = [];
  const perRule = new Map<string, number>();
  const limited = new Set<string>();
  for (const m of matches) {
    const seen = perRule.get(m.ruleId) ?? 0;
    if (seen >= MAX_MATCHES_PER_RULE) {
      limited.add(m.ruleId);
      continue;
    }
    perRule.set(m.ruleId, seen + 1);
    kept.push(m);
  }
  const others = diagnostics.filter((d) => d.code !== 'match-limit');
  for (const d of diagnostics) if (d.code === 'match-limit' && d.ruleId) limited.add(d.ruleId);
  for (const ruleId of [...limited].sort((a, b) => order.get(a)! - order.get(b)!)) {
    others.push({
      code: 'match-limit',
      blobId,
      ruleId,
      detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId} in one blob; the rest are not reported`,
    });
  }
  return [kept, others];
}

/** Scans a blob, loading the structured detectors' modules first when the blob needs them. */
export async function scanBlob(detector: Detector, blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped = true): Promise<BlobScan> {
  const result = detector.scan(blob, beforeRule, scoped);
  if (!result.needsLoad) return result;
  await detector.load();
  return detector.scan(blob, beforeRule, scoped);
}

/** Each recorded keyword's start offsets (from pairs offset, keyword), sorted and distinct. */
function startsByKeyword(starts: readonly number[]): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  for (let i = 0; i < starts.length; i += 2) {
    const k = starts[i + 1]!;
    let list = lists.get(k);
    if (!list) lists.set(k, (list = []));
    list.push(starts[i]!);
  }
  const out = new Map<number, Int32Array>();
  for (const [k, list] of lists) out.set(k, distinctSorted(Int32Array.from(list)));
  return out;
}

/** The start offsets, sorted and distinct, of the keywords in `anchors`. */
function startsOf(byKeyword: ReadonlyMap<number, Int32Array>, anchors: ReadonlySet<number>): Int32Array {
  if (anchors.size === 1) for (const k of anchors) return byKeyword.get(k) ?? EMPTY_STARTS;
  const parts: Int32Array[] = [];
  let total = 0;
  for (const k of anchors) {
    const part = byKeyword.get(k);
    if (part) {
      parts.push(part);
      total += part.length;
    }
  }
  if (parts.length <= 1) return parts[0] ?? EMPTY_STARTS;
  const all = new Int32Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return distinctSorted(all);
}

const EMPTY_STARTS = new Int32Array(0);

function distinctSorted(values: Int32Array): Int32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i]!;
  return values.subarray(0, n);
}

/**
 * The same matches as `runRegex` for a pattern whose every match starts at one of `starts` (byte offsets in the
 * blob; the text is bytes [from, to) of it, one character per byte): the sticky pattern is tried at each of them, in
 * order, skipping those inside the previous match, as a global search would.
 */
function runAnchored(sticky: RegExp, starts: Int32Array, from: number, to: number, secretGroup: number, sink: MatchSink): void {
  let next = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start < from) continue;
    if (start >= to) break;
    const at = start - from;
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(sink.text);
    if (m === null) continue;
    next = m[0].length === 0 ? at + 1 : sticky.lastIndex;
    const group = secretGroup >= 0 ? secretGroup : firstNonEmptyGroup(m);
    const secret = m[group];
    const span = m.indices?.[group];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1], false, undefined, at, at + m[0].length)) break;
  }
}

/** gitleaks' secret when a rule names no group (secretGroup -1): the first group that matched something, else the whole match. */
function firstNonEmptyGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i]) return i;
  return 0;
}

function runRegex(regex: RegExp, secretGroup: number, sink: MatchSink): void {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(sink.text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const group = secretGroup >= 0 ? secretGroup : firstNonEmptyGroup(m);
    const secret = m[group];
    const span = m.indices?.[group];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1], false, undefined, m.index, m.index + m[0].length)) break;
  }
}

/**
 * The same matches as `runRegex` for an RE2 rule: its pattern runs on the decoded text (`view`), each match reported
 * at its place in the Latin-1 text, so positions are computed exactly as for every other rule. A DFA pass without
 * groups first: most windows hold no match, and then the pass with groups never runs.
 */
function runRe2(pattern: Re2Pattern, secretGroup: number, view: UnicodeView, sink: MatchSink): void {
  if (!pattern.test(view.text)) return;
  const { map } = view;
  const at = (i: number): number => (map ? map[i]! : i);
  pattern.forEachMatch(view.text, secretGroup, (start, end, matchStart, matchEnd) => {
    if (end === start) return true;
    const from = at(start);
    const to = at(end);
    return sink.add(sink.text.slice(from, to), from, to, false, undefined, at(matchStart), at(matchEnd));
  });
}

/** One hit per Secret value; `data` values are also checked decoded, so an encoded template or placeholder is not a finding. */
function runKubernetesSecret(yaml: YamlModule, text: string, sink: MatchSink): void {
  for (const hit of findSecretValues(yaml, text)) {
    if (hit.encoded) {
      // The same decoder as every other encoded span (engine/decode), so both agree on what is valid base64.
      const decoded = decodeBase64(hit.value.replace(/\s+/g, ''))?.toString('utf8');
      if (decoded !== undefined && (decoded.trim() === '' || isPlaceholder(decoded) || /\{\{|\$\{/.test(decoded))) continue;
    }
    if (!sink.add(hit.value, hit.start, hit.end, true)) break;
  }
}

/** Applies a rule's checks to candidate secrets and records the Matches that pass. */
class MatchSink {
  private count = 0;

  constructor(
    private readonly rule: CompiledRule,
    private readonly blobId: string,
    readonly text: string,
    private readonly lines: LineIndex,
    private readonly allows: AllowComments,
    private readonly matches: Match[],
    private readonly diagnostics: Diagnostic[],
    /** The rule runs only because a composite rule requires it: its matches are marked `requiredOnly`. */
    private readonly requiredOnly = false,
  ) {}

  /**
   * Considers `secret` found at [start, end) of the text (for structured detectors `secret` is the parsed value,
   * which may differ from the characters there); [matchStart, matchEnd) is the whole match (gitleaks allowlists'
   * `regexTarget = "match"`). Returns false once the rule's match limit is reached.
   */
  add(secret: string, start: number, end: number, parsed = false, confidence?: Confidence, matchStart = start, matchEnd = end): boolean {
    const { spec } = this.rule;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== undefined && entropy < spec.minEntropy) return true;
    if (this.rule.validate && !this.rule.validate(secret)) return true;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) return true;
    if (this.rule.allow.some((re) => re.test(secret))) return true;
    let allowlisted: readonly number[] | undefined;
    if (spec.allowlists && spec.allowlists.length > 0) {
      const { text, lines } = this;
      const verdict = allowlistCheck(spec)({
        secret: utf8(secret),
        match: () => utf8(text.slice(Math.min(matchStart, start), Math.max(matchEnd, end))),
        line: () => utf8(text.slice(lines.lineStart(lines.position(matchStart).line), lines.lineEnd(lines.position(Math.max(matchStart, matchEnd - 1)).line))).replace(/\r$/, ''),
      });
      if (verdict === 'allowed') return true;
      allowlisted = verdict;
    }
    const example = spec.documentationHosts ? documentationHostAfter(this.text, end) : undefined;
    if (example === undefined && ++this.count > MAX_MATCHES_PER_RULE) {
      this.diagnostics.push({
        code: 'match-limit',
        blobId: this.blobId,
        ruleId: spec.id,
        detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${spec.id} in one blob; the rest are not reported`,
      });
      return false;
    }
    const { text, lines } = this;
    const startPos = lines.position(start);
    const endPos = lines.position(end);
    const lineStart = lines.lineStart(startPos.line);
    const lineEnd = lines.lineEnd(startPos.line);
    const from = Math.max(lineStart, start - SNIPPET_CONTEXT);
    // A parsed value may not be the characters in the text (escapes, folded lines): its snippet is the line up to
    // the value, then the value itself, so that reporters can always find and redact it.
    const snippet = parsed
      ? utf8(text.slice(from, start)) + utf8(secret)
      : utf8(text.slice(from, Math.min(lineEnd, Math.max(end, start) + SNIPPET_CONTEXT))).replace(/\r$/, '');
    const allowed = this.allows.covering(spec.id, startPos.line, endPos.line);
    this.matches.push({
      ruleId: spec.id,
      blobId: this.blobId,
      secret: utf8(secret),
      line: startPos.line,
      column: utf16Column(text, lineStart, start),
      endLine: endPos.line,
      endColumn: utf16Column(text, lines.lineStart(endPos.line), end),
      snippet,
      entropy: Math.round(entropy * 100) / 100,
      ...(confidence ? { confidence } : {}),
      ...(allowed ? { allowed } : {}),
      ...(example !== undefined ? { example } : {}),
      ...(allowlisted ? { allowlisted } : {}),
      ...(this.requiredOnly ? { requiredOnly: true } : {}),
    });
    return true;
  }
}

/** Each rule's compiled gitleaks allowlists, once per thread. */
const allowlistChecks = new WeakMap<RuleSpec, AllowlistCheck>();

function allowlistCheck(spec: RuleSpec): AllowlistCheck {
  let check = allowlistChecks.get(spec);
  if (!check) {
    check = compileRuleAllowlists(spec.allowlists ?? []);
    allowlistChecks.set(spec, check);
  }
  return check;
}

/** `@host` as a URL's host after a password ends at `end`; sticky, so only the characters right there are read. */
const HOST_AFTER = /@\[?([A-Za-z0-9.-]{1,253})/y;
/** Domains reserved for documentation and testing (RFC 2606, RFC 6761), and the usual stand-ins for a company's. */
const DOCUMENTATION_HOST = /^(?:[A-Za-z0-9-]+\.)*(?:example\.(?:com|net|org)|(?:my|your)?(?:company|domain)\.(?:com|net|org))$|(?:^|\.)(?:example|test|invalid)$/i;

/** The reason a URL password is a documentation example (its host is a documentation domain), if it is one. */
function documentationHostAfter(text: string, end: number): string | undefined {
  HOST_AFTER.lastIndex = end;
  const host = HOST_AFTER.exec(text)?.[1]?.replace(/\.$/, '');
  return host !== undefined && DOCUMENTATION_HOST.test(host) ? `documentation host ${host}` : undefined;
}

/** Allow comments per line of one blob, parsed on first use (a 5 MB line is read once, not once per match). */
class AllowComments {
  private readonly byLine = new Map<number, AllowComment[]>();
  private readonly any: boolean;
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.any = text.includes(ALLOW_HINT);
  }

  /** The allow comment covering a match of `ruleId` on its first or last line, if any. */
  covering(ruleId: string, firstLine: number, lastLine: number): InlineAllow | undefined {
    if (!this.any) return undefined;
    return allowFor(this.on(firstLine), ruleId) ?? (lastLine === firstLine ? undefined : allowFor(this.on(lastLine), ruleId));
  }

  private on(line: number): AllowComment[] {
    let comments = this.byLine.get(line);
    if (!comments) {
      comments = parseAllowComments(utf8(this.text.slice(this.lines.lineStart(line), this.lines.lineEnd(line))));
      this.byLine.set(line, comments);
    }
    return comments;
  }
}
