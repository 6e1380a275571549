import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT, InputError, problem } from '../core/errors.js';
import { LAYOUT, shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { templateDirs } from '../templates/template-set.js';
import { Id } from '../schema/common.js';
import { validateRoot } from '../validate/validate-root.js';

const quote = (s: string) => JSON.stringify(s);

/** An option file with every section, a comment on each, and placeholders that already validate. */
export function optionScaffold(id: string, title: string, parties: { id: string; label: string }[], source: string): string {
  const positions = parties
    .map((party) => `  ${party.id}:
    stance: no-position      # supports, conditional, divided, opposes or no-position
    text: What ${party.label} has said about this option, in its own terms.
    sources: [${source}]`)
    .join('\n');
  return `# yaml-language-server: $schema=../schema/option.schema.json
# A policy option. Every claim cites at least one source id from options/sources.yaml;
# [${source}] below is a placeholder: replace it with the sources each claim rests on.
id: ${id}                    # must equal the file name
title: ${quote(title)}
short_title: ${quote(title)}  # used where space is short: tables, bookmarks, the minister brief
also_known_as: []
kind: mediation-proposal      # resolution, mediation-proposal, bilateral-talks, backchannel, dialogue-framework, track-two, treaty, declaration, unilateral-measure
period:
  from: ${new Date().getUTCFullYear()}                  # YYYY, YYYY-MM or YYYY-MM-DD
  # to: ${new Date().getUTCFullYear()}              # leave out while the option is still open
proposed_by:
  - Who put it forward
status: proposed              # proposed, under-discussion, stalled, rejected, superseded, partly-implemented, in-force, in-abeyance
status_note: Where it stands now, in one line.

summary: |
  What the option is, in a paragraph or two of Markdown. Cite a source inline
  like this [@${source}].

provisions:                   # its key provisions, in order
  - text: The first provision.
    sources: [${source}]

timeline:                     # dated events, oldest first
  - date: ${new Date().getUTCFullYear()}
    event: What happened.
    sources: [${source}]

positions:                    # one entry for each party of the packs that include this option
${positions}

pros:                         # strongest first: the minister brief shows the first; give at least three
  - text: An argument for it.
    sources: [${source}]
cons:                         # strongest first; at least three
  - text: An argument against it.
    sources: [${source}]

disagreements: []             # where sources disagree on a fact, say so: { text, sources }

outcome: |
  What happened to it and why [@${source}].

assessment: {}                # your judgement, per criterion of the pack: criterion-id: { score: 1-5, rationale: one line }
`;
}

/** `brief new option <id>`: writes options/<id>.yaml from the scaffold; refuses to overwrite. */
export async function newOptionCommand(root: string, id: string, flags: { title?: string }, io: Io): Promise<number> {
  if (!Id.safeParse(id).success) throw new InputError([problem('brief new option', `"${id}" is not a valid id: use lower-case letters, digits and hyphens, e.g. owen-dixon-plan`)]);
  const path = join(root, LAYOUT.options, `${id}.yaml`);
  if (existsSync(path)) throw new InputError([problem(shownPath(path), 'already exists: choose another id, or edit it')]);
  const { project } = await validateRoot(root, templateDirs(root), { lint: false });
  const [source] = project.sources.keys();
  if (!source) throw new InputError([problem(LAYOUT.sources, 'add at least one source to the registry first: every claim in an option cites one')]);
  const pack = [...project.packs.values()][0];
  const parties = pack?.data.parties.map(({ id, label }) => ({ id, label })) ?? [
    { id: 'party-a', label: 'Party A' },
    { id: 'party-b', label: 'Party B' },
  ];
  await writeFile(path, optionScaffold(id, flags.title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), parties, source), { flag: 'wx' });
  io.out(`wrote ${shownPath(path)}`);
  io.out(`Next: fill it in, add "${id}" to a pack's options, and run brief validate: it lists what a pack still asks of the option (three arguments each way, a score per criterion)${existsSync(join(root, 'schema')) ? '' : '. Run brief schema once for completion in your editor'}.`);
  return EXIT.ok;
}
