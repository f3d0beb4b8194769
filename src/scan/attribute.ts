// Stage 5, attribute: matches meet the places their blobs were introduced, asked of the source's index once per
// scan. Each match is attached to the earliest origin where it counts (path globs, added lines), later places are
// counted as occurrences, and every finding is built by makeFinding (file-level rules too, in files.ts).

import type { Diagnostic } from '../core/diagnostic.js';
import type { RepoHealth } from '../core/report.js';
import { higherConfidence, type RuleSpec } from '../core/rule.js';
import type { Finding, FindingLocation, Match, Origin } from '../core/types.js';
import { gunzippedName } from '../engine/archive/expand.js';
import { fingerprint } from '../engine/fingerprint.js';
import { resolveOverlaps } from '../engine/overlap.js';
import type { PathTest } from '../engine/paths.js';
import { allowlistPathTests, allowsAt, requirementsMet } from '../engine/rule-allowlists.js';
import type { PathFilter, Source, SourceIndex } from '../sources/source.js';
import type { ResultStore } from './match.js';
import type { ScanOptions } from './options.js';
import type { RuleSetup } from './plan.js';
import { compareFindings } from './report.js';

/** What a finding is about, whatever found it: a content match, or a file-level rule's summary. */
export type FindingMatch = Pick<Match, 'ruleId' | 'blobId' | 'secret' | 'line' | 'column' | 'endLine' | 'endColumn' | 'snippet' | 'entropy'> &
  Partial<Match>;

/**
 * The one Finding builder. `pathInIdentity`: the fingerprint includes the path (credential and hygiene rules,
 * rules limited to paths). Fields a later stage adds to matches (a decoded chain, an archive member) travel with
 * `match` into the finding.
 */
export function makeFinding(
  match: FindingMatch,
  rule: Pick<RuleSpec, 'id' | 'kind' | 'severity' | 'confidence'>,
  origin: Pick<Origin, 'path' | 'commit'>,
  pathInIdentity: boolean,
  otherOccurrences = 0,
): Finding {
  return {
    ...match,
    confidence: match.confidence ?? rule.confidence,
    severity: rule.severity,
    kind: rule.kind,
    path: origin.path,
    ...(origin.commit ? { commit: origin.commit } : {}),
    fingerprint: fingerprint(rule.id, match.secret, pathInIdentity ? origin.path : undefined),
    otherOccurrences,
  };
}

/**
 * Stage 5 over an exhausted source: the file rules over the index's paths (`setup` undefined: nothing was read and
 * no path seen, so no finding is possible), one origins query for every blob that needs one, then every finding
 * (content matches, file-level rules) and the health figures.
 */
export async function attribute(
  source: Source,
  store: ResultStore,
  setup: RuleSetup | undefined,
  options: ScanOptions,
): Promise<{ findings: Finding[]; health: RepoHealth | undefined }> {
  const { diagnostics, matchesByBlob, stats } = store;
  const index = source.index();
  // Blobs the walk could not read are not asked for again (in a partial clone that would fetch them).
  const unreadable = new Set<string>();
  for (const d of [...diagnostics, ...source.diagnostics]) {
    if ((d.code === 'missing-object' || d.code === 'missing-parent') && d.blobId) unreadable.add(d.blobId);
  }
  const fileHits = setup ? await setup.files.evaluate(index, source, options.healthDetail ?? false, options.skipPath, unreadable) : undefined;
  const origins = await originsOnce(index, matchesByBlob.keys(), diagnostics, fileHits?.wanted ?? []);
  describeBlobs(diagnostics, origins);
  // After origins(): attributing findings may itself meet odd data (a parent blob missing for a diff).
  diagnostics.push(...source.diagnostics);
  if (!setup || !fileHits) return { findings: [], health: undefined };
  const content = await attach(matchesByBlob, origins, options.rules, setup.pathTests, diagnostics, options.skipPath);
  const files = await setup.files.finish(fileHits, origins, index, content, stats);
  return { findings: [...content, ...files.findings], health: files.health };
}

/**
 * The scan's one origins query: the blobs with matches, those that diagnostics name by blob only, and those the file
 * rules want. When no blob needs an origin, the index is not asked.
 */
