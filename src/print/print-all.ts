import { availableParallelism } from 'node:os';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { mapLimit } from './map-limit.js';
import { printPdf, type Printed } from './print-pdf.js';

/** Tabs printing at once: Chromium does the work, so one per core, at most four. */
export const PRINT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** Stage 5, print: one browser for the whole build, pages in parallel, always closed. */
export async function printAll(htmls: readonly string[], browserFlag?: string): Promise<Printed[]> {
  if (htmls.length === 0) return [];
  const browser = await launchBrowser(findBrowser(browserFlag));
  try {
    return await mapLimit(htmls, PRINT_CONCURRENCY, (html) => printPdf(browser, html));
  } finally {
    await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  }
}
