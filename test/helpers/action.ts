// Runs the bundled Action (dist/action.js) as the runner does: a child process with the GITHUB_* files and
// variables, the event payload in a JSON file, and INPUT_* variables; returns what the runner would read back.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import { tempDir } from './repo.js';

export const ACTION = join(ROOT, 'dist', 'action.js');

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Values set through $GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  /** What was written to $GITHUB_STEP_SUMMARY. */
  readonly summary: string;
  /** The SARIF file, parsed, when one was written. */
  readonly sarif:
    | {
        runs: {
          automationDetails: { id: string };
          results: { ruleId: string; message: { text: string } }[];
          invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
        }[];
      }
    | undefined;
  /** Workflow command lines (`::error ...`) on stdout. */
  readonly commands: string[];
}

export interface ActionCall {
  readonly event: string;
  readonly payload: unknown;
  readonly workspace: string;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
}

/** Parses the `name<<delimiter` blocks of a $GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Runs dist/action.js to completion (asynchronously, so a test server in this process can answer it). */
export async function runAction(call: ActionCall): Promise<ActionRun> {
  const temp = tempDir('leakgate-action-');
  try {
    const eventPath = join(temp.dir, 'event.json');
    const outputPath = join(temp.dir, 'output');
    const summaryPath = join(temp.dir, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(call.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const env: NodeJS.ProcessEnv = {};
    // Start from this process's environment without anything a real runner (or a proxy) would add.
    for (const [key, value] of Object.entries(process.env)) {
      if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)|proxy$/i.test(key)) continue;
      env[key] = value;
    }
    Object.assign(env, {
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: call.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: call.workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_SERVER_URL: 'https://github.example.test',
      GITHUB_RUN_ID: '42',
      'INPUT_SARIF-FILE': join(temp.dir, 'leakgate.sarif'),
      ...Object.fromEntries(Object.entries(call.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...call.env,
    });
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { cwd: call.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
      child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
      child.on('error', reject);
      child.on('close', (status) => resolve({ code: status ?? -1, stdout: out, stderr: err }));
    });
    const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
    const sarifPath = outputs['sarif-file'];
    return {
      code,
      stdout,
      stderr,
      outputs,
      summary: readFileSync(summaryPath, 'utf8'),
      sarif: sarifPath && existsSync(sarifPath) ? JSON.parse(readFileSync(sarifPath, 'utf8')) : undefined,
      commands: stdout.split('\n').filter((line) => line.startsWith('::')),
    };
  } finally {
    temp.remove();
  }
}
