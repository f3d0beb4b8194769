// `npm run bench:detector`: the detector alone, with the built-in rules, over a repository's text blobs, in one
// thread of one process: this build against another (--baseline), in alternating rounds. A history scan of a
// repository like rails is bound by its workers' CPU, that is by what the detector costs per byte, and a whole scan
// on this shared 2-core machine varies by 10-20% from minute to minute; two detectors taking turns over the same
// blobs in one process compare within a few percent. Prints a markdown table; never part of `npm test`.
//
//   npm run bench:detector -- --repo PATH [--baseline DIR] [--runs N] [--every N] [--max-mb N]
//
// --every N: every Nth blob (by id) in the repository's object store, so that a large history gives a sample of all
// its kinds of file.
// --baseline DIR: a build with its compiled sources (`git archive <rev> | tar -x -C DIR`, then `npm run build`
// there): DIR/build/src/engine/detect.js and DIR/build/src/ruleset/load.js are loaded beside this build's.
// Rules limited to some paths do not run (as for most blobs of a history scan, first met at other paths).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, readRepoBlobs } from './measure.js';

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    baseline: { type: 'string' },
    runs: { type: 'string' },
    every: { type: 'string' },
    'max-mb': { type: 'string' },
  },
});
if (!values.repo) throw new Error('--repo PATH: the repository whose blobs are scanned (a bare mirror is fine)');
/** A flag's positive whole number (its default when absent). */
function count(flag: 'runs' | 'every' | 'max-mb', fallback: number): number {
  const given = values[flag];
  const n = Number(given ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag}: expected a positive whole number, got "${given}"`);
  return n;
}
const runs = count('runs', 5);
const every = count('every', 1);
const maxBytes = count('max-mb', 400) * 1024 * 1024;

interface Build {
  readonly name: string;
  readonly scan: (blob: { id: string; bytes: Uint8Array }) => number;
}

/** A build's detector over its built-in rules; `root` holds build/src (this build: the directory above bench/). */
async function load(name: string, root: string): Promise<Build> {
  const detect = join(root, 'build', 'src', 'engine', 'detect.js');
  const rules = join(root, 'build', 'src', 'ruleset', 'load.js');
  if (!existsSync(detect) || !existsSync(rules)) throw new Error(`--baseline ${root}: no build/src/engine/detect.js or build/src/ruleset/load.js (run npm run build there)`);
  const { createDetector } = (await import(pathToFileURL(detect).href)) as typeof import('../src/engine/detect.js');
  const { loadBuiltinRules } = (await import(pathToFileURL(rules).href)) as typeof import('../src/ruleset/load.js');
  const detector = createDetector(await loadBuiltinRules());
  if (detector.needsModules) await detector.load();
  return { name, scan: (blob) => detector.scan(blob, undefined, false).matches.length };
}

const blobs = readRepoBlobs(resolve(values.repo), { every, maxBytes, text: true });
const bytes = blobs.reduce((n, b) => n + b.bytes.length, 0);
process.stderr.write(`${blobs.length} text blobs, ${(bytes / 1048576).toFixed(1)} MiB\n`);
const builds = [await load('this build', join(import.meta.dirname, '..', '..'))];
if (values.baseline !== undefined) builds.push(await load(`baseline (${values.baseline})`, resolve(values.baseline)));

const cpu = builds.map((): number[] => []);
const matches = builds.map(() => 0);
for (let round = 0; round < runs; round++) {
  // The builds take turns going first.
  const order = round % 2 === 0 ? builds.map((_, i) => i) : builds.map((_, i) => builds.length - 1 - i);
  for (const i of order) {
    const before = process.cpuUsage();
    let found = 0;
    for (const blob of blobs) found += builds[i]!.scan(blob);
    const used = process.cpuUsage(before);
    cpu[i]!.push((used.user + used.system) / 1000);
    matches[i] = found;
  }
}

const rows = builds.map((b, i) => {
  const mid = median(cpu[i]!);
  const ratio = i === 0 ? '' : `${(median(cpu[0]!) / mid).toFixed(2)}x`;
  return `| ${b.name} | ${Math.min(...cpu[i]!).toFixed(0)} | ${mid.toFixed(0)} | ${ratio} | ${matches[i]} |`;
});
process.stdout.write(
  [
    `Detector CPU over ${blobs.length} text blobs (${(bytes / 1048576).toFixed(1)} MiB) of ${values.repo}, ${runs} alternating rounds, one thread`,
    '',
    '| build | min ms | median ms | this / baseline | matches |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
