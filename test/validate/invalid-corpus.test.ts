import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/report/format-problem.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { checkProject } from '../../src/check-project.js';
import { FIXTURES, projectCopy, relativeLines } from '../helpers/fixtures.js';

const CORPUS = join(FIXTURES, 'invalid');

/**
 * Each folder under fixtures/invalid holds files laid over the valid fixture
 * project, and expected.txt: the exact error lines `brief validate` prints.
 */
describe('the invalid-input corpus', () => {
  const cases = readdirSync(CORPUS).sort();

  it('has at least sixty cases, each with at least one expected line', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const name of cases) expect(readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').trim(), name).not.toBe('');
  });

  it.each(cases)('%s gives exactly the expected file:line:col lines', async (name) => {
    const dir = projectCopy(join(CORPUS, name));
    const { problems } = await checkProject(dir, templateDirs(dir));
    const errors = sortProblems(problems.filter((p) => p.severity === 'error')).map(formatProblem);
    const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').trimEnd().split('\n');
    const repo = `${relative(dir, process.cwd())}/`;
    expect(relativeLines(errors, dir).map((l) => l.replace(repo, ''))).toEqual(expected);
  });
});
