// Archives through the CLI: an archive only in history, one staged (the hook blocks it, and fails closed on one it
// cannot open), a directory scan; the member path in text, JSON and SARIF; depth from the flag and the config, and
// their errors. Every archive is built here around secrets generated at run time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRepo } from '../helpers/repo.js';
import { githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';
import { gzip, tar, withEncryptedMember, zip } from '../helpers/archives.js';
import { sarifSchemaErrors } from '../helpers/sarif.js';

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  archive?: string;
  member?: string;
  commit: { summary: string } | null;
}

const secretFindings = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings.filter((f: JsonFinding) => f.ruleId === 'github.pat');

test('an archive added then deleted in history: its members are reported as archive!member in JSON, SARIF and text', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  const token = githubToken();
  const jar = zip({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'conf/x.properties': `# settings\ngithub.token=${token}\n` });
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.commit({ 'dist/app.war': zip({ 'WEB-INF/lib/b.jar': jar }) }, 'add the war');
  repo.commit({ 'dist/app.war': null }, 'remove the war');

  const json = runCli(['scan', '--format', 'json', '--no-cache'], { cwd: repo.dir });
  assert.equal(json.code, 1, json.stderr);
  const [finding, ...rest] = secretFindings(json.stdout);
  assert.equal(rest.length, 0);
  assert.equal(finding!.path, 'dist/app.war!WEB-INF/lib/b.jar!conf/x.properties');
  assert.equal(finding!.archive, 'dist/app.war');
  assert.equal(finding!.member, 'WEB-INF/lib/b.jar!conf/x.properties');
  assert.deepEqual([finding!.line, finding!.column], [2, 14]);
  assert.equal(finding!.commit?.summary, 'add the war');
  assert.ok(!json.stdout.includes(token), 'redacted');

  const sarif = JSON.parse(runCli(['scan', '--format', 'sarif', '--no-cache'], { cwd: repo.dir }).stdout);
  const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'github.pat');
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'dist/app.war', 'the artifact is the repository file');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 1 });
  assert.equal(result.properties.member, 'WEB-INF/lib/b.jar!conf/x.properties');
  assert.deepEqual(result.properties.memberRegion, { startLine: 2, startColumn: 14, endLine: 2, endColumn: 14 + token.length });
  assert.match(result.message.text, /^In archive member WEB-INF\/lib\/b\.jar!conf\/x\.properties \(line 2, column 14\)/);
  assert.ok(!JSON.stringify(sarif).includes(token));
  assert.deepEqual(sarifSchemaErrors(sarif), []);

  const html = runCli(['scan', '--no-cache', '--format', 'html'], { cwd: repo.dir }).stdout;
  assert.ok(html.includes('dist/app.war!WEB-INF/lib/b.jar!conf/x.properties'), 'the HTML report lists the member path');
  assert.ok(!html.includes(token));

  const text = runCli(['scan', '--no-cache'], { cwd: repo.dir }).stdout;
  assert.match(text, /dist\/app\.war!WEB-INF\/lib\/b\.jar!conf\/x\.properties:2:14/);

  assert.deepEqual(secretFindings(runCli(['scan', '--format', 'json', '--no-cache', '--archive-depth', '1'], { cwd: repo.dir }).stdout), [], 'one level does not reach the jar');
  const cached = runCli(['scan', '--format', 'json', '--archive-depth', '0'], { cwd: repo.dir });
  assert.deepEqual(secretFindings(cached.stdout), []);
  // The cache keeps each setting's results apart: the default depth after a depth-0 run finds the token again.
  assert.equal(secretFindings(runCli(['scan', '--format', 'json'], { cwd: repo.dir }).stdout).length, 1);
  assert.equal(secretFindings(runCli(['scan', '--format', 'json'], { cwd: repo.dir }).stdout).length, 1, 'and from the cache');
});

test('a staged archive: pre-commit blocks its secret (exit 1), and fails closed on an encrypted one (exit 2)', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  repo.commit({ 'README.md': 'hello\n' }, 'first');
  repo.write('vendor/tool.whl', zip({ 'tool/settings.py': `TOKEN = "${githubToken()}"\n` }));
  repo.git('add', 'vendor/tool.whl');
  const staged = runCli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
  assert.equal(staged.code, 1, staged.stderr);
  assert.deepEqual(secretFindings(staged.stdout).map((f) => [f.path, f.line]), [['vendor/tool.whl!tool/settings.py', 1]]);
  assert.match(staged.stderr, /commit blocked/);

  repo.git('reset', '-q');
  repo.write('vendor/tool.whl', withEncryptedMember(zip({ 'tool/settings.py': 'TOKEN = "unknown"\n' }), 0));
  repo.git('add', 'vendor/tool.whl');
  const encrypted = runCli(['scan', '--staged'], { cwd: repo.dir });
  assert.equal(encrypted.code, 2, 'a member that could not be scanned is not passed');
  assert.match(encrypted.stderr, /archive-unreadable: vendor\/tool\.whl: archive member "tool\/settings\.py" is encrypted; not scanned/);
  assert.equal(runCli(['scan', '--staged', '--allow-incomplete'], { cwd: repo.dir }).code, 1, 'allowed through, the binary artefact still reported');
});

