import { writeAtomic } from './write-atomic.js';

export interface Output {
  path: string;
  data: string | Uint8Array;
}

/** Stage 6, write: only called once every output exists in memory, so a failed build writes nothing. */
export async function writeOutputs(outputs: readonly Output[]): Promise<string[]> {
  for (const output of outputs) await writeAtomic(output.path, output.data);
  return outputs.map((o) => o.path);
}
