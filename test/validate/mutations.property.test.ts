import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { projectCopy, VALID_PROJECT } from '../helpers/fixtures.js';
import { mutate, mutation } from '../helpers/mutations.js';

const FILES = ['options/alpha-plan.yaml', 'options/sources.yaml', 'options/packs/sample.yaml'];

describe('randomly damaged files', () => {
  it('always end in exit 0, or exit 1 with file:line:col lines: never a stack trace or a crash', async () => {
    const originals = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(VALID_PROJECT, f), 'utf8')]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (file, mutations) => {
        const dir = projectCopy();
        writeFileSync(join(dir, file), mutations.reduce((text, m) => mutate(text, m), originals[file]!));
        const { code, stderr } = await runCli('-C', dir, 'validate');
        expect(stderr).not.toMatch(STACK_TRACE);
        expect(stderr).not.toMatch(/internal error/);
        expect([0, 1]).toContain(code);
        const lines = stderr.trimEnd().split('\n');
        const problems = lines.slice(0, -1);
        if (code === 1) expect(problems.length).toBeGreaterThan(0);
        // file:line:col, then a field (whose quoted parts may hold spaces) or none, then the message.
        for (const line of problems) expect(line).toMatch(/^\S+:\d+:\d+(:| (?:[^\s"]|"(?:[^"\\]|\\.)*")+:) /);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  }, 60_000);
});
