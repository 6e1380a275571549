import { InputError, type Problem } from '../core/errors.js';
import type { RenderedBrief } from '../render/render-briefs.js';
import { briefOutputPath } from '../core/output-paths.js';
import type { Output } from '../core/output-paths.js';
import { checkPageLimits } from './check-page-limits.js';
import { previousPages } from './previous-pages.js';
import { printAll, type PrintCache } from './print-all.js';
import type { Printed, PrintedPart } from './print-pdf.js';
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
  /** Every PDF with the HTML it was printed from, and for sets that make one brief per option, each option's PDF. */
  outputs: Output[];
  /** Blocked requests, unmatched bookmarks, unsettled page numbers; briefs over their limit when allowed. */
  warnings: Problem[];
}

/** The one-option briefs of a whole brief (of a `per_option` set): those of its pack and audience. */
const partsOf = (whole: RenderedBrief, briefs: readonly RenderedBrief[]) =>
  briefs.filter((b) => b.option !== undefined && b.pack.id === whole.pack.id && b.audience === whole.audience);

/**
 * The print stage: every whole brief printed once, with its HTML beside it;
 * the one-option briefs of a `per_option` set (handouts) are cut from their
 * whole brief's print (`handouts.pdf`), each keeping its own properties,
 * bookmarks and tags. Each is measured against its set's page limits (an
 * error unless `allowOverflow`). Loaded only by builds that print, so HTML
 * builds never load Puppeteer or pdf-lib.
 */
export async function printBriefs(briefs: readonly RenderedBrief[], options: PrintBriefsOptions): Promise<PrintedBriefs> {
  const wholes = briefs.filter((b) => b.option === undefined);
  const printed = await printAll(
    wholes.map((b) => ({
      html: b.html,
      metadata: b.metadata,
      paginates: b.set.paginates,
      guess: () => previousPages(briefOutputPath(options.out, b, 'pdf')),
      ...(b.set.config.per_option ? { parts: partsOf(b, briefs).map((part) => ({ anchor: part.model.options[0]!.anchor, metadata: part.metadata })) } : {}),
    })),
    { printer: options.printer, cache: options.cache },
  );
  const pdfs = wholes.flatMap((whole, i) => [
    { brief: whole, pdf: printed[i]! as Printed | PrintedPart },
    ...partsOf(whole, briefs).map((brief, k) => ({ brief, pdf: printed[i]!.parts[k]! })),
  ]);
  const overflow = checkPageLimits(pdfs.map((p) => p.brief), pdfs.map((p) => p.pdf.measure), options.allowOverflow ? 'warning' : 'error');
  if (!options.allowOverflow && overflow.length > 0) throw new InputError(overflow);
  const outputs = [
    ...wholes.map((b) => ({ path: briefOutputPath(options.out, b, 'html'), data: b.html })),
    ...pdfs.map(({ brief, pdf }) => ({ path: briefOutputPath(options.out, brief, 'pdf'), data: pdf.pdf })),
  ];
  return { outputs, warnings: [...printWarnings(wholes, printed), ...overflow] };
}

function printWarnings(briefs: readonly RenderedBrief[], printed: readonly Printed[]): Problem[] {
  return printed.flatMap((p, i) => {
    const { pack, audience } = briefs[i]!;
    const warn = (message: string): Problem => ({ file: pack.yaml.file, message: `the ${audience} brief ${message}`, severity: 'warning' });
    return [
      ...p.blocked.map((url) => warn(`tried to load ${url}; it was blocked`)),
      ...([p, ...p.parts].every((d) => d.outlineFixed) ? [] : [warn('has bookmarks that could not be matched to its headings; they are left as Chromium wrote them')]),
      ...(p.pagesSettled ? [] : [warn('has page numbers in its contents that still moved after three passes; check them')]),
    ];
  });
}
