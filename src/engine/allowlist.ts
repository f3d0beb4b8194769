// Values that look like secrets to a regex but are not: templates, environment lookups, placeholders and the
// documentation examples that providers publish. Shared by every rule unless the rule opts out.

import { createRequire } from 'node:module';
import { PUBLISHED_EXAMPLES, type PublishedExample } from './published-examples.js';

// Also `{name:N}`: leakgate's own example placeholders (rule packs, the precompiled rules in dist/) and format
// specifiers such as Python's `{value:>10}`.
const TEMPLATE = /\{[A-Za-z0-9_]+:[^{}\s]{1,40}\}|^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;

/**
 * The start of a reference cut short by a rule's character class (`$(cat /run/secrets/x)` ends at the space), a
 * SOPS or Jasypt ciphertext, or a template's opening braces.
 */
const REFERENCE_START = /^\{?\$\(|^ENC[[(]|\{\{|\$\{[A-Za-z_]/;

const ENV_LOOKUP =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;

// \u2026 is an ellipsis, escaped: one non-ASCII character makes V8 read the whole bundle chunk as two-byte text.
const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|\u2026|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', '1234567890'];

// Keyboard rows, for runs such as "qwerty" or "asdfgh" in hand-typed placeholders.
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYBOARD_POSITION = new Map<string, number>();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, i) => KEYBOARD_POSITION.set(ch, r * 100 + i)));

/** Two characters that a person typing a placeholder puts side by side: neighbours in the alphabet or on a keyboard row. */
function isStep(a: string, b: string): boolean {
  const d = b.charCodeAt(0) - a.charCodeAt(0);
  if ((d === 1 || d === -1) && /[a-z0-9]/.test(a) && /[a-z0-9]/.test(b)) return true;
  const ka = KEYBOARD_POSITION.get(a);
  const kb = KEYBOARD_POSITION.get(b);
  return ka !== undefined && kb !== undefined && Math.abs(ka - kb) === 1;
}

/**
 * How much of `text` (lower-cased) is made of runs of 3 or more stepping characters (`abc`, `123`, `qwe`, `MnO`),
 * from 0 to 1, and the longest run. Random tokens score near 0; placeholders such as `AIzaSyabcdefghijkl...`,
 * `sbp_abcdef1234567890abcdef...` or `AbC123dEf456...` score high.
 */
export function sequenceRuns(text: string): { coverage: number; longest: number } {
  const lower = text.toLowerCase();
  let covered = 0;
  let longest = 0;
  let run = 1;
  for (let i = 1; i <= lower.length; i++) {
    if (i < lower.length && isStep(lower[i - 1]!, lower[i]!)) {
      run++;
      continue;
    }
    if (run >= 3) covered += run;
    longest = Math.max(longest, run);
    run = 1;
  }
  return { coverage: lower.length === 0 ? 0 : covered / lower.length, longest };
}

/** The digests of published documentation values, indexed for a quick length check before any hashing. */
export interface PublishedIndex {
  readonly lengths: ReadonlySet<number>;
  readonly digests: ReadonlySet<string>;
}

/** Indexes a list of published values (see published-examples.ts). */
export function indexPublishedExamples(examples: readonly PublishedExample[]): PublishedIndex {
  return { lengths: new Set(examples.map((e) => e.length)), digests: new Set(examples.map((e) => e.sha256)) };
}

let crypto: typeof import('node:crypto') | undefined;

/** node:crypto on first use: it loads two dozen internal modules, and most values are no published example's length. */
function sha256Hex(text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

const PUBLISHED = indexPublishedExamples(PUBLISHED_EXAMPLES);

/** True when `secret` is exactly a value a provider published in its documentation or samples. */
export function isPublishedExample(secret: string, index: PublishedIndex = PUBLISHED): boolean {
  if (!index.lengths.has(secret.length)) return false;
  return index.digests.has(sha256Hex(secret));
}

/** True when `secret` is a template, an environment lookup, a placeholder or a documented example. */
export function isPlaceholder(secret: string): boolean {
  // Wrapped or prefixed references: ODBC's `{...}` quoting, Laravel's `base64:` prefix around a template.
  const inner = /^\{(.*)\}$/s.exec(secret)?.[1] ?? /^base64:(.*)$/s.exec(secret)?.[1];
  if (inner !== undefined && (inner === '' || isPlaceholder(inner))) return true;
  if (REFERENCE_START.test(secret)) return true;
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || PLACEHOLDER_WORDS.test(secret)) return true;
  if (isPublishedExample(secret)) return true;
  // The body after a vendor prefix (ghp_, sk_live_, xoxb-...) made of one repeated short unit: ghp_0000..., abcabc...
  const body = secret.replace(/^(?:[A-Za-z0-9]{1,10}[_-]){1,3}/, '');
  if (body.length >= 4 && /^(.{1,3})\1+.{0,2}$/s.test(body)) return true;
  const lower = body.toLowerCase();
  if (lower.length >= 8 && SEQUENCES.some((seq) => seq.startsWith(lower))) return true;
  // Typed placeholders: mostly alphabet or keyboard runs. Long values only, so that a short weak password such as
  // "qwerty-99" stays a (low-confidence) finding of the credential rules; digits alone step too often by chance.
  if (body.length >= 16 && !/^[0-9]+$/.test(body)) {
    // Thresholds measured on random strings of each token alphabet: at most a few in 100,000 random bodies of
    // 20 characters pass, fewer as bodies grow.
    const { coverage, longest } = sequenceRuns(body);
    if (coverage >= (body.length < 24 ? 0.7 : 0.6) || longest >= 12) return true;
  }
  return false;
}
