// The HTML report: one self-contained page, inert data, untrusted text as text; drawn in a real Chromium with no
// console error and no request, filters that narrow the table, 10,000 and 100,000 findings.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import test from 'node:test';
import type { ScanReport } from '../../src/core/report.js';
import type { RuleSpec } from '../../src/core/rule.js';
import type { Finding } from '../../src/core/types.js';
import { inertJson, renderHtml } from '../../src/report/html.js';
import { runCli } from '../helpers/cli.js';
import { createRepo, tempDir } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';

const HOSTILE_MESSAGE = '</script><img src=x onerror="window.__pwned=1"><!-- & "quoted"';
const HOSTILE_PATH = `conf/it's "odd" <b>name</b>.env`;

function rule(id: string, kind: RuleSpec['kind'] = 'secret'): RuleSpec {
  return {
    id,
    kind,
    description: `test rule ${id} <i>not markup</i>`,
    severity: 'high',
    precision: 'high',
    confidence: 'high',
    keywords: [],
    pattern: '',
    flags: '',
    secretGroup: 0,
    allowValues: [],
    paths: [],
    excludePaths: [],
    skipPlaceholderCheck: false,
    tags: [],
    references: ['https://example.test/revoke', 'javascript:alert(1)'],
    remediation: '1. Revoke it.\n2. <script>alert(1)</script> is text.',
    examples: { match: [], ignore: [] },
    source: 'test',
  };
}

function finding(i: number, secret: string, overrides: Partial<Finding> = {}): Finding {
  const sev = (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5]!;
  return {
    ruleId: i % 3 === 0 ? 'test.alpha' : 'test.beta',
    kind: 'secret',
    severity: sev,
    path: `src/module-${i % 97}/file-${i}.ts`,
    line: (i % 400) + 1,
    column: 5,
    endLine: (i % 400) + 1,
    endColumn: 5 + secret.length,
    secret,
    snippet: `const key = "${secret}";`,
    entropy: 4.5,
    fingerprint: (i * 2654435761).toString(16).padStart(24, '0').slice(-24),
    blobId: 'b'.repeat(40),
    otherOccurrences: i % 4,
    inHead: i % 2 === 0,
    commit: {
      id: i.toString(16).padStart(40, 'c'),
      author: `Author ${i % 13}`,
      email: `a${i % 13}@example.test`,
      date: `20${String(18 + (i % 7)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-11T10:00:00Z`,
      summary: `change ${i}`,
    },
    ...overrides,
  } as Finding;
}

function report(findings: Finding[]): ScanReport {
  return {
    kind: 'history',
    target: '/tmp/repo "x"',
    findings,
    rules: [rule('test.alpha'), rule('test.beta')],
    diagnostics: [{ code: 'shallow-history', detail: 'history is truncated <b>' }],
    stats: { blobs: 10, bytes: 2048, binarySkipped: 0, commits: 5, blobsMatched: 3, durationMs: 1234 },
    toolVersion: '0.0.0-test',
  };
}

