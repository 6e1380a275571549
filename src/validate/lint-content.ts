import type { Problem } from '../core/errors.js';
import { fileId } from '../core/layout.js';
import { findCitations } from './find-citations.js';
import { findLoadedTerms, type LoadedTermRule } from './loaded-terms.js';
import { problemAt } from './located-problem.js';
import type { Entry, Project } from './project.js';
import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import { count } from '../core/count.js';

/** A balanced option gives at least this many arguments on each side. */
export const MIN_ARGUMENTS = 3;

/**
 * Content lints: what a neutral, traceable brief needs beyond a valid file.
 * They apply to options that a pack includes, and to the source registry.
 */
export function lintContent(project: Project): Problem[] {
  const packs = [...project.packs.values()];
  const options = [...project.options.values()].filter((o) => packs.some((p) => p.data.options.includes(o.id)));
  return [
    ...options.flatMap((o) => lintOption(o, packs.filter((p) => p.data.options.includes(o.id)))),
    ...packs.flatMap(lintPack),
    ...lintUnusedSources(project),
    ...[...options, ...packs].flatMap((entry) => lintLoadedTerms(entry, project.loadedTerms)),
  ];
}

/** Neutral language: a warning, since quoting a party is fine and only a reader can judge the rest. */
function lintLoadedTerms(entry: Entry<unknown>, rules: readonly LoadedTermRule[]): Problem[] {
  return findLoadedTerms(entry.data, rules, entry.yaml).map(({ path, term, instead }) =>
    problemAt(entry.yaml, path, `"${term}" takes a side in the brief's own voice: quote and attribute it, or write ${instead}`, 'warning', 'value', term),
  );
}

const citesInline = (text: string) => findCitations(text).length > 0;

function lintOption(option: Entry<PolicyOption>, packs: Entry<Pack>[]): Problem[] {
  const { data, yaml } = option;
  const problems: Problem[] = [];
  for (const side of ['pros', 'cons'] as const) {
    if (data[side].length < MIN_ARGUMENTS) {
      const n = data[side].length;
      const what = `${count(n, 'argument')} ${side === 'pros' ? 'for' : 'against'}`;
      problems.push(problemAt(yaml, [side], `has ${what}; a balanced option gives at least ${MIN_ARGUMENTS}`, 'error', 'key'));
    }
  }
  for (const field of ['summary', 'outcome'] as const) {
    if (!citesInline(data[field])) problems.push(problemAt(yaml, [field], `cites no source: add one inline, as [@source-id]`));
  }
  data.timeline.forEach((event, i) => {
    const previous = data.timeline[i - 1];
    // A less precise date (1963-03) may follow a day within it (1963-03-02).
    if (previous && event.date < previous.date && !previous.date.startsWith(event.date)) {
      problems.push(problemAt(yaml, ['timeline', i, 'date'], `${event.date} comes before the previous event (${previous.date}): keep the timeline in date order`));
    }
  });
  for (const pack of packs) {
    for (const criterion of pack.data.criteria) {
      if (!(criterion.id in data.assessment)) {
        problems.push(problemAt(yaml, ['assessment'], `no score for criterion "${criterion.id}" of pack "${pack.id}"`, 'error', 'key'));
      }
    }
  }
  return problems;
}

function lintPack(pack: Entry<Pack>): Problem[] {
  return citesInline(pack.data.context) ? [] : [problemAt(pack.yaml, ['context'], 'cites no source: add one inline, as [@source-id]')];
}

function lintUnusedSources(project: Project): Problem[] {
  const registry = project.sourcesYaml;
  // A file that could not be parsed may cite anything: no source can be called unused.
  const parsed = new Set(project.parsedFiles.map((f) => fileId(f.file)));
  if (!registry || [...project.brokenOptions].some((id) => !parsed.has(id))) return [];
  const used = new Set(project.parsedFiles.flatMap((file) => findCitations(file.data).map((ref) => ref.id)));
  return [...project.sources.values()]
    .filter((source) => !used.has(source.id))
    .map((source) => problemAt(registry, ['sources', source.index, 'id'], `source "${source.id}" is not cited anywhere: cite it or remove it`));
}
