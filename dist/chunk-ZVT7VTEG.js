import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DirectorySource,
  blobId
} from "./chunk-L7OIDODS.js";
import "./chunk-4YATRJTD.js";
import "./chunk-MHERK6FT.js";
export {
  DirectorySource,
  blobId
};
