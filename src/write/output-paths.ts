import { join } from 'node:path';
import type { RenderedBrief } from '../render/render-briefs.js';

/** `output/<pack-id>/<name>.<format>`: the layout users and scripts rely on. */
export const briefPath = (outDir: string, packId: string, name: string, format: 'html' | 'pdf') => join(outDir, packId, `${name}.${format}`);

/** `output/<pack-id>/<name>/<option-id>.pdf`: one brief per option, e.g. `handouts/dixon-plan.pdf`. */
export const optionBriefPath = (outDir: string, packId: string, name: string, optionId: string) => join(outDir, packId, name, `${optionId}.pdf`);

/** Where a rendered brief is written in `format`: one of the two paths above. */
export function briefOutputPath(outDir: string, brief: RenderedBrief, format: 'html' | 'pdf'): string {
  const name = brief.set.config.output;
  return brief.option === undefined ? briefPath(outDir, brief.pack.id, name, format) : optionBriefPath(outDir, brief.pack.id, name, brief.option.id);
}
