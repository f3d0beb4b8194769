import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DirectorySource,
  blobId
} from "./action-chunk-3FLMJDU4.js";
import "./action-chunk-YNICGUBZ.js";
import "./action-chunk-ND6KTPYW.js";
export {
  DirectorySource,
  blobId
};
