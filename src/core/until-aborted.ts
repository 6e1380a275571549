/** `work`, or a failure with the signal's reason as soon as it aborts, whichever comes first; the work itself is not stopped. */
export function untilAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, fail) => signal.addEventListener('abort', (onAbort = () => fail(signal.reason)), { once: true }));
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort!));
}
