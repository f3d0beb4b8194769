import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-6WTS4UGZ.js";
import "./chunk-MHERK6FT.js";
export default require_dist();
