import { createHash } from 'node:crypto';
import { mapLimit } from './map-limit.js';
import { measurePdf } from './measure-pdf.js';
import type { Printed, PrintJob } from './print-pdf.js';
import { createPrinter, PRINT_CONCURRENCY, type Printer } from './printer.js';

/** A brief to print; one whose template shows page numbers can be rendered again with them. */
export interface BriefPrintJob extends PrintJob {
  /** The HTML again, with the page on which each linked element landed: `{ "option-dixon": 7 }`. */
  paginate?: (pages: Record<string, number>) => string;
}

export interface PrintedBrief extends Printed {
  /** False when page numbers still moved after the last pass. */
  pagesSettled: boolean;
}

/** Printed briefs by the hash of what was printed, kept across the rebuilds of a watch session. */
export type PrintCache = Map<string, PrintedBrief>;

export interface PrintOptions {
  printer?: Printer;
  browser?: string;
  cache?: PrintCache;
}

const MAX_PASSES = 3;
const same = (a: Record<string, number>, b: Record<string, number>) => Object.keys(b).every((k) => a[k] === b[k]);
const keyOf = (job: PrintJob) => createHash('sha256').update(job.html).update(JSON.stringify(job.metadata)).digest('hex');

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

async function printOne(printer: Printer, job: BriefPrintJob, cache?: PrintCache): Promise<PrintedBrief> {
  const key = cache ? keyOf(job) : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  const [first] = (await printer.print([job.paginate ? { ...job, measureOnly: true } : job])) as [Printed];
  const printed = job.paginate ? await paginate(printer, job, first) : { ...first, pagesSettled: true };
  cache?.set(key, printed);
  return printed;
}

/** Longest first, so a long brief's later passes overlap the short ones; results keep the jobs' order. */
async function printWith(printer: Printer, jobs: readonly BriefPrintJob[], cache?: PrintCache): Promise<PrintedBrief[]> {
  const order = jobs.map((job, i) => ({ job, i })).sort((a, b) => b.job.html.length - a.job.html.length);
  const printed = await mapLimit(order, PRINT_CONCURRENCY, ({ job }) => printOne(printer, job, cache));
  if (cache) {
    // Keep only this build's briefs, so a long watch session does not grow the cache without bound.
    const used = new Set(jobs.map(keyOf));
    for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  }
  const results = new Array<PrintedBrief>(jobs.length);
  order.forEach(({ i }, k) => (results[i] = printed[k]!));
  return results;
}

/**
 * Stage 5, print: with the printer given (a watch session's), or with one
 * browser started for this build and always closed after it.
 */
export async function printAll(jobs: readonly BriefPrintJob[], options: PrintOptions = {}): Promise<PrintedBrief[]> {
  if (jobs.length === 0) return [];
  if (options.printer) return printWith(options.printer, jobs, options.cache);
  const printer = createPrinter(options.browser);
  try {
    return await printWith(printer, jobs, options.cache);
  } finally {
    await printer.close();
  }
}
