import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { projectCopy, relativeLines, tempDir } from '../helpers/fixtures.js';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#8a1c1c"/></svg>';

/** A project with a custom set "press" from minister, its masthead partial as given. */
async function customSet(masthead: string): Promise<string> {
  const dir = projectCopy();
  expect((await runCli('-C', dir, 'template', 'new', 'press', '--from', 'minister', '--with', 'masthead')).code).toBe(0);
  mkdirSync(join(dir, 'templates', 'press', 'img'));
  writeFileSync(join(dir, 'templates', 'press', 'img', 'logo.svg'), LOGO);
  writeFileSync(join(dir, 'templates', 'press', 'partials', 'masthead.hbs'), masthead);
  return dir;
}

describe('images in a template set', () => {
  it('are inlined from the set folder like option images, so the brief shows them offline', async () => {
    const dir = await customSet('<header class="masthead">\n  <img alt="img/logo.svg" src="img/logo.svg"><h1>{{pack.title}}</h1>\n</header>\n');
    const out = tempDir();
    const built = await runCli('-C', dir, 'build', '--audience', 'press', '--format', 'html', '--out', out);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const html = readFileSync(join(out, 'sample', 'press.html'), 'utf8');
    expect(html).toContain(`<img alt="img/logo.svg" src="data:image/svg+xml;base64,${Buffer.from(LOGO).toString('base64')}">`);
  });

  it('are refused at their line and column when remote, outside the set, missing or not images', async () => {
    const dir = await customSet(
      ['<header class="masthead">', '  <img src="https://example.org/logo.png">', '  <img src="../../options/sources.yaml"> <img src=\'img/none.png\'>', '  <img src="img/leak.svg"><img src="img/logo.svg">', '</header>', ''].join('\n'),
    );
    symlinkSync('/etc/hostname', join(dir, 'templates', 'press', 'img', 'leak.svg'));
    const result = await runCli('-C', dir, 'build', '--audience', 'press', '--format', 'html', '--out', tempDir());
    expect(result.code).toBe(1);
    expect(relativeLines(result.stderr.trim().split('\n'), dir)).toEqual([
      'templates/press/partials/masthead.hbs:2:13: image "https://example.org/logo.png" is not allowed: a template\'s images must be files in its template set, inlined into the brief, which is printed offline',
      'templates/press/partials/masthead.hbs:3:13: image "../../options/sources.yaml" points outside the template set',
      'templates/press/partials/masthead.hbs:3:52: image "img/none.png" does not exist',
      'templates/press/partials/masthead.hbs:4:13: image "img/leak.svg" leads outside the project (through a link): only files inside it are read',
      'brief: 4 problems found; nothing was written',
    ]);
  });
});
