import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, isAbsolute } from 'node:path';

/** Where a project keeps its files, relative to its root folder. */
export const LAYOUT = {
  options: 'options',
  sources: join('options', 'sources.yaml'),
  packs: join('options', 'packs'),
  templates: 'templates',
  output: 'output',
} as const;

export interface ProjectFiles {
  root: string;
  options: string[];
  sources: string;
  packs: string[];
}

const isYaml = (name: string) => ['.yaml', '.yml'].includes(extname(name));

async function yamlFilesIn(dir: string, except: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && isYaml(e.name) && !except.includes(e.name))
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

/** A path as the user should see it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The id a file stands for: its name without the extension. */
export const fileId = (path: string) => basename(path, extname(path));
