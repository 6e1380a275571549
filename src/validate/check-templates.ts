import { InputError, type Problem } from '../errors.js';
import { createRenderer } from '../render/create-renderer.js';
import { loadTemplateSet } from '../render/load-template-set.js';
import type { Project } from './project.js';

/**
 * Loads and compiles the template set of every audience a pack names, so that
 * `brief validate` reports template mistakes (syntax, missing bases, cycles,
 * remote CSS) as a build would. Mistakes that only show while rendering, such
 * as a misspelt field, are found by the build.
 */
export async function checkTemplates(project: Project, templateDirs: readonly string[], known: readonly string[]): Promise<Problem[]> {
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
