// Standard-input source: one blob, read whole (up to the size limit), reported under a display name.

import type { Diagnostic } from '../core/diagnostic.js';
import type { Origin } from '../core/types.js';
import { blobId } from './directory.js';
import type { Source, SourceBlob, SourceIndex, SourceProgress } from './source.js';

export class StreamSource implements Source {
  readonly kind = 'stdin' as const;
  readonly progress: SourceProgress = { blobsRead: 0, bytesRead: 0, commits: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private id: string | undefined;
  /** The one blob, at the display name. */
  private readonly known: SourceIndex = {
    origins: async (blobIds) => {
      const out = new Map<string, Origin[]>();
      if (this.id && blobIds.includes(this.id)) out.set(this.id, [{ path: this.target }]);
      return out;
    },
    paths: () => (this.id ? [{ path: this.target, blobIds: [this.id] }] : []),
  };

  constructor(
    private readonly input: AsyncIterable<Buffer | string>,
    readonly target: string,
    private readonly maxBlobBytes: number,
  ) {}

  async *blobs(): AsyncGenerator<SourceBlob> {
    const chunks: Buffer[] = [];
    let size = 0;
    let kept = 0;
    for await (const chunk of this.input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.byteLength;
      if (kept < this.maxBlobBytes) {
        const part = buf.subarray(0, this.maxBlobBytes - kept);
        chunks.push(part);
        kept += part.byteLength;
      }
    }
    const bytes = Buffer.concat(chunks);
    this.id = blobId(bytes);
    this.progress.blobsRead = 1;
    this.progress.bytesRead = size;
    yield { id: this.id, bytes: size > kept ? bytes.subarray(0, 8192) : bytes, size, truncated: size > kept, path: this.target };
  }

  index(): SourceIndex {
    return this.known;
  }

  async close(): Promise<void> {}
}
