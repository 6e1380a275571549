import { join } from 'node:path';
import { LAYOUT } from '../load/project-files.js';
import { buildModel } from '../model/build-model.js';
import type { BriefJob } from '../model/select-briefs.js';
import type { Project } from '../validate/project.js';
import { createRenderer, type RenderBrief } from './create-renderer.js';
import { loadTemplateSet } from './load-template-set.js';
import { projectImages } from './project-images.js';
import type { TemplateSet } from './template-set.js';

export interface RenderedBrief extends BriefJob {
  set: TemplateSet;
  html: string;
}

/** Stage 4, render: each template set compiled once, then every brief rendered to self-contained HTML. */
export async function renderBriefs(project: Project, jobs: readonly BriefJob[], templateDirs: readonly string[]): Promise<RenderedBrief[]> {
  const renderers = new Map<string, { set: TemplateSet; render: RenderBrief }>();
  for (const job of jobs) {
    if (renderers.has(job.audience)) continue;
    const set = await loadTemplateSet(job.audience, templateDirs, job.pack.yaml.file);
    renderers.set(job.audience, { set, render: await createRenderer(set) });
  }
  const images = projectImages(join(project.root, LAYOUT.options));
  return jobs.map((job) => {
    const { set, render } = renderers.get(job.audience)!;
    return { ...job, set, html: render(buildModel(project, job.pack), images) };
  });
}
