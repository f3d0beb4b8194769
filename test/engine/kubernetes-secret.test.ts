// The structured Kubernetes Secret detector, through the real engine with the built-in credential rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector, scanBlob } from '../../src/engine/detect.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { fake } from '../helpers/secrets.js';

const rules = (await loadBuiltinRulesFromYaml()).filter((r) => r.id === 'kubernetes.secret');
const detector = createDetector(rules);
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

async function find(text: string | Buffer) {
  const result = await scanBlob(detector, { id: 'blob', bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
  return result.matches;
}

test('the YAML parser is loaded only when a blob holds a Secret manifest', async () => {
  const fresh = createDetector(rules);
  const plain = fresh.scan({ id: 'a', bytes: Buffer.from('kind: SecretProviderClass\nspec: {}\n') });
  assert.equal(plain.needsLoad, undefined);
  const manifest = Buffer.from(`kind: Secret\ndata:\n  a: ${b64(fake('{random:20}'))}\n`);
  if (fresh.needsModules) assert.equal(fresh.scan({ id: 'b', bytes: manifest }).needsLoad, true);
  assert.equal((await scanBlob(fresh, { id: 'b', bytes: manifest })).matches.length, 1);
});

test('multi-document YAML: one finding per key of the Secret, at the value, none for the ConfigMap', async () => {
  const password = b64(fake('{random:24}'));
  const token = fake('{random:32}');
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: app',
    'data:',
    `  CACHE_KEY: ${b64(fake('{random:24}'))}`,
    '---',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: app',
    'data:',
    `  password: ${password}`,
    'stringData:',
    `  token: "${token}"`,
    '',
  ].join('\n');
  const matches = await find(text);
  assert.deepEqual(
    matches.map((m) => [m.secret, m.line, m.column]),
    [
      [password, 13, 13],
      [token, 15, 11],
    ],
  );
  assert.equal(matches[1]!.endColumn, 11 + token.length);
  assert.ok(matches.every((m) => m.snippet.includes(m.secret)), 'the snippet holds the secret so that reporters can redact it');
});

test('JSON manifests, pretty or on one line, and kind: List items', async () => {
  const value = b64(fake('{random:30}'));
  assert.equal((await find(`{"apiVersion":"v1","kind":"Secret","data":{"k":"${value}"}}`)).length, 1);
  const pretty = await find(`{\n  "kind": "Secret",\n  "data": {\n    "tls.key": "${value}"\n  }\n}\n`);
  assert.deepEqual(pretty.map((m) => [m.line, m.column]), [[4, 17]]);
  const list = await find(`apiVersion: v1\nkind: List\nitems:\n- kind: ConfigMap\n  data:\n    a: b\n- kind: Secret\n  data:\n    pw: ${value}\n`);
  assert.deepEqual(list.map((m) => m.line), [9]);
});

test('block scalars and escaped values: the parsed value is reported, and the snippet never leaks raw text', async () => {
  const line1 = fake('{random:20}');
  const line2 = fake('{random:20}');
  const block = await find(`kind: Secret\nstringData:\n  config: |\n    ${line1}\n    ${line2}\n`);
  assert.equal(block.length, 1);
  assert.equal(block[0]!.secret, `${line1}\n${line2}\n`);
  assert.equal(block[0]!.line, 4);
  const raw = fake('{random:16}');
  const escaped = await find(`kind: Secret\nstringData:\n  pw: "${raw}\\t!"\n`);
  assert.equal(escaped[0]!.secret, `${raw}\t!`);
  assert.ok(escaped[0]!.snippet.includes(escaped[0]!.secret));
});

test('not findings: SealedSecret, SOPS, ExternalSecret, templates, empty values, vault values', async () => {
  const cipher = fake('{base64:80}');
  const cases = [
    `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: ${cipher}\n`,
    `kind: Secret\ndata:\n  password: ENC[AES256_GCM,data:${fake('{base64:20}')},type:str]\nsops:\n  version: 3.8.1\n`,
    `kind: Secret\ndata:\n  password: ${b64(fake('{random:20}'))}\nsops:\n  mac: ENC[AES256_GCM,data:x,type:str]\n`,
    `{"kind": "Secret", "data": {"password": "${b64(fake('{random:20}'))}"}, "sops": {"version": "3.8.1"}}`,
    `kind: ExternalSecret\nspec:\n  data:\n  - secretKey: password\n    remoteRef: {key: prod/db}\n`,
    `kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n  user: "{{ .Values.user }}"\n`,
    `kind: Secret\nmetadata:\n  name: {{ include "x" . }}\ndata:\n  {{- range $k, $v := .Values.secrets }}\n  {{ $k }}: {{ $v | b64enc }}\n  {{- end }}\n`,
    `kind: Secret\nstringData:\n  password: \${DB_PASSWORD}\n  url: postgres://u:\${DB_PASSWORD}@db/app\n`,
    `kind: Secret\ndata:\n  password: ${b64('${DB_PASSWORD}')}\n`,
    `kind: Secret\ndata:\n  a: ""\n  b: null\n  c:\n  d: {}\n`,
    `kind: Secret\nstringData:\n  password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n    ${fake('{hex:64}')}\n`,
    `kind: Secret\nstringData:\n  password: changeme\n`,
  ];
  for (const text of cases) assert.deepEqual(await find(text), [], text);
});

test('an unrendered chart template with a literal value is still found', async () => {
  const value = b64(fake('{random:24}'));
  const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-db\n  labels:\n    {{- include "labels" . | nindent 4 }}\ndata:\n  password: ${value}\n`;
  const matches = await find(text);
  assert.deepEqual(matches.map((m) => [m.secret, m.line]), [[value, 8]]);
});

test('hostile input: broken YAML, binary, NUL, CRLF, invalid UTF-8, deep nesting, a huge document', async () => {
  const value = b64(fake('{random:24}'));
  assert.deepEqual(await find('kind: Secret\ndata: [unclosed\n  password: x\n'), []);
  assert.deepEqual(await find(Buffer.concat([Buffer.from('kind: Secret\0\n'), Buffer.from([0, 1, 2])])), []);
  const crlf = await find(`kind: Secret\r\ndata:\r\n  password: ${value}\r\n`);
  assert.deepEqual(crlf.map((m) => [m.secret, m.line]), [[value, 3]]);
  const latin = await find(Buffer.concat([Buffer.from('# \xff\xfe\n', 'latin1'), Buffer.from(`kind: Secret\ndata:\n  pw: ${value}\n`)]));
  assert.deepEqual(latin.map((m) => m.line), [4]);
  assert.deepEqual(await find(`kind: Secret\ndata: ${'['.repeat(5000)}`), []);
  const many = Array.from({ length: 5000 }, (_, i) => `  k${i}: ${value}`).join('\n');
  const big = await find(`kind: Secret\ndata:\n${many}\n`);
  assert.equal(big.length, 200, 'capped per rule and blob');
});
