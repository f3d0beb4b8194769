import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/patterns/allow-value.ts
function compileAllowValue(source) {
  const flags = /^\(\?([ims]+)\)/.exec(source);
  return flags ? new RegExp(source.slice(flags[0].length), [...new Set(flags[1])].join("")) : new RegExp(source);
}
function literalPattern(value) {
  const bytes = Buffer.from(value, "utf8").toString("latin1");
  return `^${bytes.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")}$`;
}
var LITERAL_PATTERN = /^\^(?:\\[\\^$.*+?()[\]{}|/-]|[^\\^$.*+?()[\]{}|/-])*\$$/;
function isLiteralPattern(pattern) {
  return LITERAL_PATTERN.test(pattern);
}

export {
  compileAllowValue,
  literalPattern,
  isLiteralPattern
};
