// Validates SARIF documents against the 2.1.0 schema (the copy @microsoft/jest-sarif ships, draft-04).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Validate = ((doc: unknown) => boolean) & { errors?: { instancePath?: string; message?: string }[] | null };
let validate: Validate | undefined;

/** The schema errors of a SARIF document (empty when valid). */
export function sarifSchemaErrors(doc: unknown): string[] {
  if (!validate) {
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The schema's patterns are not valid in Unicode mode; formats (uri, date-time) need a plugin we do without.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false });
    validate = ajv.compile(schema) as Validate;
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath ?? ''} ${e.message ?? ''}`);
}
