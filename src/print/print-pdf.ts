import type { PDFDocument } from 'pdf-lib';
import type { Browser, Page, PDFOptions } from 'puppeteer-core';
import { enforcePolicy } from '../core/brief-policy.js';
import type { PdfMetadata } from '../model/brief-metadata.js';
import { mapLimit } from './map-limit.js';
import type { FinishedPdf } from './finish-pdf.js';
import type { PdfMeasure } from './measure-pdf.js';
import { PRINT_TIMEOUT_MS } from './print-timeout.js';
import { runningHeads, type ChapterHeading } from './running-heads.js';

/** One brief to print. */
export interface PrintJob {
  html: string;
  metadata: PdfMetadata;
  /**
   * The brief shows page numbers (`data-page-of` elements, from the
   * `page-of` helper) that only a print can tell: it is printed until they
   * stop moving.
   */
  paginates?: boolean;
  /**
   * For such a brief, the page numbers to try first (from the last build),
   * instead of a print to learn them; asked for while the tab loads the brief.
   */
  guess?: () => Promise<Record<string, number> | undefined>;
  /**
   * Parts to cut from the printed brief, each a PDF of its own: the element
   * with id `anchor` (a handout page) and the pages it fills, with its own
   * document properties, bookmarks and tags.
   */
  parts?: { anchor: string; metadata: PdfMetadata }[];
}

/** A part of a printed brief, as a PDF of its own. */
export interface PrintedPart {
  pdf: Uint8Array;
  measure: PdfMeasure;
  outlineFixed: boolean;
}

export interface Printed {
  pdf: Uint8Array;
  /** Addresses the page tried to load and was refused: the HTML is meant to need none. */
  blocked: string[];
  /** False when the bookmarks could not be matched to the headings and were left as Chromium wrote them. */
  outlineFixed: boolean;
  /** False when page numbers still moved after the last pass. */
  pagesSettled: boolean;
  /** How long the PDF is and where its headings fell. */
  measure: PdfMeasure;
  /** The parts the job asked for, in its order. */
  parts: PrintedPart[];
}

/** Prints of a brief with page numbers, the first included, before giving up on them settling. */
const MAX_PASSES = 3;

const PDF_OPTIONS: PDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  tagged: true,
  outline: true,
  waitForFonts: true,
  timeout: PRINT_TIMEOUT_MS,
};
/** A pass printed only to learn where headings land: tags and bookmarks cost time and change no page break. */
const MEASURE_OPTIONS: PDFOptions = { ...PDF_OPTIONS, tagged: false, outline: false };

/**
 * pdf-lib and the steps that use it, imported as a print begins, so that Node
 * loads them while the browser lays out the brief, not before sending it.
 */
async function pdfTools() {
  const [{ cutPdf }, { finishPdf }, { loadPdf }, { measureDocument, measurePdf }] = await Promise.all([
    import('./cut-pdf.js'),
    import('./finish-pdf.js'),
    import('./load-pdf.js'),
    import('./measure-pdf.js'),
  ]);
  return { cutPdf, finishPdf, loadPdf, measureDocument, measurePdf };
}
type PdfTools = Awaited<ReturnType<typeof pdfTools>>;

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(b).every((k) => a[k] === b[k]);

/** A brief's headings as the page lays them out, and the margin box its running heads go in, if its furniture names one. */
interface PageHeadings {
  headings: ({ text: string; part: string | undefined } & ChapterHeading)[];
  runningHeadBox: string | undefined;
}

/**
 * What each rendered heading's bookmark should say, in document order: its
 * text, or its `data-bookmark` attribute where a template sets one; with the
 * part (of `anchors`) it is in, if any, and the chapter it starts, if it does
 * (`data-running-head`). Also the box of the running heads, where the page
 * furniture names one (`<meta name="running-head" content="top-right">`).
 */
function readHeadings(page: Page, anchors: readonly string[] = []): Promise<PageHeadings> {
  // One call into the page, not a handle per heading: each handle is two more round trips to the browser.
  return page.evaluate(
    (ids) => ({
      headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
        .filter((h) => h.checkVisibility() && (h.textContent ?? '').trim() !== '')
        .map((h) => ({
          text: (h.getAttribute('data-bookmark') ?? h.textContent ?? '').replace(/\s+/g, ' ').trim(),
          part: ids.find((id) => document.getElementById(id)?.contains(h)),
          runningHead: h.getAttribute('data-running-head'),
        })),
      runningHeadBox: document.querySelector('meta[name="running-head"]')?.getAttribute('content')?.trim().replace(/^@/, '') || undefined,
    }),
    anchors,
  );
}

