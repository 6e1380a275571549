import { count } from './count.js';

/** One problem found in the user's input, printed as one line. */
export interface Problem {
  /** Path of the file, relative to the project folder where possible. */
  file: string;
  line?: number;
  column?: number;
  /** Field path inside the file, e.g. `pros[2].sources[0]`. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, input: 1, environment: 2, bug: 70 } as const;

/** Invalid input (data or templates): exit 1. Carries every problem found. */
export class InputError extends Error {
  readonly exitCode = EXIT.input;
  constructor(readonly problems: Problem[]) {
    super(`${count(tally(problems).errors, 'problem')} in the input`);
    this.name = 'InputError';
  }
}

/** The machine cannot do the job (no browser, output not writable): exit 2. */
export class EnvironmentError extends Error {
  readonly exitCode = EXIT.environment;
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EnvironmentError';
  }
}

/** The signals that end a build or a preview early, with the exit code a shell gives each: 128 and its number. */
export const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

/** The user (or the system) stopped the tool with a signal: nothing was written, or what was has been put back. */
export class Interrupted extends Error {
  readonly exitCode: number;
  constructor(readonly signal: StopSignal) {
    super(`stopped by ${signal}`);
    this.name = 'Interrupted';
    this.exitCode = STOP_SIGNALS[signal];
  }
}

export function problem(
  file: string,
  message: string,
  where: { line?: number; column?: number; field?: string } = {},
  severity: Problem['severity'] = 'error',
): Problem {
  return { file, message, severity, ...where };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** How many of the problems are errors, and how many warnings. */
export function tally(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Throws an InputError when any problem is an error; warnings pass. */
export function throwIfErrors(problems: readonly Problem[]): void {
  if (hasErrors(problems)) throw new InputError([...problems]);
}
