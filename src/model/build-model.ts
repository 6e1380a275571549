import { createRequire } from 'node:module';
import type { Entry, Project } from '../validate/project.js';
import { CriterionSchema, PackSchema, PartySchema, type Pack } from '../schema/pack.js';
import { SourceSchema, type Source } from '../schema/source.js';
import type { BriefModel, PackView, SourceView } from './brief-model.js';
import type { EditionChanges } from './compare-editions.js';
import { optionIn } from './option-in.js';
import { optionView } from './option-view.js';
import { withNulls } from './with-nulls.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

/** A source in a few words, for a page footer: `S/1791 (1950)`, `Steve Coll, The New Yorker (2009)`. */
export function shortCitation(source: Source): string {
  const year = source.date ? ` (${source.date.slice(0, 4)})` : '';
  if (source.document) return `${source.document}${source.document.includes(source.date?.slice(0, 4) ?? '-') ? '' : year}`;
  const authors = source.author === undefined ? undefined : [source.author].flat().join(', ');
  const who = [authors, source.publisher].filter(Boolean).join(', ');
  return `${who || source.title}${year}`;
}

/** A source as templates see it, with its number in one brief. */
export function sourceView(source: Source, number: number, formatted = ''): SourceView {
  return {
    ...withNulls(SourceSchema, source, ['author']),
    number,
    anchor: `source-${number}`,
    authors: source.author === undefined ? [] : [source.author].flat(),
    short: shortCitation(source),
    formatted,
  };
}

function packView(pack: Entry<Pack>): PackView {
  return {
    ...withNulls(PackSchema, pack.data, ['options', 'parties', 'criteria']),
    id: pack.id,
    parties: pack.data.parties.map((p) => withNulls(PartySchema, p)),
    criteria: pack.data.criteria.map((c) => withNulls(CriterionSchema, c)),
  };
}

/**
 * The model: one pack with its options resolved, in print order; with
 * `only`, just that option (for a one-option brief such as a handout).
 * Sources are numbered later, by the render, in the order the brief cites
 * them. `changes` are those since the edition the pack follows. Assumes a validated project.
 */
export function buildModel(project: Project, pack: Entry<Pack>, only?: string, changes: EditionChanges | null = null): BriefModel {
  const options = pack.data.options
    .map((id, i) => optionView(optionIn(project, id, pack.data.lang), pack.data, i + 1))
    .filter((option) => only === undefined || option.id === only);
  return { pack: packView(pack), options, sources: [], citations: {}, generator: { name: pkg.name, version: pkg.version }, changes };
}
