/** Milliseconds each stage of a build took. */
export interface Timings {
  validate: number;
  render: number;
  print: number;
  write: number;
}

/** Runs the stages of a build, telling `onStage` what each is about to do and timing it. */
export function stageClock(onStage: (message: string) => void = () => undefined) {
  const timings: Timings = { validate: 0, render: 0, print: 0, write: 0 };
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
