// The key-aware credential detector (src/engine/credentials/) through the real engine with its two rules: each
// format's generated value found at its line and column with its confidence, the quiet twins silent, hostile input.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDetector } from '../../src/engine/detect.js';
import { credentialKey } from '../../src/engine/credentials/keys.js';
import { judgeValue } from '../../src/engine/credentials/values.js';
import { loadBuiltinRulesFromYaml } from '../../src/ruleset/load.js';
import { fake } from '../helpers/secrets.js';

const rules = (await loadBuiltinRulesFromYaml()).filter((r) => r.id.startsWith('credential.'));
const detector = createDetector(rules);

interface Hit {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly secret: string;
  readonly confidence: string | undefined;
}

function scan(text: string | Buffer): Hit[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return detector.scan({ id: 'b', bytes }).matches.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, secret: m.secret, confidence: m.confidence }));
}

/** Where `secret` is in `text`: 1-based line and column. */
function at(text: string, secret: string): { line: number; column: number } {
  const offset = text.indexOf(secret);
  assert.ok(offset >= 0, `${secret} in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const weak = (): string => `Winter${fake('{digits:4}')}`;
const strong = (): string => fake('{random:28}');

/** [format, template with $V where the value goes, value maker, rule, confidence]. */
const FORMATS: ReadonlyArray<readonly [string, string, () => string, string, 'low' | 'medium']> = [
  ['JSON', '{\n  "host": "h",\n  "password": "$V"\n}\n', weak, 'credential.key-value', 'low'],
  ['JSON, minified', '{"user":"u","apiKey":"$V"}', strong, 'credential.key-value', 'medium'],
  ['YAML, quoted', 'db:\n  password: "$V"\n', weak, 'credential.key-value', 'low'],
  ['YAML, unquoted', 'spring:\n  datasource:\n    password: $V\n', weak, 'credential.config-value', 'low'],
  ['XML element', '<Server>\n  <Pass>$V</Pass>\n</Server>\n', weak, 'credential.key-value', 'low'],
  ['XML attribute pair', '<appSettings>\n  <add key="DbPassword" value="$V" />\n</appSettings>\n', weak, 'credential.key-value', 'low'],
  ['INI', '[smtp]\nsmtp_password = $V\n', weak, 'credential.config-value', 'low'],
  ['properties', 'spring.datasource.password=$V\n', strong, 'credential.config-value', 'medium'],
  ['TOML', '[db]\npassword = "$V"\n', weak, 'credential.key-value', 'low'],
  ['.env', 'MYSQL_ROOT_PASSWORD=$V\n', weak, 'credential.config-value', 'low'],
  ['shell export', "export DB_PASS='$V'\n", weak, 'credential.key-value', 'low'],
  ['Windows set', 'set RDS_PASSWORD=$V\n', weak, 'credential.config-value', 'low'],
  ['Windows setx', 'setx SMTP_PASS $V\n', weak, 'credential.config-value', 'low'],
  ['PHP define', "<?php\ndefine('DB_PASSWORD', '$V');\n", weak, 'credential.key-value', 'low'],
  ['PHP array', "<?php\n$cfg = ['db_pass' => '$V'];\n", weak, 'credential.key-value', 'low'],
  ['Python', "DATABASES = {'default': {'PASSWORD': '$V'}}\n", weak, 'credential.key-value', 'low'],
  ['Python kwargs', "conn = connect(host='h', passwd='$V')\n", weak, 'credential.key-value', 'low'],
  ['Ruby hash', 'config = { :password => "$V" }\n', weak, 'credential.key-value', 'low'],
  ['JavaScript', "const client = new Client({ authToken: '$V' });\n", strong, 'credential.key-value', 'medium'],
  ['Go', 'cfg := Config{Password: "$V"}\n', weak, 'credential.key-value', 'low'],
  ['Java setter', 'ds.setPassword("$V");\n', weak, 'credential.key-value', 'low'],
  ['Kotlin', 'val dbPassword = "$V"\n', weak, 'credential.key-value', 'low'],
  ['C#', 'options.ClientSecret = "$V";\n', strong, 'credential.key-value', 'medium'],
  ['ODBC braces', 'var cs = "Driver={Db};Uid=sa;Pwd={$V};";\n', weak, 'credential.key-value', 'low'],
  ['libpq keyword/value', 'dsn = "dbname=app user=app password=$V"\n', weak, 'credential.key-value', 'low'],
  ['URL query', 'url = "https://api.acme.test/v1?user=bot&token=$V"\n', strong, 'credential.key-value', 'medium'],
  ['WordPress salt', "define( 'LOGGED_IN_KEY', '$V' );\n", strong, 'credential.key-value', 'medium'],
];

for (const [name, template, make, rule, confidence] of FORMATS) {
  test(`${name}: found at its line and column, ${confidence} confidence`, () => {
    const value = make();
    const text = template.replace('$V', value);
    assert.deepEqual(scan(text), [{ rule, ...at(text, value), secret: value, confidence }]);
  });
}

const QUIET: ReadonlyArray<readonly [string, string]> = [
  ['templates', 'password: "${DB_PASSWORD}"\ntoken: "{{ .Values.token }}"\nsecret: "%(secret)s"\napi_key: "<api-key>"\nauth_token: "#{token}"\n'],
  ['lookups', "PASSWORD = os.environ['DB_PASSWORD']\nconst token = process.env.TOKEN;\nsecret: \"$(cat /run/secrets/s)\"\n"],
  ['encrypted', 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\ntoken: "ENC[AES256_GCM,data:abc,type:str]"\ndb_pass: "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)"\n'],
  ['empty and boolean', 'password: ""\ntoken: true\nsecret: null\npassword=\n'],
  ['masks', 'password: "********"\napi_key: "xxxxxxxxxxxx"\ntoken: "..."\n'],
  ["the key's own name", 'password: "password"\nDB_PASS: "db_pass"\nsecret: "mysecret"\napi_key: "API_KEY"\n'],
  ['placeholders', 'password: "changeme"\ntoken: "your-token-here"\napi_key: "REPLACE_ME"\n'],
  ['not credential keys', 'passwordHint: "Winter2024"\ntoken_url: "https://x.test/t"\nkeyboard: "Winter2024"\nauthor: "Winter2024"\ncsrf_token: "Winter2024x"\n'],
  ['comparisons and sentences', 'if (password == "Winter2024") {}\nmessage = "wrong password, try again"\n'],
  ['code, not literals', 'password = request.form.get("password")\ntoken = getToken()\n'],
  ['weak values for keys of generated credentials', 'auth: "basic"\nauth: "Winter2024"\nINFRACOST_API_KEY="ico-abc"\ntoken: "CCDB1_x"\n'],
  ['password hashes', "password: '$6$rounds=5000$abcdefgh$Yr3Dq3uN2mJ0pQ5vW8xZ1aB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ'\n"],
];

for (const [name, text] of QUIET) {
  test(`quiet: ${name}`, () => {
    assert.deepEqual(scan(text), []);
  });
}

test('unquoted values count only in config files: the config rule is path-limited', () => {
  const rule = rules.find((r) => r.id === 'credential.config-value');
  assert.ok(rule && rule.paths.length > 0 && rule.paths.some((p) => p.includes('yml')));
  assert.deepEqual(rules.find((r) => r.id === 'credential.key-value')?.paths, []);
});

test('key names in any style', () => {
  for (const name of ['password', 'DB_PASSWORD', 'dbPassword', 'DBPassword', 'spring.datasource.password', 'redis-password', 'passwd', 'pwd', 'MYSQL_PWD', 'api_key', 'apiKey', 'APIKEY', 'client_secret', 'access_key', 'secret_key_base', 'private_key', 'SECURE_AUTH_KEY', 'credentials', 'auth', 'SMTP_PASS'])
    assert.ok(credentialKey(name), name);
  for (const name of ['passenger', 'bypass', 'keyboard', 'monkey', 'author', 'tokenizer', 'password_file', 'token_url', 'secretName', 'key', 'primary_key', 'isPassword', 'forgot_password', 'next_page_token'])
    assert.equal(credentialKey(name), undefined, name);
});

test('confidence: random-looking values are medium, weak real ones low', () => {
  const key = credentialKey('password')!;
  assert.equal(judgeValue(fake('{random:24}'), key), 'medium');
  assert.equal(judgeValue(fake('{hex:40}'), key), 'medium');
  for (const weakValue of ['Winter2024', 'letmein7', 'qwerty-99', 'root', 'Summer2024Summer!']) assert.equal(judgeValue(weakValue, key), 'low', weakValue);
});

test('CRLF line ends: the value ends before the carriage return', () => {
  const value = weak();
  const text = `db:\r\n  password: ${value}\r\n  passwd: "${value}x"\r\n`;
  assert.deepEqual(scan(text).map((h) => [h.line, h.secret]).sort(), [
    [2, value],
    [3, `${value}x`],
  ]);
});

test('unterminated strings and elements are not findings, and nothing after them is lost', () => {
  const value = weak();
  const text = `{"password": "${value}\n<Pass>${value}\n<password>${value}</password>\n`;
  assert.deepEqual(scan(text).map((h) => [h.line, h.column]), [[3, 11]]);
});

test('binary content with key names: skipped as binary, no throw', () => {
  const bytes = Buffer.concat([Buffer.from(`password: "${weak()}"\0\0\x01`), Buffer.from([0xff, 0xfe, 0x00])]);
  const result = detector.scan({ id: 'b', bytes });
  assert.equal(result.binary, true);
  assert.deepEqual(result.matches, []);
});

test('UTF-16 text is not misread: no throw, no garbage findings', () => {
  const bytes = Buffer.from(`\ufeffpassword: "${weak()}"\n`, 'utf16le');
  assert.deepEqual(detector.scan({ id: 'b', bytes }).matches, []);
});

test('invalid UTF-8 and non-ASCII around a value: UTF-16 columns', () => {
  const value = weak();
  const text = Buffer.concat([Buffer.from('{"n\u00e4me": "\u00fc", "password": "'), Buffer.from(value), Buffer.from('"}\n\xff\xfe\n', 'latin1')]);
  const [hit] = scan(text);
  assert.equal(hit?.secret, value);
  assert.equal(hit?.column, '{"n\u00e4me": "\u00fc", "password": "'.length + 1);
});

test('YAML nested 10,000 deep: the deep value is found at its line', () => {
  const lines: string[] = [];
  for (let i = 0; i < 10_000; i++) lines.push(`${' '.repeat(i % 2000)}k${i}:`);
  const value = weak();
  lines.push(`${' '.repeat(2000)}password: ${value}`);
  const hits = scan(`${lines.join('\n')}\n`);
  assert.deepEqual(hits.map((h) => [h.line, h.column, h.secret]), [[10_001, 2011, value]]);
});

test('a 50 MB single-line JSON: scanned, the value at the end found at its column', () => {
  const filler = '"k":"v",'.repeat(6_250_000);
  const value = strong();
  const text = `{${filler}"client_secret":"${value}"}`;
  const hits = scan(text);
  assert.deepEqual(hits.map((h) => [h.line, h.column, h.confidence]), [[1, text.indexOf(value) + 1, 'medium']]);
});

test('many credential keys on one line: bounded by the match limit, no throw', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `"password${i}":"${weak()}"`).join(',');
  const result = detector.scan({ id: 'b', bytes: Buffer.from(`{${text}}`) });
  assert.ok(result.matches.length <= 200);
  assert.ok(result.diagnostics.some((d) => d.code === 'match-limit'));
});

