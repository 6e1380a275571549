import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError, problem, type Problem } from '../core/errors.js';
import { resolveCitationStyle } from '../load/citation-style.js';
import { locate } from '../load/locate.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readText } from '../load/read-text.js';
import { shownPath } from '../core/layout.js';
import { checkSchema } from '../schema/check-schema.js';
import { DEFAULT_MARGINS, DEFAULT_PAPER, TemplateConfigSchema, type TemplateConfig } from '../schema/template.js';
import { findSetDir, partialName, type TemplateFile, type TemplateSet } from './template-set.js';

interface OwnParts {
  dir: string;
  config: TemplateConfig;
  /** Where `base:` stands in template.yaml, for errors about the base. */
  baseAt: { line: number; column: number };
  layout?: TemplateFile;
  partials: Map<string, TemplateFile>;
  style?: TemplateFile;
}

/**
 * A file of the set in `dir`: only a regular file inside the folder of sets
 * it was found in, within the size limit, is read; a link out is refused.
 */
function readTemplateFile(dir: string, path: string): TemplateFile {
  const read = readText(path, shownPath(path), dirname(dir));
  if (!read.ok) throw new InputError([read.problem]);
  return { file: shownPath(path), path, source: read.text };
}

async function readConfig(dir: string): Promise<{ config: TemplateConfig; baseAt: { line: number; column: number } }> {
  const path = join(dir, 'template.yaml');
  const parsed = parseYaml(shownPath(path), readTemplateFile(dir, path).source);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const checked = checkSchema(parsed.yaml, TemplateConfigSchema);
  if (checked.data === undefined) throw new InputError(checked.problems);
  const { line, column } = locate(parsed.yaml, ['base']);
  const config = checked.data;
  // A set's `.csl` file is found from its own folder, so a set inheriting it prints it the same.
  if (config.citation_style !== undefined) {
    const style = resolveCitationStyle(config.citation_style, dir, "the template set's folder");
    if (!style.ok) throw new InputError([problem(shownPath(path), style.message, { ...locate(parsed.yaml, ['citation_style']), field: 'citation_style' })]);
    config.citation_style = style.style;
  }
  return { config, baseAt: { line, column } };
}

async function readOwnParts(dir: string): Promise<OwnParts> {
  const { config, baseAt } = await readConfig(dir);
  const partialsDir = join(dir, 'partials');
  const names = existsSync(partialsDir) ? (await readdir(partialsDir)).filter((f) => f.endsWith('.hbs')).sort() : [];
  const partials = new Map<string, TemplateFile>();
  for (const name of names) partials.set(partialName(name), readTemplateFile(dir, join(partialsDir, name)));
  const optional = (name: string) => (existsSync(join(dir, name)) ? readTemplateFile(dir, join(dir, name)) : undefined);
  return { dir, config, baseAt, partials, layout: optional('layout.hbs'), style: optional('style.css') };
}

/** The chain from the named set down to its last base; refuses cycles and missing bases. */
async function readChain(name: string, dirs: readonly string[], from: string): Promise<OwnParts[]> {
  const chain: OwnParts[] = [];
  const seen: string[] = [];
  let next: string | undefined = name;
  let asker = problem(from, '');
  let previous: { name: string; index: number } | undefined;
  while (next !== undefined) {
    // A set may build on the set it shadows: `analyst` in the project on the built-in `analyst`.
    const start = previous?.name === next ? previous.index + 1 : 0;
    const found = findSetDir(next, dirs, start);
    const key = `${next}@${found?.index}`;
    if (seen.includes(key)) throw new InputError([{ ...asker, message: `template sets form a cycle: ${[...seen.map((k) => k.split('@')[0]), next].join(' -> ')}` }]);
    seen.push(key);
    if (!found) throw new InputError([{ ...asker, message: `no template set "${next}" in ${dirs.slice(start).map((d) => shownPath(d)).join(', ')}` }]);
    const parts = await readOwnParts(found.dir);
    chain.push(parts);
    asker = problem(shownPath(join(found.dir, 'template.yaml')), '', { ...parts.baseAt, field: 'base' });
    previous = { name: next, index: found.index };
    next = parts.config.base;
  }
  return chain;
}

/** Each language's messages along the base chain, key by key: the nearest set's word wins. */
function mergedMessages(chain: readonly OwnParts[]): TemplateConfig['messages'] {
  const merged: NonNullable<TemplateConfig['messages']> = {};
  for (const parts of [...chain].reverse()) {
    for (const [lang, messages] of Object.entries(parts.config.messages ?? {})) merged[lang] = { ...merged[lang], ...messages };
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** Loads template set `name` with everything it inherits from its bases. */
export async function loadTemplateSet(name: string, dirs: readonly string[], from = 'brief'): Promise<TemplateSet> {
  const chain = await readChain(name, dirs, from);
  const own = chain[0]!;
  const problems: Problem[] = [];
  const layout = chain.find((p) => p.layout)?.layout;
  if (!layout) problems.push(problem(shownPath(join(own.dir, 'template.yaml')), 'neither this set nor its bases have a layout.hbs'));
  if (problems.length > 0 || !layout) throw new InputError(problems);
  const partials = new Map<string, TemplateFile>();
  for (const parts of [...chain].reverse()) for (const [k, v] of parts.partials) partials.set(k, v);
  const firstDefined = <K extends keyof TemplateConfig>(key: K) => chain.find((p) => p.config[key] !== undefined)?.config[key];
  return {
    name,
    dir: own.dir,
    config: {
      ...own.config,
      paper: firstDefined('paper') ?? { ...DEFAULT_PAPER },
      margins: firstDefined('margins') ?? { ...DEFAULT_MARGINS },
      outputs: firstDefined('outputs') ?? ['html', 'pdf'],
      output: own.config.output ?? name,
      per_option: firstDefined('per_option') ?? false,
      page_limit: firstDefined('page_limit'),
      messages: mergedMessages(chain),
      citation_style: firstDefined('citation_style'),
    },
    layout,
    partials,
    styles: [...chain].reverse().flatMap((p) => (p.style ? [p.style] : [])),
    paginates: [layout, ...partials.values()].some((t) => /\{\{~?\s*page-of\b/.test(t.source)),
  };
}

/** Sets that can be built as an audience (not abstract). Unreadable ones are kept so building names the problem. */
export async function audienceNames(sets: readonly { name: string; dir: string }[]): Promise<string[]> {
  const names: string[] = [];
  for (const set of sets) {
    const abstract = await readConfig(set.dir).then(({ config }) => config.abstract, () => false);
    if (!abstract) names.push(set.name);
  }
  return names;
}
