// Hygiene and credential-file findings through the CLI, against throwaway repositories built here. Binary content
// (ELF, zip, git-crypt headers...) is a few magic bytes plus filler made at run time; nothing binary is committed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRepo } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';
import { runCli } from '../helpers/cli.js';

const MiB = 1024 * 1024;
const LFS_ATTRIBUTES = '*.psd filter=lfs diff=lfs merge=lfs -text\n';

interface Finding {
  ruleId: string;
  kind: string;
  severity: string;
  path: string;
  line: number;
  secret: string;
  snippet: string;
  size?: number;
  inHead?: boolean;
  otherOccurrences: number;
  commit: { id: string; summary: string } | null;
}

interface Report {
  findings: Finding[];
  diagnostics: { code: string }[];
  health: {
    blobs: number;
    bytes: number;
    largest: { path: string; size: number; blobId: string; commit?: string; inHead?: boolean }[];
    binaryOutsideLfs: { count: number; bytes: number };
    lfsPointers: number;
  };
}

function scan(args: string[], input?: string): { code: number; report: Report; stderr: string } {
  const result = runCli(['scan', ...args, '-f', 'json', '--no-progress'], input === undefined ? {} : { input });
  assert.notEqual(result.code, 2, result.stderr);
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId} ${f.path}`).sort();

/** `size` bytes that read as binary: magic bytes, then random filler with a NUL early on. */
function binary(magicHex: string, size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from(magicHex, 'hex').copy(bytes);
  bytes[magicHex.length / 2] = 0;
  return bytes;
}

function lfsPointer(size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${randomBytes(32).toString('hex')}\nsize ${size}\n`;
}

test('a large file at a path tracked by LFS is not flagged, the same content at an untracked path is', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const content = binary('0000', 2 * MiB);
  repo.commit({ '.gitattributes': LFS_ATTRIBUTES, 'design/cover.psd': content, 'design/cover.raw': content, 'design/pointer.bin': lfsPointer(50 * MiB) }, 'add design');
  const { code, report } = scan([repo.dir]);
  assert.equal(code, 0, 'a warning (severity info) is reported without failing');
  const large = report.findings.filter((f) => f.ruleId === 'hygiene.large-blob');
  assert.deepEqual(ids(large), ['hygiene.large-blob design/cover.raw']);
  assert.equal(large[0]!.severity, 'info', 'over the warning threshold, under the error one');
  assert.equal(large[0]!.size, 2 * MiB);
  assert.equal(large[0]!.secret, '', 'file-level findings hold no content');
  assert.equal(report.health.lfsPointers, 1);
  assert.equal(report.health.binaryOutsideLfs.count, 1, 'the blob is outside LFS at one of its paths');
});

test('LFS tracking counts as of the commit: a large blob committed before its path was tracked is still flagged', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const first = repo.commit({ 'art/poster.psd': binary('0000', 3 * MiB) }, 'add poster');
  repo.commit({ '.gitattributes': LFS_ATTRIBUTES, 'art/poster.psd': lfsPointer(3 * MiB) }, 'move poster to LFS');
  repo.commit({ 'art/other.psd': binary('0000', 3 * MiB) }, 'add another, tracked');
  const { report } = scan([repo.dir]);
  const large = report.findings.filter((f) => f.ruleId === 'hygiene.large-blob');
  assert.deepEqual(ids(large), ['hygiene.large-blob art/poster.psd']);
  assert.equal(large[0]!.commit?.id, first);
  assert.equal(large[0]!.inHead, false, 'HEAD holds the pointer now');
});

test('a 12 MiB blob deleted two commits later is reported with its introducing commit and inHead: false', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'README.md': 'hello\n' }, 'initial');
  const intro = repo.commit({ 'data/export.csv': Buffer.alloc(12 * MiB, 'a,b,c\n') }, 'add export');
  repo.commit({ 'README.md': 'hello again\n' }, 'unrelated');
  repo.commit({ 'data/export.csv': null }, 'remove export');
  const { code, report } = scan([repo.dir]);
  assert.equal(code, 1);
  const f = report.findings.find((x) => x.ruleId === 'hygiene.large-blob');
  assert.ok(f, JSON.stringify(report.findings));
  assert.equal(f.path, 'data/export.csv');
  assert.equal(f.commit?.id, intro);
  assert.equal(f.inHead, false);
  assert.equal(f.severity, 'high');
  assert.equal(f.size, 12 * MiB);
  assert.match(f.snippet, /^12 MiB, over the 10 MiB error limit/);
  assert.equal(report.health.largest[0]!.path, 'data/export.csv');
  const capped = scan([repo.dir, '--max-blob-size', '1MiB']).report;
  assert.equal(capped.findings.find((x) => x.ruleId === 'hygiene.large-blob')?.size, 12 * MiB, 'blobs too large for secret rules still get file rules');
  assert.deepEqual(capped.diagnostics.map((d) => d.code), ['too-large']);
  const text = runCli(['scan', repo.dir, '--no-progress']).stdout;
  assert.match(text, /HIGH hygiene\.large-blob/);
  assert.match(text, /12 MiB, over the 10 MiB error limit; not at HEAD, only in history/);
  assert.match(text, /repository: 3 blobs, 12 MiB; largest data\/export\.csv \(12 MiB\); 0 binary blobs outside LFS/);
});

