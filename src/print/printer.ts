import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer';
import { EnvironmentError } from '../core/errors.js';
import { findBrowser } from './find-browser.js';
import { launchBrowser } from './launch-browser.js';
import { mapLimit } from './map-limit.js';
import { PRINT_TIMEOUT_MS } from './print-timeout.js';
import type { Printed, PrintJob } from './print-pdf.js';
import { rasteriseSvg } from './rasterise-svg.js';
import { printInTab } from './tab-pool.js';

/** Tabs printing at once: Chromium does the work, so one per core, at most four. */
export const PRINT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** Prints HTML to PDF with one browser, started on first use and kept until closed. */
export interface Printer {
  print(jobs: readonly PrintJob[]): Promise<Printed[]>;
  /** An SVG figure as a PNG `width` CSS pixels wide at `scale` pixels each, for formats that need a bitmap. */
  rasterise(svg: string, width: number, scale: number): Promise<Uint8Array>;
  /** Starts the browser now, so it is ready when printing begins; a failure surfaces then. */
  warm(): void;
  close(): Promise<void>;
  /** The browser's process id while one runs (for diagnostics and tests). */
  pid(): number | undefined;
}

export interface PrinterOptions {
  timeoutMs?: number;
  /** Told as each print of a job begins, with the process id of the browser printing it: for diagnostics and tests. */
  onPrint?: (job: PrintJob, pid: number | undefined) => void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Settles never while the browser runs; fails as soon as it exits or its connection drops. */
const lostBrowsers = new WeakMap<Browser, Promise<never>>();
function lost(browser: Browser): Promise<never> {
  let ends = lostBrowsers.get(browser);
  if (!ends) {
    ends = new Promise<never>((_, fail) => {
      if (!browser.connected) fail(new Error('the browser has closed'));
      browser.once('disconnected', () => fail(new Error('the browser closed while printing')));
    });
    ends.catch(() => undefined);
    lostBrowsers.set(browser, ends);
  }
  return ends;
}

/** Prints in `browser`, failing at once if it dies rather than when some wait inside Puppeteer times out. */
const printIn = (browser: Browser, job: PrintJob, ms: number, onPrint?: PrinterOptions['onPrint']) => {
  onPrint?.(job, browser.process()?.pid);
  return withTimeout(Promise.race([printInTab(browser, job), lost(browser)]), ms);
};

/**
 * A printer for a build, or for every rebuild of a watch session. A brief
 * whose printing crashes or hangs is printed again once, in a fresh browser;
 * a second failure is reported as an environment error.
 */
export function createPrinter(browserFlag?: string, options: PrinterOptions = {}): Printer {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  let current: Browser | undefined;
  let launching: Promise<Browser> | undefined;

  /** The running browser, or one being started; concurrent callers share one launch. */
  const connected = async (): Promise<Browser> => {
    if (current?.connected) return current;
    launching ??= launchBrowser(findBrowser(browserFlag))
      .then((b) => (current = b))
      .finally(() => (launching = undefined));
    return launching;
  };
  /** Ends the browser that failed, unless another failure already replaced it. */
  const discard = async (failed: Browser) => {
    if (current !== failed) return;
    current = undefined;
    await failed.close().catch(() => failed.process()?.kill('SIGKILL'));
  };
  const printOnce = async (job: PrintJob): Promise<Printed> => {
    const first = await connected();
    try {
      return await printIn(first, job, timeoutMs, options.onPrint);
    } catch (error) {
      await discard(first);
      const fresh = await connected();
      try {
        return await printIn(fresh, job, timeoutMs, options.onPrint);
      } catch (again) {
        await discard(fresh);
        throw new EnvironmentError(
          `printing failed twice, the second time in a fresh browser: ${reason(again)} (first: ${reason(error)})`,
          'Chromium crashed or hung while printing. Run the build again; if it keeps failing, check free memory, or name another browser with --browser.',
          { cause: again },
        );
      }
    }
  };

  return {
    print: (jobs) => (jobs.length === 0 ? Promise.resolve([]) : mapLimit(jobs, PRINT_CONCURRENCY, printOnce)),
    rasterise: async (svg, width, scale) => withTimeout(rasteriseSvg(await connected(), svg, width, scale), timeoutMs),
    warm: () => void connected().catch(() => undefined),
    async close() {
      const b = current ?? (await launching?.catch(() => undefined));
      current = undefined;
      await b?.close().catch(() => b.process()?.kill('SIGKILL'));
    },
    pid: () => current?.process()?.pid,
  };
}
