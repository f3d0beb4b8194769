// Reading objects: a long-running `git cat-file --batch-command` reader that hands out objects in request order with
// bounded memory (reused read buffers, heads of oversized objects), and the helpers that drive it.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Socket, SocketConstructorOpts } from 'node:net';
import { GitError } from '../core/errors.js';
import { spawnGit } from './git.js';
import type { SourceBlob } from './source.js';

/** One object read from `git cat-file --batch`. */
export interface CatFileObject {
  readonly id: string;
  readonly type: string;
  /** Full size of the object. */
  readonly size: number;
  /** Content, or only its first `headBytes` when the object is larger than `maxBytes`. */
  readonly bytes: Uint8Array;
}

export interface CatFileOptions {
  /** Bytes of objects handed out and not yet released over which git's output is paused. */
  readonly maxHeld?: number;
  /** What is kept of an object larger than `maxBytes`. */
  readonly headBytes?: number;
  /**
   * Read git's output straight into large buffers that are reused once every object in them is released, and hand
   * out objects as views of them. An object's bytes are then valid only until `release(object)`. Objects over
   * REUSE_MAX_OBJECT bytes still get memory of their own.
   */
  readonly reuse?: boolean;
}

/** Size of the reused read buffers (see CatFileOptions.reuse). */
const SLAB_BYTES = 4 << 20;
/** Objects larger than this are read into memory of their own, never into a reused buffer. */
export const REUSE_MAX_OBJECT = 1 << 20;
/** Reads into a reused buffer ask for at most this much and never for less than MIN_READ. */
const MAX_READ = 1 << 18;
const MIN_READ = 1 << 16;
/** Reused buffers kept for later when more are free. */
const SPARE_SLABS = 2;

/** A reused read buffer and how many objects handed out from it are not yet released. */
interface Slab {
  readonly bytes: Buffer;
  live: number;
}

/** What git's header line says of an object. */
interface ObjectHeader {
  readonly id: string;
  readonly type: string;
  readonly size: number;
}

/** The object being read in reuse mode. */
interface Incoming extends ObjectHeader {
  /** Where its content starts in the current slab, while it is read there. */
  start: number;
  /** Memory of its own: a large object's content, or the head kept of one over maxBytes (the rest is discarded). */
  own?: Buffer;
  /** Bytes of its content read so far, when it has memory of its own. */
  filled: number;
}

/**
 * A long-running `git cat-file --batch-command`: ids go in on stdin, objects come out in the same order. Objects larger
 * than `maxBytes` are streamed through and only their head kept, so memory stays bounded.
 */
