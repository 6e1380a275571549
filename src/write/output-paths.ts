import { join } from 'node:path';

/** `output/<pack-id>/<name>.<format>`: the layout users and scripts rely on. */
export const briefPath = (outDir: string, packId: string, name: string, format: 'html' | 'pdf') => join(outDir, packId, `${name}.${format}`);

/** `output/<pack-id>/<name>/<option-id>.pdf`: one brief per option, e.g. `handouts/dixon-plan.pdf`. */
export const optionBriefPath = (outDir: string, packId: string, name: string, optionId: string) => join(outDir, packId, name, `${optionId}.pdf`);
