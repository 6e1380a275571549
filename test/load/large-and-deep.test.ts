import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/report/format-problem.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { projectCopy, relativeLines } from '../helpers/fixtures.js';

describe('files too large or too deep to read', () => {
  it('refuses a 50 MB file before reading it', async () => {
    const dir = projectCopy();
    const file = join(dir, 'options', 'huge.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const { problems } = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(relativeLines(problems.map(formatProblem), dir)).toEqual(['options/huge.yaml:1:1: the file is 50.0 MB; the limit is 2.0 MB']);
    // Refused by its size, not after parsing 50 MB (generous bound: this is a guard, not a benchmark).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reports values nested 100,000 deep instead of overflowing the stack', async () => {
    const dir = projectCopy();
    writeFileSync(join(dir, 'options', 'deep.yaml'), `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const { problems } = await validateRoot(dir, [BUILT_IN_TEMPLATES]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ message: expect.stringMatching(/^YAML: values are nested too deeply to read/), line: 1 });
  });
});
