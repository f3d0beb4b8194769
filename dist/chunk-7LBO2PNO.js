import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  DirectorySource,
  blobId,
  isDirectory
} from "./chunk-ML6SYDXY.js";
import "./chunk-MHERK6FT.js";
export {
  DirectorySource,
  blobId,
  isDirectory
};
