import { InputError, type Problem } from '../core/errors.js';
import type { RenderedBrief } from '../render/render-briefs.js';
import { briefOutputPath, briefPath } from '../core/output-paths.js';
import type { Output } from '../core/output-paths.js';
import { checkPageLimits } from './check-page-limits.js';
import { mergePdfs, type PdfPart } from './merge-pdfs.js';
import { documentTitle } from '../model/brief-metadata.js';
import { previousPages } from './previous-pages.js';
import { printAll, type PrintCache } from './print-all.js';
import type { Printed } from './print-pdf.js';
import type { Printer } from './printer.js';

export interface PrintBriefsOptions {
  /** The output folder: where the PDFs will go, and where the last build's are read for a first guess at page numbers. */
  out: string;
  printer: Printer;
  cache?: PrintCache;
  /** Report briefs over their set's page limit as warnings instead of failing. */
  allowOverflow?: boolean;
}

export interface PrintedBriefs {
  /** Every PDF, and for sets that print one brief per option, one PDF of them all. */
  outputs: Output[];
  /** Blocked requests, unmatched bookmarks, unsettled page numbers; briefs over their limit when allowed. */
  warnings: Problem[];
}

/**
 * The print stage: every brief printed, measured against its set's page
 * limits (an error unless `allowOverflow`), and the PDFs to write. Loaded
 * only by builds that print, so HTML builds never load Puppeteer or pdf-lib.
 */
export async function printBriefs(briefs: readonly RenderedBrief[], options: PrintBriefsOptions): Promise<PrintedBriefs> {
  const printed = await printAll(
    briefs.map((b) => ({ html: b.html, metadata: b.metadata, paginates: b.set.paginates, guess: () => previousPages(briefOutputPath(options.out, b, 'pdf')) })),
    { printer: options.printer, cache: options.cache },
  );
  const overflow = checkPageLimits(briefs, printed.map((p) => p.measure), options.allowOverflow ? 'warning' : 'error');
  if (!options.allowOverflow && overflow.length > 0) throw new InputError(overflow);
  const outputs = [
    ...briefs.map((b, i) => ({ path: briefOutputPath(options.out, b, 'pdf'), data: printed[i]!.pdf })),
    ...(await joinOptionBriefs(options.out, briefs, printed)),
  ];
  return { outputs, warnings: [...printWarnings(briefs, printed), ...overflow] };
}

/** For sets that print one brief per option, one PDF of them all as well: `handouts.pdf` beside `handouts/`. */
async function joinOptionBriefs(out: string, briefs: readonly RenderedBrief[], printed: readonly Printed[]): Promise<Output[]> {
  const groups = new Map<string, { first: RenderedBrief; parts: PdfPart[] }>();
  briefs.forEach((brief, i) => {
    if (brief.option === undefined) return;
    const key = `${brief.pack.id}\u0000${brief.audience}`;
    const group = groups.get(key) ?? { first: brief, parts: [] };
    group.parts.push({ title: `${brief.option.number}. ${brief.option.title}`, pdf: printed[i]!.pdf });
    groups.set(key, group);
  });
  return Promise.all(
    [...groups.values()].map(async ({ first, parts }) => ({
      path: briefPath(out, first.pack.id, first.set.config.output, 'pdf'),
      data: await mergePdfs(parts, { ...first.metadata, title: documentTitle(first.pack.data) }),
    })),
  );
}

function printWarnings(briefs: readonly RenderedBrief[], printed: readonly Printed[]): Problem[] {
  return printed.flatMap((p, i) => {
    const { pack, audience } = briefs[i]!;
    const warn = (message: string): Problem => ({ file: pack.yaml.file, message: `the ${audience} brief ${message}`, severity: 'warning' });
    return [
      ...p.blocked.map((url) => warn(`tried to load ${url}; it was blocked`)),
      ...(p.outlineFixed ? [] : [warn('has bookmarks that could not be matched to its headings; they are left as Chromium wrote them')]),
      ...(p.pagesSettled ? [] : [warn('has page numbers in its contents that still moved after three passes; check them')]),
    ];
  });
}
