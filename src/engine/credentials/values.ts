// Whether a value assigned to a credential key is a real credential, and how sure we are: templates, lookups,
// encrypted forms, masks, placeholders and the key's own name are not; random-looking values are `medium`
// confidence, weak but real-looking ones (`Winter2024`) `low`.

import type { Confidence } from '../../core/rule.js';
import { isPlaceholder } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { utf8 } from '../text-position.js';
import type { CredentialKey } from './keys.js';

/** Shortest and longest values considered: shorter is a flag or a digit, longer is a blob another rule reads. */
const MIN_LENGTH = 4;
const MAX_LENGTH = 256;

/** Not a value: booleans, nulls, type names and words that describe a value instead of being one. */
const NON_VALUES =
  /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|n\/a|na|tbd|todo|required|optional|string|str|text|hidden|masked|mask|default|auto|random|generated|sensitive|secure|redacted|omitted|unset|foo|bar|baz|foobar|test|tests|testing|demo|abc|abcd|xyz|hello|world|value|basic|bearer|digest|oauth2?|ntlm|kerberos|plain|login|md5|sha1|sha256|scram-sha-256|trust|peer|ident|string|integer|number|boolean|object|array|include|omit|same-origin)$/i;

/**
 * References to a value kept elsewhere and encrypted forms: template and variable syntax, YAML tags and anchors,
 * SOPS / Jasypt / Spring Cloud Config ciphertext, ansible-vault, secret-store references (Azure Key Vault,
 * 1Password, AWS and Google secret managers, vals).
 */
const REFERENCE =
  /^(?:[!&*@$%{[<]|#\{|ENC[[(]|\{cipher\}|vault:|ref\+|op:\/\/|sm:\/\/|akv:\/\/|secret:|arn:aws:|projects\/[^/]+\/secrets\/|AQICA)|\$\{|\$\(|\{\{|\}\}|%\(|%[sdv]\b|\{[0-9]?\}|\$[A-Z_]{2,}|@Microsoft\.KeyVault/;

/** Code, not a literal: a call, an operator, a pattern, a member chain (`config.db.password`, `Settings::KEY`). */
const EXPRESSION = /[()]|==|=>|->|&&|\|\||\.\*|\\[dwsSbn]|^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+$/;

/** A path, a URL, a file name: where a credential is, not the credential. */
const LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:json|ya?ml|toml|txt|pem|key|crt|cer|p12|pfx|jks|env|xml|properties|conf|cfg|ini|sh)$/i;

/** An environment variable's name, or a constant's (`DB_PASSWORD`, `SMTP_PASS`): a name, not a value. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** A mask or filler: one repeated character, `***`, `xxxx`, `...`, bullets. */
const MASK = /^(.)\1+$|\*{2,}|x{4,}|X{4,}|\.{3}|\u2022{2,}|^[*#x\u2022_.-]+$/;

/**
 * Provider token prefixes: a value that starts like a provider's token belongs to that provider's rule, which reports
 * it at high confidence or knows it is broken (a bare prefix, a bad checksum); a value ending in a separator is a
 * prefix, not a token.
 */
const PROVIDER_PREFIX =
  /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,5}-|xox[a-z]-|xapp-|sk-|[sprk]k_(?:live|test)_|shp[a-z]{2}_|pypi-|npm_|AKIA|ASIA|AIza|ya29\.|ATATT|ATCTT|dckr_pat_|hf_|SG\.|amzn\.|dop_v1_|lin_api_|whsec_|glc_|glsa_|sntry[su]_|AGE-SECRET-KEY-)|[_.-]$/;

/** Words and runs that mark a made-up value: test data, redacted output (`tok_…`), typed sequences. */
const MADE_UP = /synthetic|fixture|dummy|fake|mock|hunter2|not[_-]?it|0123456|123456789|abcdefg|\u2026/i;

/** What the value is, for a credential key: a finding at a confidence, or nothing. */
export function judgeValue(latin1: string, key: CredentialKey): Confidence | undefined {
  const value = utf8(latin1);
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return undefined;
  if (/\s/.test(value)) return undefined; // a phrase or a sentence: a label, a message, a description
  if (/^[0-9]{1,5}$/.test(value) || /^[0-9.]+$/.test(value)) return undefined; // a count, a port, a version, a length
  if (NON_VALUES.test(value) || REFERENCE.test(value) || EXPRESSION.test(value) || LOCATION.test(value)) return undefined;
  if (CONSTANT_NAME.test(value) || MASK.test(value)) return undefined;
  if (isCryptHash(value)) return undefined; // a password hash: the shadow and htpasswd rules report those files
  if (namesItself(value, key)) return undefined;
  if (isPlaceholder(value) || MADE_UP.test(value) || PROVIDER_PREFIX.test(value)) return undefined;
  const confidence = isRandomLooking(value) ? 'medium' : 'low';
  if (key.generated && confidence === 'low') return undefined;
  return confidence;
}

/** crypt(3)-style hashes (`$6$...`, `$2b$...`, `$argon2id$...`). */
export function isCryptHash(value: string): boolean {
  return /^\$(?:2[abxy]?|1|5|6|y|7|gy|argon2(?:id|i|d)|pbkdf2(?:-sha\d+)?|scrypt|apr1)\$/.test(value);
}

/** The value spells the key's name or a credential word (`password: password`, `DB_PASS=db_pass`, `secret: mysecret`). */
function namesItself(value: string, key: CredentialKey): boolean {
  const flat = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (flat === key.words.join('')) return true;
  return /passw(?:or)?d|secret|token|apikey|credential/.test(flat) || (flat.includes(key.head) && key.head.length >= 4);
}

/**
 * Random-looking: long enough, spread over the alphabet, and of at least two character classes, as generated
 * keys and tokens are; a person's password (`Winter2024`, `letmein7`) is not.
 */
export function isRandomLooking(value: string): boolean {
  if (value.length < 12) return false;
  if (/^[0-9a-f]{16,}$/i.test(value)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 2) return false;
  const entropy = shannonEntropy(value);
  if (entropy < 3.2) return false;
  // A person's choice keeps to words and numbers (`Summer2024`, `Tr0ub4dor&3`); a generator switches between lower
  // case, upper case, digits and symbols at about every other character, or is long and spread over its alphabet.
  if (/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}[^A-Za-z0-9]{0,3}$/.test(value)) return false;
  if (value.length >= 16 && entropy >= 3.5) return true;
  let switches = 0;
  for (let i = 1; i < value.length; i++) if (charClass(value.charCodeAt(i)) !== charClass(value.charCodeAt(i - 1))) switches++;
  return switches / (value.length - 1) >= 0.35;
}

function charClass(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}

