import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileId, LAYOUT } from '../core/layout.js';

export interface ProjectFiles {
  root: string;
  options: string[];
  /** Translations of options: `options/<id>.<lang>.yaml` beside `options/<id>.yaml`. */
  translations: string[];
  sources: string;
  /** The project's loaded terms, when it has the file. */
  terms: string;
  packs: string[];
}

/** A file name ending in .yaml or .yml. */
export const isYaml = (name: string) => ['.yaml', '.yml'].includes(extname(name));

/** `owen-dixon-plan.ur.yaml` as the option it translates and its language; undefined for any other name. */
export function translationOf(path: string): { id: string; lang: string } | undefined {
  const match = /^([^.]+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(fileId(path));
  return match ? { id: match[1]!, lang: match[2]! } : undefined;
}

/** YAML files in `dir`; links too, so that reading them can say where one leads rather than skip it. */
async function yamlFilesIn(dir: string, except: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isYaml(e.name) && !except.includes(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Every option, source and pack file of the project at `root`. */
export async function findProjectFiles(root: string): Promise<ProjectFiles> {
  const files = await yamlFilesIn(join(root, LAYOUT.options), [basename(LAYOUT.sources), basename(LAYOUT.terms)]);
  return {
    root,
    options: files.filter((path) => !translationOf(path)),
    translations: files.filter((path) => translationOf(path)),
    sources: join(root, LAYOUT.sources),
    terms: join(root, LAYOUT.terms),
    packs: await yamlFilesIn(join(root, LAYOUT.packs)),
  };
}

/**
 * The project's files with these named ones in their place: a file in a
 * `packs` folder is a pack, one named like the registry is the registry, any
 * other is an option, and each replaces the project's file of the same id.
 * So a draft anywhere on disk is checked against this project's sources and packs.
 */
export function withNamedFiles(files: ProjectFiles, named: readonly string[]): ProjectFiles {
  const add = (list: string[], path: string) => [...list.filter((p) => p !== path && fileId(p) !== fileId(path)), path].sort();
  return named.reduce((acc, path) => {
    if (basename(path) === basename(LAYOUT.sources)) return { ...acc, sources: path };
    if (basename(path) === basename(LAYOUT.terms)) return { ...acc, terms: path };
    if (basename(dirname(path)) === basename(LAYOUT.packs)) return { ...acc, packs: add(acc.packs, path) };
    if (translationOf(path)) return { ...acc, translations: add(acc.translations, path) };
    return { ...acc, options: add(acc.options, path) };
  }, files);
}

/** The project a file belongs to by where it lies (`<root>/options/x.yaml`, `<root>/options/packs/x.yaml`), if any. */
export function projectRootOf(path: string): string | undefined {
  const dir = dirname(path);
  if (basename(dir) === basename(LAYOUT.options)) return dirname(dir);
  if (basename(dir) === basename(LAYOUT.packs) && basename(dirname(dir)) === basename(LAYOUT.options)) return dirname(dirname(dir));
  return undefined;
}
