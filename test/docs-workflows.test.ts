// Every GitHub workflow snippet in the documents, as a user would paste it: it parses as YAML, the leakgate steps
// pass only inputs action.yml declares, the actions it uses are at their current majors, and the workflow grants
// the permissions its steps need (upload-sarif: security-events write and actions read; the PR comment:
// pull-requests write), and no write permission nothing needs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';

/** Current majors (checked against each action's releases, December 2026). */
const CURRENT: Record<string, string> = { 'actions/checkout': 'v6', 'github/codeql-action/upload-sarif': 'v4' };

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs?: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>;
}

function documents(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs].filter((path) => existsSync(join(ROOT, path)));
}

/** YAML code blocks that are whole workflows (they have `jobs:`), with where they start. */
function workflowSnippets(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const path of documents()) {
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
      const start = i + 1;
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      const text = body.join('\n');
      if (/^jobs:/m.test(text)) out.push({ where: `${path}:${start}`, text });
    }
  }
  return out;
}

/** The problems of one workflow; `declared` are action.yml's input names. */
export function workflowProblems(text: string, declared: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const workflow = parse(text, { strict: true, uniqueKeys: true }) as Workflow;
  if (!workflow.on) problems.push('no "on:" triggers');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    const permissions = { ...(workflow.permissions ?? {}), ...(job.permissions ?? {}) };
    const steps = job.steps ?? [];
    const needed: Record<string, string> = { contents: 'read' };
    for (const step of steps) {
      const uses = step.uses ?? '';
      const [action, ref] = uses.split('@') as [string, string | undefined];
      if (CURRENT[action] !== undefined && ref !== CURRENT[action]) problems.push(`job ${name}: ${uses}: use ${action}@${CURRENT[action]}`);
      if (action === 'github/codeql-action/upload-sarif') Object.assign(needed, { 'security-events': 'write', actions: 'read' });
      if (action === 'leakgate/leakgate') {
        for (const input of Object.keys(step.with ?? {})) if (!declared.has(input)) problems.push(`job ${name}: leakgate input "${input}" is not in action.yml`);
        if (String(step.with?.['comment-on-pr']) === 'true') needed['pull-requests'] = 'write';
      }
    }
    for (const [scope, level] of Object.entries(needed)) {
      const granted = permissions[scope];
      if (granted !== level && !(level === 'read' && granted === 'write')) problems.push(`job ${name}: needs permissions ${scope}: ${level}`);
    }
    for (const [scope, level] of Object.entries(permissions)) {
      if (level === 'write' && needed[scope] !== 'write') problems.push(`job ${name}: permissions ${scope}: write is not needed`);
    }
  }
  return problems;
}

const declared = new Set(Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs));

test('every workflow snippet in the documents parses, uses declared inputs, current majors and the permissions it needs', () => {
  const snippets = workflowSnippets();
  assert.ok(snippets.length >= 4, `${snippets.length} workflow snippets found`);
  const problems = snippets.flatMap(({ where, text }) => {
    try {
      return workflowProblems(text, declared).map((p) => `${where}: ${p}`);
    } catch (error: unknown) {
      return [`${where}: not YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`];
    }
  });
  assert.deepEqual(problems, []);
});

test('the workflow check catches an old major, an undeclared input, a missing and a needless permission', () => {
  const bad = [
    'on: push',
    'permissions: { contents: read, security-events: write, issues: write }',
    'jobs:',
    '  scan:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: leakgate/leakgate@main',
    '        with: { comment-on-pr: true, severity: high }',
    '      - uses: github/codeql-action/upload-sarif@v3',
  ].join('\n');
  assert.deepEqual(workflowProblems(bad, declared), [
    'job scan: actions/checkout@v4: use actions/checkout@v6',
    'job scan: leakgate input "severity" is not in action.yml',
    'job scan: github/codeql-action/upload-sarif@v3: use github/codeql-action/upload-sarif@v4',
    'job scan: needs permissions pull-requests: write',
    'job scan: needs permissions actions: read',
    'job scan: permissions issues: write is not needed',
  ]);
  assert.throws(() => workflowProblems('jobs: [unclosed', declared));
});