/** The line-format, SQL and URL rules of the credential packs, through the engine, at their line and column. */
const lineRules = (await loadBuiltinRulesFromYaml()).filter((r) =>
  ['git-credentials.password', 'shadow.password-hash', 'sql.password', 'url.userinfo-password', 'netrc.password'].includes(r.id),
);
const lineDetector = createDetector(lineRules);

const LINE_FORMATS: ReadonlyArray<readonly [string, string, () => string, string]> = [
  ['.git-credentials, a password holding @ ! #', 'https://git.acme.test\nhttps://bob:$V@git.acme.test\r\n', () => `p@ss!w#${fake('{digits:4}')}`, 'git-credentials.password'],
  ['.netrc', 'machine git.acme.test\n  login ci\n  password $V\n', weak, 'netrc.password'],
  ['shadow', 'daemon:*:19700:0:99999:7:::\nroot:$V:19700:0:99999:7:::\n', () => `$6$${fake('{alnum:8}')}$${fake('{alnum:86}')}`, 'shadow.password-hash'],
  ['SQL IDENTIFIED BY', "-- users\nCREATE USER 'app'@'%' IDENTIFIED BY '$V';\n", weak, 'sql.password'],
  ['SQL WITH PASSWORD', 'ALTER ROLE app WITH LOGIN PASSWORD "$V";\n', weak, 'sql.password'],
  ['URL userinfo, any scheme', 'relay:\n  url: "smtps://mailer:$V@smtp.acme.net:465"\n', () => `W@nter${fake('{digits:4}')}!`, 'url.userinfo-password'],
];