test('--size-limit: per-path thresholds first, "off" disables, bad values exit 2', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'assets/intro.mp4': binary('00000020', 3 * MiB), 'vendor/blob.bin': binary('0000', 2 * MiB), 'data/a.csv': Buffer.alloc(2 * MiB, 'x\n') }, 'add');
  const limited = scan([repo.dir, '--size-limit', 'assets/**=20MiB,100MiB', '--size-limit', 'vendor/**=off']).report;
  assert.deepEqual(ids(limited.findings.filter((f) => f.ruleId === 'hygiene.large-blob')), ['hygiene.large-blob data/a.csv']);
  const strict = scan([repo.dir, '--size-limit', '512k,1MiB']).report;
  assert.deepEqual(
    strict.findings.filter((f) => f.ruleId === 'hygiene.large-blob').map((f) => f.severity),
    ['high', 'high', 'high'],
  );
  const bad = runCli(['scan', repo.dir, '--size-limit', 'assets/**=big']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--size-limit: expected \[GLOB=\]WARN\[,ERROR\] with sizes of at least 1 byte such as 1MiB.*got "assets\/\*\*=big"/);
  const empty = runCli(['scan', repo.dir, '--size-limit', '=1MiB']);
  assert.match(empty.stderr, /--size-limit: expected \[GLOB=\]WARN\[,ERROR\]/);
});

test('binary artefacts by content and by name, dependency folders once per root, OS junk; images are fine', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit(
    {
      'bin/server': binary('7f454c46020101', 4096),
      'lib/plugin.jar': binary('504b0304140008', 2048),
      'build/Main.class': binary('cafebabe00000041', 512),
      'tools/setup.exe': 'not really a PE file\n',
      'db/app.sqlite': Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), randomBytes(1000)]),
      'docs/logo.png': binary('89504e470d0a1a0a', 4096),
      'docs/manual.docx': binary('504b0304140006', 4096),
      'fonts/body.woff2': binary('774f4632', 4096),
      'node_modules/left-pad/index.js': 'module.exports = 1;\n',
      'node_modules/left-pad/node_modules/x/index.js': 'x\n',
      'node_modules/esbuild/bin/esbuild': binary('7f454c46020101', 1024),
      'app/web/node_modules/y/index.js': 'y\n',
      'src/__pycache__/m.cpython-312.pyc': binary('cb0d0d0a', 64),
      '.DS_Store': binary('00000001427564310000', 64),
      'docs/img/Thumbs.db': binary('d0cf11e0a1b11ae1', 512),
      'dist/app.js': 'console.log(1);\n',
    },
    'everything',
  );
  const { report } = scan([repo.dir]);
  assert.deepEqual(ids(report.findings), [
    'hygiene.binary-artefact bin/server',
    'hygiene.binary-artefact build/Main.class',
    'hygiene.binary-artefact db/app.sqlite',
    'hygiene.binary-artefact lib/plugin.jar',
    'hygiene.binary-artefact tools/setup.exe',
    'hygiene.dependency-folder app/web/node_modules/',
    'hygiene.dependency-folder node_modules/',
    'hygiene.dependency-folder src/__pycache__/',
    'hygiene.os-junk .DS_Store',
    'hygiene.os-junk docs/img/Thumbs.db',
  ]);
  const byPath = new Map(report.findings.map((f) => [f.path, f]));
  assert.equal(byPath.get('bin/server')!.snippet, 'ELF executable, 4.0 KiB');
  assert.equal(byPath.get('tools/setup.exe')!.snippet, 'by name (*.exe), 21 B');
  assert.equal(byPath.get('node_modules/')!.snippet, '3 files under node_modules/');
  assert.ok(report.findings.every((f) => f.secret === '' && f.inHead === true));
  assert.equal(report.health.binaryOutsideLfs.count, 11);
});

