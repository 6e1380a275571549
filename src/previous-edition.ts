import { InputError, problem, type Problem } from './core/errors.js';
import { didYouMean } from './core/did-you-mean.js';
import { loadProjectAtRef, resolveRef } from './load/load-at-ref.js';
import { compareEditions, type EditionChanges } from './model/compare-editions.js';
import type { BriefJob } from './model/select-briefs.js';
import type { Pack } from './schema/pack.js';
import { problemAt } from './validate/located-problem.js';
import type { Entry, Project } from './validate/project.js';
import { validateProject } from './validate/validate-project.js';

/**
 * What changed in `pack` since it stood at `ref`: the old files are read from
 * git and validated as the current ones are (without the content lints).
 * `where` says where the ref came from, for the error when it names nothing.
 */
export async function changesSince(project: Project, pack: Entry<Pack>, ref: string, audiences: readonly string[], where: (message: string) => Problem): Promise<EditionChanges> {
  const resolved = await resolveRef(project.root, ref);
  if (!resolved.ok) throw new InputError([where(resolved.reason)]);
  const loaded = await loadProjectAtRef(project.root, ref, resolved.commit);
  const { project: old, problems } = validateProject(loaded, audiences, false);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError([where(`the edition at "${ref}" is not valid as options-brief reads packs now, so it cannot be compared; its problems follow`), ...errors]);
  const oldPack = old.packs.get(pack.id);
  if (!oldPack) {
    throw new InputError([where(`there was no pack "${pack.id}" at "${ref}"${didYouMean(pack.id, old.packs.keys())}; packs there: ${[...old.packs.keys()].join(', ') || 'none'}`)]);
  }
  return { ref, edition: oldPack.data.edition ?? null, date: oldPack.data.date, items: compareEditions(old, oldPack, project, pack) };
}

/** For each pack a build makes that names the edition it `follows`, what changed since that edition. */
export async function changesForBuild(project: Project, jobs: readonly BriefJob[], audiences: readonly string[]): Promise<Map<string, EditionChanges>> {
  const packs = new Map(jobs.filter((j) => j.pack.data.follows !== undefined).map((j) => [j.pack.id, j.pack]));
  const found = new Map<string, EditionChanges>();
  for (const pack of packs.values()) {
    const where = (message: string) => problemAt(pack.yaml, ['follows'], message);
    found.set(pack.id, await changesSince(project, pack, pack.data.follows!, audiences, where));
  }
  return found;
}

/** A problem about the `--since` flag of `brief diff`, which has no place in a file. */
export const sinceFlag = (message: string): Problem => problem('--since', message);

