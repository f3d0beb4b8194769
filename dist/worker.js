import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  createDetector
} from "./chunk-WECGYBXM.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
var detector = createDetector(init.rules);
var beat = new Int32Array(init.heartbeat);
parentPort?.on("message", (message) => {
  const bytes = new Uint8Array(message.buffer);
  const results = message.ids.map((id, i) => {
    Atomics.store(beat, 0, message.batch);
    Atomics.store(beat, 1, i);
    Atomics.store(beat, 2, -1);
    Atomics.add(beat, 3, 1);
    const blob = { id, bytes: bytes.subarray(message.offsets[i], message.offsets[i + 1]) };
    return detector.scan(blob, (rule) => Atomics.store(beat, 2, rule));
  });
  Atomics.store(beat, 1, -1);
  const reply = { batch: message.batch, results };
  parentPort?.postMessage(reply);
});
