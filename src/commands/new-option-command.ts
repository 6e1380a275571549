import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { didYouMean } from '../core/did-you-mean.js';
import { EXIT, InputError, problem } from '../core/errors.js';
import { fileId, LAYOUT, shownPath } from '../core/layout.js';
import { findProjectFiles } from '../load/project-files.js';
import type { Io } from '../report/io.js';
import type { Pack } from '../schema/pack.js';
import { Id } from '../schema/common.js';
import { templateDirs } from '../templates/template-set.js';
import { todo, TODO_SOURCE } from '../validate/placeholders.js';
import type { Entry } from '../validate/project.js';
import { validateRoot } from '../validate/validate-root.js';

const quote = (s: string) => JSON.stringify(s);
const year = () => new Date().getUTCFullYear();

/** What the option is written for: its pack's parties and criteria. */
export interface OptionFrame {
  parties: { id: string; label: string }[];
  criteria: { id: string; label: string }[];
}

/**
 * An option file with every section and a comment on each. Every text it
 * writes is a `TODO:` placeholder, and every claim cites the placeholder
 * source: `brief validate` reports each one until it is replaced.
 */
export function optionScaffold(id: string, title: string, frame: OptionFrame): string {
  const cite = `[${TODO_SOURCE}]`;
  const claim = (text: string) => `  - text: ${quote(todo(text))}\n    sources: ${cite}`;
  const positions = frame.parties
    .map((party) => `  ${party.id}:
    stance: no-position      # supports, conditional, divided, opposes or no-position
    text: ${quote(todo(`what ${party.label} has said about this option, in its own terms`))}
    sources: ${cite}`)
    .join('\n');
  const assessment = frame.criteria
    .map((c) => `  ${c.id}:                 # ${c.label}
    score: 3                 # 1 to 5, by the pack's rubric for this criterion
    rationale: ${quote(todo(`why this score for "${c.label}", in one line`))}`)
    .join('\n');
  return `# yaml-language-server: $schema=../schema/option.schema.json
# A policy option. Every claim cites the ids of the sources in options/sources.yaml
# that support it (add one with: brief new source <id>). Each "TODO:" text and each
# "${TODO_SOURCE}" is an error until you replace it: brief validate lists them.
id: ${id}                    # must equal the file name
title: ${quote(title)}
short_title: ${quote(title)}  # used where space is short: tables, bookmarks, the minister brief
also_known_as: []
kind: mediation-proposal      # resolution, mediation-proposal, bilateral-talks, backchannel, dialogue-framework, track-two, treaty, declaration, unilateral-measure
period:
  from: ${year()}                  # YYYY, YYYY-MM or YYYY-MM-DD
  # to: ${year()}              # leave out while the option is still open
proposed_by:
  - ${quote(todo('who put it forward'))}
status: proposed              # proposed, under-discussion, stalled, rejected, superseded, partly-implemented, in-force, in-abeyance
status_note: ${quote(todo('where it stands now, in one line'))}

summary: |
  TODO: what the option is, in a paragraph or two of Markdown. Cite a source
  inline like this [@${TODO_SOURCE}].

provisions:                   # its key provisions, in order
${claim('the first provision')}

timeline:                     # dated events, oldest first
  - date: ${year()}
    event: ${quote(todo('what happened'))}
    sources: ${cite}

positions:                    # one entry for each party of the packs that include this option
${positions || '  {}'}

pros:                         # strongest first: the minister brief shows the first; give at least three
${claim('an argument for it')}
${claim('a second argument for it')}
${claim('a third argument for it')}
cons:                         # strongest first; at least three
${claim('an argument against it')}
${claim('a second argument against it')}
${claim('a third argument against it')}

disagreements: []             # where sources disagree on a fact, say so: { text, sources }

outcome: |
  TODO: what happened to it and why [@${TODO_SOURCE}].

assessment:                   # your judgement, one entry per criterion of the pack
${assessment || '  {}'}
`;
}

/** The pack an option is written for: the one named, else the only one; none when the project has no pack yet. */
function packFor(packs: Map<string, Entry<Pack>>, named?: string): Entry<Pack> | undefined {
  if (named !== undefined) {
    const pack = packs.get(named);
    if (!pack) throw new InputError([problem('brief new option', `no pack "${named}"${didYouMean(named, packs.keys())}; packs: ${[...packs.keys()].join(', ') || 'none yet'}`)]);
    return pack;
  }
  if (packs.size > 1) throw new InputError([problem('brief new option', `name the pack it is for with --pack: ${[...packs.keys()].join(', ')}`)]);
  return [...packs.values()][0];
}

/** Adds the option to the pack's list, keeping the file's comments and layout. */
async function addToPack(root: string, pack: Entry<Pack>, id: string): Promise<string> {
  const path = (await findProjectFiles(root)).packs.find((p) => fileId(p) === pack.id)!;
  const doc = parseDocument(await readFile(path, 'utf8'));
  doc.addIn(['options'], id);
  await writeFile(path, doc.toString({ flowCollectionPadding: false }));
  return path;
}

/** `brief new option <id>`: writes options/<id>.yaml for a pack's parties and criteria, and adds it to that pack. */
export async function newOptionCommand(root: string, id: string, flags: { title?: string; pack?: string }, io: Io): Promise<number> {
  if (!Id.safeParse(id).success) throw new InputError([problem('brief new option', `"${id}" is not a valid id: use lower-case letters, digits and hyphens, e.g. owen-dixon-plan`)]);
  const path = join(root, LAYOUT.options, `${id}.yaml`);
  if (existsSync(path)) throw new InputError([problem(shownPath(path), 'already exists: choose another id, or edit it')]);
  if (!existsSync(join(root, LAYOUT.options))) throw new InputError([problem(shownPath(join(root, LAYOUT.options)) || LAYOUT.options, 'no project here: start one with brief init')]);
  const { project } = await validateRoot(root, templateDirs(root), { lint: false });
  const pack = packFor(project.packs, flags.pack);
  const frame: OptionFrame = pack
    ? { parties: pack.data.parties, criteria: pack.data.criteria }
    : { parties: [{ id: 'party-a', label: 'Party A' }, { id: 'party-b', label: 'Party B' }], criteria: [] };
  const title = flags.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  await writeFile(path, optionScaffold(id, title, frame), { flag: 'wx' });
  io.out(`wrote ${shownPath(path)}`);
  if (pack && !pack.data.options.includes(id)) io.out(`added "${id}" to the options of ${shownPath(await addToPack(root, pack, id))}`);
  const next = pack ? '' : ' No pack names it yet: start one with brief new pack <id>, and put the parties in positions: as that pack names them.';
  io.out(`Next: replace every TODO and ${TODO_SOURCE} (brief validate lists each, with its line), citing sources of ${LAYOUT.sources}.${next}`);
  return EXIT.ok;
}
