import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problem } from '../core/errors.js';
import type { TemplateConfig } from '../schema/template.js';

/** The template sets shipped with the tool. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

/** A template file and its text, named for errors. */
export interface TemplateFile {
  /** As shown to the user. */
  file: string;
  /** Absolute, for resolving what it refers to. */
  path: string;
  source: string;
}

/** A template set with its base sets merged in: the nearest definition wins. */
export interface TemplateSet {
  name: string;
  dir: string;
  /** Merged along the base chain, except `output`, which defaults to this set's own name. */
  config: Required<Pick<TemplateConfig, 'paper' | 'margins' | 'outputs' | 'output' | 'per_option'>> & TemplateConfig;
  layout: TemplateFile;
  partials: Map<string, TemplateFile>;
  /** Base first, so a set's own rules come later and win. */
  styles: TemplateFile[];
  /** True when a template shows printed page numbers (`page-of`): printing then takes more than one pass. */
  paginates: boolean;
}

/** Template folders to search, the user's first so they override built-in sets. */
export function templateDirs(projectRoot: string, extra: string[] = []): string[] {
  const dirs = [...extra, join(projectRoot, 'templates'), BUILT_IN_TEMPLATES];
  return [...new Set(dirs)].filter((d) => existsSync(d));
}

/** The folder that defines set `name`, searching `dirs` in order, from `start`. */
export function findSetDir(name: string, dirs: readonly string[], start = 0): { dir: string; index: number } | undefined {
  for (let index = start; index < dirs.length; index++) {
    const dir = join(dirs[index]!, name);
    if (existsSync(join(dir, 'template.yaml'))) return { dir, index };
  }
  return undefined;
}

/** Names of every set that can be built as an audience. */
export async function listTemplateSets(dirs: readonly string[]): Promise<{ name: string; dir: string }[]> {
  const found = new Map<string, string>();
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const setDir = join(dir, entry.name);
      if (entry.isDirectory() && !found.has(entry.name) && existsSync(join(setDir, 'template.yaml'))) found.set(entry.name, setDir);
    }
  }
  return [...found].map(([name, dir]) => ({ name, dir }));
}

export const partialName = (file: string) => basename(file, '.hbs');
