import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  isZeroOid,
  parsePrePushInput,
  resolvePushRevs
} from "./chunk-V5MDRX66.js";
import "./chunk-6Q7H7BQF.js";
import "./chunk-TVGA44QV.js";
import "./chunk-MHERK6FT.js";
export {
  isZeroOid,
  parsePrePushInput,
  resolvePushRevs
};
