import { InputError, type Problem } from './core/errors.js';
import { createRenderer } from './render/create-renderer.js';
import { loadTemplateSet } from './templates/load-template-set.js';
import type { Project } from './validate/project.js';
import { validateRoot, type ValidateOptions } from './validate/validate-root.js';
import type { Validated } from './validate/validate-project.js';

/**
 * Loads and compiles the template set of every audience a pack names, so that
 * `brief validate` reports template mistakes (syntax, missing bases, cycles,
 * remote CSS) as a build would. Mistakes that only show while rendering, such
 * as a misspelt field, are found by the build.
 */
async function checkTemplates(project: Project, templateDirs: readonly string[], known: readonly string[]): Promise<Problem[]> {
  const audiences = new Map<string, string>();
  for (const pack of project.packs.values()) for (const a of pack.data.audiences) if (known.includes(a) && !audiences.has(a)) audiences.set(a, pack.yaml.file);
  const problems: Problem[] = [];
  for (const [audience, from] of audiences) {
    try {
      await createRenderer(await loadTemplateSet(audience, templateDirs, from));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  return problems;
}

/** What `brief validate` checks: the project, and the template set of every audience its packs name, compiled. */
export async function checkProject(root: string, templateDirs: readonly string[], options: ValidateOptions = {}): Promise<Validated> {
  const validated = await validateRoot(root, templateDirs, options);
  validated.problems.push(...(await checkTemplates(validated.project, templateDirs, validated.audiences)));
  return validated;
}
