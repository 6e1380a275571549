import type { Io } from './io.js';

/** With `BRIEF_DEBUG` set and no terminal, each stage of a build as it starts, one line on standard error: for logs, and for tests that wait for a stage. */
export const stageLog = (io: Io) => (!io.tty && process.env['BRIEF_DEBUG'] ? (message: string) => io.err(`brief: ${message}...`) : undefined);
