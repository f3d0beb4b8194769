import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DirectorySource,
  blobId
} from "./action-chunk-V6ISAJER.js";
import "./action-chunk-ND6KTPYW.js";
export {
  DirectorySource,
  blobId
};