test('Kubernetes Secrets: one finding per key of the Secret in a multi-document file; SOPS and SealedSecret give nothing', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const b64 = (text: string): string => Buffer.from(text).toString('base64');
  const password = b64(fake('{random:20}'));
  const user = b64('deploy-user');
  repo.commit(
    {
      'k8s/app.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: app}',
        'data:',
        `  SETTINGS: ${b64(fake('{random:30}'))}`,
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: app}',
        'type: Opaque',
        'data:',
        `  username: ${user}`,
        `  password: ${password}`,
        '',
      ].join('\n'),
      'k8s/sealed.yaml': `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db}\nspec:\n  encryptedData:\n    password: ${fake('{base64:200}')}\n`,
      'k8s/secret.sops.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata:\n  password: ENC[AES256_GCM,data:${fake('{base64:24}')},iv:${fake('{base64:43}')}=,tag:${fake('{base64:22}')}==,type:str]\nsops:\n  lastmodified: "2024-01-01T00:00:00Z"\n  mac: ENC[AES256_GCM,data:${fake('{base64:64}')},type:str]\n  version: 3.8.1\n`,
    },
    'manifests',
  );
  const { report } = scan([repo.dir, '--no-redact']);
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.line, f.secret]),
    [
      ['kubernetes.secret', 'k8s/app.yaml', 12, user],
      ['kubernetes.secret', 'k8s/app.yaml', 13, password],
    ],
  );
});

test('a value hit by a provider rule and a credential rule is one finding of the provider rule; generic loses to credential', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  const password = fake('{random:24}');
  repo.commit(
    {
      '.env': `GITHUB_TOKEN=${token}\nDB_PASSWORD="${password}"\n`,
      'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  token: ${token}\n  password: "${password}"\n`,
    },
    'add',
  );
  const { report } = scan([repo.dir, '--no-redact']);
  assert.deepEqual(
    report.findings.map((f) => [f.ruleId, f.path, f.secret]),
    [
      ['github.pat', '.env', token],
      ['dotenv.credential', '.env', password],
      ['github.pat', 'k8s/secret.yaml', token],
      ['kubernetes.secret', 'k8s/secret.yaml', password],
    ],
  );
});

test('credential files: reported by name unless a content rule already reports the file; Terraform state always', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit(
    {
      'keys/id_rsa': `not a key, but a token: ${githubToken()}\n`,
      'keys/id_ed25519': 'openssh-key-v1 test content\n',
      'keys/id_ed25519.pub': 'ssh-ed25519 AAAA test\n',
      'infra/prod.tfstate': `{"outputs": {"token": {"value": "${githubToken()}"}}}\n`,
      'infra/prod.tfstate.backup': '{"version": 4}\n',
      '.pgpass': `db:5432:app:app:${fake('{random:16}')}\n`,
      'certs/server.p12': binary('3082', 1200),
    },
    'credentials',
  );
  const { report } = scan([repo.dir]);
  assert.deepEqual(ids(report.findings), [
    'github.pat infra/prod.tfstate',
    'github.pat keys/id_rsa',
    'java.keystore certs/server.p12',
    'pgpass.file .pgpass',
    'ssh.private-key-file keys/id_ed25519',
    'terraform.state infra/prod.tfstate',
    'terraform.state infra/prod.tfstate.backup',
  ]);
  const state = report.findings.find((f) => f.ruleId === 'terraform.state' && f.path === 'infra/prod.tfstate')!;
  assert.equal(state.kind, 'credential');
  assert.equal(state.secret, '');
  assert.match(state.snippet, /^committed, \d+ B$/, 'the size is known for blobs first seen at a file rule path');
});

test('encrypted files are not flagged: git-crypt, ansible-vault, age, PGP', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const gitCrypt = (size: number): Buffer => Buffer.concat([Buffer.from('\0GITCRYPT\0', 'latin1'), randomBytes(size)]);
  repo.commit(
    {
      '.env': gitCrypt(200),
      'deploy/id_rsa': gitCrypt(2000),
      'infra/prod.tfstate': gitCrypt(500),
      'group_vars/all/vault.yml': `$ANSIBLE_VAULT;1.1;AES256\n${fake('{hex:64}')}\n${fake('{hex:64}')}\n`,
      'k8s/secret.yaml.age': `-----BEGIN AGE ENCRYPTED FILE-----\n${fake('{base64:64}')}\n-----END AGE ENCRYPTED FILE-----\n`,
      'secrets/.env.production.asc': `-----BEGIN PGP MESSAGE-----\n\n${fake('{base64:64}')}\n-----END PGP MESSAGE-----\n`,
      '.pgpass': `-----BEGIN PGP MESSAGE-----\n\n${fake('{base64:64}')}\n-----END PGP MESSAGE-----\n`,
    },
    'encrypted',
  );
  const { code, report } = scan([repo.dir]);
  assert.deepEqual(ids(report.findings), []);
  assert.equal(code, 0);
});