test('a directory scan opens tar, tar.gz, tgz, gz and zip-based files, names an unnamed gzip stream after its file', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  const tokens = Array.from({ length: 9 }, () => githubToken());
  repo.write('a/backup.tar', tar({ 'etc/app.env': `T=${tokens[0]}\n` }));
  repo.write('a/release.tar.gz', gzip(tar({ 'pkg/config.ini': `token=${tokens[1]}\n` })));
  repo.write('a/release.tgz', gzip(tar({ 'pkg/other.ini': `token=${tokens[2]}\n` })));
  repo.write('a/dump.sql.gz', gzip(`INSERT INTO t VALUES ('${tokens[3]}');\n`));
  repo.write('a/lib.jar', zip({ 'x.properties': `t=${tokens[4]}\n` }));
  // The name says text; the bytes say zip.
  repo.write('a/notes.txt', zip({ 'inner.md': `t=${tokens[5]}\n` }));
  repo.write('a/pkg.nupkg', zip({ 'content/appsettings.json': `{ "token": "${tokens[6]}" }\n` }));
  repo.write('a/app.apk', zip({ 'assets/config.txt': `t=${tokens[7]}\n` }));
  repo.write('a/addon.xpi', zip({ 'background.js': `const t = "${tokens[8]}";\n` }));
  const json = runCli(['scan', '--no-git', '.', '--format', 'json'], { cwd: repo.dir });
  assert.equal(json.code, 1, json.stderr);
  assert.deepEqual(secretFindings(json.stdout).map((f) => f.path).sort(), [
    'a/addon.xpi!background.js',
    'a/app.apk!assets/config.txt',
    'a/backup.tar!etc/app.env',
    'a/dump.sql.gz!dump.sql',
    'a/lib.jar!x.properties',
    'a/notes.txt!inner.md',
    'a/pkg.nupkg!content/appsettings.json',
    'a/release.tar.gz!pkg/config.ini',
    'a/release.tgz!pkg/other.ini',
  ]);
  assert.deepEqual(JSON.parse(json.stdout).diagnostics, []);

  repo.write('.leakgate.yaml', 'archives:\n  depth: 0\n');
  assert.deepEqual(secretFindings(runCli(['scan', '--no-git', '.', '--format', 'json'], { cwd: repo.dir }).stdout), [], 'the config turns archives off');
  assert.equal(secretFindings(runCli(['scan', '--no-git', '.', '--format', 'json', '--archive-depth', '1'], { cwd: repo.dir }).stdout).length, 9, 'the flag wins');
  for (const value of ['9', '-1', 'x', '1.5']) {
    const flag = runCli(['scan', '--no-git', '.', `--archive-depth=${value}`], { cwd: repo.dir });
    assert.equal(flag.code, 2, value);
    assert.match(flag.stderr, /--archive-depth: expected a whole number from 0 \(archives not opened\) to 8/);
  }
  const cases: [string, RegExp][] = [
    ['archives:\n  depth: deep\n', /\.leakgate\.yaml:2: archives\.depth: expected a whole number from 0 to 8/],
    ['archives:\n  maxRatio: 1\n', /\.leakgate\.yaml:2: archives\.maxRatio: expected a number from 2 to 100000/],
    ['archives:\n  maxMembers: 0\n', /\.leakgate\.yaml:2: archives\.maxMembers: expected a whole number from 1 to 1000000/],
    ['archives:\n  maxBytes: lots\n', /\.leakgate\.yaml:2: archives\.maxBytes: expected a size/],
  ];
  for (const [config, message] of cases) {
    repo.write('.leakgate.yaml', config);
    const bad = runCli(['scan', '--no-git', '.'], { cwd: repo.dir });
    assert.equal(bad.code, 2, config);
    assert.match(bad.stderr, message);
  }
  repo.write('.leakgate.yaml', 'archives:\n  maxMembers: 1\n');
  repo.write('a/two.zip', zip({ 'one.txt': 'x\n', 'two.txt': 'y\n' }));
  const limited = JSON.parse(runCli(['scan', '--no-git', '.', '--format', 'json'], { cwd: repo.dir }).stdout);
  assert.deepEqual(limited.diagnostics.map((d: { code: string; path?: string }) => [d.code, d.path]), [['archive-limit', 'a/two.zip']]);
});

test('path-limited rules are asked about the member path; an archive cut at --max-blob-size is too large, not passed', (t) => {
  const repo = createRepo();
  t.after(repo.remove);
  const config = 'db.pwd=letmein7\n';
  repo.write('lib/app.jar', zip({ 'conf/app.properties': config, 'docs/notes.md': config }));
  const json = runCli(['scan', '--no-git', '.', '--format', 'json'], { cwd: repo.dir });
  assert.equal(json.code, 1, json.stderr);
  const findings = JSON.parse(json.stdout).findings.filter((f: JsonFinding) => f.ruleId === 'credential.config-value');
  assert.deepEqual(findings.map((f: JsonFinding) => f.path), ['lib/app.jar!conf/app.properties'], 'a config file inside a jar, not a markdown file');

  const big = zip(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.bin`, Buffer.from(Array.from({ length: 1000 }, (_, j) => (i * 7 + j * 13) % 251))])), 0);
  repo.write('lib/app.jar', big);
  repo.git('add', 'lib/app.jar');
  const staged = runCli(['scan', '--staged', '--max-blob-size', '8k', '--format', 'json'], { cwd: repo.dir });
  assert.equal(staged.code, 2, staged.stderr);
  assert.deepEqual(JSON.parse(staged.stdout).diagnostics.map((d: { code: string; path?: string }) => [d.code, d.path]), [['too-large', 'lib/app.jar']]);
});
