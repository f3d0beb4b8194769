// Tells binary content from text the way git does: a NUL byte in the first 8,000 bytes.

const SNIFF_BYTES = 8000;

/** True when the first 8,000 bytes hold a NUL byte. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1;
}