for (const [name, template, make, rule] of LINE_FORMATS) {
  test(`${name}: found at its line and column`, () => {
    const value = make();
    const text = template.replace('$V', () => value);
    const matches = lineDetector.scan({ id: 'b', bytes: Buffer.from(text) }).matches.map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, secret: m.secret }));
    assert.deepEqual(matches, [{ rule, ...at(text, value), secret: value }]);
  });
}

test('line formats: quiet twins', () => {
  const quiet = [
    "CREATE USER app IDENTIFIED BY '${APP_PASSWORD}';\nALTER ROLE app PASSWORD 'md5" + fake('{hex:32}') + "';\n",
    'root:*:19700:0:99999:7:::\nnobody:!:19700::::::\n',
    'smtp://mailer:${SMTP_PASSWORD}@smtp.acme.net\nldap://admin:password@ldap.acme.net\n',
  ];
  // Rules limited to their files' paths (.netrc, .git-credentials) are not asked: these texts are at no such path.
  const anywhere = new Set(lineRules.filter((r) => r.paths.length === 0).map((r) => r.id));
  for (const text of quiet) assert.deepEqual(lineDetector.scan({ id: 'b', bytes: Buffer.from(text) }).matches.filter((m) => anywhere.has(m.ruleId)), [], text);
});
