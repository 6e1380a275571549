import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { BUILT_IN_TEMPLATES } from '../../src/render/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { REPO, VALID_PROJECT } from '../helpers/fixtures.js';

async function model(root: string, packId: string) {
  const { project } = await validateRoot(root, [BUILT_IN_TEMPLATES]);
  return buildModel(project, project.packs.get(packId)!);
}

describe('buildModel', () => {
  it('numbers sources once each, in order of first citation', async () => {
    const m = await model(VALID_PROJECT, 'sample');
    expect(m.sources.map((s) => [s.number, s.id])).toEqual([
      [1, 'doc-two'],
      [2, 'doc-one'],
    ]);
    expect(m.citations).toEqual({ 'doc-two': 1, 'doc-one': 2 });
  });

  it('orders positions by the pack\'s parties and scores by its criteria', async () => {
    const m = await model(VALID_PROJECT, 'sample');
    const [option] = m.options;
    expect(option?.positions.map((p) => p.party.id)).toEqual(['north', 'south']);
    expect(option?.assessment).toEqual([
      { criterion: { id: 'feasibility', label: 'Feasible now', description: 'Could it be done today.' }, score: 2, rationale: 'Hard to revive.' },
    ]);
  });

  it('gives templates null, not a missing key, for optional fields', async () => {
    const m = await model(VALID_PROJECT, 'sample');
    expect(m.pack.subtitle).toBeNull();
    expect(m.pack.recommendations).toBeNull();
    expect(m.sources.find((s) => s.id === 'doc-two')).toMatchObject({ url: null, publisher: null, authors: [] });
  });

  it('cites every source of the sample pack that its options use', async () => {
    const m = await model(REPO, 'kashmir-2025');
    expect(m.options).toHaveLength(9);
    expect(m.options[1]?.id).toBe('owen-dixon-plan');
    expect(m.sources.map((s) => s.number)).toEqual(m.sources.map((_, i) => i + 1));
    expect(m.sources.map((s) => s.id)).toContain('un-s1791');
  });
});
