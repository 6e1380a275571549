import { InputError, type Problem } from '../core/errors.js';
import type { PlannedBrief } from '../model/plan-briefs.js';
import type { RenderedBrief } from '../render/render-briefs.js';
import { briefOutputPath } from '../core/output-paths.js';
import type { Output } from '../core/output-paths.js';
import { checkPageLimits } from './check-page-limits.js';
import { previousPages } from './previous-pages.js';
import { printOne, pruneCache, type PrintCache } from './print-cached.js';
import type { Printed, PrintedPart, PrintJob } from './print-pdf.js';
import { PRINT_CONCURRENCY, type Printer } from './printer.js';
import { slots } from './slots.js';

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

/**
 * The print stage as a queue, so that printing starts while the render stage
 * is still at work: each whole brief is printed as soon as it is `add`ed (at
 * most `PRINT_CONCURRENCY` at once, in the order added), and `finish` waits
 * for them all. The one-option briefs of a `per_option` set (handouts) are
 * not printed: they are cut from their whole brief's print (`handouts.pdf`),
 * each keeping its own properties, bookmarks and tags, so the queue takes them
 * as planned, before or without rendering. Each PDF is measured against its
 * set's page limits (an error unless `allowOverflow`).
 */
export interface PrintQueue {
  /** Starts printing a brief, unless it was started before, is a one-option brief, or its set makes no PDF. */
  add(brief: RenderedBrief): void;
  /** Every PDF with the HTML it was printed from; `wholes` not added yet are added now. */
  finish(wholes: readonly RenderedBrief[]): Promise<PrintedBriefs>;
}

/** The one-option briefs of a whole brief (of a `per_option` set): those of its pack and audience. */
const partsOf = (whole: PlannedBrief, plan: readonly PlannedBrief[]) =>
  plan.filter((b) => b.option !== undefined && b.pack.id === whole.pack.id && b.audience === whole.audience);

/** `plan` holds every brief of the build, the one-option ones included: the parts to cut are taken from it. */
export function printQueue(plan: readonly PlannedBrief[], options: PrintBriefsOptions): PrintQueue {
  const keyOf = (b: PlannedBrief) => briefOutputPath(options.out, b, 'pdf');
  const started = new Map<string, Promise<Printed>>();
  const slot = slots(PRINT_CONCURRENCY);
  const job = (b: RenderedBrief): PrintJob => ({
    html: b.html,
    metadata: b.metadata,
    paginates: b.set.paginates,
    guess: () => previousPages(keyOf(b)),
    ...(b.set.config.per_option ? { parts: partsOf(b, plan).map((part) => ({ anchor: part.model.options[0]!.anchor, metadata: part.metadata })) } : {}),
  });
  const add = (whole: RenderedBrief) => {
    if (whole.option !== undefined || !whole.set.config.outputs.includes('pdf') || started.has(keyOf(whole))) return;
    const printing = slot(() => printOne(options.printer, job(whole), options.cache));
    // Awaited by `finish`; until then a failure must not count as unhandled (the build may fail first, elsewhere).
    printing.catch(() => undefined);
    started.set(keyOf(whole), printing);
  };
  return {
    add,
    async finish(wholes) {
      wholes.forEach(add);
      const printed = await Promise.all(wholes.map((w) => started.get(keyOf(w))!));
      if (options.cache) pruneCache(options.cache, printed);
      const pdfs = wholes.flatMap((whole, i) => [
        { brief: whole as PlannedBrief, pdf: printed[i]! as Printed | PrintedPart },
        ...partsOf(whole, plan).map((brief, k) => ({ brief, pdf: printed[i]!.parts[k]! })),
      ]);
      const overflow = checkPageLimits(pdfs.map((p) => p.brief), pdfs.map((p) => p.pdf.measure), options.allowOverflow ? 'warning' : 'error');
      if (!options.allowOverflow && overflow.length > 0) throw new InputError(overflow);
      const outputs = [
        ...wholes.map((b) => ({ path: briefOutputPath(options.out, b, 'html'), data: b.html })),
        ...pdfs.map(({ brief, pdf }) => ({ path: briefOutputPath(options.out, brief, 'pdf'), data: pdf.pdf })),
      ];
      return { outputs, warnings: [...printWarnings(wholes, printed), ...overflow] };
    },
  };
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
