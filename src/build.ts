import { resolve } from 'node:path';
import { count } from './core/count.js';
import { throwIfErrors, type Problem } from './core/errors.js';
import { outputDir } from './core/layout.js';
import type { Format } from './core/output-paths.js';
import type { ParseCache } from './load/load-project.js';
import { briefsIn, makeOutputs, rendersOptionBriefs } from './make-outputs.js';
import type { PlannedBrief } from './model/plan-briefs.js';
import type { PrintQueue } from './print/print-briefs.js';
import { selectBriefs } from './model/select-briefs.js';
import type { PrintCache } from './print/print-cached.js';
import type { Printer } from './print/printer.js';
import type { RenderCache } from './render/render-cache.js';
import type { PaperSize } from './schema/template.js';
import { stageClock, type Timings } from './stage-clock.js';
import { templateDirs } from './templates/template-set.js';
import { withPrinter } from './with-printer.js';
import { writeOutputs, type WriteScope } from './write/write-outputs.js';

export type { Format };

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
  /**
   * Stops the build: it ends at once with the signal's reason, its browser killed and its folder removed, and
   * writes nothing (or, if it was writing, puts every previous output back). The CLI aborts it on SIGINT, SIGTERM and SIGHUP.
   */
  signal?: AbortSignal;
  /** Told as each stage starts, with what it is about to do: for a progress line. */
  onStage?: (message: string) => void;
}

export interface BuildResult {
  written: string[];
  /** Files the previous build of a pack wrote that this one no longer makes, removed (see `.brief-manifest.json`). */
  removed: string[];
  /** Warnings from printing (blocked requests, bookmarks, briefs over their page limit) and writing (a stale output kept as it was changed). */
  warnings: Problem[];
  /** Warnings about the input, which `brief validate` lists. */
  inputWarnings: Problem[];
  /** Milliseconds each stage took. */
  timings: Timings;
}

/**
 * The stages that load large libraries (the YAML parser, zod, Handlebars,
 * marked, the sanitiser; for a build that prints, pdf-lib), imported only once
 * the browser has been started, so that it boots while Node loads them.
 */
const loadStages = async (prints: boolean) => {
  const [{ validateRoot }, { loadSets }, { planBriefs }, { renderBriefs }, printStage] = await Promise.all([
    import('./validate/validate-root.js'),
    import('./templates/load-sets.js'),
    import('./model/plan-briefs.js'),
    import('./render/render-briefs.js'),
    prints ? import('./print/print-briefs.js') : undefined,
  ]);
  return { validateRoot, loadSets, planBriefs, renderBriefs, printQueue: printStage?.printQueue };
};

/** For each pack built, the output names of the sets built for it: the outputs the write stage answers for. */
function setsByPack(briefs: readonly { pack: { id: string }; set: { config: { output: string } } }[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const b of briefs) sets.set(b.pack.id, (sets.get(b.pack.id) ?? new Set()).add(b.set.config.output));
  return sets;
}

/** The pipeline: load and validate, select, model, render, make each format, write. Nothing is written unless every step succeeds. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const formats = options.formats ?? ['html', 'pdf'];
  const dirs = templateDirs(root, options.templates?.map((d) => resolve(d)));
  const out = outputDir(root, options.out);
  const { run, timings } = stageClock(options.onStage);

  let writing = undefined as Promise<BuildResult> | undefined;
  try {
    // Word files need the browser too: it draws their figures' bitmaps.
    return await withPrinter(formats.includes('pdf') || formats.includes('docx'), options, async (printer, release) => {
      const { validateRoot, loadSets, planBriefs, renderBriefs, printQueue } = await run('libraries', undefined, () => loadStages(printer !== undefined && formats.includes('pdf')));
      const { project, problems, audiences } = await run('validate', 'checking the options, sources and packs', () =>
        validateRoot(root, dirs, { lint: options.lint, parseCache: options.parseCache }),
      );
      throwIfErrors(problems);
      const jobs = selectBriefs(project, options.packs ?? [], options.audiences ?? []);
      // Only a pack that names the edition it follows reads git.
      const changes = jobs.some((j) => j.pack.data.follows !== undefined)
        ? await run('validate', 'comparing with the last edition', async () => (await import('./previous-edition.js')).changesForBuild(project, jobs, audiences))
        : undefined;
      let plan: PlannedBrief[] = [];
      let printing: PrintQueue | undefined;
      const briefs = await run('render', `rendering ${count(jobs.length, 'brief')}`, async () => {
        const sets = await loadSets(jobs.map((j) => ({ name: j.audience, from: j.pack.yaml.file })), dirs, options.paper);
        plan = planBriefs(project, jobs, sets, formats, changes);
        printing = printer && printQueue?.(plan, { out, printer, cache: options.printCache, allowOverflow: options.allowOverflow });
        // Each brief goes to the browser as soon as it is rendered, while the rest render.
        const rendering = rendersOptionBriefs(formats) ? plan : plan.filter((b) => b.option === undefined);
        return renderBriefs(project, rendering, { cache: options.renderCache, onRendered: printing?.add });
      });
      const pdfs = briefsIn(plan, 'pdf', formats).length;
      if (printer && pdfs > 0) await run('browser', 'starting the browser', () => printer.ready());
      const made = await run('print', pdfs > 0 ? `printing ${count(pdfs, 'PDF')}` : undefined, () => makeOutputs(briefs, formats, { out, printer, printing }));
      // Every PDF and figure is in memory: the browser is closed while the files are written.
      release?.();
      // Each pack as this build saw it, for `brief diff --since-build` to compare the next edition with: written in the same commit as the briefs.
      const { editionSnapshot, snapshotPath } = await import('./model/edition-snapshot.js');
      const snapshots = [...new Set(jobs.map((j) => j.pack))].map((pack) => ({ path: snapshotPath(out, pack.id), data: editionSnapshot(project, pack) }));
      const scope: WriteScope = { formats, sets: setsByPack(briefs), everyAudience: !options.audiences?.length };
      writing = run('write', `writing ${count(made.outputs.length, 'file')}`, () => writeOutputs(out, made.outputs, scope, options.signal, snapshots)).then(
        ({ written, removed, warnings }) => ({ written, removed, warnings: [...made.warnings, ...warnings], inputWarnings: problems.filter((p) => p.severity === 'warning'), timings }),
      );
      return writing;
    });
  } catch (error) {
    // Stopped while the outputs were being committed: the commit has finished, or put every file back, before the build ends.
    const done = await writing?.catch(() => undefined);
    if (done) return done;
    throw error;
  }
}
