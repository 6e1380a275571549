import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/report/format-problem.js';
import { BUILT_IN_TEMPLATES } from '../../src/render/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { projectCopy, relativeLines, REPO, VALID_PROJECT } from '../helpers/fixtures.js';

describe('validateRoot', () => {
  it('finds no problem in the valid fixture project', async () => {
    const { project, problems } = await validateRoot(VALID_PROJECT, [BUILT_IN_TEMPLATES]);
    expect(problems).toEqual([]);
    expect([...project.options.keys()]).toEqual(['alpha-plan']);
    expect([...project.packs.keys()]).toEqual(['sample']);
    expect([...project.sources.keys()]).toEqual(['doc-one', 'doc-two']);
  });

  it('finds no error in the shipped sample content', async () => {
    const { project, problems } = await validateRoot(REPO, [BUILT_IN_TEMPLATES]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.options.has('owen-dixon-plan')).toBe(true);
    expect(project.options.has('musharraf-four-point-formula')).toBe(true);
    expect(project.packs.get('kashmir-2025')?.data.options).toEqual(['owen-dixon-plan', 'musharraf-four-point-formula']);
  });

  it('warns, without failing, about a source nobody cites', async () => {
    const dir = projectCopy();
    appendFileSync(join(dir, 'options', 'sources.yaml'), '  - id: never-cited\n    title: Unused\n    kind: book\n');
    const { problems } = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(relativeLines(problems.map(formatProblem), dir)).toEqual([
      'options/sources.yaml:15:9 sources[2].id: warning: source "never-cited" is not cited anywhere',
    ]);
  });
});
