import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  fingerprint,
  locationHash
} from "./chunk-QK7QNPCE.js";
import "./chunk-MHERK6FT.js";
export {
  fingerprint,
  locationHash
};
