// After the scan: whether each finding's content is still in the scanned commit's tree, and for one that is not
// (a secret only in history), the commit that removed it and the refs that still hold it. The SARIF message,
// annotations and summary say it plainly; such a finding still needs its secret rotated.

import type { Finding } from '../core/types.js';
import { gitMaybe, gitResult } from '../sources/git.js';

/** Where a finding that is only in history went. */
export interface HistoryNote {
  /** The first commit after the introducing one whose version of the path no longer holds the content. */
  readonly removedIn?: string;
  /** Refs whose history holds the introducing commit (at most MAX_REFS, and how many there are). */
  readonly refs: readonly string[];
  readonly refCount: number;
}

/** History-only findings looked into (each costs a few git commands); the rest are marked, not traced. */
const MAX_TRACED = 20;
const MAX_REFS = 5;
/** Commits after the introducing one searched for the removal. */
const MAX_REMOVAL_COMMITS = 200;

/**
 * Sets `inHead` on every finding that lacks it: a secret is in the scanned commit when that commit's version of the
 * path contains it; a file-level finding when the path holds the same blob. Findings whose commit is unknown, or
 * a revision that does not resolve, are left as they are.
 */
export async function markPresence(repo: string, rev: string, findings: readonly Finding[]): Promise<{ findings: Finding[]; notes: Map<string, HistoryNote> }> {
  const notes = new Map<string, HistoryNote>();
  const commit = (await gitMaybe(repo, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]))?.trim();
  if (!commit) return { findings: [...findings], notes };
  const paths = [...new Set(findings.filter((f) => f.inHead === undefined).map((f) => f.path))];
  const contents = await readVersions(repo, paths.map((p) => `${commit}:${p}`));
  const marked = findings.map((f): Finding => {
    if (f.inHead !== undefined) return f;
    const version = contents.get(`${commit}:${f.path}`);
    return { ...f, inHead: version !== undefined && holds(version, f) };
  });
  let traced = 0;
  for (const f of marked) {
    if (f.inHead !== false || !f.commit || traced >= MAX_TRACED || notes.has(noteKey(f))) continue;
    traced++;
    notes.set(noteKey(f), await trace(repo, commit, f));
  }
  return { findings: marked, notes };
}

/** The key of a finding in the notes map: one note per rule, fingerprint and path. */
export function noteKey(f: Finding): string {
  return `${f.ruleId}\0${f.fingerprint}\0${f.path}`;
}

/** One sentence for messages: "only in history: removed in commit X; still in the history of A, B". */
export function describeNote(note: HistoryNote | undefined, scanned: string): string {
  const removed = note?.removedIn ? `removed in commit ${note.removedIn.slice(0, 12)}` : `not in ${scanned}`;
  if (!note || note.refCount === 0) return `only in history (${removed})`;
  const more = note.refCount > note.refs.length ? ` and ${note.refCount - note.refs.length} more` : '';
  return `only in history (${removed}); still in the history of ${note.refs.join(', ')}${more}`;
}

async function trace(repo: string, head: string, f: Finding): Promise<HistoryNote> {
  const introduced = f.commit!.id;
  const listed = await gitMaybe(repo, ['rev-list', '--reverse', '--ancestry-path', `-n${MAX_REMOVAL_COMMITS}`, `${introduced}..${head}`, '--', f.path]);
  let removedIn: string | undefined;
  const candidates = listed?.split('\n').filter((line) => line.length > 0) ?? [];
  if (candidates.length > 0) {
    const versions = await readVersions(repo, candidates.map((c) => `${c}:${f.path}`));
    removedIn = candidates.find((c) => {
      const version = versions.get(`${c}:${f.path}`);
      return version === undefined || !holds(version, f);
    });
  }
  const refs = (await gitMaybe(repo, ['for-each-ref', '--contains', introduced, '--format=%(refname:short)']))?.split('\n').filter((r) => r.length > 0) ?? [];
  return { ...(removedIn ? { removedIn } : {}), refs: refs.slice(0, MAX_REFS), refCount: refs.length };
}

interface Version {
  readonly oid: string;
  readonly bytes: Buffer;
}

/** A secret is held when its bytes are in the version; a file-level finding when the version is the same blob. */
function holds(version: Version, f: Finding): boolean {
  return f.secret !== '' ? version.bytes.includes(Buffer.from(f.secret, 'utf8')) : version.oid === f.blobId;
}

/** Reads `rev:path` objects through one `git cat-file --batch`; missing ones (and paths with a newline) are absent. */
async function readVersions(repo: string, specs: readonly string[]): Promise<Map<string, Version>> {
  const out = new Map<string, Version>();
  const asked = specs.filter((s) => !s.includes('\n'));
  if (asked.length === 0) return out;
  const result = await gitResult(repo, ['cat-file', '--batch'], `${asked.join('\n')}\n`);
  const data = result.stdout;
  let at = 0;
  for (const spec of asked) {
    const end = data.indexOf(10, at);
    if (end < 0) break;
    const header = data.subarray(at, end).toString('utf8');
    at = end + 1;
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<spec> missing" or "ambiguous"
    const size = Number(m[3]);
    if (m[2] === 'blob') out.set(spec, { oid: m[1]!, bytes: data.subarray(at, at + size) });
    at += size + 1;
  }
  return out;
}
