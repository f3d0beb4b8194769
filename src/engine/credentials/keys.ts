// Credential key names for the key-aware credential detector (engine/credentials/): whether an identifier such as
// `DB_PASSWORD`, `apiKey`, `spring.datasource.password` or `SECURE_AUTH_KEY` names a credential, in any naming style.

/** Words that name a credential on their own (the last such word is the key's head noun). */
const CREDENTIAL_WORDS = new Set(['password', 'passwd', 'passphrase', 'pass', 'passw', 'pwd', 'secret', 'token', 'credential', 'credentials', 'auth', 'salt']);
/** Run-together words ending in a credential word (`dbpassword`, `apikey`, `authtoken`). */
const CREDENTIAL_ENDINGS = ['password', 'passwd', 'passphrase', 'secret', 'token', 'apikey', 'secretkey', 'accesskey', 'privatekey', 'authkey', 'masterkey', 'pwd'];
/** `key` is a credential only after one of these (`api_key`, `SECURE_AUTH_KEY`, `LOGGED_IN_KEY`, `secret_key_base`). */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'master', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'app', 'application',
  'account', 'auth', 'client', 'consumer', 'shared', 'hmac', 'session', 'jwt', 'webhook', 'service', 'subscription', 'storage',
  'root', 'admin', 'deploy', 'aes', 'nonce', 'in', 'license', 'licence', 'cookie', 'db', 'database', 'cipher',
]);
/** Words that may follow the head noun without changing what the key holds (`password_prod`, `secret_key_base`). */
const NEUTRAL_SUFFIXES = new Set([
  'value', 'val', 'prod', 'production', 'dev', 'development', 'staging', 'stage', 'local', 'live', 'b64', 'base64', 'encoded',
  'raw', 'str', 'string', 'plain', 'plaintext', 'clear', 'data', 'base', 'default', 'main', 'primary', 'secondary', 'key',
]);
/**
 * Words before the head noun that make the key about a credential rather than one: a flag, a form field, a UI
 * string, a syntax token (`showPassword`, `forgot_password`, `csrf_token`, `next_page_token`, `getToken`).
 */
const NEGATIVE_WORDS = new Set([
  'is', 'has', 'show', 'hide', 'forgot', 'reset', 'min', 'max', 'use', 'enable', 'disable', 'require', 'required', 'validate',
  'check', 'get', 'placeholder', 'label', 'error', 'invalid', 'wrong', 'missing', 'input', 'field', 'csrf', 'xsrf', 'page',
  'next', 'continuation', 'cancellation', 'cursor', 'lexer', 'parser', 'syntax', 'eof', 'no', 'not', 'i18n', 'msg', 'message',
  'confirm', 'repeat', 'change', 'update', 'new', 'old', 'verify', 'hint', 'prompt', 'type', 'kind', 'token_type', 'last',
  'sync', 'gen', 'generate', 'random', 'test', 'dummy', 'fake', 'mock', 'example', 'sample',
]);

/** What a credential key is: its words (lower case) and the head noun's spelling, for the "value is the key's name" check. */
export interface CredentialKey {
  readonly words: readonly string[];
  readonly head: string;
  /**
   * The key names a generated credential (a token, an API key, a secret, a salt), not a password a person picks:
   * only random-looking values count (`INFRACOST_API_KEY=ico-abc` is a truncated example, not a weak key).
   */
  readonly generated: boolean;
}

/** Splits an identifier into lower-case words at `_ - . :` and camelCase boundaries (`DBPassword` -> db, password). */
export function keyWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function isHead(word: string, previous: string | undefined): boolean {
  if (CREDENTIAL_WORDS.has(word)) return true;
  if (word === 'key') return previous !== undefined && KEY_QUALIFIERS.has(previous);
  return word.length >= 6 && CREDENTIAL_ENDINGS.some((ending) => word.endsWith(ending) && !word.endsWith('secretary'));
}

const cache = new Map<string, CredentialKey | null>();

/** The credential key an identifier names, or undefined when it names something else (a URL, a flag, a length...). */
export function credentialKey(identifier: string): CredentialKey | undefined {
  const cached = cache.get(identifier);
  if (cached !== undefined) return cached ?? undefined;
  const found = classify(identifier);
  if (cache.size > 10_000) cache.clear();
  cache.set(identifier, found ?? null);
  return found;
}

function classify(identifier: string): CredentialKey | undefined {
  if (identifier.length > 80) return undefined;
  const words = keyWords(identifier);
  let head = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (isHead(words[i]!, words[i - 1])) {
      head = i;
      break;
    }
  }
  if (head === -1) return undefined;
  for (let i = head + 1; i < words.length; i++) if (!NEUTRAL_SUFFIXES.has(words[i]!) && !/^[0-9]+$/.test(words[i]!)) return undefined;
  for (let i = 0; i < head; i++) if (NEGATIVE_WORDS.has(words[i]!)) return undefined;
  const word = words[head]!;
  const generated = !/pass|pwd|credential/.test(word);
  return { words, head: word === 'key' ? `${words[head - 1]}key` : word, generated };
}
