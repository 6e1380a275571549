import { build, type BuildOptions, type Format } from '../build.js';
import { EXIT } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { dim } from '../report/colour.js';
import { formatProblem } from '../report/format-problem.js';
import type { Io } from '../report/io.js';
import { stageLog } from '../report/stage-log.js';
import { count } from '../core/count.js';
import { stopOnSignals } from './stop-signals.js';

/** The flags of `build` and `serve`: most are build options of the same name. */
export interface BuildFlags extends Pick<BuildOptions, 'out' | 'browser' | 'templates' | 'lint' | 'paper' | 'allowOverflow'> {
  watch?: boolean;
  quiet?: boolean;
  audience?: string[];
  format?: Format[];
}

/**
 * On a terminal, one line of progress that each stage overwrites, with the time so far; elsewhere nothing, unless
 * `BRIEF_DEBUG` is set: then one line per stage on standard error, for logs (and for tests that wait for a stage).
 */
function progressLine(io: Io, started: number, quiet?: boolean): { show: (message: string) => void; clear: () => void } {
  const status = io.status;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const log = stageLog(io);
  if (log) return { show: log, clear: () => undefined };
  if (!io.tty || quiet || !status) return { show: () => undefined, clear: () => undefined };
  return {
    show: (message) => status(`\r\x1b[K${dim(!!io.colour)(`${message}... ${elapsed()}`)}`),
    clear: () => status('\r\x1b[K'),
  };
}

/** The build options that the flags of `build` and `serve` stand for. */
export function buildOptions(root: string, packs: string[], flags: BuildFlags): BuildOptions {
  const { out, browser, templates, lint, paper, allowOverflow } = flags;
  return { root, packs, audiences: flags.audience, formats: flags.format, out, browser, templates, lint, paper, allowOverflow };
}

/** `brief build [pack...]`: prints what it wrote, and any warnings; with --watch, keeps rebuilding. */
export async function buildCommand(root: string, packs: string[], flags: BuildFlags, io: Io): Promise<number> {
  if (flags.watch) return (await import('./watch-command.js')).watchCommand(buildOptions(root, packs, flags), io);
  const started = performance.now();
  const progress = progressLine(io, started, flags.quiet);
  const stop = stopOnSignals();
  const result = await build({ ...buildOptions(root, packs, flags), onStage: progress.show, signal: stop.signal }).finally(() => {
    stop.dispose();
    progress.clear();
  });
  for (const warning of result.warnings) io.err(formatProblem(warning));
  if (flags.quiet) return EXIT.ok;
  // Warnings about the input are for `brief validate` to list; a build gives only their number.
  const n = result.inputWarnings.length;
  if (n > 0) io.err(`brief: ${count(n, 'warning')} in the input; run brief validate to list them`);
  for (const path of result.written) io.out(`wrote ${shownPath(path)}`);
  for (const path of result.removed) io.out(`removed ${shownPath(path)} (no longer made)`);
  io.out(`built ${count(result.written.length, 'file')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return EXIT.ok;
}
