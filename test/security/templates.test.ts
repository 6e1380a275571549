import Handlebars from 'handlebars';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { registerHelpers } from '../../src/render/helpers.js';
import { projectCopy } from '../helpers/fixtures.js';
import { bodyOf, renderHtml } from '../helpers/render.js';

function withCover(cover: string): string {
  const dir = projectCopy();
  mkdirSync(join(dir, 'templates', 'probe', 'partials'), { recursive: true });
  writeFileSync(join(dir, 'templates', 'probe', 'template.yaml'), 'name: probe\ndescription: Probes what a template can reach.\nbase: analyst\n');
  writeFileSync(join(dir, 'templates', 'probe', 'partials', 'cover.hbs'), cover);
  return dir;
}

describe('what a template can reach', () => {
  it('not the prototype or constructor of an object', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const attempts = [
      '<p>{{lookup pack "constructor"}}</p>',
      '<p>{{lookup (lookup pack "constructor") "name"}}</p>',
      '<p>{{#with pack.__proto__}}{{this}}{{/with}}</p>',
      '<p>{{#each (lookup pack "__proto__")}}{{@key}}{{/each}}</p>',
    ];
    for (const cover of attempts) {
      // Handlebars refuses properties that are not the object's own: each attempt prints nothing.
      expect(bodyOf(await renderHtml(withCover(cover), 'probe')), cover).toMatch(/^<body class="brief analyst">\n<p><\/p><nav/);
    }
    warn.mockRestore();
  });

  it('no helper beyond the documented ones, none of which reads files or runs code', () => {
    const hb = Handlebars.create();
    const builtIn = Object.keys(hb.helpers);
    registerHelpers(hb);
    const ours = Object.keys(hb.helpers).filter((name) => !builtIn.includes(name)).sort();
    expect(ours).toEqual([
      'add', 'array', 'change-words', 'cite', 'css-message', 'css-string', 'date', 'dir-attribute', 'display', 'eq', 'inline', 'join', 'markdown', 'num', 'own-sources', 'page-of', 'period', 'side', 't',
      'timeline-figure', 'timeline-sources', 'timeline-years',
    ]);
  });

  it('no partial outside the set: a path in a partial name is just a missing partial', async () => {
    const error = await renderHtml(withCover('<p>{{> ../../../etc/passwd}}</p>'), 'probe').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]?.message).toBe('template: no partial "../../../etc/passwd" in this set or its bases');
  });
});
