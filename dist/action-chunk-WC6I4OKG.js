import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  fingerprint,
  locationHash
} from "./action-chunk-EMRFMDBK.js";
import "./action-chunk-ND6KTPYW.js";
export {
  fingerprint,
  locationHash
};
