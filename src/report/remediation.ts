// The remediation plan of a history audit (`leakgate remediate`): a git filter-repo --replace-text file with every
// secret, a --paths-from-file list of hygiene blobs to drop, and REMEDIATION.md: rotate first, then purge, then
// clean up forks, clones and caches, then prove it with a rescan. Pure: the command gathers the facts.

import type { ScanReport } from '../core/report.js';
import type { RuleSpec } from '../core/rule.js';
import type { Finding } from '../core/types.js';
import { redact } from './redact.js';

/** Where one finding's content still is (see sources/exposure.ts). */
export interface FindingExposure {
  /** Undefined: not looked up (too many commits). */
  readonly refs?: readonly string[];
  readonly inHead?: boolean;
  readonly removedIn?: { readonly id: string; readonly date: string; readonly summary: string };
}

export interface PlanInput {
  readonly report: ScanReport;
  /** One per finding of the report, in the same order. */
  readonly exposures: readonly FindingExposure[];
  readonly remotes: ReadonlyArray<{ readonly name: string; readonly url: string }>;
  /** The scanned repository as the user named it (for the commands). */
  readonly repo: string;
  /** The plan's directory as the user named it. */
  readonly out: string;
}

export interface Plan {
  readonly replaceText: string;
  readonly paths: string;
  readonly markdown: string;
  readonly secrets: number;
  readonly pathCount: number;
  /** Secret lines that could not be written as one literal (multi-line secrets are split per line). */
  readonly notes: readonly string[];
}

/** The marker a purged secret becomes in every blob. */
export const marker = (ruleId: string): string => `***REMOVED-BY-LEAKGATE:${ruleId}***`;

/**
 * Lines of a multi-line secret shorter than this (an empty line, a short tail) and armour lines (`-----BEGIN ...`)
 * are left: replacing them everywhere would hit every other key file too.
 */
const MIN_LINE = 16;

/**
 * `literal:TEXT==>MARKER` lines: filter-repo splits at the last `==>`, so a secret holding `==>` stays whole, and
 * the `literal:` prefix keeps a secret that starts with `regex:` or `glob:` literal. A secret over several lines
 * (a private key) cannot be one literal of this line format: each of its long lines is replaced instead.
 */
function replaceLines(findings: readonly Finding[]): { lines: string[]; notes: string[] } {
  const seen = new Set<string>();
  const lines: string[] = [];
  const notes: string[] = [];
  for (const f of findings) {
    if (f.kind === 'hygiene' || f.secret === '') continue;
    const parts = f.secret.includes('\n') || f.secret.includes('\r') ? f.secret.split(/\r?\n|\r/).filter((l) => l.trim().length >= MIN_LINE && !/^\s*-{3,}/.test(l)) : [f.secret];
    if (parts.length > 1) notes.push(`${f.ruleId} in ${f.path}: a multi-line secret, replaced line by line (${parts.length} lines)`);
    for (const part of parts) {
      if (seen.has(part)) continue;
      seen.add(part);
      lines.push(`literal:${part}==>${marker(f.ruleId)}`);
    }
  }
  return { lines, notes };
}

const escapeRegex = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** One --paths-from-file line: literal where the format allows, an anchored regex for names it would misread. */
function pathLine(path: string): string {
  return /==>|[\r\n]|^#/.test(path) ? `regex:^${escapeRegex(path)}$` : `literal:${path}`;
}

/** Hygiene findings whose blobs a purge drops, history-only ones first; a path still in HEAD is only listed commented. */
function pathsFile(findings: readonly Finding[], exposures: readonly FindingExposure[]): { text: string; count: number } {
  const drop = new Set<string>();
  const kept = new Set<string>();
  findings.forEach((f, i) => {
    if (f.kind !== 'hygiene') return;
    const still = f.inHead ?? exposures[i]?.inHead;
    (still ? kept : drop).add(f.path);
  });
  for (const p of drop) kept.delete(p);
  const lines = [
    '# git filter-repo --invert-paths --paths-from-file paths.txt: every version of these paths is removed from history.',
    ...[...drop].sort().map(pathLine),
  ];
  if (kept.size > 0) {
    lines.push('# Still in the current tree: dropping them would delete them from HEAD too. Move them (to Git LFS, a release', '# asset, a package registry) first, then uncomment:');
    for (const p of [...kept].sort()) lines.push(`# ${pathLine(p)}`);
  }
  return { text: `${lines.join('\n')}\n`, count: drop.size };
}