export class CatFileReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: { id: string; resolve: (o: CatFileObject | undefined) => void; reject: (e: unknown) => void }[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  /** Ordinary reads: the object whose content is coming. */
  private current: ObjectHeader | undefined;
  private body: Buffer[] = [];
  private bodyLength = 0;
  private remaining = 0;
  private stderr = '';
  private failed: unknown;
  private outgoing: string[] = [];
  /** Bytes of objects handed out and not yet released by the consumer; over the limit, git's output is paused. */
  private held = 0;
  private paused = false;
  private readonly maxHeld: number;
  private readonly headBytes: number;
  /** Reuse mode: the socket reading git's output into slabs, and the state of the parse. */
  private input: Socket | undefined;
  private slab: Slab | undefined;
  private readonly spare: Slab[] = [];
  /** Bytes of the current slab written by reads, and parsed. */
  private written = 0;
  private parsed = 0;
  private incoming: Incoming | undefined;
  /** Where the read in progress goes (chosen by readTarget, counted by onRead). */
  private target: 'slab' | 'own' | 'discard' = 'slab';
  private discard: Buffer | undefined;
  /** Per object handed out and not yet released: its slab (undefined: memory of its own) and length as delivered. */
  private readonly handedOut = new WeakMap<CatFileObject, { slab: Slab | undefined; length: number }>();

  constructor(
    cwd: string,
    private readonly maxBytes: number,
    options: CatFileOptions = {},
  ) {
    this.maxHeld = options.maxHeld ?? 24 * 1024 * 1024;
    this.headBytes = options.headBytes ?? 8192;
    // --buffer makes git write in large blocks instead of flushing after every object (2.5x faster through a
    // pipe here); the explicit `flush` command after each round of requests keeps it from holding back answers.
    this.child = spawnGit(cwd, ['cat-file', '--batch-command', '--buffer']);
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (text: string) => (this.stderr += text.slice(0, 4000)));
    this.child.stdin.on('error', (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    this.child.on('error', (error) => this.fail(new GitError(`cannot run git: ${error.message}`)));
    // Requests still waiting once git has exited and its output is all read were never answered.
    let exit: number | null | undefined;
    let drained = false;
    const check = (): void => {
      if (exit !== undefined && drained && this.pending.length > 0) this.fail(new GitError(`git cat-file --batch exited (${exit}): ${this.stderr.trim()}`));
    };
    this.child.on('close', (code) => {
      exit = code;
      check();
    });
    if (options.reuse && this.readIntoSlabs(() => ((drained = true), check()))) return;
    drained = true;
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  /**
   * Takes git's stdout pipe from the stream Node made for it and reads it with a socket whose reads land in our
   * slabs (net.Socket's `onread`): no new buffer per read and no copy per object. The pipe handle is not public API;
   * without it the reader falls back to ordinary reads. Returns whether it switched.
   */
  private readIntoSlabs(onEnd: () => void): boolean {
    const stdout = this.child.stdout as Socket & { _handle?: unknown };
    const handle = stdout._handle;
    if (!handle || typeof handle !== 'object') return false;
    // The old stream lets go of the handle and closes at once (so that the child's 'close' still comes).
    stdout._handle = null;
    stdout.destroy();
    this.slab = this.takeSlab();
    const input = new (netModule().Socket)({
      handle,
      readable: true,
      writable: false,
      onread: { buffer: () => this.readTarget(), callback: (n: number) => this.onRead(n) },
    } as SocketConstructorOpts);
    input.on('error', (error) => this.fail(new GitError(`git cat-file: ${error.message}`)));
    input.on('end', onEnd);
    input.on('close', onEnd);
    this.input = input;
    return true;
  }

  /** Reads one object; resolves undefined when git reports it missing. */
  read(id: string): Promise<CatFileObject | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      // Requests are sent in bulk by flush(): one write per id cost more than git's own work.
      this.outgoing.push(id);
    });
  }

  /** Sends the requests made since the last flush to git in one write. */
  flush(): void {
    if (this.outgoing.length === 0) return;
    this.child.stdin.write(`contents ${this.outgoing.join('\ncontents ')}\nflush\n`);
    this.outgoing = [];
  }

  /** How many requests are waiting for git's answer. */
  get backlog(): number {
    return this.pending.length;
  }

  /**
   * The consumer is done with an object (this bounds memory while it is slower than git). In reuse mode the object's
   * bytes may be overwritten from then on. The length released is the one delivered: a consumer may have transferred
   * the object's buffer to another thread since, leaving it empty.
   */
  release(object: CatFileObject): void {
    const out = this.handedOut.get(object);
    if (!out) return;
    this.handedOut.delete(object);
    if (out.slab && --out.slab.live === 0 && out.slab !== this.slab && this.spare.length < SPARE_SLABS) this.spare.push(out.slab);
    this.held -= out.length;
    if (this.paused && this.held < this.maxHeld / 2) {
      this.paused = false;
      if (this.input) this.input.resume();
      else this.child.stdout.resume();
    }
  }

  close(): void {
    this.flush();
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
    this.input?.destroy();
  }

  private fail(error: unknown): void {
    this.failed ??= error;
    for (const p of this.pending.splice(0)) p.reject(error);
  }

  /** Resolves the oldest request with `object`, read from `slab` (reuse mode) or into memory of its own. */
  private deliver(object: CatFileObject, slab: Slab | undefined): void {
    const request = this.pending.shift();
    if (!request) return;
    if (slab) slab.live++;
    this.handedOut.set(object, { slab, length: object.bytes.byteLength });
    this.held += object.bytes.byteLength;
    request.resolve(object);
  }

  /** A free slab: a spare one, or a new one. */
  private takeSlab(): Slab {
    return this.spare.pop() ?? { bytes: Buffer.allocUnsafeSlow(SLAB_BYTES), live: 0 };
  }

  /** Where the next read goes: a large object's own memory, the discard buffer, or the current slab. */
  private readTarget(): Uint8Array {
    const next = this.incoming;
    if (next?.own && next.filled < next.size) {
      if (next.filled < next.own.length) {
        this.target = 'own';
        return next.own.subarray(next.filled, Math.min(next.own.length, next.filled + MAX_READ));
      }
      this.target = 'discard';
      this.discard ??= Buffer.allocUnsafeSlow(MAX_READ);
      return this.discard.subarray(0, Math.min(MAX_READ, next.size - next.filled));
    }
    this.target = 'slab';
    if (this.slab!.bytes.length - this.written < MIN_READ) this.switchSlab();
    const bytes = this.slab!.bytes;
    return bytes.subarray(this.written, Math.min(bytes.length, this.written + MAX_READ));
  }

  /** Moves the unparsed tail of the current slab to a free one, which becomes current. */
  private switchSlab(): void {
    const old = this.slab!;
    const next = this.takeSlab();
    old.bytes.copy(next.bytes, 0, this.parsed, this.written);
    if (this.incoming && !this.incoming.own) this.incoming.start -= this.parsed;
    this.written -= this.parsed;
    this.parsed = 0;
    this.slab = next;
    if (old.live === 0 && this.spare.length < SPARE_SLABS) this.spare.push(old);
  }

  /** `n` bytes arrived where readTarget() pointed; returns false to pause reading. */
  private onRead(n: number): boolean {
    if (this.target === 'slab') this.written += n;
    else this.incoming!.filled += n;
    this.parseSlab();
    if (!this.paused && this.held > this.maxHeld) {
      this.paused = true;
      return false;
    }
    return !this.paused;
  }

  /** Parses headers and content between `parsed` and `written` in the current slab; hands out complete objects. */
  private parseSlab(): void {
    for (;;) {
      const slab = this.slab!;
      const bytes = slab.bytes;
      const next = this.incoming;
      if (next?.own) {
        // Content read outside the slab: complete once all of it is there and its newline has come (into the slab).
        if (next.filled < next.size || this.written === this.parsed) return;
        this.parsed += 1;
        this.incoming = undefined;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: next.own }, undefined);
        continue;
      }
      if (next) {
        if (this.written - next.start < next.size + 1) return;
        this.parsed = next.start + next.size + 1;
        this.incoming = undefined;
        this.deliver({ id: next.id, type: next.type, size: next.size, bytes: bytes.subarray(next.start, next.start + next.size) }, slab);
        continue;
      }
      const eol = bytes.indexOf(10, this.parsed);
      if (eol === -1 || eol >= this.written) return;
      const header = this.header(bytes.toString('latin1', this.parsed, eol));
      this.parsed = eol + 1;
      if (header === 'missing') continue;
      if (header === undefined) {
        this.input?.destroy();
        return;
      }
      const { size } = header;
      const incoming: Incoming = { ...header, start: this.parsed, filled: 0 };
      this.incoming = incoming;
      if (size > this.maxBytes || size > REUSE_MAX_OBJECT) {
        // Memory of its own (only the head of an object over maxBytes); what of it is in the slab already moves there.
        const own = Buffer.allocUnsafeSlow(size > this.maxBytes ? Math.min(size, this.headBytes) : size);
        const here = Math.min(size, this.written - this.parsed);
        bytes.copy(own, 0, this.parsed, this.parsed + Math.min(here, own.length));
        incoming.own = own;
        incoming.filled = here;
        this.parsed += here;
      } else if (incoming.start + size + 1 > bytes.length) {
        // It would not fit in what is left of this slab: continue in a fresh one now rather than move it later.
        this.switchSlab();
      }
    }
  }

  /**
   * An object's header line (`<id> <type> <size>`). A missing object's line (`<id> missing`) answers the oldest
   * request with undefined; anything else fails the reader. Returns the header, 'missing', or undefined on failure.
   */
  private header(line: string): ObjectHeader | 'missing' | undefined {
    const header = batchHeader(line);
    if (header === 'missing') this.pending.shift()?.resolve(undefined);
    else if (header === undefined) this.fail(new GitError(`git cat-file --batch: unexpected header "${line.slice(0, 120)}"`));
    return header;
  }

  /** Ordinary reads: chunks as Node delivers them, each object's pieces joined. */
  private onData(chunk: Buffer): void {
    let buf = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
    let pos = 0;
    while (pos < buf.length) {
      if (this.current) {
        const take = Math.min(this.remaining, buf.length - pos);
        if (take > 0) {
          const keep = this.current.size > this.maxBytes ? Math.max(0, Math.min(take, this.headBytes - this.bodyLength)) : take;
          if (keep > 0) {
            this.body.push(buf.subarray(pos, pos + keep));
            this.bodyLength += keep;
          }
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        if (pos >= buf.length) break; // wait for the trailing newline
        pos += 1; // newline after the content
        const { id, type, size } = this.current;
        const bytes = this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body, this.bodyLength);
        this.current = undefined;
        this.body = [];
        this.bodyLength = 0;
        this.deliver({ id, type, size, bytes }, undefined);
        if (!this.paused && this.held > this.maxHeld) {
          this.paused = true;
          this.child.stdout.pause();
        }
        continue;
      }
      const eol = buf.indexOf(10, pos);
      if (eol === -1) break;
      const header = this.header(buf.toString('latin1', pos, eol));
      pos = eol + 1;
      if (header === 'missing') continue;
      if (header === undefined) return;
      this.current = header;
      this.remaining = header.size;
    }
    // Keep unconsumed bytes; copy them so the large chunk they came from can be released.
    this.buffer = pos < buf.length ? Buffer.from(buf.subarray(pos)) : Buffer.alloc(0);
    buf = this.buffer;
  }
}

