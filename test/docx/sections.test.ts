import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { tempDir } from '../helpers/fixtures.js';
import { edit, taggedProject } from '../helpers/git-project.js';

const PACK = 'options/packs/sample.yaml';

/** The fixture pack as edition 2, following the tagged edition 1, with a score changed, a rubric, and every built-in audience, built as Word files. */
async function secondEdition() {
  const dir = taggedProject();
  edit(
    dir,
    PACK,
    ['date: 2025-06-01', 'date: 2025-07-01\nfollows: edition-1'],
    ['description: Could it be done today.', 'description: Could it be done today.\n    rubric: {1: Not at all., 2: Hardly., 3: With effort., 4: Readily., 5: At once.}'],
    ['audiences: [analyst]', 'audiences: [analyst, minister, handout]'],
  );
  edit(dir, 'options/alpha-plan.yaml', ['score: 2\n    rationale: Hard to revive.', 'score: 3\n    rationale: Talks resumed.']);
  const out = tempDir();
  await build({ root: dir, formats: ['docx'], out });
  const text = async (name: string) => (await mammoth.extractRawText({ path: join(out, 'sample', name) })).value;
  const html = async (name: string) => (await mammoth.convertToHtml({ path: join(out, 'sample', name) })).value;
  return { text, html };
}

describe('the sections the HTML briefs show, in Word too', () => {
  it('gives the analyst and minister briefs the changes since the edition followed, the rubric, the minister scores, the handout stances and scores', async () => {
    const { text, html } = await secondEdition();
    const analyst = await html('analyst.docx');
    const h1 = [...analyst.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(h1.slice(0, 2)).toEqual(['Summary', 'Changes since the edition of June 1, 2025']);
    expect(await text('analyst.docx')).toContain('The Alpha plan: score for Feasible now raised from 2 to 3: Talks resumed.');
    expect(await text('analyst.docx')).toMatch(/1\tNot at all\.\s+2\tHardly\.\s+3\tWith effort\.\s+4\tReadily\.\s+5\tAt once\./);

    const minister = await text('minister.docx');
    expect(minister).toContain('Changes since the edition of June 1, 2025');
    expect(minister).toContain('Scores, 1–5: Feasible now 3');

    const handout = await text('handouts/alpha-plan.docx');
    expect(handout).toMatch(/Where the parties stand\s+North: Supports\s+South: Opposes/);
    expect(handout).toContain('Feasible now: 3');
  }, 120_000);
});
