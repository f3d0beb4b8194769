import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/core/freeze.ts
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export {
  deepFreeze
};
