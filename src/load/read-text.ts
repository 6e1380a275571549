import { problem, type Problem } from '../core/errors.js';
import { realFileInside, REFUSED } from '../core/inside.js';
import { MAX_TEXT_BYTES, readCapped, tooBig } from '../core/read-capped.js';

export type ReadText = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Reads a UTF-8 text file that must really be a file inside `root` (links are
 * followed and checked), refusing pipes, devices, files over the size limit
 * and invalid UTF-8 with a located problem.
 */
export function readText(path: string, shown: string, root: string): ReadText {
  const refuse = (message: string): ReadText => ({ ok: false, problem: problem(shown, message, { line: 1, column: 1 }) });
  const real = realFileInside(root, path);
  if (!real.ok) return refuse(`the file ${REFUSED[real.why]}`);
  let read;
  try {
    read = readCapped(real.path, MAX_TEXT_BYTES);
  } catch (error) {
    return refuse(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!read.ok) return refuse(read.why === 'too-big' ? tooBig(read.size, MAX_TEXT_BYTES) : `the file ${REFUSED[read.why]}`);
  const bytes = read.bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: problem(shown, 'the file is not valid UTF-8 text', firstBadByte(bytes)) };
  }
}

/** Line and column of the first byte that is not valid UTF-8. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  const text = new TextDecoder().decode(bytes.subarray(0, lo));
  const lines = text.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
