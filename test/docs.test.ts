// The user documents (README.md, CONTRIBUTING.md, CHANGELOG.md, docs/) against the product: every flag a command's
// parser accepts is documented under that command in docs/cli.md, every flag the documents use exists, every input
// and output of action.yml is in docs/action.md, every relative link and anchor resolves, every YAML and JSON snippet
// parses, and the README stays short.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/cli.js';
import { parserFlags, PARSERS } from './helpers/parsers.js';

/** Flags of the CLI itself, not of a command: `leakgate --version`, `leakgate --help`. */
const GLOBAL_FLAGS = new Set(['--version', '-V', '--help', '-h']);

/**
 * Flags the documents name that belong to other tools, each with its tool: a flag in inline code that is neither
 * leakgate's nor listed here fails the test (a renamed or removed flag left behind in the docs).
 */
const FOREIGN_FLAGS: Record<string, string> = {
  '--register-aws': 'git secrets',
  '--shared': 'git clone',
  '--unshallow': 'git fetch',
  '--single-threaded-gc': 'node (V8)',
  '--enable-experimental-regexp-engine': 'node (V8)',
  '--shape': 'npm run bench:engines',
  '--hook-type': 'pre-commit install',
  '--all-files': 'pre-commit run, lefthook run',
  '--files': 'pre-commit run',
  '--hook-stage': 'pre-commit run',
  '--from-ref': 'pre-commit run',
  '--to-ref': 'pre-commit run',
  '--bleeding-edge': 'pre-commit autoupdate',
  '--freeze': 'pre-commit autoupdate',
  '--allow-empty': 'git commit',
  '--paths-from-file': 'git filter-repo',
  '--git-workers': 'betterleaks git',
  '--exit-code': 'gitleaks git',
  '-filter': '.gitattributes (an unset attribute)',
  '--': 'the end of options',
  '-': 'standard input as PATH',
};

/** Every user document, as a path relative to the repository. */
function documents(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? docs(path) : name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...docs('docs')].filter((path) => existsSync(join(ROOT, path)));
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Block {
  readonly lang: string;
  readonly text: string;
  readonly line: number;
}

/** Fenced code blocks, with their language and first line. */
function codeBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(open[2]!); j++) body.push(lines[j]!.slice(open[1]!.length));
    blocks.push({ lang: open[3]!.toLowerCase(), text: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The text outside fenced code blocks (each block replaced by as many empty lines, so line numbers stay). */
function prose(text: string): string {
  return text.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?\n\s*\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ''));
}

/** Inline code spans of the prose. */
function inlineCode(text: string): string[] {
  return [...prose(text).matchAll(/(`+)([^`\n]+?)\1/g)].map((m) => m[2]!);
}

/** "--name" of "--name=value", "-x" of "-x": the flag a token names, or undefined if it is not one. */
function flagOf(token: string): string | undefined {
  const m = /^(--?[A-Za-z][\w-]*|--?)(?:=.*)?$/.exec(token.replace(/[,;.:)]+$/, ''));
  return m ? m[1] : undefined;
}

/**
 * The leakgate command lines of a shell line, a YAML `run:`/`entry:` value or an inline code span: [command, or ''
 * for none, and its flags]. A command line starts with `leakgate`, `npx [flags] leakgate`, a path ending in
 * `/leakgate`, or `[node] .../dist/cli.cjs`; "name: leakgate audit" or `-m "leakgate X"` are not command lines.
 */
