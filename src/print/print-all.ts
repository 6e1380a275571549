import type { Printed } from './print-pdf.js';
import { createPrinter, type Printer } from './printer.js';

/**
 * Stage 5, print: with the printer given (a watch session's), or with one
 * browser started for this build and always closed after it.
 */
export async function printAll(htmls: readonly string[], options: { printer?: Printer; browser?: string } = {}): Promise<Printed[]> {
  if (options.printer) return options.printer.print(htmls);
  const printer = createPrinter(options.browser);
  try {
    return await printer.print(htmls);
  } finally {
    await printer.close();
  }
}
