import { build, type BuildOptions, type Format } from '../build.js';
import { watchCommand } from './watch-command.js';
import type { PaperSize } from '../render/render-briefs.js';
import { EXIT } from '../errors.js';
import { shownPath } from '../load/project-files.js';
import { formatProblem } from '../report/format-problem.js';
import type { Io } from '../report/io.js';

export interface BuildFlags {
  watch?: boolean;
  audience?: string[];
  format?: Format[];
  out?: string;
  browser?: string;
  templates?: string[];
  lint?: boolean;
  paper?: PaperSize;
  allowOverflow?: boolean;
}

/** The build options that the flags of `build` and `serve` stand for. */
export function buildOptions(root: string, packs: string[], flags: BuildFlags): BuildOptions {
  return { root, packs, audiences: flags.audience, formats: flags.format, out: flags.out, browser: flags.browser, templates: flags.templates, lint: flags.lint, paper: flags.paper, allowOverflow: flags.allowOverflow };
}

/** `brief build [pack...]`: prints what it wrote, and any warnings; with --watch, keeps rebuilding. */
export async function buildCommand(root: string, packs: string[], flags: BuildFlags, io: Io): Promise<number> {
  if (flags.watch) return watchCommand(buildOptions(root, packs, flags), io);
  const started = performance.now();
  const result = await build(buildOptions(root, packs, flags));
  for (const warning of result.warnings) io.err(formatProblem(warning));
  // Warnings about the input are for `brief validate` to list; a build gives only their number.
  const n = result.inputWarnings.length;
  if (n > 0) io.err(`brief: ${n} warning${n === 1 ? '' : 's'} in the input; run brief validate to list them`);
  for (const path of result.written) io.out(`wrote ${shownPath(path)}`);
  io.out(`built ${result.written.length} file${result.written.length === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return EXIT.ok;
}
