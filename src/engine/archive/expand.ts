// Archive members through the rules: each text member of an archive blob is scanned like a blob of its own, the
// archives among its members are opened in turn up to the depth asked for, and every match carries the chain of
// member names. What cannot be read (corrupt, encrypted, truncated, a possible bomb) becomes a diagnostic naming the
// blob and the member, and the members after it are still read.

import type { Diagnostic, DiagnosticCode } from '../../core/diagnostic.js';
import type { ArchiveLimits } from '../../core/scan-settings.js';
import type { Match } from '../../core/types.js';
import { isBinary } from '../binary.js';
import { archiveFormat, readMembers, ReadLimits, type ArchiveFormat } from './members.js';

export { archiveFormat, type ArchiveFormat } from './members.js';

/** The rules on one member's text; undefined when a module must be loaded first. */
export type ScanMember = (bytes: Uint8Array) => { matches: readonly Match[]; diagnostics: readonly Diagnostic[]; matched: boolean } | undefined;

export interface ArchiveResult {
  readonly matches: Match[];
  readonly diagnostics: Diagnostic[];
  /** Some member went on to some rule's regex (the blob counts as matched). */
  readonly matched: boolean;
  readonly needsLoad?: boolean;
}

/** Work counters for tests: archives opened, members met, members scanned as text. */
export const archiveCounters = { archives: 0, members: 0, scanned: 0 };

/**
 * Matches in the members of `bytes` (an archive of `format`), to `limits.depth` levels of nesting; `onMember` is
 * called before each member (the worker's watchdog counts them as progress, not as one long blob).
 */
export function archiveMatches(
  bytes: Uint8Array,
  format: ArchiveFormat,
  blobId: string,
  limits: ArchiveLimits,
  scanMember: ScanMember,
  onMember?: () => void,
): ArchiveResult {
  const budget = new ReadLimits(limits);
  const matches: Match[] = [];
  const diagnostics: Diagnostic[] = [];
  let matched = false;

  const note = (code: DiagnosticCode, chain: readonly string[], detail: string): void => {
    const subject = chain.length > 0 ? `archive member "${chain.join('!')}"` : 'archive';
    diagnostics.push({ code, blobId, detail: `blob ${blobId}: ${subject} ${detail}` });
  };

  const walk = (archive: Uint8Array, kind: ArchiveFormat, chain: readonly string[], level: number): boolean => {
    archiveCounters.archives++;
    for (const entry of readMembers(archive, kind, budget)) {
      onMember?.();
      archiveCounters.members++;
      if (entry.problem) {
        const where = entry.name === undefined ? chain : [...chain, displayName(entry.name)];
        note(entry.problem === 'limit' ? 'archive-limit' : 'archive-unreadable', where, `${entry.detail}${entry.problem === 'unreadable' ? '; not scanned' : ''}`);
        continue;
      }
      const name = entry.name === '' ? unnamed(chain) : displayName(entry.name);
      const path = [...chain, name];
      if (isUnsafeName(entry.name)) {
        note('archive-member-name', path, 'has a name that is absolute or climbs out of the archive (a path traversal when extracted); its content was scanned');
      }
      const inner = archiveFormat(entry.bytes);
      if (inner) {
        if (level >= limits.depth) {
          note('archive-depth', path, `is an archive nested deeper than the archive depth (${limits.depth}, archives.depth / --archive-depth); its members were not scanned`);
          continue;
        }
        if (!walk(entry.bytes, inner, path, level + 1)) return false;
        continue;
      }
      // Binary members are skipped as binary blobs are.
      if (isBinary(entry.bytes)) continue;
      archiveCounters.scanned++;
      const result = scanMember(entry.bytes);
      if (!result) return false;
      matched ||= result.matched;
      const member = path.join('!');
      for (const m of result.matches) matches.push({ ...m, blobId, member });
      const place = `blob ${blobId}`;
      for (const d of result.diagnostics) {
        diagnostics.push({ ...d, blobId, detail: d.detail.replace(place, `${place}: archive member "${path.join('!')}"`) });
      }
    }
    return true;
  };

  if (!walk(bytes, format, [], 1)) return { matches: [], diagnostics: [], matched: true, needsLoad: true };
  return { matches, diagnostics, matched };
}

/** A gzip stream's name when its header gives none: its archive's, less `.gz` (`.tgz`: `.tar`); '' at the top. */
function unnamed(chain: readonly string[]): string {
  const outer = chain.at(-1);
  return outer === undefined ? '' : gunzippedName(outer.slice(outer.lastIndexOf('/') + 1));
}

/** `x.gz` -> `x`, `x.tgz` -> `x.tar`, anything else -> itself. */
export function gunzippedName(name: string): string {
  if (/\.tgz$/i.test(name)) return name.slice(0, -4) + '.tar';
  return name.replace(/\.(?:gz|gzip)$/i, '');
}

/** Control characters (a newline in a member name would forge a line of the text report) are shown as `?`. */
function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, '?');
}

/** An absolute name (`/etc/passwd`, `C:\x`, `\\host\x`) or one with a `..` segment. */
export function isUnsafeName(name: string): boolean {
  if (/^(?:[/\\]|[A-Za-z]:)/.test(name)) return true;
  return name.split(/[/\\]/).includes('..');
}
