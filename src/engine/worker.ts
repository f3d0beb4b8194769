// Worker-thread entry: compiles the rules once, then scans batches of blobs sent by the pool (engine/pool.ts).

import { parentPort, workerData } from 'node:worker_threads';
import type { RuleSpec } from '../core/types.js';
import { createDetector } from './detect.js';
import type { BatchMessage, ResultMessage, WorkerInit } from './pool.js';

const init = workerData as WorkerInit;
const detector = createDetector(init.rules as RuleSpec[]);
const beat = new Int32Array(init.heartbeat);
// Workers serve big scans only, where loading the structured detectors' modules up front costs nothing noticeable.
if (detector.needsModules) await detector.load();

parentPort?.on('message', (message: BatchMessage) => {
  const bytes = new Uint8Array(message.buffer);
  const results = message.ids.map((id, i) => {
    Atomics.store(beat, 0, message.batch);
    Atomics.store(beat, 1, i);
    Atomics.store(beat, 2, -1);
    Atomics.add(beat, 3, 1);
    const blob = { id, bytes: bytes.subarray(message.offsets[i]!, message.offsets[i + 1]!) };
    return detector.scan(blob, (rule) => Atomics.store(beat, 2, rule), message.scoped[i] !== 0);
  });
  Atomics.store(beat, 1, -1);
  const reply: ResultMessage = { batch: message.batch, results };
  parentPort?.postMessage(reply);
});
