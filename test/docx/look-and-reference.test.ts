import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { docxLayout } from '../../src/docx/docx-briefs.js';
import { DEFAULT_LOOK, lookOf } from '../../src/docx/look.js';
import { referenceStyles } from '../../src/docx/reference-doc.js';
import { loadTemplateSet } from '../../src/templates/load-template-set.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import { tempDir } from '../helpers/fixtures.js';

const css = (source: string) => [{ file: 'style.css', path: '/x/style.css', source }];

describe('the Word look follows the set CSS', () => {
  it('takes fonts, colours and the body size from the custom properties, later files winning', () => {
    const look = lookOf([
      ...css(":root { --serif: 'Source Serif 4', Georgia, serif; --accent: #1f3a5f; }\nhtml { color: var(--ink); font-size: 10.5pt; }"),
      ...css(':root { --serif: "Charter", serif; --accent: #a0c; --ink: rgb(0,0,0); }\nhtml { font-size: 12pt; }'),
    ]);
    expect(look).toMatchObject({ serif: 'Charter', accent: 'AA00CC', size: 12, ink: DEFAULT_LOOK.ink, sans: DEFAULT_LOOK.sans });
  });

  it('reads the built-in sets as the built-in look, and picks each built-in set its Word layout', async () => {
    const dirs = [BUILT_IN_TEMPLATES];
    const [analyst, minister, handout] = await Promise.all(['analyst', 'minister', 'handout'].map((name) => loadTemplateSet(name, dirs)));
    expect(lookOf(analyst!.styles)).toEqual(DEFAULT_LOOK);
    expect([analyst, minister, handout].map((set) => docxLayout(set!))).toEqual(['analyst', 'minister', 'handout']);
  });
});

describe('a reference.docx in the set folder', () => {
  async function setWith(reference: Uint8Array | string) {
    const root = tempDir();
    const dir = join(root, 'ministry');
    mkdirSync(dir);
    writeFileSync(join(dir, 'template.yaml'), 'name: ministry\ndescription: House style.\nbase: analyst\n');
    writeFileSync(join(dir, 'reference.docx'), reference);
    return loadTemplateSet('ministry', [root, BUILT_IN_TEMPLATES]);
  }

  it('gives its styles, whose ids the writer then leaves alone', async () => {
    const reference = new Document({
      styles: { default: { heading1: { run: { font: 'Ministry Sans', color: '880000' } } } },
      sections: [{ children: [new Paragraph({ text: 'x', heading: HeadingLevel.HEADING_1 })] }],
    });
    const set = await setWith(new Uint8Array(await Packer.toBuffer(reference)));
    const styles = await referenceStyles(set);
    expect(styles?.xml).toContain('Ministry Sans');
    expect(styles?.ids.has('Heading1')).toBe(true);
    expect(docxLayout(set)).toBe('analyst');
  });

  it('is refused with what to do when it is not a Word file', async () => {
    const set = await setWith('not a zip');
    const error: unknown = await referenceStyles(set).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]!.message).toMatch(/is not a Word document with styles: save .* as \.docx/);
    expect((error as InputError).problems[0]!.file).toMatch(/ministry\/reference\.docx$/);
  });
});
