import { describe, expect, it } from 'vitest';
import { buildModel, shortCitation, sourceView } from '../../src/model/build-model.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { REPO, VALID_PROJECT } from '../helpers/fixtures.js';

async function project(root: string) {
  return (await validateRoot(root, [BUILT_IN_TEMPLATES])).project;
}

describe('buildModel', () => {
  it('orders positions by the pack\'s parties and scores by its criteria', async () => {
    const p = await project(VALID_PROJECT);
    const [option] = buildModel(p, p.packs.get('sample')!).options;
    expect(option?.positions.map((x) => x.party.id)).toEqual(['north', 'south']);
    expect(option?.assessment).toEqual([
      { criterion: { id: 'feasibility', label: 'Feasible now', description: 'Could it be done today.', rubric: null }, score: 2, rationale: 'Hard to revive.' },
    ]);
  });

  it('gives templates null, not a missing key, for optional fields', async () => {
    const p = await project(VALID_PROJECT);
    const m = buildModel(p, p.packs.get('sample')!);
    expect(m.pack.subtitle).toBeNull();
    expect(m.pack.recommendations).toBeNull();
    expect(sourceView(p.sources.get('doc-two')!.data, 1)).toMatchObject({ url: null, publisher: null, note: null, authors: [], number: 1, anchor: 'source-1' });
  });

  it('keeps the pack order and numbering, or just one option when asked', async () => {
    const p = await project(REPO);
    const pack = p.packs.get('kashmir-2025')!;
    expect(buildModel(p, pack).options.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const only = buildModel(p, pack, 'owen-dixon-plan').options;
    expect(only.map((o) => [o.number, o.id])).toEqual([[2, 'owen-dixon-plan']]);
  });
});

describe('shortCitation', () => {
  it('prefers the document symbol, then the author and publisher, with the year', () => {
    expect(shortCitation({ id: 'a', title: 'Report', document: 'S/1791', date: '1950-09-15', kind: 'un-document' })).toBe('S/1791 (1950)');
    expect(shortCitation({ id: 'b', title: 'FRUS', document: 'FRUS 1950, vol. V', date: '1950', kind: 'government-record' })).toBe('FRUS 1950, vol. V');
    expect(shortCitation({ id: 'c', title: 'The Back Channel', author: 'Steve Coll', publisher: 'The New Yorker', date: '2009-03-02', kind: 'journal-article' })).toBe(
      'Steve Coll, The New Yorker (2009)',
    );
    expect(shortCitation({ id: 'd', title: 'Untitled notes', kind: 'other' })).toBe('Untitled notes');
  });
});