test('--health prints the size table; the exit code follows the findings; JSON always carries the figures', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit({ 'a.txt': 'small\n', 'b/big.txt': Buffer.alloc(600 * 1024, 'z'), 'c.png': binary('89504e47', 3000) }, 'add');
  const text = runCli(['scan', repo.dir, '--health', '--no-progress']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Repository health\n {2}blobs +3 +603 KiB\n {2}binary outside LFS +1 +2\.9 KiB\n {2}LFS pointers +0\n/);
  assert.match(text.stdout, /largest blobs\n +600 KiB {2}b\/big\.txt {2}[0-9a-f]{12}\n/);
  const quiet = runCli(['scan', repo.dir, '--health', '-q']);
  assert.match(quiet.stdout, /Repository health/, '--health prints even with --quiet');
  const { report } = scan([repo.dir, '--health']);
  assert.equal(report.health.blobs, 3);
  assert.deepEqual(report.health.largest.map((b) => [b.path, b.inHead]), [['b/big.txt', true], ['c.png', true], ['a.txt', true]]);
  assert.deepEqual(report.health.binaryOutsideLfs, { count: 1, bytes: 3000 });
  const plain = scan([repo.dir]).report;
  assert.equal(plain.health.largest[0]!.path, 'b/big.txt');
  assert.equal(plain.health.largest[0]!.inHead, undefined, 'HEAD is listed only with --health');
});

test('directory and standard-input scans get file rules too; hostile names and content never break them', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.write('node_modules/we ird\nname/index.js', 'x\n');
  repo.write('.env', Buffer.concat([Buffer.from([0, 0xff, 0xfe]), Buffer.from(`DB_PASSWORD=${fake('{random:20}')}\n`)]));
  repo.write('k8s/broken.yaml', 'kind: Secret\ndata: [\n  password: {{\n');
  repo.write('.gitattributes', Buffer.from('"unterminated\n*.bin filter=lfs\n[attr]\n\xff\xfe \n', 'latin1'));
  repo.write('deep.bin', Buffer.alloc(2 * MiB, 1));
  repo.write('id_rsa', '');
  const { report } = scan(['--no-git', repo.dir]);
  assert.deepEqual(ids(report.findings), ['hygiene.dependency-folder node_modules/']);
  assert.ok(report.findings.every((f) => f.inHead === undefined && f.commit === null));
  const stdin = scan(['-', '--stdin-name', 'release/app.exe'], 'MZ but a text file');
  assert.deepEqual(ids(stdin.report.findings), ['hygiene.binary-artefact release/app.exe']);
});

test('path-scoped rules: a blob first seen at an unrelated path is read again when it also sits at a .env path', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const password = fake('{random:20}');
  const content = `DB_PASSWORD=${password}\n`;
  // The filler uses up the in-process budget, so that with workers the rest goes through the worker threads.
  const filler = Buffer.alloc(5 * MiB, 'x\n');
  repo.commit({ '0/filler.txt': filler, 'a/settings.txt': content, 'b/.env': content, 'c/notes.txt': `DB_PASSWORD=${fake('{random:20}')}\n` }, 'same content twice');
  for (const args of [[repo.dir, '--workers', '0'], ['--no-git', repo.dir], [repo.dir, '--workers', '2']]) {
    const { report } = scan([...args, '--no-redact']);
    assert.deepEqual(
      report.findings.filter((f) => f.kind !== 'hygiene').map((f) => [f.ruleId, f.path, f.secret]),
      [['dotenv.credential', 'b/.env', password]],
      args.join(' '),
    );
  }
});

test('the config file sets large-blob warning sizes; a single --size-limit size keeps the error size', (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  repo.commit(
    {
      '.leakgate.yaml': 'hygiene:\n  maxBlobSize: 3MiB\n  paths:\n    - glob: "data/**"\n      maxBlobSize: 100k\n',
      'data/small.csv': Buffer.alloc(200 * 1024, 'a\n'),
      'big/two.bin': binary('0000', 2 * MiB),
      'big/eleven.bin': binary('0000', 11 * MiB),
    },
    'add',
  );
  const sev = (report: Report): string[] => report.findings.filter((f) => f.ruleId === 'hygiene.large-blob').map((f) => `${f.path} ${f.severity}`);
  assert.deepEqual(sev(scan([repo.dir]).report), ['big/eleven.bin high', 'data/small.csv info']);
  assert.deepEqual(sev(scan([repo.dir, '--size-limit', 'big/**=1MiB']).report), ['big/eleven.bin high', 'big/two.bin info', 'data/small.csv info']);
  assert.deepEqual(sev(scan([repo.dir, '--size-limit', 'big/**=off']).report), ['data/small.csv info']);
});
