import { existsSync } from 'node:fs';
import { problem, type Problem } from '../errors.js';
import { parseYaml, type YamlFile } from './parse-yaml.js';
import { fileId, findProjectFiles, shownPath } from './project-files.js';
import { readText } from './read-text.js';

/** The project's YAML files, parsed with positions but not yet validated. */
export interface LoadedProject {
  root: string;
  options: YamlFile[];
  sources: YamlFile | undefined;
  packs: YamlFile[];
  /** Ids of every option file found, including those that could not be parsed. */
  optionIds: string[];
  problems: Problem[];
}

async function loadYaml(path: string, problems: Problem[]): Promise<YamlFile | undefined> {
  const shown = shownPath(path);
  const read = await readText(path, shown);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed = parseYaml(shown, read.text);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  return parsed.yaml;
}

/** Stage 1, load: reads and parses every file; problems are collected, not thrown. */
export async function loadProject(root: string): Promise<LoadedProject> {
  const files = await findProjectFiles(root);
  const problems: Problem[] = [];
  const loadAll = async (paths: string[]) =>
    (await Promise.all(paths.map((p) => loadYaml(p, problems)))).filter((y): y is YamlFile => y !== undefined);

  let sources: YamlFile | undefined;
  if (existsSync(files.sources)) sources = await loadYaml(files.sources, problems);
  else problems.push(problem(shownPath(files.sources), 'the source registry is missing: every option cites its sources from this file'));

  return {
    root,
    options: await loadAll(files.options),
    sources,
    packs: await loadAll(files.packs),
    optionIds: files.options.map(fileId),
    problems,
  };
}
