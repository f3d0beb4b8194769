import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DirectorySource,
  blobId
} from "./action-chunk-A3LQOUGS.js";
import "./action-chunk-JZXY22IY.js";
import "./action-chunk-ND6KTPYW.js";
export {
  DirectorySource,
  blobId
};
