import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { textOf } from '../helpers/render.js';
import { edit, git, taggedProject } from '../helpers/git-project.js';

const PACK = 'options/packs/sample.yaml';
const OPTION = 'options/alpha-plan.yaml';

/** The fixture pack as edition 2, following the tagged edition 1, built as HTML for the analyst and minister. */
async function buildEdition2(change: (dir: string) => void, numbered = false): Promise<{ analyst: string; minister: string }> {
  const dir = taggedProject();
  if (numbered) {
    edit(dir, PACK, ['date: 2025-06-01', 'date: 2025-06-01\nedition: 1']);
    git(dir, 'commit', '-qam', 'Number the edition');
    git(dir, 'tag', '-f', 'edition-1');
    edit(dir, PACK, ['edition: 1\n', '']);
  }
  edit(dir, PACK, ['date: 2025-06-01', 'date: 2025-07-01\nedition: 2\nfollows: edition-1\nlang: en-GB']);
  change(dir);
  const out = join(dir, 'output');
  await build({ root: dir, out, formats: ['html'], audiences: ['analyst', 'minister'] });
  const read = (name: string) => readFileSync(join(out, 'sample', `${name}.html`), 'utf8');
  return { analyst: read('analyst'), minister: read('minister') };
}

/** What a reader sees of the changes section. */
const sectionText = (html: string) => textOf(section(html)!).replace(/ :/g, ':');
const section = (html: string) => /<section class="chapter changes" id="changes">[\s\S]*?<\/section>/.exec(html)?.[0];

describe('the changes since the last edition, in the briefs', () => {
  it('lists exactly what changed, each change linked to a place the brief has', async () => {
    const { analyst, minister } = await buildEdition2((dir) => {
      edit(dir, OPTION, ['score: 2\n    rationale: Hard to revive.', 'score: 4\n    rationale: Both sides asked for it.'], ['stance: supports', 'stance: divided']);
    });
    for (const html of [analyst, minister]) {
      const changes = section(html)!;
      expect(sectionText(html)).toBe(
        "Changes since the edition of 1 June 2025 The Alpha plan: North's position changed from supports to divided " +
          'The Alpha plan: score for Feasible now raised from 2 to 4: Both sides asked for it.',
      );
      for (const [, target] of changes.matchAll(/href="#([^"]+)"/g)) expect(html, target).toContain(`id="${target}"`);
    }
    expect(section(analyst)).toContain('href="#option-alpha-plan-position-north"');
    expect(section(analyst)).toContain('href="#option-alpha-plan-assessment"');
    expect(section(minister)).toContain('href="#option-alpha-plan"');
    expect(analyst).toContain('<a href="#changes"><span class="toc-title">Changes since the last edition</span>');
  });

  it('has no changes section when nothing changed', async () => {
    const { analyst, minister } = await buildEdition2(() => undefined);
    for (const html of [analyst, minister]) expect(html).not.toContain('id="changes"');
    expect(analyst).not.toContain('Changes since the last edition');
  });

  it('names the edition it follows by number where that edition had one', async () => {
    const { minister } = await buildEdition2((dir) => edit(dir, OPTION, ['status: stalled', 'status: rejected']), true);
    expect(sectionText(minister)).toBe('Changes since edition 1 of 1 June 2025 The Alpha plan: status changed from stalled to rejected');
  });
});
