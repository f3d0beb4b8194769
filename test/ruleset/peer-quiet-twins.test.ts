// Quiet twins of the other scanners' false positives. bench/peer-diff.ts compared gitleaks 8.30, betterleaks 1.2 and
// TruffleHog 3.90 with leakgate on the express, rails and git/git histories (docs/performance.md has the table); the
// findings only a peer reported were read one by one, and these are the shapes that were not credentials: values
// that sit next to a credential word (an AES-GCM tag, an MD5 of a key, a storage object key, an app signing-key hash),
// references to a secret store, documentation URLs and truncated examples, commit ids next to "github", and base64
// payloads that contain a token prefix by chance. Each is generated here (never copied from those histories) and
// scanned through the CLI with every built-in rule; leakgate must stay quiet on all of them, while the one real
// token committed beside them is found (so the scan did read the files).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CLI, scanJson } from '../helpers/cli.js';
import { createRepo } from '../helpers/repo.js';
import { fake, githubToken } from '../helpers/secrets.js';

const uuid = (): string => fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}');

/** A base64 body of 60-character lines (a mail attachment, a stored file), one line starting with a token prefix. */
function base64Body(prefix: string): string {
  const lines = Array.from({ length: 12 }, () => fake('{base64:60}').replace(/=/g, 'A'));
  lines[6] = prefix + lines[6]!.slice(prefix.length);
  return lines.join('\r\n') + '\r\n';
}

/** path -> content: one file per shape a peer reported. */
function twins(): Record<string, string> {
  const tag = fake('{base64:22}');
  const percent = (text: string): string => encodeURIComponent(text);
  return {
    // gitleaks (decoded): an encrypted cookie's AES-GCM authentication tag, percent-encoded JSON in a test.
    'test/res.cookie.js': `.expect('Set-Cookie', 'name=${percent(JSON.stringify({ encryptedText: fake('{base64:8}'), iv: fake('{base64:22}') + '==', authTag: tag + '==' }))}; Path=/')\n`,
    // TruffleHog (Dockerhub): a Jenkins credentials ID is the name of a secret in Jenkins' store, not the secret.
    Jenkinsfile: `pipeline {\n  environment {\n\tDOCKER_PASSWORD=credentials('${uuid()}')\n  }\n  stages { stage('push') { steps { sh 'echo $DOCKER_PASSWORD | docker login -u someone --password-stdin' } } }\n}\n`,
    // TruffleHog (URI): user:password URLs in API documentation and tests, at documentation hosts.
    'lib/request.js': `/**\n * Return basic auth credentials.\n *\n *    // http://${fake('{lower:4}')}:${fake('{lower:5}')}@example.com\n *    req.auth\n */\n`,
    'test/url_test.rb': `assert_equal 'http://bob:secret@www.example.com', url_for(user: 'bob', password: 'secret')\nassert_respond_to URI("ftp://user:pass@host.com/abc/def"), :add_params\n`,
    // gitleaks (generic-api-key): Active Storage object keys in a development log.
    'demo/log/development.log': Array.from({ length: 3 }, () => `  Storage (0.4ms)  Uploaded file to key: ${fake('{lowernum:28}')} (checksum: ${fake('{base64:22}')}==)\n`).join(''),
    // gitleaks: the MD5 of an S3 customer key, and an Android app's signing-key hash as a WebAuthn origin.
    'test/service/s3_service_test.rb': `assert_equal "AES256", response.sse_customer_algorithm\nsse_customer_key_md5: "${fake('{hex:32}')}"\n`,
    'test/webauthn/assertion_response_test.rb': `native_origin = "android:apk-key-hash:${fake('{base64url:43}')}"\n`,
    // gitleaks: truncated values in a security guide.
    'guides/source/security.md': `YourApp::Application.config.secret_key_base = '${fake('{hex:25}')}...'\n`,
    // TruffleHog (Github): commit ids pinned next to "github".
    Gemfile: `gem "net-smtp", github: "ruby/net-smtp", ref: "${fake('{hex:40}')}", require: false\n`,
    'tools/preview_docs.rb': `#   export GITHUB_SHA="${fake('{hex:40}')}"\n`,
    // gitleaks (square-access-token) and TruffleHog (Box): base64 attachment lines that start with a token prefix.
    'demo/emails_received/message.eml': `Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Body('EAAA')}`,
    // gitleaks (generic-api-key): `git config` output in a test; TruffleHog (Gitlab, Github): mail ids and patch
    // headers that mention gitlab or carry a commit id.
    't/t1300-repo-config.sh': `\tcat >expect <<-\\EOF &&\n\tKey: section.sub=section.val1\n\tKey: section.sub=section.val2\n\tEOF\n`,
    'notes/0e/7b/note': `Message-Id: <${fake('{digits:8}')}-b4-xyz-gitlab-ci-drop-runner-v1-1-${fake('{hex:12}')}@example.test>\n`,
    't/t4013/diff.format-patch_initial..main': `From ${fake('{hex:40}')} Mon Sep 17 00:00:00 2001\nFrom: A U Thor <author@example.com>\n`,
  };
}

test('leakgate stays quiet on the shapes only a peer reported as secrets; a real token beside them is found', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const token = githubToken();
  repo.commit({ ...twins(), 'config/ci.env': `GH_TOKEN=${token}\n` }, 'quiet twins of peer false positives');
  const { report } = scanJson([repo.dir, '--no-cache', '--no-redact']);
  const secrets = report.findings.filter((f) => !f.ruleId.startsWith('hygiene.'));
  assert.deepEqual(
    secrets.filter((f) => f.secret !== token).map((f) => `${f.ruleId} ${f.path}:${f.line} ${f.secret}`),
    [],
    'no finding on a quiet twin',
  );
  assert.ok(secrets.some((f) => f.secret === token && f.path === 'config/ci.env'), 'the real token is found');
});

test('a base64 user:password after a credential key, which only gitleaks reported before decoding, is found with its chain', { skip: existsSync(CLI) ? false : 'dist/cli.cjs is missing: run npm run build first' }, (t) => {
  const repo = createRepo();
  t.after(() => repo.remove());
  const pair = fake('{lower:5}:{lower:6}-{lower:6}');
  const basic = Buffer.from(pair).toString('base64');
  repo.commit({ 't/http-auth.sh': `\tcat >get-expected.cred <<-EOF &&\n\tprotocol=http\n\tcredential=${basic}\n\tEOF\n` }, 'http auth fixture');
  const { report } = scanJson([repo.dir, '--no-cache', '--no-redact']);
  const found = report.findings.filter((f) => f.path === 't/http-auth.sh');
  assert.deepEqual(found.map((f) => [f.line, f.secret, (f as { decoded?: string[] }).decoded]), [[3, pair, ['base64']]]);
});
