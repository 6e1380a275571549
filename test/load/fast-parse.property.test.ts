import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlWithPositions } from '../../src/load/parse-yaml.js';
import { FIXTURES, REPO, VALID_PROJECT } from '../helpers/fixtures.js';
import { mutate, mutation } from '../helpers/mutations.js';

const yamlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
const FILES = [...yamlIn(join(VALID_PROJECT, 'options')), ...yamlIn(join(VALID_PROJECT, 'options', 'packs')), ...yamlIn(join(REPO, 'options')).slice(0, 4)];
const TEXTS = FILES.map((f) => readFileSync(f, 'utf8'));

/** What a parse gives the rest of the tool: the data, or the problems as they would be printed. */
function outcome(parsed: ReturnType<typeof parseYaml>) {
  return parsed.ok ? { ok: true, data: parsed.yaml.data } : { ok: false, problems: parsed.problems };
}

describe('the fast parse', () => {
  it('gives the same data as the positioned parse for every real file', () => {
    for (const [i, text] of TEXTS.entries()) expect(outcome(parseYaml(FILES[i]!, text)), FILES[i]).toEqual(outcome(parseYamlWithPositions(FILES[i]!, text)));
  });

  it('agrees with the positioned parse on YAML\'s odd corners: flow collections, scalars, tags, directives, keys', () => {
    // One case a line, with \\n for a line break.
    const cases = readFileSync(join(FIXTURES, 'yaml', 'tricky-cases.txt'), 'utf8').split('\n').filter(Boolean).map((c) => c.replace(/\\n/g, '\n'));
    expect(cases.length).toBeGreaterThan(40);
    for (const text of cases) expect(outcome(parseYaml('f.yaml', text)), text).toEqual(outcome(parseYamlWithPositions('f.yaml', text)));
  });

  it('agrees with the positioned parse on damaged files: the same data, or the same problems', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, mutations) => {
        const text = mutations.reduce((t, m) => mutate(t, m), TEXTS[i]!);
        expect(outcome(parseYaml('f.yaml', text))).toEqual(outcome(parseYamlWithPositions('f.yaml', text)));
      }),
      // Seeded; to search further, run with other seeds and more runs (20,000 across four seeds found nothing).
      { numRuns: 2000, seed: 20261123 },
    );
    // Two thousand parses of every kind take a while on a busy 2-core machine: room to finish, not a time limit.
  }, 240_000);

  it('locates a field in a fast-parsed file exactly where the positioned parse does', () => {
    const text = TEXTS[0]!;
    const fast = parseYaml('f.yaml', text);
    const slow = parseYamlWithPositions('f.yaml', text);
    expect(fast.ok && slow.ok).toBe(true);
    if (fast.ok && slow.ok) expect(fast.yaml.lineCounter.linePos(fast.yaml.doc.range[1])).toEqual(slow.yaml.lineCounter.linePos(slow.yaml.doc.range[1]));
  });
});
