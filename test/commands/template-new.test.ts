import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { projectCopy, relativeLines, tempDir } from '../helpers/fixtures.js';

describe('brief template new', () => {
  it('starts a set from minister that a newcomer restyles, with its own title page', async () => {
    const dir = projectCopy();
    const made = await runCli('-C', dir, 'template', 'new', 'press', '--from', 'minister', '--with', 'masthead');
    expect(made.code).toBe(0);
    expect(relativeLines(made.stdout.trim().split('\n').slice(0, 4), dir)).toEqual([
      'created templates/press/template.yaml',
      'created templates/press/layout.hbs',
      'created templates/press/style.css',
      'created templates/press/partials/masthead.hbs',
    ]);
    expect(relativeLines(made.stdout.split('\n'), dir)).toContain(
      'For Word files in a house style, save a Word document with its styles as templates/press/reference.docx (its Title, Heading 1-3 and other styles replace the built-in look)',
    );

    // What the README tells a newcomer to do: change the colours and the title page.
    const css = join(dir, 'templates', 'press', 'style.css');
    writeFileSync(css, readFileSync(css, 'utf8').replace('--accent: #1f3a5f;', '--accent: #8a1c1c;'));
    const masthead = join(dir, 'templates', 'press', 'partials', 'masthead.hbs');
    writeFileSync(masthead, '<header class="masthead press"><p class="kicker">For the press</p><h1>{{pack.title}}</h1></header>\n');

    const out = tempDir();
    const built = await runCli('-C', dir, 'build', '--audience', 'press', '--format', 'html', '--out', out);
    expect(built.code).toBe(0);
    const html = readFileSync(join(out, 'sample', 'press.html'), 'utf8');
    expect(html).toContain('<header class="masthead press"><p class="kicker">For the press</p><h1>A sample pack</h1></header>');
    expect(html).toContain('--accent: #8a1c1c;');
    // Everything else still comes from minister.
    expect(html).toContain('<section class="bottom-line" id="bottom-line">');
  });

  it('refuses an existing set, an unknown base and an unknown partial', async () => {
    const dir = projectCopy();
    expect((await runCli('-C', dir, 'template', 'new', 'press', '--from', 'minister')).code).toBe(0);
    const again = await runCli('-C', dir, 'template', 'new', 'press', '--from', 'minister');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('templates/press: already exists');
    const typo = await runCli('-C', dir, 'template', 'new', 'other', '--from', 'ministr');
    expect(typo.stderr).toContain('no template set "ministr" to start from (did you mean "minister"?)');
    const partial = await runCli('-C', dir, 'template', 'new', 'other', '--from', 'minister', '--with', 'mast-head');
    expect(partial.stderr).toContain('"minister" has no partial "mast-head" (did you mean "masthead"?)');
  });
});
