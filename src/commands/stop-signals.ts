import { Interrupted, STOP_SIGNALS, type StopSignal } from '../core/errors.js';

export interface Stopper {
  /** Aborts, with an `Interrupted` reason, on the first SIGINT, SIGTERM or SIGHUP (or when `also` aborts). */
  signal: AbortSignal;
  /** The exit code of the signal that stopped the command, or 0 when it ended otherwise. */
  exitCode(): number;
  /** Stops listening: the process's default handling of the signals is back. */
  dispose(): void;
}

/**
 * Turns Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) into an abort
 * that the command winds down on: the build writes nothing or undoes what it
 * wrote, the browser and its folder go, and the exit code is the shell's
 * (130, 143, 129). A second signal while winding down exits at once, with the
 * same code; the browser's own exit handler still kills it.
 */
export function stopOnSignals(also?: AbortSignal): Stopper {
  const controller = new AbortController();
  let stoppedBy: Interrupted | undefined;
  const listeners = (Object.keys(STOP_SIGNALS) as StopSignal[]).map((name) => {
    const listener = () => {
      if (controller.signal.aborted) process.exit(STOP_SIGNALS[name]);
      stoppedBy = new Interrupted(name);
      controller.abort(stoppedBy);
    };
    process.on(name, listener);
    return [name, listener] as const;
  });
  const onAlso = () => controller.abort(also?.reason);
  also?.addEventListener('abort', onAlso, { once: true });
  return {
    signal: controller.signal,
    exitCode: () => stoppedBy?.exitCode ?? 0,
    dispose: () => {
      for (const [name, listener] of listeners) process.off(name, listener);
      also?.removeEventListener('abort', onAlso);
    },
  };
}
