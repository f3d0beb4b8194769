// Scans one blob: binary check, keyword prefilter, rule regexes and structured detectors, entropy, validators and
// allowlists -> Matches. Knows nothing of paths, commits or files; the same blob always gives the same matches.

import type { Blob, Diagnostic, InlineAllow, Match, RuleSpec } from '../core/types.js';
import { isPlaceholder } from './allowlist.js';
import { isBinary } from './binary.js';
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { shannonEntropy } from './entropy.js';
import { ALLOW_HINT, allowFor, parseAllowComments, type AllowComment } from './inline-allow.js';
import { findSecretValues, mayHoldSecret, type YamlModule } from './kubernetes-secret.js';
import { LineIndex, utf16Column, utf8 } from './text-position.js';

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
   * false, rules limited to some paths are skipped (the scan knows the blob was seen at none of them).
   */
  scan(blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped?: boolean): BlobScan;
  /** Loads what the structured detectors need (the YAML parser), so that hooks that never meet a manifest never load it. */
  load(): Promise<void>;
  /** True when some rule is a structured detector whose module is not loaded yet. */
  readonly needsModules: boolean;
}

/** The YAML parser, shared by every detector of the thread once loaded. */
let yamlModule: YamlModule | undefined;

/** Compiles the rules once and returns a reusable detector (one per thread). */
export function createDetector(specs: readonly RuleSpec[]): Detector {
  const ruleSet = compileRules(specs);
  const found = new Uint8Array(ruleSet.prefilter.keywords.length);
  const candidate = new Uint8Array(ruleSet.rules.length);
  const hasStructured = ruleSet.rules.some((r) => r.structured !== undefined);

  return {
    ruleSet,
    get needsModules() {
      return hasStructured && yamlModule === undefined;
    },
    async load() {
      // Bundled, the CommonJS package arrives as a default export; unbundled, with named exports too.
      const mod: YamlModule & { default?: YamlModule } = await import('yaml');
      yamlModule ??= typeof mod.parseAllDocuments === 'function' ? mod : mod.default;
    },
    scan(blob, beforeRule, scoped = true) {
      if (isBinary(blob.bytes)) return { blobId: blob.id, matches: [], binary: true, matched: false, diagnostics: [] };
      found.fill(0);
      candidate.fill(0);
      let any = false;
      for (const r of ruleSet.alwaysRun) {
        if (!scoped && ruleSet.rules[r]!.pathScoped) continue;
        candidate[r] = 1;
        any = true;
      }
      if (ruleSet.prefilter.scan(blob.bytes, found) > 0) {
        for (let k = 0; k < found.length; k++) {
          if (found[k] === 0) continue;
          for (const r of ruleSet.rulesByKeyword[k]!) {
            if (!scoped && ruleSet.rules[r]!.pathScoped) continue;
            candidate[r] = 1;
            any = true;
          }
        }
      }
      if (!any) return { blobId: blob.id, matches: [], binary: false, matched: false, diagnostics: [] };
      // Rules run on a Latin-1 view (one character per byte): decoding is a copy, several times faster than UTF-8
      // on non-ASCII text, and rule patterns are ASCII. Secrets, snippets and columns are converted back to UTF-8.
      const text = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength).toString('latin1');
      if (yamlModule === undefined && hasStructured) {
        for (let r = 0; r < candidate.length; r++) {
          if (candidate[r] === 1 && ruleSet.rules[r]!.structured && mayHoldSecret(text)) {
            return { blobId: blob.id, matches: [], binary: false, matched: true, diagnostics: [], needsLoad: true };
          }
        }
      }
      const lines = new LineIndex(text);
      const matches: Match[] = [];
      const diagnostics: Diagnostic[] = [];
      const allows = new AllowComments(text, lines);
      for (let r = 0; r < candidate.length; r++) {
        if (candidate[r] === 0) continue;
        beforeRule?.(r);
        const rule = ruleSet.rules[r]!;
        const sink = new MatchSink(rule, blob.id, text, lines, allows, matches, diagnostics);
        if (rule.regex) runRegex(rule.regex, rule.spec.secretGroup, sink);
        else if (rule.structured === 'kubernetes-secret' && yamlModule) runKubernetesSecret(yamlModule, text, sink);
      }
      return { blobId: blob.id, matches, binary: false, matched: true, diagnostics };
    },
  };
}

/** Scans a blob, loading the structured detectors' modules first when the blob needs them. */
export async function scanBlob(detector: Detector, blob: Blob, beforeRule?: (ruleIndex: number) => void, scoped = true): Promise<BlobScan> {
  const result = detector.scan(blob, beforeRule, scoped);
  if (!result.needsLoad) return result;
  await detector.load();
  return detector.scan(blob, beforeRule, scoped);
}

function runRegex(regex: RegExp, secretGroup: number, sink: MatchSink): void {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(sink.text)) !== null) {
    if (m[0].length === 0) regex.lastIndex++;
    const secret = m[secretGroup];
    const span = m.indices?.[secretGroup];
    if (!secret || !span) continue;
    if (!sink.add(secret, span[0], span[1])) break;
  }
}

/** One hit per Secret value; `data` values are also checked decoded, so an encoded template or placeholder is not a finding. */
function runKubernetesSecret(yaml: YamlModule, text: string, sink: MatchSink): void {
  for (const hit of findSecretValues(yaml, text)) {
    if (hit.encoded) {
      const decoded = Buffer.from(hit.value, 'base64').toString('utf8');
      if (/^[A-Za-z0-9+/=\s]+$/.test(hit.value) && (decoded.trim() === '' || isPlaceholder(decoded) || /\{\{|\$\{/.test(decoded))) continue;
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
  ) {}

  /**
   * Considers `secret` found at [start, end) of the text (for structured detectors `secret` is the parsed value,
   * which may differ from the characters there); returns false once the rule's match limit is reached.
   */
  add(secret: string, start: number, end: number, parsed = false): boolean {
    const { spec } = this.rule;
    const entropy = shannonEntropy(secret);
    if (spec.minEntropy !== undefined && entropy < spec.minEntropy) return true;
    if (this.rule.validate && !this.rule.validate(secret)) return true;
    if (!spec.skipPlaceholderCheck && isPlaceholder(secret)) return true;
    if (this.rule.allow.some((re) => re.test(secret))) return true;
    if (++this.count > MAX_MATCHES_PER_RULE) {
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
      ...(allowed ? { allowed } : {}),
    });
    return true;
  }
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
