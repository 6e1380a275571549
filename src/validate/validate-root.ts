import { loadProject } from '../load/load-project.js';
import { audienceNames } from '../render/load-template-set.js';
import { listTemplateSets } from '../render/template-set.js';
import { validateProject, type Validated } from './validate-project.js';

/** Loads and validates the project at `root` against the template sets in `templateDirs`. */
export async function validateRoot(root: string, templateDirs: readonly string[], options: { lint?: boolean } = {}): Promise<Validated> {
  const [loaded, sets] = await Promise.all([loadProject(root), listTemplateSets(templateDirs)]);
  return validateProject(loaded, await audienceNames(sets), options.lint ?? true);
}
