import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { headsOfPages } from '../../src/print/running-heads.js';
import { createPrinter, type Printer } from '../../src/print/printer.js';
import { mm } from '../helpers/pdf-layout.js';
import { readPdf } from '../helpers/pdf.js';

describe('which chapter a page names', () => {
  const chapter = (runningHead: string | null) => ({ runningHead });
  it('is the first that starts on it, else the one running on; none before the first', () => {
    // Headings in order, with the pages they land on: a cover title, A on 2, a subheading, B and C both on 3, D on 5.
    const headings = [chapter(null), chapter('A'), chapter(null), chapter('B'), chapter('C'), chapter('D')];
    const measure = { pages: 6, destinations: {}, headings: [1, 2, 2, 3, 3, 5].map((page) => ({ title: '', page })) };
    expect(headsOfPages(headings, measure)).toEqual([undefined, 'A', 'B', 'C', 'D', 'D']);
  });
});

/** Each run of text on each page with its baseline from the top, and whether it is drawn as an artifact or as tagged content. */
async function markedTexts(pdf: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: { text: string; baseline: number; left: number; artifact: boolean; tagged: boolean }[][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const height = (page.view as number[])[3]!;
      const stack: { tag: string; id: string | null }[] = [];
      const texts: (typeof pages)[number] = [];
      for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') stack.pop();
          // pdf.js gives the tag of what a sequence marks (`Artifact`, `P`, ...) and, for tagged content, its id; its types name only the id.
          else stack.push({ tag: (item as { tag?: string }).tag ?? '', id: item.id ?? null });
        } else if (item.str.trim() !== '') {
          const artifact = stack.some((m) => m.tag === 'Artifact');
          texts.push({ text: item.str, baseline: height - item.transform[5], left: item.transform[4], artifact, tagged: stack.some((m) => m.id !== null) });
        }
      }
      pages.push(texts);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The structure elements of a tagged PDF, by their type, in the order the file holds them. */
async function structureTypes(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructElem') ? [String(object.get(PDFName.of('S')))] : []));
}

/**
 * A cover, then chapters on A5 with 170 mm of text area: Alpha from the top of
 * page 2 to the middle of 3, where Beta and Gamma start; Gamma fills page 4 and
 * ends on 5, where Delta starts mid-page.
 */
const brief = (furniture: string) => `<!doctype html><html lang="en-GB"><head><title>Heads</title>${furniture}<style>
  @page { size: A5; margin: 20mm 15mm; @top-left { content: "RESTRICTED"; font-size: 8pt; color: #555; } @bottom-right { content: counter(page); } }
  @page :first { @top-left { content: none; } @top-right { content: none; } }
  .cover { break-after: page; } .long { height: 250mm; }
</style></head><body>
  <section class="cover"><h1>Kashmir options</h1></section>
  <section><h2 data-running-head="1. Alpha">1. The Alpha plan</h2><h3>Detail</h3><div class="long"></div></section>
  <section><h2 data-running-head="2. Beta">2. Beta</h2><p>Short.</p></section>
  <section><h2 data-running-head="3. Gamma">3. Gamma</h2><div class="long"></div></section>
  <section><h2 data-running-head="4. Delta">4. Delta</h2><p>Short.</p></section>
</body></html>`;
const job = (html: string) => ({ html, metadata: { title: 'Heads', author: 'a', subject: 's', keywords: [], date: new Date(0), producer: 'p', lang: 'en-GB' } });

describe('running heads printed over a brief', () => {
  let printer: Printer;
  let plain: Uint8Array;
  let headed: Uint8Array;
  beforeAll(async () => {
    printer = createPrinter();
    const printed = await printer.print([job(brief('')), job(brief('<meta name="running-head" content="top-right">'))]);
    [plain, headed] = printed.map((p) => p.pdf) as [Uint8Array, Uint8Array];
  }, 60_000);
  afterAll(() => printer.close());

  it('name the chapter of each page in the margin box the furniture names, and nothing on the cover', async () => {
    const pages = await markedTexts(headed);
    const heads = pages.map((texts) => texts.filter((t) => t.baseline < mm(20) && t.text !== 'RESTRICTED').map((t) => t.text).join(' '));
    // Page 3 names the first chapter that starts on it, page 4 the last one started before it, page 5 the one that starts mid-page.
    expect(heads).toEqual(['', '1. Alpha', '2. Beta', '3. Gamma', '4. Delta']);
    // Beta and Delta start mid-page: below what runs on from the page before.
    const heading = (page: number, text: string) => pages[page - 1]!.find((t) => t.baseline > mm(20) && t.text === text)!.baseline;
    expect(heading(3, '2. Beta')).toBeGreaterThan(mm(60));
    expect(heading(5, '4. Delta')).toBeGreaterThan(mm(40));
    const width = (await PDFDocument.load(headed)).getPage(1).getWidth();
    for (const texts of pages.slice(1)) expect(texts.find((t) => /^\d\. /.test(t.text) && t.baseline < mm(20))!.left).toBeGreaterThan(width / 2);
    // Where no furniture names a box, a brief prints as before: no heads.
    expect((await markedTexts(plain)).every((texts) => texts.every((t) => t.baseline > mm(20) || t.text === 'RESTRICTED'))).toBe(true);
  });

  it('are artifacts outside the tag tree, which stays as it was', async () => {
    const heads = (await markedTexts(headed)).flatMap((texts) => texts.filter((t) => t.baseline < mm(20) && t.text !== 'RESTRICTED'));
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every((t) => t.artifact && !t.tagged)).toBe(true);
    const structure = await structureTypes(plain);
    expect(structure).toEqual(expect.arrayContaining(['/H1', '/H2', '/H3']));
    expect(await structureTypes(headed)).toEqual(structure);
    const [before, after] = [await readPdf(plain), await readPdf(headed)];
    expect(after.tagged).toBe(true);
    expect(after.outline).toEqual(before.outline);
    expect(after.pages).toBe(before.pages);
  });
});
