import { measurePdf } from './measure-pdf.js';
import type { Printed, PrintJob } from './print-pdf.js';
import { createPrinter, type Printer } from './printer.js';

/** A brief to print; one whose template shows page numbers can be rendered again with them. */
export interface BriefPrintJob extends PrintJob {
  /** The HTML again, with the page on which each linked element landed: `{ "option-dixon": 7 }`. */
  paginate?: (pages: Record<string, number>) => string;
}

export interface PrintedBrief extends Printed {
  /** False when page numbers still moved after the last pass. */
  pagesSettled: boolean;
}

const MAX_PASSES = 3;
const same = (a: Record<string, number>, b: Record<string, number>) => Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Prints a brief whose contents show page numbers until they stop moving:
 * each pass reads from the printed PDF where every linked heading landed and
 * renders again with those numbers. Usually the second pass settles it.
 */
async function paginate(printer: Printer, job: BriefPrintJob, first: Printed): Promise<PrintedBrief> {
  let printed = first;
  let shown: Record<string, number> = {};
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const landed = (await measurePdf(printed.pdf)).destinations;
    if (pass > 1 && same(shown, landed)) return { ...printed, pagesSettled: true };
    shown = landed;
    [printed] = (await printer.print([{ ...job, html: job.paginate!(shown) }])) as [Printed];
  }
  return { ...printed, pagesSettled: same(shown, (await measurePdf(printed.pdf)).destinations) };
}

async function printWith(printer: Printer, jobs: readonly BriefPrintJob[]): Promise<PrintedBrief[]> {
  const firsts = await printer.print(jobs);
  return Promise.all(jobs.map((job, i) => (job.paginate ? paginate(printer, job, firsts[i]!) : { ...firsts[i]!, pagesSettled: true })));
}

/**
 * Stage 5, print: with the printer given (a watch session's), or with one
 * browser started for this build and always closed after it.
 */
export async function printAll(jobs: readonly BriefPrintJob[], options: { printer?: Printer; browser?: string } = {}): Promise<PrintedBrief[]> {
  if (options.printer) return printWith(options.printer, jobs);
  const printer = createPrinter(options.browser);
  try {
    return await printWith(printer, jobs);
  } finally {
    await printer.close();
  }
}