const shortRefs = (refs: readonly string[] | undefined): string => {
  if (refs === undefined) return 'refs not looked up (too many commits; `git branch -a --contains <commit>` tells)';
  if (refs.length === 0) return 'no branch or tag (only reflogs, stashes or unreachable objects)';
  const names = refs.map((r) => r.replace(/^refs\/(heads|tags|remotes)\//, (_, k: string) => (k === 'tags' ? 'tag ' : k === 'remotes' ? 'remote ' : '')));
  return `${refs.length} ref${refs.length === 1 ? '' : 's'}: ${names.slice(0, 5).join(', ')}${refs.length > 5 ? `, and ${refs.length - 5} more` : ''}`;
};

const md = (text: string): string => text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/[\r\n]+/g, ' ');
/** Text inside a code span: backslashes are literal there, so only backticks and line breaks must go. */
const code = (text: string): string => `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function secretSection(f: Finding, e: FindingExposure | undefined, rule: RuleSpec | undefined, n: number): string[] {
  const c = f.commit;
  const still = f.inHead ?? e?.inHead;
  const where = still === undefined ? 'presence in the current tree not known' : still ? '**still in the current tree (HEAD)**' : 'only in history';
  const lines = [
    `### ${n}. ${md(rule?.description ?? f.ruleId)} (\`${f.ruleId}\`, ${f.severity})`,
    '',
    `- Secret: ${code(redact(f.secret))} in ${code(f.path)}${f.line ? ` line ${f.line}` : ''}${f.otherOccurrences ? ` (and ${f.otherOccurrences} other place${f.otherOccurrences === 1 ? '' : 's'})` : ''}`,
    c ? `- Introduced in ${c.id.slice(0, 12)} by ${md(c.author)} on ${c.date.slice(0, 10)}: ${md(c.summary)}` : '- Introduced: not known (no commit)',
    `- Now: ${where}${e?.removedIn ? `; removed from this path in ${e.removedIn.id.slice(0, 12)} (${e.removedIn.date.slice(0, 10)}: ${md(e.removedIn.summary)})` : ''}`,
    `- History held by ${md(shortRefs(e ? e.refs : []))}`,
    `- [ ] **Rotate / revoke it at the provider** (first: a purge does not un-leak it)`,
  ];
  const steps = (rule?.remediation ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  for (const step of steps) lines.push(`  - ${step.replace(/^\d+\.\s*/, '')}`);
  for (const ref of rule?.references ?? []) if (/^https?:\/\//.test(ref)) lines.push(`  - Provider documentation: <${ref}>`);
  lines.push(still ? '- [ ] Remove it from the current tree and commit' : '- [ ] Nothing to change in the current tree', '- [ ] Purged from history (below)', '');
  return lines;
}

/** Builds the three files of the plan. */
export function buildPlan(input: PlanInput): Plan {
  const { report, exposures } = input;
  const rules = new Map(report.rules.map((r) => [r.id, r] as const));
  const secrets = report.findings.map((f, i) => ({ f, e: exposures[i] })).filter(({ f }) => f.kind !== 'hygiene' && f.secret !== '');
  const { lines, notes } = replaceLines(secrets.map((s) => s.f));
  const paths = pathsFile(report.findings, exposures);
  const remote = input.remotes[0];
  const q = (s: string) => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const repo = q(input.repo);
  const out = q(input.out);
  const doc = [
    '# Remediation plan',
    '',
    `leakgate ${report.toolVersion} audited ${code(report.target)}: ${plural(report.stats.commits, 'commit')}, ${plural(report.findings.length, 'finding')} (${plural(secrets.length, 'secret')}, ${report.findings.length - secrets.length} hygiene).`,
    '',
    '**Order matters: rotate first, purge second.** Every clone, fork, CI cache and mirror already holds the old history; rewriting it stops new exposure but does not take back what was copied. A secret counts as handled only once the provider has revoked it.',
    '',
    '`replace-text.txt` in this folder holds the secrets in clear (it is what git filter-repo needs): keep it private, never commit it, delete it when done.',
    '',
    '## 1. Rotate and revoke',
    '',
    ...(secrets.length === 0 ? ['No secrets were found.', ''] : secrets.flatMap(({ f, e }, i) => secretSection(f, e, rules.get(f.ruleId), i + 1))),
    '## 2. Purge the history',
    '',
    'Work on a fresh mirror clone, never on a working copy with local changes:',
    '',
    '```sh',
    `git clone --mirror ${remote ? q(remote.url) : repo} purge.git && cd purge.git`,
    ...(lines.length > 0 ? [`git filter-repo --replace-text ${out}/replace-text.txt --replace-message ${out}/replace-text.txt`] : []),
    ...(paths.count > 0 ? [`git filter-repo --invert-paths --paths-from-file ${out}/paths.txt`] : []),
    `leakgate scan .            # must report no secret (exit 0)`,
    '```',
    '',
    lines.length > 0 ? `- \`replace-text.txt\`: ${lines.length} literal${lines.length === 1 ? '' : 's'}; each becomes \`${marker('<rule>')}\` in every blob and commit message of every commit.` : '- No secrets to replace.',
    paths.count > 0 ? `- \`paths.txt\`: ${paths.count} path${paths.count === 1 ? '' : 's'} removed from every commit (large, binary or junk files, committed dependency folders). Paths still in the current tree are listed commented out: move them first.` : '- No hygiene paths to drop.',
    ...notes.map((n) => `- Note: ${md(n)}`),
    '',
    '## 3. Publish the rewritten history',
    '',
    '```sh',
    remote ? `git push --force --mirror ${q(remote.url)}` : 'git push --force --mirror <your remote URL>',
    '```',
    '',
    '- Protected branches and tags must allow the force push for the duration (re-protect afterwards).',
    '- Every collaborator re-clones (a `git pull` into an old clone merges the old history back in). Old clones: delete them.',
    '- Forks keep the old history: ask their owners to delete or re-fork them.',
    '- GitHub keeps cached views, pull request refs (`refs/pull/*`) and unreferenced commits reachable by their id: contact GitHub Support with the list of rewritten commits to remove cached views and PR refs; GitLab: run housekeeping and prune unreachable objects; other hosts: see their documentation on removing sensitive data.',
    '- CI caches, artifact stores, container images and package registries built from the old history may hold the secrets too: purge them.',
    '',
    '## 4. Prove it',
    '',
    '```sh',
    'leakgate scan .            # on the rewritten mirror, and again on a fresh clone from the remote',
    '```',
    '',
  ].join('\n');
  return { replaceText: lines.length > 0 ? `${lines.join('\n')}\n` : '', paths: paths.text, markdown: doc, secrets: lines.length, pathCount: paths.count, notes };
}
