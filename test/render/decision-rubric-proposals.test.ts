import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/fixtures.js';
import { bodyOf, renderHtml, textOf } from '../helpers/render.js';

/** The fixture project with a decision, a rubric, a scoring date and one outside proposal. */
function projectWithExtras(): string {
  const dir = projectCopy();
  const pack = join(dir, 'options', 'packs', 'sample.yaml');
  const withRubric = readFileSync(pack, 'utf8').replace(
    '    description: Could it be done today.\n',
    '    description: Could it be done today.\n' +
      '    rubric: {1: Blocked outright., 2: Blocked for now., 3: Possible with effort., 4: Under way., 5: Done.}\n',
  );
  writeFileSync(pack, withRubric);
  appendFileSync(
    pack,
    'assessed_on: 2025-05-31\n' +
      'decision:\n  issue: Whether to revive the plan.\n  sought: Agree to ask for talks.\n' +
      'external_proposals:\n  - title: The columnist\'s three steps\n    attribution: Proposals of A. Columnist, in The Paper (1 May 2025)\n' +
      '    text: Talk first.\n    sources: [doc-one]\n',
  );
  return dir;
}

describe('the decision, the rubric and proposals made by others', () => {
  it('print in the analyst brief, each under its own heading, the proposals attributed and cited', async () => {
    const body = bodyOf(await renderHtml(projectWithExtras(), 'analyst'));
    const text = textOf(body);
    expect(body).toContain('<section class="decision" id="decision">');
    expect(text).toContain('Agree to ask for talks.');
    expect(text).toMatch(/made on May 31, 2025/);
    expect(body).toMatch(/<ol class="rubric"[^>]*>\s*<li value="1">Blocked outright\.<\/li>/);
    expect(body).toContain('<h3>The columnist\u2019s three steps</h3>');
    expect(body).toMatch(/Proposals of A\. Columnist, in The Paper \(1 May 2025\)\u00a0<span class="cite">/);
    expect(body).toContain('href="#external-proposals"');
  });

  it('give the minister the decision, and leave others\' proposals to the analyst brief, never as next steps', async () => {
    const body = bodyOf(await renderHtml(projectWithExtras(), 'minister'));
    expect(body).toContain('id="decision"');
    expect(body).not.toContain('id="external-proposals"');
    expect(body).not.toContain('Recommended next steps');
  });

  it('leave no empty section in a pack without them', async () => {
    const body = bodyOf(await renderHtml(projectCopy(), 'analyst'));
    expect(body).not.toMatch(/id="decision"|id="external-proposals"|class="rubric"/);
  });
});
