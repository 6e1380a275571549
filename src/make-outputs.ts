import type { Problem } from './core/errors.js';
import { briefOutputPath, FORMATS, type Format, type Output } from './core/output-paths.js';
import type { PlannedBrief } from './model/plan-briefs.js';
import type { PrintQueue } from './print/print-briefs.js';
import type { Printer } from './print/printer.js';
import type { RenderedBrief } from './render/render-briefs.js';

export interface FormatContext {
  /** The output folder. */
  out: string;
  /** The build's browser, when it prints or draws figures for Word. */
  printer?: Printer;
  /** The print stage, which the build starts, when it makes PDFs, while the briefs are still rendering (see `PrintQueue`). */
  printing?: PrintQueue;
}

export interface Made {
  outputs: Output[];
  warnings: Problem[];
}

/** One output format: the files it makes from the rendered briefs, from their HTML or from their model. */
type FormatStage = (briefs: readonly RenderedBrief[], context: FormatContext) => Promise<Made>;

/**
 * Every output format, each a stage of its own reading the same rendered
 * briefs. The print stage (Puppeteer, pdf-lib) is loaded and started by the
 * build, only when it prints; the Word stage (docx) is loaded only by builds
 * that make Word files. A new format is one entry here and one in `FORMATS`.
 */
const STAGES: Record<Format, FormatStage> = {
  html: async (briefs, { out }) => ({
    outputs: briefs.filter((b) => b.option === undefined).map((b) => ({ path: briefOutputPath(out, b, 'html'), data: b.html })),
    warnings: [],
  }),
  pdf: async (briefs, { printing }) => printing!.finish(briefs.filter((b) => b.option === undefined)),
  docx: async (briefs, { out, printer }) => {
    const { docxBriefs } = await import('./docx/docx-briefs.js');
    return docxBriefs(briefs, { out, rasterise: printer ? (svg, width, scale) => printer.rasterise(svg, width, scale) : undefined });
  },
};

/**
 * Whether a build of `formats` renders the one-option briefs of a `per_option`
 * set: only Word reads them (from their model). HTML writes only whole briefs,
 * and PDF cuts each option's pages from its whole brief's print.
 */
export const rendersOptionBriefs = (formats: readonly Format[]) => formats.includes('docx');

/** The briefs of `formats` whose sets make that format. */
export const briefsIn = <B extends PlannedBrief>(briefs: readonly B[], format: Format, formats: readonly Format[]): B[] =>
  formats.includes(format) ? briefs.filter((b) => b.set.config.outputs.includes(format)) : [];

/** Every file of every format asked for, in memory, with the warnings their making gave. */
export async function makeOutputs(briefs: readonly RenderedBrief[], formats: readonly Format[], context: FormatContext): Promise<Made> {
  const made: Made = { outputs: [], warnings: [] };
  for (const format of FORMATS) {
    const mine = briefsIn(briefs, format, formats);
    if (mine.length === 0) continue;
    const { outputs, warnings } = await STAGES[format](mine, context);
    // The print stage writes the HTML it printed beside each PDF: once, when the HTML stage wrote it too.
    const paths = new Set(made.outputs.map((o) => o.path));
    made.outputs.push(...outputs.filter((o) => !paths.has(o.path)).map((o) => ({ ...o, madeFor: format })));
    made.warnings.push(...warnings);
  }
  return made;
}
