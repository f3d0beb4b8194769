// Worker-thread entry: compiles the rules once, then scans batches of blobs sent by the pool (engine/pool.ts).

import { parentPort, workerData } from 'node:worker_threads';
import type { RuleSpec } from '../core/rule.js';
import { createDetector } from './detect.js';
import { FLAG_BINARY, FLAG_MATCHED, type BatchMessage, type ResultMessage, type WorkerInit } from './pool.js';
import { usePrecomputed } from '../patterns/precomputed.js';

const init = workerData as WorkerInit;
// The automaton the main thread read from dist/ (used only if it holds exactly these rules' keywords).
if (init.prefilter) {
  const stored = init.prefilter;
  usePrecomputed({ prefilter: () => stored, globs: () => undefined });
}
const detector = createDetector(init.rules as RuleSpec[], {
  ...(init.decodeDepth !== undefined ? { decodeDepth: init.decodeDepth } : {}),
  ...(init.archives !== undefined ? { archives: init.archives } : {}),
});
const beat = new Int32Array(init.heartbeat);
const shared = init.shared.map((buffer) => new Uint8Array(buffer));
// Workers serve big scans only, where loading the structured detectors' modules up front costs nothing noticeable.
if (detector.needsModules) await detector.load();

parentPort?.on('message', (message: BatchMessage) => {
  const bytes = message.shared !== undefined ? shared[message.shared]! : new Uint8Array(message.buffer!);
  const flags = new Uint8Array(message.ids.length);
  const details: ResultMessage['details'] = [];
  message.ids.forEach((id, i) => {
    Atomics.store(beat, 0, message.batch);
    Atomics.store(beat, 1, i);
    Atomics.store(beat, 2, -1);
    Atomics.add(beat, 3, 1);
    const blob = { id, bytes: bytes.subarray(message.spans[2 * i]!, message.spans[2 * i + 1]!) };
    const skip = message.skip?.[i];
    // Each archive member counts as progress for the watchdog, which times one rule on one piece of text.
    const onMember = (): void => void Atomics.add(beat, 3, 1);
    const result = detector.scan(blob, (rule) => Atomics.store(beat, 2, rule), message.scoped[i] !== 0, skip ? new Set(skip) : undefined, onMember);
    flags[i] = (result.binary ? FLAG_BINARY : 0) | (result.matched ? FLAG_MATCHED : 0);
    if (result.matches.length > 0 || result.diagnostics.length > 0) details.push({ index: i, matches: result.matches, diagnostics: result.diagnostics });
  });
  Atomics.store(beat, 1, -1);
  const reply: ResultMessage = { batch: message.batch, flags, details };
  parentPort?.postMessage(reply);
});
