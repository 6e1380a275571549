import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { mapLimit } from './map-limit.js';
import { printPdf, type Printed, type PrintJob } from './print-pdf.js';

/** Tabs printing at once: Chromium does the work, so one per core, at most four. */
export const PRINT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** Prints HTML to PDF with one browser, started on first use and kept until closed. */
export interface Printer {
  print(jobs: readonly PrintJob[]): Promise<Printed[]>;
  close(): Promise<void>;
}

/** A printer for a build, or for every rebuild of a watch session. */
export function createPrinter(browserFlag?: string): Printer {
  let browser: Promise<Browser> | undefined;
  const connected = async () => {
    const current = await browser?.catch(() => undefined);
    if (!current?.connected) browser = launchBrowser(findBrowser(browserFlag));
    return browser!;
  };
  return {
    async print(jobs) {
      if (jobs.length === 0) return [];
      const b = await connected();
      return mapLimit(jobs, PRINT_CONCURRENCY, (job) => printPdf(b, job));
    },
    async close() {
      const b = await browser?.catch(() => undefined);
      browser = undefined;
      await b?.close().catch(() => b.process()?.kill('SIGKILL'));
    },
  };
}
