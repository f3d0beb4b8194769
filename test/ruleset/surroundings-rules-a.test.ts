// The infrastructure and DevOps rules (rules/secrets-infra.yaml, rules/secrets-devops.yaml) and the checksummed
// formats, found where people leave them: shell profiles, CI workflows, compose files, registry client files,
// manifests that hold several providers' tokens at once. Every token is generated at run time; each scenario is
// scanned by the real detector with every built-in rule in effect, and the findings of these packs must be
// exactly the expected ones, at the expected line and column. Quiet twins (placeholders, broken checksums,
// lookalikes) must give none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { resolveOverlaps } from '../../src/engine/overlap.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { fake } from '../helpers/secrets.js';

const rules = await loadBuiltinRulesFromYaml();
const byId = new Map(rules.map((r) => [r.id, r]));
const detector = createDetector(rules);

/** Rules whose findings these tests account for: the two packs, and the rules whose checksums they exercise. */
const CHECKED = new Set([
  ...rules.filter((r) => /secrets-(?:infra|devops)\.yaml$/.test(r.source)).map((r) => r.id),
  'gitlab.pat',
  'gitlab.runner-token',
  'atlassian.api-token',
  'bitbucket.access-token',
  'bitbucket.app-password',
  'grafana.service-account-token',
  'grafana.cloud-token',
  'pypi.upload-token',
  'sentry.org-token',
  'age.secret-key',
  'onepassword.service-account-token',
  'azure.devops-pat',
  'gcp.api-key',
]);

interface Expected {
  readonly rule: string;
  readonly secret: string;
}

/** Findings of the checked rules, as "rule@line:column=secret", after overlaps resolve as in a real scan. */
function findings(text: string): string[] {
  const { matches } = detector.scan({ id: 'b', bytes: Buffer.from(text, 'utf8') });
  return resolveOverlaps(matches, (id) => byId.get(id))
    .filter((m) => CHECKED.has(m.ruleId))
    .map((m) => `${m.ruleId}@${m.line}:${m.column}=${m.secret}`)
    .sort();
}

/** Where each expected secret is in the text (its first occurrence), in the same form as findings(). */
function locate(text: string, expected: readonly Expected[]): string[] {
  return expected
    .map(({ rule, secret }) => {
      const at = text.indexOf(secret);
      assert.ok(at >= 0, `${rule}: ${secret} is not in the text`);
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      const column = at - (before.lastIndexOf('\n') + 1) + 1;
      return `${rule}@${line}:${column}=${secret}`;
    })
    .sort();
}

function expectFindings(text: string, expected: readonly Expected[]): void {
  assert.deepEqual(findings(text), locate(text, expected));
}

