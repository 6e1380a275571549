import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';

/** Where a project keeps its files, relative to its root folder. */
export const LAYOUT = {
  options: 'options',
  sources: join('options', 'sources.yaml'),
  /** The project's own loaded terms, beyond the general ones: optional. */
  terms: join('options', 'terms.yaml'),
  packs: join('options', 'packs'),
  templates: 'templates',
  output: 'output',
} as const;

/** The output folder: the one asked for, or `output/` in the project. */
export const outputDir = (root: string, out?: string) => resolve(out ?? join(root, LAYOUT.output));

/** A path as the user should see it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The id a file stands for: its name without the extension. */
export const fileId = (path: string) => basename(path, extname(path));
