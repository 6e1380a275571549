/**
 * The Node API: the same pipeline the CLI runs.
 *
 * ```ts
 * import { build, validate, loadPack } from 'options-brief';
 * const { problems } = await validate('.');
 * const model = await loadPack('kashmir-2025');
 * const { written } = await build({ packs: ['kashmir-2025'], formats: ['html'] });
 * ```
 */
export { build, type BuildOptions, type BuildResult, type Format } from './build.js';
export { loadPack, type LoadPackOptions } from './load-pack.js';
export { InputError, EnvironmentError, EXIT, type Problem } from './core/errors.js';
export { formatProblem } from './report/format-problem.js';
export type { BriefModel, OptionView, SourceView } from './model/brief-model.js';
export type { PolicyOption } from './schema/option.js';
export type { Pack } from './schema/pack.js';
export type { Source } from './schema/source.js';

import { resolve } from 'node:path';
import { templateDirs } from './templates/template-set.js';
import type { ValidateOptions } from './validate/validate-root.js';
import { checkProject } from './check-project.js';
import type { Validated } from './validate/validate-project.js';

/** Validates the project at `root` (default: the working folder): every problem, none thrown. */
export function validate(root = '.', options: ValidateOptions = {}): Promise<Validated> {
  const dir = resolve(root);
  return checkProject(dir, templateDirs(dir), options);
}
