import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT, InputError, problem } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { loadTemplateSet } from '../templates/load-template-set.js';
import { listTemplateSets, templateDirs } from '../templates/template-set.js';
import { didYouMean } from '../core/did-you-mean.js';
import { Id } from '../schema/common.js';
import { REFERENCE_DOCX } from '../docx/reference-doc.js';

export interface TemplateNewFlags {
  from: string;
  /** Partials to copy as well, to change them. */
  with?: string[];
  templates?: string[];
}

/** The variables base/style.css defines: the quickest way to restyle a set. */
async function variablesOf(baseCss: string): Promise<string> {
  return /:root \{[^}]*\}/.exec(await readFile(baseCss, 'utf8'))?.[0] ?? ':root {\n}';
}

const styleCss = (name: string, from: string, variables: string) => `/*
 * ${name}: built on "${from}". This CSS comes after the CSS of "${from}" and its
 * bases, so a rule here wins over theirs. The variables below set the colours
 * and fonts of every part; change them first.
 */
${variables}
`;

/** `brief template new <name> --from <set>`: a new set that builds on another and starts with copies to change. */
export async function templateNewCommand(root: string, name: string, flags: TemplateNewFlags, io: Io): Promise<number> {
  if (!Id.safeParse(name).success) throw new InputError([problem('brief template new', `"${name}" is not a valid set name: use lower-case letters, digits and hyphens`)]);
  const dirs = templateDirs(root, flags.templates?.map((d) => resolve(d)));
  const known = (await listTemplateSets(dirs)).map((s) => s.name);
  if (!known.includes(flags.from)) throw new InputError([problem('brief template new', `no template set "${flags.from}" to start from${didYouMean(flags.from, known)}; sets: ${known.join(', ')}`)]);
  const target = join(root, 'templates', name);
  if (existsSync(target)) throw new InputError([problem(shownPath(target), 'already exists: choose another name, or edit it')]);

  const from = await loadTemplateSet(flags.from, dirs);
  const missing = (flags.with ?? []).filter((p) => !from.partials.has(p));
  if (missing.length > 0) throw new InputError(missing.map((p) => problem('brief template new', `"${flags.from}" has no partial "${p}"${didYouMean(p, from.partials.keys())}`)));

  const base = from.styles[0]?.path ?? join(from.dir, 'style.css');
  const files: [string, string][] = [
    ['template.yaml', `name: ${name}\ndescription: Built on ${flags.from}. Describe what this set is for.\nbase: ${flags.from}\n`],
    ['layout.hbs', from.layout.source],
    ['style.css', styleCss(name, flags.from, await variablesOf(base))],
    ...(flags.with ?? []).map((p): [string, string] => [join('partials', `${p}.hbs`), from.partials.get(p)!.source]),
  ];
  await mkdir(join(target, 'partials'), { recursive: true });
  for (const [file, text] of files) await writeFile(join(target, file), text, { flag: 'wx' });
  for (const [file] of files) io.out(`created ${shownPath(join(target, file))}`);
  io.out(`Partials it can override (copy one into ${shownPath(join(target, 'partials'))} to change it): ${[...from.partials.keys()].join(', ')}`);
  io.out(`"${flags.from}" lives in ${shownPath(from.dir)}; every variable and helper a template can use: brief template fields`);
  io.out(`For Word files in a house style, save a Word document with its styles as ${shownPath(join(target, REFERENCE_DOCX))} (its Title, Heading 1-3 and other styles replace the built-in look)`);
  io.out(`Build it with: brief build --audience ${name}`);
  return EXIT.ok;
}