test('a shell profile with the keys of several clouds', () => {
  const t = {
    tencentId: fake('AKID{alnum:32}'),
    tencentKey: fake('{alnum:32}'),
    huaweiSk: fake('{alnum:40}'),
    ibm: fake('{base64url:44}'),
    scwAccess: fake('SCW{uppernum:17}'),
    scwSecret: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    linode: fake('{hex:64}'),
    vultr: fake('{uppernum:36}'),
    hcloud: fake('{alnum:64}'),
    ovh: fake('{alnum:32}'),
    yandex: fake('AQVN{base64url:36}'),
    b2: fake('K005{base64:27}'),
  };
  const text = [
    '# ~/.bashrc',
    'export PATH="$HOME/bin:$PATH"',
    `export TENCENTCLOUD_SECRET_ID=${t.tencentId}`,
    `export TENCENTCLOUD_SECRET_KEY=${t.tencentKey}`,
    `export HUAWEICLOUD_SDK_SK="${t.huaweiSk}"`,
    `export IC_API_KEY=${t.ibm}`,
    `export SCW_ACCESS_KEY=${t.scwAccess}`,
    `export SCW_SECRET_KEY=${t.scwSecret}`,
    `export LINODE_TOKEN=${t.linode}`,
    `export VULTR_API_KEY=${t.vultr}`,
    `  export HCLOUD_TOKEN='${t.hcloud}'`,
    `export OVH_CONSUMER_KEY=${t.ovh}`,
    `alias yc-curl='curl -H "Authorization: Api-Key ${t.yandex}"'`,
    `export B2_APPLICATION_KEY=${t.b2}`,
    'export EDITOR=vim',
    '',
  ].join('\n');
  expectFindings(text, [
    { rule: 'tencent.secret-id', secret: t.tencentId },
    { rule: 'tencent.secret-key', secret: t.tencentKey },
    { rule: 'huawei.secret-access-key', secret: t.huaweiSk },
    { rule: 'ibm.cloud-api-key', secret: t.ibm },
    { rule: 'scaleway.access-key', secret: t.scwAccess },
    { rule: 'scaleway.secret-key', secret: t.scwSecret },
    { rule: 'linode.pat', secret: t.linode },
    { rule: 'vultr.api-key', secret: t.vultr },
    { rule: 'hetzner.cloud-token', secret: t.hcloud },
    { rule: 'ovh.application-secret', secret: t.ovh },
    { rule: 'yandex.api-key', secret: t.yandex },
    { rule: 'backblaze.application-key', secret: t.b2 },
  ]);
  // The same profile with Windows line endings: the same findings on the same lines and columns.
  const crlf = text.replace(/\n/g, '\r\n');
  assert.deepEqual(findings(crlf), findings(text));
});

test('AWS, Google and Azure formats in a deploy script and a tfvars file', () => {
  const bedrock = fake('{bedrock:long}');
  const shortTerm = fake('{bedrock:short}');
  const appsync = fake('da2-{lowernum:26}');
  const signature = fake('{hex:64}');
  const ya29 = fake('ya29.a0{base64url:150}');
  const refresh = fake('1//0g{base64url:100}');
  const azureAi = fake('{cask:ACOG}');
  const webPubSub = fake('{cask:AWPS}');
  const text = `#!/bin/sh
set -eu
export AWS_BEARER_TOKEN_BEDROCK=${bedrock}
curl -s "https://acme-backups.s3.amazonaws.com/db.sql.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${fake('{upper:16}')}%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}" -o db.sql.gz
# terraform.tfvars
appsync_api_key   = "${appsync}"
bedrock_session   = "${shortTerm}"
google_token      = "${ya29}"
google_refresh    = "${refresh}"
azure_openai_key  = "${azureAi}"
pubsub_connection = "Endpoint=https://acme.webpubsub.azure.com;AccessKey=${webPubSub};Version=1.0;"
`;
  expectFindings(text, [
    { rule: 'aws.bedrock-api-key', secret: bedrock },
    { rule: 'aws.presigned-url', secret: signature },
    { rule: 'aws.appsync-api-key', secret: appsync },
    { rule: 'aws.bedrock-short-term-key', secret: shortTerm },
    { rule: 'gcp.oauth-access-token', secret: ya29 },
    { rule: 'gcp.oauth-refresh-token', secret: refresh },
    { rule: 'azure.ai-services-key', secret: azureAi },
    { rule: 'azure.cask-key', secret: webPubSub },
  ]);
});

