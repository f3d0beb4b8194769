// The SaaS, commerce, payments, crypto and communication rules (rules/secrets-apps.yaml), found where people leave
// them: a web app's .env, a trading bot's JSON config, a CI workflow, a Rails app's Bundler config and Gemfile, a
// chat-ops YAML with webhooks. Every token is generated at run time; each scenario is scanned by the real detector
// with every built-in rule in effect, and the findings of this pack must be exactly the expected ones, at the
// expected line and column. Quiet twins (placeholders, wrong lengths, other providers' names, near-miss prefixes)
// must give none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { resolveOverlaps } from '../../src/engine/overlap.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { fake } from '../helpers/secrets.js';

const rules = await loadBuiltinRulesFromYaml();
const byId = new Map(rules.map((r) => [r.id, r]));
const detector = createDetector(rules);

/** Rules whose findings these tests account for: the apps pack and the Stripe rules it sits next to. */
const CHECKED = new Set([
  ...rules.filter((r) => /secrets-apps\.yaml$/.test(r.source)).map((r) => r.id),
  'stripe.secret-key',
  'stripe.restricted-key',
]);

const UUID = '{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}';

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

test('a web shop .env with payment, email, CRM and support keys', () => {
  const t = {
    stripeTest: fake('sk_test_{alnum:24}'),
    paypal: fake('E{base64url:79}'),
    adyen: fake('AQE{base64:100}==-{base64:43}=-{alnum:16}'),
    plaid: fake('{hex:30}'),
    plaidToken: fake(`access-production-${UUID}`),
    flw: fake('FLWSECK-{hex:32}-X'),
    paddle: fake('pdl_live_apikey_{lowernum:26}_{alnum:22}_{alnum:3}'),
    postmark: fake(UUID),
    resend: fake('re_{alnum:8}_{alnum:24}'),
    hubspot: fake(`pat-eu1-${UUID}`),
    zendesk: fake('{alnum:40}'),
    intercom: fake('dG9rO{base64:54}='),
    notion: fake('ntn_{digits:11}{alnum:35}'),
    woo: fake('cs_{hex:40}'),
    easypost: fake('EZTK{hex:54}'),
  };
  const text = [
    '# .env.production',
    'NODE_ENV=production',
    'APP_URL=https://shop.example.com',
    `STRIPE_SECRET_KEY=${t.stripeTest}`,
    `PAYPAL_CLIENT_SECRET=${t.paypal}`,
    `ADYEN_API_KEY=${t.adyen}`,
    `PLAID_SECRET=${t.plaid}`,
    `PLAID_ACCESS_TOKEN=${t.plaidToken}`,
    `FLW_SECRET_KEY=${t.flw}`,
    `PADDLE_API_KEY="${t.paddle}"`,
    `POSTMARK_SERVER_TOKEN=${t.postmark}`,
    `RESEND_API_KEY=${t.resend}`,
    `HUBSPOT_ACCESS_TOKEN=${t.hubspot}`,
    `ZENDESK_API_TOKEN=${t.zendesk}`,
    `INTERCOM_ACCESS_TOKEN=${t.intercom}`,
    `NOTION_TOKEN=${t.notion}`,
    `WC_CONSUMER_SECRET=${t.woo}`,
    `EASYPOST_TEST_API_KEY=${t.easypost}`,
    'LOG_LEVEL=info',
    '',
  ].join('\n');
  expectFindings(text, [
    { rule: 'stripe.test-secret-key', secret: t.stripeTest },
    { rule: 'paypal.client-secret', secret: t.paypal },
    { rule: 'adyen.api-key', secret: t.adyen },
    { rule: 'plaid.secret', secret: t.plaid },
    { rule: 'plaid.access-token', secret: t.plaidToken },
    { rule: 'flutterwave.secret-key', secret: t.flw },
    { rule: 'paddle.api-key', secret: t.paddle },
    { rule: 'postmark.api-token', secret: t.postmark },
    { rule: 'resend.api-key', secret: t.resend },
    { rule: 'hubspot.private-app-token', secret: t.hubspot },
    { rule: 'zendesk.api-token', secret: t.zendesk },
    { rule: 'intercom.access-token', secret: t.intercom },
    { rule: 'notion.integration-token', secret: t.notion },
    { rule: 'woocommerce.consumer-secret', secret: t.woo },
    { rule: 'easypost.test-api-key', secret: t.easypost },
  ]);
  // Windows line endings give the same findings on the same lines and columns.
  assert.deepEqual(findings(text.replace(/\n/g, '\r\n')), findings(text));
});

