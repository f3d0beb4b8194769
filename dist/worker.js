import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  FLAG_BINARY,
  FLAG_MATCHED
} from "./chunk-EEUAQW6Z.js";
import {
  createDetector
} from "./chunk-LNCCVCRI.js";
import "./chunk-JQHSVOUR.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
var detector = createDetector(init.rules);
var beat = new Int32Array(init.heartbeat);
if (detector.needsModules) await detector.load();
parentPort?.on("message", (message) => {
  const bytes = new Uint8Array(message.buffer);
  const flags = new Uint8Array(message.ids.length);
  const details = [];
  message.ids.forEach((id, i) => {
    Atomics.store(beat, 0, message.batch);
    Atomics.store(beat, 1, i);
    Atomics.store(beat, 2, -1);
    Atomics.add(beat, 3, 1);
    const blob = { id, bytes: bytes.subarray(message.offsets[i], message.offsets[i + 1]) };
    const result = detector.scan(blob, (rule) => Atomics.store(beat, 2, rule), message.scoped[i] !== 0);
    flags[i] = (result.binary ? FLAG_BINARY : 0) | (result.matched ? FLAG_MATCHED : 0);
    if (result.matches.length > 0 || result.diagnostics.length > 0) details.push({ index: i, matches: result.matches, diagnostics: result.diagnostics });
  });
  Atomics.store(beat, 1, -1);
  const reply = { batch: message.batch, flags, details, buffer: message.buffer };
  parentPort?.postMessage(reply, [message.buffer]);
});
