import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/report/format-problem.js';
import { BUILT_IN_TEMPLATES } from '../../src/render/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { FIXTURES, projectCopy, relativeLines } from '../helpers/fixtures.js';

const CORPUS = join(FIXTURES, 'invalid');

/**
 * Each folder under fixtures/invalid holds files laid over the valid fixture
 * project, and expected.txt: the exact error lines `brief validate` prints.
 */
describe('the invalid-input corpus', () => {
  const cases = readdirSync(CORPUS).sort();

  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s gives exactly the expected file:line:col lines', async (name) => {
    const dir = projectCopy(join(CORPUS, name));
    const { problems } = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    const errors = sortProblems(problems.filter((p) => p.severity === 'error')).map(formatProblem);
    const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').trimEnd().split('\n');
    expect(relativeLines(errors, dir)).toEqual(expected);
  });
});
