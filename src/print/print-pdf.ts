import type { Browser, Page } from 'puppeteer';
import { enforcePolicy } from '../brief-policy.js';
import { finishPdf, type PdfMetadata } from './finish-pdf.js';

/** One brief to print. */
export interface PrintJob {
  html: string;
  metadata: PdfMetadata;
  /**
   * A pass printed only to learn where headings land: no tags, bookmarks or
   * properties, which cost time and change no page break.
   */
  measureOnly?: boolean;
}

export interface Printed {
  pdf: Uint8Array;
  /** Addresses the page tried to load and was refused: the HTML is meant to need none. */
  blocked: string[];
  /** False when the bookmarks could not be matched to the headings and were left as Chromium wrote them. */
  outlineFixed: boolean;
}

const PRINT_TIMEOUT_MS = 120_000;

/**
 * What each rendered heading's bookmark should say, in document order: its
 * text, or its `data-bookmark` attribute where a template sets one.
 */
function headingTexts(page: Page): Promise<string[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings
      .filter((h) => h.checkVisibility() && (h.textContent ?? '').trim() !== '')
      .map((h) => (h.getAttribute('data-bookmark') ?? h.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/**
 * Prints self-contained HTML to PDF in a fresh tab: JavaScript off, every
 * request but inline `data:` refused, paper size and margins from the
 * HTML's own `@page` rule. Then sets the bookmarks' titles and the metadata.
 */
export async function printPdf(browser: Browser, job: PrintJob): Promise<Printed> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:')) return void request.continue();
      blocked.push(request.url());
      void request.abort('blockedbyclient');
    });
    await page.setContent(enforcePolicy(job.html), { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
    const full = !job.measureOnly;
    const headings = full ? await headingTexts(page) : [];
    const printed = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: full,
      outline: full,
      waitForFonts: true,
      timeout: PRINT_TIMEOUT_MS,
    });
    if (!full) return { pdf: printed, blocked, outlineFixed: true };
    return { ...(await finishPdf(printed, headings, job.metadata)), blocked };
  } finally {
    await page.close().catch(() => undefined);
  }
}