test('a GitHub Actions workflow that deploys to several hosting platforms', () => {
  const t = {
    vercel: fake('vcp_{crc32:50}'),
    render: fake('rnd_{alnum:32}'),
    netlify: fake('nfo_{alnum:40}'),
    railway: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    ngrok: fake('2{alnum:26}_{alnum:21}'),
    tunnel: fake('{b64json:cftunnel}'),
    deno: fake('ddp_{alnum:36}'),
    harness: fake('pat.{base64url:22}.{hex:24}.{alnum:20}'),
  };
  const text = `name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VERCEL_TOKEN: ${t.vercel}
      RENDER_API_KEY: "${t.render}"
      NETLIFY_AUTH_TOKEN: ${t.netlify}
      RAILWAY_TOKEN: ${t.railway}
      HARNESS_PLATFORM_API_KEY: ${t.harness}
    steps:
      - uses: actions/checkout@v4
      - run: ngrok config add-authtoken ${t.ngrok}
      - run: cloudflared tunnel run --token ${t.tunnel}
      - run: deployctl deploy --project=acme --token=${t.deno} main.ts
`;
  expectFindings(text, [
    { rule: 'vercel.token', secret: t.vercel },
    { rule: 'render.api-key', secret: t.render },
    { rule: 'netlify.oauth-token', secret: t.netlify },
    { rule: 'railway.token', secret: t.railway },
    { rule: 'harness.token', secret: t.harness },
    { rule: 'ngrok.authtoken', secret: t.ngrok },
    { rule: 'cloudflare.tunnel-token', secret: t.tunnel },
    { rule: 'deno.deploy-token', secret: t.deno },
  ]);
});

test('a compose file and client configs of databases and data platforms', () => {
  const t = {
    neon: fake('napi_{lowernum:64}'),
    upstash: fake('AX{base64url:60}'),
    qstash: fake('{b64json:qstash}'),
    cockroach: fake('CCDB1_{alnum:22}_{alnum:40}'),
    atlas: fake('mdb_sa_sk_{alnum:40}'),
    databricks: fake('dose{hex:32}'),
    astra: fake('AstraCS:{alpha:24}:{hex:64}'),
    influx: fake('{base64url:86}=='),
    dbt: fake('dbtc_{base64url:56}'),
    confluent: fake('{base64:64}'),
  };
  const text = `services:
  api:
    image: acme/api:1.4
    environment:
      NEON_API_KEY: ${t.neon}
      UPSTASH_REDIS_REST_TOKEN: ${t.upstash}
      QSTASH_TOKEN: ${t.qstash}
      COCKROACH_API_KEY: ${t.cockroach}
      ATLAS_CLIENT_SECRET: ${t.atlas}
      DATABRICKS_CLIENT_SECRET: ${t.databricks}
      ASTRA_DB_APPLICATION_TOKEN: ${t.astra}
      INFLUXDB_TOKEN: ${t.influx}
      DBT_CLOUD_API_TOKEN: ${t.dbt}
---
# client.properties
bootstrap.servers=pkc-${fake('{lowernum:5}')}.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${fake('{uppernum:16}')}' password='${t.confluent}';
`;
  expectFindings(text, [
    { rule: 'neon.api-key', secret: t.neon },
    { rule: 'upstash.redis-rest-token', secret: t.upstash },
    { rule: 'upstash.qstash-token', secret: t.qstash },
    { rule: 'cockroachdb.cloud-api-key', secret: t.cockroach },
    { rule: 'mongodb.atlas-service-account-secret', secret: t.atlas },
    { rule: 'databricks.oauth-secret', secret: t.databricks },
    { rule: 'datastax.astra-token', secret: t.astra },
    { rule: 'influxdb.token', secret: t.influx },
    { rule: 'dbt.cloud-token', secret: t.dbt },
    { rule: 'confluent.api-secret', secret: t.confluent },
  ]);
});

