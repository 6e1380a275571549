import { count } from '../core/count.js';
import { EnvironmentError } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { formatProblem } from '../report/format-problem.js';
import type { Io } from '../report/io.js';
import { reportError } from '../report/report-error.js';
import { serveOutput } from '../serve/serve-output.js';
import { watchBuild, watchedDirs, type BuildOutcome } from '../watch/watch-build.js';
import type { BuildOptions } from '../build.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { outputDir } from '../core/layout.js';
import { stageLog } from '../report/stage-log.js';
import { stopOnSignals } from './stop-signals.js';

function reporter(io: Io, after?: () => void): (outcome: BuildOutcome) => void {
  return (outcome) => {
    const ms = `${Math.round(outcome.ms)} ms`;
    if (!outcome.ok) {
      reportError(outcome.error, io);
      io.err(`brief: build failed after ${ms}; watching for changes`);
      return;
    }
    for (const warning of outcome.result.warnings) io.err(formatProblem(warning));
    io.out(`built ${count(outcome.result.written.length, 'file')} in ${ms}; watching for changes (Ctrl-C to stop)`);
    after?.();
  };
}

/** `brief build --watch`: build, then rebuild on every change to options, packs or templates. Ctrl-C ends it, exit 130 (SIGTERM 143, SIGHUP 129). */
export async function watchCommand(options: BuildOptions, io: Io, signal?: AbortSignal): Promise<number> {
  const stop = stopOnSignals(signal);
  try {
    io.out(`watching ${watchedDirs(options).filter((d) => existsSync(d)).map((d) => shownPath(d)).join(', ')}`);
    await watchBuild({ ...options, onBuild: reporter(io), onStage: stageLog(io), signal: stop.signal });
  } finally {
    stop.dispose();
  }
  return stop.exitCode();
}

/** `brief serve [pack]`: watch mode, with the output served on 127.0.0.1 and pages that reload themselves. */
export async function serveCommand(options: BuildOptions, port: number, io: Io, signal?: AbortSignal): Promise<number> {
  // Ctrl-C is how a preview ends: exit 130 at any moment, as for build --watch, while a tab holds a connection or mid-build.
  const stop = stopOnSignals(signal);
  const out = outputDir(resolve(options.root ?? '.'), options.out);
  const preview = await serveOutput(out, port).catch((error: NodeJS.ErrnoException) => {
    stop.dispose();
    throw new EnvironmentError(`cannot serve on 127.0.0.1:${port} (${error.code ?? error.message})`, 'Choose another port with --port.', { cause: error });
  });
  io.out(`preview at ${preview.url} (loopback only)`);
  try {
    await watchBuild({ ...options, out, onBuild: reporter(io, preview.reload), onStage: stageLog(io), signal: stop.signal });
  } finally {
    stop.dispose();
    await preview.close();
  }
  return stop.exitCode();
}
