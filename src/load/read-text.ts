import { readFile, stat } from 'node:fs/promises';
import { problem, type Problem } from '../core/errors.js';

/** Larger files are refused before they are read: no option file comes near this. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadText = { ok: true; text: string } | { ok: false; problem: Problem };

/** Reads a UTF-8 text file, refusing huge files and invalid UTF-8 with a located problem. */
export async function readText(path: string, shown: string): Promise<ReadText> {
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, problem: problem(shown, `the file is ${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}`, { line: 1, column: 1 }) };
  }
  const bytes = await readFile(path);
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
