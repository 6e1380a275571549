import { resolve } from 'node:path';
import { InputError, problem, throwIfErrors } from './core/errors.js';
import { LAYOUT } from './core/layout.js';
import type { BriefModel } from './model/brief-model.js';
import { buildModel } from './model/build-model.js';
import { templateDirs } from './templates/template-set.js';
import { didYouMean } from './core/did-you-mean.js';
import { validateRoot } from './validate/validate-root.js';

export interface LoadPackOptions {
  /** The project folder (default: the working folder). */
  root?: string;
  /** Content lints; on unless false. */
  lint?: boolean;
}

/**
 * A validated pack with its options resolved, as templates see it (sources
 * are numbered only when a brief is rendered). Throws an InputError listing
 * every problem when the project is invalid.
 */
export async function loadPack(packId: string, options: LoadPackOptions = {}): Promise<BriefModel> {
  const root = resolve(options.root ?? '.');
  const { project, problems } = await validateRoot(root, templateDirs(root), { lint: options.lint });
  throwIfErrors(problems);
  const pack = project.packs.get(packId);
  if (!pack) throw new InputError([problem(LAYOUT.packs, `no pack "${packId}"${didYouMean(packId, project.packs.keys())}`)]);
  return buildModel(project, pack);
}
