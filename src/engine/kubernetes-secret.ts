// Structured detector for Kubernetes `kind: Secret` manifests (YAML, multi-document YAML, JSON, `kind: List`,
// Helm-rendered output): one hit per non-empty `data`/`stringData` value, at the value itself. A pure function of
// the text; the engine hands it the YAML parser, loaded only when some blob needs it.
//
// Not hits: SealedSecrets (`kind: SealedSecret`, `encryptedData`), ExternalSecret and SecretProviderClass
// references (other kinds), SOPS-encrypted documents (a top-level `sops:` block; `ENC[...]` values), ansible-vault
// values (`!vault`), and values that are templates (`{{ ... }}`, `${...}`), including unrendered Helm charts.

import type * as Yaml from 'yaml';

/** The parts of the `yaml` package the detector uses. */
export type YamlModule = Pick<typeof Yaml, 'parseAllDocuments' | 'isMap' | 'isSeq' | 'isScalar'>;

/** One Secret value: offsets of its first character and one past its last in the scanned text. */
export interface SecretValueHit {
  readonly start: number;
  readonly end: number;
  /** The value as YAML reads it (escapes resolved, block scalars joined). */
  readonly value: string;
  /** The key under `data`/`stringData`. */
  readonly key: string;
  /** True for `data` values, which Kubernetes stores base64-encoded. */
  readonly encoded: boolean;
}

/** A `kind: Secret` line in YAML or JSON; blobs without one are never parsed. */
const SECRET_KIND = /["']?\bkind["']?[ \t]*:[ \t]*["']?Secret["']?(?![\w-])/;
/** Helm template actions are replaced by this character (same length, so offsets stay put) before parsing. */
const TEMPLATE_FILL = '_';
const HELM_ACTION = /\{\{.*?\}\}/g;
const WHOLE_LINE_ACTION = /^[ \t]*\{\{.*?\}\}[ \t]*(?=\r?$)/gm;

/** True when the text may hold a Secret manifest (cheap check before parsing). */
export function mayHoldSecret(text: string): boolean {
  return SECRET_KIND.test(text);
}

/** Every non-empty, non-template, non-encrypted `data`/`stringData` value of every Secret in the text. */
export function findSecretValues(yaml: YamlModule, text: string): SecretValueHit[] {
  if (!mayHoldSecret(text)) return [];
  const source = text.includes('{{') ? maskTemplates(text) : text;
  const hits: SecretValueHit[] = [];
  for (const doc of yaml.parseAllDocuments(source, { prettyErrors: false, uniqueKeys: false, strict: false })) {
    if (doc.errors.length > 0) continue;
    for (const secret of secretMaps(yaml, doc.contents)) collectValues(yaml, secret, text, source !== text, hits);
  }
  return hits;
}

/** Helm actions alone on a line become blank; inline ones become filler of the same length (never a value we report). */
function maskTemplates(text: string): string {
  return text
    .replace(WHOLE_LINE_ACTION, (line) => ' '.repeat(line.length))
    .replace(HELM_ACTION, (action) => TEMPLATE_FILL.repeat(action.length));
}

type Node = unknown;

function scalarString(yaml: YamlModule, node: Node): string | undefined {
  if (!yaml.isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' ? value : undefined;
}

/** Top-level Secret mappings of a document, and Secret items of a `kind: List`. */
function secretMaps(yaml: YamlModule, contents: Node): Yaml.YAMLMap[] {
  if (!yaml.isMap(contents)) return [];
  const kind = scalarString(yaml, contents.get('kind', true));
  if (contents.has('sops')) return [];
  if (kind === 'Secret') return [contents];
  if (kind !== 'List') return [];
  const items = contents.get('items', true);
  if (!yaml.isSeq(items)) return [];
  return items.items.filter((item): item is Yaml.YAMLMap => yaml.isMap(item) && scalarString(yaml, item.get('kind', true)) === 'Secret');
}

function collectValues(yaml: YamlModule, secret: Yaml.YAMLMap, text: string, masked: boolean, hits: SecretValueHit[]): void {
  for (const field of ['data', 'stringData'] as const) {
    const map = secret.get(field, true);
    if (!yaml.isMap(map)) continue;
    for (const pair of map.items) {
      const node = pair.value;
      if (!yaml.isScalar(node) || !node.range) continue;
      const raw = node.value;
      if (raw === null || raw === undefined || typeof raw === 'object') continue;
      const value = String(raw);
      if (value.trim() === '' || node.tag === '!vault' || isEncrypted(value)) continue;
      const span = valueSpan(text, node.type, node.range);
      if (!span || isTemplate(text.slice(span[0], span[1])) || isTemplate(value)) continue;
      if (masked && value.includes(TEMPLATE_FILL.repeat(4))) continue;
      const key = yaml.isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      hits.push({ start: span[0], end: span[1], value, key, encoded: field === 'data' });
    }
  }
}

function isEncrypted(value: string): boolean {
  return value.startsWith('ENC[') || value.startsWith('$ANSIBLE_VAULT;');
}

function isTemplate(value: string): boolean {
  return value.includes('{{') || /\$\{[^}]*\}/.test(value);
}

/** Where the value's characters are: inside quotes, or the first content line of a block scalar. */
function valueSpan(text: string, type: string | undefined, range: readonly [number, number, number]): [number, number] | undefined {
  const [start, end] = range;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') return end - start >= 2 ? [start + 1, end - 1] : undefined;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const header = text.indexOf('\n', start);
    if (header === -1 || header >= end) return undefined;
    let first = header + 1;
    while (first < end && (text[first] === ' ' || text[first] === '\t' || text[first] === '\n' || text[first] === '\r')) first++;
    let last = text.indexOf('\n', first);
    if (last === -1 || last > end) last = end;
    if (text[last - 1] === '\r') last--;
    return first < last ? [first, last] : undefined;
  }
  return end > start ? [start, end] : undefined;
}
