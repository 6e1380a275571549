import type { Format } from '../core/output-paths.js';
import { DEFAULT_CITATION_STYLE, resolveCitationStyle, type CitationStyle } from '../load/citation-style.js';
import type { TemplateSet } from '../templates/template-set.js';
import type { Project } from '../validate/project.js';
import type { BriefModel } from './brief-model.js';
import { briefMetadata, type PdfMetadata } from './brief-metadata.js';
import { buildModel } from './build-model.js';
import { optionIn } from './option-in.js';
import type { EditionChanges } from './compare-editions.js';
import type { BriefJob } from './select-briefs.js';

/** One brief to make: its pack, its set, what its templates will see and what its files will say of themselves. */
export interface PlannedBrief extends BriefJob {
  set: TemplateSet;
  model: BriefModel;
  metadata: PdfMetadata;
  /** Set for the one-option briefs of a set with `per_option`: which option, and its number in the pack. */
  option?: { id: string; title: string; number: number };
  /** The citation style of its sources list: the pack's, else the set's, else `policy-brief`; a bundled name or a `.csl` file's absolute path. */
  citationStyle: CitationStyle;
}

/** The pack's style wins over the set's (both checked when validated and loaded). */
function citationStyleOf(project: Project, pack: BriefJob['pack'], set: TemplateSet): CitationStyle {
  const own = pack.data.citation_style === undefined ? undefined : resolveCitationStyle(pack.data.citation_style, project.root);
  return (own?.ok ? own.style : undefined) ?? set.config.citation_style ?? DEFAULT_CITATION_STYLE;
}

/**
 * The model stage: every brief the jobs call for, with its model. A set with
 * `per_option` makes the whole brief (every option, e.g. `handouts.pdf`, which
 * is printed) and one brief per option standing alone (cut from the whole
 * when printed). Sets with no output in any of `formats` make none. `changes` holds,
 * by pack id, what changed since the edition each pack follows.
 */
export function planBriefs(
  project: Project,
  jobs: readonly BriefJob[],
  sets: ReadonlyMap<string, TemplateSet>,
  formats: readonly Format[],
  changes: ReadonlyMap<string, EditionChanges> = new Map(),
): PlannedBrief[] {
  return jobs.flatMap((job) => {
    const set = sets.get(job.audience)!;
    if (!set.config.outputs.some((f) => formats.includes(f))) return [];
    const citationStyle = citationStyleOf(project, job.pack, set);
    const brief = (only?: string): PlannedBrief => ({
      ...job,
      set,
      citationStyle,
      model: buildModel(project, job.pack, only, changes.get(job.pack.id) ?? null),
      metadata: briefMetadata(project, job.pack, set, only),
    });
    if (!set.config.per_option) return [brief()];
    return [brief(), ...job.pack.data.options.map((id, i) => ({ ...brief(id), option: { id, title: optionIn(project, id, job.pack.data.lang).title, number: i + 1 } }))];
  });
}
