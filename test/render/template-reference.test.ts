import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFields, templateReference } from '../../src/render/template-reference.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { selectBriefs } from '../../src/model/select-briefs.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/fixtures.js';
import { renderJobs } from '../helpers/render.js';

/** Every path in a value, written as the reference writes them (`options[].positions[].party.label`), and those that hold null or an empty list. */
function pathsOf(value: unknown, path = '', into = { all: new Set<string>(), empty: new Set<string>() }) {
  if (path && !path.endsWith('[]')) into.all.add(path);
  if (value === null || (Array.isArray(value) && value.length === 0)) into.empty.add(path);
  if (Array.isArray(value)) for (const item of value) pathsOf(item, `${path}[]`, into);
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, path ? `${path}.${key}` : key, into);
  return into;
}

/** The paths that hold `path`: `a.b[].c` is held by `a.b[]`, `a.b` and `a`. */
const holders = (path: string) => [...path.matchAll(/\.|\[\]/g)].map((m) => path.slice(0, m.index));

describe('the template reference', () => {
  it('lists exactly what a real brief model holds: every path of the sample pack is listed, and every listed path is in the model', async () => {
    const dirs = templateDirs(REPO);
    const { project } = await validateRoot(REPO, dirs);
    const [brief] = await renderJobs(project, selectBriefs(project, [], ['analyst']), dirs, { formats: ['html'] });
    const { citations: _citations, ...model } = brief!.model;
    const real = pathsOf(model);
    const fields = templateFields();
    const listed = new Set(fields.map((f) => f.path).filter((p) => !p.startsWith('@')));
    // A catalogue is listed as one map: its keys are the schema's.
    const maps = new Set(fields.filter((f) => f.type.startsWith('map of')).map((f) => f.path));
    expect([...real.all].filter((p) => !listed.has(p) && !holders(p).some((h) => maps.has(h))), 'in the model but not in the reference').toEqual([]);
    // A listed path the sample lacks must lie under a null or an empty list: the field exists, this sample leaves it out.
    const unexplained = [...listed].filter((p) => !real.all.has(p) && !holders(p).some((h) => real.empty.has(h)));
    expect(unexplained, 'in the reference but not in the model').toEqual([]);
  });

  it('is what brief template fields prints, and what the README carries', async () => {
    const printed = await runCli('template', 'fields');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(templateReference());
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(readme, 'README: paste the output of brief template fields into its Template reference section').toContain(`\`\`\`\n${templateReference()}\`\`\``);
    const json = JSON.parse((await runCli('template', 'fields', '--json')).stdout) as { fields: { path: string }[]; helpers: Record<string, unknown> };
    expect(json.fields.map((f) => f.path)).toContain('options[].positions[].party.label');
    expect(Object.keys(json.helpers)).toContain('markdown');
  });
});
