import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/sources/added-lines.ts
function pairKey(oldBlob, newBlob) {
  return `${oldBlob}..${newBlob}`;
}
var INDEX_LINE = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: \d+)?$/;
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseAddedLines(patch) {
  const text = typeof patch === "string" ? patch : patch.toString("latin1");
  const out = /* @__PURE__ */ new Map();
  let key;
  let ranges;
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(pos);
    if (oldLeft > 0 || newLeft > 0) {
      if (first === 43) {
        const last = ranges?.at(-1);
        if (last && last[1] === newLine - 1) last[1] = newLine;
        else ranges?.push([newLine, newLine]);
        newLine++;
        newLeft--;
      } else if (first === 45) {
        oldLeft--;
      } else if (first === 32 || end === pos) {
        oldLeft--;
        newLeft--;
        newLine++;
      }
      pos = end + 1;
      continue;
    }
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.startsWith("diff ")) {
      key = void 0;
      ranges = void 0;
    } else if (key === void 0 && line.startsWith("index ")) {
      const m = INDEX_LINE.exec(line);
      if (m) {
        key = pairKey(m[1], m[2]);
        ranges = [];
        out.set(key, ranges);
      }
    } else if (key !== void 0 && (line.startsWith("Binary files ") || line === "GIT binary patch")) {
      out.set(key, void 0);
      ranges = void 0;
    } else if (line.startsWith("@@ ")) {
      const m = HUNK_HEADER.exec(line);
      if (!m) continue;
      oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === void 0 ? 1 : Number(m[3]);
    }
  }
  return out;
}
function intersectLines(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i];
    const [b0, b1] = b[j];
    const lo = Math.max(a0, b0);
    const hi = Math.min(a1, b1);
    if (lo <= hi) out.push([lo, hi]);
    if (a1 < b1) i++;
    else j++;
  }
  return out;
}

export {
  pairKey,
  parseAddedLines,
  intersectLines
};
