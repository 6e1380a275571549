import type { Problem } from '../errors.js';
import type { LoadedProject } from '../load/load-project.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { fileId } from '../load/project-files.js';
import { checkSchema } from './check-schema.js';
import { crossCheck } from './cross-check.js';
import { lintContent } from './lint-content.js';
import { problemAt } from './located-problem.js';
import type { Entry, Project } from './project.js';
import { OptionSchema } from './schemas/option.js';
import { PackSchema } from './schemas/pack.js';
import { SourcesFileSchema } from './schemas/source.js';
import type { z } from 'zod';

export interface Validated {
  project: Project;
  problems: Problem[];
}

function entries<S extends z.ZodType>(files: YamlFile[], schema: S, problems: Problem[]): Map<string, Entry<z.output<S>>> {
  const map = new Map<string, Entry<z.output<S>>>();
  for (const yaml of files) {
    const checked = checkSchema(yaml, schema);
    problems.push(...checked.problems);
    const id = fileId(yaml.file);
    if (map.has(id)) problems.push(problemAt(yaml, [], `another file already defines "${id}" (${map.get(id)?.yaml.file})`));
    else if (checked.data !== undefined) map.set(id, { id, data: checked.data, yaml });
  }
  return map;
}

function sourceEntries(yaml: YamlFile | undefined, problems: Problem[]): Project['sources'] {
  const map: Project['sources'] = new Map();
  if (!yaml) return map;
  const checked = checkSchema(yaml, SourcesFileSchema);
  problems.push(...checked.problems);
  checked.data?.sources.forEach((data, index) => {
    if (map.has(data.id)) problems.push(problemAt(yaml, ['sources', index, 'id'], `source "${data.id}" is defined twice`));
    else map.set(data.id, { id: data.id, data, yaml, index });
  });
  return map;
}

/**
 * Stage 2, validate: every file against its schema, then the checks between
 * files, then (unless `lint` is false) the content lints. All problems are
 * returned together, none thrown.
 */
export function validateProject(loaded: LoadedProject, templateSets: readonly string[], lint = true): Validated {
  const problems = [...loaded.problems];
  const project: Project = {
    root: loaded.root,
    sourcesYaml: loaded.sources,
    sources: sourceEntries(loaded.sources, problems),
    options: entries(loaded.options, OptionSchema, problems),
    packs: entries(loaded.packs, PackSchema, problems),
    brokenOptions: new Set(),
    parsedFiles: [...loaded.options, ...loaded.packs],
  };
  for (const id of loaded.optionIds) if (!project.options.has(id)) project.brokenOptions.add(id);
  problems.push(...crossCheck(project, templateSets));
  if (lint) problems.push(...lintContent(project));
  return { project, problems };
}
