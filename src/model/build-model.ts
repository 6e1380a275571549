import { createRequire } from 'node:module';
import type { Entry, Project } from '../validate/project.js';
import { findCitations } from '../validate/find-citations.js';
import type { Pack } from '../validate/schemas/pack.js';
import type { Source } from '../validate/schemas/source.js';
import type { BriefModel, PackView, SourceView } from './brief-model.js';
import { optionView } from './option-view.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

function sourceView(source: Source, number: number): SourceView {
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
    parties: d.parties.map((p) => ({ ...p, description: p.description ?? null })),
    criteria: d.criteria,
    audiences: d.audiences,
    recommendations: d.recommendations ?? null,
    sources: d.sources,
  };
}

/** Numbers every cited source once, in the order the brief first cites it. */
function numberSources(project: Project, cited: readonly string[]): { sources: SourceView[]; citations: Record<string, number> } {
  const citations: Record<string, number> = {};
  const sources: SourceView[] = [];
  for (const id of cited) {
    const entry = project.sources.get(id);
    if (citations[id] !== undefined || !entry) continue;
    citations[id] = sources.length + 1;
    sources.push(sourceView(entry.data, sources.length + 1));
  }
  return { sources, citations };
}

/**
 * Stage 3, model: one pack with its options resolved, in print order, and
 * its sources numbered by first use. Assumes a validated project.
 */
export function buildModel(project: Project, pack: Entry<Pack>): BriefModel {
  const view = packView(pack);
  const options = pack.data.options.map((id, i) => optionView(project.options.get(id)!.data, pack.data, i + 1));
  const printOrder = { context: view.context, options, recommendations: view.recommendations, sources: view.sources };
  const { sources, citations } = numberSources(project, findCitations(printOrder).map((c) => c.id));
  return { pack: view, options, sources, citations, generator: { name: pkg.name, version: pkg.version } };
}
