import { join, resolve } from 'node:path';
import { throwIfErrors, type Problem } from './core/errors.js';
import type { ParseCache } from './load/load-project.js';
import { LAYOUT } from './core/layout.js';
import { selectBriefs } from './model/select-briefs.js';
import type { PrintCache } from './print/print-all.js';
import type { Printer } from './print/printer.js';
import type { RenderCache } from './render/render-cache.js';
import { renderBriefs, type PaperSize, type RenderedBrief } from './render/render-briefs.js';
import { templateDirs } from './templates/template-set.js';
import { validateRoot } from './validate/validate-root.js';
import { briefOutputPath } from './core/output-paths.js';
import { writeOutputs, type Output } from './write/write-outputs.js';
import { count } from './core/count.js';

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

  // Only a build that prints loads the print stage (Puppeteer, pdf-lib); its Chromium
  // starts while the project is validated and rendered, and is closed however the build ends.
  const printing = formats.includes('pdf') ? await import('./print/print-briefs.js') : undefined;
  const ownPrinter = printing && !options.printer ? printing.createPrinter(options.browser) : undefined;
  const printer = options.printer ?? ownPrinter;
  if (printing) printer!.warm();
  const print: PrintStage | undefined =
    printing && ((briefs) => printing.printBriefs(briefs, { out, printer: printer!, cache: options.printCache, allowOverflow: options.allowOverflow }));
  try {
    return await pipeline(options, { root, formats, dirs, out, print });
  } finally {
    await ownPrinter?.close();
  }
}

type PrintStage = (briefs: readonly RenderedBrief[]) => Promise<{ outputs: Output[]; warnings: Problem[] }>;

async function pipeline(options: BuildOptions, { root, formats, dirs, out, print: printStage }: { root: string; formats: Format[]; dirs: string[]; out: string; print?: PrintStage }): Promise<BuildResult> {
  const stage = options.onStage ?? (() => undefined);
  const clock = stopwatch();
  stage('checking the options, sources and packs');
  const { project, problems } = await validateRoot(root, dirs, { lint: options.lint, parseCache: options.parseCache });
  throwIfErrors(problems);
  const validate = clock();

  const jobs = selectBriefs(project, options.packs ?? [], options.audiences ?? []);
  stage(`rendering ${count(jobs.length, 'brief')}`);
  const briefs = await renderBriefs(project, jobs, dirs, { paper: options.paper, formats, cache: options.renderCache });
  const wants = (brief: RenderedBrief, format: Format) => formats.includes(format) && brief.set.config.outputs.includes(format);
  const render = clock();

  const toPrint = briefs.filter((b) => wants(b, 'pdf'));
  if (toPrint.length > 0) stage(`printing ${count(toPrint.length, 'PDF')}`);
  const printed = toPrint.length > 0 && printStage ? await printStage(toPrint) : { outputs: [], warnings: [] };
  const outputs: Output[] = [
    ...briefs.filter((b) => b.option === undefined && wants(b, 'html')).map((b) => ({ path: briefOutputPath(out, b, 'html'), data: b.html })),
    ...printed.outputs,
  ];
  const print = clock();
  stage(`writing ${count(outputs.length, 'file')}`);
  const written = await writeOutputs(outputs);
  const timings = { validate, render, print, write: clock() };
  return { written, warnings: printed.warnings, inputWarnings: problems.filter((p) => p.severity === 'warning'), timings };
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
