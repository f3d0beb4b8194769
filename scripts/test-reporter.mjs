// The reporter `npm test` uses (scripts/run-tests.mjs): one progress line, every failure in full as it happens
// (the assertion's diff, the stack, and what the file printed), a list of the failing tests at the end, and the test
// runner's own summary lines (`# tests N`, `# pass N`, `# fail N`...), which CI reads. Passing tests print nothing.
//
// On a terminal the progress line is redrawn in place; elsewhere (CI logs) it is printed when a tenth of the files
// is done, and once at the end, so a log shows the run moving without a line per test.

import { inspect } from 'node:util';
import { relative } from 'node:path';

const tty = Boolean(process.stdout.isTTY);
const totalFiles = Number(process.env.LEAKGATE_TEST_FILES) || undefined;
/** Lines of a file's own output kept to show with its failures. */
const OUTPUT_LINES = 200;

const show = (file) => (file ? relative(process.cwd(), file) : '(no file)');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const indent = (text, prefix) => text.replace(/^/gm, prefix);

/** The error a test failed with: the runner wraps it (ERR_TEST_FAILURE) with the real one as its cause. */
function describe(error) {
  const cause = error?.code === 'ERR_TEST_FAILURE' && error.cause !== undefined ? error.cause : error;
  if (cause instanceof Error) return inspect(cause, { depth: 6, colors: tty, breakLength: 120 });
  return typeof cause === 'string' ? cause : inspect(cause, { depth: 6, colors: tty });
}

export default async function* compactReporter(source) {
  const started = Date.now();
  let filesDone = 0;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let lastPrinted = -1;
  let lastCounts = '';
  let progressShown = false;
  /** Names of the running tests by file and nesting, to name a failing subtest with its parents. */
  const stacks = new Map();
  /** What each file printed (its tests' console output, a crash's stack), shown with that file's failures. */
  const output = new Map();
  const failures = [];
  /** Files with a failure: what they print after it is shown when they end. */
  const failing = new Set();
  const summary = [];

  /** What a file printed since it was last shown (then forgotten), as an indented block; '' if nothing. */
  const printedBy = (file) => {
    const lines = output.get(file);
    output.delete(file);
    if (!lines || lines.length === 0) return '';
    return `  output of ${show(file)} (last ${lines.length} lines):\n${indent(lines.join('').replace(/\n$/, ''), '  | ')}\n`;
  };
  const counts = () => `${filesDone} ${passed} ${failed} ${skipped}`;
  const progress = () => {
    const files = totalFiles ? `${filesDone}/${totalFiles} files` : `${filesDone} files`;
    return `tests: ${files}, ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds(Date.now() - started)})`;
  };
  /** Tenths of the files done (or tens of files, when their number is not known): when a log gets a line. */
  const tenth = () => (totalFiles ? Math.floor((filesDone * 10) / totalFiles) : Math.floor(filesDone / 10));
  const clear = () => {
    if (tty && progressShown) {
      progressShown = false;
      return '\r\u001b[2K';
    }
    return '';
  };
  const redraw = () => {
    if (tty) {
      progressShown = true;
      return `\r\u001b[2K${progress().slice(0, (process.stdout.columns || 100) - 1)}`;
    }
    if (tenth() === lastPrinted) return '';
    lastPrinted = tenth();
    lastCounts = counts();
    return `${progress()}\n`;
  };

  for await (const { type, data } of source) {
    switch (type) {
      case 'test:start': {
        const stack = stacks.get(data.file) ?? [];
        stack[data.nesting] = data.name;
        stack.length = data.nesting + 1;
        stacks.set(data.file, stack);
        break;
      }
      case 'test:stdout':
      case 'test:stderr': {
        const lines = output.get(data.file) ?? [];
        lines.push(data.message);
        if (lines.length > OUTPUT_LINES) lines.splice(0, lines.length - OUTPUT_LINES);
        output.set(data.file, lines);
        break;
      }
      case 'test:pass':
        if (data.name === data.file && data.nesting === 0) break; // a file's own entry
        if (data.skip !== undefined || data.todo !== undefined) skipped++;
        else passed++;
        yield redraw();
        break;
      case 'test:fail': {
        const error = data.details?.error;
        // A parent whose subtests failed, or a file whose tests failed: the failures themselves are reported.
        if (error?.failureType === 'subtestsFailed') break;
        if (data.todo !== undefined) {
          skipped++;
          break;
        }
        failed++;
        const names = [...(stacks.get(data.file) ?? []).slice(0, data.nesting), data.name].filter((name) => name !== data.file);
        const title = `${show(data.file)}${data.line ? `:${data.line}` : ''} > ${names.join(' > ') || '(the file itself)'}`;
        failures.push(title);
        failing.add(data.file);
        let text = `${clear()}\n✖ ${title} (${seconds(data.details?.duration_ms ?? 0)})\n`;
        if (error?.failureType === 'cancelledByParent') text += '  cancelled: its parent test or file ended first\n';
        else text += `${indent(describe(error), '  ')}\n`;
        text += printedBy(data.file);
        yield `${text}\n${redraw()}`;
        break;
      }
      case 'test:complete':
        if (data.name === data.file && data.nesting === 0) {
          filesDone++;
          stacks.delete(data.file);
          const late = failing.has(data.file) ? printedBy(data.file) : '';
          yield late ? `${clear()}${late}\n${redraw()}` : redraw();
        }
        break;
      case 'test:diagnostic':
        // The runner's summary comes last, without a file; a test's own diagnostics are left out.
        if (data.file === undefined && data.nesting === 0) summary.push(data.message);
        break;
      default:
        break;
    }
  }
  let end = tty || counts() !== lastCounts ? `${clear()}${progress()}\n` : '';
  if (failures.length > 0) end += `\nfailing tests (${failures.length}), each in full above:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}\n`;
  end += `\n${summary.map((line) => `# ${line}`).join('\n')}\n`;
  yield end;
}
