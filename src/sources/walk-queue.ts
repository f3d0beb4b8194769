// Between a history walk and the object reads: what the walk found, queued until the reader asks, with a wake-up for
// a reader that got ahead of the walk.

/**
 * Blobs the walk found, waiting to be requested: walk-table entries, or hex ids asked for again, with path indexes
 * (parallel arrays: the walk can run far ahead of the reads, so an entry's hex id is made only when it is requested).
 */
export class WalkQueue {
  private blobs: (number | string)[] = [];
  private paths: number[] = [];
  private head = 0;
  private wake: (() => void) | undefined;
  walking = true;
  error: unknown;
  done: Promise<void> = Promise.resolve();

  push(blob: number | string, path: number): void {
    this.blobs.push(blob);
    this.paths.push(path);
    if (this.wake) {
      this.wake();
      this.wake = undefined;
    }
  }

  /** Runs the walk, which pushes; its error is kept for the consumer. */
  run(walk: () => Promise<void>): void {
    this.done = (async () => {
      try {
        await walk();
      } catch (error: unknown) {
        this.error = error;
      } finally {
        this.walking = false;
        this.wake?.();
      }
    })();
  }

  get pending(): boolean {
    return this.head < this.blobs.length;
  }

  shift(): [blob: number | string, path: number] {
    const item: [number | string, number] = [this.blobs[this.head]!, this.paths[this.head]!];
    this.head++;
    if (this.head > 65536) {
      this.blobs = this.blobs.slice(this.head);
      this.paths = this.paths.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Resolves when the walk pushes more or ends. */
  more(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }
}
