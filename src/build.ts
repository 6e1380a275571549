import { join, resolve } from 'node:path';
import { throwIfErrors, type Problem } from './errors.js';
import { LAYOUT } from './load/project-files.js';
import { selectBriefs } from './model/select-briefs.js';
import { printAll } from './print/print-all.js';
import type { Printed } from './print/print-pdf.js';
import { renderBriefs } from './render/render-briefs.js';
import { templateDirs } from './render/template-set.js';
import { validateRoot } from './validate/validate-root.js';
import { briefPath } from './write/output-paths.js';
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
}

export interface BuildResult {
  written: string[];
  warnings: Problem[];
}

/** The pipeline: load and validate, model and render, print, write. Nothing is written unless every step succeeds. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = resolve(options.root ?? '.');
  const formats = options.formats ?? ['html', 'pdf'];
  const dirs = templateDirs(root, options.templates?.map((d) => resolve(d)));
  const out = resolve(options.out ?? join(root, LAYOUT.output));

  const { project, problems } = await validateRoot(root, dirs, { lint: options.lint });
  throwIfErrors(problems);

  const jobs = selectBriefs(project, options.packs ?? [], options.audiences ?? []);
  const briefs = await renderBriefs(project, jobs, dirs);
  const wants = (brief: (typeof briefs)[number], format: Format) => formats.includes(format) && brief.set.config.outputs.includes(format);

  const toPrint = briefs.filter((b) => wants(b, 'pdf'));
  const printed = await printAll(toPrint.map((b) => b.html), options.browser);

  const outputs: Output[] = [
    ...briefs.filter((b) => wants(b, 'html')).map((b) => ({ path: briefPath(out, b.pack.id, b.audience, 'html'), data: b.html })),
    ...toPrint.map((b, i) => ({ path: briefPath(out, b.pack.id, b.audience, 'pdf'), data: printed[i]!.pdf })),
  ];
  const written = await writeOutputs(outputs);

  return { written, warnings: [...problems.filter((p) => p.severity === 'warning'), ...printWarnings(toPrint, printed)] };
}

function printWarnings(briefs: readonly { pack: { yaml: { file: string } }; audience: string }[], printed: readonly Printed[]): Problem[] {
  return printed.flatMap((p, i) => {
    const { pack, audience } = briefs[i]!;
    const warn = (message: string): Problem => ({ file: pack.yaml.file, message: `the ${audience} brief ${message}`, severity: 'warning' });
    return [
      ...p.blocked.map((url) => warn(`tried to load ${url}; it was blocked`)),
      ...(p.outlineFixed ? [] : [warn('has bookmarks that could not be matched to its headings; they are left as Chromium wrote them')]),
    ];
  });
}
