import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  require_dist
} from "./action-chunk-TSU6TNDI.js";
import "./action-chunk-ND6KTPYW.js";
export default require_dist();
