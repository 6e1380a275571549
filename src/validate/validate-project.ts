import type { Problem } from '../core/errors.js';
import type { LoadedProject } from '../load/load-project.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { fileId } from '../core/layout.js';
import { checkSchema } from '../schema/check-schema.js';
import { checkTranslations } from './check-translations.js';
import { crossCheck } from './cross-check.js';
import { lintContent } from './lint-content.js';
import { problemAt } from './located-problem.js';
import { findPlaceholders } from './placeholders.js';
import { findHiddenCharacters } from './hidden-characters.js';
import { findLongRuns } from './long-runs.js';
import { LOADED_TERMS, projectTerms, type LoadedTermRule } from './loaded-terms.js';
import { TermsFileSchema } from '../schema/terms.js';
import type { Entry, Project } from './project.js';
import { Id } from '../schema/common.js';
import { OptionSchema } from '../schema/option.js';
import { PackSchema } from '../schema/pack.js';
import { OptionTranslationSchema } from '../schema/translation.js';
import { SourceSchema, SourcesFileShape } from '../schema/source.js';
import { z } from 'zod';

/** The registry's whole shape, entries included: to tell which of its fields are one-line. */
const SourcesFile = z.object({ sources: z.array(SourceSchema) });

export interface Validated {
  project: Project;
  problems: Problem[];
}

/** A kebab-case spelling of a file name, to suggest. */
const kebab = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-file';

function entries<S extends z.ZodType>(files: YamlFile[], schema: S, problems: Problem[]): Map<string, Entry<z.output<S>>> {
  const map = new Map<string, Entry<z.output<S>>>();
  for (const yaml of files) {
    const checked = checkSchema(yaml, schema);
    problems.push(...checked.problems);
    const id = fileId(yaml.file);
    // The id names output folders and files: `...yaml` must not become `..`.
    if (!Id.safeParse(id).success) problems.push(problemAt(yaml, [], `the file name "${id}" cannot be an id: rename the file in kebab-case (lower-case letters, digits and single hyphens), e.g. "${kebab(id)}.yaml"`));
    else if (map.has(id)) problems.push(problemAt(yaml, [], `another file already defines "${id}" (${map.get(id)?.yaml.file})`));
    else if (checked.data !== undefined) map.set(id, { id, data: checked.data, yaml });
  }
  return map;
}

/** The registry's shape first, then each entry on its own, so that one bad entry costs only its own errors. */
function sourceEntries(yaml: YamlFile | undefined, problems: Problem[]): Pick<Project, 'sources' | 'brokenSources' | 'registryUsable'> {
  const sources: Project['sources'] = new Map();
  const brokenSources = new Set<string>();
  if (!yaml) return { sources, brokenSources, registryUsable: false };
  const shape = checkSchema(yaml, SourcesFileShape);
  problems.push(...shape.problems);
  if (shape.data === undefined) return { sources, brokenSources, registryUsable: false };
  shape.data.sources.forEach((value, index) => {
    const checked = checkSchema(yaml, SourceSchema, { value, path: ['sources', index] });
    problems.push(...checked.problems);
    const id = (value as { id?: unknown } | null)?.id;
    if (checked.data === undefined) {
      if (typeof id === 'string') brokenSources.add(id);
    } else if (sources.has(checked.data.id)) {
      problems.push(problemAt(yaml, ['sources', index, 'id'], `source "${checked.data.id}" is defined twice`));
    } else {
      sources.set(checked.data.id, { id: checked.data.id, data: checked.data, yaml, index });
    }
  });
  return { sources, brokenSources, registryUsable: true };
}

/** The general loaded terms, and the project's own where its terms file is valid. */
function loadedTerms(yaml: YamlFile | undefined, problems: Problem[]): LoadedTermRule[] {
  if (!yaml) return LOADED_TERMS;
  const checked = checkSchema(yaml, TermsFileSchema);
  problems.push(...checked.problems);
  return [...LOADED_TERMS, ...projectTerms(checked.data?.terms ?? [])];
}

/**
 * Stage 2, validate: every file against its schema, then the checks between
 * files and for placeholders a scaffold left, then (unless `lint` is false)
 * the content lints. All problems are
 * returned together, none thrown.
 */
export function validateProject(loaded: LoadedProject, templateSets: readonly string[], lint = true): Validated {
  const problems = [...loaded.problems];
  const project: Project = {
    root: loaded.root,
    sourcesYaml: loaded.sources,
    ...sourceEntries(loaded.sources, problems),
    options: entries(loaded.options, OptionSchema, problems),
    packs: entries(loaded.packs, PackSchema, problems),
    translations: new Map(),
    brokenOptions: new Set(),
    loadedTerms: loadedTerms(loaded.terms, problems),
    parsedFiles: [...loaded.options, ...loaded.packs],
  };
  for (const id of loaded.optionIds) if (!project.options.has(id)) project.brokenOptions.add(id);
  project.translations = checkTranslations(loaded.translations, project, problems);
  problems.push(...crossCheck(project, templateSets), ...findPlaceholders([loaded.sources, loaded.terms, ...loaded.options, ...loaded.translations, ...loaded.packs]));
  const texts = [
    { yaml: loaded.sources, schema: SourcesFile },
    { yaml: loaded.terms, schema: TermsFileSchema },
    ...loaded.options.map((yaml) => ({ yaml, schema: OptionSchema })),
    ...loaded.translations.map((yaml) => ({ yaml, schema: OptionTranslationSchema })),
    ...loaded.packs.map((yaml) => ({ yaml, schema: PackSchema })),
  ];
  problems.push(...findHiddenCharacters(texts), ...findLongRuns(texts));
  if (lint) problems.push(...lintContent(project));
  return { project, problems };
}
