import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/engine/fingerprint.ts
const { createRequire } = require("node:module");
var crypto;
function createHash(algorithm) {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash(algorithm);
}
function fingerprint(ruleId, secret, path) {
  const hash = createHash("sha256").update(ruleId).update("\0").update(secret);
  if (path !== void 0) hash.update("\0").update(path);
  return hash.digest("hex").slice(0, 24);
}
function locationHash(findingFingerprint, path) {
  return `${createHash("sha256").update(findingFingerprint).update("\0").update(path).digest("hex").slice(0, 16)}:1`;
}

export {
  fingerprint,
  locationHash
};
