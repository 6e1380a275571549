import { join } from 'node:path';

/** `output/<pack-id>/<audience>.<format>`: the layout users and scripts rely on. */
export const briefPath = (outDir: string, packId: string, audience: string, format: 'html' | 'pdf') =>
  join(outDir, packId, `${audience}.${format}`);
