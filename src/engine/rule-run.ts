// One rule run over one text: its pattern tried at the keyword places or over the whole text (V8, RE2, or the
// structured Kubernetes Secret reader), each candidate secret checked (entropy, validators, placeholders, allowlists,
// allow comments) and recorded as a Match.

import type { Diagnostic } from '../core/diagnostic.js';
import type { Confidence, RuleSpec } from '../core/rule.js';
import type { InlineAllow, Match } from '../core/types.js';
import { isPlaceholder } from './allowlist.js';
import type { CompiledRule } from './compile.js';
import { shannonEntropy } from './entropy.js';
import { ALLOW_HINT, allowFor, parseAllowComments, type AllowComment } from './inline-allow.js';
import { findSecretValues, type YamlModule } from './kubernetes-secret.js';
import { decodeBase64 } from './decode/codecs.js';
import { LineIndex, utf16Column, utf8 } from './text-position.js';
import { compileRuleAllowlists, type AllowlistCheck } from './rule-allowlists.js';
import type { Re2Pattern } from '../patterns/re2.js';
import type { UnicodeView } from './unicode-view.js';

/** Matches of one rule in one blob beyond this are dropped with a diagnostic (a generated file, not N secrets). */
export const MAX_MATCHES_PER_RULE = 200;
/** The diagnostic of a rule that reached MAX_MATCHES_PER_RULE in one blob (one wording, wherever it is decided). */
export function matchLimit(blobId: string, ruleId: string): Diagnostic {
  return { code: 'match-limit', blobId, ruleId, detail: `more than ${MAX_MATCHES_PER_RULE} matches of ${ruleId} in one blob; the rest are not reported` };
}

/** Characters of context kept on each side of a secret in a snippet. */
const SNIPPET_CONTEXT = 80;

/** Each recorded keyword's start offsets (from pairs offset, keyword), sorted and distinct. */
export function startsByKeyword(starts: readonly number[]): Map<number, Int32Array> {
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
export function startsOf(byKeyword: ReadonlyMap<number, Int32Array>, anchors: ReadonlySet<number>): Int32Array {
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
export function runAnchored(sticky: RegExp, starts: Int32Array, from: number, to: number, secretGroup: number, sink: MatchSink): void {
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

export function runRegex(regex: RegExp, secretGroup: number, sink: MatchSink): void {
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
export function runRe2(pattern: Re2Pattern, secretGroup: number, view: UnicodeView, sink: MatchSink): void {
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
export function runKubernetesSecret(yaml: YamlModule, text: string, sink: MatchSink): void {
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
export class MatchSink {
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
      this.diagnostics.push(matchLimit(this.blobId, spec.id));
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
export class AllowComments {
  private readonly byLine = new Map<number, AllowComment[]>();
  /** Whether the text holds any allow comment: searched for on the first match (most windows have none). */
  private any: boolean | undefined;
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  /** The allow comment covering a match of `ruleId` on its first or last line, if any. */
  covering(ruleId: string, firstLine: number, lastLine: number): InlineAllow | undefined {
    this.any ??= this.text.includes(ALLOW_HINT);
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
