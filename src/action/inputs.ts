// Action inputs: read once through a getter (core.getInput in the Action, a plain map in tests), validated
// together, with the same defaults as action.yml (a test keeps the two equal).

import { InputError } from '../core/errors.js';
import { CONFIDENCES, type Confidence } from '../core/rule.js';
import { FAIL_ON_VALUES, type FailOn } from '../core/fail-on.js';

/** What to scan: the event's commits (auto, range), every commit (history) or the files on disk (tree). */
export type ActionMode = 'auto' | 'history' | 'range' | 'tree';
export const ACTION_MODES: readonly ActionMode[] = ['auto', 'history', 'range', 'tree'];

export interface ActionInputs {
  readonly mode: ActionMode;
  /** Config file path ('' = the default lookup); see settings.ts. */
  readonly config: string;
  /** Baseline file path ('' = none). */
  readonly baseline: string;
  /** Undefined when the input is empty: the config's `failOn` applies. */
  readonly failOn: FailOn | undefined;
  /** Undefined when the input is empty: the config's `minConfidence`, else medium. */
  readonly minConfidence: Confidence | undefined;
  /** Pass a scan that could not look at everything (else exit 2). */
  readonly allowIncomplete: boolean;
  /** '' = leakgate.sarif in RUNNER_TEMP (the workspace outside a runner). */
  readonly sarifFile: string;
  /** SARIF category (`runAutomationDetails.id`), ending in "/"; '' = the default for the kind of scan. */
  readonly category: string;
  readonly redact: boolean;
  readonly workingDirectory: string;
  readonly commentOnPr: boolean;
  readonly token: string;
}

/**
 * Defaults applied when an input is empty. The runner fills them from action.yml; they are repeated here so the
 * bundle behaves the same when run directly (tests, other CI systems). `token` defaults to `${{ github.token }}`,
 * which only the runner can fill.
 */
export const INPUT_DEFAULTS = {
  mode: 'auto',
  config: '',
  baseline: '',
  'fail-on': '',
  'min-confidence': '',
  'allow-incomplete': 'false',
  'sarif-file': '',
  category: '',
  redact: 'true',
  'working-directory': '.',
  'comment-on-pr': 'false',
  token: '',
} as const satisfies Record<string, string>;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Reads and validates every input; all problems are reported together. */
export function readInputs(get: (name: InputName) => string): ActionInputs {
  const problems: string[] = [];
  const value = (name: InputName): string => get(name).trim() || INPUT_DEFAULTS[name];
  const choice = <T extends string>(name: InputName, accepted: readonly T[]): T => {
    const text = value(name).toLowerCase();
    if ((accepted as readonly string[]).includes(text)) return text as T;
    problems.push(`input "${name}": expected one of ${accepted.join(', ')}, got "${value(name)}"`);
    return INPUT_DEFAULTS[name] as T;
  };
  const flag = (name: InputName): boolean => {
    const text = value(name);
    if (/^(true|yes|on)$/i.test(text)) return true;
    if (/^(false|no|off)$/i.test(text)) return false;
    problems.push(`input "${name}": expected true or false, got "${text}"`);
    return INPUT_DEFAULTS[name] === 'true';
  };
  const inputs: ActionInputs = {
    mode: choice('mode', ACTION_MODES),
    config: value('config'),
    baseline: value('baseline'),
    failOn: value('fail-on') ? choice('fail-on', FAIL_ON_VALUES) : undefined,
    minConfidence: value('min-confidence') ? choice('min-confidence', [...CONFIDENCES].reverse()) : undefined,
    allowIncomplete: flag('allow-incomplete'),
    sarifFile: value('sarif-file'),
    category: category(value('category'), problems),
    redact: flag('redact'),
    workingDirectory: value('working-directory'),
    commentOnPr: flag('comment-on-pr'),
    token: get('token').trim(),
  };
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return Object.freeze(inputs);
}

/** A category as upload-sarif reads it from `runAutomationDetails.id`: the part up to the last "/". */
function category(text: string, problems: string[]): string {
  if (text === '') return '';
  if (/[\s\u0000-\u001f]/.test(text)) {
    problems.push(`input "category": expected a name without spaces or control characters (e.g. "leakgate/secrets"), got ${JSON.stringify(text)}`);
    return '';
  }
  return text.endsWith('/') ? text : `${text}/`;
}