function leakgateCommands(line: string): { command: string; flags: string[] }[] {
  const out: { command: string; flags: string[] }[] = [];
  const text = line.replace(/^\s*(?:-\s+)?(?:run|entry|command):\s*/, '').replace(/\s#.*$/, '');
  for (const part of text.split(/&&|\|\||[;|]/)) {
    const m = /^\s*(?:[A-Z_]+=\S*\s+)*(?:npx(?:\s+--?[\w-]+)*\s+|node\s+)?(?:\S*\/)?(?:leakgate|dist\/cli\.cjs)(?:\s+(.*))?$/.exec(part);
    if (!m) continue;
    const tokens = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const end = tokens.indexOf('--');
    const args = end === -1 ? tokens : tokens.slice(0, end);
    const command = args[0] && !args[0].startsWith('-') ? args[0] : '';
    out.push({ command, flags: args.map(flagOf).filter((f): f is string => f !== undefined && f !== '-' && f !== '--') });
  }
  return out;
}

const ALL_FLAGS = new Set([...GLOBAL_FLAGS, ...Object.values(PARSERS).flatMap((options) => [...parserFlags(options)])]);

test('docs/cli.md lists, under each command, exactly the flags its parser accepts', () => {
  const text = read('docs/cli.md');
  const sections = new Map<string, string>();
  for (const m of text.matchAll(/^## leakgate (\S+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) sections.set(m[1]!, m[2]!);
  for (const [command, options] of Object.entries(PARSERS)) {
    const section = sections.get(command);
    assert.ok(section !== undefined, `docs/cli.md has a "## leakgate ${command}" section`);
    const documented = new Set<string>();
    for (const row of section.matchAll(/^\| `([^`]+)` \|/gm)) {
      for (const token of row[1]!.split(/[\s,]+/)) {
        const flag = flagOf(token);
        if (flag) documented.add(flag);
      }
    }
    assert.deepEqual([...documented].sort(), [...parserFlags(options)].sort(), `the flags table of leakgate ${command}`);
  }
  const version = sections.get('version') ?? '';
  for (const flag of ['--version', '-V', '--help', '-h']) assert.ok(version.includes(`\`leakgate ${flag}\``), `leakgate ${flag} is documented`);
});

test('every leakgate command line in the documents uses only flags that command accepts', () => {
  const problems: string[] = [];
  for (const path of documents().filter((p) => p !== 'CHANGELOG.md')) {
    const text = read(path);
    const lines = [
      ...codeBlocks(text)
        .filter((b) => ['sh', 'bash', 'shell', 'yaml', 'yml'].includes(b.lang))
        .flatMap((b) => b.text.split('\n').map((line, i) => ({ line, where: `${path}:${b.line + 1 + i}` }))),
      ...inlineCode(text).map((line) => ({ line, where: `${path}: \`${line}\`` })),
    ];
    for (const { line, where } of lines) {
      for (const { command, flags } of leakgateCommands(line)) {
        if (/^[A-Z]+$/.test(command)) continue; // "leakgate COMMAND --help": a placeholder
        const accepted = command === '' || command === 'version' || command === 'help' ? GLOBAL_FLAGS : PARSERS[command] && parserFlags(PARSERS[command]);
        if (!accepted) {
          problems.push(`${where}: no command "${command}"`);
          continue;
        }
        for (const flag of flags) if (!accepted.has(flag)) problems.push(`${where}: leakgate ${command || ''} has no flag ${flag}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every flag named in inline code is a leakgate flag, or another tool\'s listed in this test', () => {
  const problems: string[] = [];
  for (const path of documents().filter((p) => p !== 'CHANGELOG.md')) {
    for (const span of inlineCode(read(path))) {
      if (!span.startsWith('-')) continue;
      for (const token of span.split(/[\s,|]+/)) {
        const flag = flagOf(token);
        if (flag === undefined) break; // flags come first in a span: `--size-limit [GLOB=]WARN`
        if (!ALL_FLAGS.has(flag) && FOREIGN_FLAGS[flag] === undefined) problems.push(`${path}: \`${span}\` names ${flag}, which no leakgate command accepts`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('docs/action.md documents every input and output of action.yml, and no other', () => {
  const action = parseYaml(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const text = read('docs/action.md');
  for (const kind of ['inputs', 'outputs'] as const) {
    const section = new RegExp(`^## ${kind === 'inputs' ? 'Inputs' : 'Outputs'}\\n([\\s\\S]*?)(?=^## )`, 'm').exec(text)?.[1] ?? '';
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!).sort();
    assert.deepEqual(documented, Object.keys(action[kind]).sort(), `the ${kind} table of docs/action.md`);
  }
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a Markdown file defines (repeated headings get -1, -2...). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

test('every relative link of the documents resolves, anchors included', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of documents()) {
    const text = read(path);
    for (const m of prose(text).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      checked++;
      const [file, anchor] = target.split('#', 2) as [string, string | undefined];
      const full = file === '' ? join(ROOT, path) : resolve(dirname(join(ROOT, path)), decodeURIComponent(file));
      if (!full.startsWith(ROOT) || !existsSync(full)) {
        problems.push(`${path}: ${target}: no such file in the repository`);
        continue;
      }
      if (anchor !== undefined && full.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(anchor)) {
        problems.push(`${path}: ${target}: ${relative(ROOT, full)} has no heading with the anchor #${anchor}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked > 50, `${checked} links checked`);
});

test('every YAML and JSON snippet of the documents parses', () => {
  const problems: string[] = [];
  let yaml = 0;
  for (const path of documents()) {
    for (const block of codeBlocks(read(path))) {
      try {
        if (block.lang === 'yaml' || block.lang === 'yml') {
          yaml++;
          parseYaml(block.text, { prettyErrors: true, strict: true, uniqueKeys: true });
        } else if (block.lang === 'json') {
          // JSON Lines (one document a line) or one document.
          const lines = block.text.split('\n').filter((l) => l.trim() !== '');
          if (lines.length > 1 && lines.every((l) => l.startsWith('{') && l.endsWith('}'))) lines.forEach((l) => JSON.parse(l));
          else JSON.parse(block.text);
        }
      } catch (error: unknown) {
        problems.push(`${path}:${block.line}: ${block.lang} snippet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(yaml >= 8, `${yaml} YAML snippets parsed`);
});

test('the README stays under 25 KB, and each face has its quick start in the first 120 lines', () => {
  const text = read('README.md');
  assert.ok(Buffer.byteLength(text) <= 25 * 1024, `README.md is ${Buffer.byteLength(text)} bytes`);
  const first = text.split('\n').slice(0, 120).join('\n');
  assert.match(first, /npx leakgate install/, 'the hooks');
  assert.match(first, /uses: leakgate\/leakgate@/, 'the Action');
  assert.match(first, /^leakgate scan PATH/m, 'the audit');
});

test('the documents name no tag that does not exist: rev: and uses: lines point at main or say how to pin', (t) => {
  const listed = spawnSync('git', ['tag', '--list'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) {
    t.skip('not a git checkout: its tags are unknown');
    return;
  }
  const tags = new Set(listed.stdout.split('\n').filter(Boolean));
  for (const path of documents().filter((p) => p !== 'CHANGELOG.md' && p !== 'docs/releasing.md')) {
    for (const block of codeBlocks(read(path))) {
      for (const m of block.text.matchAll(/(?:rev:\s*|leakgate\/leakgate@)(v[\w.]+)/g)) {
        assert.ok(tags.has(m[1]!), `${path}:${block.line}: ${m[0]} names a tag that does not exist`);
      }
    }
  }
});
