// The AI and observability rules (rules/secrets-ai.yaml, rules/secrets-observability.yaml), found where people
// leave them: the .env of an LLM app, a notebook's first cell, an OpenTelemetry collector configuration, an
// Alertmanager configuration, a CI workflow running browser tests, feature-flag SDK setup. Every token is
// generated at run time; each scenario is scanned by the real detector with every built-in rule in effect, and
// the findings of these packs must be exactly the expected ones, at the expected line and column. Quiet twins
// (placeholders, templates, short values, lookalikes) must give none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { resolveOverlaps } from '../../src/engine/overlap.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { fake } from '../helpers/secrets.js';

const rules = await loadBuiltinRulesFromYaml();
const byId = new Map(rules.map((r) => [r.id, r]));
const detector = createDetector(rules);

/** Rules whose findings these tests account for: the two packs. */
const CHECKED = new Set(rules.filter((r) => /secrets-(?:ai|observability)\.yaml$/.test(r.source)).map((r) => r.id));

const uuid = (): string => fake('{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}');

interface Expected {
  readonly rule: string;
  readonly secret: string;
}

/** Findings of the checked rules, as "rule@line:column=secret", after overlaps resolve as in a real scan. */
function findings(text: string | Buffer): string[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const { matches } = detector.scan({ id: 'b', bytes });
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

test('the .env of an LLM application with the keys of many AI providers', () => {
  const t = {
    perplexity: fake('pplx-{alnum:48}'),
    xai: fake('xai-{alnum:80}'),
    openrouter: fake('sk-or-v1-{hex:64}'),
    deepseek: fake('sk-{hex:32}'),
    mistral: fake('{alnum:32}'),
    cohere: fake('{alnum:40}'),
    together: fake('tgp_v1_{base64url:43}'),
    cerebras: fake('csk-{lowernum:48}'),
    nvidia: fake('nvapi-{base64url:64}'),
    pinecone: fake('pcsk_{alnum:6}_{alnum:63}'),
    langfuse: fake(`sk-lf-${uuid()}`),
    tavily: fake('tvly-{alnum:32}'),
    azure: fake('{hex:32}'),
    voyage: fake('pa-{base64url:43}'),
  };
  const text = [
    '# .env for the RAG service',
    'APP_ENV=production',
    `PERPLEXITY_API_KEY=${t.perplexity}`,
    `XAI_API_KEY="${t.xai}"`,
    `OPENROUTER_API_KEY=${t.openrouter}`,
    `DEEPSEEK_API_KEY=${t.deepseek}`,
    `MISTRAL_API_KEY=${t.mistral}`,
    `COHERE_API_KEY=${t.cohere}`,
    `TOGETHER_API_KEY=${t.together}`,
    `CEREBRAS_API_KEY=${t.cerebras}`,
    `NGC_API_KEY=${t.nvidia}`,
    `PINECONE_API_KEY=${t.pinecone}`,
    `PINECONE_INDEX=docs-${fake('{lower:6}')}`,
    `LANGFUSE_PUBLIC_KEY=pk-lf-${uuid()}`,
    `LANGFUSE_SECRET_KEY=${t.langfuse}`,
    `TAVILY_API_KEY=${t.tavily}`,
    `AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/`,
    `AZURE_OPENAI_API_KEY=${t.azure}`,
    `VOYAGE_API_KEY=${t.voyage}`,
    'LOG_LEVEL=info',
    '',
  ].join('\n');
  expectFindings(text, [
    { rule: 'perplexity.api-key', secret: t.perplexity },
    { rule: 'xai.api-key', secret: t.xai },
    { rule: 'openrouter.api-key', secret: t.openrouter },
    { rule: 'deepseek.api-key', secret: t.deepseek },
    { rule: 'mistral.api-key', secret: t.mistral },
    { rule: 'cohere.api-key', secret: t.cohere },
    { rule: 'together.api-key', secret: t.together },
    { rule: 'cerebras.api-key', secret: t.cerebras },
    { rule: 'nvidia.api-key', secret: t.nvidia },
    { rule: 'pinecone.api-key', secret: t.pinecone },
    { rule: 'langfuse.secret-key', secret: t.langfuse },
    { rule: 'tavily.api-key', secret: t.tavily },
    { rule: 'azure.openai-api-key', secret: t.azure },
    { rule: 'voyage.api-key', secret: t.voyage },
  ]);
  // The same file with Windows line endings: the same findings on the same lines and columns.
  assert.deepEqual(findings(text.replace(/\n/g, '\r\n')), findings(text));
});

test('a notebook cell and a client module that pass keys to SDK constructors and headers', () => {
  const t = {
    eleven: fake('sk_{hex:48}'),
    elevenLegacy: fake('{hex:32}'),
    assembly: fake('{hex:32}'),
    wandb: fake('{hex:40}'),
    jina: fake('jina_{hex:32}{base64url:28}'),
    llx: fake('llx-{alnum:48}'),
    modal: fake('as-{alnum:22}'),
    neptune: fake('eyJhcGlfYWRkcmVzcyI6{base64:120}'),
    helicone: fake('sk-helicone-{lowernum:7}-{lowernum:7}-{lowernum:7}-{lowernum:7}'),
  };
  const text = `import os, requests
from elevenlabs.client import ElevenLabs

client = ElevenLabs(api_key="${t.eleven}")
legacy = requests.get("https://api.elevenlabs.io/v1/user", headers={"xi-api-key": "${t.elevenLegacy}"})
os.environ["ASSEMBLYAI_API_KEY"] = "${t.assembly}"
os.environ["WANDB_API_KEY"] = "${t.wandb}"
emb = requests.post("https://api.jina.ai/v1/embeddings", headers={"Authorization": "Bearer ${t.jina}"})
parser = LlamaParse(api_key="${t.llx}")
os.environ["NEPTUNE_API_TOKEN"] = "${t.neptune}"
headers = {"Helicone-Auth": "Bearer ${t.helicone}"}
# ~/.modal.toml
# [default]
# token_id = "ak-${fake('{alnum:22}')}"
# token_secret = "${t.modal}"
`;
  expectFindings(text, [
    { rule: 'elevenlabs.api-key', secret: t.eleven },
    { rule: 'elevenlabs.api-key-legacy', secret: t.elevenLegacy },
    { rule: 'assemblyai.api-key', secret: t.assembly },
    { rule: 'wandb.api-key', secret: t.wandb },
    { rule: 'jina.api-key', secret: t.jina },
    { rule: 'llamacloud.api-key', secret: t.llx },
    { rule: 'neptune.api-token', secret: t.neptune },
    { rule: 'helicone.api-key', secret: t.helicone },
    { rule: 'modal.token-secret', secret: t.modal },
  ]);
});

test('a W&B key in .netrc and vector-database keys in a compose file', () => {
  const t = {
    wandb: fake('{hex:40}'),
    weaviate: fake('{base64:48}'),
    qdrant: fake('{base64url:40}'),
    zilliz: fake('{hex:104}'),
  };
  const text = `machine api.wandb.ai
  login user
  password ${t.wandb}
---
services:
  indexer:
    image: acme/indexer:1.4
    environment:
      WEAVIATE_API_KEY: "${t.weaviate}"
      QDRANT_API_KEY: ${t.qdrant}
      ZILLIZ_API_KEY: ${t.zilliz}
`;
  expectFindings(text, [
    { rule: 'wandb.api-key', secret: t.wandb },
    { rule: 'weaviate.api-key', secret: t.weaviate },
    { rule: 'qdrant.api-key', secret: t.qdrant },
    { rule: 'zilliz.api-key', secret: t.zilliz },
  ]);
});

test('an OpenTelemetry collector configuration exporting to several backends', () => {
  const t = {
    honeycomb: fake('hcaik_{lowernum:58}'),
    sfx: fake('{alnum:22}'),
    hec: uuid(),
    coralogix: fake('cxtp_{alnum:30}'),
    axiom: fake(`xaat-${uuid()}`),
    sumo: fake('{alnum:96}'),
    nreu: fake('eu01xx{hex:30}NRAL'),
  };
  const text = `exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: ${t.honeycomb}
  signalfx:
    access_token: "\${env:SPLUNK_ACCESS_TOKEN}"
    realm: us1
  splunk_hec:
    token: "${t.hec}"
  otlphttp/sumo:
    endpoint: https://endpoint4.collection.us2.sumologic.com/receiver/v1/otlp/${t.sumo}
  coralogix:
    private_key: ${t.coralogix}
  otlphttp/axiom:
    headers:
      authorization: Bearer ${t.axiom}
  otlphttp/newrelic:
    headers:
      api-key: ${t.nreu}
extensions:
  sfx_settings:
    X-SF-Token: ${t.sfx}
`;
  expectFindings(text, [
    { rule: 'honeycomb.ingest-key', secret: t.honeycomb },
    { rule: 'splunk.observability-token', secret: t.sfx },
    { rule: 'sumologic.http-source-url', secret: t.sumo },
    { rule: 'coralogix.api-key', secret: t.coralogix },
    { rule: 'axiom.api-token', secret: t.axiom },
    { rule: 'newrelic.license-key-eu', secret: t.nreu },
  ]);
  // The HEC token sits under a key named only "token": without the provider's name it is not claimed.
  assert.ok(!findings(text).some((f) => f.includes(t.hec)));
});

test('an Alertmanager configuration paging PagerDuty and Opsgenie, and on-call scripts', () => {
  const t = {
    routing: fake('{hex:32}'),
    opsgenie: uuid(),
    genie: uuid(),
    pdToken: fake('u+{alnum:18}'),
    rollbar: fake('{hex:32}'),
    statuspage: fake('{hex:32}'),
  };
  const text = `route:
  receiver: on-call
receivers:
  - name: on-call
    pagerduty_configs:
      - routing_key: ${t.routing}
        severity: critical
    opsgenie_configs:
      - api_key: ${t.opsgenie}
#!/bin/sh
curl -s -H "Authorization: GenieKey ${t.genie}" https://api.opsgenie.com/v2/alerts
curl -s -H "Authorization: Token token=${t.pdToken}" https://api.pagerduty.com/incidents
ROLLBAR_ACCESS_TOKEN=${t.rollbar} rollbar-cli deploy --env production
export STATUSPAGE_API_KEY=${t.statuspage}
`;
  expectFindings(text, [
    { rule: 'pagerduty.integration-key', secret: t.routing },
    { rule: 'opsgenie.api-key', secret: t.opsgenie },
    { rule: 'opsgenie.api-key', secret: t.genie },
    { rule: 'pagerduty.api-key', secret: t.pdToken },
    { rule: 'rollbar.access-token', secret: t.rollbar },
    { rule: 'statuspage.api-key', secret: t.statuspage },
  ]);
});

test('a CI workflow running browser tests, and feature-flag and analytics SDK setup', () => {
  const t = {
    browserstack: fake('{alnum:20}'),
    sauce: uuid(),
    lambdatest: fake('LT_{alnum:47}'),
    checkly: fake('cu_{hex:32}'),
    ldSdk: fake(`sdk-${uuid()}`),
    statsig: fake('secret-{alnum:43}'),
    unleash: fake('default:production.{hex:64}'),
    configcat: fake('configcat-sdk-1/{base64url:22}/{base64url:22}'),
    posthog: fake('phx_{alnum:43}'),
    amplitude: fake('{hex:32}'),
  };
  const text = `name: e2e
on: [pull_request]
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      BROWSERSTACK_USERNAME: acme_ci
      BROWSERSTACK_ACCESS_KEY: ${t.browserstack}
      SAUCE_ACCESS_KEY: ${t.sauce}
      LT_ACCESS_KEY: ${t.lambdatest}
      CHECKLY_API_KEY: ${t.checkly}
    steps:
      - run: npx checkly test
---
// flags.ts
export const ld = LaunchDarkly.init('${t.ldSdk}');
await Statsig.initialize('${t.statsig}');
const unleash = initialize({ url: 'https://unleash.acme.io/api/', unleashApiToken: '${t.unleash}' });
const configcat = getClient('${t.configcat}');
const posthogAdmin = { headers: { Authorization: 'Bearer ${t.posthog}' } };
const AMPLITUDE_SECRET_KEY = '${t.amplitude}';
`;
  expectFindings(text, [
    { rule: 'browserstack.access-key', secret: t.browserstack },
    { rule: 'saucelabs.access-key', secret: t.sauce },
    { rule: 'lambdatest.access-key', secret: t.lambdatest },
    { rule: 'checkly.api-key', secret: t.checkly },
    { rule: 'launchdarkly.sdk-key', secret: t.ldSdk },
    { rule: 'statsig.server-secret', secret: t.statsig },
    { rule: 'unleash.api-token', secret: t.unleash },
    { rule: 'configcat.sdk-key', secret: t.configcat },
    { rule: 'posthog.personal-api-key', secret: t.posthog },
    { rule: 'amplitude.secret-key', secret: t.amplitude },
  ]);
});

test('the settings of a search agent and of a monitoring stack, in TOML and a Kubernetes env list', () => {
  const t = {
    exa: uuid(),
    serper: fake('{hex:40}'),
    serpapi: fake('{hex:64}'),
    deepinfra: fake('{alnum:32}'),
    comet: fake('{alnum:25}'),
    pingdom: fake('{base64url:64}'),
    scout: fake('{alnum:20}'),
    graylog: fake('{lowernum:52}'),
    signoz: fake('{base64url:36}'),
    split: fake('{lowernum:36}'),
    honeycomb: fake('hcqik_{lowernum:58}'),
    management: fake('hcmmk_{lowernum:26}:{lowernum:32}'),
  };
  const text = `[search]
exa_api_key = "${t.exa}"
serper_api_key = "${t.serper}"
serpapi_key = "${t.serpapi}"

[llm]
deepinfra_api_key = "${t.deepinfra}"
comet_api_key = "${t.comet}"
---
env:
  - name: PINGDOM_API_TOKEN
    value: "${t.pingdom}"
  - { name: SCOUT_KEY, value: "${t.scout}" }
  - name: GRAYLOG_URL
    value: https://graylog.acme.io
containers:
  - args: ["--graylog-api-token=${t.graylog}", "--signoz-ingestion-key=${t.signoz}", "--split-sdk-key=${t.split}"]
    env: [{ name: HONEYCOMB_API_KEY, value: "${t.honeycomb}" }, { name: HNY_MGMT, value: "Bearer ${t.management}" }]
`;
  expectFindings(text, [
    { rule: 'exa.api-key', secret: t.exa },
    { rule: 'serper.api-key', secret: t.serper },
    { rule: 'serpapi.api-key', secret: t.serpapi },
    { rule: 'deepinfra.api-key', secret: t.deepinfra },
    { rule: 'comet.api-key', secret: t.comet },
    { rule: 'graylog.api-token', secret: t.graylog },
    { rule: 'signoz.ingestion-key', secret: t.signoz },
    { rule: 'split.api-key', secret: t.split },
    { rule: 'honeycomb.ingest-key', secret: t.honeycomb },
    { rule: 'honeycomb.management-key', secret: t.management },
  ]);
  // A Kubernetes env list puts the name and the value on separate lines: without the provider's name next to the
  // value, the anchored rules do not claim it.
  assert.ok(!findings(text).some((f) => f.includes(t.pingdom) || f.includes(t.scout)));
});

test('an agent runtime: sandbox, browser and GPU keys in a shell script, a fal header and an old LangSmith key', () => {
  const t = {
    e2b: fake('e2b_{hex:40}'),
    fal: fake(`${uuid()}:{hex:32}`),
    browserbase: fake('bb_live_{base64url:27}'),
    runpod: fake('rpa_{uppernum:44}'),
    vast: fake('{hex:64}'),
    langsmith: fake('ls__{hex:32}'),
  };
  const text = `#!/usr/bin/env bash
export E2B_API_KEY=${t.e2b}
export BROWSERBASE_API_KEY="${t.browserbase}"
export RUNPOD_API_KEY=${t.runpod}
export VAST_API_KEY=${t.vast}
export LANGCHAIN_TRACING_V2=true LANGCHAIN_API_KEY=${t.langsmith}
curl -s https://queue.fal.run/fal-ai/flux/dev -H "Authorization: Key ${t.fal}" -d '{"prompt":"a lighthouse"}'
`;
  expectFindings(text, [
    { rule: 'e2b.api-key', secret: t.e2b },
    { rule: 'browserbase.api-key', secret: t.browserbase },
    { rule: 'runpod.api-key', secret: t.runpod },
    { rule: 'vastai.api-key', secret: t.vast },
    { rule: 'langsmith.api-key-legacy', secret: t.langsmith },
    { rule: 'fal.api-key', secret: t.fal },
  ]);
});

test('quiet twins: placeholders, templates, short values and lookalikes give no finding', () => {
  const text = `PERPLEXITY_API_KEY=pplx-your-key-here
XAI_API_KEY=xai-\${XAI_KEY}
OPENROUTER_API_KEY=sk-or-v1-${fake('{hex:20}')}
MISTRAL_API_KEY=\${{ secrets.MISTRAL_API_KEY }}
COHERE_API_KEY=<your cohere key>
PINECONE_API_KEY="{{ .Values.pinecone.apiKey }}"
DEEPSEEK_API_KEY=sk-${fake('{hex:16}')}
AZURE_OPENAI_API_KEY=os.environ["AZURE_OPENAI_API_KEY"]
import "aws-sdk-${fake('{hex:4}-{hex:4}-{hex:4}-{hex:12}')}"
volumes:
  - name: secret-volume-${fake('{lower:30}')}
    console-log-level: debug
routing_key: \${PAGERDUTY_ROUTING_KEY}
x-honeycomb-team: \${HONEYCOMB_API_KEY}
Authorization: Splunk $HEC_TOKEN
LAUNCHDARKLY_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000
UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token
POSTHOG_PROJECT_API_KEY=phc_${fake('{alnum:43}')}
SENTRY_ENVIRONMENT=production
HONEYCOMB_DATASET=api
`;
  assert.deepEqual(findings(text), []);
});

test('hostile input: a very long line, NUL bytes and invalid UTF-8 around real tokens', () => {
  const xai = fake('xai-{alnum:80}');
  const phx = fake('phx_{alnum:43}');
  const long = 'y'.repeat(200_000);
  const text = `${long} XAI_API_KEY=${xai}\n\u0000\u0000POSTHOG_KEY=${phx}\n`;
  expectFindings(text, [
    { rule: 'xai.api-key', secret: xai },
    { rule: 'posthog.personal-api-key', secret: phx },
  ]);
  // Invalid UTF-8 just before a token: the token is still found, exactly once.
  const checkly = fake('cu_{hex:32}');
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(` CHECKLY_API_KEY=${checkly}\n`)]);
  assert.equal(findings(bytes).filter((f) => f.startsWith('checkly.api-key@') && f.endsWith(`=${checkly}`)).length, 1);
  // Many provider names and near-miss values on one line (the anchored rules' bounded gaps): no finding.
  const near = Array.from({ length: 3000 }, (_, i) => `cohere_${i}_mistral_deepgram_key=${fake('{alnum:12}')}`).join(' ');
  assert.deepEqual(findings(near), []);
});
