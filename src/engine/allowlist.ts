// Values that look like secrets to a regex but are not: templates, environment lookups, placeholders and the
// documentation examples that providers publish. Shared by every rule unless the rule opts out.

// Also `{name:N}`: leakgate's own example placeholders (rule packs, the precompiled rules in dist/) and format
// specifiers such as Python's `{value:>10}`.
const TEMPLATE = /\{[A-Za-z0-9_]+:[^{}\s]{1,40}\}|^\$\{.*\}$|^\$\(.*\)$|\{\{.*\}\}|^<[^<>]*>$|^%\(.*\)s$|^#\{.*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/s;

const ENV_LOOKUP =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|secrets\.|vars\.)/;

// \u2026 is an ellipsis, escaped: one non-ASCII character makes V8 read the whole bundle chunk as two-byte text.
const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change[_-]me|dummy|sample|your[_-]|redacted|xxxxx|\*{3,}|\.{3}|\u2026|lorem|replace[_-]?me|insert[_-]|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|<your|\[your/i;

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', '1234567890'];

/** True when `secret` is a template, an environment lookup, a placeholder or a documented example. */
export function isPlaceholder(secret: string): boolean {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret) || PLACEHOLDER_WORDS.test(secret)) return true;
  // The body after a vendor prefix (ghp_, sk_live_, xoxb-...) made of one repeated short unit: ghp_0000..., abcabc...
  const body = secret.replace(/^(?:[A-Za-z0-9]{1,10}[_-]){1,3}/, '');
  if (body.length >= 4 && /^(.{1,3})\1+.{0,2}$/s.test(body)) return true;
  const lower = body.toLowerCase();
  return lower.length >= 8 && SEQUENCES.some((seq) => seq.startsWith(lower));
}
