import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrinter, type Printer } from '../../src/print/printer.js';
import { previousPages } from '../../src/print/previous-pages.js';
import { readPdf } from '../helpers/pdf.js';

/** Contents on page 1, then three chapters; the second runs over two pages. */
const html = `<!doctype html><html><head><title>Paged</title><style>
  @page { size: A5; margin: 15mm; }
  section { break-before: page; }
  .long { height: 250mm; }
</style></head><body>
  <h1>Contents</h1>
  <div>${['one', 'two', 'three'].map((id) => `<p><a href="#${id}">Chapter ${id}</a> page <span data-page-of="${id}"></span>.</p>`).join('')}</div>
  <section id="one"><h2>Chapter one</h2></section>
  <section id="two"><h2>Chapter two</h2><div class="long"></div></section>
  <section id="three"><h2>Chapter three</h2></section>
</body></html>`;
const job = (guess?: Record<string, number>) => ({
  html,
  metadata: { title: 'Paged', author: 'a', subject: 's', keywords: [], date: new Date(0), producer: 'p' },
  paginates: true,
  guess: async () => guess,
});
const RIGHT = { one: 2, two: 3, three: 5 };

describe('printing a brief that shows page numbers', () => {
  let printer: Printer;
  beforeAll(() => void (printer = createPrinter()));
  afterAll(() => printer.close());

  for (const [name, guess] of [
    ['with nothing to go on', undefined],
    ['from a wrong guess', { one: 9, two: 9, four: 1 }],
    ['from a right guess', RIGHT],
  ] as const) {
    it(`prints the pages the chapters land on, ${name}`, async () => {
      const [printed] = await printer.print([job(guess)]);
      expect(printed!.pagesSettled).toBe(true);
      expect(printed!.measure.destinations).toEqual(RIGHT);
      const pdf = await readPdf(printed!.pdf);
      expect(pdf.pages).toBe(5);
      expect(pdf.pageTexts[0]).toBe('Contents Chapter one page 2. Chapter two page 3. Chapter three page 5.');
    });
  }
});

describe('the page numbers of the last build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brief-previous-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read from the PDF it left', async () => {
    const printer = createPrinter();
    try {
      const [printed] = await printer.print([job()]);
      writeFileSync(join(dir, 'brief.pdf'), printed!.pdf);
    } finally {
      await printer.close();
    }
    expect(await previousPages(join(dir, 'brief.pdf'))).toEqual(RIGHT);
  });

  it('are no guess at all when there is no PDF, or not a readable one', async () => {
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7 and then nothing');
    expect(await previousPages(join(dir, 'missing.pdf'))).toBeUndefined();
    expect(await previousPages(join(dir, 'broken.pdf'))).toBeUndefined();
  });
});

describe('cutting parts from a printed brief', () => {
  const meta = (title: string) => ({ title, author: 'a', subject: 's', keywords: [title], date: new Date(0), producer: 'p' });
  /** Three parts: the second fills two pages. */
  const parts = `<!doctype html><html lang="en-GB"><head><title>All</title><style>
    @page { size: A5; margin: 15mm; }
    article { break-after: page; }
    .long { height: 250mm; }
  </style></head><body>
    <article id="p1"><h1>Part one</h1><h2>Detail</h2><p>First.</p></article>
    <article id="p2"><h1>Part two</h1><div class="long"></div><p>Second.</p></article>
    <article id="p3"><h1>Part three</h1><p>Third.</p></article>
  </body></html>`;

  it('gives each part its own pages, bookmarks, tags and properties, from one print of the whole', async () => {
    const printer = createPrinter();
    try {
      const anchors = ['p1', 'p2', 'p3'];
      const [printed] = await printer.print([{ html: parts, metadata: meta('All'), parts: anchors.map((anchor, i) => ({ anchor, metadata: meta(`Part ${i + 1}`) })) }]);
      const whole = await readPdf(printed!.pdf);
      expect(whole.pages).toBe(4);
      expect(whole.tagged).toBe(true);
      const cut = await Promise.all(printed!.parts.map((p) => readPdf(p.pdf)));
      expect(cut.map((p) => p.pages)).toEqual([1, 2, 1]);
      expect(cut.map((p) => p.info['Title'])).toEqual(['Part 1', 'Part 2', 'Part 3']);
      expect(cut.map((p) => p.tagged)).toEqual([true, true, true]);
      expect(cut.map((p) => p.outline)).toEqual([['Part one', 'Detail'], ['Part two'], ['Part three']]);
      expect(cut[1]!.pageTexts.join(' ')).toMatch(/^Part two.*Second\.$/);
      expect(printed!.parts.map((p) => p.measure.pages)).toEqual([1, 2, 1]);
    } finally {
      await printer.close();
    }
  });
});
