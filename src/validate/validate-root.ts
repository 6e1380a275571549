import { loadProject, type ParseCache } from '../load/load-project.js';
import { audienceNames } from '../templates/load-template-set.js';
import { listTemplateSets } from '../templates/template-set.js';
import { validateProject, type Validated } from './validate-project.js';

export interface ValidateOptions {
  /** Content lints; on unless false. */
  lint?: boolean;
  /** Parsed files kept across the builds of a watch session. */
  parseCache?: ParseCache;
  /** Files to check in place of the project's own of the same id, wherever they are. */
  named?: readonly string[];
}

/** Loads and validates the project at `root` against the template sets in `templateDirs`. */
export async function validateRoot(root: string, templateDirs: readonly string[], options: ValidateOptions = {}): Promise<Validated & { audiences: string[] }> {
  const [loaded, sets] = await Promise.all([loadProject(root, options.parseCache, options.named), listTemplateSets(templateDirs)]);
  const audiences = await audienceNames(sets);
  return { ...validateProject(loaded, audiences, options.lint ?? true), audiences };
}
