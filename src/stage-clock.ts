/** Milliseconds each stage of a build took, in the order they run: the critical path of a build. */
export interface Timings {
  /** From the start of the process to the start of the build: Node, the CLI and its flags. */
  start: number;
  /** Loading the libraries the stages use, after the browser has been started. */
  libraries: number;
  validate: number;
  render: number;
  /** Waiting, after rendering, for the browser to be ready to print; 0 when it was. */
  browser: number;
  print: number;
  write: number;
}

/** Runs the stages of a build, telling `onStage` what each is about to do and timing it. */
export function stageClock(onStage: (message: string) => void = () => undefined) {
  const timings: Timings = { start: performance.now(), libraries: 0, validate: 0, render: 0, browser: 0, print: 0, write: 0 };
  const run = async <T>(stage: keyof Timings, message: string | undefined, work: () => T | Promise<T>): Promise<T> => {
    if (message) onStage(message);
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] += performance.now() - started;
    }
  };
  return { run, timings };
}