export async function originsOnce(
  index: SourceIndex,
  matched: Iterable<string>,
  diagnostics: readonly Diagnostic[],
  wanted: Iterable<string>,
): Promise<Map<string, Origin[]>> {
  const ids = new Set(matched);
  for (const d of diagnostics) if (d.blobId && !d.path) ids.add(d.blobId);
  for (const id of wanted) ids.add(id);
  return ids.size === 0 ? new Map() : index.origins([...ids]);
}

/**
 * Names the place of each diagnostic that knows only its blob (too large, a rule stopped on it): the path, and in
 * git scans the commit that introduced it there, when the source knows them.
 */
export function describeBlobs(diagnostics: Diagnostic[], origins: ReadonlyMap<string, readonly Origin[]>): void {
  for (const [i, d] of diagnostics.entries()) {
    if (!d.blobId || d.path) continue;
    const origin = origins.get(d.blobId)?.[0];
    if (!origin) continue;
    const place = origin.commit ? `${origin.path} (commit ${origin.commit.id.slice(0, 12)})` : origin.path;
    diagnostics[i] = { ...d, path: origin.path, detail: d.detail.replace(`blob ${d.blobId}`, place) };
  }
}

function inLines(match: Match, origin: Origin): boolean {
  // An archive member's lines are its own, not the blob's: an archive counts whole.
  if (!origin.lines || match.member !== undefined) return true;
  return origin.lines.some(([first, last]) => match.line >= first && match.line <= last);
}

/** Attaches matches to origins, keeps the most specific rule per span, and deduplicates by (rule, secret, path). */
export async function attach(
  matchesByBlob: ReadonlyMap<string, Match[]>,
  origins: ReadonlyMap<string, Origin[]>,
  rules: readonly RuleSpec[],
  tests: ReadonlyMap<string, PathTest>,
  diagnostics: Diagnostic[],
  skipPath: PathFilter | undefined,
): Promise<Finding[]> {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const allowlistPaths = allowlistPathTests();
  const byKey = new Map<string, { finding: Finding; count: number }>();
  for (const [blobId, matches] of matchesByBlob) {
    const known = origins.get(blobId);
    if (!known || known.length === 0) {
      diagnostics.push({ code: 'unreachable', blobId, detail: `blob ${blobId} has matches but no known path; not reported` });
      continue;
    }
    const places = skipPath ? known.filter((origin) => !skipPath(origin.path)) : known;
    // Each match belongs to the earliest origin where it counts (path globs, added lines); every later place
    // holding the same blob (a rename, a copy) is another occurrence, not another finding.
    const placed = new Map<Match, string>();
    for (const origin of places) {
      // What counts here: the rule's paths (for an archive member, its own path: `a.zip!conf/x.properties`), then
      // its gitleaks allowlists' paths and commits; a composite rule's match, only with its required rules' matches
      // at this place (anywhere in the blob, not just on added lines); the matches of rules that only serve
      // composite rules are then dropped.
      const counting = matches.filter(
        (m) => (tests.get(m.ruleId)?.(memberPath(origin.path, m.member)) ?? true) && !allowsAt(m.allowlisted, ruleById.get(m.ruleId)?.allowlists, origin, allowlistPaths),
      );
      const kept = counting.filter((m) => {
        const rule = ruleById.get(m.ruleId);
        if (rule?.skipReport || m.requiredOnly || !inLines(m, origin)) return false;
        return !rule?.required || requirementsMet(m, rule.required, counting);
      });
      // The same secret of one rule on several lines of this blob is one finding listing every location.
      const here = new Map<string, Match[]>();
      const counted = new Set<string>();
      for (const match of resolvePerMember(kept, (id) => ruleById.get(id))) {
        const placedKey = placed.get(match);
        if (placedKey !== undefined) {
          if (!counted.has(placedKey)) byKey.get(placedKey)!.count++;
          counted.add(placedKey);
          continue;
        }
        const key = `${match.ruleId}\0${match.secret}\0${memberPath(origin.path, match.member)}`;
        placed.set(match, key);
        const group = here.get(key);
        if (group) group.push(match);
        else here.set(key, [match]);
      }
      for (const [key, group] of here) {
        const rule = ruleById.get(group[0]!.ruleId)!;
        const first = group[0]!;
        const member = first.member === undefined ? undefined : memberName(origin.path, first.member);
        const at = member === undefined ? origin : { ...origin, path: `${origin.path}!${member}` };
        const located = locate(group);
        const finding = makeFinding(member === undefined ? located : { ...located, member }, rule, at, isPathScoped(rule));
        const prior = byKey.get(key);
        if (!prior) byKey.set(key, { finding, count: 1 });
        else {
          prior.count++;
          if (preferred(finding, prior.finding)) prior.finding = finding;
        }
      }
    }
  }
  return [...byKey.values()].map(({ finding, count }) => ({ ...finding, otherOccurrences: count - 1 })).sort(compareFindings);
}

