import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT, InputError, problem } from '../core/errors.js';
import { LAYOUT, shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { Id } from '../schema/common.js';
import { todo, TODO_SOURCE } from '../validate/placeholders.js';

const quote = (s: string) => JSON.stringify(s);

/** A pack with every section and a comment on each; its texts are `TODO:` placeholders, errors until replaced. */
export function packScaffold(title: string, today: string): string {
  return `# yaml-language-server: $schema=../../schema/pack.schema.json
# A pack: the options to brief on, the parties whose position each option states,
# the criteria options are scored against, and the audiences (template sets) to build.
# Each "TODO:" text is an error until you replace it: brief validate lists them.
title: ${quote(title)}
# subtitle: A line under the title
date: ${today}                 # the pack's date, YYYY-MM-DD
authors: [${quote(todo('your name or your team\'s'))}]
classification: PUBLIC           # printed in every page's header
lang: en
context: |
  TODO: the background a reader needs, in Markdown, citing sources inline [@${TODO_SOURCE}].
bottom_line: |
  TODO: the answer first: what the reader most needs to know, in a few sentences.
parties:                         # ids are kebab-case; every option states a position for each
  - id: party-a
    label: ${quote(todo('the first party\'s name'))}
  - id: party-b
    label: ${quote(todo('the second party\'s name'))}
criteria:                        # what options are scored against, 1 to 5 each
  - id: feasibility
    label: Feasible now
    description: ${quote(todo('what a high score means for this criterion'))}
options: []                      # option ids in print order; brief new option <id> adds each
audiences: [analyst, minister, handout]
`;
}

/** `brief new pack <id>`: writes options/packs/<id>.yaml; refuses to overwrite. */
export async function newPackCommand(root: string, id: string, flags: { title?: string }, io: Io): Promise<number> {
  if (!Id.safeParse(id).success) throw new InputError([problem('brief new pack', `"${id}" is not a valid id: use lower-case letters, digits and hyphens, e.g. kashmir-2025`)]);
  const path = join(root, LAYOUT.packs, `${id}.yaml`);
  if (existsSync(path)) throw new InputError([problem(shownPath(path), 'already exists: choose another id, or edit it')]);
  await mkdir(join(root, LAYOUT.packs), { recursive: true });
  const title = flags.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  await writeFile(path, packScaffold(title, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
  io.out(`wrote ${shownPath(path)}`);
  io.out(`Next: name its parties and criteria and replace every TODO, then add options with brief new option <id> --pack ${id}.`);
  return EXIT.ok;
}
