import { createRequire } from 'node:module';
import type { Entry, Project } from '../validate/project.js';
import type { Pack } from '../schema/pack.js';
import type { Source } from '../schema/source.js';
import type { BriefModel, PackView, SourceView } from './brief-model.js';
import { optionView } from './option-view.js';

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
    number,
    anchor: `source-${number}`,
    id: source.id,
    title: source.title,
    authors: source.author === undefined ? [] : [source.author].flat(),
    publisher: source.publisher ?? null,
    date: source.date ?? null,
    document: source.document ?? null,
    url: source.url ?? null,
    accessed: source.accessed ?? null,
    kind: source.kind,
    note: source.note ?? null,
    short: shortCitation(source),
    formatted,
  };
}

function packView(pack: Entry<Pack>): PackView {
  const d = pack.data;
  return {
    id: pack.id,
    title: d.title,
    subtitle: d.subtitle ?? null,
    date: d.date,
    authors: d.authors,
    organisation: d.organisation ?? null,
    classification: d.classification ?? null,
    lang: d.lang,
    context: d.context,
    bottom_line: d.bottom_line,
    parties: d.parties.map((p) => ({ ...p, description: p.description ?? null })),
    criteria: d.criteria.map((c) => ({ ...c, rubric: c.rubric ?? null })),
    audiences: d.audiences,
    assessed_on: d.assessed_on ?? null,
    decision: d.decision ?? null,
    recommendations: d.recommendations ?? null,
    external_proposals: d.external_proposals,
    key_events: d.key_events,
    sources: d.sources,
  };
}

/**
 * Stage 3, model: one pack with its options resolved, in print order; with
 * `only`, just that option (for a one-option brief such as a handout).
 * Sources are numbered later, by the render, in the order the brief cites
 * them. Assumes a validated project.
 */
export function buildModel(project: Project, pack: Entry<Pack>, only?: string): BriefModel {
  const options = pack.data.options
    .map((id, i) => optionView(project.options.get(id)!.data, pack.data, i + 1))
    .filter((option) => only === undefined || option.id === only);
  return { pack: packView(pack), options, sources: [], citations: {}, generator: { name: pkg.name, version: pkg.version } };
}