test('secret-manager and cluster bootstrap credentials in an .env and a provisioning script', () => {
  const t = {
    hcp: fake('{base64url:64}'),
    infisical: fake('st.{hex:24}.{hex:32}.{hex:32}'),
    opSecret: fake('A3-{uppernum:6}-{uppernum:6}-{uppernum:5}-{uppernum:5}-{uppernum:5}-{uppernum:5}'),
    bws: fake('0.{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}.{alnum:30}:{base64:22}=='),
    swarm: fake('SWMTKN-1-{lowernum:50}-{lowernum:25}'),
    kubeadm: fake('{lowernum:6}.{lowernum:16}'),
    k3s: fake('K10{hex:64}::server:{hex:32}'),
    proxmox: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    consul: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
  };
  const text = `HCP_CLIENT_SECRET=${t.hcp}
INFISICAL_TOKEN=${t.infisical}
# 1Password emergency kit, copied by mistake
Secret Key: ${t.opSecret}
BWS_ACCESS_TOKEN=${t.bws}
CONSUL_HTTP_TOKEN=${t.consul}
#!/bin/bash
docker swarm join --token ${t.swarm} 10.0.0.10:2377
kubeadm join 10.0.0.10:6443 --token ${t.kubeadm} --discovery-token-ca-cert-hash sha256:${fake('{hex:64}')}
curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.10:6443 K3S_TOKEN=${t.k3s} sh -
curl -H "Authorization: PVEAPIToken=terraform@pve!provider=${t.proxmox}" https://pve.acme.lan:8006/api2/json/nodes
`;
  expectFindings(text, [
    { rule: 'hcp.client-secret', secret: t.hcp },
    { rule: 'infisical.service-token', secret: t.infisical },
    { rule: 'onepassword.secret-key', secret: t.opSecret },
    { rule: 'bitwarden.access-token', secret: t.bws },
    { rule: 'consul.acl-token', secret: t.consul },
    { rule: 'docker.swarm-join-token', secret: t.swarm },
    { rule: 'kubernetes.bootstrap-token', secret: t.kubeadm },
    { rule: 'k3s.token', secret: t.k3s },
    { rule: 'proxmox.api-token', secret: t.proxmox },
  ]);
});

test('code-host tokens in a .gitlab-ci.yml, a git remote and a runner configuration', () => {
  const t = {
    routable: fake('glpat-{gitlab:1}'),
    runner: fake('glrt-t1_{gitlab:0}'),
    registered: fake('glrtr-{base64url:20}'),
    legacyGithub: fake('{hex:40}'),
    gitea: fake('{hex:40}'),
    sourcegraph: fake('sgp_{hex:16}_{hex:40}'),
    ado: fake('{lower:52}'),
    atlassian: fake('ATATT3xFfGF0{base64url:180}={crc32hex:8}'),
    bitbucket: fake('ATBB{alnum:24}{crc32hex:8}'),
    runnerReg: fake('{uppernum:29}'),
  };
  const text = `variables:
  GITLAB_TOKEN: "${t.routable}"
  GITHUB_TOKEN: ${t.legacyGithub}
  GITEA_TOKEN: ${t.gitea}
  SRC_ACCESS_TOKEN: ${t.sourcegraph}
  AZURE_DEVOPS_EXT_PAT: ${t.ado}
  JIRA_API_TOKEN: ${t.atlassian}
  BITBUCKET_APP_PASSWORD: ${t.bitbucket}
# /etc/gitlab-runner/config.toml
[[runners]]
  url = "https://gitlab.acme.dev"
  token = "${t.runner}"
[[runners]]
  token = "${t.registered}"
# actions runner
./config.sh --url https://github.com/acme/app --token ${t.runnerReg} --unattended
`;
  expectFindings(text, [
    { rule: 'gitlab.pat', secret: t.routable },
    { rule: 'github.legacy-token', secret: t.legacyGithub },
    { rule: 'gitea.access-token', secret: t.gitea },
    { rule: 'sourcegraph.access-token', secret: t.sourcegraph },
    { rule: 'azure.devops-pat-legacy', secret: t.ado },
    { rule: 'atlassian.api-token', secret: t.atlassian },
    { rule: 'bitbucket.app-password', secret: t.bitbucket },
    { rule: 'gitlab.runner-token', secret: t.runner },
    { rule: 'gitlab.runner-token-registered', secret: t.registered },
    { rule: 'github.runner-registration-token', secret: t.runnerReg },
  ]);
});

