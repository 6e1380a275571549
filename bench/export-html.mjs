// Writes the HTML of every brief a build of `pack` prints (one file per brief, handouts one per option).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FORMATS } from '../dist/core/output-paths.js';
import { planBriefs } from '../dist/model/plan-briefs.js';
import { selectBriefs } from '../dist/model/select-briefs.js';
import { renderBriefs } from '../dist/render/render-briefs.js';
import { loadSets } from '../dist/templates/load-sets.js';
import { templateDirs } from '../dist/templates/template-set.js';
import { validateRoot } from '../dist/validate/validate-root.js';

export async function exportPrintedHtml(root, pack, out) {
  const dirs = templateDirs(resolve(root));
  const { project } = await validateRoot(resolve(root), dirs);
  const jobs = selectBriefs(project, [pack], []);
  const sets = await loadSets(jobs.map((j) => ({ name: j.audience, from: j.pack.yaml.file })), dirs);
  const briefs = await renderBriefs(project, planBriefs(project, jobs, sets, FORMATS), {});
  await mkdir(out, { recursive: true });
  const files = [];
  for (const b of briefs.filter((b) => b.set.config.outputs.includes('pdf'))) {
    const file = join(out, `${b.audience}${b.option ? `-${b.option.id}` : ''}.html`);
    await writeFile(file, b.html);
    files.push(file);
  }
  return files;
}
