import { InputError, problem } from '../core/errors.js';
import { LAYOUT } from '../core/layout.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { Entry, Project } from '../validate/project.js';
import type { Pack } from '../schema/pack.js';

export interface BriefJob {
  pack: Entry<Pack>;
  audience: string;
}

/** The briefs to build: the named packs (all when none), each with its audiences or the ones asked for. */
export function selectBriefs(project: Project, packIds: readonly string[], audiences: readonly string[]): BriefJob[] {
  const known = [...project.packs.keys()];
  const missing = packIds.filter((id) => !project.packs.has(id));
  if (missing.length > 0) {
    throw new InputError(missing.map((id) => problem(LAYOUT.packs, `no pack "${id}"${didYouMean(id, known)}; packs here: ${known.join(', ') || 'none'}`)));
  }
  const packs = packIds.length > 0 ? packIds.map((id) => project.packs.get(id)!) : [...project.packs.values()];
  if (packs.length === 0) throw new InputError([problem(LAYOUT.packs, 'no pack to build: add a pack file here')]);
  return packs.flatMap((pack) => (audiences.length > 0 ? audiences : pack.data.audiences).map((audience) => ({ pack, audience })));
}
