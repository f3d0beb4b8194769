// Bounded decompression for the archive readers, with Node's zlib: the output may not pass a limit, and zlib stops
// as soon as it would, so a bomb (a few kilobytes that claim, or lie about, gigabytes) costs no more than the limit
// in memory and time. zlib is loaded on the first archive met (a hook that never meets one never loads it).

import { createRequire } from 'node:module';

type Zlib = typeof import('node:zlib');
let zlib: Zlib | undefined;
const load = (): Zlib => (zlib ??= createRequire(import.meta.url)('node:zlib') as Zlib);

/** Thrown when the output would pass the limit: the caller turns it into a diagnostic (a bomb, or over the budget). */
export class OutputLimit extends Error {
  constructor() {
    super('output limit');
  }
}

/** Runs a zlib call, turning its "buffer too large" error into OutputLimit (any other error is corrupt data). */
function bounded(run: (options: { maxOutputLength: number }) => Buffer, limit: number): Uint8Array {
  try {
    return run({ maxOutputLength: Math.max(1, limit) });
  } catch (error: unknown) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') throw new OutputLimit();
    throw error;
  }
}

/** Inflates a raw DEFLATE stream (a zip member); throws OutputLimit past `limit` bytes, zlib's error on bad data. */
export function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  return bounded((options) => load().inflateRawSync(data, options), limit);
}

/** Decompresses a gzip file (every member of it, checking each CRC); throws as inflateBounded does. */
export function gunzipBounded(data: Uint8Array, limit: number): Uint8Array {
  return bounded((options) => load().gunzipSync(data, options), limit);
}