/**
 * Each part cut from the whole brief's PDF: the pages from the one its first
 * heading is on to the page before the next part's first heading.
 */
function cutParts(job: PrintJob, headings: readonly { part: string | undefined }[], whole: FinishedPdf, { cutPdf }: PdfTools): Promise<PrintedPart[]> {
  const parts = job.parts ?? [];
  const firstPage = parts.map(({ anchor }) => whole.measure.headings[headings.findIndex((h) => h.part === anchor)]?.page);
  return mapLimit(parts, 1, async ({ anchor, metadata }, i) => {
    const from = firstPage[i];
    if (from === undefined || !whole.outlineFixed) throw new Error(`cannot find the pages of "${anchor}": its headings were not found in the bookmarks`);
    const to = Math.max(from, (firstPage.slice(i + 1).find((p) => p !== undefined) ?? whole.measure.pages + 1) - 1);
    return { ...(await cutPdf(whole.doc, Array.from({ length: to - from + 1 }, (_, k) => from - 1 + k), metadata)), outlineFixed: true };
  });
}

/** Writes into each `data-page-of` element the page its target printed on (run by DevTools, not by the page). */
function showPageNumbers(page: Page, pages: Record<string, number>): Promise<void> {
  return page.evaluate(
    (landed) => {
      for (const element of Array.from(document.querySelectorAll('[data-page-of]'))) element.textContent = String(landed[element.getAttribute('data-page-of') ?? ''] ?? '');
    },
    pages,
  );
}

/**
 * Prints a brief that shows page numbers, in the tab it is loaded in: the
 * numbers guessed, or else learnt from a first print, are written into the
 * page, and it is printed again, until the numbers printed are the pages the
 * elements are on. A right guess takes one print; else the second settles it.
 * The last print comes back parsed, as it was to be measured: it is not parsed again to be finished.
 */
async function printPaginated(page: Page, guess: Record<string, number> | undefined, { loadPdf, measureDocument, measurePdf }: PdfTools): Promise<{ doc: PDFDocument; settled: boolean }> {
  let shown = guess ?? (await measurePdf(await page.pdf(MEASURE_OPTIONS))).destinations;
  for (let pass = guess ? 1 : 2; ; pass++) {
    await showPageNumbers(page, shown);
    const doc = await loadPdf(await page.pdf(PDF_OPTIONS));
    const landed = measureDocument(doc).destinations;
    if (same(shown, landed) || pass === MAX_PASSES) return { doc, settled: same(shown, landed) };
    shown = landed;
  }
}

/** A tab set up for printing, kept for brief after brief: what it refused to load for the brief in it. */
export interface Tab {
  page: Page;
  blocked: string[];
}

/** Opens a tab with JavaScript off and every request but inline `data:` refused (and noted). */
export async function openTab(browser: Browser): Promise<Tab> {
  const page = await browser.newPage();
  const tab: Tab = { page, blocked: [] };
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:')) return void request.continue();
      tab.blocked.push(request.url());
      void request.abort('blockedbyclient');
    });
    return tab;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Prints self-contained HTML to PDF in a tab from `openTab`, its document
 * replacing whatever the tab showed before: paper size and margins from the
 * HTML's own `@page` rule. Then sets the bookmarks' titles and the metadata.
 */
export async function printPdf(tab: Tab, job: PrintJob): Promise<Printed> {
  const { page } = tab;
  tab.blocked = [];
  const guessing = job.paginates ? job.guess?.().catch(() => undefined) : undefined;
  const loading = pdfTools();
  // Awaited once the brief is printed; a failed print before that must not leave this rejection unhandled.
  loading.catch(() => undefined);
  await page.setContent(enforcePolicy(job.html), { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
  const { headings, runningHeadBox } = await readHeadings(page, job.parts?.map((p) => p.anchor));
  const { doc, settled } = job.paginates
    ? await printPaginated(page, await guessing, await loading)
    : { doc: await (await loading).loadPdf(await page.pdf(PDF_OPTIONS)), settled: true };
  const tools = await loading;
  const decorate = runningHeads(page, headings, runningHeadBox, PDF_OPTIONS);
  const whole = await tools.finishPdf(doc, headings.map((h) => h.text), job.metadata, decorate);
  const parts = job.parts ? await cutParts(job, headings, whole, tools) : [];
  return { pdf: whole.pdf, outlineFixed: whole.outlineFixed, measure: whole.measure, blocked: tab.blocked, pagesSettled: settled, parts };
}