/**
 * One finding's match from every match of the same secret and rule in one blob, with every location (when more than
 * one): the finding sits at the first place still to fix (not allowed, not a documentation example), else the first;
 * its locations list that place first, then the others in line order; the highest confidence; allowed or an example
 * only when every place is.
 */
function locate(group: readonly Match[]): Match & { readonly locations?: readonly FindingLocation[] } {
  if (group.length === 1) return group[0]!;
  const sorted = [...group].sort((a, b) => a.line - b.line || a.column - b.column);
  const own = sorted.find((m) => !m.allowed && m.example === undefined) ?? sorted.find((m) => m.example === undefined) ?? sorted[0]!;
  const locations = [own, ...sorted.filter((m) => m !== own)].map((m): FindingLocation => ({
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.allowed ? { allowed: true } : {}),
  }));
  const confidence = sorted.reduce<Match['confidence']>((c, m) => (c && m.confidence ? higherConfidence(c, m.confidence) : (c ?? m.confidence)), undefined);
  const { allowed: _allowed, example: _example, confidence: _confidence, ...rest } = own;
  // The finding stays unless every location is allowed (or a documentation example).
  const allowed = sorted.every((m) => m.allowed) ? own.allowed : undefined;
  const example = sorted.every((m) => m.example !== undefined) ? own.example : undefined;
  return {
    ...rest,
    ...(allowed ? { allowed } : {}),
    ...(example !== undefined ? { example } : {}),
    ...(confidence ? { confidence } : {}),
    locations,
  };
}

/** Where a match is: the blob's path, or for an archive member `path!member` (the archive's path, then its names). */
export function memberPath(path: string, member: string | undefined): string {
  return member === undefined ? path : `${path}!${memberName(path, member)}`;
}

/**
 * A member's names with the outermost one filled in when the engine left it empty (a gzip stream that names no file,
 * named after the blob's file: `logs/app.log.gz` -> `app.log`).
 */
function memberName(path: string, member: string): string {
  if (member !== '' && !member.startsWith('!')) return member;
  return gunzippedName(path.slice(path.lastIndexOf('/') + 1)) + member;
}

/** Overlaps are settled within each member (and the blob's own text): two members' matches never overlap. */
function resolvePerMember(matches: readonly Match[], ruleOf: Parameters<typeof resolveOverlaps>[1]): Match[] {
  if (!matches.some((m) => m.member !== undefined)) return resolveOverlaps(matches, ruleOf);
  const byMember = new Map<string | undefined, Match[]>();
  for (const m of matches) {
    const group = byMember.get(m.member);
    if (group) group.push(m);
    else byMember.set(m.member, [m]);
  }
  return [...byMember.values()].flatMap((group) => resolveOverlaps(group, ruleOf));
}

/** Credential and hygiene rules, and rules limited to paths, are about a file: their identity includes the path. */
function isPathScoped(rule: RuleSpec): boolean {
  return rule.kind !== 'secret' || rule.paths.length > 0 || (rule.pathRegexes?.length ?? 0) > 0;
}

/**
 * Which occurrence of one finding to report: one that is not a documentation example wins, then one without an
 * allow comment (the secret also sits somewhere unallowed, so the finding is not allowed), then the earlier one.
 */
function preferred(a: Finding, b: Finding): boolean {
  // The same secret also used with a real host is not a documentation example.
  if ((a.example === undefined) !== (b.example === undefined)) return a.example === undefined;
  if ((a.allowed === undefined) !== (b.allowed === undefined)) return a.allowed === undefined;
  return earlier(a, b);
}

/** Earlier introduction first: commit date, then line, then column. */
function earlier(a: Finding, b: Finding): boolean {
  const da = a.commit?.date ?? '';
  const db = b.commit?.date ?? '';
  if (da !== db) return Date.parse(da) < Date.parse(db);
  if (a.commit?.id !== b.commit?.id) return (a.commit?.id ?? '') < (b.commit?.id ?? '');
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
