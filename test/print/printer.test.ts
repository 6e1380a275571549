import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { createPrinter } from '../../src/print/printer.js';
import { PDFDocument } from 'pdf-lib';
import { readPdf } from '../helpers/pdf.js';

const run = promisify(execFile);
const job = (title: string) => ({
  html: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
  metadata: { title, author: 'a', subject: 's', keywords: [], date: new Date(0), producer: 'p' },
});
const isPdf = (pdf: Uint8Array) => Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-';
const running = async (pid: number) => (await run('ps', ['-o', 'pid=', '-p', String(pid)]).catch(() => ({ stdout: '' }))).stdout.trim() !== '';

describe('the printer', () => {
  it('starts a fresh browser when the one it had has died', async () => {
    const printer = createPrinter();
    try {
      expect(isPdf((await printer.print([job('one')]))[0]!.pdf)).toBe(true);
      const first = printer.pid()!;
      process.kill(first, 'SIGKILL');
      expect(isPdf((await printer.print([job('two')]))[0]!.pdf)).toBe(true);
      expect(printer.pid()).not.toBe(first);
    } finally {
      await printer.close();
    }
  });

  it('prints again, in a fresh browser, a brief whose browser crashed while printing it', async () => {
    const starts: { title: string; pid: number | undefined }[] = [];
    let first: number | undefined;
    const printer = createPrinter(undefined, {
      onPrint: (printing, pid) => {
        starts.push({ title: printing.metadata.title, pid });
        // The browser dies just as it begins the brief: the kill lands mid-print, every time.
        if (printing.metadata.title === 'crashed' && pid === first) process.kill(pid!, 'SIGKILL');
      },
    });
    try {
      await printer.print([job('warm up')]);
      first = printer.pid()!;
      const [printed] = await printer.print([job('crashed')]);
      expect(isPdf(printed!.pdf)).toBe(true);
      const tries = starts.filter((s) => s.title === 'crashed');
      expect(tries.map((s) => s.pid === first)).toEqual([true, false]);
      expect(tries[1]!.pid).toBe(printer.pid());
    } finally {
      await printer.close();
    }
  });

  it('reports a print that hangs twice as an environment error, and leaves no browser behind', async () => {
    const printer = createPrinter(undefined, { timeoutMs: 1 });
    const error = await printer.print([job('too slow')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).message).toMatch(/^printing failed twice, the second time in a fresh browser: timed out after 1 ms/);
    expect(printer.pid()).toBeUndefined();
    await printer.close();
  });

  it('prints brief after brief in the same tabs, with nothing of one left in the next', async () => {
    const printer = createPrinter();
    try {
      const landscape = {
        ...job('wide'),
        html: '<!doctype html><html><head><title>wide</title><style>@page { size: A4 landscape; }</style></head><body><h1>wide</h1></body></html>',
      };
      const [wide, plain] = [(await printer.print([landscape]))[0]!, (await printer.print([job('plain')]))[0]!];
      const sizeOf = async (pdf: Uint8Array) => {
        const doc = await PDFDocument.load(pdf);
        const { width, height } = doc.getPage(0).getSize();
        return width > height ? 'landscape' : 'portrait';
      };
      expect(await sizeOf(wide.pdf)).toBe('landscape');
      expect(await sizeOf(plain.pdf)).toBe('portrait');
      expect((await readPdf(plain.pdf)).pageTexts).toEqual(['plain']);
    } finally {
      await printer.close();
    }
  });

  it('leaves none of its temporary files behind, also when its browser was killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-printer-tmp-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = dir;
    try {
      const printer = createPrinter();
      await printer.print([job('one')]);
      expect(readdirSync(dir).map((name) => name.replace(/-\w+$/, ''))).toEqual(['brief-chromium']);
      process.kill(printer.pid()!, 'SIGKILL');
      await printer.print([job('two')]);
      await printer.close();
      // Each folder goes when its browser's process has exited; wait for that, within reason.
      for (let waited = 0; readdirSync(dir).length > 0 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes its browser', async () => {
    const printer = createPrinter();
    await printer.print([job('one')]);
    const pid = printer.pid()!;
    expect(await running(pid)).toBe(true);
    await printer.close();
    // close() resolves once Puppeteer has seen the process exit; ps may lag behind it for a moment.
    for (const deadline = Date.now() + 5000; (await running(pid)) && Date.now() < deadline; );
    expect(await running(pid)).toBe(false);
  });
});
