import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { LAYOUT } from '../core/layout.js';

export interface ProjectFiles {
  root: string;
  options: string[];
  sources: string;
  packs: string[];
}

const isYaml = (name: string) => ['.yaml', '.yml'].includes(extname(name));

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
  return {
    root,
    options: await yamlFilesIn(join(root, LAYOUT.options), [basename(LAYOUT.sources)]),
    sources: join(root, LAYOUT.sources),
    packs: await yamlFilesIn(join(root, LAYOUT.packs)),
  };
}