test('package registry client files: cargo, composer, NuGet, pypirc, npmrc with a JFrog token', () => {
  const t = {
    crates: fake('cio{alnum:32}'),
    composer: fake('{hex:40}'),
    packagist: fake('packagist_ort_{hex:68}'),
    nuget: fake('{base64url:32}'),
    pypi: fake('pypi-{pypi:pypi.org}'),
    jfrog: fake('{jfrogref:27}'),
    akcp: fake('AKCp{alnum:69}'),
  };
  const text = `# ~/.cargo/credentials.toml
[registry]
token = "${t.crates}"
# auth.json
{"github-oauth": {"github.com": "${t.composer}"}, "http-basic": {"repo.packagist.com": {"username": "token", "password": "${t.packagist}"}}}
<!-- NuGet.config -->
<packageSourceCredentials>
  <acme>
    <add key="Username" value="ci" />
    <add key="ClearTextPassword" value="${t.nuget}" />
  </acme>
</packageSourceCredentials>
; ~/.pypirc
[pypi]
username = __token__
password = ${t.pypi}
# .npmrc
//acme.jfrog.io/artifactory/api/npm/npm/:_password=${t.jfrog}
X-JFrog-Art-Api: ${t.akcp}
`;
  expectFindings(text, [
    { rule: 'crates.api-token', secret: t.crates },
    { rule: 'composer.github-oauth-token', secret: t.composer },
    { rule: 'packagist.token', secret: t.packagist },
    { rule: 'nuget.config-password', secret: t.nuget },
    { rule: 'pypi.upload-token', secret: t.pypi },
    { rule: 'jfrog.reference-token', secret: t.jfrog },
    { rule: 'jfrog.api-key', secret: t.akcp },
  ]);
});

test('a Jenkinsfile and CI settings with build-tool tokens', () => {
  const t = {
    octopus: fake('API-{uppernum:28}'),
    sonar: fake('{hex:40}'),
    teamcity: fake('eyJ0eXAiOiAiVENWMiJ9.{base64url:36}.{base64url:60}'),
    chromatic: fake('chpt_{hex:15}'),
    codecov: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    cypress: fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    prefect: fake('pnu_{crc32:30}'),
    grafana: fake('glsa_{alnum:32}_{crc32lehex:8}'),
    circle: fake('CCIPRJ_{alnum:22}_{hex:40}'),
  };
  const text = `pipeline {
  agent any
  environment {
    OCTOPUS_API_KEY = '${t.octopus}'
    SONAR_TOKEN = '${t.sonar}'
    TEAMCITY_TOKEN = '${t.teamcity}'
    CHROMATIC_PROJECT_TOKEN = '${t.chromatic}'
    CODECOV_TOKEN = '${t.codecov}'
    PREFECT_API_KEY = '${t.prefect}'
    GRAFANA_TOKEN = '${t.grafana}'
    CIRCLECI_TOKEN = '${t.circle}'
  }
  stages {
    stage('e2e') { steps { sh 'npx cypress run --record --key ${t.cypress}' } }
    stage('deploy') { steps { sh 'octo create-release --server https://octopus.acme.dev --project web' } }
  }
}
`;
  expectFindings(text, [
    { rule: 'octopus.api-key', secret: t.octopus },
    { rule: 'sonar.legacy-token', secret: t.sonar },
    { rule: 'teamcity.access-token', secret: t.teamcity },
    { rule: 'chromatic.project-token', secret: t.chromatic },
    { rule: 'codecov.token', secret: t.codecov },
    { rule: 'prefect.api-key', secret: t.prefect },
    { rule: 'grafana.service-account-token', secret: t.grafana },
    { rule: 'circleci.project-token', secret: t.circle },
    { rule: 'cypress.record-key', secret: t.cypress },
  ]);
});

