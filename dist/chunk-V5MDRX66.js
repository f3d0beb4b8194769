import { createRequire as __leakgateRequire } from 'node:module'; const require = __leakgateRequire(import.meta.url);
import {
  git
} from "./chunk-6Q7H7BQF.js";
import {
  GitError,
  InputError
} from "./chunk-TVGA44QV.js";

// src/sources/pre-push.ts
var OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var ZERO = /^0+$/;
function isZeroOid(sha) {
  return ZERO.test(sha);
}
function parsePrePushInput(text) {
  const updates = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    const parts = line.split(" ");
    const [localRef = "", localSha = "", remoteRef = "", remoteSha = ""] = parts;
    if (parts.length !== 4 || !OID.test(localSha) || !OID.test(remoteSha)) {
      throw new InputError(
        `--pre-push: standard input line ${i + 1} is not "<local ref> <local sha> <remote ref> <remote sha>": "${line.slice(0, 200)}"`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return updates;
}
async function resolvePushRevs(repo, updates, options = {}) {
  const notes = [];
  const diagnostics = [];
  const pushed = updates.filter((u) => {
    if (isZeroOid(u.localSha)) notes.push(`${u.remoteRef}: deleted, nothing to scan`);
    return !isZeroOid(u.localSha);
  });
  if (pushed.length === 0) return { revs: [], notes, diagnostics };
  for (const u of updates) {
    for (const rev of [u.localSha, u.remoteSha]) {
      if (rev.startsWith("-") || /\s/.test(rev)) throw new InputError(`--pre-push: "${rev}" is not a revision`);
    }
  }
  const asked = [...new Set(pushed.flatMap((u) => isZeroOid(u.remoteSha) ? [u.localSha] : [u.localSha, u.remoteSha]))];
  const peeled = await peel(repo, asked);
  const include = /* @__PURE__ */ new Set();
  const exclude = /* @__PURE__ */ new Set();
  for (const u of pushed) {
    const local = peeled.get(u.localSha);
    if (!local) throw new GitError(`${u.localRef}: pushed object ${u.localSha} is not in this repository`);
    if (local.type !== "commit") {
      diagnostics.push({
        code: "git-warning",
        detail: `${u.localRef} points at a ${local.type} (${local.id}), not a commit; its content was not scanned`
      });
      continue;
    }
    include.add(local.id);
    if (isZeroOid(u.remoteSha)) {
      notes.push(`${u.remoteRef}: new, scanning commits not on ${describe(options.exclude)}`);
      continue;
    }
    const remote = peeled.get(u.remoteSha);
    if (remote?.type === "commit") {
      exclude.add(remote.id);
      notes.push(`${u.remoteRef}: ${remote.id.slice(0, 12)}..${local.id.slice(0, 12)}`);
    } else {
      notes.push(`${u.remoteRef}: remote value ${u.remoteSha.slice(0, 12)} is not in this repository; scanning commits not on ${describe(options.exclude)}`);
    }
  }
  if (include.size === 0) return { revs: [], notes, diagnostics };
  const revs = [...include, ...[...exclude].map((id) => `^${id}`)];
  const extra = options.exclude ?? [];
  if (extra.length > 0) revs.push("--not", ...extra);
  return { revs, notes, diagnostics };
}
function describe(exclude) {
  if (!exclude || exclude.length === 0) return "the remote";
  return exclude.map((e) => e === "--remotes" ? "any remote-tracking ref" : e === "--all" ? "any ref" : e).join(", ");
}
async function peel(repo, names) {
  const out = /* @__PURE__ */ new Map();
  const text = await git(repo, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], names.map((n) => `${n}^{}
`).join(""));
  const lines = text.split("\n");
  names.forEach((name, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    if (type && type !== "missing" && OID.test(id)) out.set(name, { id, type });
  });
  return out;
}

export {
  isZeroOid,
  parsePrePushInput,
  resolvePushRevs
};
