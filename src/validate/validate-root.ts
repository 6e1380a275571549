import { loadProject, type ParseCache } from '../load/load-project.js';
import { audienceNames } from '../render/load-template-set.js';
import { listTemplateSets } from '../render/template-set.js';
import { checkTemplates } from './check-templates.js';
import { validateProject, type Validated } from './validate-project.js';

export interface ValidateOptions {
  /** Content lints; on unless false. */
  lint?: boolean;
  /** Also load and compile the template set of every audience (brief validate does; a build compiles them anyway). */
  templates?: boolean;
  /** Parsed files kept across the builds of a watch session. */
  parseCache?: ParseCache;
}

/** Loads and validates the project at `root` against the template sets in `templateDirs`. */
export async function validateRoot(root: string, templateDirs: readonly string[], options: ValidateOptions = {}): Promise<Validated> {
  const [loaded, sets] = await Promise.all([loadProject(root, options.parseCache), listTemplateSets(templateDirs)]);
  const audiences = await audienceNames(sets);
  const validated = validateProject(loaded, audiences, options.lint ?? true);
  if (options.templates) validated.problems.push(...(await checkTemplates(validated.project, templateDirs, audiences)));
  return validated;
}
