import { join } from 'node:path';
import { LAYOUT } from '../core/layout.js';
import { buildModel } from '../model/build-model.js';
import type { PdfMetadata } from '../model/brief-metadata.js';
import { briefMetadata } from '../model/brief-metadata.js';
import { formatBibliography } from './format-bibliography.js';
import type { BriefJob } from '../model/select-briefs.js';
import type { Project } from '../validate/project.js';
import type { TemplateConfig } from '../schema/template.js';
import { createRenderer, type RenderBrief, type RenderContext } from './create-renderer.js';
import { loadTemplateSet } from '../templates/load-template-set.js';
import { projectImages } from './project-images.js';
import { cached, pruneRenderCache, type RenderCache } from './render-cache.js';
import type { TemplateSet } from '../templates/template-set.js';

export interface RenderedBrief extends BriefJob {
  set: TemplateSet;
  html: string;
  metadata: PdfMetadata;
  /** The set shows page numbers (`page-of`), which printing fills in. */
  paginates: boolean;
  /** Set for the one-option briefs of a set with `per_option`: which option, and its number in the pack. */
  option?: { id: string; title: string; number: number };
}

export type PaperSize = NonNullable<TemplateConfig['paper']>['size'];

export interface RenderOptions {
  /** Paper size for every set, instead of each set's own. */
  paper?: PaperSize;
  /** Kept by a watch session: what did not change is not compiled or formatted again. */
  cache?: RenderCache;
  /** Only briefs of sets with an output in one of these formats (a set's `outputs`); all when not given. */
  formats?: readonly ('html' | 'pdf')[];
}

async function loadRenderers(jobs: readonly BriefJob[], templateDirs: readonly string[], options: RenderOptions) {
  const renderers = new Map<string, { set: TemplateSet; render: RenderBrief }>();
  for (const job of jobs) {
    if (renderers.has(job.audience)) continue;
    const set = await loadTemplateSet(job.audience, templateDirs, job.pack.yaml.file);
    if (options.paper) set.config.paper = { ...set.config.paper, size: options.paper };
    renderers.set(job.audience, { set, render: await createRenderer(set, options.cache) });
  }
  return renderers;
}

/**
 * Stage 4, render: each template set compiled once, then every brief rendered
 * to self-contained HTML. A set with `per_option` renders one brief per
 * option instead, each standing alone with its own numbered sources.
 */
export async function renderBriefs(
  project: Project,
  jobs: readonly BriefJob[],
  templateDirs: readonly string[],
  options: RenderOptions = {},
): Promise<RenderedBrief[]> {
  const renderers = await loadRenderers(jobs, templateDirs, options);
  const sources = new Map([...project.sources].map(([id, entry]) => [id, entry.data]));
  let entries: Map<string, string> | undefined;
  // An entry does not depend on the brief (its number is the list's), so one citeproc run serves them all.
  const formatAll = () => {
    const ids = [...sources.keys()];
    return new Map(formatBibliography([...sources.values()]).map((html, i) => [ids[i]!, html]));
  };
  const { cache } = options;
  const context: RenderContext = {
    sources,
    formatted: (id) => {
      entries ??= cached(cache, cache?.bibliographies, cache ? JSON.stringify([...sources]) : '', formatAll);
      return entries.get(id) ?? '';
    },
    images: projectImages(join(project.root, LAYOUT.options)),
  };
  const briefs = jobs.flatMap((job) => {
    const { set, render } = renderers.get(job.audience)!;
    if (options.formats && !set.config.outputs.some((f) => options.formats!.includes(f))) return [];
    const brief = (only?: string) => {
      const model = buildModel(project, job.pack, only);
      return { ...job, set, html: render(model, context), metadata: briefMetadata(project, job.pack, set, only), paginates: set.paginates };
    };
    if (!set.config.per_option) return [brief()];
    return job.pack.data.options.map((id, i) => ({ ...brief(id), option: { id, title: project.options.get(id)!.data.title, number: i + 1 } }));
  });
  if (cache) pruneRenderCache(cache);
  return briefs;
}