test('untrusted text stays text: the data element cannot be closed, scripts are only the two of the page', () => {
  const secret = fake('ghp_{crc32:30}');
  const html = renderHtml(report([finding(0, secret, { path: HOSTILE_PATH, commit: { id: 'c'.repeat(40), author: '<svg onload=alert(1)>', email: 'x@example.test', date: '2024-01-01T00:00:00Z', summary: HOSTILE_MESSAGE } })]), { showSecrets: false });
  assert.equal(html.match(/<script/g)?.length, 2);
  assert.equal(html.match(/<\/script>/g)?.length, 2);
  assert.ok(!html.includes('<img'), 'no markup from the data');
  assert.ok(!html.includes('<svg onload'), 'no markup from the data');
  assert.ok(!/<!--/.test(html.replace(/<script>[\s\S]*?<\/script>/, '')), 'no comment opener from the data');
  assert.ok(!html.includes(secret), 'the secret is redacted');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!/\bsrc=["']?https?:|\bhref=["']?https?:/.test(html), 'no external resource in the markup');
  assert.ok(renderHtml(report([finding(0, secret)]), { showSecrets: true }).includes(secret), '--no-redact shows it');
});

test('inertJson escapes everything that could end or comment the element, and round-trips', () => {
  const value = { a: '</script><!--&>\u2028\u2029', b: [1, 'x'] };
  const text = inertJson(value);
  assert.ok(!/[<>&\u2028\u2029]/.test(text));
  assert.deepEqual(JSON.parse(text), value);
});

test('scan -f html writes one page for a history scan; the secret is redacted; exit code as for any format', (t) => {
  const repo = createRepo();
  const out = tempDir();
  t.after(() => (repo.remove(), out.remove()));
  const token = githubToken();
  repo.commit({ 'app.py': `TOKEN = "${token}"\n` }, HOSTILE_MESSAGE);
  repo.commit({ 'app.py': 'TOKEN = os.environ["TOKEN"]\n' }, 'read the token from the environment');
  const file = join(out.dir, 'report.html');
  const result = runCli(['scan', repo.dir, '-f', 'html', '-o', file, '-q']);
  assert.equal(result.code, 1, result.stderr);
  const html = readFileSync(file, 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.ok(!html.includes(token));
  assert.match(html, /github\.pat/);
  // A history scan's page knows where each secret still is: HEAD no longer, which refs hold it, where it went.
  const data = JSON.parse(/<script type="application\/json" id="leakgate-data">(.*?)<\/script>/s.exec(html)![1]!) as { findings: Array<{ r: string; h?: boolean; refs?: string[]; rm?: string[] }> };
  const pat = data.findings.find((f) => f.r === 'github.pat')!;
  assert.equal(pat.h, false);
  assert.deepEqual(pat.refs, ['refs/heads/main']);
  assert.equal(pat.rm?.[2], 'read the token from the environment');
  assert.equal(runCli(['scan', repo.dir, '-f', 'htm']).code, 2);
});

// --- in a real browser -------------------------------------------------------------------------------------------

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
type Playwright = typeof import('playwright-core');
function playwright(): Playwright | undefined {
  try {
    return createRequire(import.meta.url)('playwright-core') as Playwright;
  } catch {
    return undefined;
  }
}
const pw = playwright();
const browserSkip = !CHROMIUM ? 'no Chromium at /usr/bin/chromium (.ci/run installs Debian\'s chromium)' : !pw ? 'playwright-core is not installed (npm ci)' : false;

async function withPage<T>(file: string, fn: (page: import('playwright-core').Page, problems: string[]) => Promise<T>): Promise<T> {
  const browser = await pw!.chromium.launch({
    executablePath: CHROMIUM!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && problems.push(`request: ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    return await fn(page, problems);
  } finally {
    await browser.close();
  }
}

test('in Chromium: no console error, no request, hostile text inert, filters narrow the table, a screenshot', { skip: browserSkip }, async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const findings = Array.from({ length: 250 }, (_, i) => finding(i, fake(`ghp_{crc32:30}`)));
  findings[0] = finding(0, fake('ghp_{crc32:30}'), { path: HOSTILE_PATH, commit: { id: 'c'.repeat(40), author: '<svg onload="window.__pwned=2">', email: 'x@example.test', date: '2024-03-01T00:00:00Z', summary: HOSTILE_MESSAGE } });
  const file = join(dir.dir, 'report.html');
  writeFileSync(file, renderHtml(report(findings), { showSecrets: false }));
  await withPage(file, async (page, problems) => {
    const count = () => page.locator('#shown-count').innerText();
    assert.match(await count(), /showing 100 of 250 matching/);
    await page.selectOption('#f-severity', 'critical');
    assert.match(await count(), /of 50 matching/);
    await page.fill('#f-path', 'module-1/');
    assert.match(await count(), /showing \d+ of \d+ matching/);
    const narrowed = Number(/of (\d+) matching/.exec(await count())![1]);
    assert.ok(narrowed > 0 && narrowed < 50, `path filter narrows: ${narrowed}`);
    await page.fill('#f-path', '');
    await page.selectOption('#f-severity', '');
    await page.fill('#f-search', 'img src=x');
    assert.match(await count(), /showing 1 of 1 matching/);
    // Keyboard: focus the row, Enter opens its detail, where the hostile message is plain text.
    await page.focus('tr.row');
    await page.keyboard.press('Enter');
    const detail = await page.locator('tr.detail').innerText();
    assert.ok(detail.includes(HOSTILE_MESSAGE), detail);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await page.fill('#f-search', '');
    await page.click('#theme');
    await page.screenshot({ path: join(dir.dir, 'report.png'), fullPage: false });
    if (process.env.LEAKGATE_SCREENSHOT) writeFileSync(process.env.LEAKGATE_SCREENSHOT, readFileSync(join(dir.dir, 'report.png')));
    assert.ok(existsSync(join(dir.dir, 'report.png')));
    assert.deepEqual(problems, []);
  });
});

test('in Chromium: 0 findings is a clean page; 10,000 and 100,000 findings load and page', { skip: browserSkip }, async (t) => {
  const dir = tempDir();
  t.after(() => dir.remove());
  const clean = join(dir.dir, 'clean.html');
  writeFileSync(clean, renderHtml(report([]), { showSecrets: false }));
  await withPage(clean, async (page, problems) => {
    assert.match(await page.locator('main').innerText(), /No findings\./);
    assert.deepEqual(problems, []);
  });
  const secret = fake('ghp_{crc32:30}');
  for (const n of [10_000, 100_000]) {
    const file = join(dir.dir, `r${n}.html`);
    writeFileSync(file, renderHtml(report(Array.from({ length: n }, (_, i) => finding(i, secret))), { showSecrets: false }));
    await withPage(file, async (page, problems) => {
      const ms = Number(await page.locator('body').getAttribute('data-render-ms'));
      const ready = Number(await page.locator('body').getAttribute('data-ready-at'));
      t.diagnostic(`${n} findings: page ready ${ready} ms after navigation start (drawing ${ms} ms)`);
      assert.match(await page.locator('#shown-count').innerText(), new RegExp(`showing 100 of ${n.toLocaleString('en-US')} matching`));
      assert.equal(await page.locator('tr.row').count(), 100);
      await page.click('text=next ›');
      assert.match(await page.locator('.pager').innerText(), /page 2 of/);
      assert.deepEqual(problems, []);
    });
  }
});
