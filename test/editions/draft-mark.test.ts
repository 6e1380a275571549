import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { projectCopy } from '../helpers/fixtures.js';
import { readPdf, type PdfContents } from '../helpers/pdf.js';

/** The fixture pack as edition 3, still a draft, built for every built-in audience. */
describe('a draft pack', () => {
  let dir: string;
  const pdfs: Record<string, PdfContents> = {};
  let analystHtml: string;

  beforeAll(async () => {
    dir = projectCopy();
    const pack = join(dir, 'options', 'packs', 'sample.yaml');
    writeFileSync(pack, `${readFileSync(pack, 'utf8')}edition: 3\nstatus: draft\nlang: en-GB\n`);
    const out = join(dir, 'output');
    await build({ root: dir, out, audiences: ['analyst', 'minister', 'handout'], formats: ['html', 'pdf'], allowOverflow: true });
    for (const name of ['analyst', 'minister', 'handouts']) pdfs[name] = await readPdf(join(out, 'sample', `${name}.pdf`));
    analystHtml = readFileSync(join(out, 'sample', 'analyst.html'), 'utf8');
  }, 120_000);

  it('prints DRAFT on every page of every PDF, the cover included', () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.pages, name).toBeGreaterThan(0);
      pdf.pageTexts.forEach((text, i) => expect(text, `${name} page ${i + 1}`).toContain('DRAFT'));
    }
  });

  it('says DRAFT in the title, subject and keywords of every PDF', () => {
    for (const [name, pdf] of Object.entries(pdfs)) {
      expect(pdf.info['Title'], name).toMatch(/^DRAFT: /);
      expect(pdf.info['Subject'], name).toMatch(/\(edition 3 of 1 June 2025, draft\)$/);
      expect(pdf.info['Keywords'], name).toMatch(/^DRAFT/);
    }
  });

  it('names the edition and date in the running footer', () => {
    expect(pdfs['analyst']!.pageTexts[1]).toContain('Edition 3 · 1 June 2025 · DRAFT');
  });

  it('marks the HTML as a draft in its title, its properties and on screen', () => {
    expect(analystHtml).toContain('<title>DRAFT: A sample pack</title>');
    expect(analystHtml).toContain('<meta name="edition" content="3 draft">');
    expect(analystHtml).toMatch(/body::before \{\s*content: "DRAFT"/);
  });
});
