import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/fixtures.js';
import { bodyOf, renderHtml } from '../helpers/render.js';

/** A style that prints each title in capitals and nothing else: unmistakable in the output. */
const SHOUTING = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Shouting</title><id>shouting</id><updated>2026-12-02T00:00:00+00:00</updated></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="uppercase"/></layout></bibliography>
</style>
`;

const entryOne = (html: string) => /<li id="source-1" value="1">([^]*?)<\/li>/.exec(bodyOf(html))?.[1] ?? '';

describe('the citation style a pack or set chooses', () => {
  it('is policy-brief unless one is chosen', async () => {
    expect(entryOne(await renderHtml(projectCopy(), 'analyst'))).toMatch(/^A\. Author\. “First Document\.” 3 February 2001\. X\/1\. Example Press\. Accessed 1 January 2025\./);
  });

  it('is a bundled style the pack names', async () => {
    const dir = projectCopy();
    appendFileSync(join(dir, 'options/packs/sample.yaml'), 'citation_style: vancouver\n');
    expect(entryOne(await renderHtml(dir, 'analyst'))).toMatch(/^A\. Author\. First Document \[Internet\]\. Example Press; 2001 Feb \[cited 2025 Jan 1\]\./);
  });

  it('is a .csl file of the project the pack names, from the project folder', async () => {
    const dir = projectCopy();
    mkdirSync(join(dir, 'styles'));
    writeFileSync(join(dir, 'styles/shouting.csl'), SHOUTING);
    appendFileSync(join(dir, 'options/packs/sample.yaml'), 'citation_style: styles/shouting.csl\n');
    expect(entryOne(await renderHtml(dir, 'analyst'))).toMatch(/^FIRST DOCUMENT\s/);
  });

  it('is a set\'s .csl file, from the set\'s folder, unless the pack names its own', async () => {
    const dir = projectCopy();
    const set = join(dir, 'templates/house');
    mkdirSync(set, { recursive: true });
    writeFileSync(join(set, 'template.yaml'), 'name: house\ndescription: The analyst brief in the house style.\nbase: analyst\ncitation_style: shouting.csl\n');
    writeFileSync(join(set, 'shouting.csl'), SHOUTING);
    expect(entryOne(await renderHtml(dir, 'house'))).toMatch(/^FIRST DOCUMENT\s/);
    appendFileSync(join(dir, 'options/packs/sample.yaml'), 'citation_style: apa\n');
    expect(entryOne(await renderHtml(dir, 'house'))).toMatch(/^A\. Author\. \(2001\)\./);
  });
});
