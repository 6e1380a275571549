import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { FIXTURES, projectCopy, tempDir } from '../helpers/fixtures.js';
import { readPdf } from '../helpers/pdf.js';
import { docxParts } from './helpers.js';

const run = promisify(execFile);

/** A set in the project built on the analyst one, with a ministry's reference document. */
async function ministrySet(root: string) {
  const dir = join(root, 'templates', 'ministry');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'template.yaml'), 'name: ministry\ndescription: The analyst brief in house style.\nbase: analyst\n');
  const reference = new Document({
    // As Word writes its Heading 1: with an outline level.
    styles: { default: { heading1: { run: { font: 'Ministry Serif', color: '7A0019', size: 36 }, paragraph: { outlineLevel: 0 } } } },
    sections: [{ children: [new Paragraph({ text: 'Heading', heading: HeadingLevel.HEADING_1 })] }],
  });
  writeFileSync(join(dir, 'reference.docx'), new Uint8Array(await Packer.toBuffer(reference)));
}

describe('Word files open and lay out in LibreOffice', () => {
  it('converts the analyst brief (in a set with a reference.docx) and the handouts to PDF, with outline, fields, tables and sources', async () => {
    const root = projectCopy();
    const pack = join(root, 'options', 'packs', 'sample.yaml');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace('audiences: [analyst]', 'audiences: [ministry, handout]'));
    await ministrySet(root);
    const out = tempDir();
    await build({ root, formats: ['docx'], out });

    // The reference document's Heading 1 is the one the brief uses.
    const styles = docxParts(join(out, 'sample', 'ministry.docx'))['word/styles.xml']!;
    expect(/<w:style [^>]*w:styleId="Heading1"[^]*?<\/w:style>/.exec(styles)?.[0]).toContain('Ministry Serif');

    // One LibreOffice, with a profile of its own so that runs at the same time do not share one.
    const profile = pathToFileURL(tempDir()).href;
    const pdfs = tempDir();
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfs, join(out, 'sample', 'ministry.docx'), join(out, 'sample', 'handouts.docx')], {
      timeout: 120_000,
    });
    const analyst = await readPdf(join(pdfs, 'ministry.pdf'));
    const text = analyst.pageTexts.join(' ');
    expect(analyst.pages).toBeGreaterThan(2);
    expect(analyst.outline).toEqual(expect.arrayContaining(['Summary', 'Context', 'The options compared', 'Sources']));
    expect(analyst.outline.some((t) => /^1\. /.test(t))).toBe(true);
    expect(analyst.pageTexts[1]).toMatch(/Page 2 of \d+/);
    expect(analyst.pageTexts[0]).not.toMatch(/Page 1 of/);
    expect(text).toMatch(/Option Status/);
    expect(text).toMatch(/\b1\. .+\b2\. /);

    const handouts = await readPdf(join(pdfs, 'handouts.pdf'));
    expect(handouts.pages).toBeGreaterThanOrEqual(1);
    expect(handouts.pageTexts.join(' ')).toMatch(/Sources: \[1\]/);
  }, 240_000);

  it('lays out an Urdu brief right to left, with its Urdu headings in the outline', async () => {
    const root = projectCopy(join(FIXTURES, 'languages', 'ur'));
    const out = tempDir();
    await build({ root, formats: ['docx'], out });
    const profile = pathToFileURL(tempDir()).href;
    const pdfs = tempDir();
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfs, join(out, 'sample', 'analyst.docx')], { timeout: 120_000 });
    const urdu = await readPdf(join(pdfs, 'analyst.pdf'));
    expect(urdu.pages).toBeGreaterThan(2);
    expect(urdu.outline).toEqual(expect.arrayContaining(['خلاصہ', 'پس منظر', 'ماخذ']));
  }, 240_000);
});
