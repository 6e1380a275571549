import { join, resolve } from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../build.js';
import { LAYOUT } from '../core/layout.js';
import type { ParseCache } from '../load/load-project.js';
import type { PrintCache } from '../print/print-cached.js';
import { createPrinter } from '../print/printer.js';
import { createRenderCache } from '../render/render-cache.js';
import { watchFolders } from './watch-folders.js';

export type BuildOutcome = { ok: true; result: BuildResult; ms: number } | { ok: false; error: unknown; ms: number };

export interface WatchOptions extends BuildOptions {
  /** Called after the first build and after every rebuild. */
  onBuild(outcome: BuildOutcome): void;
  /** Ends the watch: watchers and the browser are closed. */
  signal: AbortSignal;
  /**
   * How long to wait for a burst of saves to settle (an editor's save is a
   * write and a rename, a millisecond apart). A change that comes later,
   * during a build, queues one more, so the last build always sees every save.
   */
  debounceMs?: number;
}

/** The folders whose changes call for a rebuild: options, packs and templates, whether or not they exist yet. */
export function watchedDirs(options: BuildOptions): string[] {
  const root = resolve(options.root ?? '.');
  return [join(root, LAYOUT.options), join(root, LAYOUT.templates), ...(options.templates ?? []).map((d) => resolve(d))];
}

/**
 * Builds, then rebuilds whenever a watched file changes, reusing one browser.
 * Never two builds at once: a change during a build queues one more. Resolves
 * when the signal aborts.
 */
export async function watchBuild(options: WatchOptions): Promise<void> {
  const printer = createPrinter(options.browser);
  const printCache: PrintCache = new Map();
  const parseCache: ParseCache = new Map();
  const renderCache = createRenderCache();
  let running: Promise<void> | undefined;
  let queued = false;
  let timer: NodeJS.Timeout | undefined;

  const once = async () => {
    const started = performance.now();
    try {
      const result = await build({ ...options, printer, printCache, parseCache, renderCache });
      options.onBuild({ ok: true, result, ms: performance.now() - started });
    } catch (error) {
      // A build the end of the watch stopped is no failure to report.
      if (!options.signal.aborted) options.onBuild({ ok: false, error, ms: performance.now() - started });
    }
  };
  const rebuild = () => {
    if (running) return void (queued = true);
    running = once().finally(() => {
      running = undefined;
      if (queued && !options.signal.aborted) {
        queued = false;
        rebuild();
      }
    });
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, options.debounceMs ?? 10);
  };

  const watcher = watchFolders(watchedDirs(options), changed);
  rebuild();
  await new Promise<void>((done) => options.signal.addEventListener('abort', () => done(), { once: true }));
  clearTimeout(timer);
  watcher.close();
  await running;
  await printer.close();
}