test('a trading bot config in JSON with exchange and web3 keys', () => {
  const t = {
    binance: fake('{alnum:64}'),
    kucoin: fake(UUID),
    kraken: fake('{base64:86}=='),
    okx: fake('{HEX:32}'),
    bybit: fake('{alnum:36}'),
    cdp: fake('{base64:86}=='),
    alchemy: fake('{base64url:32}'),
    infura: fake('{hex:32}'),
    etherscan: fake('{uppernum:34}'),
  };
  const text = `{
  "exchanges": {
    "binance": { "api_secret": "${t.binance}" },
    "kucoin": { "api_secret": "${t.kucoin}" },
    "kraken": { "private_key": "${t.kraken}" },
    "okx": { "secret_key": "${t.okx}" },
    "bybit": { "api_secret": "${t.bybit}" }
  },
  "cdp_api_key_secret": "${t.cdp}",
  "rpc": "https://eth-mainnet.g.alchemy.com/v2/${t.alchemy}",
  "fallback_rpc": "https://mainnet.infura.io/v3/${t.infura}",
  "etherscan_api_key": "${t.etherscan}"
}
`;
  expectFindings(text, [
    { rule: 'binance.api-secret', secret: t.binance },
    { rule: 'kucoin.api-secret', secret: t.kucoin },
    { rule: 'kraken.private-key', secret: t.kraken },
    { rule: 'okx.secret-key', secret: t.okx },
    { rule: 'bybit.api-secret', secret: t.bybit },
    { rule: 'coinbase.api-key-secret', secret: t.cdp },
    { rule: 'alchemy.rpc-url-key', secret: t.alchemy },
    { rule: 'infura.project-url', secret: t.infura },
    { rule: 'etherscan.api-key', secret: t.etherscan },
  ]);
});

test('a CI workflow, a Bundler config and a Gemfile', () => {
  const t = {
    bearer: fake('AAAAAAAAAAAAAAAAAAAAA{digits:3}{alnum:30}%2F{alnum:20}%3D{alnum:40}'),
    xSecret: fake('{alnum:50}'),
    dropbox: fake('sl.{base64url:140}'),
    segment: fake('sgp_{alnum:64}'),
    sfToken: fake('00D{alnum:12}!{alnum:40}.{alnum:55}'),
    asana: fake('2/{digits:16}/{digits:16}:{hex:32}'),
    bundle: fake('{hex:8}:{hex:8}'),
    gemSource: fake('{hex:8}:{hex:8}'),
  };
  const workflow = `name: nightly
on: { schedule: [{ cron: "0 3 * * *" }] }
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      TWITTER_BEARER_TOKEN: ${t.bearer}
      TWITTER_API_SECRET: ${t.xSecret}
      DROPBOX_ACCESS_TOKEN: ${t.dropbox}
      SEGMENT_PUBLIC_API_TOKEN: ${t.segment}
      ASANA_ACCESS_TOKEN: "${t.asana}"
    steps:
      - run: curl -H "Authorization: Bearer ${t.sfToken}" https://acme.my.salesforce.com/services/data/v60.0/
`;
  expectFindings(workflow, [
    { rule: 'twitter.bearer-token', secret: t.bearer },
    { rule: 'twitter.api-secret', secret: t.xSecret },
    { rule: 'dropbox.short-lived-token', secret: t.dropbox },
    { rule: 'segment.public-api-token', secret: t.segment },
    { rule: 'asana.pat', secret: t.asana },
    { rule: 'salesforce.access-token', secret: t.sfToken },
  ]);
  const bundler = `---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${t.bundle}"\n`;
  expectFindings(bundler, [{ rule: 'sidekiq.bundler-credentials', secret: t.bundle }]);
  const gemfile = `source "https://rubygems.org"\nsource "https://${t.gemSource}@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n`;
  expectFindings(gemfile, [{ rule: 'sidekiq.source-url', secret: t.gemSource }]);
});

