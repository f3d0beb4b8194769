import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  fingerprint,
  locationHash
} from "./chunk-SCYJGH7J.js";
import "./chunk-MHERK6FT.js";
export {
  fingerprint,
  locationHash
};