let net: typeof import('node:net') | undefined;

/** node:net, loaded when a reader first reuses its buffers (child_process has loaded it already: no cost). */
function netModule(): typeof import('node:net') {
  return (net ??= createRequire(import.meta.url)('node:net') as typeof import('node:net'));
}

/**
 * Asks `reader` for `ids`, `batch` requests per write to git, and yields each object with its index in `ids`, in
 * that order (undefined: not in the object store). An object's bytes are released to the reader when the consumer
 * asks for the next one.
 */
export async function* readInOrder(
  reader: CatFileReader,
  ids: readonly string[],
  batch: number,
): AsyncGenerator<{ index: number; object: CatFileObject | undefined }> {
  for (let i = 0; i < ids.length; i += batch) {
    const reads = ids.slice(i, i + batch).map((id) => reader.read(id));
    for (const read of reads) read.catch(() => undefined);
    reader.flush();
    for (const [j, read] of reads.entries()) {
      const object = await read;
      yield { index: i + j, object };
      if (object) reader.release(object);
    }
  }
}

/** A `cat-file --batch` header line: `<id> <type> <size>`, or 'missing' (`<id> missing|ambiguous`), or undefined. */
function batchHeader(line: string): ObjectHeader | 'missing' | undefined {
  const parts = line.split(' ');
  if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) return 'missing';
  const size = Number(parts[2]);
  return parts.length === 3 && Number.isSafeInteger(size) ? { id: parts[0]!, type: parts[1]!, size } : undefined;
}

/**
 * Reads blobs by id with one `cat-file` process, 256 requests in flight at a time; ids missing from the object
 * store are skipped (the source reported them when it first met them).
 */
export async function* readBlobsById(repo: string, maxBlobBytes: number, blobIds: readonly string[]): AsyncGenerator<SourceBlob> {
  const reader = new CatFileReader(repo, maxBlobBytes);
  try {
    for await (const { object } of readInOrder(reader, blobIds, 256)) {
      if (object) yield { id: object.id, bytes: object.bytes, size: object.size, truncated: object.size > object.bytes.byteLength };
    }
  } finally {
    reader.close();
  }
}
