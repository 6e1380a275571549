import { rename, rm } from 'node:fs/promises';
import type { Output } from '../core/output-paths.js';
import { writeError, writeTemp } from './write-atomic.js';

export type { Output };

/**
 * The write stage, called only once every output exists in memory. First every
 * file is written to a temporary beside its target; if any of those writes
 * fails, all are removed and no previous output has changed. Then each is
 * renamed into place, which replaces a file whole.
 */
export async function writeOutputs(outputs: readonly Output[]): Promise<string[]> {
  const temps: string[] = [];
  try {
    for (const output of outputs) temps.push(await writeTemp(output.path, output.data));
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    throw error;
  }
  for (const [i, output] of outputs.entries()) {
    try {
      await rename(temps[i]!, output.path);
    } catch (error) {
      await Promise.all(temps.slice(i).map((t) => rm(t, { force: true }).catch(() => undefined)));
      throw writeError(output.path, error);
    }
  }
  return outputs.map((o) => o.path);
}
