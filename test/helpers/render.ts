import { join } from 'node:path';
import { FORMATS, type Format } from '../../src/core/output-paths.js';
import { planBriefs } from '../../src/model/plan-briefs.js';
import { selectBriefs, type BriefJob } from '../../src/model/select-briefs.js';
import { renderBriefs, type RenderedBrief } from '../../src/render/render-briefs.js';
import type { RenderCache } from '../../src/render/render-cache.js';
import { loadSets } from '../../src/templates/load-sets.js';
import type { Project } from '../../src/validate/project.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { FIXTURES } from './fixtures.js';

export const TEST_TEMPLATES = join(FIXTURES, 'templates');

/** Validates and renders one audience of a project's packs to HTML, as `brief build --format html` would. */
export async function renderHtml(root: string, audience: string, extraTemplates: string[] = []): Promise<string> {
  const dirs = templateDirs(root, extraTemplates);
  const { project } = await validateRoot(root, dirs);
  const [brief] = await renderJobs(project, selectBriefs(project, [], [audience]), dirs);
  return brief!.html;
}

/** The briefs of `jobs` rendered as a build renders them: sets loaded, briefs planned, then rendered. */
export async function renderJobs(
  project: Project,
  jobs: readonly BriefJob[],
  dirs: readonly string[],
  options: { formats?: readonly Format[]; cache?: RenderCache } = {},
): Promise<RenderedBrief[]> {
  const sets = await loadSets(jobs.map((j) => ({ name: j.audience, from: j.pack.yaml.file })), dirs);
  return renderBriefs(project, planBriefs(project, jobs, sets, options.formats ?? FORMATS), { cache: options.cache });
}

/** The body of an HTML page, without the inlined CSS and fonts: what a snapshot should compare. */
export const bodyOf = (html: string) => html.slice(html.indexOf('<body'), html.indexOf('</body>') + 7);

/** What a reader sees of some HTML: tags dropped, common entities decoded, typographic quotes as typed ones (typeset.test.ts checks those), white space folded. */
export function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
