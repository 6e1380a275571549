import { CommanderError } from 'commander';
import { EnvironmentError, EXIT, InputError, Interrupted, tally } from '../core/errors.js';
import { formatProblem, sortProblems } from './format-problem.js';
import type { Io } from './io.js';
import { count } from '../core/count.js';

/** Prints any error the way a user should see it and returns the exit code. Never a stack trace, unless asked. */
export function reportError(error: unknown, io: Io, debug = !!process.env['BRIEF_DEBUG']): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  if (error instanceof Interrupted) {
    io.err(`brief: ${error.message}; nothing was written, every earlier output is as it was`);
    return error.exitCode;
  }
  if (error instanceof InputError) {
    for (const p of sortProblems(error.problems)) io.err(formatProblem(p));
    io.err(`brief: ${count(tally(error.problems).errors, 'problem')} found; nothing was written`);
    return EXIT.input;
  }
  if (error instanceof EnvironmentError) {
    io.err(`brief: ${error.message}`);
    if (error.hint) io.err(error.hint);
    if (debug && error.cause instanceof Error) io.err(error.cause.stack ?? String(error.cause));
    return EXIT.environment;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`brief: internal error: ${message}`);
  io.err(debug && error instanceof Error ? (error.stack ?? '') : 'This is a bug in options-brief. Run again with BRIEF_DEBUG=1 and report the output.');
  return EXIT.bug;
}
