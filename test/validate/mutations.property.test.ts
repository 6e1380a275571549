import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { projectCopy, VALID_PROJECT } from '../helpers/fixtures.js';

const FILES = ['options/alpha-plan.yaml', 'options/sources.yaml', 'options/packs/sample.yaml'];

/** Ways an editor's slip, a bad merge or a corrupt copy can damage a file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(':', '- ', '[', '{', '"', "'", '&a ', '*a', '\t', '#', '\uFEFF', '\r', '|', '>', '---\n', '0x1F', 'null', '~', '@')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = { kind: string; at: number; with?: number; by?: number; text?: string };

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const j = (m.with ?? 0) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent':
      lines[i] = (m.by ?? 0) >= 0 ? ' '.repeat(m.by ?? 0) + lines[i] : (lines[i] ?? '').slice(-(m.by ?? 0));
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + (m.text ?? '') + text.slice(at);
    }
    default:
      return text.slice(0, m.at % (text.length + 1));
  }
}

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
