// Redaction: secrets never leave a reporter in clear unless the user asked for it.

/** Keeps a short prefix (at most 6 characters and a quarter of the secret) and an ellipsis. */
export function redact(secret: string): string {
  const keep = Math.min(6, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…`;
}

/** Replaces every occurrence of the secret in a line of context. */
export function redactIn(text: string, secret: string): string {
  return secret.length === 0 ? text : text.split(secret).join(redact(secret));
}

export interface RenderOptions {
  /** Show secrets in clear (`--no-redact`). */
  readonly showSecrets: boolean;
}

/** The secret as it may be shown under the options. */
export function shownSecret(secret: string, options: RenderOptions): string {
  return options.showSecrets ? secret : redact(secret);
}

/** The snippet as it may be shown under the options. */
export function shownSnippet(snippet: string, secret: string, options: RenderOptions): string {
  return options.showSecrets ? snippet : redactIn(snippet, secret);
}
