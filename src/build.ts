import { join, resolve } from 'node:path';
import { InputError, throwIfErrors, type Problem } from './errors.js';
import type { ParseCache } from './load/load-project.js';
import { LAYOUT } from './load/project-files.js';
import { selectBriefs } from './model/select-briefs.js';
import { checkPageLimits } from './print/check-page-limits.js';
import { mergePdfs, type PdfPart } from './print/merge-pdfs.js';
import { previousPages } from './print/previous-pages.js';
import { printAll } from './print/print-all.js';
import type { PrintCache } from './print/print-all.js';
import type { Printed } from './print/print-pdf.js';
import { createPrinter, type Printer } from './print/printer.js';
import type { RenderCache } from './render/render-cache.js';
import { renderBriefs, type PaperSize, type RenderedBrief } from './render/render-briefs.js';
import { templateDirs } from './render/template-set.js';
import { validateRoot } from './validate/validate-root.js';
import { briefPath, optionBriefPath } from './write/output-paths.js';
import { writeOutputs, type Output } from './write/write-outputs.js';

export type Format = 'html' | 'pdf';

export interface BuildOptions {
  /** The project folder, holding `options/` and perhaps `templates/`. Default: the working folder. */
  root?: string;
  /** Pack ids; all packs when empty. */
  packs?: string[];
  /** Template sets to build instead of each pack's own audiences. */
  audiences?: string[];
  formats?: Format[];
  /** Output folder. Default: `output/` in the project. */
  out?: string;
  /** Browser binary to print with; otherwise one is found. */
  browser?: string;
  /** Extra template folders, searched before the project's and the built-in ones. */
  templates?: string[];
  /** Content lints (balance, citations, unused sources); on unless false. */
  lint?: boolean;
  /** Paper size for every brief, instead of each template set's own. */
  paper?: PaperSize;
  /** Report briefs over their set's page limit as warnings instead of failing. */
  allowOverflow?: boolean;
  /** A printer to reuse across builds (watch mode); otherwise one is started and closed. */
  printer?: Printer;
  /** Printed briefs kept across builds (watch mode): a brief whose HTML has not changed is not printed again. */
  printCache?: PrintCache;
  /** Compiled template sets and formatted sources kept across builds (watch mode). */
  renderCache?: RenderCache;
  /** Parsed files kept across builds (watch mode): only changed files are parsed again. */
  parseCache?: ParseCache;
  /** Told as each stage starts, with what it is about to do: for a progress line. */
  onStage?: (message: string) => void;
}

export interface BuildResult {
  written: string[];
  /** Warnings from printing: blocked requests, bookmarks, briefs over their page limit. */
  warnings: Problem[];
  /** Warnings about the input, which `brief validate` lists. */
  inputWarnings: Problem[];
  /** Milliseconds each stage took. */
  timings: { validate: number; render: number; print: number; write: number };
}

/** The pipeline: load and validate, model and render, print, write. Nothing is written unless every step succeeds. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const formats = options.formats ?? ['html', 'pdf'];
  const dirs = templateDirs(root, options.templates?.map((d) => resolve(d)));
  const out = resolve(options.out ?? join(root, LAYOUT.output));

  // Chromium starts while the project is validated and rendered; it is closed however the build ends.
  const ownPrinter = options.printer ? undefined : createPrinter(options.browser);
  if (formats.includes('pdf')) (options.printer ?? ownPrinter)!.warm();
  try {
    return await pipeline(options, { root, formats, dirs, out, printer: (options.printer ?? ownPrinter)! });
  } finally {
    await ownPrinter?.close();
  }
}

async function pipeline(options: BuildOptions, { root, formats, dirs, out, printer }: { root: string; formats: Format[]; dirs: string[]; out: string; printer: Printer }): Promise<BuildResult> {
  const stage = options.onStage ?? (() => undefined);
  const clock = stopwatch();
  stage('checking the options, sources and packs');
  const { project, problems } = await validateRoot(root, dirs, { lint: options.lint, parseCache: options.parseCache });
  throwIfErrors(problems);
  const validate = clock();

  const jobs = selectBriefs(project, options.packs ?? [], options.audiences ?? []);
  stage(`rendering ${jobs.length} brief${jobs.length === 1 ? '' : 's'}`);
  const briefs = await renderBriefs(project, jobs, dirs, { paper: options.paper, formats, cache: options.renderCache });
  const wants = (brief: RenderedBrief, format: Format) => formats.includes(format) && brief.set.config.outputs.includes(format);
  const render = clock();

  const toPrint = briefs.filter((b) => wants(b, 'pdf'));
  if (toPrint.length > 0) stage(`printing ${toPrint.length} PDF${toPrint.length === 1 ? '' : 's'}`);
  const guesses = await Promise.all(toPrint.map((b) => (b.paginates ? previousPages(outputPath(out, b, 'pdf')) : undefined)));
  const printed = await printAll(
    toPrint.map((b, i) => ({ ...b, guess: guesses[i] })),
    { printer, cache: options.printCache },
  );
  const overflow = checkPageLimits(toPrint, printed.map((p) => p.measure), options.allowOverflow ? 'warning' : 'error');
  if (!options.allowOverflow && overflow.length > 0) throw new InputError(overflow);

  const outputs: Output[] = [
    ...briefs.filter((b) => b.option === undefined && wants(b, 'html')).map((b) => ({ path: outputPath(out, b, 'html'), data: b.html })),
    ...toPrint.map((b, i) => ({ path: outputPath(out, b, 'pdf'), data: printed[i]!.pdf })),
    ...(await joinOptionBriefs(out, toPrint, printed)),
  ];
  const print = clock();
  stage(`writing ${outputs.length} file${outputs.length === 1 ? '' : 's'}`);
  const written = await writeOutputs(outputs);
  const timings = { validate, render, print, write: clock() };
  return { written, warnings: [...printWarnings(toPrint, printed), ...overflow], inputWarnings: problems.filter((p) => p.severity === 'warning'), timings };
}

/** Each call gives the milliseconds since the previous one. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}

function outputPath(out: string, brief: RenderedBrief, format: Format): string {
  const name = brief.set.config.output;
  return brief.option === undefined ? briefPath(out, brief.pack.id, name, format) : optionBriefPath(out, brief.pack.id, name, brief.option.id);
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
      data: await mergePdfs(parts, first.pack.data.title),
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