test('a base64-encoded JWT in a ConfigMap, and the encoded JSON tokens', () => {
  const encoded = fake('{b64jwt:20}');
  const grafanaCloud = fake('glc_{b64json:grafana}');
  const sentry = fake('sntrys_{b64json:sentry}_{base64:43}');
  const age = fake('AGE-SECRET-KEY-1{bech32:58}');
  const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: api-config
data:
  upstream_token: ${encoded}
  grafana: "${grafanaCloud}"
  sentry: "${sentry}"
  sops_age_key: ${age}
`;
  expectFindings(text, [
    { rule: 'jwt.base64-token', secret: encoded },
    { rule: 'grafana.cloud-token', secret: grafanaCloud },
    { rule: 'sentry.org-token', secret: sentry },
    { rule: 'age.secret-key', secret: age },
  ]);
});

test('quiet twins: placeholders, templates, broken checksums and lookalikes give no finding', () => {
  const flip = (token: string, at: number): string => token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
  const text = [
    'GOOGLE_API_KEY=AIzaSyabcdefghijklmnopqrstuvwxyz0123456',
    'apiKey: "AIzaSyQwErTyUiOpAsDfGhJkLzXcVbNm1234567"',
    'SUPABASE_ACCESS_TOKEN=sbp_abcdef1234567890abcdef1234567890abcd',
    `VERCEL_TOKEN=vcp_${fake('{alnum:56}')}`,
    `GITLAB_TOKEN=${flip(fake('glpat-{gitlab:1}'), 10)}`,
    `JIRA_API_TOKEN=ATATT3xFfGF0${fake('{base64url:180}')}=${fake('{HEX:8}')}`,
    `GRAFANA_TOKEN=glsa_${fake('{alnum:32}')}_${fake('{hex:8}')}`,
    `AZURE_OPENAI_API_KEY=${fake('{alnum:52}')}JQQJ99BGAC${fake('{alnum:14}')}ACOG${fake('{alnum:4}')}`,
    `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${fake('{base64url:150}')}`,
    `PREFECT_API_KEY=pnu_${fake('{alnum:36}')}`,
    `AWS_BEARER_TOKEN_BEDROCK=ABSK${fake('{base64:120}')}`,
    `JFROG_TOKEN=cmVmdGtu${fake('{base64:56}')}`,
    `token: ZXlK${fake('{base64:120}')}`,
    `SOPS_AGE_KEY=AGE-SECRET-KEY-1${fake('{uppernum:58}')}`,
    'HCLOUD_TOKEN=${HCLOUD_TOKEN}',
    'TENCENTCLOUD_SECRET_KEY=${{ secrets.TENCENT_KEY }}',
    'RAILWAY_PROJECT_ID=' + fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'),
    'kubeadm join 10.0.0.10:6443 --token <token> --discovery-token-ca-cert-hash sha256:' + fake('{hex:64}'),
    'docker login -u="acme+ci" -p="$QUAY_TOKEN" quay.io',
    'NEON_API_KEY=napi_your_neon_api_key',
    '',
  ].join('\n');
  assert.deepEqual(findings(text), []);
});

test('hostile input: a very long line, NUL bytes and invalid UTF-8 around real tokens', () => {
  const vercel = fake('vck_{crc32:50}');
  const neon = fake('napi_{lowernum:64}');
  const long = 'x'.repeat(200_000);
  const text = `${long} AI_GATEWAY_API_KEY=${vercel}\n\u0000\u0000NEON_API_KEY=${neon}\n`;
  expectFindings(text, [
    { rule: 'vercel.token', secret: vercel },
    { rule: 'neon.api-key', secret: neon },
  ]);
  // A blob of base64-looking noise with the JWT keyword sprinkled through it: no finding, and it returns.
  const noise = Array.from({ length: 2000 }, () => `ZXlK${fake('{base64:70}')}`).join(' ');
  const started = Date.now();
  assert.deepEqual(findings(noise), []);
  assert.ok(Date.now() - started < 10_000);
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(` CCDB1_${fake('{alnum:22}_{alnum:40}')}\n`)]);
  const { matches } = detector.scan({ id: 'b', bytes });
  assert.deepEqual(matches.filter((m) => m.ruleId === 'cockroachdb.cloud-api-key').length, 1);
});
