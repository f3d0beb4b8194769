// Progress on stderr for long scans, redrawn in place on a TTY at most ten times a second; silent otherwise.

import type { SourceProgress } from '../sources/source.js';
import { formatBytes, formatCount } from '../report/text.js';

export interface ProgressLine {
  update(progress: Readonly<SourceProgress>): void;
  /** Total commits the scan will walk, once known (for the ETA). */
  setTotalCommits(total: number): void;
  done(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** A progress line on `stream`, or a no-op when the stream is not a terminal. */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): ProgressLine {
  if (!enabled || !stream.isTTY) return { update() {}, setTotalCommits() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let totalCommits: number | undefined;
  let drawn = false;
  return {
    setTotalCommits(total) {
      totalCommits = total;
    },
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? p.bytesRead / seconds : 0;
      let eta = '';
      if (totalCommits && p.commits > 0) {
        const fraction = Math.min(1, p.commits / totalCommits);
        eta = `, ${Math.round(fraction * 100)}% of ${formatCount(totalCommits)} commits, ETA ${duration(seconds / fraction - seconds)}`;
      } else if (p.blobsTotal && p.blobsRead > 0) {
        const fraction = p.blobsRead / p.blobsTotal;
        eta = `, ETA ${duration(seconds / fraction - seconds)}`;
      }
      const line = `scanning: ${formatCount(p.blobsRead)} blobs, ${formatBytes(p.bytesRead)}, ${formatBytes(rate)}/s${eta}`;
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns || 100) - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
