import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/report/format-problem.js';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { FIXTURES, projectCopy, relativeLines, REPO, VALID_PROJECT } from '../helpers/fixtures.js';

describe('validateRoot', () => {
  it('finds no problem in the valid fixture project', async () => {
    const { project, problems } = await validateRoot(VALID_PROJECT, [BUILT_IN_TEMPLATES]);
    expect(problems).toEqual([]);
    expect([...project.options.keys()]).toEqual(['alpha-plan']);
    expect([...project.packs.keys()]).toEqual(['sample']);
    expect([...project.sources.keys()]).toEqual(['doc-one', 'doc-two']);
  });

  it('finds no error and no warning in the shipped sample content, with every lint on', async () => {
    const { project, problems } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
    expect(project.options.has('owen-dixon-plan')).toBe(true);
    expect(project.options.has('musharraf-four-point-formula')).toBe(true);
    expect(project.packs.get('kashmir-2025')?.data.options).toEqual([
      'un-plebiscite-resolutions',
      'owen-dixon-plan',
      'bhutto-swaran-singh-talks',
      'simla-bilateral-framework',
      'chenab-formula',
      'kashmir-study-group-proposal',
      'composite-dialogue-2004-08',
      'musharraf-four-point-formula',
      'comprehensive-bilateral-dialogue-2015',
      'third-party-mediation',
      'indus-waters-treaty',
    ]);
  });

  it('skips the content lints when asked, but not the checks', async () => {
    const dir = projectCopy(join(FIXTURES, 'invalid', 'lint-unused-source'), join(FIXTURES, 'invalid', 'lint-too-few-pros'));
    expect((await validateRoot(dir, [BUILT_IN_TEMPLATES])).problems.map((p) => p.message)).toEqual([
      'has 2 arguments for; a balanced option gives at least 3',
      'source "doc-three" is not cited anywhere: cite it or remove it',
    ]);
    expect((await validateRoot(dir, [BUILT_IN_TEMPLATES], { lint: false })).problems).toEqual([]);
  });

  it('warns about loaded terms in the brief\'s own voice, but not inside quotation marks', async () => {
    const dir = projectCopy();
    const file = join(dir, 'options', 'alpha-plan.yaml');
    const text = readFileSync(file, 'utf8').replace(
      'outcome: Nothing came of it [@doc-two].',
      'outcome: Nothing came of it, whatever the so-called experts say [@doc-two]. The "sham" talks, one side called them.',
    );
    writeFileSync(file, text);
    const { problems } = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(relativeLines(problems.map(formatProblem), dir)).toEqual([
      'options/alpha-plan.yaml:42:43 outcome: warning: "so-called" takes a side in the brief\'s own voice: quote and attribute it, or write the name, or a quotation attributed to whoever doubts it',
    ]);
  });

  it('knows the general loaded terms of any dispute, and the terms a project adds in options/terms.yaml', async () => {
    const dir = projectCopy();
    const file = join(dir, 'options', 'alpha-plan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('outcome: Nothing came of it [@doc-two].', 'outcome: Occupied Northland since the 1974 invasion; the Westlands stayed out [@doc-two].'));
    const general = (await validateRoot(dir, [BUILT_IN_TEMPLATES])).problems.map((p) => p.message);
    expect(general).toEqual([
      '"Occupied" takes a side in the brief\'s own voice: quote and attribute it, or write administered or controlled by, naming who holds it, or an attributed quotation',
      '"invasion" takes a side in the brief\'s own voice: quote and attribute it, or write a neutral description of the military action, or an attributed quotation',
    ]);
    writeFileSync(join(dir, 'options', 'terms.yaml'), 'terms:\n  - term: Westlands\n    instead: the western districts\n    match_case: true\n');
    const own = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(own.problems.map((p) => p.message)).toContain('"Westlands" takes a side in the brief\'s own voice: quote and attribute it, or write the western districts');
    writeFileSync(join(dir, 'options', 'terms.yaml'), 'terms:\n  - term: Westlands\n');
    const broken = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(relativeLines(broken.problems.filter((p) => p.severity === 'error').map(formatProblem), dir)[0]).toMatch(/^options\/terms\.yaml:2:5 terms\[0\]/);
  });
});
