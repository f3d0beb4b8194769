import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/report/redact.ts
function redact(secret) {
  const keep = Math.min(6, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}\u2026`;
}
function redactIn(text, secret) {
  return secret.length === 0 ? text : text.split(secret).join(redact(secret));
}
function shownSecret(secret, options) {
  return options.showSecrets ? secret : redact(secret);
}
function shownSnippet(snippet, secret, options) {
  return options.showSecrets ? snippet : redactIn(snippet, secret);
}

export {
  shownSecret,
  shownSnippet
};
