import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/patterns/re2.ts
var re2;
async function loadRe2() {
  if (re2) return;
  const mod = require("./vendor/re2js.cjs");
  re2 = (typeof mod.RE2JS === "function" ? mod : mod.default).RE2JS;
}
function isRe2Loaded() {
  return re2 !== void 0;
}
function engine() {
  if (!re2) throw new Error("internal error: re2js used before loadRe2()");
  return re2;
}
function flagBits(flags) {
  const R = engine();
  let bits = 0;
  for (const f of flags) {
    if (f === "i") bits |= R.CASE_INSENSITIVE;
    else if (f === "m") bits |= R.MULTILINE;
    else if (f === "s") bits |= R.DOTALL;
    else throw new Error(`flag "${f}" has no RE2 meaning; expected any of "i", "m", "s"`);
  }
  return bits;
}
function compileRe2(source, flags = "") {
  const construct = nonLinearConstruct(source);
  if (construct) throw new Error(construct);
  const R = engine();
  const bits = flagBits(flags);
  let compiled;
  try {
    compiled = R.compile(source, bits);
  } catch (error) {
    throw new Error(`not a valid Go (RE2) regular expression: ${(error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, "")}`);
  }
  const groupCount = compiled.groupCount();
  return {
    groupCount,
    test: (text) => compiled.test(text),
    forEachMatch(text, group, found) {
      const m = compiled.matcher(text);
      while (m.find()) {
        let g = group;
        if (g < 0) {
          g = 0;
          for (let i = 1; i <= groupCount; i++) {
            if (m.start(i) >= 0 && m.end(i) > m.start(i)) {
              g = i;
              break;
            }
          }
        }
        const start = m.start(g);
        if (start < 0) continue;
        if (!found(start, m.end(g), m.start(0), m.end(0))) return;
      }
    }
  };
}
function nonLinearConstruct(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const at = ` at offset ${i}`;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "Q") {
        const end = source.indexOf("\\E", i + 2);
        i = end === -1 ? source.length : end + 1;
        continue;
      }
      if (!inClass && /[1-9]/.test(next)) return `backreference \\${next}${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === "k" && source[i + 2] === "<") return `named backreference \\k<...>${at}: RE2 has no backreferences (they need backtracking)`;
      if (!inClass && next === "G") return `\\G${at}: not RE2 syntax (match-continuation anchors need a backtracking engine)`;
      if ((next === "x" || next === "p" || next === "P") && source[i + 2] === "{") {
        const end = source.indexOf("}", i + 3);
        i = end === -1 ? source.length : end;
        continue;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[" && source[i + 1] === ":") {
        const end = source.indexOf(":]", i + 2);
        if (end !== -1) i = end + 1;
      } else if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (source[i + 1] === "^") i++;
      if (source[i + 1] === "]") i++;
      continue;
    }
    if (c === "(" && source[i + 1] === "?") {
      const rest = source.slice(i + 2, i + 4);
      if (rest.startsWith("=")) return `lookahead (?=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith("!")) return `negative lookahead (?!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === "<=") return `lookbehind (?<=...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest === "<!") return `negative lookbehind (?<!...)${at}: RE2 has no lookaround (it needs backtracking)`;
      if (rest.startsWith(">")) return `atomic group (?>...)${at}: not RE2 syntax`;
      if (rest.startsWith("(")) return `conditional (?(...)${at}: not RE2 syntax`;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?" || c === "}") && source[i + 1] === "+") {
      return `possessive quantifier ${c}+${at}: not RE2 syntax`;
    }
  }
  return void 0;
}

// src/core/freeze.ts
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export {
  loadRe2,
  isRe2Loaded,
  compileRe2,
  deepFreeze
};
