import { untilAborted } from './core/until-aborted.js';
import type { Printer } from './print/printer.js';

/**
 * The browser's life for one build. When the build prints, its Chromium is
 * started first, so that it boots while Node validates and renders, and is
 * closed however the build ends: at once (its process group killed, its
 * folder removed) when `signal` aborts, even mid-print. A watch session passes
 * its own, kept open. Builds that do not print never load Puppeteer.
 * `run` may call `release` once it needs the browser no more (every PDF in
 * memory): a browser of the build's own is then killed at once, its folder
 * removed, while the build goes on to write its files.
 */
export async function withPrinter<T>(
  prints: boolean,
  options: { printer?: Printer; browser?: string; signal?: AbortSignal },
  run: (printer?: Printer, release?: () => void) => Promise<T>,
): Promise<T> {
  options.signal?.throwIfAborted();
  if (!prints) return untilAborted(run(undefined), options.signal);
  if (options.printer) {
    options.printer.warm();
    return untilAborted(run(options.printer), options.signal);
  }
  const { createPrinter } = await import('./print/printer.js');
  const printer = createPrinter(options.browser);
  printer.warm();
  const kill = () => void printer.close({ now: true });
  options.signal?.addEventListener('abort', kill, { once: true });
  try {
    // Nothing is left to ask of it, so it is not asked to shut down: killing it is as clean (its profile is thrown away) and quicker.
    const release = () => void printer.close({ now: true }).catch(() => undefined);
    return await untilAborted(run(printer, release), options.signal);
  } finally {
    options.signal?.removeEventListener('abort', kill);
    await printer.close();
  }
}
