import type { Printer } from './print/printer.js';

/**
 * The browser's life for one build. When the build prints, its Chromium is
 * started first, so that it boots while Node validates and renders, and is
 * closed however the build ends; a watch session passes its own, kept open.
 * Builds that do not print never load Puppeteer.
 */
export async function withPrinter<T>(prints: boolean, options: { printer?: Printer; browser?: string }, run: (printer?: Printer) => Promise<T>): Promise<T> {
  if (!prints) return run(undefined);
  if (options.printer) {
    options.printer.warm();
    return run(options.printer);
  }
  const { createPrinter } = await import('./print/printer.js');
  const printer = createPrinter(options.browser);
  printer.warm();
  try {
    return await run(printer);
  } finally {
    await printer.close();
  }
}
