import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Printed, PrintJob } from '../../src/print/print-pdf.js';
import type { Printer } from '../../src/print/printer.js';
import { slots } from '../../src/print/slots.js';
import { projectCopy, tempDir } from '../helpers/fixtures.js';

const measure = { pages: 1, headings: [], destinations: {} };

/** A printer that prints nothing: it notes each job and answers at once with a one-page PDF for it and each of its parts. */
function notingPrinter(note: (job: PrintJob) => void): Printer {
  const printed = (job: PrintJob): Printed => ({
    pdf: new Uint8Array([37, 80, 68, 70]),
    blocked: [],
    outlineFixed: true,
    pagesSettled: true,
    measure,
    parts: (job.parts ?? []).map(() => ({ pdf: new Uint8Array([37, 80, 68, 70]), measure, outlineFixed: true })),
  });
  return {
    print: async (jobs) => jobs.map((job) => (note(job), printed(job))),
    rasterise: async () => new Uint8Array(),
    warm: () => undefined,
    ready: async () => undefined,
    close: async () => undefined,
    pid: () => undefined,
  };
}

describe('the print stage', () => {
  it('sends the first brief to the browser while the others are still rendering, and each whole brief once', async () => {
    const events: string[] = [];
    const printer = notingPrinter((job) => events.push(`print ${job.parts ? 'with parts' : 'whole'}`));
    const result = await build({
      root: projectCopy(),
      out: tempDir(),
      audiences: ['analyst', 'minister', 'handout'],
      printer,
      onStage: (message) => events.push(message),
    });
    const rendering = events.findIndex((e) => e.startsWith('rendering'));
    const printing = events.findIndex((e) => e.startsWith('printing'));
    const prints = events.flatMap((e, i) => (e.startsWith('print ') ? [i] : []));
    // Three whole briefs (the handouts' one-option PDFs are cut from theirs, not printed).
    expect(prints).toHaveLength(3);
    expect(events.filter((e) => e === 'print with parts')).toHaveLength(1);
    expect(rendering).toBeGreaterThanOrEqual(0);
    expect(prints[0]).toBeGreaterThan(rendering);
    expect(prints[0]).toBeLessThan(printing);
    expect(result.written.filter((f) => f.endsWith('.pdf'))).toHaveLength(4);
  });
});

describe('slots', () => {
  it('runs at most `limit` at once, the rest in the order they came', async () => {
    const slot = slots(2);
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    let running = 0;
    let most = 0;
    const work = (n: number) =>
      slot(async () => {
        started.push(n);
        most = Math.max(most, ++running);
        await new Promise<void>((done) => finish.set(n, done));
        running--;
        return n;
      });
    const all = Promise.all([1, 2, 3, 4, 5].map(work));
    await new Promise(setImmediate);
    expect(started).toEqual([1, 2]);
    finish.get(2)!();
    await new Promise(setImmediate);
    expect(started).toEqual([1, 2, 3]);
    for (const n of [1, 3, 4, 5]) {
      await new Promise(setImmediate);
      finish.get(n)!();
    }
    expect(await all).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('frees the slot of a call that failed', async () => {
    const slot = slots(1);
    await expect(slot(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await slot(async () => 'next')).toBe('next');
  });
});
