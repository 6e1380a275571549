import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { problem, type Problem } from '../core/errors.js';
import { parseYaml, type YamlFile } from './parse-yaml.js';
import { fileId, shownPath } from '../core/layout.js';
import { findProjectFiles, withNamedFiles } from './project-files.js';
import { readText } from './read-text.js';

/** The project's YAML files, parsed with positions but not yet validated. */
export interface LoadedProject {
  root: string;
  options: YamlFile[];
  sources: YamlFile | undefined;
  /** The project's own loaded terms (options/terms.yaml), if it has them. */
  terms: YamlFile | undefined;
  packs: YamlFile[];
  /** Translations of options (`options/<id>.<lang>.yaml`), parsed. */
  translations: YamlFile[];
  /** Ids of every option file found, including those that could not be parsed. */
  optionIds: string[];
  problems: Problem[];
}

/** Files parsed by earlier builds of a watch session, kept while their size and time are unchanged. */
export type ParseCache = Map<string, { stamp: string; yaml?: YamlFile; problems: Problem[] }>;

async function parseFile(path: string, root: string): Promise<{ yaml?: YamlFile; problems: Problem[] }> {
  const shown = shownPath(path);
  const read = await readText(path, shown, root);
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parseYaml(shown, read.text);
  return parsed.ok ? { yaml: parsed.yaml, problems: [] } : { problems: parsed.problems };
}

async function loadYaml(path: string, root: string, problems: Problem[], cache?: ParseCache): Promise<YamlFile | undefined> {
  const info = cache ? await stat(path).catch(() => undefined) : undefined;
  const stamp = info ? `${info.size}:${info.mtimeMs}` : '';
  const hit = cache?.get(path);
  const result = hit && hit.stamp === stamp && info ? hit : await parseFile(path, root);
  cache?.set(path, { stamp, ...result });
  problems.push(...result.problems);
  return result.yaml;
}

/**
 * Stage 1, load: reads and parses every file; problems are collected, not
 * thrown. Files in `named` take the place of the project's own (see `withNamedFiles`).
 */
export async function loadProject(root: string, cache?: ParseCache, named: readonly string[] = []): Promise<LoadedProject> {
  const files = withNamedFiles(await findProjectFiles(root), named);
  const problems: Problem[] = [];
  // A file the user named is read where it lies; the project's own files only inside the project.
  const load = (path: string) => loadYaml(path, named.includes(path) ? dirname(path) : root, problems, cache);
  const loadAll = async (paths: string[]) => (await Promise.all(paths.map(load))).filter((y): y is YamlFile => y !== undefined);

  let sources: YamlFile | undefined;
  if (existsSync(files.sources)) sources = await load(files.sources);
  else problems.push(problem(shownPath(files.sources), 'the source registry is missing: every option cites its sources from this file'));

  const terms = existsSync(files.terms) ? await load(files.terms) : undefined;

  return {
    root,
    options: await loadAll(files.options),
    sources,
    terms,
    packs: await loadAll(files.packs),
    translations: await loadAll(files.translations),
    optionIds: files.options.map(fileId),
    problems,
  };
}
