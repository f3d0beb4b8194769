import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);

// src/patterns/precomputed.ts
var readers;
var prefilter;
var globs;
var extraGlobs = /* @__PURE__ */ new Map();
function addGlobSources(sources) {
  if (!sources || typeof sources !== "object" || Array.isArray(sources)) return;
  for (const [glob, source] of Object.entries(sources)) {
    if (typeof source !== "string") continue;
    extraGlobs.set(glob, source);
    globs?.set(glob, source);
  }
}
function usePrecomputed(next) {
  if (next === readers) return;
  readers = next;
  prefilter = void 0;
  globs = void 0;
}
function precomputedPrefilter() {
  prefilter ??= { bytes: safely(() => readers?.prefilter()) };
  return prefilter.bytes;
}
function precomputedGlobs() {
  if (globs) return globs;
  const table = process.platform === "win32" ? void 0 : safely(() => readers?.globs());
  const map = new Map(process.platform === "win32" ? [] : extraGlobs);
  if (table && typeof table === "object" && !Array.isArray(table)) {
    for (const [glob, source] of Object.entries(table)) if (typeof source === "string") map.set(glob, source);
  }
  return globs = map;
}
function safely(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}

// src/patterns/globs.ts
async function globsTest(globs2) {
  const known = precomputedGlobs();
  const regexes = globs2.every((g) => known.has(g)) ? compiled(globs2.map((g) => known.get(g))) : void 0;
  if (regexes) {
    const required = globs2.map(requiredText);
    return (path) => path !== "" && globs2.some((glob, i) => path === glob || mayMatch(path, required[i]) && regexes[i].test(path));
  }
  const { default: picomatch } = await import("./vendor/picomatch.cjs");
  return picomatch([...globs2], { dot: true });
}
function requiredText(glob) {
  if (glob.startsWith("!") || glob.includes("\\") || /\{[^}]*\{|\.\.|\[\^?!?\]/.test(glob)) return void 0;
  const expansions = expandBraces(glob);
  if (expansions === void 0) return void 0;
  const required = [];
  for (const expansion of expansions) {
    const outside = expansion.replace(/\[[^\]]*\]/g, "\0").replace(/[*?+@!]\([^)]*\)/g, "\0");
    const longest = outside.split(/[*?[\]{}()!+@|/\0]+/).reduce((a, b) => b.length > a.length ? b : a, "");
    if (longest.length < 2) return void 0;
    required.push(longest);
  }
  return required;
}
function expandBraces(glob) {
  const open = glob.indexOf("{");
  if (open === -1) return glob.includes("}") ? void 0 : [glob];
  const close = glob.indexOf("}", open);
  if (close === -1) return void 0;
  const rest = expandBraces(glob.slice(close + 1));
  if (rest === void 0) return void 0;
  const out = [];
  for (const choice of glob.slice(open + 1, close).split(",")) for (const tail of rest) out.push(glob.slice(0, open) + choice + tail);
  return out.length <= 64 ? out : void 0;
}
function mayMatch(path, required) {
  return required === void 0 || required.some((text) => path.includes(text));
}
function compiled(sources) {
  try {
    return sources.map((source) => new RegExp(source));
  } catch {
    return void 0;
  }
}
async function globSource(glob) {
  const known = precomputedGlobs().get(glob);
  if (known !== void 0 && compiled([known])) return known;
  const { default: picomatch } = await import("./vendor/picomatch.cjs");
  return picomatch.makeRe(glob, { dot: true }).source;
}
async function globSources(globs2) {
  const { default: picomatch } = await import("./vendor/picomatch.cjs");
  const out = {};
  for (const glob of globs2) out[glob] = picomatch.makeRe(glob, { dot: true }).source;
  return out;
}

export {
  addGlobSources,
  usePrecomputed,
  precomputedPrefilter,
  globsTest,
  requiredText,
  globSource,
  globSources
};