test('chat-ops YAML with bots and webhooks', () => {
  const t = {
    dingtalk: fake('{hex:64}'),
    feishu: fake(UUID),
    wecom: fake(UUID),
    zapier: fake('{digits:8}/{lowernum:7}'),
    pubnub: fake('sec-c-{alnum:48}'),
    telnyx: fake('KEY{HEX:32}_{alnum:22}'),
    sendbird: fake('{hex:40}'),
  };
  const text = `notify:
  dingtalk: https://oapi.dingtalk.com/robot/send?access_token=${t.dingtalk}
  feishu: https://open.feishu.cn/open-apis/bot/v2/hook/${t.feishu}
  wecom: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${t.wecom}"
  zapier: https://hooks.zapier.com/hooks/catch/${t.zapier}/
realtime:
  pubnub_secret_key: ${t.pubnub}
sms:
  telnyx_api_key: ${t.telnyx}
chat:
  sendbird_api_token: ${t.sendbird}
`;
  expectFindings(text, [
    { rule: 'dingtalk.robot-webhook', secret: t.dingtalk },
    { rule: 'feishu.bot-webhook', secret: t.feishu },
    { rule: 'wecom.bot-webhook', secret: t.wecom },
    { rule: 'zapier.catch-hook', secret: t.zapier },
    { rule: 'pubnub.secret-key', secret: t.pubnub },
    { rule: 'telnyx.api-key', secret: t.telnyx },
    { rule: 'sendbird.api-token', secret: t.sendbird },
  ]);
});

test('quiet twins: placeholders, wrong lengths, other names and near-miss prefixes give nothing', () => {
  const text = [
    'STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX',
    'PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}',
    `PLAID_SECRET=${fake('{hex:24}')}`,
    'PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000',
    `FLW_SECRET_KEY=FLWSECK-${fake('{hex:12}')}-X`,
    'PADDLE_API_KEY=pdl_live_xxx',
    'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
    're_compile = re.compile(pattern)',
    `OTHERWISE_TOKEN=${fake(UUID)}`,
    `BINANCE_API_KEY=${fake('{alnum:20}')}`,
    'zoom: 12',
    'price: 1000.00',
    'import ssl.create_default_context',
    'TELNYX_API_KEY=KEY_xxxxxxxxxxxxx',
    'https://oapi.dingtalk.com/robot/send?access_token=XXXX',
    `SOME_TOKEN=${fake('{alnum:40}')}`,
    '',
  ].join('\n');
  assert.deepEqual(findings(text), []);
});

test('hostile input: NUL bytes, invalid UTF-8 and a very long line around real tokens', () => {
  const flw = fake('FLWSECK-{hex:32}-X');
  const hubspot = fake(`pat-na1-${UUID}`);
  const junk = 'x'.repeat(200_000);
  const bytes = Buffer.concat([
    Buffer.from(`${junk} FLW_SECRET_KEY=${flw}\n`, 'utf8'),
    Buffer.from([0x00, 0xff, 0xfe, 0xc3, 0x28, 0x0a]),
    Buffer.from(`token: ${hubspot}\n`, 'utf8'),
  ]);
  const { matches } = detector.scan({ id: 'h', bytes });
  const found = resolveOverlaps(matches, (id) => byId.get(id))
    .filter((m) => CHECKED.has(m.ruleId))
    .map((m) => `${m.ruleId}=${m.secret}`)
    .sort();
  assert.deepEqual(found, [`flutterwave.secret-key=${flw}`, `hubspot.private-app-token=${hubspot}`]);
});

test('Paystack and Stripe keys share sk_live_/sk_test_ and are told apart by shape: one finding each, by its own rule', () => {
  const t = {
    paystackLive: fake('sk_live_{hex:40}'),
    paystackTest: fake('sk_test_{hex:40}'),
    stripeLive: fake('sk_live_51{alnum:97}'),
  };
  const text = [
    '# config/payments.yml (a Nigerian and a US storefront)',
    'paystack:',
    `  secret_key: "${t.paystackLive}"`,
    `  test_secret_key: "${t.paystackTest}"`,
    '  public_key: "pk_live_0000000000000000000000000000000000000000"',
    'stripe:',
    `  secret_key: "${t.stripeLive}"`,
    '',
  ].join('\n');
  expectFindings(text, [
    { rule: 'paystack.secret-key', secret: t.paystackLive },
    { rule: 'paystack.secret-key', secret: t.paystackTest },
    { rule: 'stripe.secret-key', secret: t.stripeLive },
  ]);
});
