import { availableParallelism } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { EnvironmentError } from '../core/errors.js';
import type { RunningBrowser } from './connect-browser.js';
import { findBrowser } from './find-browser.js';
import { mapLimit } from './map-limit.js';
import { PRINT_TIMEOUT_MS } from './print-timeout.js';
import type { Printed, PrintJob } from './print-pdf.js';
import { startChromium, type StartedChromium } from './start-chromium.js';

/** Tabs printing at once: Chromium does the work, so one per core, at most four. */
export const PRINT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** Prints HTML to PDF with one browser, started on first use and kept until closed. */
export interface Printer {
  print(jobs: readonly PrintJob[]): Promise<Printed[]>;
  /** An SVG figure as a PNG `width` CSS pixels wide at `scale` pixels each, for formats that need a bitmap. */
  rasterise(svg: string, width: number, scale: number): Promise<Uint8Array>;
  /** Starts the browser now, so it is ready when printing begins; a failure surfaces then. */
  warm(): void;
  /** Settles when the browser is started and connected to; fails as a print would if it cannot be. */
  ready(): Promise<void>;
  /**
   * Closes the browser and waits for its process to be gone and its folder removed; with `now`, kills it
   * without asking (a build stopped by a signal). Once closed, it starts no browser again: a print fails.
   */
  close(options?: { now?: boolean }): Promise<void>;
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
const printIn = async ({ browser, chromium }: RunningBrowser, job: PrintJob, ms: number, onPrint?: PrinterOptions['onPrint']) => {
  onPrint?.(job, chromium.process.pid);
  const { printInTab } = await import('./tab-pool.js');
  return withTimeout(Promise.race([printInTab(browser, job), lost(browser)]), ms);
};

/** Closes a browser and waits for its process to be gone and its folder removed; kills it if it will not close. */
async function closeBrowser(running: RunningBrowser | StartedChromium, now = false): Promise<void> {
  const chromium = 'chromium' in running ? running.chromium : running;
  if ('browser' in running && !now) await withTimeout(running.browser.close(), 5_000).catch(() => chromium.process.kill('SIGKILL'));
  else chromium.process.kill('SIGKILL');
  await chromium.exited;
}

/**
 * A printer for a build, or for every rebuild of a watch session. `warm()`
 * starts the browser process at once, with nothing but Node's own modules
 * loaded; Puppeteer is loaded and connected only when the first print needs
 * it, so the browser boots while Node loads and renders. A brief whose
 * printing crashes or hangs is printed again once, in a fresh browser; a
 * second failure is reported as an environment error.
 */
export function createPrinter(browserFlag?: string, options: PrinterOptions = {}): Printer {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  let started: StartedChromium | undefined;
  let current: RunningBrowser | undefined;
  let launching: Promise<RunningBrowser> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;

  /** Starts a browser process, unless one is starting already; a browser that cannot be found fails here. */
  const start = () => {
    if (closed) throw new EnvironmentError('the browser was closed: the build is ending');
    return (started ??= startChromium(findBrowser(browserFlag)));
  };
  /** The running browser, or one being connected to; concurrent callers share one connection. */
  const connected = async (): Promise<RunningBrowser> => {
    if (current?.browser.connected) return current;
    launching ??= (async () => {
      const chromium = start();
      const { connectBrowser } = await import('./connect-browser.js');
      return connectBrowser(chromium);
    })()
      .then((b) => (current = b))
      .finally(() => {
        started = undefined;
        launching = undefined;
      });
    return launching;
  };
  /** Ends the browser that failed, unless another failure already replaced it. */
  const discard = async (failed: RunningBrowser) => {
    if (current !== failed) return;
    current = undefined;
    await closeBrowser(failed);
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
    rasterise: async (svg, width, scale) => {
      const { browser } = await connected();
      const { rasteriseSvg } = await import('./rasterise-svg.js');
      return withTimeout(Promise.race([rasteriseSvg(browser, svg, width, scale), lost(browser)]), timeoutMs);
    },
    warm: () => {
      try {
        start();
      } catch {
        // No browser: the first print says so.
      }
    },
    ready: async () => void (await connected()),
    async close({ now = false } = {}) {
      closed = true;
      const running = current ?? started;
      current = undefined;
      started = undefined;
      // A connection being made settles soon after its process is killed, so kill what is running first, then wait.
      const close = async () => {
        if (running) await closeBrowser(running, now);
        const connecting = await launching?.catch(() => undefined);
        if (connecting && connecting !== running) await closeBrowser(connecting, now);
      };
      if (now || !closing) closing = Promise.all([closing, close()]).then(() => undefined);
      return closing;
    },
    pid: () => (current?.chromium ?? started)?.process.pid,
  };
}
