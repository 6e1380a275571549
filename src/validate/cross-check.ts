import { TODO_SOURCE } from './placeholders.js';
import type { Problem } from '../core/errors.js';
import type { YamlFile } from '../load/parse-yaml.js';
import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import { checkCitationStyle } from './check-citation-style.js';
import { checkImages } from './check-images.js';
import { didYouMean } from '../core/did-you-mean.js';
import { findCitations } from './find-citations.js';
import { problemAt } from './located-problem.js';
import type { Entry, Project } from './project.js';

/** Checks that span files: ids, references between files, and coverage. */
export function crossCheck(project: Project, templateSets: readonly string[]): Problem[] {
  return [
    ...checkFileIds(project),
    ...checkCitations(project),
    ...[...project.packs.values()].flatMap((pack) => checkPack(project, pack, templateSets)),
    ...checkAssessmentKeys(project),
    ...[...project.options.values(), ...project.packs.values()].flatMap((entry) => checkImages(entry, project.root)),
    ...[...project.packs.values()].flatMap((pack) => checkCitationStyle(pack, project.root)),
  ];
}

function checkFileIds(project: Project): Problem[] {
  return [...project.options.values()]
    .filter((o) => o.data.id !== o.id)
    .map((o) => problemAt(o.yaml, ['id'], `id "${o.data.id}" must equal the file name "${o.id}"`));
}

function checkCitations(project: Project): Problem[] {
  const known = [...project.sources.keys()];
  const problems: Problem[] = [];
  const files: Entry<unknown>[] = [...project.options.values(), ...project.packs.values()];
  for (const entry of files) {
    for (const ref of findCitations(entry.data)) {
      if (!project.registryUsable || project.brokenSources.has(ref.id) || ref.id === TODO_SOURCE) continue;
      if (!project.sources.has(ref.id)) {
        const message = `unknown source "${ref.id}"${didYouMean(ref.id, known)}`;
        problems.push(problemAt(entry.yaml, ref.path, message, 'error', 'value', ref.inline ? `@${ref.id}` : undefined));
      }
    }
  }
  const registry = project.sourcesYaml;
  if (registry) {
    for (const source of project.sources.values()) {
      if (source.data.url && !source.data.accessed) {
        problems.push(problemAt(registry, ['sources', source.index, 'url'], `source "${source.id}" has a url but no "accessed" date`, 'warning'));
      }
    }
  }
  return problems;
}

function duplicates(yaml: YamlFile, list: readonly string[], path: (i: number) => (string | number)[], what: string): Problem[] {
  const seen = new Set<string>();
  return list.flatMap((id, i) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [problemAt(yaml, path(i), `${what} "${id}" is listed twice`)];
  });
}

function checkPack(project: Project, pack: Entry<Pack>, templateSets: readonly string[]): Problem[] {
  const { data, yaml } = pack;
  const optionIds = [...project.options.keys()];
  const partyIds = data.parties.map((p) => p.id);
  const problems: Problem[] = [
    ...duplicates(yaml, data.options, (i) => ['options', i], 'option'),
    ...duplicates(yaml, partyIds, (i) => ['parties', i, 'id'], 'party'),
    ...duplicates(yaml, data.criteria.map((c) => c.id), (i) => ['criteria', i, 'id'], 'criterion'),
    ...duplicates(yaml, data.audiences, (i) => ['audiences', i], 'audience'),
  ];
  data.audiences.forEach((audience, i) => {
    if (!templateSets.includes(audience)) {
      problems.push(problemAt(yaml, ['audiences', i], `no template set "${audience}"${didYouMean(audience, templateSets)}`));
    }
  });
  data.options.forEach((id, i) => {
    const option = project.options.get(id);
    if (!option && project.brokenOptions.has(id)) return;
    if (!option) {
      problems.push(problemAt(yaml, ['options', i], `unknown option "${id}"${didYouMean(id, optionIds)}`));
      return;
    }
    problems.push(...checkPositions(option, partyIds, pack.id));
  });
  return problems;
}

function checkPositions(option: Entry<PolicyOption>, partyIds: string[], packId: string): Problem[] {
  const problems: Problem[] = [];
  for (const party of partyIds) {
    if (!(party in option.data.positions)) {
      problems.push(problemAt(option.yaml, ['positions'], `no position for party "${party}" of pack "${packId}"`, 'error', 'key'));
    }
  }
  for (const key of Object.keys(option.data.positions)) {
    if (!partyIds.includes(key)) {
      problems.push(problemAt(option.yaml, ['positions', key], `"${key}" is not a party of pack "${packId}"${didYouMean(key, partyIds)}`, 'error', 'key'));
    }
  }
  return problems;
}

/** Assessment keys must be criteria of some pack that includes the option. */
function checkAssessmentKeys(project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const option of project.options.values()) {
    const packs = [...project.packs.values()].filter((p) => p.data.options.includes(option.id));
    if (packs.length === 0) continue;
    const criteria = new Set(packs.flatMap((p) => p.data.criteria.map((c) => c.id)));
    for (const key of Object.keys(option.data.assessment)) {
      if (!criteria.has(key)) {
        problems.push(problemAt(option.yaml, ['assessment', key], `"${key}" is not a criterion of any pack that includes this option${didYouMean(key, criteria)}`, 'error', 'key'));
      }
    }
  }
  return problems;
}
