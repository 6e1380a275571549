import type { Page, PDFOptions } from 'puppeteer-core';
import type { Decorate } from './finish-pdf.js';
import type { PdfMeasure } from './measure-pdf.js';

/**
 * Running heads that name the chapter. Chromium has `@page` margin boxes but
 * no `string-set`, so a head cannot change with the chapter in the brief's own
 * print. The template set marks where each chapter starts and what its head
 * says (`data-running-head` on the chapter's heading) and which margin box the
 * head goes in (`<meta name="running-head" content="top-right">`, written by
 * its page furniture); after the brief is printed, its headings' pages are
 * known, and a second print of the same tab, with every page empty but that
 * one margin box, gives a page of head for each page of the brief
 * (`stamp-running-heads.ts` draws them on). The head is laid out by the same
 * CSS as the rest of the furniture, in any script and direction.
 */

/** A heading of the brief, in document order; `runningHead` where it starts a chapter. */
export interface ChapterHeading {
  runningHead: string | null;
}

/**
 * The head of each page (index 0 is page 1): the first chapter that starts on
 * the page, else the one running on from before; none before the first.
 * `headings` must line up with `measure.headings` (the bookmarks).
 */
export function headsOfPages(headings: readonly ChapterHeading[], measure: PdfMeasure): (string | undefined)[] {
  const first = new Map<number, string>();
  const last = new Map<number, string>();
  headings.forEach((h, i) => {
    const page = measure.headings[i]?.page;
    if (h.runningHead === null || page === undefined) return;
    if (!first.has(page)) first.set(page, h.runningHead);
    last.set(page, h.runningHead);
  });
  let running: string | undefined;
  return Array.from({ length: measure.pages }, (_, i) => {
    const head = first.get(i + 1) ?? running;
    running = last.get(i + 1) ?? running;
    return head;
  });
}

/** Every margin box of a page, by its CSS name. */
const MARGIN_BOXES = [
  'top-left-corner', 'top-left', 'top-center', 'top-right', 'top-right-corner',
  'right-top', 'right-middle', 'right-bottom',
  'bottom-right-corner', 'bottom-right', 'bottom-center', 'bottom-left', 'bottom-left-corner',
  'left-bottom', 'left-middle', 'left-top',
];

/**
 * Prints, in the tab the brief is loaded in, a page for each of the brief's
 * pages holding nothing but its head, in the margin box `box`: the brief's
 * body replaced by empty pages, each a named page whose rule empties every
 * other box. Its styles and fonts stay, so the head is set like the furniture.
 */
export async function printRunningHeads(page: Page, box: string, heads: readonly (string | undefined)[], options: PDFOptions): Promise<Uint8Array> {
  await page.evaluate(
    (boxes, box, heads) => {
      const quote = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
      const distinct = [...new Set(heads.filter((h): h is string => h !== null))];
      const rule = (name: string, head: string | null) =>
        `@page ${name} { ${boxes.map((b) => `@${b} { content: ${b === box && head !== null ? quote(head) : 'none'}; }`).join(' ')} }`;
      const style = document.createElement('style');
      style.textContent = [
        rule('running-head-none', null),
        ...distinct.map((head, i) => rule(`running-head-${i}`, head)),
        'html, body { background: none !important; } body::before, body::after, html::before, html::after { content: none !important; }',
        '.running-head-page { display: block; block-size: 1px; margin: 0; padding: 0; border: 0; break-before: page; }',
        '.running-head-page:first-child { break-before: auto; }',
      ].join('\n');
      document.head.append(style);
      document.body.replaceChildren(
        ...heads.map((head) => {
          const div = document.createElement('div');
          div.className = 'running-head-page';
          div.style.setProperty('page', head === null ? 'running-head-none' : `running-head-${distinct.indexOf(head)}`);
          return div;
        }),
      );
    },
    MARGIN_BOXES,
    box,
    heads.map((h) => h ?? null),
  );
  return page.pdf({ ...options, printBackground: false, tagged: false, outline: false });
}

/**
 * The running heads of a brief, to draw on its pages once they are printed
 * and measured; none unless its furniture names their box and a heading
 * starts a chapter.
 */
export function runningHeads(page: Page, headings: readonly ChapterHeading[], box: string | undefined, options: PDFOptions): Decorate | undefined {
  if (box === undefined || !headings.some((h) => h.runningHead !== null)) return undefined;
  return async (doc, measure) => {
    const heads = headsOfPages(headings, measure);
    if (heads.every((h) => h === undefined)) return;
    // pdf-lib is loaded by then (the brief is parsed), but only as the first print began: it stays out of this module's imports.
    const { stampRunningHeads } = await import('./stamp-running-heads.js');
    await stampRunningHeads(doc, await printRunningHeads(page, box, heads, options), heads);
  };
}
