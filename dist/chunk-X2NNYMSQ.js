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

// src/report/suppressed.ts
function countSuppressed(report) {
  const counts = { baseline: 0, inline: 0, ignore: 0 };
  for (const f of report.suppressed ?? []) counts[f.suppression.kind]++;
  return counts;
}
function describeSuppressed(report) {
  const counts = countSuppressed(report);
  return [
    counts.baseline > 0 ? `${counts.baseline.toLocaleString("en-US")} in baseline` : "",
    counts.inline > 0 ? `${counts.inline.toLocaleString("en-US")} allowed inline` : "",
    counts.ignore > 0 ? `${counts.ignore.toLocaleString("en-US")} ignored` : ""
  ].filter(Boolean).join(", ");
}

export {
  shownSecret,
  shownSnippet,
  countSuppressed,
  describeSuppressed
};
