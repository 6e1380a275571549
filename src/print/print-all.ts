import { createHash } from 'node:crypto';
import { mapLimit } from './map-limit.js';
import type { Printed, PrintJob } from './print-pdf.js';
import { PRINT_CONCURRENCY, type Printer } from './printer.js';

/** Printed briefs by the hash of what was printed, kept across the rebuilds of a watch session. */
export type PrintCache = Map<string, Printed>;

export interface PrintOptions {
  printer: Printer;
  cache?: PrintCache;
}

const keyOf = (job: PrintJob) =>
  createHash('sha256').update(job.html).update(JSON.stringify([job.metadata, job.paginates ?? false, job.parts ?? []])).digest('hex');

async function printOne(printer: Printer, job: PrintJob, key: string, cache?: PrintCache): Promise<Printed> {
  const cached = cache?.get(key);
  if (cached) return cached;
  const [printed] = (await printer.print([job])) as [Printed];
  cache?.set(key, printed);
  return printed;
}

/** Longest first, so a long brief's later passes overlap the short ones; results keep the jobs' order. */
async function printWith(printer: Printer, jobs: readonly PrintJob[], cache?: PrintCache): Promise<Printed[]> {
  const keys = jobs.map((job) => (cache ? keyOf(job) : ''));
  const order = jobs.map((job, i) => ({ job, i })).sort((a, b) => b.job.html.length - a.job.html.length);
  const printed = await mapLimit(order, PRINT_CONCURRENCY, ({ job, i }) => printOne(printer, job, keys[i]!, cache));
  if (cache) {
    // Keep only this build's briefs, so a long watch session does not grow the cache without bound.
    const used = new Set(keys);
    for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);
  }
  const results = new Array<Printed>(jobs.length);
  order.forEach(({ i }, k) => (results[i] = printed[k]!));
  return results;
}

/** Prints every job with the build's printer, a brief whose HTML was printed before (in a watch session) from the cache. */
export async function printAll(jobs: readonly PrintJob[], options: PrintOptions): Promise<Printed[]> {
  return jobs.length === 0 ? [] : printWith(options.printer, jobs, options.cache);
}
