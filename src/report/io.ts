import { colourWanted } from './colour.js';

/** Where the CLI writes: the process by default, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Colour the output (see colour.ts for the rules). */
  colour?: boolean;
  /** Errors go to a terminal: progress may be shown there. */
  tty?: boolean;
  /** Writes to the error stream as it is, with no newline: for a progress line. */
  status?(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  colour: colourWanted(process.stderr),
  tty: process.stderr.isTTY === true,
  status: (text) => void process.stderr.write(text),
};
