import { createHash } from 'node:crypto';
import type { Printed, PrintJob } from './print-pdf.js';
import type { Printer } from './printer.js';

/** Printed briefs by the hash of what was printed, kept across the rebuilds of a watch session. */
export type PrintCache = Map<string, Printed>;

const keyOf = (job: PrintJob) =>
  createHash('sha256').update(job.html).update(JSON.stringify([job.metadata, job.paginates ?? false, job.parts ?? []])).digest('hex');

/** Prints one job with the build's printer, or takes it from the cache when a watch session printed the same before. */
export async function printOne(printer: Printer, job: PrintJob, cache?: PrintCache): Promise<Printed> {
  const key = cache ? keyOf(job) : '';
  const cached = cache?.get(key);
  if (cached) return cached;
  const [printed] = (await printer.print([job])) as [Printed];
  cache?.set(key, printed);
  return printed;
}

/** Keeps only this build's prints, so a long watch session does not grow the cache without bound. */
export function pruneCache(cache: PrintCache, used: readonly Printed[]): void {
  const keep = new Set(used);
  for (const [key, printed] of cache) if (!keep.has(printed)) cache.delete(key);
}
